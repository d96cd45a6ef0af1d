"""Small synthetic backend payloads, shaped like IBM's real ones.

The real files (qiskit-ibm-runtime's fake backends) are read where they are
installed, by ``test_real_backends.py``; these are written here by hand,
with the same keys, key orders, units and value kinds: ``int`` values
beside floats, ``µs`` (U+00B5) beside ``us``, dates with and without
fractions and offsets, gates without a ``name``, null ``parameters`` and
``qasm_def``, and the optional keys that only some payloads have.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

DATE = "2024-02-28T08:32:31-05:00"
DATE_FRACTION = "2024-02-28T08:39:13.282492-05:00"
DATE_UTC = "2020-06-11T07:36:43+00:00"


def nduv(name: str, unit: str, value: float, date: str = DATE) -> dict[str, Any]:
    """One name-date-unit-value entry, keys in the payloads' order."""
    return {"date": date, "name": name, "unit": unit, "value": value}


def qubit(t1: float, t2: float, frequency: float | None, readout_length: float) -> list[Any]:
    """A qubit's properties, in the order of real payloads (Heron has no frequency)."""
    entries = [nduv("T1", "us", t1), nduv("T2", "us", t2, DATE_FRACTION)]
    if frequency is not None:
        entries += [nduv("frequency", "GHz", frequency), nduv("anharmonicity", "GHz", -0.3)]
    entries += [
        nduv("readout_error", "", 0.0113),
        nduv("prob_meas0_prep1", "", 0.0154),
        nduv("prob_meas1_prep0", "", 0),
        nduv("readout_length", "ns", readout_length),
    ]
    return entries


def gate(gate_name: str, qubits: list[int], error: float | None, length: float) -> dict[str, Any]:
    """A gate entry with a ``name`` (``cx0_1``), keys in the usual order."""
    parameters = [] if error is None else [nduv("gate_error", "", error)]
    parameters.append(nduv("gate_length", "ns", length))
    name = gate_name + "_".join(map(str, qubits))
    return {"qubits": qubits, "gate": gate_name, "parameters": parameters, "name": name}


def properties() -> dict[str, Any]:
    """A 3-qubit ``BackendProperties`` payload (a new dict each call)."""
    return {
        "backend_name": "ibm_synthetic",
        "backend_version": "1.20.22",
        "last_update_date": DATE,
        "qubits": [
            qubit(182.6611165336624, 125.43, 4.971852852405576, 1300),
            qubit(90, 60.5, 5.1, 4977.777777777777),
            qubit(310.2, 0.18, None, 675.6),
        ],
        "gates": [
            gate("sx", [0], 0.00021, 35.55555555555556),
            gate("sx", [1], 0, 35.55555555555556),
            gate("x", [0], 1, 35.55555555555556),
            gate("rz", [0], 0, 0),
            gate("cx", [0, 1], 0.0077, 519.1111111111111),
            gate("cx", [1, 0], 0.0081, 483.55555555555554),
            gate("reset", [2], None, 1320),
            gate("measure", [0], 0.0113, 113493.3),
        ],
        "general": [nduv("jq_01", "GHz", 0.0019), nduv("zz_01", "GHz", 0)],
        "general_qlists": [{"name": "lf_2", "qubits": [0, 1]}],
    }


def old_properties() -> dict[str, Any]:
    """An older payload: ``µs`` units, gates without a name (and their keys
    in another order), ``+00:00`` dates, no ``general_qlists``."""
    micro = "\u00b5s"
    return {
        "backend_name": "ibmq_old",
        "backend_version": "1.1.1",
        "last_update_date": DATE_UTC,
        "qubits": [
            [
                nduv("T1", micro, 35.5, DATE_UTC),
                nduv("T2", micro, 40, DATE_UTC),
                nduv("frequency", "GHz", 5, DATE_UTC),
                nduv("readout_error", "", 0.05, DATE_UTC),
                nduv("prob_meas0_prep1", "", 0.06, DATE_UTC),
                nduv("prob_meas1_prep0", "", 0.04, DATE_UTC),
            ],
        ],
        "gates": [
            {
                "gate": "u1",
                "parameters": [nduv("gate_error", "", 0, DATE_UTC), nduv("gate_length", "ns", 0)],
                "qubits": [0],
            },
            {
                "gate": "u2",
                "parameters": [nduv("gate_error", "", 0.0004, DATE_UTC)],
                "qubits": [0],
            },
        ],
        "general": [],
    }


