"""Tables of values read lately, so that equal values share one object.

Payloads repeat themselves: the 4,509 calibration values of a large IBM
backend have 264 distinct date texts, 457 names and 4 units. For a field
declared ``field(intern=True)`` (a ``str`` or ``datetime`` field), the
generated ``from_dict`` looks the value up here: a date text is parsed
once, and instances read from equal values share one ``datetime`` and one
text (less memory; all are immutable, so only ``is`` can tell). It is a
choice per field: for values that are all different (job ids, creation
dates) the tables would cost time and keep memory for nothing.

Each table keeps at most ``LIMIT`` entries, of at most ``LONGEST``
characters (a longer value is read, but not kept), and is emptied when
full, so what a long-running process keeps stays small whatever it reads:
about 0.5 MB at most, for all of them. The generated code reads a table
with its ``get`` (one C call when the value is there) and calls the
``remember_`` functions only for a value that is not.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from .datetimes import parse_datetime

__all__ = ["DATETIMES", "LIMIT", "LONGEST", "STRINGS", "remember_datetime", "remember_string"]

LIMIT = 1024
#: Names, units and ISO 8601 dates (at most 32 characters) fit.
LONGEST = 64

#: Text -> ``(datetime, text)``.
DATETIMES: dict[str, tuple[datetime, str]] = {}
#: Text -> the same text, the first copy read.
STRINGS: dict[str, str] = {}

#: Offset -> one ``timezone`` for it: each parse makes a new one, and the
#: dates of a payload share a few offsets.
_ZONES: dict[timezone, timezone] = {}


def remember_datetime(text: Any) -> tuple[datetime, str]:
    """Parse ``text``, and keep it in the table if it is a plain ``str`` (a
    subclass is parsed but kept out, so that the text kept is its own).
    ``TypeError`` if it is not text, ``Invalid`` if it is no date: the
    caller's slow path then says why."""
    if not isinstance(text, str):
        raise TypeError("not text")
    parsed = parse_datetime(text)
    zone = parsed.tzinfo
    if type(zone) is timezone:  # a fixed offset: equal zones are interchangeable
        shared = _ZONES.get(zone)
        if shared is None:
            if len(_ZONES) >= LIMIT:
                _ZONES.clear()
            _ZONES[zone] = zone
        elif shared is not zone:
            # The constructor, as replace() costs about three times as much.
            p = parsed
            parsed = datetime(
                p.year, p.month, p.day, p.hour, p.minute, p.second, p.microsecond, shared
            )
    entry = (parsed, text)
    if type(text) is str and len(text) <= LONGEST:
        if len(DATETIMES) >= LIMIT:
            DATETIMES.clear()
        DATETIMES[text] = entry
    return entry


def remember_string(text: str) -> str:
    """Put a ``str`` into the table (the caller tests that it is not a subclass)."""
    if len(text) <= LONGEST:
        if len(STRINGS) >= LIMIT:
            STRINGS.clear()
        STRINGS[text] = text
    return text
