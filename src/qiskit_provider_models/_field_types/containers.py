"""Converters for ``list[T]``, ``tuple[...]`` and ``dict[str, T]`` fields.

Each copies the container both ways and converts every item; a failing
item's index is added to the error's path on the way out.

After ``isinstance(value, list)`` on an ``Any`` value, pyright knows the
items only as ``Unknown`` (mypy as ``Any``). A ``cast`` would be a function
call per value, so the converters carry pyright-only ignores instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .converter import Converter, Invalid, describe_value, identity

__all__ = ["dict_of", "list_of", "tuple_of"]


def _each(items: Iterable[Any], convert: Callable[[Any], Any]) -> list[Any]:
    """``[convert(item) for item in items]``; a failing item's index joins the path.

    The index is the length of the list so far, so the loop keeps no counter,
    and no item is read twice (a user's ``from_dict`` may count its calls).
    """
    result: list[Any] = []
    append = result.append
    try:
        for item in items:
            append(convert(item))
    except Invalid as error:
        error.path = (len(result), *error.path)
        raise
    return result


#: What makes a reader's result from a list: ``list.copy`` itself (reached
#: through ``list[Any]``, whose item type the type checkers know) or ``tuple``.
_copy_list: Callable[[Any], Any] = list[Any].copy
_make_tuple: Callable[[Any], Any] = tuple


def _reader(item: Converter, expected: str, into: type = list) -> Callable[[Any], Any]:
    """A payload value -> a new list (or, with ``into=tuple``, a tuple) of
    ``item`` values; ``Invalid`` if it is not a list (``expected`` names what
    it should be) or an item fails.

    A ``list`` itself takes a fast path: leaves of an exact type are copied,
    then checked with identity tests (on the copy, which nothing else can
    change), lists of such lists likewise, row by row, and nested models are
    read in one loop of their class's own (``item.many``). Anything else,
    list subclasses included, goes item by item. A tuple is made at once,
    not copied from a list.
    """
    structure = item.structure
    as_tuple = into is tuple
    copy = _make_tuple if as_tuple else _copy_list
    # One or two exact types, tested by identity (``in`` would call a
    # metaclass's __eq__, which could pose as int).
    first = item.exact[0] if item.exact else None
    second = item.exact[-1] if item.exact else None
    row_first = item.rows_of[0] if item.rows_of else None
    row_second = item.rows_of[-1] if item.rows_of else None

    def finish(result: list[Any]) -> Any:
        return tuple(result) if as_tuple else result

    def each(value: Any) -> Any:
        if not isinstance(value, list):
            raise Invalid(f"expected {expected}, got {describe_value(value)}")
        return finish(_each(value, structure))  # pyright: ignore[reportUnknownArgumentType]

    def leaves(value: Any) -> Any:
        if type(value) is not list:
            return each(value)
        copied = copy(value)
        for element in copied:
            kind = type(element)  # pyright: ignore[reportUnknownVariableType]
            if kind is not first and kind is not second:
                return finish(_each(copied, structure))
        return copied

    def rows(value: Any) -> Any:
        # A list of lists of leaves (coupling maps): each row as ``leaves``
        # reads it, inline. On any doubt, item by item from the start (leaf
        # checks have no side effects), which finds the error's path.
        if type(value) is not list:
            return each(value)
        result: list[Any] = []
        for row in value:  # pyright: ignore[reportUnknownVariableType]
            if type(row) is not list:  # pyright: ignore[reportUnknownArgumentType]
                return each(value)
            copied: list[Any] = row.copy()  # pyright: ignore[reportUnknownVariableType]
            for element in copied:
                kind = type(element)  # pyright: ignore[reportUnknownVariableType]
                if kind is not row_first and kind is not row_second:
                    return each(value)
            result.append(copied)
        return finish(result)

    if item.many is not None:
        return item.many(each, copy)
    if item.rows_of:
        return rows
    return leaves if item.exact else each


def _writer(item: Converter) -> tuple[Callable[[Any], list[Any]], str | None]:
    """Field values (a list or tuple) -> a new list payload; and, where it
    needs no call per item but ``to_dict``'s, the same as an expression."""
    out = item.unstructure

    def plain(value: Any) -> list[Any]:
        return list(value)

    def models(value: Any) -> list[Any]:
        # A nested model's payload is its to_dict(); called here directly,
        # without the converter's function in between.
        return [element.to_dict() for element in value]

    def converted(value: Any) -> list[Any]:
        assert out is not None
        return [out(element) for element in value]

    if out is None:
        return plain, "_qpm_list({v})"
    if item.out_expr is not None:
        # Lists of lists written inline too: ``[_qpm_list(_qpm_e0) for _qpm_e0 in {v}]``,
        # each level with a name of its own.
        name = f"_qpm_e{item.out_expr.count(' for ')}"
        inner = item.out_expr.format(v=name).replace("{", "{{").replace("}", "}}")
        return converted, f"[{inner} for {name} in {{v}}]"
    loop = item.write_many() if item.write_many is not None else None
    if loop is not None:
        return loop, None
    if item.model is not None:
        return models, "[_qpm_e.to_dict() for _qpm_e in {v}]"
    return converted, None


def list_of(item: Converter) -> Converter:
    name = f"list[{item.name}]"
    item_check = item.check

    def check(value: Any) -> Any:
        if not isinstance(value, list):
            raise Invalid(f"expected {name}, got {describe_value(value)}")
        return _each(value, item_check)  # pyright: ignore[reportUnknownArgumentType]

    unstructure, out_expr = _writer(item)
    return Converter(
        name,
        _reader(item, name),
        unstructure,
        check,
        hashable=False,
        kinds=item.kinds,
        out_expr=out_expr,
        rows_of=item.exact,
        holds=list,
    )


def tuple_of(item: Converter | None, items: list[Converter] | None) -> Converter:
    """``tuple[T, ...]`` (``item``) or ``tuple[A, B]`` (``items``).

    The payload holds a list, as JSON has no tuples; the field holds a tuple.
    """
    if item is not None:
        name = f"tuple[{item.name}, ...]"
        hashable = item.hashable
        kinds = item.kinds
    else:
        assert items is not None
        name = "tuple[" + ", ".join(i.name for i in items) + "]"
        hashable = all(i.hashable for i in items)
        kinds = frozenset(kind for i in items for kind in i.kinds)

    def converters(length: int) -> list[Converter]:
        return [item] * length if item is not None else items  # type: ignore[return-value]

    def each(value: Any, kind: type, pick: Callable[[Converter], Callable[[Any], Any]]) -> Any:
        if not isinstance(value, kind):
            raise Invalid(f"expected {name} as a {kind.__name__}, got {describe_value(value)}")
        elements: list[Any] = list(value)  # type: ignore[call-overload]
        if items is not None and len(elements) != len(items):
            raise Invalid(f"expected {name}, got {len(elements)} items")
        result: list[Any] = []
        for index, (converter, element) in enumerate(
            zip(converters(len(elements)), elements, strict=True)
        ):
            try:
                result.append(pick(converter)(element))
            except Invalid as error:
                error.path = (index, *error.path)
                raise
        return tuple(result)

    def fixed_structure(value: Any) -> Any:
        return each(value, list, lambda c: c.structure)

    if items is not None and all(i.exact for i in items):
        # tuple[float, float] of leaves (a pulse's [re, im] samples, tens of
        # thousands a payload): each item's type tested inline, as list[leaf]
        # does; on any doubt, item by item, which finds the error's path.
        slow_structure = fixed_structure
        firsts = tuple(i.exact[0] for i in items)
        seconds = tuple(i.exact[-1] for i in items)
        size = len(items)

        def fixed_structure(value: Any) -> Any:
            if type(value) is list and len(value) == size:  # pyright: ignore[reportUnknownArgumentType]
                for element, first, second in zip(value, firsts, seconds, strict=True):  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
                    kind = type(element)  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
                    if kind is not first and kind is not second:
                        return slow_structure(value)
                return tuple(value)  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
            return slow_structure(value)

    # tuple[T, ...] reads as a list does, with its fast paths.
    structure = fixed_structure if item is None else _reader(item, f"{name} as a list", tuple)

    def check(value: Any) -> Any:
        return each(value, tuple, lambda c: c.check)

    def fixed_unstructure(value: Any) -> Any:
        pairs = zip(converters(len(value)), value, strict=True)
        return [e if c.unstructure is None else c.unstructure(e) for c, e in pairs]

    if item is not None:
        unstructure, out_expr = _writer(item)
    elif all(i.unstructure is None for i in items or ()):
        # Items written as they are (tuple[float, float]): the tuple as a new
        # list, inline in to_dict, as list[float] is.
        unstructure, out_expr = list, "_qpm_list({v})"
    else:
        unstructure, out_expr = fixed_unstructure, None
    return Converter(
        name,
        structure,
        unstructure,
        check,
        hashable=hashable,
        kinds=kinds,
        out_expr=out_expr,
        holds=tuple,
    )


def dict_of(value_converter: Converter) -> Converter:
    name = f"dict[str, {value_converter.name}]"
    value_structure, value_check, value_out = (
        value_converter.structure,
        value_converter.check,
        value_converter.unstructure,
    )

    def each(value: Any, convert: Callable[[Any], Any]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(f"expected {name}, got {describe_value(value)}")
        result: dict[str, Any] = {}
        for key, element in value.items():  # pyright: ignore[reportUnknownVariableType]
            if not isinstance(key, str):
                raise Invalid(f"keys must be str, got {describe_value(key)}", (key,))  # pyright: ignore[reportUnknownArgumentType]
            try:
                result[key] = convert(element)
            except Invalid as error:
                error.path = (key, *error.path)
                raise
        return result

    def structure(value: Any) -> Any:
        return each(value, value_structure)

    if value_structure is identity:
        # dict[str, Any] (an instruction's parameters, a hamiltonian): a
        # copy whose keys are tested inline, without a call per item.
        def structure(value: Any) -> Any:
            if type(value) is dict:
                copied: dict[Any, Any] = value.copy()  # pyright: ignore[reportUnknownVariableType]
                for key in copied:
                    if type(key) is not str:
                        return each(copied, value_structure)
                return copied
            return each(value, value_structure)

    def check(value: Any) -> Any:
        return each(value, value_check)

    def unstructure(value: Any) -> Any:
        if value_out is None:
            return dict(value)
        return {k: value_out(v) for k, v in value.items()}

    return Converter(
        name,
        structure,
        unstructure,
        check,
        hashable=False,
        kinds=value_converter.kinds,
        # Values written as they are: the dict copied inline in to_dict.
        out_expr="_qpm_dict({v})" if value_out is None else None,
        holds=dict,
    )
