"""Type aliases as field types.

``type Qubits = list[int]`` (3.12+) and ``TypeAliasType`` (typing_extensions)
read as the type they stand for, including:

- a value given as text, ``TypeAliasType("IntList", "list[int]")``,
  evaluated in the alias's module (where the alias itself is found too);
- a generic alias given its arguments, ``Pair[int]`` for
  ``type Pair[T] = tuple[T, T]``;
- a recursive alias, ``type JSON = dict[str, JSON] | list[JSON] | str | ...``:
  while its converter is made, the alias meets itself inside a container,
  and is read there through a forwarder that calls the finished converter.

An alias that stands for itself with no container in between
(``type A = A | int``) could never end, and is refused with a ``TypeError``.
"""

from __future__ import annotations

import datetime
import sys
import threading
import types
import typing
from collections.abc import Callable
from typing import Any, Union

import typing_extensions

from .converter import MAX_DEPTH, Converter, Invalid

__all__ = ["ALIAS_TYPES", "alias_converter", "alias_value", "is_alias"]

#: The classes of ``type`` aliases: typing's (3.12+) and typing_extensions'.
ALIAS_TYPES: tuple[Any, ...] = tuple(
    {
        kind
        for kind in (getattr(typing, "TypeAliasType", None), typing_extensions.TypeAliasType)
        if kind is not None
    }
)

_ANNOTATED = (typing.Annotated, typing_extensions.Annotated)
_UNIONS = (Union, types.UnionType)


def is_alias(annotation: Any) -> bool:
    """Whether ``annotation`` is an alias, or a generic alias given arguments."""
    return isinstance(annotation, ALIAS_TYPES) or isinstance(
        typing.get_origin(annotation), ALIAS_TYPES
    )


def alias_value(annotation: Any) -> Any:
    """The type an alias stands for, its arguments put in (``is_alias`` first).

    >>> import typing_extensions
    >>> IntList = typing_extensions.TypeAliasType("IntList", "list[int]")
    >>> alias_value(IntList)
    list[int]
    """
    origin = typing.get_origin(annotation)
    if isinstance(origin, ALIAS_TYPES):
        return _given(origin, typing.get_args(annotation))
    if annotation.__type_params__:
        names = ", ".join(p.__name__ for p in annotation.__type_params__)
        raise TypeError(
            f"the generic type alias {annotation.__name__} needs its arguments "
            f"({annotation.__name__}[...] for {names})"
        )
    return _evaluated(annotation)


def _evaluated(alias: Any) -> Any:
    value = alias.__value__
    if not isinstance(value, str):
        return value
    module = sys.modules.get(alias.__module__)
    globalns = dict(vars(module)) if module is not None else {}
    try:
        return eval(value, globalns, {alias.__name__: alias})  # as get_type_hints does
    except NameError:
        raise  # a name defined later: the class is built again on first use
    except Exception as error:
        raise TypeError(
            f"the type alias {alias.__name__} stands for {value!r}, which is not a type "
            f"({type(error).__name__}: {error})"
        ) from None


def _given(alias: Any, args: tuple[Any, ...]) -> Any:
    """``alias[args]``: its value with each type parameter replaced."""
    params = alias.__type_params__
    if not all(isinstance(p, typing.TypeVar) for p in params):
        raise TypeError(
            f"the type alias {alias.__name__} has a parameter that is not a TypeVar "
            "(a ParamSpec or TypeVarTuple): declare the concrete type"
        )
    if len(params) != len(args):
        raise TypeError(
            f"the type alias {alias.__name__} takes {len(params)} argument(s), got {len(args)}"
        )
    given = dict(zip(params, args, strict=True))
    value = _evaluated(alias)
    if isinstance(value, typing.TypeVar):  # type Same[T] = T
        return given.get(value, value)
    used = getattr(value, "__parameters__", ())
    # In the value's own order of parameters: `type Swap[A, B] = tuple[B, A]`.
    return value[tuple(given[p] for p in used)] if used else value


