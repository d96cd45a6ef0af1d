"""The converter of a field whose type is another model, and the nesting limit."""

from __future__ import annotations

import functools
import threading
import typing
from collections.abc import Callable, Mapping
from typing import Any, Protocol, cast

from .aliases import alias_value, is_alias
from .converter import MAX_DEPTH, Converter, Invalid, ListMethods, describe_value
from .hints import resolve_hints

__all__ = ["MAX_DEPTH", "model_converter", "user_defines"]


class _Nesting(Protocol):
    """What ``_nesting`` holds for the current thread, while a payload is read."""

    #: How deep the payload being read is nested (unset, read as 1, at the top).
    depth: int
    #: ``(model class, id(payload), depth)`` -> the payload (kept alive, so that
    #: its id is not reused during the read) and its ``Invalid``'s problem and path.
    refused: dict[tuple[type, int, int], tuple[Any, str, tuple[Any, ...]]]


_nesting = cast(_Nesting, threading.local())


def _models_in(annotation: Any, aliases: frozenset[Any] = frozenset()) -> list[type]:
    """The model classes an annotation names, inside unions, containers and
    aliases too (``aliases``: those on the way, so a recursive one ends)."""
    if isinstance(annotation, type) and hasattr(annotation, "_qpm_field_names"):
        return [annotation]
    if is_alias(annotation) and annotation not in aliases:
        try:
            value = alias_value(annotation)
        except (NameError, TypeError):  # reported when the class is built
            return []
        return _models_in(value, aliases | {annotation})
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg, aliases)]


def _reaches_itself(model: type) -> bool:
    """Whether a payload of ``model`` can hold another ``model``, at any depth.

    Only such recursive models pay for the depth count: the depth of any
    other payload is bounded by its classes. An annotation that cannot be
    resolved yet counts as recursive, to be safe.
    """
    seen: set[type] = set()
    pending = [model]
    while pending:
        current = pending.pop()
        try:
            hints = resolve_hints(current)
        except NameError:
            return True
        names = cast("tuple[str, ...]", current._qpm_field_names)  # type: ignore[attr-defined]
        for name in names:
            for found in _models_in(hints.get(name)):
                if found is model or issubclass(found, model):
                    return True
                if found not in seen:
                    seen.add(found)
                    pending.append(found)
    return False


def not_a_mapping(cls: type, value: Any) -> str:
    return f"expected a mapping for {cls.__name__}, got {describe_value(value)}"


def item_failed(cls: type, item: Any, index: int, error: Any) -> Invalid:
    """The ``Invalid`` of item ``index`` of a list of ``cls`` payloads, which
    raised the ``ValidationError`` ``error``."""
    if type(item) is not dict and not isinstance(item, Mapping):
        return Invalid(not_a_mapping(cls, item), (index,))
    return Invalid(error.problem, (index, *error.path))


def user_defines(cls: type, name: str) -> bool:
    """Whether the class or one of its model bases defines ``name`` itself."""
    return any(name in base.__dict__.get("_qpm_user_defined", ()) for base in cls.__mro__)


def model_converter(cls: type) -> Converter:
    from .._common.errors import ValidationError

    # The class's from_dict reads nested payloads, as its to_dict writes
    # them: the user's (one that renames keys, say), or the generated one,
    # looked up at each read, so that one set on the class later (a class
    # decorator, mock.patch.object) is used too, and round trips hold.
    user = user_defines(cls, "from_dict")
    method = "from_dict"

    def structure(value: Any) -> Any:
        # type() first: the ABC check of isinstance(value, Mapping) is slow.
        if type(value) is not dict and not isinstance(value, Mapping):
            raise Invalid(not_a_mapping(cls, value))
        try:
            return getattr(cls, method)(value)
        except ValidationError as error:
            raise Invalid(error.problem, error.path) from None

    def counted_structure(value: Any) -> Any:
        depth = getattr(_nesting, "depth", 1)
        if depth >= MAX_DEPTH:
            raise Invalid(f"models nested more than {MAX_DEPTH} deep")
        if depth == 1:
            _nesting.refused = {}
        # A union of recursive models tries each member on the same nested
        # payload: without remembering which payloads a class refused, a
        # hostile payload would cost 2 ** depth tries. The entry keeps the
        # payload itself: a Mapping may hand out a new nested object at each
        # read, and once one is freed its id may be another payload's. The
        # depth is part of the key: a payload refused only because it went
        # past MAX_DEPTH may fit where it is shared nearer the top.
        key = (cls, id(value), depth)
        refused = _nesting.refused.get(key)
        if refused is not None and refused[0] is value:
            raise Invalid(refused[1], refused[2])
        _nesting.depth = depth + 1
        try:
            return structure(value)
        except Invalid as error:
            _nesting.refused[key] = (value, error.problem, error.path)
            raise
        finally:
            _nesting.depth = depth
            if depth == 1:
                _nesting.refused = {}

    def check(value: Any) -> Any:
        if not isinstance(value, cls):
            raise Invalid(f"expected {cls.__name__}, got {describe_value(value)}")
        return value

    def unstructure(value: Any) -> Any:
        return value.to_dict()

    def list_methods() -> ListMethods | None:
        # The class's own loops, compiled with its from_dict and to_dict (see
        # _codegen); a class not built yet (a forward reference) has none.
        make = cls.__dict__.get("_qpm_list_methods")
        return None if make is None else cast("ListMethods", make())

    def many(slow: Callable[[Any], Any], make: Callable[[list[Any]], Any]) -> Callable[[Any], Any]:
        found = list_methods()
        if found is not None:
            return functools.partial(found.read, slow, make)

        def read_all(value: Any) -> Any:
            if type(value) is not list:
                return slow(value)
            items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
            read = getattr(cls, method)
            result: list[Any] = []
            append = result.append
            item: Any = None
            try:
                for item in items:
                    append(read(item))
            except ValidationError as error:
                # ``item`` is the one that failed (the list may have changed since).
                raise item_failed(cls, item, len(result), error) from None
            return make(result)  # exact size: a list built by appending has room to spare

        return read_all

    frozen = bool(getattr(cls, "_qpm_frozen", False))
    recursive = _reaches_itself(cls)
    chosen = counted_structure if recursive else structure
    # Recursive models count their depth, and a user's from_dict may not
    # check its payload's type: both keep the call per item.
    fast = None if recursive or user else many

    def write_many() -> Callable[[Any], list[Any]] | None:
        found = list_methods()
        return None if found is None else found.write

    return Converter(
        cls.__name__,
        chosen,
        unstructure,
        check,
        hashable=frozen,
        model=cls,
        many=fast,
        write_many=write_many,
    )
