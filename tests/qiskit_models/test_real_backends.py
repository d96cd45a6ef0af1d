"""Every real backend payload that qiskit-ibm-runtime ships: exact round trips,
and the accessors' values equal to Qiskit 1.4's on the same file (and on
generated payloads with the corners real files lack).

The payloads are read where ``qiskit-ibm-runtime`` installed them
(``qiskit_ibm_runtime/fake_provider/backends/<name>/``); nothing is copied
into this repository. Install them with ``pip install '.[real-data]'``.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip(
    "qiskit_ibm_runtime",
    reason="the real payloads come with qiskit-ibm-runtime: pip install '.[real-data]'",
)
pytest.importorskip(
    "qiskit.providers.models", reason="Qiskit 1.4 is the oracle: pip install '.[real-data]'"
)

from qiskit.providers.exceptions import BackendPropertyError as QiskitPropertyError
from qiskit.providers.models import backendconfiguration, backendproperties

from qiskit_provider_models import (
    BackendProperties,
    BackendPropertyError,
    FrozenBackendProperties,
    FrozenQasmBackendConfiguration,
    QasmBackendConfiguration,
)

from ..backend_payloads import load

pytestmark = pytest.mark.real_data  # .ci/run selects these once the extra is installed

_SPEC = importlib.util.find_spec("qiskit_ibm_runtime")
assert _SPEC is not None
assert _SPEC.origin is not None
BACKENDS = Path(_SPEC.origin).parent / "fake_provider" / "backends"
PROPS = sorted(BACKENDS.glob("*/props_*.json"))
CONFS = sorted(BACKENDS.glob("*/conf_*.json"))

#: Qiskit 1.4 warns on every model it builds and every error it raises.
QISKIT_WARNINGS = pytest.mark.filterwarnings(
    r"ignore:.*qiskit\.(providers|pulse)\.:DeprecationWarning"
)


def by_name(paths: list[Path]) -> Any:
    return pytest.mark.parametrize("path", paths, ids=[p.name for p in paths])


def test_the_payloads_are_found() -> None:
    assert len(PROPS) >= 50, BACKENDS
    assert len(CONFS) >= 50, BACKENDS


def outcome(call: Any, *args: Any) -> Any:
    """What a call gives, as comparable text: the value's repr (which tells
    ``1`` from ``1.0`` and shows every bit of a float) or the error's message."""
    try:
        value = call(*args)
    except (BackendPropertyError, QiskitPropertyError) as error:
        return ("error", error.message)
    return repr(dated(value))


def dated(value: Any) -> Any:
    """Our ``(value, datetime)`` pairs as Qiskit's ``(value, text)``."""
    if isinstance(value, dict):
        return {key: dated(item) for key, item in value.items()}
    if isinstance(value, tuple) and len(value) == 2 and hasattr(value[1], "isoformat"):
        return (value[0], value[1].isoformat())
    return value


# --- properties ---


@by_name(PROPS)
@pytest.mark.parametrize("cls", [BackendProperties, FrozenBackendProperties])
def test_properties_round_trip_exactly(path: Path, cls: type[BackendProperties]) -> None:
    payload = load(path)
    before = copy.deepcopy(payload)
    out = cls.from_dict(payload).to_dict()
    assert payload == before
    assert out == payload
    # json text: an int that came back a float, or a date rewritten, would show
    assert json.dumps(out, sort_keys=True) == json.dumps(payload, sort_keys=True)


