"""``QasmBackendConfiguration``: what a backend is and what it runs, and its parts.

The successors of Qiskit 1.4's ``GateConfig``, ``UchannelLO`` and
``QasmBackendConfiguration`` (alias ``BackendConfiguration``), each with a
frozen, hashable twin. Payloads read and write back exactly
(``to_dict(from_dict(d)) == d``): each of Qiskit's optional parameters is a
typed field whose key may be absent (declared ``= ABSENT``), and where
Qiskit converted units, a property of Qiskit's name gives its value in SI
units (see ``_configuration_accessors``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import KW_ONLY
from datetime import datetime
from typing import Any, TypeVar

from .._machinery import ABSENT, FrozenModel, Model, ValidationError, field
from .configuration_accessors import ConfigurationAccessors

_T = TypeVar("_T")

__all__ = [
    "BackendConfiguration",
    "FrozenGateConfig",
    "FrozenQasmBackendConfiguration",
    "FrozenUchannelLO",
    "GateConfig",
    "QasmBackendConfiguration",
    "UchannelLO",
]


class GateConfig(Model, extras_as_attributes=True):
    """A gate the backend runs: its name, parameters and OpenQASM definition.

    ``parameters`` and ``qasm_def`` may be null (real payloads' ``reset``).
    ``coupling_map``, ``latency_map``, ``conditional`` and ``description``
    may be absent: the attribute then raises ``AttributeError``, and
    ``to_dict`` leaves the key out. They follow in Qiskit's order.

    >>> gate = GateConfig.from_dict({"name": "cx", "parameters": [],
    ...                              "qasm_def": "gate cx q0, q1 { CX q0, q1; }",
    ...                              "coupling_map": [[0, 1], [1, 0]]})
    >>> gate.coupling_map, hasattr(gate, "latency_map")
    ([[0, 1], [1, 0]], False)
    >>> GateConfig("reset", None, None).to_dict()
    {'name': 'reset', 'parameters': None, 'qasm_def': None}
    """

    name: str
    parameters: list[str] | None
    qasm_def: str | None
    coupling_map: list[list[int]] = ABSENT
    latency_map: list[list[int]] = ABSENT
    conditional: bool = ABSENT
    description: str = ABSENT


class FrozenGateConfig(FrozenModel, extras_as_attributes=True):
    """``GateConfig`` as an immutable, hashable value (tuples for lists;
    ``to_dict`` writes lists).

    >>> gate = FrozenGateConfig.from_dict({"name": "rz", "parameters": ["theta"],
    ...                                    "qasm_def": "gate rz(theta) q { U(0, 0, theta) q; }"})
    >>> gate.parameters, gate in {FrozenGateConfig.from_dict(gate.to_dict())}
    (('theta',), True)
    """

    name: str
    parameters: tuple[str, ...] | None
    qasm_def: str | None
    coupling_map: tuple[tuple[int, ...], ...] = ABSENT
    latency_map: tuple[tuple[int, ...], ...] = ABSENT
    conditional: bool = ABSENT
    description: str = ABSENT


def _check_q(model: UchannelLO | FrozenUchannelLO) -> None:
    if model.q < 0:
        raise ValidationError(type(model), ("q",), f"must be >= 0, got {model.q}")


class UchannelLO(Model, extras_as_attributes=True):
    """How a control (U) channel's LO frequency depends on a qubit's: qubit
    ``q`` (``>= 0``) and a complex ``scale``, sent as ``[re, im]`` (a
    ``complex``, as Qiskit's decoders pass, is taken too).

    ``to_dict`` writes ``scale`` as two floats (``[1, 0]`` as ``[1.0, 0.0]``;
    real payloads always send floats).

    >>> lo = UchannelLO.from_dict({"q": 1, "scale": [1.0, 0.0]})
    >>> lo.scale, lo.to_dict()
    ((1+0j), {'q': 1, 'scale': [1.0, 0.0]})
    >>> UchannelLO(-1, 1.0)
    Traceback (most recent call last):
    ...
    qiskit_provider_models.ValidationError: UchannelLO.q: must be >= 0, got -1
    """

    q: int
    scale: complex

    def __post_init__(self) -> None:
        _check_q(self)


class FrozenUchannelLO(FrozenModel, extras_as_attributes=True):
    """``UchannelLO`` as an immutable, hashable value.

    >>> FrozenUchannelLO(0, 1.0) in {FrozenUchannelLO.from_dict({"q": 0, "scale": [1.0, 0.0]})}
    True
    """

    q: int
    scale: complex

    def __post_init__(self) -> None:
        _check_q(self)


def _uchannels(model: object, read: Callable[[Mapping[str, Any]], _T]) -> list[list[_T]]:
    """The model's ``u_channel_lo`` rows, each entry read by ``read``."""
    found: list[list[_T]] = []
    extras: Mapping[str, Any] = getattr(model, "extras")  # noqa: B009 - either model's
    rows: list[list[Mapping[str, Any]]] | None = extras.get("u_channel_lo")
    if rows is None:
        raise AttributeError(
            f"{type(model).__name__!r} object has no attribute 'u_channel_lo' "
            "(the payload has no 'u_channel_lo' key)",
            name="u_channel_lo",
            obj=model,
        )
    for i, row in enumerate(rows):
        entries: list[_T] = []
        for j, entry in enumerate(row):
            try:
                entries.append(read(entry))
            except ValidationError as error:
                path = ("u_channel_lo", i, j, *error.path)
                raise ValidationError(type(model), path, error.problem) from None
        found.append(entries)
    return found


class QasmBackendConfiguration(Model, ConfigurationAccessors, extras_as_attributes=True):
    """A backend's configuration: Qiskit 1.4's twelve required keys, then its
    optional parameters in its order, then the keys whose units it converted.

    Every optional field may be absent (declared ``= ABSENT``): its
    attribute then raises ``AttributeError``, so ``getattr(conf, "tags",
    None)`` works as it did, and ``to_dict`` leaves the key out. Every field
    can be assigned, and ``to_dict`` writes what was assigned. Where Qiskit
    converted units, the field holds the payload's value under its unit's
    name and a property of Qiskit's name gives SI units: ``dt_ns`` (key
    ``"dt"``, and the constructor's ``dt=`` in ns, as Qiskit's) and ``dt``
    in seconds, ``dtm_ns``/``dtm``,
    ``rep_delay_range_us``/``rep_delay_range``,
    ``default_rep_delay_us``/``default_rep_delay``, ``rep_times_us``/
    ``rep_times`` (seconds), and ``qubit_lo_range_ghz``/``qubit_lo_range``,
    ``meas_lo_range_ghz``/``meas_lo_range`` (hertz). ``online_date`` is a
    ``datetime`` (written back as the payload's text);
    ``dynamic_reprate_enabled`` reads ``False`` where the payload has no
    such key (its field is ``dynamic_reprate``), as in Qiskit.
    ``meas_levels``, ``meas_kernels``, ``discriminators`` and ``meas_map``
    are fields too, as in qiskit-ibm-runtime's copy. Other keys
    (``u_channel_lo``, ``hamiltonian``, ``channels``, ...) stay in
    ``extras`` as they came, and read as attributes too, as Qiskit kept them
    apart (``u_channel_lo_models()`` reads ``u_channel_lo`` as
    ``UchannelLO``). The
    differences from Qiskit are in docs/migration.md.

    >>> payload = {"backend_name": "ibm_x", "backend_version": "1.0.0", "n_qubits": 2,
    ...            "basis_gates": ["cx", "x"], "gates": [], "local": False, "simulator": False,
    ...            "conditional": False, "open_pulse": False, "memory": True,
    ...            "max_shots": 100000, "coupling_map": [[0, 1]], "dt": 0.2222222222222222,
    ...            "default_rep_delay": 250.0, "meas_lo_range": [[6.7848285740000005, 7.78]]}
    >>> conf = QasmBackendConfiguration.from_dict(payload)
    >>> conf.num_qubits, conf.default_rep_delay, conf.meas_lo_range
    (2, 0.00025, [[6784828574.000001, 7780000000.0]])
    >>> conf.to_dict() == payload
    True
    >>> conf.max_experiments = 300
    >>> conf.to_dict()["max_experiments"]
    300
    """

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
    supported_instructions: list[str] = ABSENT
    dynamic_reprate: bool = field(
        key="dynamic_reprate_enabled", alias="dynamic_reprate_enabled", default=ABSENT
    )
    rep_delay_range_us: list[float] = field(
        key="rep_delay_range", alias="rep_delay_range", default=ABSENT
    )
    default_rep_delay_us: float = field(
        key="default_rep_delay", alias="default_rep_delay", default=ABSENT
    )
    max_experiments: int = ABSENT
    sample_name: str = ABSENT
    n_registers: int = ABSENT
    register_map: list[list[int]] = ABSENT
    configurable: bool = ABSENT
    credits_required: bool = ABSENT
    online_date: datetime = ABSENT
    display_name: str = ABSENT
    description: str = ABSENT
    tags: list[str] = ABSENT
    dt_ns: float = field(key="dt", alias="dt", default=ABSENT)
    dtm_ns: float = field(key="dtm", alias="dtm", default=ABSENT)
    processor_type: dict[str, Any] = ABSENT
    parametric_pulses: list[str] = ABSENT
    # Keys that Qiskit 1.4 took as **kwargs and converted, or that
    # qiskit-ibm-runtime took as parameters.
    _: KW_ONLY
    qubit_lo_range_ghz: list[list[float]] = field(
        key="qubit_lo_range", alias="qubit_lo_range", default=ABSENT
    )
    meas_lo_range_ghz: list[list[float]] = field(
        key="meas_lo_range", alias="meas_lo_range", default=ABSENT
    )
    rep_times_us: list[float] = field(key="rep_times", alias="rep_times", default=ABSENT)
    meas_levels: list[int] | None = ABSENT
    meas_kernels: list[str] | None = ABSENT
    discriminators: list[str] | None = ABSENT
    meas_map: list[list[int]] = ABSENT

    def u_channel_lo_models(self) -> list[list[UchannelLO]]:
        """``u_channel_lo``, each entry read as a ``UchannelLO``
        (``AttributeError`` if there is none, ``ValidationError`` for a bad entry).

        >>> conf = QasmBackendConfiguration("ibm_x", "1.0.0", 2, ["x"], [], False, False, False,
        ...     False, True, 4000, None, u_channel_lo=[[{"q": 1, "scale": [1.0, 0.0]}]])
        >>> conf.u_channel_lo_models()
        [[UchannelLO(q=1, scale=(1+0j))]]
        >>> conf.u_channel_lo
        [[{'q': 1, 'scale': [1.0, 0.0]}]]
        """
        return _uchannels(self, UchannelLO.from_dict)


#: Qiskit's other name for ``QasmBackendConfiguration``.
BackendConfiguration = QasmBackendConfiguration


class FrozenQasmBackendConfiguration(
    FrozenModel, ConfigurationAccessors, extras_as_attributes=True
):
    """``QasmBackendConfiguration`` as an immutable, hashable value, with the
    same fields and properties (tuples for lists; ``to_dict`` writes lists).

    >>> conf = FrozenQasmBackendConfiguration("ibm_x", "1.0.0", 1, ("x",), (), False, False,
    ...                                       False, False, True, 4000, None, dtm=0.25)
    >>> conf.dtm, conf in {FrozenQasmBackendConfiguration.from_dict(conf.to_dict())}
    (2.5e-10, True)
    """

    backend_name: str
    backend_version: str
    n_qubits: int
    basis_gates: tuple[str, ...]
    gates: tuple[FrozenGateConfig, ...]
    local: bool
    simulator: bool
    conditional: bool
    open_pulse: bool
    memory: bool
    max_shots: int
    coupling_map: tuple[tuple[int, ...], ...] | None
    supported_instructions: tuple[str, ...] = ABSENT
    dynamic_reprate: bool = field(
        key="dynamic_reprate_enabled", alias="dynamic_reprate_enabled", default=ABSENT
    )
    rep_delay_range_us: tuple[float, ...] = field(
        key="rep_delay_range", alias="rep_delay_range", default=ABSENT
    )
    default_rep_delay_us: float = field(
        key="default_rep_delay", alias="default_rep_delay", default=ABSENT
    )
    max_experiments: int = ABSENT
    sample_name: str = ABSENT
    n_registers: int = ABSENT
    register_map: tuple[tuple[int, ...], ...] = ABSENT
    configurable: bool = ABSENT
    credits_required: bool = ABSENT
    online_date: datetime = ABSENT
    display_name: str = ABSENT
    description: str = ABSENT
    tags: tuple[str, ...] = ABSENT
    dt_ns: float = field(key="dt", alias="dt", default=ABSENT)
    dtm_ns: float = field(key="dtm", alias="dtm", default=ABSENT)
    processor_type: dict[str, Any] = ABSENT
    parametric_pulses: tuple[str, ...] = ABSENT
    # Keys that Qiskit 1.4 took as **kwargs and converted, or that
    # qiskit-ibm-runtime took as parameters.
    _: KW_ONLY
    qubit_lo_range_ghz: tuple[tuple[float, float], ...] = field(
        key="qubit_lo_range", alias="qubit_lo_range", default=ABSENT
    )
    meas_lo_range_ghz: tuple[tuple[float, float], ...] = field(
        key="meas_lo_range", alias="meas_lo_range", default=ABSENT
    )
    rep_times_us: tuple[float, ...] = field(key="rep_times", alias="rep_times", default=ABSENT)
    meas_levels: tuple[int, ...] | None = ABSENT
    meas_kernels: tuple[str, ...] | None = ABSENT
    discriminators: tuple[str, ...] | None = ABSENT
    meas_map: tuple[tuple[int, ...], ...] = ABSENT

    def u_channel_lo_models(self) -> tuple[tuple[FrozenUchannelLO, ...], ...]:
        """``u_channel_lo``, each entry read as a ``FrozenUchannelLO``.

        >>> conf = FrozenQasmBackendConfiguration("ibm_x", "1.0.0", 2, ("x",), (), False, False,
        ...     False, False, True, 4000, None, u_channel_lo=(({"q": 0, "scale": [1.0, 0.0]},),))
        >>> conf.u_channel_lo_models()
        ((FrozenUchannelLO(q=0, scale=(1+0j)),),)
        """
        return tuple(tuple(row) for row in _uchannels(self, FrozenUchannelLO.from_dict))
