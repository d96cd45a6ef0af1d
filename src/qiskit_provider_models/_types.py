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
import enum
import threading
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, NamedTuple, Union

import typing_extensions

from ._hints import resolve_hints

__all__ = ["Converter", "Invalid", "converter_for", "describe_value", "resolve_hints"]


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
        text = repr(value)
    except Exception:
        return name
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{name} ({text})"


def _identity(value: Any) -> Any:
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
    #: (``object`` for any value): ``==`` mixes those up, JSON does not.
    kinds: frozenset[type] = frozenset()

    @property
    def exact_eq(self) -> bool:
        """Whether ``==`` on two values of this type is as strict as their payloads."""
        return len(self.kinds) <= 1 and object not in self.kinds


def _leaf(
    name: str, fits: Callable[[Any], bool], bad: str, kinds: frozenset[type] = frozenset()
) -> Converter:
    def structure(value: Any) -> Any:
        if not fits(value):
            raise Invalid(f"expected {name}, got {describe_value(value)}")
        return value

    return Converter(name, structure, None, structure, bad, kinds=kinds)


# The inline tests try the exact type first: one identity test is all that a
# well-formed payload pays. Builtins are reached by prefixed names, as a field
# may be called ``str`` or ``type`` (see _codegen).
_STR = _leaf(
    "str",
    lambda v: isinstance(v, str),
    "(_qpm_type({v}) is not _qpm_str and not _qpm_isinstance({v}, _qpm_str))",
)
_INT = _leaf(
    "int",
    lambda v: isinstance(v, int) and not isinstance(v, bool),
    "(_qpm_type({v}) is not _qpm_int"
    " and (not _qpm_isinstance({v}, _qpm_int) or _qpm_isinstance({v}, _qpm_bool)))",
    frozenset({int}),
)
_FLOAT = _leaf(
    "float",
    lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "(_qpm_type({v}) is not _qpm_float"
    " and (not _qpm_isinstance({v}, (_qpm_int, _qpm_float)) or _qpm_isinstance({v}, _qpm_bool)))",
    frozenset({int, float}),
)
_BOOL = _leaf(
    "bool",
    lambda v: v is True or v is False,
    "({v} is not True and {v} is not False)",
    frozenset({bool}),
)
_NONE = _leaf("None", lambda v: v is None, "({v} is not None)")
# Any value: a list among them cannot be hashed, and == is not strict enough.
_ANY = Converter(
    "Any", _identity, None, _identity, bad="False", hashable=False, kinds=frozenset({object})
)

