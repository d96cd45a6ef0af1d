"""Qiskit 1.4 world: the other callers of Qiskit's old models. Qiskit's own
faulty test backends (a ``filter`` as a qubit's properties, ``to_dict``
then ``from_dict``) and its fake backends' constructor calls with ``Nduv``
and ``Gate`` objects; the assignments old code makes, which reach
``to_dict``; and the accessors' error, caught by Qiskit's and runtime's
``except BackendPropertyError`` in either import order.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from .worlds import require

require(1)

import qiskit
from qiskit.providers import backend_compat
from qiskit.providers.exceptions import BackendPropertyError as QiskitPropertyError
from qiskit.providers.models import backendproperties
from qiskit_ibm_runtime.models.exceptions import BackendPropertyError as RuntimePropertyError

import qiskit_provider_models as ours

from .support_qiskit1 import (
    OURS,
    PAIRS,
    QISKIT,
    QISKIT_WARNINGS,
    WORLD,
    as_datetime,
    build_configuration,
    build_properties,
    index_difference,
    load,
    outcome,
    target_difference,
)

pytestmark = WORLD

# --- 7. Qiskit's faulty test backends (test/python/providers/faulty_backends.py) ---

#: The properties of Fake7QPulseV1, the base of those faulty backends.
NAIROBI = (
    Path(qiskit.__file__).parent
    / "providers/fake_provider/backends_v1/fake_7q_pulse/props_nairobi.json"
)
FAULTY_DATE = "2000-01-01 00:00:00Z"


def _operational_off(entries: list[Any]) -> None:
    entries.append({"date": FAULTY_DATE, "name": "operational", "unit": "", "value": 0})


def faulty_q1(props: dict[str, Any]) -> None:
    _operational_off(props["qubits"][1])


def missing_q1_property(props: dict[str, Any]) -> None:
    # Fake7QV1MissingQ1Property: a filter object, not a list
    props["qubits"][1] = filter(lambda q: q["name"] != "T1", props["qubits"][1])


def faulty_cx01_cx10(props: dict[str, Any]) -> None:
    for gate in props["gates"]:
        if gate["gate"] == "cx" and set(gate["qubits"]) == {0, 1}:
            _operational_off(gate["parameters"])


def faulty_cx13_cx31(props: dict[str, Any]) -> None:
    for gate in props["gates"]:
        if gate["gate"] == "cx" and set(gate["qubits"]) == {3, 1}:
            _operational_off(gate["parameters"])


def faulty_cx13(props: dict[str, Any]) -> None:
    for gate in props["gates"]:
        if gate["gate"] == "cx" and gate["qubits"] == [1, 3]:
            _operational_off(gate["parameters"])


FAULTY = {
    f.__name__: f for f in [faulty_q1, missing_q1_property, faulty_cx01_cx10, faulty_cx13_cx31]
}
FAULTY["faulty_cx13"] = faulty_cx13


def readings(props: Any, n_qubits: int) -> dict[str, Any]:
    catch = QiskitPropertyError
    found: dict[str, Any] = {
        "faulty_qubits": props.faulty_qubits(),
        "faulty_gates": [(g.gate, g.qubits) for g in props.faulty_gates()],
    }
    for q in range(n_qubits):
        for method in ["t1", "t2", "frequency", "readout_error", "is_qubit_operational"]:
            found[f"{method}({q})"] = outcome(getattr(props, method), q, catch=catch)
    for gate in props.gates:
        for method in ["gate_error", "gate_length", "is_gate_operational"]:
            args = (gate.gate, gate.qubits)
            found[f"{method}{args}"] = outcome(getattr(props, method), *args, catch=catch)
    return found


@QISKIT_WARNINGS
@pytest.mark.parametrize("source", ["package to_dict", "qiskit to_dict"])
@pytest.mark.parametrize("faulty", sorted(FAULTY))
def test_qiskit_faulty_backends_properties(faulty: str, source: str) -> None:
    """As the faulty backends do: ``super().properties().to_dict()``, changed,
    then ``BackendProperties.from_dict``. The dict comes from this package's
    objects, or from Qiskit's (a datetime ``last_update_date``)."""
    payload = load(NAIROBI)
    theirs_dict = QISKIT[1].from_dict(copy.deepcopy(payload)).to_dict()
    FAULTY[faulty](theirs_dict)
    theirs = QISKIT[1].from_dict(theirs_dict)
    if source == "package to_dict":
        given = OURS[1].from_dict(payload).to_dict()
    else:
        given = QISKIT[1].from_dict(copy.deepcopy(payload)).to_dict()
    FAULTY[faulty](given)
    props = OURS[1].from_dict(given)
    assert readings(props, 7) == readings(theirs, 7)
    difference = index_difference(props._qubits, theirs._qubits, "_qubits")
    assert difference is None, difference
    difference = index_difference(props._gates, theirs._gates, "_gates")
    assert difference is None, difference
    if faulty == "missing_q1_property":  # what the filter gave is kept
        names = [nduv.name for nduv in props.qubits[1]]
        assert names == [e["name"] for e in payload["qubits"][1] if e["name"] != "T1"]
    conf = build_configuration("json", QISKIT[0], PAIRS["nairobi"][0])
    our_conf = build_configuration("json", OURS[0], PAIRS["nairobi"][0])
    expected = backend_compat.convert_to_target(conf, theirs)
    got = backend_compat.convert_to_target(our_conf, props)
    assert (difference := target_difference(got, expected)) is None, difference


