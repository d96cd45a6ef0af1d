"""``field()``: ``dataclasses.field`` plus the payload key a field is read from.

Payloads have keys that are not Python names (``"1q_gates"``,
``"__type__"``, camelCase): ``field(key="1q_gates")`` names the key, and
``from_dict`` reads it, ``to_dict`` writes it and errors name it, while the
attribute and the constructor's parameter keep the Python name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, overload

__all__ = ["ABSENT", "field", "field_value", "init_name", "interned", "payload_key"]

_T = TypeVar("_T")
_KEY = "qiskit_provider_models.key"
_INTERN = "qiskit_provider_models.intern"
_ALIAS = "qiskit_provider_models.alias"


class _Absent:
    """The type of ``ABSENT``: one instance, kept by copies and pickles."""

    __slots__ = ()
    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __reduce__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


#: The default of a field whose payload key may be absent (absent is not
#: ``null``). Such a field is typed and checked like any other when its key
#: is there; when it is not, ``to_dict`` leaves the key out and reading the
#: attribute raises ``AttributeError``, so ``hasattr(x, name)`` and
#: ``getattr(x, name, default)`` tell. Assigning sets it; ``del`` unsets it.
#: Typed ``Any`` so that ``dt: float = ABSENT`` type-checks as a default.
#:
#: >>> from qiskit_provider_models import ABSENT, Model
#: >>> class Config(Model):
#: ...     name: str
#: ...     dt: float = ABSENT
#: >>> config = Config.from_dict({"name": "x"})
#: >>> hasattr(config, "dt"), config.to_dict()
#: (False, {'name': 'x'})
#: >>> config.dt = 0.5
#: >>> config.to_dict()
#: {'name': 'x', 'dt': 0.5}
ABSENT: Any = _Absent()

_get_slot = object.__getattribute__  # never reaches a class's __getattr__


def field_value(instance: object, name: str) -> Any:
    """Field ``name`` of ``instance``, or ``ABSENT`` if its slot is unset (or
    holds ``ABSENT``), read without the class's ``__getattr__``, which may
    answer anything for an unset field (an extra, a default of the user's)."""
    try:
        return _get_slot(instance, name)
    except AttributeError:
        return ABSENT


@overload
def field(
    *,
    default: _T,
    key: str | None = None,
    alias: str | None = None,
    kw_only: bool = ...,
    repr: bool = True,
    metadata: Mapping[Any, Any] | None = None,
    intern: bool = False,
) -> _T: ...


@overload
def field(
    *,
    default_factory: Callable[[], _T],
    key: str | None = None,
    alias: str | None = None,
    kw_only: bool = ...,
    repr: bool = True,
    metadata: Mapping[Any, Any] | None = None,
    intern: bool = False,
) -> _T: ...


@overload
def field(
    *,
    key: str | None = None,
    alias: str | None = None,
    kw_only: bool = ...,
    repr: bool = True,
    metadata: Mapping[Any, Any] | None = None,
    intern: bool = False,
) -> Any: ...


def field(
    *,
    default: Any = dataclasses.MISSING,
    default_factory: Any = dataclasses.MISSING,
    key: str | None = None,
    alias: str | None = None,
    kw_only: Any = dataclasses.MISSING,
    repr: bool = True,
    metadata: Mapping[Any, Any] | None = None,
    intern: bool = False,
) -> Any:
    """Declare a field's default, its payload ``key``, its constructor
    parameter's name (``alias``), that it is keyword-only, or that its
    values are interned.

    >>> from qiskit_provider_models import Model, field
    >>> class Config(Model):
    ...     one_q_gates: list[str] = field(key="1q_gates", default_factory=list[str])
    >>> config = Config.from_dict({"1q_gates": ["x", "sx"]})
    >>> config.one_q_gates
    ['x', 'sx']
    >>> config.to_dict()
    {'1q_gates': ['x', 'sx']}

    ``intern=True``, for a ``str`` or ``datetime`` field (or ``X | None``)
    whose payloads repeat a few values (names, units, calibration dates):
    ``from_dict`` keeps one object per value, from a bounded table of values
    read lately, and parses each date text once. It saves memory and, for
    dates, time; for values that are all different it costs a lookup each.

    >>> class Reading(Model):
    ...     unit: str = field(intern=True)
    >>> a, b = Reading.from_dict({"unit": "GHz"}), Reading.from_dict({"unit": "GHz"})
    >>> a.unit is b.unit
    True

    ``alias`` names the constructor's parameter, where it should differ from
    the attribute (type checkers know it too, PEP 681): a field that keeps
    a payload's nanoseconds as ``dt_ns`` can still be given as ``dt=``.
    ``copy.replace`` and ``__replace__`` take either name;
    ``dataclasses.replace`` knows no aliases and is refused.

    >>> class Timing(Model):
    ...     dt_ns: float = field(key="dt", alias="dt")
    >>> Timing(dt=0.25).to_dict(), Timing(dt=0.25).dt_ns
    ({'dt': 0.25}, 0.25)
    """
    if key is not None and type(key) is not str:
        raise TypeError(f"field(key=...) must be a str, not {type(key).__name__}")
    if alias is not None and type(alias) is not str:
        raise TypeError(f"field(alias=...) must be a str, not {type(alias).__name__}")
    if type(intern) is not bool:
        raise TypeError(f"field(intern=...) must be a bool, not {type(intern).__name__}")
    merged = dict(metadata or {})
    if key is not None:
        merged[_KEY] = key
    if intern:
        merged[_INTERN] = True
    if alias is not None:
        merged[_ALIAS] = alias
    return dataclasses.field(
        default=default,
        default_factory=default_factory,
        kw_only=kw_only,
        repr=repr,
        metadata=merged or None,
    )


def payload_key(f: dataclasses.Field[Any]) -> str:
    """The key a field has in payloads: its ``key=``, or else its name."""
    key: str = f.metadata.get(_KEY, f.name)
    return key


def interned(f: dataclasses.Field[Any]) -> bool:
    """Whether a field was declared ``field(intern=True)``."""
    return bool(f.metadata.get(_INTERN, False))


def init_name(f: dataclasses.Field[Any]) -> str:
    """The constructor's parameter for a field: its ``alias=``, or its name."""
    name: str = f.metadata.get(_ALIAS, f.name)
    return name
