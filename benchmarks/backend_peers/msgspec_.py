"""msgspec Structs with the baseline's fields (C; unknown keys are dropped).

``from_dict`` is ``msgspec.convert`` (dates read from their text), ``to_dict``
``msgspec.to_builtins`` (dates written as text, UTC as ``Z``). The optional
keys that the baseline keeps in extras and checks are optional fields here,
absent ones left out again (``omit_defaults``); a gate's ``name``, an extra
in the baseline, is dropped with the other unknown keys. msgspec has no
``t1`` or ``gate_error``: the sweeps call the baseline's accessors over the
Struct (``Lookup``).
"""

from __future__ import annotations

from datetime import datetime
from importlib.metadata import version
from typing import Any

import msgspec  # type: ignore[import-not-found]

from backend_peers import BackendPeer
from backend_peers.handwritten_properties import Lookup


class Nduv(msgspec.Struct):  # type: ignore[misc]
    date: datetime
    name: str
    unit: str
    value: int | float


class GateProperties(msgspec.Struct, omit_defaults=True):  # type: ignore[misc]
    qubits: list[int]
    gate: str
    parameters: list[Nduv]


class BackendProperties(msgspec.Struct):  # type: ignore[misc]
    backend_name: str
    backend_version: str
    last_update_date: datetime
    qubits: list[list[Nduv]]
    gates: list[GateProperties]
    general: list[Nduv]


class GateConfig(msgspec.Struct, omit_defaults=True):  # type: ignore[misc]
    name: str
    parameters: list[str] | None
    qasm_def: str | None
    coupling_map: list[list[int]] | None = None
    latency_map: list[list[int]] | None = None
    conditional: bool | None = None
    description: str | None = None


class QasmBackendConfiguration(msgspec.Struct, omit_defaults=True):  # type: ignore[misc]
    backend_name: str
    backend_version: str
    n_qubits: int
    basis_gates: list[str]
    gates: list[GateConfig]
    local: bool
    simulator: bool
    conditional: bool
    open_pulse: bool
    memory: bool
    max_shots: int
    coupling_map: list[list[int]] | None
    dynamic_reprate_enabled: bool | None = None
    configurable: bool | None = None
    credits_required: bool | None = None
    max_experiments: int | None = None
    n_registers: int | None = None
    default_rep_delay: int | float | None = None
    dt: int | float | None = None
    dtm: int | float | None = None
    sample_name: str | None = None
    display_name: str | None = None
    description: str | None = None
    supported_instructions: list[str] | None = None
    tags: list[str] | None = None
    parametric_pulses: list[str] | None = None
    rep_delay_range: list[int | float] | None = None
    register_map: list[list[int]] | None = None
    online_date: str | None = None
    processor_type: dict[str, Any] | None = None
    qubit_lo_range: list[list[int | float]] | None = None
    meas_lo_range: list[list[int | float]] | None = None
    rep_times: list[int | float] | None = None
    u_channel_lo: list[list[dict[str, Any]]] | None = None


def peer() -> BackendPeer:
    convert, to_builtins = msgspec.convert, msgspec.to_builtins
    return BackendPeer(
        name="msgspec Struct",
        version=f"msgspec {version('msgspec')}",
        extras="no: drops them",
        accessors="none: the baseline's, over the Struct (Lookup)",
        namespace={
            "BackendProperties": BackendProperties,
            "QasmBackendConfiguration": QasmBackendConfiguration,
            "convert": convert,
            "to_builtins": to_builtins,
        },
        statements={
            "props from_dict": "convert(p, BackendProperties)",
            "props to_dict": "to_builtins(x)",
            "conf from_dict": "convert(p, QasmBackendConfiguration)",
            "conf to_dict": "to_builtins(x)",
        },
        build_props=lambda p: convert(p, BackendProperties),
        dump_props=to_builtins,
        build_conf=lambda p: convert(p, QasmBackendConfiguration),
        dump_conf=to_builtins,
        accessor=Lookup,
    )
