"""Converters for unions: ``X | None``, first-fit unions, and tagged unions.

A union of models that each declare the same payload key as a ``Literal``
(``kind: Literal["circuit"]``, ``kind: Literal["pulse"]``) is *tagged*: the
key's value picks the member at once, instead of each member being tried in
turn, and a value that names no member is an error about that key. Any
other union tries its members in order and takes the first that accepts
the value; when none does, the error says why each refused.
"""

from __future__ import annotations

import dataclasses
import enum
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal

import typing_extensions

from .._common.errors import format_path
from .._common.fields import payload_key
from .aliases import alias_value, is_alias
from .converter import Converter, Invalid, describe_value
from .hints import resolve_hints

__all__ = ["union_of"]

_LITERALS = {Literal, typing_extensions.Literal}
_MISSING = object()
#: How much of each member's reason an untagged union's error quotes: nested
#: unions quote their members in turn, so the message must stay bounded.
_REASON_LENGTH = 160


def union_of(members: list[Converter], none: Converter) -> Converter:
    """The converter of ``members[0] | members[1] | ...``; ``none`` is None's."""
    name = " | ".join(m.name for m in members)
    if len(members) == 2 and none in members:
        return _optional(name, members[0] if members[1] is none else members[1])
    tagged = _tag_of(members)
    structure = _first_fit(name, members) if tagged is None else _dispatch(name, members, tagged)
    check = _first_fit(name, members, checking=True)
    bad = None
    if all(m.bad is not None and m.unstructure is None for m in members):
        # Plain types (``float | str``, an instruction's phase): a value that
        # fits is kept as it is, so one inline test of them all does, as for
        # a leaf, instead of a call that tries each in turn.
        bad = " and ".join(typing.cast("str", m.bad) for m in members)
    return Converter(
        name,
        structure,
        _union_out(members, none),
        check,
        bad,
        all(m.hashable for m in members),
        frozenset(kind for m in members for kind in m.kinds),
    )


def _optional(name: str, other: Converter) -> Converter:
    """``X | None``, the common case: one identity test before X's own."""
    other_structure, other_check, other_out = other.structure, other.check, other.unstructure

    def structure(value: Any) -> Any:
        return None if value is None else other_structure(value)

    def check(value: Any) -> Any:
        return None if value is None else other_check(value)

    optional_out: Callable[[Any], Any] | None = None
    if other_out is not None:

        def unstructure(value: Any) -> Any:
            return None if value is None else other_out(value)

        optional_out = unstructure

    bad = None if other.bad is None else f"({{v}} is not None and {other.bad})"
    # A list written inline stays inline; the value is read once (``{v}`` is
    # an attribute, which a descriptor could answer differently each time).
    out_expr = None
    if other.out_expr is not None:
        name = f"_qpm_o{other.out_expr.count('(None if ')}"  # one per level of nesting
        inner = other.out_expr.format(v=name).replace("{", "{{").replace("}", "}}")
        out_expr = f"(None if ({name} := {{v}}) is None else {inner})"
    return Converter(
        name,
        structure,
        optional_out,
        check,
        bad,
        other.hashable,
        other.kinds,
        inner=other,
        out_expr=out_expr,
    )


def _first_fit(name: str, members: list[Converter], checking: bool = False) -> Callable[[Any], Any]:
    attempts = [m.check if checking else m.structure for m in members]

    def first_fit(value: Any) -> Any:
        for attempt in attempts:
            try:
                return attempt(value)
            except Invalid:
                continue
        refusals = _refusals(members, value, checking)
        inside = [error for _, error in refusals if error.path]
        if len(inside) == 1:
            # Only one member took the value's shape (a dict, a list) and
            # refused something inside it: that is the error to show, with
            # its path (a JSON alias refusing a value deep in a document).
            raise Invalid(inside[0].problem, inside[0].path)
        raise Invalid(f"expected {name}, got {describe_value(value)}{_reasons(refusals)}")

    return first_fit


def _refusals(members: list[Converter], value: Any, checking: bool) -> list[tuple[str, Invalid]]:
    """Each member's refusal of ``value``: run again, only after a failure."""
    refusals: list[tuple[str, Invalid]] = []
    for member in members:
        try:
            (member.check if checking else member.structure)(value)
        except Invalid as error:
            refusals.append((member.name, error))
    return refusals


def _reasons(refusals: list[tuple[str, Invalid]]) -> str:
    """Why each member refused, briefly."""
    reasons: list[str] = []
    for member, error in refusals:
        reason = error.problem
        if error.path:
            reason = f"{format_path(error.path).lstrip('.')}: {reason}"
        if len(reason) > _REASON_LENGTH:
            reason = reason[: _REASON_LENGTH - 3] + "..."
        reasons.append(f"{member} refused it ({reason})")
    return "; " + "; ".join(reasons) if reasons else ""


