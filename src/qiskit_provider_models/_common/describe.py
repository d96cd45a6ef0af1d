"""How a value is quoted in an error message: short, whatever its size."""

from __future__ import annotations

from typing import Any

__all__ = ["describe_value", "repr_prefix"]


def describe_value(value: object) -> str:
    """``int (3)`` style text for error messages, kept short."""
    name = type(value).__name__
    try:
        text = repr_prefix(value, 41)
    except Exception:
        return name
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{name} ({text})"


def repr_prefix(value: object, limit: int) -> str:
    """``repr(value)``, or a text of at least ``limit`` characters that it
    begins with. A payload's lists and dicts are written only as far as the
    limit: a whole repr of each refused payload, at every level of a nested
    union, cost time in the payload's size times its depth, and a tree that
    shares a dict at every level has a repr exponentially long. (One way it
    differs: a list that holds itself through another type's repr, a list
    subclass say, shows one level more before its ``[...]``.)"""
    parts: list[str] = []
    _write(value, parts, [limit], set())
    return "".join(parts)


_BRACKETS: dict[type, str] = {list: "[]", tuple: "()", dict: "{}"}


def _write(value: object, parts: list[str], left: list[int], active: set[int]) -> None:
    # ``left[0]``: how many characters are still wanted; ``active``: the
    # containers being written, which repr shows as [...] inside themselves.
    kind = type(value)
    brackets = _BRACKETS.get(kind)
    if brackets is None:
        if left[0] > 0:
            if isinstance(value, str) and kind is str and len(value) > left[0]:
                head = value[: left[0]]
                # The quotes further on decide which quote repr puts around it.
                value = head + "".join(q for q in "'\"" if q in value and q not in head)
            _put(repr(value), parts, left)
        return
    items: Any = value
    if id(items) in active:
        _put(f"{brackets[0]}...{brackets[1]}", parts, left)
        return
    active.add(id(items))
    _put(brackets[0], parts, left)
    for number, item in enumerate(items.items() if kind is dict else items):
        if left[0] <= 0:
            break
        if number:
            _put(", ", parts, left)
        if kind is dict:
            _write(item[0], parts, left, active)
            _put(": ", parts, left)
            item = item[1]
        _write(item, parts, left, active)
    if kind is tuple and len(items) == 1:
        _put(",", parts, left)
    _put(brackets[1], parts, left)
    active.discard(id(items))


def _put(text: str, parts: list[str], left: list[int]) -> None:
    if left[0] > 0:
        parts.append(text)
        left[0] -= len(text)
