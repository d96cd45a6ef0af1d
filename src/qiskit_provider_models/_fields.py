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

__all__ = ["field", "payload_key"]

_T = TypeVar("_T")
_KEY = "qiskit_provider_models.key"


@overload
def field(
    *,
    default: _T,
    key: str | None = None,
    kw_only: bool = ...,
    repr: bool = True,
    metadata: Mapping[Any, Any] | None = None,
) -> _T: ...


@overload
def field(
    *,
    default_factory: Callable[[], _T],
    key: str | None = None,
    kw_only: bool = ...,
    repr: bool = True,
    metadata: Mapping[Any, Any] | None = None,
) -> _T: ...


@overload
def field(
    *,
    key: str | None = None,
    kw_only: bool = ...,
    repr: bool = True,
    metadata: Mapping[Any, Any] | None = None,
) -> Any: ...


def field(
    *,
    default: Any = dataclasses.MISSING,
    default_factory: Any = dataclasses.MISSING,
    key: str | None = None,
    kw_only: Any = dataclasses.MISSING,
    repr: bool = True,
    metadata: Mapping[Any, Any] | None = None,
) -> Any:
    """Declare a field's default, its payload ``key``, or that it is keyword-only.

    >>> from qiskit_provider_models import Model, field
    >>> class Config(Model):
    ...     one_q_gates: list[str] = field(key="1q_gates", default_factory=list[str])
    >>> config = Config.from_dict({"1q_gates": ["x", "sx"]})
    >>> config.one_q_gates
    ['x', 'sx']
    >>> config.to_dict()
    {'1q_gates': ['x', 'sx']}
    """
    if key is not None and type(key) is not str:
        raise TypeError(f"field(key=...) must be a str, not {type(key).__name__}")
    merged = dict(metadata or {})
    if key is not None:
        merged[_KEY] = key
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