def _unguarded(value: Any, alias: Any, seen: set[int]) -> bool:
    """Whether ``value`` reaches ``alias`` through unions, ``Annotated`` and
    other aliases only, with no container or model in between."""
    if value is alias or (is_alias(value) and value == alias):
        return True
    if is_alias(value):
        if id(value) in seen:
            return False
        seen.add(id(value))
        try:
            return _unguarded(alias_value(value), alias, seen)
        except (NameError, TypeError):
            return False
    origin = typing.get_origin(value)
    if origin in _ANNOTATED:
        return _unguarded(typing.get_args(value)[0], alias, seen)
    if origin in _UNIONS:
        return any(_unguarded(arg, alias, seen) for arg in typing.get_args(value))
    return False


class _Pending:
    """An alias whose converter is being made, and the forwarder its
    recursive uses share (made on the first of them)."""

    __slots__ = ("forwarder", "made")

    def __init__(self) -> None:
        self.made: list[Converter] = []  # the converter, once made
        self.forwarder: Converter | None = None


class _Making(threading.local):
    def __init__(self) -> None:
        #: The aliases this thread is making converters for.
        self.pending: dict[Any, _Pending] = {}


_making = _Making()


class _Reading(threading.local):
    def __init__(self) -> None:
        #: How many forwarders this thread's read is inside.
        self.depth = 0
        #: (forwarder, step, id(value), depth) -> the value and its refusal,
        #: for the read under way: a union tries its members again to say
        #: why each refused, and without this each level of a deep value
        #: would do it again for the levels below, exponentially.
        self.refused: dict[tuple[int, int, int, int], tuple[Any, str, tuple[Any, ...]]] = {}


_reading = _Reading()


def _forwarder(name: str, made: list[Converter]) -> Converter:
    """Reads and writes through ``made[0]``, set once the alias is made.
    What the values hold is not known while they are made: any kind, the
    datetimes included, and not hashed (so ``hash`` stays consistent).
    A payload (or a constructor's value) may nest ``MAX_DEPTH`` deep, as
    models may: deeper is refused where it goes too deep, not by Python's
    recursion limit."""

    def through(value: Any, step: int) -> Any:
        depth = _reading.depth
        if depth == 0:
            _reading.refused = {}
        key = (id(made), step, id(value), depth)
        refused = _reading.refused.get(key)
        if refused is not None and refused[0] is value:
            raise Invalid(refused[1], refused[2])
        if depth + 1 >= MAX_DEPTH:  # the field's own value is the first level
            raise Invalid(f"{name} nested more than {MAX_DEPTH} deep")
        _reading.depth = depth + 1
        try:
            return (made[0].check if step else made[0].structure)(value)
        except Invalid as error:
            _reading.refused[key] = (value, error.problem, error.path)
            raise
        finally:
            _reading.depth = depth
            if depth == 0:  # the read is over: keep none of its values alive
                _reading.refused = {}

    def structure(value: Any) -> Any:
        return through(value, 0)

    def check(value: Any) -> Any:
        return through(value, 1)

    def unstructure(value: Any) -> Any:
        out = made[0].unstructure
        return value if out is None else out(value)

    kinds = frozenset({object, datetime.datetime})
    return Converter(name, structure, unstructure, check, hashable=False, kinds=kinds)


def alias_converter(annotation: Any, make: Callable[[Any], Converter], how: Any) -> Converter:
    """The converter of an alias: ``make`` (the field types' ``converter_for``,
    which ``how`` describes) applied to the type it stands for."""
    pending = _making.pending
    key = (annotation, how)
    if key in pending:  # recursive: the alias is inside its own value
        entry = pending[key]
        if entry.forwarder is None:
            entry.forwarder = _forwarder(_name(annotation), entry.made)
        return entry.forwarder
    value = alias_value(annotation)
    if _unguarded(value, annotation, set()):
        raise TypeError(
            f"the type alias {_name(annotation)} stands for itself with no container "
            "in between, so no value could end it; put the recursion inside a "
            "list, tuple or dict"
        )
    entry = pending[key] = _Pending()
    try:
        converter = make(value)
    finally:
        del pending[key]
    entry.made.append(converter)
    return converter


def _name(annotation: Any) -> str:
    return str(getattr(annotation, "__name__", None) or annotation)
