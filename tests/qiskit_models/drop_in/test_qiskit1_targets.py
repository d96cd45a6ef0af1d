"""Qiskit 1.4 world: on every conf/props pair qiskit-ibm-runtime ships, fed
as JSON and as Qiskit's and runtime's decoders feed it, Qiskit's and
runtime's ``convert_to_target``, ``BackendV2Converter`` on a BackendV1 built
on these objects, and ``InstructionDurations.from_backend`` give what
Qiskit's (or runtime's) own classes give; and ``props._gates`` and
``props._qubits``, the private index Qiskit's transpiler reads, equal
Qiskit's.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from .worlds import require

require(1)

from qiskit.providers import backend_compat
from qiskit.providers.exceptions import BackendPropertyError as QiskitPropertyError
from qiskit.transpiler import InstructionDurations
from qiskit_ibm_runtime.utils import backend_converter

from .support_qiskit1 import (
    DECODINGS,
    NAMES,
    OURS,
    PAIRS,
    QISKIT,
    QISKIT_WARNINGS,
    RUNTIME,
    SPREAD,
    WORLD,
    LegacyBackend,
    as_datetime,
    build_properties,
    built,
    index_difference,
    load,
    outcome,
    target_difference,
)

pytestmark = WORLD

CONVERTERS: dict[str, tuple[Callable[..., Any], tuple[Any, Any]]] = {
    "qiskit": (backend_compat.convert_to_target, QISKIT),
    "runtime": (backend_converter.convert_to_target, RUNTIME),
}


def test_the_pairs_are_found() -> None:
    assert len(PAIRS) >= 50, PAIRS
    assert set(SPREAD) <= set(PAIRS)
    assert set(NAMES) < set(PAIRS)  # the slice is not among the cheap comparisons'


# --- 1. convert_to_target, Qiskit's and runtime's ---


@QISKIT_WARNINGS
@pytest.mark.parametrize("converter", sorted(CONVERTERS))
@pytest.mark.parametrize("decoding", DECODINGS)
@pytest.mark.parametrize("name", NAMES)
def test_convert_to_target_equal(name: str, decoding: str, converter: str) -> None:
    convert, classes = CONVERTERS[converter]
    expected = convert(*built(decoding, classes, name))
    got = convert(*built(decoding, OURS, name))
    assert (difference := target_difference(got, expected)) is None, difference


# --- 2. BackendV2Converter on a BackendV1 built on these objects ---


@QISKIT_WARNINGS
@pytest.mark.parametrize("decoding", DECODINGS)
@pytest.mark.parametrize("name", NAMES)
def test_backend_v2_converter_equal(name: str, decoding: str) -> None:
    expected = backend_compat.BackendV2Converter(LegacyBackend(*built(decoding, QISKIT, name)))
    got = backend_compat.BackendV2Converter(LegacyBackend(*built(decoding, OURS, name)))
    assert (difference := target_difference(got.target, expected.target)) is None, difference
    for attr in ["name", "description", "backend_version", "max_circuits", "dtm", "dt"]:
        assert reading(got, attr) == reading(expected, attr), attr
    assert got.meas_map == expected.meas_map
    assert got.num_qubits == expected.num_qubits
    # Qiskit's code reads backend.online_date.year: a datetime where the
    # decoders made one, the same instant and offset as Qiskit's.
    if decoding != "json":
        assert isinstance(expected.online_date, datetime)
        assert isinstance(got.online_date, datetime), repr(got.online_date)
        assert got.online_date.year == expected.online_date.year
    assert as_datetime(got.online_date) == as_datetime(expected.online_date)
    assert as_datetime(got.online_date).utcoffset() == as_datetime(expected.online_date).utcoffset()


def reading(obj: Any, attr: str) -> tuple[str, Any]:
    """An attribute's value and type, or that it is absent (an AttributeError:
    the messages differ, ``hasattr`` and ``getattr(x, name, default)`` not)."""
    try:
        value = getattr(obj, attr)
    except AttributeError:
        return ("absent", None)
    return (type(value).__name__, value)


# --- 3. InstructionDurations.from_backend, and the private index it reads ---


@QISKIT_WARNINGS
@pytest.mark.parametrize("decoding", DECODINGS)
@pytest.mark.parametrize("name", NAMES)
def test_instruction_durations_from_backend_equal(name: str, decoding: str) -> None:
    expected = InstructionDurations.from_backend(LegacyBackend(*built(decoding, QISKIT, name)))
    got = InstructionDurations.from_backend(LegacyBackend(*built(decoding, OURS, name)))
    assert expected.duration_by_name_qubits  # the oracle read the gate lengths
    assert got.duration_by_name_qubits == expected.duration_by_name_qubits
    assert repr(got.duration_by_name_qubits) == repr(expected.duration_by_name_qubits)
    assert got.duration_by_name == expected.duration_by_name
    assert got.dt == expected.dt


@QISKIT_WARNINGS
@pytest.mark.parametrize("decoding", DECODINGS)
@pytest.mark.parametrize("name", NAMES)
def test_private_index_equals_qiskits(name: str, decoding: str) -> None:
    """``props._gates`` and ``props._qubits``, as Qiskit's transpiler reads them."""
    theirs = build_properties(decoding, QISKIT[1], PAIRS[name][1])
    props = build_properties(decoding, OURS[1], PAIRS[name][1])
    assert (difference := index_difference(props._gates, theirs._gates, "_gates")) is None, (
        difference
    )
    assert (difference := index_difference(props._qubits, theirs._qubits, "_qubits")) is None, (
        difference
    )


@QISKIT_WARNINGS
def test_private_index_as_qiskits_tests_use_it() -> None:
    """Qiskit's tests call ``_apply_prefix`` and delete a gate from ``_gates``;
    the accessors then no longer find it, as with Qiskit's class."""
    payload = load(PAIRS["lagos"][1])
    theirs = QISKIT[1].from_dict(copy.deepcopy(payload))
    props = OURS[1].from_dict(payload)
    units = [(71.5, "us"), (5.1, "GHz"), (35.5, "ns"), (0, ""), (7, "\u00b5s"), (2, "parsecs")]
    for value, unit in units:
        assert repr(props._apply_prefix(value, unit)) == repr(theirs._apply_prefix(value, unit))
    with pytest.raises(QiskitPropertyError) as expected:
        theirs._apply_prefix(1.0, "Xs")
    with pytest.raises(QiskitPropertyError) as got:
        props._apply_prefix(1.0, "Xs")
    assert got.value.message == expected.value.message
    del theirs._gates["cx"]
    del props._gates["cx"]
    assert "cx" not in props._gates
    got_outcome = outcome(props.gate_error, "cx", [0, 1], catch=QiskitPropertyError)
    expected_outcome = outcome(theirs.gate_error, "cx", [0, 1], catch=QiskitPropertyError)
    assert got_outcome == expected_outcome
    assert got_outcome[0] == "caught"
