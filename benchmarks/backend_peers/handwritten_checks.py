"""How the hand-written baseline checks a payload, the plain way: the
helpers its properties and its configuration models share.

The payload is a ``dict``, no key is missing, every field has exactly its
type (``int`` is taken for ``float`` and kept as an ``int``; ``bool`` is no
``int``), every item of a list field is checked and the list copied; unknown
keys go, after a check that every key is a ``str``, into an ``extras`` dict.
"""

from __future__ import annotations

from typing import Any


def extras_of(data: dict[str, Any], names: tuple[str, ...], model: str) -> dict[str, Any]:
    """The keys of ``data`` that are not ``names``; each key must be a ``str``."""
    for key in data:
        if type(key) is not str:
            raise TypeError(f"{model}: keys must be str, got {key!r}")
    extras = data.copy()
    for name in names:
        extras.pop(name, None)
    return extras


def missing_key(model: str, error: KeyError) -> TypeError:
    return TypeError(f"{model}: missing key {error}")


def wrong_type(model: str, name: str, value: Any) -> TypeError:
    return TypeError(f"{model}.{name}: wrong type {type(value).__name__}")


def ints(value: Any, model: str, name: str) -> list[int]:
    """A copy of a list of ints."""
    if type(value) is not list:
        raise wrong_type(model, name, value)
    for item in value:
        if type(item) is not int:
            raise wrong_type(model, name, item)
    return value.copy()


def strs(value: Any, model: str, name: str) -> list[str]:
    """A copy of a list of strs."""
    if type(value) is not list:
        raise wrong_type(model, name, value)
    for item in value:
        if type(item) is not str:
            raise wrong_type(model, name, item)
    return value.copy()


def int_lists(value: Any, model: str, name: str) -> list[list[int]]:
    """A copy of a list of lists of ints."""
    if type(value) is not list:
        raise wrong_type(model, name, value)
    return [ints(item, model, name) for item in value]
