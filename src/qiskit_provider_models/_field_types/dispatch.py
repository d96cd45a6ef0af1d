"""How each supported field annotation is checked and converted.

A ``Converter`` knows, for one annotation, how ``from_dict`` turns a payload
value into a field value (``structure``), how ``to_dict`` turns it back
(``unstructure``), and how ``__init__`` checks a value that is already of the
field's type (``check``). Leaf types also give an inline test (``bad``) that
the generated code uses instead of a function call, because the three ``str``
fields of ``JobStatus`` are on every payload's hot path.

The rules, in short: no coercion (``"3"`` is not an ``int``, ``True`` is not an
``int``), except that an ``int`` is accepted where a ``float`` is declared, as
JSON does not tell them apart; the ``int`` is kept as it is.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, Union, cast

import typing_extensions

from .aliases import ALIAS_TYPES, alias_converter, is_alias
from .containers import dict_of, list_of, tuple_of
from .converter import Converter, Invalid, describe_value, identity, instances_of
from .datetimes import DATE, DATETIME
from .hints import resolve_hints
from .nested import MAX_DEPTH, model_converter
from .samples import COMPLEX_SAMPLES, FIELD_COMPLEX_SAMPLES, ComplexSamples
from .unions import union_of

__all__ = [
    "ALIAS_TYPES",
    "COMPLEX",
    "FIELD_COMPLEX",
    "MAX_DEPTH",
    "NEW_TYPES",
    "Converter",
    "Invalid",
    "converter_for",
    "describe_value",
    "resolve_hints",
    "widened",
]


def _leaf(
    name: str,
    fits: Callable[[Any], bool],
    bad: str,
    kinds: frozenset[type] = frozenset(),
    exact: tuple[type, ...] = (),
) -> Converter:
    def structure(value: Any) -> Any:
        if not fits(value):
            raise Invalid(f"expected {name}, got {describe_value(value)}")
        return value

    return Converter(name, structure, None, structure, bad, kinds=kinds, exact=exact)


# The inline tests try the exact types first: one or two identity tests are
# all that a well-formed payload pays (a float field's ints, as JSON writes
# 0 for 0.0, take the second). Builtins are reached by prefixed names, as a
# field may be called ``str`` or ``type`` (see _codegen).
_STR = _leaf(
    "str",
    lambda v: isinstance(v, str),
    "(_qpm_type({v}) is not _qpm_str and not _qpm_isinstance({v}, _qpm_str))",
    exact=(str,),
)
_INT = _leaf(
    "int",
    lambda v: isinstance(v, int) and not isinstance(v, bool),
    "(_qpm_type({v}) is not _qpm_int"
    " and (not _qpm_isinstance({v}, _qpm_int) or _qpm_isinstance({v}, _qpm_bool)))",
    frozenset({int}),
    exact=(int,),
)
_FLOAT = _leaf(
    "float",
    lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "(_qpm_type({v}) is not _qpm_float and _qpm_type({v}) is not _qpm_int"
    " and (not _qpm_isinstance({v}, (_qpm_int, _qpm_float)) or _qpm_isinstance({v}, _qpm_bool)))",
    frozenset({int, float}),
    exact=(float, int),
)
_BOOL = _leaf(
    "bool",
    lambda v: v is True or v is False,
    "({v} is not True and {v} is not False)",
    frozenset({bool}),
    exact=(bool,),
)
_NONE = _leaf("None", lambda v: v is None, "({v} is not None)")
# Any value: a list among them cannot be hashed, and == is not strict enough.
_ANY = Converter(
    "Any", identity, None, identity, bad="False", hashable=False, kinds=frozenset({object})
)


def _complex_structure(value: Any) -> complex:
    # JSON has no complex numbers: payloads send [re, im]. A complex itself
    # (Qiskit's decoders make them before from_dict) is the value already.
    if type(value) is complex:
        return value
    pair: list[Any] = value  # checked next
    if type(pair) is list and len(pair) == 2:
        re, im = pair
        if type(re) in (int, float) and type(im) in (int, float):
            return _complex(re, im, pair)
    raise Invalid(f"expected complex as a [re, im] list of numbers, got {describe_value(pair)}")


def _complex(re: Any, im: Any = 0, shown: Any = None) -> complex:
    """``complex(re, im)``, or ``Invalid`` for an int too large for a float
    (valid JSON: ``[1e400]`` is not, ``[10**400, 0]`` is); the error shows
    ``shown``, or ``re``."""
    try:
        return complex(re, im)
    except OverflowError:
        given = describe_value(re if shown is None else shown)
        raise Invalid(f"expected complex, got a number out of range: {given}") from None


def _complex_check(value: Any) -> complex:
    # As for type checkers (PEP 484), an int or a float is a complex too.
    if type(value) is complex:
        return value
    if type(value) in (float, int):
        return _complex(value)
    if isinstance(value, (complex, float, int)) and not isinstance(value, bool):
        return _complex(value)
    raise Invalid(f"expected complex, got {describe_value(value)}")


def _complex_unstructure(value: complex) -> list[float]:
    return [value.real, value.imag]


# Only a complex is taken for a complex in a container or a union (in
# ``complex | float`` an int or a float belongs to its own member) ...
COMPLEX = Converter(
    "complex",
    _complex_structure,
    _complex_unstructure,
    instances_of(complex),
    kinds=frozenset({complex}),
)
#: ... but a field of its own takes an int or a float too, as type checkers do.
FIELD_COMPLEX = COMPLEX._replace(check=_complex_check)


def widened(converter: Converter) -> Converter:
    """The converter of a field of its own: a ``complex`` field's
    constructor also takes an int or a float, a ``ComplexSamples`` field's a
    list of pairs or of complex numbers."""
    if converter is COMPLEX:
        return FIELD_COMPLEX
    if converter is COMPLEX_SAMPLES:
        return FIELD_COMPLEX_SAMPLES
    return converter


def _item(converter: Converter, widen: bool) -> Converter:
    """Where no union member competes (a container's items, ``X | None``),
    the constructor takes what a field of its own takes (``widened``); in a
    union with other members (``complex | float``, ``list[complex] |
    list[float]``, ``ComplexSamples | list[float]``) only the type itself,
    so that a number or a list goes to its own member."""
    return widened(converter) if widen else converter


_LEAVES: dict[Any, Converter] = {
    complex: COMPLEX,
    ComplexSamples: COMPLEX_SAMPLES,
    datetime.datetime: DATETIME,
    datetime.date: DATE,
    str: _STR,
    int: _INT,
    float: _FLOAT,
    bool: _BOOL,
    None: _NONE,
    type(None): _NONE,
    Any: _ANY,
    object: _ANY,
}
if typing_extensions.Any is not Any:  # a separate class in some versions
    _LEAVES[typing_extensions.Any] = _ANY

_UNION_TYPES: tuple[Any, ...] = (Union, types.UnionType)
_LITERALS = {Literal, typing_extensions.Literal}
_ANNOTATED = {typing.Annotated, typing_extensions.Annotated}


def converter_for(annotation: Any, model_meta: type, widen: bool = True) -> Converter:
    """The converter for a resolved annotation; ``TypeError`` if unsupported.

    ``model_meta`` is the metaclass whose instances are nested models;
    ``widen`` is false inside a union of several members (see ``_item``).
    """
    if annotation in _LEAVES:
        return _LEAVES[annotation]
    if isinstance(annotation, NEW_TYPES):  # NewType("JobId", str) is checked as str
        return converter_for(annotation.__supertype__, model_meta, widen)
    if is_alias(annotation):  # `type Qubits = list[int]`, `Pair[int]`, recursive ones
        return alias_converter(
            annotation, lambda value: converter_for(value, model_meta, widen), (model_meta, widen)
        )
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in _ANNOTATED:
        return converter_for(args[0], model_meta, widen)
    if origin in _UNION_TYPES:
        alone = widen and sum(arg not in (None, type(None)) for arg in args) == 1
        members = [_item(converter_for(arg, model_meta, alone), alone) for arg in args]
        return union_of(members, _NONE)
    if origin in _LITERALS:
        return _literal(args)
    if origin is list:
        return list_of(_item(converter_for(args[0], model_meta, widen), widen) if args else _ANY)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple_of(_item(converter_for(args[0], model_meta, widen), widen), None)
        items = [_item(converter_for(arg, model_meta, widen), widen) for arg in args]
        return tuple_of(None, items)
    if origin is dict:
        if args and args[0] is not str:
            raise TypeError(f"dict fields must have str keys, not {args[0]!r}")
        return dict_of(_item(converter_for(args[1], model_meta, widen), widen) if args else _ANY)
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return _enum(annotation)
        if isinstance(annotation, model_meta):
            return model_converter(cast("type[Any]", annotation))
        if annotation is list:
            return list_of(_ANY)
        if annotation is dict:
            return dict_of(_ANY)
    raise TypeError(f"unsupported field type {annotation!r}{_refusal_hint(annotation, origin)}")


#: The classes of ``NewType`` objects (also for ``strategies``).
NEW_TYPES: tuple[Any, ...] = (typing.NewType, typing_extensions.NewType)


def _refusal_hint(annotation: Any, origin: Any) -> str:
    """Why a type that users try is not a field type, and what to use."""
    kind = origin or annotation
    if kind in (set, frozenset):
        return ": JSON has no sets; use list[...] or tuple[..., ...]"
    if kind in (bytes, bytearray):
        return ": JSON has no bytes; use str"
    if kind in (Mapping, collections.abc.MutableMapping):
        return ": declare dict[str, ...], the container a field holds"
    if kind in (collections.abc.Sequence, collections.abc.MutableSequence):
        return ": declare list[...] or tuple[..., ...], the container a field holds"
    if isinstance(annotation, typing.TypeVar):
        return ": generic models are not supported; declare the concrete type"
    return ""


def _literal(values: tuple[Any, ...]) -> Converter:
    # Compare with the type: Literal[1] must not accept True, nor 1.0.
    allowed: dict[tuple[type, Any], Any] = {(type(v), v): v for v in values}
    # Literal[Colour.RED]: the field holds the member, the payload its value.
    read = dict(allowed)
    for v in values:
        if isinstance(v, enum.Enum):
            payload_value: Any = v.value
            kind: type = payload_value.__class__
            read.setdefault((kind, payload_value), v)
            if kind is float and payload_value.is_integer():  # JSON may send 1 for 1.0
                read.setdefault((int, int(payload_value)), v)
    name = "Literal[" + ", ".join(repr(v) for v in values) + "]"

    def lookup(table: dict[tuple[type, Any], Any], value: Any) -> Any:
        try:
            return table[(type(value), value)]
        except (KeyError, TypeError):  # not there, or unhashable
            raise Invalid(f"expected {name}, got {describe_value(value)}") from None

    def structure(value: Any) -> Any:
        return lookup(read, value)

    def check(value: Any) -> Any:
        return lookup(allowed, value)

    def unstructure(value: Any) -> Any:
        return value.value if isinstance(value, enum.Enum) else value

    members = any(isinstance(v, enum.Enum) for v in values)
    kinds = frozenset(kind for kind, _ in read if kind in (bool, int, float))
    return Converter(name, structure, unstructure if members else None, check, kinds=kinds)


def _enum(cls: type[enum.Enum]) -> Converter:
    def structure(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        try:
            member = cls(value)
        except Exception:  # ValueError, or whatever a _missing_ hook raises
            member = None
        # cls(True) finds the member whose value is 1: the types must agree,
        # but an int is a float's value, as for float fields (JSON has no 1.0).
        if member is None or (
            type(member.value) is not type(value)
            and not (type(member.value) is float and type(value) is int)
        ):
            raise Invalid(f"expected a value of {cls.__name__}, got {describe_value(value)}")
        return member

    def check(value: Any) -> Any:
        if not isinstance(value, cls):
            raise Invalid(f"expected {cls.__name__}, got {describe_value(value)}")
        return value

    def unstructure(value: Any) -> Any:
        return value.value

    tuples = any(type(member.value) is tuple for member in cls)
    if tuples:
        # JSON has no tuples: a tuple value is sent, and written, as a list.
        plain_structure = structure

        def structure(value: Any) -> Any:
            items: Any = tuple(value) if type(value) is list else value  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
            return plain_structure(items)

        def unstructure(value: Any) -> Any:
            payload: Any = value.value
            return list(payload) if type(payload) is tuple else payload  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]

    return Converter(cls.__name__, structure, unstructure, check)