@QISKIT_WARNINGS
@by_name(PROPS)
def test_properties_accessors_equal_qiskits(path: Path) -> None:
    payload = load(path)
    theirs = backendproperties.BackendProperties.from_dict(payload)
    ours = BackendProperties.from_dict(payload)
    frozen = FrozenBackendProperties.from_dict(payload)
    qubit_methods = ["t1", "t2", "frequency", "readout_error", "readout_length"]
    qubit_methods += ["is_qubit_operational", "qubit_property"]
    compared = 0
    for qubit in range(len(payload["qubits"]) + 1):  # and one qubit that is not there
        for method in qubit_methods:
            expected = outcome(getattr(theirs, method), qubit)
            assert outcome(getattr(ours, method), qubit) == expected, (method, qubit)
            assert outcome(getattr(frozen, method), qubit) == expected, (method, qubit)
            compared += 1
        for name in ("T1", "anharmonicity", "prob_meas1_prep0", "nothing"):
            expected = outcome(theirs.qubit_property, qubit, name)
            assert outcome(ours.qubit_property, qubit, name) == expected, (name, qubit)
    for entry in payload["gates"]:
        gate, qubits = entry["gate"], entry["qubits"]
        for method in ("gate_error", "gate_length", "gate_property", "is_gate_operational"):
            expected = outcome(getattr(theirs, method), gate, qubits)
            assert outcome(getattr(ours, method), gate, qubits) == expected, (method, gate)
            assert outcome(getattr(frozen, method), gate, tuple(qubits)) == expected
            compared += 1
    for gate in {entry["gate"] for entry in payload["gates"]} | {"no_such_gate"}:
        assert outcome(ours.gate_property, gate) == outcome(theirs.gate_property, gate)
        assert outcome(ours.is_gate_operational, gate) == outcome(theirs.is_gate_operational, gate)
    assert ours.faulty_qubits() == frozen.faulty_qubits() == theirs.faulty_qubits()
    faulty = [g.to_dict() for g in theirs.faulty_gates()]
    assert [g.to_dict() for g in ours.faulty_gates()] == faulty
    assert [g.to_dict() for g in frozen.faulty_gates()] == faulty
    assert compared > 0


# Generated payloads: the corners real files lack (operational properties,
# duplicates, empty qubit lists, odd units, ints), against Qiskit too.
_UNITS = ["", "us", "\u00b5s", "ns", "GHz", "s", "m", "min", "kHz", "PHz"]
_BAD_UNITS = ["Hz", "dBm", "\u03bcs"]
_QUBIT_NAMES = ["T1", "T2", "frequency", "readout_error", "readout_length", "operational"]
_GATE_NAMES = ["gate_error", "gate_length", "operational"]


def _nduvs(names: list[str]) -> st.SearchStrategy[list[dict[str, Any]]]:
    entry = st.fixed_dictionaries(
        {
            "date": st.just("2024-02-28T08:32:31-05:00"),
            "name": st.sampled_from(names),
            "unit": st.sampled_from(_UNITS * 8 + _BAD_UNITS),  # mostly good ones
            "value": st.one_of(
                st.integers(-2, 3), st.floats(-1e3, 1e3, allow_nan=False), st.just(0.0)
            ),
        }
    )
    return st.lists(entry, max_size=4)


_GENERATED = st.fixed_dictionaries(
    {
        "backend_name": st.just("generated"),
        "backend_version": st.just("0.0.1"),
        "last_update_date": st.just("2024-02-28T08:32:31-05:00"),
        "qubits": st.lists(_nduvs(_QUBIT_NAMES), max_size=3),
        "gates": st.lists(
            st.fixed_dictionaries(
                {
                    "qubits": st.lists(st.integers(0, 2), min_size=1, max_size=2),
                    "gate": st.sampled_from(["x", "cx"]),
                    "parameters": _nduvs(_GATE_NAMES),
                }
            ),
            max_size=4,
        ),
        "general": st.just([]),
    }
)