def _tag_of(members: list[Converter]) -> tuple[str, dict[tuple[type, Any], Converter]] | None:
    """The payload key whose ``Literal`` values tell the model members apart,
    with the member of each value; ``None`` if the union is not tagged."""
    models = [m for m in members if m.model is not None]
    if len(models) < 2 or len(models) != len([m for m in members if m.name != "None"]):
        return None
    literals: list[dict[str, tuple[Any, ...]]] = []
    for member in models:
        try:
            hints = resolve_hints(member.model)  # type: ignore[arg-type]
        except NameError:  # a member not defined yet: try each in turn
            return None
        fields = dataclasses.fields(member.model)  # type: ignore[arg-type]
        literals.append(
            {
                payload_key(f): typing.get_args(_plain(hints[f.name]))
                for f in fields
                if typing.get_origin(_plain(hints[f.name])) in _LITERALS
            }
        )
    shared: set[str] = set(literals[0]).intersection(*literals[1:])
    for key in sorted(shared):
        table: dict[tuple[type, Any], Converter] = {}
        attempts = 0
        for member, found in zip(models, literals, strict=True):
            for value in found[key]:
                # Literal[Kind.A]: the payload holds the member's value.
                forms = [value, value.value] if isinstance(value, enum.Enum) else [value]
                for form in forms:
                    table.setdefault(_typed(form), member)
                    attempts += 1
        if len(table) == attempts:  # no value twice
            return key, table
    return None


def _dispatch(
    name: str, members: list[Converter], tagged: tuple[str, dict[tuple[type, Any], Converter]]
) -> Callable[[Any], Any]:
    key, table = tagged
    allowed = ", ".join(repr(value) for _, value in table if not isinstance(value, enum.Enum))
    fallback = _first_fit(name, members)

    def dispatch(value: Any) -> Any:
        if not _is_mapping(value):
            return fallback(value)  # None, or an error naming every member
        tag: Any = value.get(key, _MISSING)
        if tag is _MISSING:  # a member whose tag has a default may accept it
            return fallback(value)
        try:
            member = table.get(_typed(tag))
        except TypeError:  # an unhashable tag
            member = None
        if member is None:
            raise Invalid(
                f"{key!r} must be one of {allowed} to choose among {name}, "
                f"got {describe_value(tag)}",
                (key,),
            )
        return member.structure(value)

    return dispatch


def _plain(annotation: Any) -> Any:
    """``Annotated[T, ...]``, ``NewType`` and ``type`` aliases read as ``T``."""
    while True:
        if typing.get_origin(annotation) in (typing.Annotated, typing_extensions.Annotated):
            annotation = typing.get_args(annotation)[0]
        elif hasattr(annotation, "__supertype__"):
            annotation = annotation.__supertype__
        elif is_alias(annotation):
            annotation = alias_value(annotation)
        else:
            return annotation


def _typed(value: Any) -> tuple[type, Any]:
    # Literal[1] is not True, nor 1.0: the type is part of the tag.
    kind: type = value.__class__
    return (kind, value)


def _is_mapping(value: object) -> bool:
    # type() first: the ABC check of isinstance(value, Mapping) is slow.
    return type(value) is dict or isinstance(value, Mapping)


def _made_by(member: Converter, none: Converter) -> tuple[type, ...] | None:
    """The types of the values ``member`` makes, or None where it may make
    any (``Any``, an alias, an enum, a nested union)."""
    if member.holds is not None:
        return (member.holds,)
    if member.exact:
        return member.exact
    if member.model is not None:
        return (member.model,)
    if member is none:
        return (type(None),)
    return None


def _union_out(members: list[Converter], none: Converter) -> Callable[[Any], Any] | None:
    outs = [m.unstructure for m in members]
    if not any(outs):
        return None
    checks = [m.check for m in members]
    # A type that only one member makes (a list in ``list[int] | int``) is
    # written by that member at once: checking a long list against each
    # member in turn cost a call per item. Only where every member's types
    # are known: in ``list[Model] | Any``, ``Any`` may hold a list too.
    makers: dict[type, list[Callable[[Any], Any] | None]] = {}
    made = [_made_by(member, none) for member in members]
    if all(kinds is not None for kinds in made):
        for kinds, out in zip(made, outs, strict=True):
            for kind in kinds or ():
                makers.setdefault(kind, []).append(out)
    direct = {kind: found[0] for kind, found in makers.items() if len(found) == 1}

    def union_out(value: Any) -> Any:
        kind: type = type(value)  # pyright: ignore[reportUnknownVariableType]
        writer: Any = direct.get(kind, _MISSING)
        if writer is not _MISSING:
            return value if writer is None else writer(value)
        # The value fits the first member whose check accepts it.
        for check, out in zip(checks, outs, strict=True):
            try:
                check(value)
            except Invalid:
                continue
            return value if out is None else out(value)
        return value

    return union_out
