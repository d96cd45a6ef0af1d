"""``ComplexSamples``, a field type for long lists of complex numbers that a
payload sends as ``[re, im]`` pairs (a pulse's samples), and its converter.

Kept packed in one ``array('d')``, 16 bytes a sample, instead of a tuple and
two floats (about 100 bytes) each, and read without a Python call per pair:
a payload of 20,000 samples is read in C but for one pass over the pairs'
types. An ``int`` in a pair is remembered by its position, so that
``to_pairs()`` and ``to_dict`` write the payload back exactly.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from itertools import chain
from typing import Any, TypeVar, overload

from typing_extensions import Self

from .converter import Converter, Invalid, describe_value, instances_of

__all__ = ["COMPLEX_SAMPLES", "FIELD_COMPLEX_SAMPLES", "ComplexSamples"]

_NO_INTS: dict[int, int] = {}
_FLOAT_ONLY = {float}
_NUMBERS = {float, int}
_flatten = chain.from_iterable


class ComplexSamples(Sequence[complex]):
    """An immutable, hashable sequence of ``complex`` values, sent and
    written as ``[re, im]`` pairs, exactly as the payload gave them.

    Declare a field of this type where a payload sends many complex numbers
    (``samples: ComplexSamples``): ``from_dict`` reads the list of pairs,
    ``to_dict`` writes it back (an ``int`` stays an ``int``), and the value
    reads as a sequence of ``complex``. Build one from complex numbers, or
    from pairs with ``from_pairs``.

    >>> samples = ComplexSamples([0.5, 1 - 0.25j])
    >>> samples[1], len(samples), samples.to_pairs()
    ((1-0.25j), 2, [[0.5, 0.0], [1.0, -0.25]])
    >>> ComplexSamples.from_pairs([[0, 1], [0.5, -0.5]]).to_pairs()
    [[0, 1], [0.5, -0.5]]
    """

    __slots__ = ("_flat", "_hash", "_ints")

    _flat: array[float]
    _ints: dict[int, int]
    _hash: int | None

    def __init__(self, values: Iterable[complex] = ()) -> None:
        flat: array[float] = array("d")
        for index, given in enumerate(values):
            value: Any = given  # checked, whatever type checkers held the caller to
            if type(value) is not complex:
                if isinstance(value, bool) or not isinstance(value, (complex, float, int)):
                    raise TypeError(
                        f"sample {index}: expected complex, got {describe_value(value)}"
                    )
                try:
                    value = complex(value)
                except OverflowError:
                    raise ValueError(f"sample {index}: out of range: {value!r}") from None
            flat.append(value.real)
            flat.append(value.imag)
        _set(self, flat, _NO_INTS)

    @classmethod
    def from_pairs(cls, pairs: Iterable[Sequence[float]]) -> Self:
        """The samples of ``[re, im]`` pairs (lists or tuples of ``int`` or
        ``float``), kept exactly; ``ValueError`` names the first bad pair.

        >>> ComplexSamples.from_pairs([(1, 0.5)])[0]
        (1+0.5j)
        >>> ComplexSamples.from_pairs([[1, "x"]])
        Traceback (most recent call last):
        ...
        ValueError: [0][1]: expected float, got str ('x')
        """
        given: Any = pairs
        if not isinstance(given, (list, tuple, str, bytes)):
            with suppress(TypeError):  # not iterable: refused next, with the value named
                given = list(given)  # pyright: ignore[reportUnknownArgumentType]
        try:
            return cls._read(given)
        except Invalid as error:
            where = "".join(f"[{step}]" for step in error.path)
            raise ValueError(f"{where}: {error.problem}" if where else error.problem) from None

    @classmethod
    def _read(cls, value: Any) -> Self:
        """A payload's list of pairs; ``Invalid`` with the bad pair's path."""
        if type(value) is list and _plain_pairs(value):  # pyright: ignore[reportUnknownArgumentType]
            flat: list[Any] = [*_flatten(value)]  # pyright: ignore[reportUnknownArgumentType]
            kinds = set(map(type, flat))
            if kinds <= _FLOAT_ONLY:
                ints = _NO_INTS
            elif kinds <= _NUMBERS:
                ints = {index: number for index, number in enumerate(flat) if type(number) is int}
            else:
                return cls._read_each(value)
            try:
                packed = array("d", flat)
            except OverflowError:  # an int too large for a float
                return cls._read_each(value)
            return _set(cls.__new__(cls), packed, ints)
        return cls._read_each(value)

    @classmethod
    def _read_each(cls, value: Any) -> Self:
        """Pair by pair: what ``_read`` does, where its fast path doubts."""
        if not isinstance(value, (list, tuple)):
            raise Invalid(f"expected [re, im] pairs as a list, got {describe_value(value)}")
        packed: array[float] = array("d")
        ints: dict[int, int] = {}
        for index, pair in enumerate(value):  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:  # pyright: ignore[reportUnknownArgumentType]
                got = describe_value(pair)  # pyright: ignore[reportUnknownArgumentType]
                raise Invalid(f"expected a [re, im] pair, got {got}", (index,))
            for part, number in enumerate(pair):  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
                if isinstance(number, bool) or not isinstance(number, (int, float)):
                    got = describe_value(number)  # pyright: ignore[reportUnknownArgumentType]
                    raise Invalid(f"expected float, got {got}", (index, part))
                try:
                    packed.append(number)
                except OverflowError:
                    problem = f"expected float, got a number out of range: {describe_value(number)}"
                    raise Invalid(problem, (index, part)) from None
                if isinstance(number, int):
                    ints[2 * index + part] = number
        return _set(cls.__new__(cls), packed, ints or _NO_INTS)

    def to_pairs(self) -> list[list[float]]:
        """The payload: a new list of ``[re, im]`` lists, as read."""
        flat: list[float] = self._flat.tolist()
        for index, number in self._ints.items():
            flat[index] = number
        items = iter(flat)
        return list(map(list, zip(items, items, strict=True)))

    def __len__(self) -> int:
        return len(self._flat) >> 1

    @overload
    def __getitem__(self, index: int) -> complex: ...
    @overload
    def __getitem__(self, index: slice) -> ComplexSamples: ...
    def __getitem__(self, index: int | slice) -> complex | ComplexSamples:
        if isinstance(index, slice):
            return type(self).from_pairs(self.to_pairs()[index])
        count = len(self._flat) >> 1
        position = operator.index(index)
        if position < 0:
            position += count
        if not 0 <= position < count:
            raise IndexError("ComplexSamples index out of range")
        return complex(self._flat[2 * position], self._flat[2 * position + 1])

    def __iter__(self) -> Iterator[complex]:
        parts = iter(self._flat)
        return map(complex, parts, parts)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ComplexSamples):
            return NotImplemented
        return self._flat == other._flat and self._ints == other._ints

    def __hash__(self) -> int:
        if self._hash is None:
            # Over the floats, not their bytes: -0.0 == 0.0 must hash alike.
            _HASH.__set__(self, hash((tuple(self._flat), frozenset(self._ints.items()))))
        return self._hash  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"{type(self).__name__}.from_pairs({self.to_pairs()!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self).from_pairs, (self.to_pairs(),))

    def __copy__(self) -> Self:
        return self

    def __deepcopy__(self, memo: Mapping[int, Any]) -> Self:
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")


_FLAT: Any = ComplexSamples.__dict__["_flat"]
_INTS: Any = ComplexSamples.__dict__["_ints"]
_HASH: Any = ComplexSamples.__dict__["_hash"]
_S = TypeVar("_S", bound=ComplexSamples)


def _set(samples: _S, flat: array[float], ints: dict[int, int]) -> _S:
    _FLAT.__set__(samples, flat)
    _INTS.__set__(samples, ints)
    _HASH.__set__(samples, None)
    return samples


def _plain_pairs(value: list[Any]) -> bool:
    """Whether every item is a ``list`` of two: tested in C, not per item."""
    return not value or (set(map(type, value)) == {list} and set(map(len, value)) == {2})


def _check(value: Any) -> ComplexSamples:
    """The constructor's value: samples, or (leniency, as Qiskit's
    ``PulseLibraryItem`` took either) a list or tuple of ``[re, im]`` pairs
    or of complex numbers, made into samples."""
    if isinstance(value, ComplexSamples):
        return value
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        got = describe_value(value)  # pyright: ignore[reportUnknownArgumentType]
        raise Invalid(f"expected ComplexSamples, got {got}")
    items: list[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
    if items and all(isinstance(item, (list, tuple)) for item in items):
        return ComplexSamples._read_each(items)  # pyright: ignore[reportPrivateUsage]
    try:
        return ComplexSamples(items)
    except (TypeError, ValueError) as error:
        raise Invalid(f"expected ComplexSamples: {error}") from None


def _write(value: ComplexSamples) -> list[list[float]]:
    if type(value) is not ComplexSamples:
        # A mutable model's attribute is assigned unchecked: a list of
        # complex numbers (``item.samples = [0.5j]``) is written as pairs.
        try:
            value = _check(value)
        except Invalid as error:
            raise TypeError(error.problem) from None
    return value.to_pairs()


#: Immutable and exact: hashable, and ``==`` as strict as the payload. In a
#: union with other members (``ComplexSamples | list[float]``) the
#: constructor takes only a ``ComplexSamples``, so that a list goes to its
#: own member ...
COMPLEX_SAMPLES = Converter(
    "ComplexSamples",
    ComplexSamples._read,  # pyright: ignore[reportPrivateUsage]
    _write,
    instances_of(ComplexSamples),
    holds=ComplexSamples,
)
#: ... but a field of its own also takes a list of pairs or of complex numbers.
FIELD_COMPLEX_SAMPLES = COMPLEX_SAMPLES._replace(check=_check)