_LEAVES: dict[Any, Converter] = {
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


def converter_for(annotation: Any, model_meta: type) -> Converter:
    """The converter for a resolved annotation; ``TypeError`` if unsupported.

    ``model_meta`` is the metaclass whose instances are nested models.
    """
    if annotation in _LEAVES:
        return _LEAVES[annotation]
    if isinstance(annotation, _NEW_TYPES):  # NewType("JobId", str) is checked as str
        return converter_for(annotation.__supertype__, model_meta)
    if isinstance(annotation, _ALIAS_TYPES):  # `type Qubits = list[int]` (3.12+)
        return converter_for(annotation.__value__, model_meta)
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in _ANNOTATED:
        return converter_for(args[0], model_meta)
    if origin in _UNION_TYPES:
        return _union([converter_for(arg, model_meta) for arg in args])
    if origin in _LITERALS:
        return _literal(args)
    if origin is list:
        return _list(converter_for(args[0], model_meta) if args else _ANY)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _tuple(converter_for(args[0], model_meta), None)
        return _tuple(None, [converter_for(arg, model_meta) for arg in args])
    if origin is dict:
        if args and args[0] is not str:
            raise TypeError(f"dict fields must have str keys, not {args[0]!r}")
        return _dict(converter_for(args[1], model_meta) if args else _ANY)
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return _enum(annotation)
        if isinstance(annotation, model_meta):
            return _model(annotation)
        if annotation is list:
            return _list(_ANY)
        if annotation is dict:
            return _dict(_ANY)
    raise TypeError(f"unsupported field type {annotation!r}{_refusal_hint(annotation, origin)}")


_NEW_TYPES: tuple[Any, ...] = (typing.NewType, typing_extensions.NewType)
_ALIAS_TYPES: tuple[Any, ...] = tuple(
    kind
    for kind in (getattr(typing, "TypeAliasType", None), typing_extensions.TypeAliasType)
    if kind is not None
)


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


def _union(members: list[Converter]) -> Converter:
    name = " | ".join(m.name for m in members)
    if len(members) == 2 and _NONE in members:
        # X | None, the common case: one identity test before X's own.
        other = members[0] if members[1] is _NONE else members[1]
        other_structure, other_check, other_out = other.structure, other.check, other.unstructure

        def structure(value: Any) -> Any:
            return None if value is None else other_structure(value)

        def check(value: Any) -> Any:
            return None if value is None else other_check(value)

        unstructure = None
        if other_out is not None:

            def unstructure(value: Any) -> Any:
                return None if value is None else other_out(value)

        bad = None if other.bad is None else f"({{v}} is not None and {other.bad})"
        return Converter(name, structure, unstructure, check, bad, other.hashable, other.kinds)

    def first_fit(value: Any, attempt: Callable[[Converter], Callable[[Any], Any]]) -> Any:
        for member in members:
            try:
                return attempt(member)(value)
            except Invalid:
                continue
        raise Invalid(f"expected {name}, got {describe_value(value)}")

    def union_structure(value: Any) -> Any:
        return first_fit(value, lambda m: m.structure)

    def union_check(value: Any) -> Any:
        return first_fit(value, lambda m: m.check)

    outs = [m.unstructure for m in members]
    union_out = None
    if any(outs):
        checks = [m.check for m in members]

        def union_out(value: Any) -> Any:
            # The value fits the first member whose check accepts it.
            for check, out in zip(checks, outs, strict=True):
                try:
                    check(value)
                except Invalid:
                    continue
                return value if out is None else out(value)
            return value

    hashable = all(m.hashable for m in members)
    kinds = frozenset().union(*(m.kinds for m in members))
    return Converter(name, union_structure, union_out, union_check, None, hashable, kinds)


def _literal(values: tuple[Any, ...]) -> Converter:
    # Compare with the type: Literal[1] must not accept True, nor 1.0.
    allowed = {(type(v), v) for v in values}
    name = "Literal[" + ", ".join(repr(v) for v in values) + "]"

    def structure(value: Any) -> Any:
        try:
            fits = (type(value), value) in allowed
        except TypeError:  # unhashable
            fits = False
        if not fits:
            raise Invalid(f"expected {name}, got {describe_value(value)}")
        return value

    kinds = frozenset(type(v) for v in values if type(v) in (bool, int, float))
    return Converter(name, structure, None, structure, kinds=kinds)


def _enum(cls: type[enum.Enum]) -> Converter:
    def structure(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        try:
            member = cls(value)
        except (ValueError, TypeError):
            member = None
        # cls(True) finds the member whose value is 1: the types must agree.
        if member is None or type(member.value) is not type(value):
            raise Invalid(f"expected a value of {cls.__name__}, got {describe_value(value)}")
        return member

    def check(value: Any) -> Any:
        if not isinstance(value, cls):
            raise Invalid(f"expected {cls.__name__}, got {describe_value(value)}")
        return value

    def unstructure(value: Any) -> Any:
        return value.value

    return Converter(cls.__name__, structure, unstructure, check)


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


def _list(item: Converter) -> Converter:
    name = f"list[{item.name}]"
    item_structure, item_check, item_out = item.structure, item.check, item.unstructure

    def each(value: Any, convert: Callable[[Any], Any]) -> list[Any]:
        if not isinstance(value, list):
            raise Invalid(f"expected {name}, got {describe_value(value)}")
        try:
            return [convert(element) for element in value]
        except Invalid:
            raise _at_index(value, convert) from None

    def structure(value: Any) -> Any:
        return each(value, item_structure)

    def check(value: Any) -> Any:
        return each(value, item_check)

    def unstructure(value: Any) -> Any:
        return list(value) if item_out is None else [item_out(e) for e in value]

    return Converter(name, structure, unstructure, check, hashable=False, kinds=item.kinds)


def _tuple(item: Converter | None, items: list[Converter] | None) -> Converter:
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
        kinds = frozenset().union(*(i.kinds for i in items))

    def converters(length: int) -> list[Converter]:
        return [item] * length if item is not None else items  # type: ignore[return-value]

    def each(value: Any, kind: type, pick: Callable[[Converter], Callable[[Any], Any]]) -> Any:
        if not isinstance(value, kind):
            raise Invalid(f"expected {name} as a {kind.__name__}, got {describe_value(value)}")
        elements: list[Any] = list(value)  # type: ignore[call-overload]
        if items is not None and len(elements) != len(items):
            raise Invalid(f"expected {name}, got {len(elements)} items")
        result = []
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


def _dict(value_converter: Converter) -> Converter:
    name = f"dict[str, {value_converter.name}]"
    value_structure, value_check, value_out = (
        value_converter.structure,
        value_converter.check,
        value_converter.unstructure,
    )

    def each(value: Any, convert: Callable[[Any], Any]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(f"expected {name}, got {describe_value(value)}")
        result = {}
        for key, element in value.items():
            if not isinstance(key, str):
                raise Invalid(f"keys must be str, got {describe_value(key)}", (key,))
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


#: How deep models may nest in one payload (a model inside a model is depth 2).
#: Deeper payloads are rejected, well before Python's recursion limit.
MAX_DEPTH = 100
_nesting = threading.local()


def _models_in(annotation: Any) -> list[type]:
    """The model classes an annotation names, inside unions and containers too."""
    if isinstance(annotation, type) and hasattr(annotation, "_qpm_field_names"):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


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
        for name in current._qpm_field_names:  # type: ignore[attr-defined]
            for found in _models_in(hints.get(name)):
                if found is model or issubclass(found, model):
                    return True
                if found not in seen:
                    seen.add(found)
                    pending.append(found)
    return False


def _model(cls: type) -> Converter:
    from ._errors import ValidationError

    def structure(value: Any) -> Any:
        # type() first: the ABC check of isinstance(value, Mapping) is slow.
        if type(value) is not dict and not isinstance(value, Mapping):
            raise Invalid(f"expected a mapping for {cls.__name__}, got {describe_value(value)}")
        try:
            return cls._qpm_from_dict(value)  # type: ignore[attr-defined]
        except ValidationError as error:
            raise Invalid(error.problem, error.path) from None

    def counted_structure(value: Any) -> Any:
        depth = getattr(_nesting, "depth", 1)
        if depth >= MAX_DEPTH:
            raise Invalid(f"models nested more than {MAX_DEPTH} deep")
        _nesting.depth = depth + 1
        try:
            return structure(value)
        finally:
            _nesting.depth = depth

    def check(value: Any) -> Any:
        if not isinstance(value, cls):
            raise Invalid(f"expected {cls.__name__}, got {describe_value(value)}")
        return value

    def unstructure(value: Any) -> Any:
        return value.to_dict()

    frozen = bool(getattr(cls, "_qpm_frozen", False))
    chosen = counted_structure if _reaches_itself(cls) else structure
    return Converter(cls.__name__, chosen, unstructure, check, hashable=frozen)
