"""``PulseBackendConfiguration``: the configuration of a pulse (OpenPulse)
backend, and ``configuration_from_dict``, which picks the class a payload needs.

The successor of Qiskit 1.4's ``PulseBackendConfiguration``, a subclass of
``QasmBackendConfiguration`` as it was, with a frozen, hashable twin.
Payloads read and write back exactly; the keys whose units Qiskit converted
are kept in the payload's units, with properties of Qiskit's names beside
(``dt``, ``qubit_lo_range``, ``hamiltonian``, ... in SI units), and the
channel methods (``drive``, ``control``, ``describe``, ...) are in
``pulse_accessors``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import KW_ONLY
from typing import Any, Literal, overload

from .._machinery import ABSENT, field
from .backend_configuration import (
    FrozenQasmBackendConfiguration,
    FrozenUchannelLO,
    QasmBackendConfiguration,
    UchannelLO,
)
from .pulse_accessors import PulseAccessors

__all__ = [
    "FrozenPulseBackendConfiguration",
    "PulseBackendConfiguration",
    "configuration_from_dict",
]


class PulseBackendConfiguration(QasmBackendConfiguration, PulseAccessors):
    """A pulse backend's configuration: ``QasmBackendConfiguration``'s
    fields, then the keys Qiskit 1.4's pulse configuration required, then
    its optional ones.

    Required, as in Qiskit (keyword-only in the constructor, which takes
    the first twelve positionally, as Qiskit did): ``n_uchannels``,
    ``u_channel_lo`` (rows of ``UchannelLO``), ``meas_levels``,
    ``qubit_lo_range``, ``meas_lo_range`` (kept in GHz as
    ``qubit_lo_range_ghz``, ...), ``dt``, ``dtm`` (ns: ``dt_ns``,
    ``dtm_ns``), ``rep_times`` (us: ``rep_times_us``), ``meas_kernels`` and
    ``discriminators``. Optional (``= ABSENT``): ``hamiltonian`` (kept as
    ``hamiltonian_ghz``), ``channel_bandwidth`` (``channel_bandwidth_ghz``),
    ``acquisition_latency``, ``conditional_latency`` and ``channels``. The
    properties of Qiskit's names give SI units with Qiskit's arithmetic,
    and the channel methods return ``DriveChannel(0)`` and the like where
    Qiskit returned ``qiskit.pulse`` channels. The differences from Qiskit
    are in docs/migration.md.

    >>> payload = {"backend_name": "fake_1q", "backend_version": "1.0.0", "n_qubits": 1,
    ...            "basis_gates": ["x"], "gates": [], "local": False, "simulator": False,
    ...            "conditional": False, "open_pulse": True, "memory": True, "max_shots": 4000,
    ...            "coupling_map": None, "n_uchannels": 0, "u_channel_lo": [],
    ...            "meas_levels": [1, 2], "qubit_lo_range": [[4.5, 5.5]],
    ...            "meas_lo_range": [[6.5, 7.5]], "dt": 0.2222222222222222,
    ...            "dtm": 0.2222222222222222, "rep_times": [1000.0],
    ...            "meas_kernels": ["boxcar"], "discriminators": ["max_1Q_fidelity"]}
    >>> conf = PulseBackendConfiguration.from_dict(payload)
    >>> conf.dt, conf.sample_rate, conf.qubit_lo_range, conf.drive(0)
    (2.2222222222222221e-10, 4500000000.0, [[4500000000.0, 5500000000.0]], DriveChannel(0))
    >>> conf.to_dict() == payload, isinstance(conf, QasmBackendConfiguration)
    (True, True)
    """

    _: KW_ONLY
    n_uchannels: int
    u_channel_lo: list[list[UchannelLO]]
    meas_levels: list[int] | None = field()
    qubit_lo_range_ghz: list[list[float]] = field(key="qubit_lo_range", alias="qubit_lo_range")
    meas_lo_range_ghz: list[list[float]] = field(key="meas_lo_range", alias="meas_lo_range")
    dt_ns: float = field(key="dt", alias="dt", kw_only=True)
    dtm_ns: float = field(key="dtm", alias="dtm", kw_only=True)
    rep_times_us: list[float] = field(key="rep_times", alias="rep_times")
    meas_kernels: list[str] | None = field()
    discriminators: list[str] | None = field()
    hamiltonian_ghz: dict[str, Any] = field(key="hamiltonian", alias="hamiltonian", default=ABSENT)
    channel_bandwidth_ghz: list[list[float]] = field(
        key="channel_bandwidth", alias="channel_bandwidth", default=ABSENT
    )
    acquisition_latency: list[list[int]] = ABSENT
    conditional_latency: list[list[int]] = ABSENT
    channels: dict[str, dict[str, Any]] = ABSENT

    def u_channel_lo_models(self) -> list[list[UchannelLO]]:
        """``u_channel_lo`` (a field here), in new lists.

        >>> from qiskit_provider_models._qiskit_models.pulse_accessors import _EXAMPLE
        >>> PulseBackendConfiguration.from_dict(_EXAMPLE).u_channel_lo_models()[0]
        [UchannelLO(q=1, scale=(1+0j))]
        """
        return [list(row) for row in self.u_channel_lo]


class FrozenPulseBackendConfiguration(FrozenQasmBackendConfiguration, PulseAccessors):
    """``PulseBackendConfiguration`` as an immutable, hashable value, with the
    same fields, properties and methods (tuples for lists; ``hamiltonian``
    and ``channels`` stay dicts, left out of the hash).

    >>> from qiskit_provider_models._qiskit_models.pulse_accessors import _EXAMPLE
    >>> conf = FrozenPulseBackendConfiguration.from_dict(_EXAMPLE)
    >>> conf.u_channel_lo[1], conf.control((1, 0))
    ((FrozenUchannelLO(q=0, scale=(1+0j)),), [ControlChannel(1)])
    >>> conf in {FrozenPulseBackendConfiguration.from_dict(conf.to_dict())}
    True
    """

    _: KW_ONLY
    n_uchannels: int
    u_channel_lo: tuple[tuple[FrozenUchannelLO, ...], ...]
    meas_levels: tuple[int, ...] | None = field()
    qubit_lo_range_ghz: tuple[tuple[float, float], ...] = field(
        key="qubit_lo_range", alias="qubit_lo_range"
    )
    meas_lo_range_ghz: tuple[tuple[float, float], ...] = field(
        key="meas_lo_range", alias="meas_lo_range"
    )
    dt_ns: float = field(key="dt", alias="dt", kw_only=True)
    dtm_ns: float = field(key="dtm", alias="dtm", kw_only=True)
    rep_times_us: tuple[float, ...] = field(key="rep_times", alias="rep_times")
    meas_kernels: tuple[str, ...] | None = field()
    discriminators: tuple[str, ...] | None = field()
    hamiltonian_ghz: dict[str, Any] = field(key="hamiltonian", alias="hamiltonian", default=ABSENT)
    channel_bandwidth_ghz: tuple[tuple[float, float], ...] = field(
        key="channel_bandwidth", alias="channel_bandwidth", default=ABSENT
    )
    acquisition_latency: tuple[tuple[int, ...], ...] = ABSENT
    conditional_latency: tuple[tuple[int, ...], ...] = ABSENT
    channels: dict[str, dict[str, Any]] = ABSENT

    def u_channel_lo_models(self) -> tuple[tuple[FrozenUchannelLO, ...], ...]:
        """``u_channel_lo`` (a field here).

        >>> from qiskit_provider_models._qiskit_models.pulse_accessors import _EXAMPLE
        >>> FrozenPulseBackendConfiguration.from_dict(_EXAMPLE).u_channel_lo_models()[0]
        (FrozenUchannelLO(q=1, scale=(1+0j)),)
        """
        return self.u_channel_lo


def _open_pulse(payload: object) -> object:
    """The payload's ``open_pulse``, or ``None`` for what is not a mapping
    (which ``from_dict`` then refuses)."""
    if not isinstance(payload, Mapping):
        return None
    given: Mapping[str, object] = payload  # pyright: ignore[reportUnknownVariableType]
    return given.get("open_pulse")


@overload
def configuration_from_dict(
    payload: Mapping[str, Any], *, frozen: Literal[False] = False
) -> QasmBackendConfiguration: ...
@overload
def configuration_from_dict(
    payload: Mapping[str, Any], *, frozen: Literal[True]
) -> FrozenQasmBackendConfiguration: ...
@overload
def configuration_from_dict(
    payload: Mapping[str, Any], *, frozen: bool
) -> QasmBackendConfiguration | FrozenQasmBackendConfiguration: ...
def configuration_from_dict(
    payload: Mapping[str, Any], *, frozen: bool = False
) -> QasmBackendConfiguration | FrozenQasmBackendConfiguration:
    """A backend's configuration, of the class its payload needs: a
    ``PulseBackendConfiguration`` where ``open_pulse`` is ``true``, else a
    ``QasmBackendConfiguration`` (their frozen twins with ``frozen=True``),
    as Qiskit's and qiskit-ibm-runtime's decoders chose.

    >>> from qiskit_provider_models import PulseBackendConfiguration, configuration_from_dict
    >>> from qiskit_provider_models._qiskit_models.pulse_accessors import _EXAMPLE
    >>> type(configuration_from_dict(_EXAMPLE)).__name__
    'PulseBackendConfiguration'
    >>> type(configuration_from_dict({**_EXAMPLE, "open_pulse": False}, frozen=True)).__name__
    'FrozenQasmBackendConfiguration'
    """
    pulse = _open_pulse(payload) is True
    if frozen:
        frozen_kind = FrozenPulseBackendConfiguration if pulse else FrozenQasmBackendConfiguration
        return frozen_kind.from_dict(payload)
    kind = PulseBackendConfiguration if pulse else QasmBackendConfiguration
    return kind.from_dict(payload)
