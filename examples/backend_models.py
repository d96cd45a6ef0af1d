"""Read a backend's properties and configuration, and ask them questions.

With the optional ``real-data`` extra installed (``pip install
'.[real-data]'``), this reads the largest real IBM backend that
qiskit-ibm-runtime ships (ibm_fez: 156 qubits); without it, the small
made-up backend in ``payloads/``. Either way it shows the accessors that
Qiskit 1.4's ``BackendProperties`` had (values in SI units), that a round
trip gives back the payload exactly, and where the payload's own dates went.

Run it with ``python3 examples/backend_models.py``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from qiskit_provider_models import (
    BackendProperties,
    BackendPropertyError,
    QasmBackendConfiguration,
)

PAYLOADS = Path(__file__).resolve().parent / "payloads"


def load_payloads() -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(where from, properties payload, configuration payload)."""
    spec = importlib.util.find_spec("qiskit_ibm_runtime")
    if spec is not None and spec.origin is not None:
        fez = Path(spec.origin).parent / "fake_provider" / "backends" / "fez"
        if fez.is_dir():
            properties = json.loads((fez / "props_fez.json").read_text())
            configuration = json.loads((fez / "conf_fez.json").read_text())
            return "qiskit-ibm-runtime's ibm_fez", properties, configuration
    properties = json.loads((PAYLOADS / "backend_properties.json").read_text())
    configuration = json.loads((PAYLOADS / "backend_configuration.json").read_text())
    return "the made-up backend in examples/payloads", properties, configuration


def main() -> None:
    source, properties_payload, configuration_payload = load_payloads()
    properties = BackendProperties.from_dict(properties_payload)
    configuration = QasmBackendConfiguration.from_dict(configuration_payload)
    print(f"{configuration.backend_name} ({source}): {configuration.n_qubits} qubits")
    print(f"  basis gates: {', '.join(configuration.basis_gates)}")
    print(f"  dt: {configuration.dt:.4g} s (the payload says {configuration_payload['dt']} ns)")

    best = max(range(configuration.n_qubits), key=properties.t1)
    print(f"  longest T1: qubit {best}, {properties.t1(best) * 1e6:.1f} us")
    value, measured = properties.qubit_property(best, "T1")
    # A datetime with the payload's own offset, not converted to local time.
    print(f"  {value * 1e6:.1f} us, measured at {measured:%Y-%m-%d %H:%M} {measured:%z}")
    two_qubit = [g for g in properties.gates if len(g.qubits) == 2]
    worst = max(two_qubit, key=lambda g: properties.gate_error(g.gate, g.qubits))
    error = properties.gate_error(worst.gate, worst.qubits)
    print(f"  worst two-qubit gate: {worst.gate} on {worst.qubits}, error {error:.2e}")
    try:
        properties.gate_error("cx", [0, 99])
    except BackendPropertyError as missing:
        print(f"  a gate it does not have: {missing}")

    assert properties.to_dict() == properties_payload, "the round trip must be exact"
    assert configuration.to_dict() == configuration_payload, "the round trip must be exact"
    print("  to_dict() gives back both payloads exactly, dates and units as they came")


if __name__ == "__main__":
    main()
