"""The payloads: qiskit-ibm-runtime's fake backends' files, read where it is installed."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def backends_dir(extra: str = "bench") -> Path:
    """Where qiskit-ibm-runtime keeps its fake backends' files (not imported);
    ``extra`` names the install that brings it."""
    spec = importlib.util.find_spec("qiskit_ibm_runtime")
    if spec is None or spec.origin is None:
        raise SystemExit(
            "qiskit-ibm-runtime is not installed, and its fake backends' files are the "
            f"payloads: pip install '.[{extra}]'"
        )
    return Path(spec.origin).parent / "fake_provider" / "backends"


@dataclass
class Payload:
    """One payload file: its text, and the dicts parsed from it on demand."""

    kind: str  # "props" or "conf"
    path: Path
    text: str

    @property
    def label(self) -> str:
        return self.path.name

    def fresh(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.text)
        return data


def payload(kind: str, backend: str) -> Payload:
    path = backends_dir() / backend / f"{kind}_{backend}.json"
    if not path.is_file():
        names = sorted({p.parent.name for p in backends_dir().glob(f"*/{kind}_*.json")})
        raise SystemExit(f"no {path.name}; backends with one: {', '.join(names)}")
    return Payload(kind, path, path.read_text(encoding="utf-8"))


def largest_conf() -> str:
    """The backend whose conf file has the most bytes."""
    files = backends_dir().glob("*/conf_*.json")
    return max(files, key=lambda p: (p.stat().st_size, p.name)).parent.name


def sweep_inputs(props: dict[str, Any]) -> tuple[list[int], list[tuple[str, list[int]]]]:
    """Every qubit that has a T1, and every (gate, qubits) that has a gate_error."""
    qubits = [
        index
        for index, items in enumerate(props["qubits"])
        if any(item["name"] == "T1" for item in items)
    ]
    gates = [
        (gate["gate"], gate["qubits"])
        for gate in props["gates"]
        if any(item["name"] == "gate_error" for item in gate["parameters"])
    ]
    return qubits, gates


def describe(payload: Payload) -> str:
    data = payload.fresh()
    size = f"{len(payload.text.encode()):,} bytes"
    if payload.kind == "conf":
        return f"{payload.label}: {size}, {len(data)} keys, {_count(data['n_qubits'], 'qubit')}"
    nduvs = sum(map(len, data["qubits"])) + len(data["general"])
    nduvs += sum(len(gate["parameters"]) for gate in data["gates"])
    return (
        f"{payload.label}: {size}, {_count(len(data['qubits']), 'qubit')}, "
        f"{_count(len(data['gates']), 'gate')}, {_count(nduvs, 'Nduv')}"
    )


def _count(number: int, what: str) -> str:
    return f"{number:,} {what}{'' if number == 1 else 's'}"
