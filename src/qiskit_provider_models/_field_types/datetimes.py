"""``datetime.datetime`` and ``datetime.date`` fields.

A datetime field reads ISO 8601 text and writes back the payload's own text,
so that ``to_dict(from_dict(d)) == d`` holds whatever form the date took
(``Z`` or ``+00:00``, three or six fraction digits). How the text is kept:

- A field of its own (``date: datetime`` or ``datetime | None``) keeps it in
  two hidden slots, ``_qpm_<name>_parsed`` (the value the text belongs to)
  and ``_qpm_<name>_text``; ``to_dict`` writes the text while the field still
  holds that very value. The generated ``from_dict`` reads such a field
  inline, with one ``datetime.fromisoformat`` call: the fast path, which
  real payloads take for every calibration value. A field declared
  ``field(intern=True)`` looks its text up in ``_shared.DATETIMES`` first,
  so that instances read from equal texts share one datetime and one text.
- Inside a container or a union the value is a ``datetime`` subclass that
  carries its text (slower to make; arithmetic on it gives values without a
  text, which are written with ``isoformat()``).

A ``date`` field takes only ``YYYY-MM-DD``, the one form ``isoformat()``
writes, so it keeps nothing.
"""

from __future__ import annotations

import re
import sys
import types
import typing
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any, TypeVar

import typing_extensions

from .._common.errors import ValidationError
from .._common.fields import field_value
from .converter import Converter, Invalid, describe_value

__all__ = [
    "DATE",
    "DATETIME",
    "carry_texts",
    "hidden_slots",
    "kept_text_fields",
    "parse_datetime",
    "parse_extended",
    "read_datetime",
    "text_of",
    "written",
]

#: What every Python from 3.10 on reads, whatever its ``fromisoformat`` takes:
#: 3.10's reads neither ``Z`` nor fractions of other than 3 or 6 digits.
#: Compiled on first use (most payloads' dates never need it, and compiling
#: was a tenth of the package's import time).
_EXTENDED_PATTERN = (
    r"(\d{4})-(\d\d)-(\d\d)"
    r"(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,6}))?)?"
    r"(?:(Z)|([+-])(\d\d):?(\d\d))?)?"
)


def parse_datetime(text: str) -> datetime:
    """A datetime from ISO 8601 text, its offset kept as given; ``Invalid`` if not one."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return parse_extended(text)


def parse_extended(text: str) -> datetime:
    """``YYYY-MM-DD[T| ]HH:MM[:SS[.f]][Z|±HH:MM|±HHMM]``, read the same on every Python."""
    match = re.fullmatch(_EXTENDED_PATTERN, text, re.ASCII | re.IGNORECASE)  # re caches it
    if match is None:
        raise Invalid(f"expected an ISO 8601 date and time, got {describe_value(text)}")
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    try:
        zone = None
        if zulu:
            zone = timezone.utc
        elif sign:
            offset = timedelta(hours=int(off_h), minutes=int(off_m))
            zone = timezone(-offset if sign == "-" else offset)
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0").ljust(6, "0")),
            zone,
        )
    except ValueError as error:  # a 13th month, an offset of a day or more, ...
        problem = f"expected an ISO 8601 date and time, got {describe_value(text)}: {error}"
        raise Invalid(problem) from None


class _TextDatetime(datetime):
    """A datetime that remembers the text it was read from (in containers and unions)."""

    __slots__ = ("payload_text",)
    payload_text: str

    def __repr__(self) -> str:
        return repr(_plain(self))

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # datetime's own would make one without the text.
        return (_with_text, (_plain(self), text_of(self)))


_D = TypeVar("_D", bound=datetime)


def _as(kind: type[_D], value: datetime) -> _D:
    """``value`` as an instance of ``kind`` (``datetime`` or ``_TextDatetime``)."""
    return kind(
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
        value.tzinfo,
        fold=value.fold,
    )


def _plain(value: datetime) -> datetime:
    return _as(datetime, value)


def _with_text(value: datetime, text: str) -> datetime:
    kept = _as(_TextDatetime, value)
    kept.payload_text = text
    return kept


def text_of(value: datetime) -> str:
    """The text ``to_dict`` writes for ``value``: the payload's own, if it came from one."""
    if type(value) is _TextDatetime:
        text: str | None = getattr(value, "payload_text", None)  # unset on arithmetic results
        if text is not None:
            return text
    return value.isoformat()


