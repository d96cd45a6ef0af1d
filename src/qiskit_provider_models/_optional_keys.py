"""Optional payload keys kept in ``extras`` and read through typed properties.

A key that some payloads lack cannot be a field: ``to_dict`` writes every
field, so it would add the key to payloads that did not have it. Qiskit
1.4's optional constructor parameters (``dt``, ``rep_times``, a gate's
``coupling_map``, ...) therefore stay in ``extras``, exactly as they came,
and the models read them through properties of Qiskit's names. This module
knows, for each such key, the type its value must have (checked by the
models' ``__post_init__``) and when Qiskit had the attribute at all: for
some parameters only when the value was truthy (``if rep_delay_range:``),
for the others when it was not ``None``. Where Qiskit had no attribute, the
property raises ``AttributeError`` naming the key, so ``hasattr(conf, "dt")``
and ``getattr(conf, "dt", None)`` answer as they did.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, NoReturn, cast

from ._compat import extras_as_attributes
from ._converter import describe_value
from ._errors import ValidationError

__all__ = [
    "BOOL",
    "DICT",
    "INT",
    "NUMBER",
    "STR",
    "Key",
    "ListOf",
    "absent",
    "check_keys",
    "extras_except",
    "is_set",
    "list_of",
    "read",
]


class Leaf(NamedTuple):
    """A value of one JSON type: values of exactly ``first`` or ``second``
    fit at once; ``fits`` decides for any other (a ``str`` subclass, say)."""

    name: str
    fits: Callable[[Any], bool]
    first: type
    second: type


class ListOf(NamedTuple):
    """A JSON array (a list, or a tuple given to the constructor) of ``item``s."""

    item: Leaf | ListOf
    length: int | None = None

    @property
    def name(self) -> str:
        inner = self.item.name
        return f"a [{inner}, {inner}] pair" if self.length == 2 else f"a list of {inner}"


def list_of(item: Leaf | ListOf, length: int | None = None) -> ListOf:
    return ListOf(item, length)


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_bool(value: Any) -> bool:
    return value is True or value is False


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:  # JSON does not tell 1 from 1.0
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_array(value: Any) -> bool:  # not a TypeGuard: the caller casts once
    return type(value) is list or type(value) is tuple


def _is_dict(value: Any) -> bool:
    return isinstance(value, dict)


STR = Leaf("str", _is_str, str, str)
BOOL = Leaf("bool", _is_bool, bool, bool)
INT = Leaf("int", _is_int, int, int)
NUMBER = Leaf("float", _is_number, int, float)
DICT = Leaf("dict", _is_dict, dict, dict)


class Key(NamedTuple):
    """An optional key: the type of its value, and whether Qiskit kept it
    only when truthy (else whenever it was not ``None``)."""

    kind: Leaf | ListOf
    only_truthy: bool = False


def _fits_at_once(value: Any, kind: Leaf | ListOf) -> bool:
    """A quick yes for the usual value, by exact types only, tested by
    identity (``in`` would call a metaclass's ``__eq__``, which could pose
    as ``int``). ``False`` means "look closer", not "wrong"."""
    if isinstance(kind, Leaf):
        return type(value) is kind.first or type(value) is kind.second
    if not _is_array(value) or (kind.length is not None and len(value) != kind.length):
        return False
    item = kind.item
    if isinstance(item, Leaf):
        return _rows_fit((value,), item, None)
    if isinstance(item.item, Leaf):  # a list of lists of leaves (coupling maps)
        return _rows_fit(value, item.item, item.length)
    return all(_fits_at_once(member, item) for member in value)


def _rows_fit(rows: Any, leaf: Leaf, length: int | None) -> bool:
    """Whether ``rows`` are arrays of ``length`` (any, if ``None``) values of
    exactly ``leaf``'s types: one loop, no call per value (lists of
    thousands of numbers, and coupling maps of hundreds of pairs, are common)."""
    first, second = leaf.first, leaf.second
    for row in rows:
        if type(row) is not list and type(row) is not tuple:
            return False
        # After the type tests pyright knows the members only as Unknown.
        if length is not None and len(row) != length:  # pyright: ignore[reportUnknownArgumentType]
            return False
        for member in row:  # pyright: ignore[reportUnknownVariableType]
            kind = type(member)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
            if kind is not first and kind is not second:
                return False
    return True


def _problem(value: Any, kind: Leaf | ListOf) -> tuple[tuple[Any, ...], str] | None:
    """Where in ``value`` it does not fit ``kind``, and why; ``None`` if it fits."""
    if isinstance(kind, Leaf):
        return (
            None if kind.fits(value) else ((), f"expected {kind.name}, got {describe_value(value)}")
        )
    if not _is_array(value):
        return ((), f"expected {kind.name}, got {describe_value(value)}")
    members = cast("list[Any] | tuple[Any, ...]", value)
    if kind.length is not None and len(members) != kind.length:
        return ((), f"expected {kind.name}, got {len(members)} items")
    item = kind.item
    if isinstance(item, Leaf):  # the common case, without a call per item
        fits = item.fits
        for index, member in enumerate(members):
            if not fits(member):
                return ((index,), f"expected {item.name}, got {describe_value(member)}")
        return None
    for index, member in enumerate(members):
        found = _problem(member, item)
        if found is not None:
            return ((index, *found[0]), found[1])
    return None


def check_keys(model: object, keys: Mapping[str, Key]) -> None:
    """Raise ``ValidationError`` at the first of ``keys`` whose value in the
    model's extras has the wrong type (``None`` is taken: it reads as absent)."""
    extras: Mapping[str, Any] = cast(Any, model).extras
    if not extras:
        return
    for key, spec in keys.items():
        value = extras.get(key)
        if value is not None and not _fits_at_once(value, spec.kind):
            found = _problem(value, spec.kind)
            if found is not None:
                raise ValidationError(type(model), (key, *found[0]), found[1])


def is_set(value: Any, spec: Key) -> bool:
    """Whether Qiskit would have had the attribute for this payload value."""
    return bool(value) if spec.only_truthy else value is not None


def absent(model: Any, key: str, spec: Key | None = None) -> NoReturn:
    """The ``AttributeError`` of a property whose key Qiskit would not have set."""
    how = "an empty" if spec is not None and spec.only_truthy else "a null"
    raise AttributeError(
        f"{type(model).__name__!r} object has no attribute {key!r} "
        f"(its payload has no {key!r}, or {how} one)",
        name=key,
        obj=model,
    )


def read(model: Any, key: str, spec: Key) -> Any:
    """The payload's value of ``key``, or ``AttributeError`` where Qiskit had none."""
    value = model.extras.get(key)
    if not is_set(value, spec):
        absent(model, key, spec)
    return value


def extras_except(keys: Mapping[str, Key]) -> Callable[[Any, str], Any]:
    """A ``__getattr__`` that reads extras as attributes, except ``keys``:
    their properties decide, so an empty or null value is not answered
    from the extras when the property says there is none."""

    def __getattr__(self: Any, name: str) -> Any:
        spec = keys.get(name)
        if spec is not None:
            absent(self, name, spec)
        return extras_as_attributes(self, name)

    return __getattr__