@QISKIT_WARNINGS
def test_constructor_with_model_objects_as_qiskits_fake_backends() -> None:
    """Fake1Q and FakeOpenPulse2Q build BackendProperties with the constructor:
    Nduv and Gate objects, datetime dates, "µs" and "MHz", and (Fake1Q) extra
    configuration keywords."""
    when = datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc)

    def make(module: Any) -> Any:
        nduv, gate = module.Nduv, module.Gate

        def pair(error: float, length: float) -> list[Any]:
            return [
                nduv(date=when, name="gate_error", unit="", value=error),
                nduv(date=when, name="gate_length", unit="ns", value=length),
            ]

        return module.BackendProperties(
            backend_name="fake_1q",
            backend_version="0.0.0",
            num_qubits=1,
            basis_gates=["u1", "u2", "u3", "cx"],
            simulator=False,
            n_registers=1,
            last_update_date=when,
            qubits=[
                [
                    nduv(date=when, name="T1", unit="\u00b5s", value=71.9500421005539),
                    nduv(date=when, name="frequency", unit="MHz", value=4919.96800692),
                ]
            ],
            gates=[
                gate(gate="u1", name="u1_0", qubits=[0], parameters=pair(1.0, 0.0)),
                gate(gate="u3", name="u3_0", qubits=[0], parameters=pair(1.0, 2 * 1.3333)),
                gate(gate="cx", name="cx0_1", qubits=[0, 1], parameters=pair(1.0, 22 * 1.3333)),
            ],
            general=[],
        )

    theirs, props = make(backendproperties), make(ours)
    assert readings(props, 2) == readings(theirs, 2)
    for key in ["num_qubits", "basis_gates", "simulator", "n_registers"]:
        assert getattr(props, key) == getattr(theirs, key), key
    assert props.last_update_date == theirs.last_update_date
    assert index_difference(props._gates, theirs._gates, "_gates") is None


# --- 8. assignments old code makes ---

ASSIGNMENTS: list[tuple[str, Any]] = [
    ("max_experiments", 300),
    ("description", "a new description"),
    ("tags", ["tag-a", "tag-b"]),
    ("supported_instructions", ["cx", "measure", "delay"]),
    ("online_date", datetime(2023, 7, 1, 9, 0, tzinfo=timezone.utc)),
    ("n_registers", 3),
    ("dynamic_reprate_enabled", True),
]