def written(value: Any, parsed: Any, text: Any) -> Any:
    """What ``to_dict`` writes for a field that keeps its text in hidden slots."""
    if value is parsed:
        return text  # None when nothing was parsed, and the value is None too
    return None if value is None else text_of(value)


def carry_texts(source: object, target: object) -> None:
    """Give ``target`` (a copy of ``source``) the texts of the values it shares."""
    names: tuple[str, ...] = getattr(type(source), "_qpm_kept_texts")  # noqa: B009 - set by _meta
    for name in names:
        parsed, text = hidden_slots(name)
        kept = getattr(source, text)
        # ABSENT for a field declared ``= ABSENT`` that the copy leaves unset.
        if kept is not None and field_value(target, name) is getattr(source, parsed):
            object.__setattr__(target, parsed, getattr(source, parsed))
            object.__setattr__(target, text, kept)


def read_datetime(
    cls: type, key: str, value: Any, structure: Callable[[Any], Any]
) -> tuple[Any, Any, Any]:
    """The generated from_dict's slow path for a field with hidden slots:
    ``(parsed, text, value)``, or the ``ValidationError`` at ``key``."""
    try:
        if type(value) is str:
            parsed = parse_extended(value)  # fromisoformat refused it already
            return parsed, value, parsed
        return None, None, structure(value)
    except Invalid as error:
        raise ValidationError(cls, (key, *error.path), error.problem) from None


def _structure_datetime(value: Any) -> datetime:
    if isinstance(value, str):
        return _with_text(parse_datetime(value), value)
    if isinstance(value, datetime):
        return value
    raise Invalid(f"expected datetime as ISO 8601 text, got {describe_value(value)}")


def _check_datetime(value: Any) -> datetime:
    if not isinstance(value, datetime):
        raise Invalid(f"expected datetime, got {describe_value(value)}")
    return value


#: ``==`` on datetimes compares instants (``Z`` equals ``+00:00``, and
#: 09:00-05:00 equals 14:00+00:00): the ``datetime`` kind makes equality
#: compare the texts ``to_dict`` writes instead.
DATETIME = Converter(
    "datetime", _structure_datetime, text_of, _check_datetime, kinds=frozenset({datetime})
)


def _structure_date(value: Any) -> date:
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = None
        if day is not None and day.isoformat() == value:
            return day
        raise Invalid(f"expected a date as YYYY-MM-DD text, got {describe_value(value)}")
    return _check_date(value)


def _check_date(value: Any) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise Invalid(f"expected date, got {describe_value(value)}")
    return value


def _date_out(value: date) -> str:
    return value.isoformat()


DATE = Converter("date", _structure_date, _date_out, _check_date)


# --- which fields keep their text in hidden slots ---


def hidden_slots(name: str) -> tuple[str, str]:
    """The slots of field ``name``: the parsed value and its payload text."""
    return (f"_qpm_{name}_parsed", f"_qpm_{name}_text")


_OPTIONAL = (typing.Union, types.UnionType)
_ANNOTATED = (typing.Annotated, typing_extensions.Annotated)


def _is_datetime(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin in _ANNOTATED:
        return _is_datetime(typing.get_args(annotation)[0])
    if origin in _OPTIONAL:
        args = typing.get_args(annotation)
        return len(args) == 2 and type(None) in args and any(a is datetime for a in args)
    return annotation is datetime


def kept_text_fields(
    annotations: dict[str, Any], module: str, localns: dict[str, Any] | None
) -> list[str]:
    """The fields of a class body declared ``datetime`` or ``datetime | None``.

    Slots are fixed when the class is made, before annotations that name
    later classes can be resolved: a string annotation is evaluated here if
    it can be, and a field found only later falls back to the slower
    container path, which is just as exact.
    """
    found: list[str] = []
    globalns = getattr(sys.modules.get(module), "__dict__", {})
    for name, annotation in annotations.items():
        if isinstance(annotation, str):
            try:
                annotation = eval(annotation, dict(globalns), dict(localns or {}))
            except Exception:
                continue
        if _is_datetime(annotation):
            found.append(name)
    return found