def gate_config(name: str, parameters: list[str] | None, qasm: str | None) -> dict[str, Any]:
    return {"name": name, "parameters": parameters, "qasm_def": qasm}


def configuration() -> dict[str, Any]:
    """A 2-qubit ``QasmBackendConfiguration`` payload with the optional keys
    of today's payloads (a new dict each call)."""
    return {
        "backend_name": "ibm_synthetic",
        "backend_version": "1.20.22",
        "n_qubits": 2,
        "basis_gates": ["cx", "id", "rz", "sx", "x"],
        "gates": [
            {
                **gate_config("id", [], "gate id q { U(0, 0, 0) q; }"),
                "coupling_map": [[0], [1]],
            },
            {
                **gate_config("rz", ["theta"], "gate rz(theta) q { U(0, 0, theta) q; }"),
                "coupling_map": [[0], [1]],
            },
            {**gate_config("cx", [], "gate cx q0, q1 { CX q0, q1; }"), "coupling_map": [[0, 1]]},
            gate_config("reset", None, None),
        ],
        "local": False,
        "simulator": False,
        "conditional": False,
        "open_pulse": False,
        "memory": True,
        "max_shots": 100000,
        "coupling_map": [[0, 1], [1, 0]],
        "dynamic_reprate_enabled": True,
        "supported_instructions": ["cx", "delay", "if_else", "measure", "rz", "sx", "x"],
        "rep_delay_range": [0.0, 500.0],
        "default_rep_delay": 99.99999999999999,
        "max_experiments": 300,
        "sample_name": "family: Falcon, revision: 5.11",
        "n_registers": 1,
        "credits_required": True,
        "online_date": "2021-04-05T04:00:00+00:00",
        "description": "2 qubit device",
        "dt": 0.2222222222222222,
        "dtm": 0.2222222222222222,
        "processor_type": {"family": "Falcon", "revision": "5.11", "segment": "H"},
        "parametric_pulses": ["gaussian", "gaussian_square", "drag", "constant"],
        "allow_q_object": True,
        "meas_map": [[0, 1]],
        "quantum_volume": None,
        "qubit_lo_range": [[4.4462, 5.4462], [4.696613151975914, 5.696613151975914]],
        "meas_lo_range": [[6.7848285740000005, 7.784828574], [6.7, 7.7]],
        "rep_times": [1000.0],
        "n_uchannels": 2,
        "u_channel_lo": [[{"q": 1, "scale": [1.0, 0.0]}], [{"q": 0, "scale": [1.0, 0.0]}]],
        "hamiltonian": {
            "description": "qubits",
            "h_str": ["_SUM[i,0,1,wq{i}/2*(I{i}-Z{i})]"],
            "osc": {},
            "qub": {"0": 3, "1": 3},
            "vars": {"wq0": 31.6, "wq1": 32},
        },
        "clops_h": "None",
        "supported_features": ["q", "o", "b", "j"],
        "timing_constraints": {
            "acquire_alignment": 16,
            "granularity": 16,
            "min_length": 64,
            "pulse_alignment": 16,
        },
        "url": "None",
    }


def old_configuration() -> dict[str, Any]:
    """An older payload: no ``dt``, ``dtm``, ``dynamic_reprate_enabled`` or
    pulse keys, and a null ``coupling_map`` (a one-qubit device)."""
    return {
        "backend_name": "ibmq_one",
        "backend_version": "1.1.0",
        "n_qubits": 1,
        "basis_gates": ["id", "u1", "u2", "u3"],
        "gates": [gate_config("u1", ["lambda"], "gate u1(lambda) q { U(0, 0, lambda) q; }")],
        "local": False,
        "simulator": False,
        "conditional": False,
        "open_pulse": False,
        "memory": True,
        "max_shots": 8192,
        "coupling_map": None,
        "max_experiments": 75,
        "sample_name": "Armonk",
        "n_registers": 1,
        "credits_required": True,
        "online_date": "2019-10-16T04:00:00+00:00",
        "description": "1 qubit device",
        "url": "None",
    }


def copied(payload: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(payload)


@functools.cache
def _text(path: Path) -> str:
    return path.read_text()


def load(path: Path) -> dict[str, Any]:
    """A fresh payload from a real payload file (each test may change its own)."""
    payload: dict[str, Any] = json.loads(_text(path))
    return payload
