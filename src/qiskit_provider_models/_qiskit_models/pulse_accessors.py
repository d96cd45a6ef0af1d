"""Qiskit 1.4's methods and unit-converted attributes of a pulse backend's
configuration: its channels, ``sample_rate``, ``hamiltonian`` and
``channel_bandwidth``.

The channel methods answer from the payload's ``channels`` (read on each
call, so a change to it is seen) and return this package's channel values
(``DriveChannel(0)``, ...) where Qiskit returned ``qiskit.pulse``'s. They
raise ``BackendConfigurationError`` with Qiskit's messages.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .channels import (
    AcquireChannel,
    Channel,
    ControlChannel,
    DriveChannel,
    MeasureChannel,
    channel_from_name,
)
from .configuration_accessors import ConfigurationAccessors
from .configuration_errors import BackendConfigurationError

__all__ = ["PulseAccessors"]

#: Keys Qiskit's pulse configuration always had as attributes of its own.
_ALWAYS = frozenset(
    {
        "n_uchannels",
        "u_channel_lo",
        "meas_levels",
        "qubit_lo_range",
        "meas_lo_range",
        "meas_kernels",
        "discriminators",
        "rep_times",
        "dt",
        "dtm",
        "hamiltonian",
    }
)
#: Keys it had when the payload had them.
_WHEN_SET = frozenset(
    {"channels", "channel_bandwidth", "acquisition_latency", "conditional_latency", "meas_map"}
)

_ChannelMaps = tuple[
    dict[tuple[int, ...], list[Channel]],
    dict[Channel, list[int]],
    dict[tuple[int, ...], list[Channel]],
]


#: The payload of the examples below: a two-qubit pulse backend.
_EXAMPLE: dict[str, Any] = {
    **dict.fromkeys(("local", "simulator", "conditional"), False),
    "backend_name": "fake_2q",
    "backend_version": "1.0.0",
    "n_qubits": 2,
    "basis_gates": ["cx", "x"],
    "gates": [],
    "open_pulse": True,
    "memory": True,
    "max_shots": 4000,
    "coupling_map": [[0, 1], [1, 0]],
    "n_uchannels": 2,
    "u_channel_lo": [[{"q": 1, "scale": [1.0, 0.0]}], [{"q": 0, "scale": [1.0, 0.0]}]],
    "meas_levels": [1, 2],
    "qubit_lo_range": [[4.5, 5.5], [4.6, 5.6]],
    "meas_lo_range": [[6.5, 7.5], [6.5, 7.5]],
    "dt": 0.2222222222222222,
    "dtm": 0.2222222222222222,
    "rep_times": [1000.0],
    "meas_kernels": ["hw_qmfk"],
    "discriminators": ["hw_qmfk"],
    "hamiltonian": {"h_str": ["_SUM[i,0,1,wq{i}/2*(I{i}-Z{i})]"], "vars": {"wq0": 32.0}},
    "channels": {
        **{
            f"{kind}{q}": {"operates": {"qubits": [q]}, "purpose": kind, "type": kind}
            for kind in ("d", "m", "acquire")
            for q in (0, 1)
        },
        "u0": {"operates": {"qubits": [0, 1]}, "purpose": "cross-resonance", "type": "control"},
        "u1": {"operates": {"qubits": [1, 0]}, "purpose": "cross-resonance", "type": "control"},
    },
}


def _model(accessors: PulseAccessors) -> Any:
    """The model these accessors belong to, whose fields type checkers see there."""
    return accessors


def _no_channels(model: Any) -> BackendConfigurationError:
    return BackendConfigurationError(
        f"This backend - '{model.backend_name}' does not provide channel information."
    )


def _maps(model: Any) -> _ChannelMaps | None:
    """Qiskit's three maps of the payload's ``channels``, in its order:
    qubits to channels, channel to qubits, qubits to control channels
    (``None`` where the payload has no ``channels``)."""
    channels: Mapping[str, Mapping[str, Any]] | None = getattr(model, "channels", None)
    if channels is None:
        return None
    by_qubits: dict[tuple[int, ...], list[Channel]] = {}
    by_channel: dict[Channel, list[int]] = {}
    controls: dict[tuple[int, ...], list[Channel]] = {}
    for name, config in channels.items():
        channel = channel_from_name(name)
        try:
            qubits = tuple(config["operates"]["qubits"])
        except (KeyError, TypeError):
            raise BackendConfigurationError(f"Channel '{name}' has no 'operates' qubits.") from None
        by_qubits.setdefault(qubits, []).append(channel)
        by_channel.setdefault(channel, []).extend(qubits)
        if type(channel) is ControlChannel:
            controls.setdefault(qubits, []).append(channel)
    return by_qubits, by_channel, controls


def _checked(model: Any, qubit: int, plural: str = "") -> int:
    if not 0 <= qubit < model.n_qubits:
        raise BackendConfigurationError(f"Invalid index for {qubit}-qubit system{plural}.")
    return qubit


class PulseAccessors(ConfigurationAccessors):
    """The pulse attributes and channel methods of ``PulseBackendConfiguration``
    and its frozen twin (with those of ``ConfigurationAccessors``)."""

    __slots__ = ()

    @property
    def sample_rate(self) -> float:
        """The signal channels' sample rate in hertz: ``1.0 / dt``.

        >>> from qiskit_provider_models import PulseBackendConfiguration
        >>> PulseBackendConfiguration.from_dict(_EXAMPLE).sample_rate
        4500000000.0
        """
        return 1.0 / self.dt

    @property
    def hamiltonian(self) -> dict[str, Any] | None:
        """The payload's ``hamiltonian`` (``hamiltonian_ghz``) with each
        number of its ``vars`` in Qiskit's units, ``* 1e9``, in a new dict;
        ``None`` where the payload has none, as in Qiskit. (Qiskit 1.4 could
        not read a hamiltonian without ``vars``: this gives it as it is.)
        Assigning one stores its ``vars`` ``* 1e-9``.

        >>> from qiskit_provider_models import PulseBackendConfiguration
        >>> conf = PulseBackendConfiguration.from_dict(_EXAMPLE)
        >>> conf.hamiltonian["vars"], conf.hamiltonian_ghz["vars"]
        ({'wq0': 32000000000.0}, {'wq0': 32.0})
        """
        payload: dict[str, Any] | None = getattr(_model(self), "hamiltonian_ghz", None)
        return None if payload is None else _hamiltonian(payload, 1e9)

    @hamiltonian.setter
    def hamiltonian(self, value: Mapping[str, Any]) -> None:
        _model(self).hamiltonian_ghz = _hamiltonian(value, 1e-9)

    @property
    def channel_bandwidth(self) -> list[list[float]]:
        """Each channel's bandwidth range in hertz (``channel_bandwidth_ghz``
        gives GHz); ``AttributeError`` where the payload has none."""
        ghz: Sequence[Sequence[float]] = _model(self).channel_bandwidth_ghz
        return [[low * 1e9, high * 1e9] for (low, high) in ghz]

    @channel_bandwidth.setter
    def channel_bandwidth(self, hertz: Sequence[Sequence[float]]) -> None:
        _model(self).channel_bandwidth_ghz = [[low * 1e-9, high * 1e-9] for (low, high) in hertz]

    @property
    def control_channels(self) -> dict[tuple[int, ...], list[Channel]]:
        """The control channels by the qubits they operate on, in the
        payload's order (a new dict; empty where the payload has no
        ``channels``).

        >>> from qiskit_provider_models import PulseBackendConfiguration
        >>> PulseBackendConfiguration.from_dict(_EXAMPLE).control_channels
        {(0, 1): [ControlChannel(0)], (1, 0): [ControlChannel(1)]}
        """
        maps = _maps(self)
        return {} if maps is None else maps[2]

    def drive(self, qubit: int) -> DriveChannel:
        """The qubit's drive channel (``BackendConfigurationError`` for a
        qubit the backend does not have).

        >>> from qiskit_provider_models import PulseBackendConfiguration
        >>> conf = PulseBackendConfiguration.from_dict(_EXAMPLE)
        >>> conf.drive(1), conf.measure(0), conf.acquire(0)
        (DriveChannel(1), MeasureChannel(0), AcquireChannel(0))
        >>> conf.drive(2)
        Traceback (most recent call last):
        ...
        qiskit_provider_models.BackendConfigurationError: Invalid index for 2-qubit system.
        """
        return DriveChannel(_checked(self, qubit))

    def measure(self, qubit: int) -> MeasureChannel:
        """The qubit's measurement stimulus channel."""
        return MeasureChannel(_checked(self, qubit))

    def acquire(self, qubit: int) -> AcquireChannel:
        """The qubit's acquisition channel."""
        return AcquireChannel(_checked(self, qubit, "s"))

    def control(self, qubits: Iterable[int] | None = None) -> list[Channel]:
        """The control channels that operate on ``qubits``, a tuple or list
        ``(control, target)``; ``[]`` where the payload has no ``channels``
        (as Qiskit answered), ``BackendConfigurationError`` where it has
        none for these qubits.

        >>> from qiskit_provider_models import PulseBackendConfiguration
        >>> conf = PulseBackendConfiguration.from_dict(_EXAMPLE)
        >>> conf.control([0, 1])
        [ControlChannel(0)]
        >>> conf.control((0, 0))
        Traceback (most recent call last):
        ...
        qiskit_provider_models.BackendConfigurationError: Couldn't find the ControlChannel \
operating on qubits (0, 0) on 2-qubit system. The ControlChannel information is retrieved \
from the backend.
        """
        maps = _maps(self)
        if maps is None:
            return []
        key: Any = tuple(qubits) if isinstance(qubits, list) else qubits
        try:
            return list(maps[2][key])
        except (KeyError, TypeError):
            raise BackendConfigurationError(
                f"Couldn't find the ControlChannel operating on qubits {key} on "
                f"{_model(self).n_qubits}-qubit system. The ControlChannel information is "
                "retrieved from the backend."
            ) from None

    def get_channel_qubits(self, channel: Channel) -> list[int]:
        """The qubits that ``channel`` operates on directly.

        >>> from qiskit_provider_models import ControlChannel, PulseBackendConfiguration
        >>> conf = PulseBackendConfiguration.from_dict(_EXAMPLE)
        >>> conf.get_channel_qubits(ControlChannel(1))
        [1, 0]
        """
        maps = _maps(self)
        if maps is None:
            raise _no_channels(self)
        try:
            return list(maps[1][channel])
        except (KeyError, TypeError):
            raise BackendConfigurationError(f"Couldn't find the Channel - {channel}") from None

    def get_qubit_channels(self, qubit: int | Iterable[int]) -> list[Channel]:
        """The channels that operate on ``qubit``, an ``int`` (every channel
        whose qubits include it) or a tuple or list of qubits (the channels
        of exactly those), each once, in the payload's order (Qiskit's order
        was that of a ``set``).

        >>> from qiskit_provider_models import PulseBackendConfiguration
        >>> conf = PulseBackendConfiguration.from_dict(_EXAMPLE)
        >>> conf.get_qubit_channels(0)  # doctest: +NORMALIZE_WHITESPACE
        [DriveChannel(0), MeasureChannel(0), AcquireChannel(0),
         ControlChannel(0), ControlChannel(1)]
        >>> conf.get_qubit_channels((1, 0))
        [ControlChannel(1)]
        """
        maps = _maps(self)
        if maps is None:
            raise _no_channels(self)
        found: dict[Channel, None] = {}
        if isinstance(qubit, list):
            qubit = tuple(qubit)  # pyright: ignore[reportUnknownArgumentType]
        try:
            if isinstance(qubit, int):
                for qubits, channels in maps[0].items():
                    if qubit in qubits:
                        found.update(dict.fromkeys(channels))
                if not found:
                    raise KeyError(qubit)
            elif isinstance(qubit, tuple):
                found.update(dict.fromkeys(maps[0][qubit]))  # pyright: ignore[reportUnknownArgumentType]
        except (KeyError, TypeError):
            raise BackendConfigurationError(f"Couldn't find the qubit - {qubit}") from None
        return list(found)

    def describe(self, channel: Channel) -> dict[DriveChannel, complex]:
        """How a control channel's frame derives from drive channels: each
        drive channel with its ``scale``, from ``u_channel_lo``.

        >>> from qiskit_provider_models import ControlChannel, PulseBackendConfiguration
        >>> conf = PulseBackendConfiguration.from_dict(_EXAMPLE)
        >>> conf.describe(ControlChannel(0))
        {DriveChannel(1): (1+0j)}
        >>> conf.describe(conf.drive(0))
        Traceback (most recent call last):
        ...
        qiskit_provider_models.BackendConfigurationError: Can only describe ControlChannels.
        """
        if not isinstance(channel, ControlChannel):
            raise BackendConfigurationError("Can only describe ControlChannels.")
        return {DriveChannel(lo.q): lo.scale for lo in _model(self).u_channel_lo[channel.index]}

    def __contains__(self, key: object) -> bool:
        """Whether Qiskit's pulse configuration had ``key`` as an attribute
        of its own: as ``QasmBackendConfiguration``'s, and the pulse keys
        Qiskit always set (``dt``, ``hamiltonian``, ...) or set when the
        payload had them (``channels``, ``meas_map``, ...).

        >>> from qiskit_provider_models import PulseBackendConfiguration
        >>> conf = PulseBackendConfiguration.from_dict(_EXAMPLE)
        >>> "rep_times" in conf, "channels" in conf, "channel_bandwidth" in conf
        (True, True, False)
        """
        if type(key) is not str:
            return False
        if key in _ALWAYS:
            return True
        if key in _WHEN_SET:
            return hasattr(self, key)
        return super().__contains__(key)


def _hamiltonian(hamiltonian: Mapping[str, Any], scale: float) -> dict[str, Any]:
    """A new dict of ``hamiltonian``, each number of its ``vars`` ``* scale``."""
    scaled = dict(hamiltonian)
    variables: Mapping[str, Any] | None = scaled.get("vars")
    if isinstance(variables, Mapping):
        scaled["vars"] = {name: _times(value, scale) for name, value in variables.items()}
    return scaled


def _times(value: Any, scale: float) -> Any:
    """``value * scale`` for a number (as Qiskit tested it), else ``value``."""
    if isinstance(value, numbers.Number):
        number: Any = value
        return number * scale
    return value