def _kept_entries(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The entries an index keeps: a later duplicate replaces an earlier one."""
    kept = [
        nduv for entries in payload["qubits"] for nduv in {n["name"]: n for n in entries}.values()
    ]
    gates = {(g["gate"], tuple(g["qubits"])): g["parameters"] for g in payload["gates"]}
    kept += [
        nduv for entries in gates.values() for nduv in {n["name"]: n for n in entries}.values()
    ]
    return kept


@QISKIT_WARNINGS
@given(_GENERATED)
def test_accessors_equal_qiskits_on_generated_payloads(payload: dict[str, Any]) -> None:
    ours = BackendProperties.from_dict(payload)
    assert ours.to_dict() == payload
    try:
        theirs = backendproperties.BackendProperties.from_dict(payload)
    except QiskitPropertyError as error:
        refused = error.message
    else:
        refused = None
    if refused is not None:
        # Qiskit converted every value up front, even one that a later
        # duplicate replaces; here an accessor that reaches a bad unit raises
        # the same error, and a replaced value is never reached.
        assert refused.startswith("Could not understand units: ")
        found = [outcome(ours.qubit_property, q) for q in range(len(payload["qubits"]))]
        found += [outcome(ours.gate_property, g["gate"]) for g in payload["gates"]]
        raised = {item[1] for item in found if isinstance(item, tuple) and "units" in item[1]}
        bad = {nduv["unit"] for nduv in _kept_entries(payload) if nduv["unit"] in _BAD_UNITS}
        assert raised <= {f"Could not understand units: {unit}" for unit in bad}
        assert bool(raised) == bool(bad)
        return
    for qubit in range(len(payload["qubits"]) + 1):
        for method in ("is_qubit_operational", "qubit_property"):
            assert outcome(getattr(ours, method), qubit) == outcome(getattr(theirs, method), qubit)
        for name in _QUBIT_NAMES:
            expected = outcome(theirs.qubit_property, qubit, name)
            assert outcome(ours.qubit_property, qubit, name) == expected
    for gate in ("x", "cx", "cz"):
        for qubits in (None, 0, 1, [0, 1], [1, 0], (2, 2)):
            for method in ("gate_property", "is_gate_operational"):
                expected = outcome(getattr(theirs, method), gate, qubits)
                assert outcome(getattr(ours, method), gate, qubits) == expected
            for name in _GATE_NAMES:
                expected = outcome(theirs.gate_property, gate, qubits, name)
                assert outcome(ours.gate_property, gate, qubits, name) == expected
    assert ours.faulty_qubits() == theirs.faulty_qubits()
    faulty = [g.to_dict() for g in theirs.faulty_gates()]
    assert [g.to_dict() for g in ours.faulty_gates()] == faulty


# --- configurations ---


@by_name(CONFS)
@pytest.mark.parametrize("cls", [QasmBackendConfiguration, FrozenQasmBackendConfiguration])
def test_configuration_round_trips_exactly(path: Path, cls: type[QasmBackendConfiguration]) -> None:
    payload = load(path)
    before = copy.deepcopy(payload)
    conf = cls.from_dict(payload)
    out = conf.to_dict()
    assert payload == before
    assert out == payload
    assert json.dumps(out, sort_keys=True) == json.dumps(payload, sort_keys=True)


#: Qiskit's attributes for the configuration, compared one by one.
CONF_ATTRIBUTES = [
    "backend_name",
    "n_qubits",
    "num_qubits",
    "max_shots",
    "basis_gates",
    "coupling_map",
    "dt",
    "dtm",
    "rep_delay_range",
    "default_rep_delay",
    "rep_times",
    "qubit_lo_range",
    "meas_lo_range",
    "dynamic_reprate_enabled",
    "supported_instructions",
    "max_experiments",
    "sample_name",
    "n_registers",  # 1 in every real payload, so Qiskit's forced 1 agrees
    "register_map",
    "configurable",
    "credits_required",
    "online_date",
    "display_name",
    "description",
    "tags",
    "processor_type",
    "parametric_pulses",
    "u_channel_lo",
    "hamiltonian",
    "open_pulse",
]
_ABSENT = "<no such attribute>"
_AS_PAYLOAD = {"online_date"}


@QISKIT_WARNINGS
@by_name(CONFS)
def test_configuration_attributes_equal_qiskits(path: Path) -> None:
    payload = load(path)
    theirs = backendconfiguration.QasmBackendConfiguration.from_dict(payload)
    for cls in (QasmBackendConfiguration, FrozenQasmBackendConfiguration):
        ours = cls.from_dict(payload)
        for name in CONF_ATTRIBUTES:
            expected = getattr(theirs, name, _ABSENT)
            found = getattr(ours, name, _ABSENT)
            if found is not _ABSENT and name in _AS_PAYLOAD:
                # A datetime here, where Qiskit kept the payload's text
                # (docs/migration.md): the same payload value.
                found = ours.to_dict()[name]
            if isinstance(found, tuple):  # the frozen model's containers
                found = json.loads(json.dumps(found))
            assert repr(found) == repr(expected), name
            assert (name in ours) == (name in theirs), name
        for mine, qiskits in zip(ours.gates, theirs.gates, strict=True):
            for name in ("name", "qasm_def", "coupling_map", "latency_map", "conditional"):
                found = getattr(mine, name, _ABSENT)
                if isinstance(found, tuple):  # the frozen model's containers
                    found = json.loads(json.dumps(found))
                assert repr(found) == repr(getattr(qiskits, name, _ABSENT))
            parameters = mine.parameters
            assert (None if parameters is None else list(parameters)) == qiskits.parameters
