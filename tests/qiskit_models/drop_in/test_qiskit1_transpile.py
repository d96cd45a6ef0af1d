"""Qiskit 1.4 world: ``transpile`` with a fixed seed on a BackendV1 built on
this package's objects gives the circuits it gives on Qiskit's; unitary
synthesis with ``backend_props`` reads ``props._gates`` as it reads
Qiskit's; and ``transpile`` and ``generate_preset_pass_manager`` on a
BackendV2 target with error rates, where ``target_to_backend_properties``
builds this package's class (``last_update_date=None``, datetime dates,
unit "s"), give the same circuits.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from .worlds import require

require(1)

import qiskit.transpiler.target as qiskit_target
import qiskit_ibm_runtime.fake_provider as runtime_fakes
from qiskit import QuantumCircuit, transpile
from qiskit.circuit.library import QFTGate, UnitaryGate
from qiskit.providers.exceptions import BackendPropertyError as QiskitPropertyError
from qiskit.quantum_info import random_unitary
from qiskit.transpiler import CouplingMap
from qiskit.transpiler.passes import UnitarySynthesis
from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

from .support_qiskit1 import (
    OURS,
    PAIRS,
    QISKIT,
    QISKIT_WARNINGS,
    WORLD,
    LegacyBackend,
    build_properties,
    built,
    index_difference,
    outcome,
    swapped,
)

pytestmark = WORLD

#: transpile and generate_preset_pass_manager warn when given a BackendV1.
BACKEND_V1_WARNING = pytest.mark.filterwarnings(
    r"ignore:.*of type `BackendV1`.*:DeprecationWarning"
)
#: The BackendV1-era argument of UnitarySynthesis.
BACKEND_PROPS_WARNING = pytest.mark.filterwarnings(
    r"ignore:.*argument ``backend_props`` is deprecated:DeprecationWarning"
)


def ghz3() -> QuantumCircuit:
    circuit = QuantumCircuit(3, name="ghz3")
    circuit.h(0)
    circuit.cx(0, 1)
    circuit.cx(1, 2)
    circuit.measure_all()
    return circuit


def qft4() -> QuantumCircuit:
    circuit = QuantumCircuit(4, name="qft4")
    circuit.x([0, 2])
    circuit.append(QFTGate(4), range(4))
    circuit.measure_all()
    return circuit


def with_unitary() -> QuantumCircuit:
    circuit = QuantumCircuit(3, name="unitary")
    circuit.append(UnitaryGate(random_unitary(4, seed=1234)), [0, 1])
    circuit.cx(1, 2)
    circuit.append(UnitaryGate(random_unitary(4, seed=99)), [2, 0])
    circuit.measure_all()
    return circuit


CIRCUITS = {"ghz3": ghz3, "qft4": qft4, "unitary": with_unitary}
TRANSPILE_BACKENDS = ["lagos", "kolkata", "torino"]
FAKE_CLASSES = {"lagos": "FakeLagosV2", "kolkata": "FakeKolkataV2", "torino": "FakeTorino"}


def same_circuit(got: QuantumCircuit, expected: QuantumCircuit) -> None:
    assert got == expected
    assert str(got.layout) == str(expected.layout)
    assert got.layout.final_index_layout() == expected.layout.final_index_layout()


@QISKIT_WARNINGS
@BACKEND_V1_WARNING
@pytest.mark.parametrize("circuit", sorted(CIRCUITS))
@pytest.mark.parametrize("decoding", ["json", "qiskit-decoder"])
@pytest.mark.parametrize("name", TRANSPILE_BACKENDS)
def test_transpile_on_backend_v1_equal(name: str, decoding: str, circuit: str) -> None:
    made = CIRCUITS[circuit]()
    options: dict[str, Any] = {"seed_transpiler": 11, "optimization_level": 3}
    expected = transpile(made, LegacyBackend(*built(decoding, QISKIT, name)), **options)
    got = transpile(made, LegacyBackend(*built(decoding, OURS, name)), **options)
    same_circuit(got, expected)


@QISKIT_WARNINGS
@BACKEND_PROPS_WARNING
@pytest.mark.parametrize("decoding", ["json", "qiskit-decoder"])
@pytest.mark.parametrize("name", ["lagos", "kolkata", "sherbrooke"])
def test_unitary_synthesis_with_backend_properties_equal(name: str, decoding: str) -> None:
    """The BackendV1-era pass: no target, so unitary synthesis reads the
    gate errors and lengths from ``props._gates``."""
    conf, theirs = built(decoding, QISKIT, name)
    props = build_properties(decoding, OURS[1], PAIRS[name][1])
    edge = conf.coupling_map[0]
    circuit = QuantumCircuit(conf.n_qubits)
    circuit.append(UnitaryGate(random_unitary(4, seed=7)), edge)
    circuit.append(UnitaryGate(random_unitary(4, seed=8)), edge[::-1])
    arguments: dict[str, Any] = {
        "basis_gates": conf.basis_gates,
        "coupling_map": CouplingMap(conf.coupling_map),
    }
    expected = UnitarySynthesis(backend_props=theirs, **arguments)(circuit)
    got = UnitarySynthesis(backend_props=props, **arguments)(circuit)
    assert got == expected


class PropertiesSpy:
    """Stands for ``BackendProperties`` in ``qiskit.transpiler.target``: builds
    this package's, and keeps the dicts Qiskit passed and the objects built."""

    def __init__(self) -> None:
        self.calls: list[tuple[dict[str, Any], Any]] = []

    def from_dict(self, data: dict[str, Any]) -> Any:
        kept = copy.deepcopy(data)
        props = OURS[1].from_dict(data)
        self.calls.append((kept, props))
        return props


@QISKIT_WARNINGS
@pytest.mark.parametrize("entry", ["transpile", "generate_preset_pass_manager"])
@pytest.mark.parametrize("circuit", sorted(CIRCUITS))
@pytest.mark.parametrize("name", TRANSPILE_BACKENDS)
def test_transpile_on_backend_v2_builds_package_properties(
    name: str, circuit: str, entry: str
) -> None:
    """Target.target_to_backend_properties (last_update_date=None, datetime
    dates, unit "s") routed through this package's class: same circuit."""
    made = CIRCUITS[circuit]()
    fake = getattr(runtime_fakes, FAKE_CLASSES[name])()

    def run() -> QuantumCircuit:
        if entry == "transpile":
            return transpile(made, fake, seed_transpiler=5, optimization_level=2)
        manager = generate_preset_pass_manager(2, backend=fake, seed_transpiler=5)
        return manager.run(made)

    expected = run()
    spy = PropertiesSpy()
    with swapped(qiskit_target, BackendProperties=spy):
        got = run()
    same_circuit(got, expected)
    assert spy.calls, "target_to_backend_properties was not reached"
    for data, props in spy.calls:
        assert data["last_update_date"] is None
        theirs = QISKIT[1].from_dict(data)
        difference = index_difference(props._gates, theirs._gates, "_gates")
        assert difference is None, difference
        difference = index_difference(props._qubits, theirs._qubits, "_qubits")
        assert difference is None, difference
        for gate in theirs.gates:
            for method in [props.gate_error, props.gate_length]:
                args = (gate.gate, gate.qubits)
                expected_outcome = outcome(
                    getattr(theirs, method.__name__), *args, catch=QiskitPropertyError
                )
                assert outcome(method, *args, catch=QiskitPropertyError) == expected_outcome