@QISKIT_WARNINGS
@pytest.mark.parametrize("decoding", ["json", "qiskit-decoder"])
@pytest.mark.parametrize(("attribute", "value"), ASSIGNMENTS, ids=[a for a, _ in ASSIGNMENTS])
def test_configuration_assignment_reaches_to_dict(
    attribute: str, value: Any, decoding: str
) -> None:
    theirs = build_configuration(decoding, QISKIT[0], PAIRS["lagos"][0])
    conf = build_configuration(decoding, OURS[0], PAIRS["lagos"][0])
    setattr(theirs, attribute, value)
    setattr(conf, attribute, value)
    assert getattr(conf, attribute) == value
    written, expected = conf.to_dict()[attribute], theirs.to_dict()[attribute]
    if attribute == "online_date":  # Qiskit wrote the datetime, a payload has text
        assert as_datetime(written) == expected == value
        assert as_datetime(written).utcoffset() == value.utcoffset()
    else:
        assert written == expected == value
    again = getattr(OURS[0].from_dict(conf.to_dict()), attribute)
    assert (as_datetime(again) if attribute == "online_date" else again) == value


@QISKIT_WARNINGS
def test_gate_config_coupling_map_assignment_reaches_to_dict() -> None:
    theirs = build_configuration("json", QISKIT[0], PAIRS["lagos"][0])
    conf = build_configuration("json", OURS[0], PAIRS["lagos"][0])
    for gates in [theirs.gates, conf.gates]:
        gates[0].coupling_map = [[0], [1]]
    assert conf.gates[0].coupling_map == [[0], [1]]
    assert conf.to_dict()["gates"][0] == theirs.to_dict()["gates"][0]
    assert conf.to_dict()["gates"][0]["coupling_map"] == [[0], [1]]


# --- the accessors' error, as Qiskit's and runtime's callers catch it ---


@QISKIT_WARNINGS
@pytest.mark.parametrize(
    ("name", "method", "args"),
    [
        ("lagos", "gate_error", ("switch_case", [0])),
        ("lagos", "t1", (10**6,)),
        ("lagos", "gate_length", ("cx", [0, 6])),
        ("torino", "frequency", (0,)),
    ],
)
def test_property_error_is_caught_by_qiskit_and_runtime(
    name: str, method: str, args: tuple[Any, ...]
) -> None:
    theirs = build_properties("json", QISKIT[1], PAIRS[name][1])
    props = build_properties("json", OURS[1], PAIRS[name][1])
    with pytest.raises(QiskitPropertyError) as expected:
        getattr(theirs, method)(*args)
    for catch in [QiskitPropertyError, RuntimePropertyError, ours.BackendPropertyError]:
        with pytest.raises(catch) as got:
            getattr(props, method)(*args)
        assert got.value.message == expected.value.message
        assert str(got.value) == expected.value.message
        assert isinstance(got.value, LookupError)


@pytest.mark.parametrize("order", ["package first", "qiskit first"])
def test_property_error_is_caught_whatever_the_import_order(order: str) -> None:
    imports = [
        "import qiskit_provider_models as ours",
        "from qiskit.providers.exceptions import BackendPropertyError as Q",
        "from qiskit_ibm_runtime.models.exceptions import BackendPropertyError as R",
    ]
    if order == "qiskit first":
        imports = imports[1:] + imports[:1]
    code = (
        "\n".join(imports)
        + "\n"
        + textwrap.dedent(
            """
        import json, sys
        props = ours.BackendProperties.from_dict(json.loads(open(sys.argv[1]).read()))
        for catch in (Q, R, ours.BackendPropertyError):
            try:
                props.gate_error("switch_case", [0])
            except catch:
                pass
        print("caught")
        """
        )
    )
    result = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code, str(PAIRS["lagos"][1])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["caught"]
