"""``QasmBackendConfiguration``: what a backend is and what it runs, and its parts.

The successors of Qiskit 1.4's ``GateConfig``, ``UchannelLO`` and
``QasmBackendConfiguration`` (alias ``BackendConfiguration``), each with a
frozen, hashable twin. Payloads read and write back exactly
(``to_dict(from_dict(d)) == d``): the keys that some payloads lack (``dt``,
``rep_times``, a gate's ``coupling_map``, ...) stay in ``extras`` as they
came, and typed properties of Qiskit's names give them as Qiskit did, in SI
units (see ``QasmBackendConfiguration``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._configuration_accessors import (
    CONFIGURATION_KEYS,
    GATE_CONFIG_KEYS,
    ConfigurationAccessors,
    GateConfigAccessors,
)
from ._errors import ValidationError
from ._model import FrozenModel, Model
from ._optional_keys import absent, extras_except

__all__ = [
    "BackendConfiguration",
    "FrozenGateConfig",
    "FrozenQasmBackendConfiguration",
    "FrozenUchannelLO",
    "GateConfig",
    "QasmBackendConfiguration",
    "UchannelLO",
]

_T = TypeVar("_T")


class GateConfig(Model, GateConfigAccessors, extras_as_attributes=True):
    """A gate the backend runs: its name, parameters and OpenQASM definition.

    ``parameters`` and ``qasm_def`` may be null (real payloads' ``reset``).
    The optional ``coupling_map``, ``latency_map``, ``conditional`` and
    ``description`` stay in ``extras`` as given and are read through typed
    properties, which raise ``AttributeError`` where the payload has none
    (a map also when it is empty, as in Qiskit). They are keyword-only in
    the constructor (Qiskit also took them by position).

    >>> gate = GateConfig.from_dict({"name": "cx", "parameters": [],
    ...                              "qasm_def": "gate cx q0, q1 { CX q0, q1; }",
    ...                              "coupling_map": [[0, 1], [1, 0]]})
    >>> gate.coupling_map, gate.extras
    ([[0, 1], [1, 0]], {'coupling_map': [[0, 1], [1, 0]]})
    >>> GateConfig("reset", None, None).to_dict()
    {'name': 'reset', 'parameters': None, 'qasm_def': None}
    """

    name: str
    parameters: list[str] | None
    qasm_def: str | None

    __getattr__ = extras_except(GATE_CONFIG_KEYS)

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            parameters: list[str] | None,
            qasm_def: str | None,
            *,
            coupling_map: list[list[int]] = ...,
            latency_map: list[list[int]] = ...,
            conditional: bool = ...,
            description: str = ...,
            **extras: Any,
        ) -> None: ...


class FrozenGateConfig(FrozenModel, GateConfigAccessors, extras_as_attributes=True):
    """``GateConfig`` as an immutable, hashable value (a tuple for
    ``parameters``; ``to_dict`` writes a list).

    >>> gate = FrozenGateConfig.from_dict({"name": "rz", "parameters": ["theta"],
    ...                                    "qasm_def": "gate rz(theta) q { U(0, 0, theta) q; }"})
    >>> gate.parameters, gate in {FrozenGateConfig.from_dict(gate.to_dict())}
    (('theta',), True)
    """

    name: str
    parameters: tuple[str, ...] | None
    qasm_def: str | None

    __getattr__ = extras_except(GATE_CONFIG_KEYS)

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            parameters: tuple[str, ...] | None,
            qasm_def: str | None,
            *,
            coupling_map: list[list[int]] = ...,
            latency_map: list[list[int]] = ...,
            conditional: bool = ...,
            description: str = ...,
            **extras: Any,
        ) -> None: ...


def _check_q(model: UchannelLO | FrozenUchannelLO) -> None:
    if model.q < 0:
        raise ValidationError(type(model), ("q",), f"must be >= 0, got {model.q}")


class UchannelLO(Model, extras_as_attributes=True):
    """How a control (U) channel's LO frequency depends on a qubit's: qubit
    ``q`` (``>= 0``) and a complex ``scale``, sent as ``[re, im]``.

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
    """The payload's ``u_channel_lo`` rows, each entry read by ``read``."""
    rows: list[list[Any]] | None = cast(Any, model).extras.get("u_channel_lo")
    if rows is None:
        absent(model, "u_channel_lo")
    found: list[list[_T]] = []
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
    """A backend's configuration: Qiskit 1.4's twelve required keys as fields.

    Every other key stays in ``extras`` exactly as the payload had it, so
    ``to_dict`` gives the payload back. Qiskit's optional parameters are
    typed read-only properties of the same names, with Qiskit's values:
    ``dt`` and ``dtm`` in seconds (the payload has ns), ``rep_delay_range``,
    ``default_rep_delay`` and ``rep_times`` in seconds (us), the
    ``qubit_lo_range`` and ``meas_lo_range`` pairs in Hz (GHz), and the
    others as given. Where Qiskit's configuration had no such attribute (the
    key absent or null, or empty where Qiskit dropped empty values) they
    raise ``AttributeError``, so ``getattr(conf, "dt", None)`` works as it
    did; ``dynamic_reprate_enabled`` is ``False`` when absent, as in Qiskit.
    Their types are checked when present. Other extras (``hamiltonian``,
    ``u_channel_lo``, ...) read as attributes too, as the payload has them;
    ``u_channel_lo_models()`` reads ``u_channel_lo`` as ``UchannelLO`` models.

    What differs from Qiskit: the payload is never converted, so
    ``to_dict`` is exact (Qiskit's drifted in the last bit, added keys and
    wrote ``rep_times`` in seconds); ``n_registers`` is the payload's number
    (Qiskit's was always 1); the optional parameters are keyword-only.

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

    __getattr__ = extras_except(CONFIGURATION_KEYS)

    if TYPE_CHECKING:

        def __init__(
            self,
            backend_name: str,
            backend_version: str,
            n_qubits: int,
            basis_gates: list[str],
            gates: list[GateConfig],
            local: bool,
            simulator: bool,
            conditional: bool,
            open_pulse: bool,
            memory: bool,
            max_shots: int,
            coupling_map: list[list[int]] | None,
            *,
            supported_instructions: list[str] = ...,
            dynamic_reprate_enabled: bool = ...,
            rep_delay_range: list[float] = ...,
            default_rep_delay: float = ...,
            max_experiments: int = ...,
            sample_name: str = ...,
            n_registers: int = ...,
            register_map: list[list[int]] = ...,
            configurable: bool = ...,
            credits_required: bool = ...,
            online_date: str = ...,
            display_name: str = ...,
            description: str = ...,
            tags: list[str] = ...,
            dt: float = ...,
            dtm: float = ...,
            processor_type: dict[str, Any] = ...,
            parametric_pulses: list[str] = ...,
            qubit_lo_range: list[list[float]] = ...,
            meas_lo_range: list[list[float]] = ...,
            rep_times: list[float] = ...,
            **extras: Any,
        ) -> None: ...

    def u_channel_lo_models(self) -> list[list[UchannelLO]]:
        """The payload's ``u_channel_lo``, each entry read as a ``UchannelLO``
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
    same properties (tuples for lists; ``to_dict`` writes lists).

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

    __getattr__ = extras_except(CONFIGURATION_KEYS)

    if TYPE_CHECKING:

        def __init__(
            self,
            backend_name: str,
            backend_version: str,
            n_qubits: int,
            basis_gates: tuple[str, ...],
            gates: tuple[FrozenGateConfig, ...],
            local: bool,
            simulator: bool,
            conditional: bool,
            open_pulse: bool,
            memory: bool,
            max_shots: int,
            coupling_map: tuple[tuple[int, ...], ...] | None,
            *,
            supported_instructions: list[str] = ...,
            dynamic_reprate_enabled: bool = ...,
            rep_delay_range: list[float] = ...,
            default_rep_delay: float = ...,
            max_experiments: int = ...,
            sample_name: str = ...,
            n_registers: int = ...,
            register_map: list[list[int]] = ...,
            configurable: bool = ...,
            credits_required: bool = ...,
            online_date: str = ...,
            display_name: str = ...,
            description: str = ...,
            tags: list[str] = ...,
            dt: float = ...,
            dtm: float = ...,
            processor_type: dict[str, Any] = ...,
            parametric_pulses: list[str] = ...,
            qubit_lo_range: list[list[float]] = ...,
            meas_lo_range: list[list[float]] = ...,
            rep_times: list[float] = ...,
            **extras: Any,
        ) -> None: ...

    def u_channel_lo_models(self) -> tuple[tuple[FrozenUchannelLO, ...], ...]:
        """The payload's ``u_channel_lo``, each entry read as a ``FrozenUchannelLO``.

        >>> conf = FrozenQasmBackendConfiguration("ibm_x", "1.0.0", 2, ("x",), (), False, False,
        ...     False, False, True, 4000, None, u_channel_lo=[[{"q": 0, "scale": [1.0, 0.0]}]])
        >>> conf.u_channel_lo_models()
        ((FrozenUchannelLO(q=0, scale=(1+0j)),),)
        """
        return tuple(tuple(row) for row in _uchannels(self, FrozenUchannelLO.from_dict))
