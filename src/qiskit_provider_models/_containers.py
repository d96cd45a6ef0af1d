"""Converters for ``list[T]``, ``tuple[...]`` and ``dict[str, T]`` fields.

Each copies the container both ways and converts every item; the path of a
failing item is worked out only after the failure, so the fast path keeps
no index.

After ``isinstance(value, list)`` on an ``Any`` value, pyright knows the
items only as ``Unknown`` (mypy as ``Any``). A ``cast`` would be a function
call per value, so the converters carry pyright-only ignores instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._converter import Converter, Invalid, describe_value

__all__ = ["dict_of", "list_of", "tuple_of"]


def _at_index(items: list[Any], convert: Callable[[Any], Any]) -> Invalid:
    """The error of the first item that fails, with its index in the path.

    Run only after a failure, so that the fast path keeps no index.
    """
    for index, element in enumerate(items):
        try:
            convert(element)
        except Invalid as error:
            error.path = (index, *error.path)
            return error
    raise AssertionError("unreachable: no item failed twice")  # pragma: no cover


def list_of(item: Converter) -> Converter:
    name = f"list[{item.name}]"
    item_structure, item_check, item_out = item.structure, item.check, item.unstructure

    def each(value: Any, convert: Callable[[Any], Any]) -> list[Any]:
        if not isinstance(value, list):
            raise Invalid(f"expected {name}, got {describe_value(value)}")
        try:
            return [convert(element) for element in value]  # pyright: ignore[reportUnknownVariableType]
        except Invalid:
            raise _at_index(value, convert) from None  # pyright: ignore[reportUnknownArgumentType]

    def structure(value: Any) -> Any:
        return each(value, item_structure)

    def check(value: Any) -> Any:
        return each(value, item_check)

    def unstructure(value: Any) -> Any:
        return list(value) if item_out is None else [item_out(e) for e in value]

    return Converter(name, structure, unstructure, check, hashable=False, kinds=item.kinds)


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

    def structure(value: Any) -> Any:
        return each(value, list, lambda c: c.structure)

    def check(value: Any) -> Any:
        return each(value, tuple, lambda c: c.check)

    def unstructure(value: Any) -> Any:
        pairs = zip(converters(len(value)), value, strict=True)
        return [e if c.unstructure is None else c.unstructure(e) for c, e in pairs]

    return Converter(name, structure, unstructure, check, hashable=hashable, kinds=kinds)


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

    def check(value: Any) -> Any:
        return each(value, value_check)

    def unstructure(value: Any) -> Any:
        if value_out is None:
            return dict(value)
        return {k: value_out(v) for k, v in value.items()}

    return Converter(
        name, structure, unstructure, check, hashable=False, kinds=value_converter.kinds
    )
