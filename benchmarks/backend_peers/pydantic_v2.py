"""pydantic v2 models with the baseline's fields: ``extra='allow'``, strict
types except the dates, which are ``datetime`` fields read from their text.

``int | float`` keeps an int an int (pydantic's smart union). The optional
keys that the baseline keeps in extras and checks (a configuration's ``dt``,
a gate's ``coupling_map``, ...) are optional fields here, pydantic's way to
check them; a configuration's ``online_date`` is a ``str``, as in the
baseline. ``to_dict`` is ``model_dump(mode='json')``, which writes dates as
text again, with ``exclude_unset=True`` for a configuration, so that the
optional fields the payload lacked stay out. pydantic has no ``t1`` or
``gate_error``: the sweeps call the baseline's accessors over the model
(``Lookup``).
"""

from __future__ import annotations

from datetime import datetime
from importlib.metadata import version
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field  # type: ignore[import-not-found]

from backend_peers import BackendPeer
from backend_peers.handwritten_properties import Lookup

Date = Annotated[datetime, Field(strict=False)]


class _Model(BaseModel):  # type: ignore[misc]
    model_config = ConfigDict(extra="allow", strict=True)


class Nduv(_Model):
    date: Date
    name: str
    unit: str
    value: int | float


class GateProperties(_Model):
    qubits: list[int]
    gate: str
    parameters: list[Nduv]


class BackendProperties(_Model):
    backend_name: str
    backend_version: str
    last_update_date: Date
    qubits: list[list[Nduv]]
    gates: list[GateProperties]
    general: list[Nduv]


class GateConfig(_Model):
    name: str
    parameters: list[str] | None
    qasm_def: str | None
    coupling_map: list[list[int]] | None = None
    latency_map: list[list[int]] | None = None
    conditional: bool | None = None
    description: str | None = None


class QasmBackendConfiguration(_Model):
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


def _dump_props(x: Any) -> dict[str, Any]:
    return x.model_dump(mode="json")  # type: ignore[no-any-return]


def _dump_conf(x: Any) -> dict[str, Any]:
    return x.model_dump(mode="json", exclude_unset=True)  # type: ignore[no-any-return]


def peer() -> BackendPeer:
    return BackendPeer(
        name="pydantic v2, extra='allow'",
        version=f"pydantic {version('pydantic')}",
        extras="yes",
        accessors="none: the baseline's, over the model (Lookup)",
        namespace={
            "BackendProperties": BackendProperties,
            "QasmBackendConfiguration": QasmBackendConfiguration,
        },
        statements={
            "props from_dict": "BackendProperties.model_validate(p)",
            "props to_dict": "x.model_dump(mode='json')",
            "conf from_dict": "QasmBackendConfiguration.model_validate(p)",
            "conf to_dict": "x.model_dump(mode='json', exclude_unset=True)",
        },
        build_props=BackendProperties.model_validate,
        dump_props=_dump_props,
        build_conf=QasmBackendConfiguration.model_validate,
        dump_conf=_dump_conf,
        accessor=Lookup,
    )
