"""``Converter``, how one field type is read and written, and ``Invalid``,
the error converters raise (the model turns it into ``ValidationError``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

__all__ = ["MAX_DEPTH", "Converter", "Invalid", "describe_value", "identity", "repr_prefix"]

#: How deep models may nest in one payload (a model inside a model is depth
#: 2), and so may a recursive type alias's values. Deeper payloads are
#: rejected, well before Python's recursion limit.
MAX_DEPTH = 100


class Invalid(Exception):
    """A value does not fit; raised by converters, caught by the model.

    ``path`` grows at each container on the way out, so the model can say
    where the value was without any path being built on success.
    """

    def __init__(self, problem: str, path: tuple[Any, ...] = ()) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path


def describe_value(value: object) -> str:
    """``int (3)`` style text for error messages, kept short."""
    name = type(value).__name__
    try:
        text = repr_prefix(value, 41)
    except Exception:
        return name
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{name} ({text})"


def repr_prefix(value: object, limit: int) -> str:
    """``repr(value)``, or a text of at least ``limit`` characters that it
    begins with. A payload's lists and dicts are written only as far as the
    limit: a whole repr of each refused payload, at every level of a nested
    union, cost time in the payload's size times its depth, and a tree that
    shares a dict at every level has a repr exponentially long. (One way it
    differs: a list that holds itself through another type's repr, a list
    subclass say, shows one level more before its ``[...]``.)"""
    parts: list[str] = []
    _write(value, parts, [limit], set())
    return "".join(parts)


_BRACKETS: dict[type, str] = {list: "[]", tuple: "()", dict: "{}"}


def _write(value: object, parts: list[str], left: list[int], active: set[int]) -> None:
    # ``left[0]``: how many characters are still wanted; ``active``: the
    # containers being written, which repr shows as [...] inside themselves.
    kind = type(value)
    brackets = _BRACKETS.get(kind)
    if brackets is None:
        if left[0] > 0:
            if isinstance(value, str) and kind is str and len(value) > left[0]:
                head = value[: left[0]]
                # The quotes further on decide which quote repr puts around it.
                value = head + "".join(q for q in "'\"" if q in value and q not in head)
            _put(repr(value), parts, left)
        return
    items: Any = value
    if id(items) in active:
        _put(f"{brackets[0]}...{brackets[1]}", parts, left)
        return
    active.add(id(items))
    _put(brackets[0], parts, left)
    for number, item in enumerate(items.items() if kind is dict else items):
        if left[0] <= 0:
            break
        if number:
            _put(", ", parts, left)
        if kind is dict:
            _write(item[0], parts, left, active)
            _put(": ", parts, left)
            item = item[1]
        _write(item, parts, left, active)
    if kind is tuple and len(items) == 1:
        _put(",", parts, left)
    _put(brackets[1], parts, left)
    active.discard(id(items))


def _put(text: str, parts: list[str], left: list[int]) -> None:
    if left[0] > 0:
        parts.append(text)
        left[0] -= len(text)


#: Kinds whose values ``==`` compares more loosely than their payloads.
_LOOSE_EQ = frozenset({object, datetime})


def identity(value: Any) -> Any:
    return value


class Converter(NamedTuple):
    """Everything the generated code needs to know about one annotation."""

    #: How the type is named in error messages.
    name: str
    #: Payload value -> field value; raises ``Invalid``.
    structure: Callable[[Any], Any]
    #: Field value -> payload value; ``None`` when the value is its own payload.
    unstructure: Callable[[Any], Any] | None
    #: ``__init__``'s check of a field value; raises ``Invalid``.
    check: Callable[[Any], Any]
    #: For leaf types: an expression over ``{v}`` that is true when the value
    #: does not fit; the value is then used as it is.
    bad: str | None = None
    #: Whether a value of this type can be hashed.
    hashable: bool = True
    #: Which of ``bool``, ``int`` and ``float`` a value may hold, at any depth
    #: (``object`` for any value): ``==`` mixes those up, JSON does not. And
    #: ``datetime``, whose ``==`` ignores how the payload wrote the value.
    kinds: frozenset[type] = frozenset()

    #: For a nested model's converter: the model class (tagged unions use it).
    model: type | None = None
    #: For ``X | None``: X's converter.
    inner: Converter | None = None
    #: For leaf types: the types whose values fit as they are, so that a
    #: container of them is checked without a call per item.
    exact: tuple[type, ...] = ()
    #: For ``list[T]`` of a leaf ``T``: T's ``exact`` types, so that a list of
    #: such lists is read in one loop, without a call per inner list.
    rows_of: tuple[type, ...] = ()
    #: For a nested model's converter whose from_dict is generated: given the
    #: item-by-item reader of a list payload (for anything but a ``list``
    #: itself) and what makes the result of a list built by appending
    #: (``list.copy`` or ``tuple``), a faster reader with no call per item.
    #: Both give a new list (or tuple) of instances, or raise ``Invalid``
    #: with the item's index.
    many: (
        Callable[[Callable[[Any], Any], Callable[[list[Any]], Any]], Callable[[Any], Any]] | None
    ) = None
    #: For a nested model's converter: gives, if its to_dict is generated and
    #: built, a function that writes an iterable of instances as a new list
    #: of payloads in one loop; otherwise ``None``.
    write_many: Callable[[], Callable[[Any], list[Any]] | None] | None = None
    #: For lists and tuples written without a call of their own: what
    #: ``unstructure`` does, as an expression over ``{v}`` for the generated
    #: ``to_dict``.
    out_expr: str | None = None

    @property
    def exact_eq(self) -> bool:
        """Whether ``==`` on two values of this type is as strict as their payloads."""
        return len(self.kinds) <= 1 and not self.kinds & _LOOSE_EQ
