"""``Converter``, how one field type is read and written, and ``Invalid``,
the error converters raise (the model turns it into ``ValidationError``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

from .._common.describe import describe_value

__all__ = [
    "MAX_DEPTH",
    "Converter",
    "Invalid",
    "ListMethods",
    "describe_value",
    "identity",
    "instances_of",
]

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


#: Kinds whose values ``==`` compares more loosely than their payloads.
_LOOSE_EQ = frozenset({object, datetime})


def identity(value: Any) -> Any:
    return value


def instances_of(kind: type) -> Callable[[Any], Any]:
    """A check that takes only instances of ``kind``: a union member's, where
    a field's looser check would take another member's values."""

    def check(value: Any) -> Any:
        if not isinstance(value, kind):
            raise Invalid(f"expected {kind.__name__}, got {describe_value(value)}")
        return value

    return check


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
    #: For containers and ``ComplexSamples``: the type of the values this
    #: converter makes, so that a union writes a value with the one member
    #: that makes its type, without checking it against each member.
    holds: type | None = None

    @property
    def exact_eq(self) -> bool:
        """Whether ``==`` on two values of this type is as strict as their payloads."""
        return len(self.kinds) <= 1 and not self.kinds & _LOOSE_EQ


class ListMethods(NamedTuple):
    """How a ``list[Model]`` field reads and writes its items, in one loop."""

    #: ``read(slow, make, items)``: ``slow`` reads anything but an exact
    #: list; ``make`` makes the result (``list.copy`` or ``tuple``).
    read: Callable[[Callable[[Any], Any], Callable[[list[Any]], Any], Any], Any]
    write: Callable[[Any], list[Any]]
