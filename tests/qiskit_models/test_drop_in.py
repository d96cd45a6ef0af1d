"""What the callers of Qiskit's old models pass, read and catch, without
Qiskit installed: the decoders' values, Qiskit's private index, and an
error that their ``except`` clauses catch. (With Qiskit, the real callers
are run: tests/qiskit_models/drop_in/.)"""

from __future__ import annotations

import copy
import pickle
import sys
import types
from datetime import datetime, timezone
from typing import Any

import pytest

from qiskit_provider_models import (
    BackendProperties,
    BackendPropertyError,
    FrozenBackendProperties,
    QasmBackendConfiguration,
    ValidationError,
)

from ..backend_payloads import properties

BOTH = pytest.mark.parametrize("cls", [BackendProperties, FrozenBackendProperties])
Props = BackendProperties | FrozenBackendProperties


class TheirError(Exception):
    """Stands for Qiskit's ``BackendPropertyError`` (a ``QiskitError``)."""

    def __init__(self, *message: str) -> None:
        super().__init__(" ".join(message))
        self.message = " ".join(message)

    def __str__(self) -> str:
        return repr(self.message)


@pytest.fixture
def qiskit_loaded(monkeypatch: pytest.MonkeyPatch) -> type[Exception]:
    module = types.ModuleType("qiskit.providers.exceptions")
    module.BackendPropertyError = TheirError  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qiskit.providers.exceptions", module)
    return TheirError


@BOTH
def test_the_accessors_error_is_theirs_too_where_their_module_is_loaded(
    cls: type[Props], qiskit_loaded: type[Exception]
) -> None:
    props = cls.from_dict(properties())
    with pytest.raises(qiskit_loaded) as raised:
        props.gate_error("switch_case", [0])
    error = raised.value
    assert isinstance(error, BackendPropertyError)
    assert isinstance(error, LookupError)
    assert str(error) == "Could not find the desired property for switch_case"
    assert error.message == str(error)
    assert type(error).__name__ == "BackendPropertyError"
    with pytest.raises(qiskit_loaded):
        props.t1(99)
    # one class for each set of foreign classes; pickles load without them
    with pytest.raises(BackendPropertyError) as again:
        props.gate_length("nothing", [0])
    assert type(again.value) is type(error)
    loaded = pickle.loads(pickle.dumps(error))
    assert isinstance(loaded, qiskit_loaded)
    assert str(loaded) == str(error)


@BOTH
def test_without_their_module_the_error_is_the_plain_class(cls: type[Props]) -> None:
    if "qiskit.providers.exceptions" in sys.modules:
        pytest.skip("Qiskit is loaded in this process")
    with pytest.raises(BackendPropertyError) as raised:
        cls.from_dict(properties()).t1(99)
    assert type(raised.value) is BackendPropertyError


@BOTH
def test_qiskits_private_index(cls: type[Props]) -> None:
    props = cls.from_dict(properties())
    gates = props._gates
    assert type(gates) is dict  # plain dicts, as Qiskit's: a missing gate is a KeyError
    length, date = gates["sx"][(0,)]["gate_length"]
    assert length == props.gate_length("sx", 0)
    assert isinstance(date, datetime)
    assert props._qubits[0]["T1"] == (props.t1(0), props.qubit_property(0, "T1")[1])
    assert props._apply_prefix(5, "GHz") == 5 * 10**9
    assert props._gates is gates  # the instance's own dicts, built once
    # What is deleted from them is gone for the accessors too, as in Qiskit.
    twin = copy.copy(props)
    del props._gates["sx"]
    del props._qubits[1]
    with pytest.raises(BackendPropertyError, match="desired property for sx"):
        props.gate_length("sx", 0)
    with pytest.raises(BackendPropertyError, match="for qubit 1"):
        props.t1(1)
    del props._gates["cx"][(0, 1)]
    with pytest.raises(BackendPropertyError):
        props.gate_error("cx", [0, 1])
    assert props.gate_error("cx", [1, 0]) > 0
    assert twin.gate_length("sx", 0) == length  # a copy builds its own


