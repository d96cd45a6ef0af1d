"""Pulse channels as small values: ``DriveChannel(0)``, ``ControlChannel(3)``, ...

Qiskit 1.4's ``PulseBackendConfiguration`` returned ``qiskit.pulse`` channel
objects, which Qiskit 2 removed. These stand in for them: immutable,
hashable, equal when their class and index are (``DriveChannel(0) ==
DriveChannel(0)``, ``DriveChannel(0) != ControlChannel(0)``), shown as
Qiskit showed them, with Qiskit's ``index`` and ``name`` (``"d0"``). They
are not Qiskit's objects: code that handed them to ``qiskit.pulse`` (gone
in Qiskit 2) builds its own from ``type(channel).__name__`` and ``index``.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, SupportsIndex

from .configuration_errors import BackendConfigurationError

__all__ = [
    "AcquireChannel",
    "Channel",
    "ControlChannel",
    "DriveChannel",
    "MeasureChannel",
    "channel_from_name",
]


class Channel:
    """A pulse channel of a backend: its kind (the class) and index.

    The base of ``DriveChannel``, ``MeasureChannel``, ``AcquireChannel`` and
    ``ControlChannel``; it cannot be made itself. ``index`` is a
    non-negative ``int`` (anything ``operator.index`` takes is read as one);
    ``name`` is the prefix and the index, as in payloads' ``channels`` keys
    and Qiskit's ``name`` (``"d0"``, ``"u3"``, ``"a1"``).

    >>> from qiskit_provider_models import ControlChannel, DriveChannel
    >>> channel = DriveChannel(0)
    >>> channel, channel.index, channel.name
    (DriveChannel(0), 0, 'd0')
    >>> channel == DriveChannel(0), channel == ControlChannel(0)
    (True, False)
    >>> len({DriveChannel(1), DriveChannel(1), ControlChannel(1)})
    2
    """

    __slots__ = ("_index",)

    #: The first letters of the channel's ``name``: ``"d"``, ``"m"``, ``"a"``, ``"u"``.
    prefix: ClassVar[str] = ""

    _index: int

    def __init__(self, index: SupportsIndex) -> None:
        if type(self) is Channel:
            raise TypeError("Channel is abstract: make a DriveChannel, ControlChannel, ...")
        try:
            value = operator.index(index)
        except TypeError:
            raise TypeError(
                f"{type(self).__name__} index must be an int, got {type(index).__name__}"
            ) from None
        if value < 0:
            raise ValueError(f"{type(self).__name__} index must be >= 0, got {value}")
        object.__setattr__(self, "_index", value)

    @property
    def index(self) -> int:
        """The channel's index: the qubit's, for drive, measure and acquire channels."""
        return self._index

    @property
    def name(self) -> str:
        """The prefix and the index, as the payload's ``channels`` keys name
        the channel (``"d0"``; ``"a0"`` for the key ``"acquire0"``)."""
        return f"{self.prefix}{self._index}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._index})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Channel) or type(other) is not type(self):
            return NotImplemented
        return self._index == other._index

    def __hash__(self) -> int:
        return hash((self.prefix, self._index))

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._index,))


class DriveChannel(Channel):
    """A qubit's drive channel (``"d0"``).

    >>> from qiskit_provider_models import DriveChannel
    >>> DriveChannel(2).name
    'd2'
    """

    __slots__ = ()
    prefix = "d"


class MeasureChannel(Channel):
    """A qubit's measurement stimulus channel (``"m0"``).

    >>> from qiskit_provider_models import MeasureChannel
    >>> MeasureChannel(2)
    MeasureChannel(2)
    """

    __slots__ = ()
    prefix = "m"


class AcquireChannel(Channel):
    """A qubit's acquisition channel (``"a0"``; payloads' ``channels`` key ``"acquire0"``).

    >>> from qiskit_provider_models import AcquireChannel
    >>> AcquireChannel(2).name
    'a2'
    """

    __slots__ = ()
    prefix = "a"


class ControlChannel(Channel):
    """A control (U) channel, derived from drive channels (``"u0"``).

    >>> from qiskit_provider_models import ControlChannel
    >>> ControlChannel(4).name
    'u4'
    """

    __slots__ = ()
    prefix = "u"


#: The channel class for each prefix of a payload's ``channels`` keys, as
#: Qiskit 1.4 read them (``"acquire"`` for acquire channels).
_KINDS: dict[str, type[Channel]] = {
    "d": DriveChannel,
    "u": ControlChannel,
    "m": MeasureChannel,
    "acquire": AcquireChannel,
}
_NAME = re.compile(r"(?P<channel>[a-z]+)(?P<index>[0-9]+)")


def channel_from_name(name: str) -> Channel:
    """The channel a payload's ``channels`` key names: ``"d0"``, ``"m0"``,
    ``"u0"``, ``"acquire0"``, read as Qiskit 1.4 read them (a match at the
    start of the key).

    Another key raises ``BackendConfigurationError`` with Qiskit's message
    (Qiskit raised a bare ``KeyError`` for a well-formed key of another kind).

    >>> from qiskit_provider_models import channel_from_name
    >>> channel_from_name("acquire3"), channel_from_name("u12")
    (AcquireChannel(3), ControlChannel(12))
    >>> channel_from_name("q0")
    Traceback (most recent call last):
    ...
    qiskit_provider_models.BackendConfigurationError: Invalid channel name - 'q0' found.
    """
    channel = _named(name) if type(name) is str else None
    if channel is None:
        raise BackendConfigurationError(f"Invalid channel name - '{name}' found.")
    return channel


@functools.lru_cache(maxsize=4096)
def _named(name: str) -> Channel | None:
    # Kept: a backend's methods read its hundreds of channel names on each call.
    found = _NAME.match(name)
    kind = _KINDS.get(found.group("channel")) if found is not None else None
    return None if found is None or kind is None else kind(int(found.group("index")))