@BOTH
def test_what_the_decoders_and_target_to_backend_properties_pass(cls: type[Props]) -> None:
    when = datetime(2024, 3, 29, 4, 31, 56, tzinfo=timezone.utc)
    payload: dict[str, Any] = properties()
    payload["last_update_date"] = None
    for nduv in payload["qubits"][0]:
        nduv["date"] = when
    props = cls.from_dict(payload)
    assert props.last_update_date is None
    assert props.qubit_property(0, "T1")[1] is when
    out = props.to_dict()
    assert out["last_update_date"] is None
    assert out["qubits"][0][0]["date"] == when.isoformat()


@BOTH
def test_a_qubit_row_may_be_an_iterator_as_qiskits_faulty_backends_pass(cls: type[Props]) -> None:
    payload = properties()
    rows = payload["qubits"]
    rows[1] = filter(lambda nduv: nduv["name"] != "T1", rows[1])
    props = cls.from_dict(payload)
    assert "T1" not in props.qubit_property(1)
    assert props.t1(0) > 0
    assert type(payload["qubits"][1]) is filter  # the caller's payload is not changed
    for bad in ("T1", {"T1": 1}, 5):  # an iterator only: the rest is checked as before
        with pytest.raises(ValidationError) as raised:
            cls.from_dict({**properties(), "qubits": [bad]})
        assert raised.value.path == ("qubits", 0)

    class Faulty(cls):  # type: ignore[valid-type, misc]
        pass

    assert type(Faulty.from_dict(properties())) is Faulty


def test_a_backend_version_that_is_no_str_is_refused_by_name() -> None:
    # qiskit-aqt-provider passed backend_version=2; Qiskit checked nothing.
    # The field stays str: the annotation must not lie (docs/migration.md).
    with pytest.raises(ValidationError) as raised:
        QasmBackendConfiguration(
            "aqt",
            2,
            1,
            ["r"],
            [],
            False,
            True,
            False,
            False,
            True,
            200,
            None,  # type: ignore[arg-type]
        )
    assert raised.value.path == ("backend_version",)


@BOTH
def test_a_value_the_unit_conversion_cannot_take_is_qiskits_error(cls: type[Props]) -> None:
    payload = properties()
    payload["qubits"][0][0]["value"] = 10**400  # T1 in us: int / 10**6 overflows a float
    with pytest.raises(BackendPropertyError, match="Could not understand units: us"):
        cls.from_dict(payload).t1(0)


@BOTH
def test_the_accessors_read_qiskits_index_once_it_is_built(cls: type[Props]) -> None:
    props = cls.from_dict(properties())
    when = datetime(2024, 1, 1, tzinfo=timezone.utc)
    props._qubits[0]["T1"] = (5.0, when)  # as Qiskit's, the dicts are what is answered
    props._qubits[9] = {"T1": (7.0, when)}
    del props._qubits[1]["T2"]
    assert (props.t1(0), props.t1(9), props.qubit_property(0, "T1")) == (5.0, 7.0, (5.0, when))
    with pytest.raises(BackendPropertyError, match="'T2' for qubit 1"):
        props.t2(1)
    del props._gates["cx"][(0, 1)]
    assert list(props.gate_property("cx")) == [(1, 0)]
    del props._gates["sx"]
    with pytest.raises(BackendPropertyError, match="for sx"):
        props.faulty_gates()  # as Qiskit's, which asked gate_property for every entry
    assert props.to_dict() == properties()  # the payload is not the index


def test_the_public_error_class_makes_theirs_too(qiskit_loaded: type[Exception]) -> None:
    error = BackendPropertyError("made", "by", "a plugin")
    assert isinstance(error, qiskit_loaded)
    assert error.message == "made by a plugin"
    error.add_note("a note") if sys.version_info >= (3, 11) else None
    loaded = pickle.loads(pickle.dumps(error))
    assert isinstance(loaded, qiskit_loaded)
    assert loaded.__dict__ == error.__dict__  # notes and attributes travel
