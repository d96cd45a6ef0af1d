"""Where a field declared ``= ABSENT`` keeps its value.

Its key may be absent from payloads, and then the attribute must read as
unset (``AttributeError``, so ``hasattr`` and ``getattr(x, name, None)``
tell). An unset slot does that, but ``to_dict`` could only find one by
catching the ``AttributeError``, about 0.45 us each: a pulse instruction
has fifteen such keys and sets two to four of them. So the value lives in a
hidden slot that holds ``ABSENT`` while the key is absent, which the
generated methods test with ``is``, and the attribute is an ``AbsentSlot``
in front of it that raises on ``ABSENT``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .._common.fields import ABSENT

__all__ = ["AbsentSlot", "absent_fields", "hidden_slot", "storage", "unset_error"]


def hidden_slot(name: str) -> str:
    """The slot that holds field ``name``'s value (``ABSENT`` when unset)."""
    return f"_qpm_{name}_value"


def unset_error(instance: object, name: str, key: str) -> AttributeError:
    """The error for field ``name`` of ``instance`` while it is unset."""
    return AttributeError(
        f"{type(instance).__name__!r} object has no attribute {name!r} "
        f"(the payload has no {key!r} key, or it was deleted)",
        name=name,
        obj=instance,
    )


class AbsentSlot:
    """The attribute of a field declared ``= ABSENT``: reads its hidden slot,
    raising ``AttributeError`` (naming the payload key) while it holds
    ``ABSENT``; assigning ``ABSENT`` or ``del`` unsets it."""

    __slots__ = ("_get", "_set", "key", "name", "slot")

    def __init__(self, name: str, key: str, member: Any) -> None:
        self.name = name
        self.key = key
        self.slot: str = member.__name__
        self._get = member.__get__
        self._set = member.__set__

    def _unset(self, instance: object) -> AttributeError:
        return unset_error(instance, self.name, self.key)

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self._get(instance)  # unset only if __init__ never ran: it raises
        if value is ABSENT:
            raise self._unset(instance)
        return value

    def __set__(self, instance: object, value: Any) -> None:
        self._set(instance, value)

    def __delete__(self, instance: object) -> None:
        if self._get(instance) is ABSENT:
            raise self._unset(instance)
        self._set(instance, ABSENT)


def storage(cls: type, name: str) -> str:
    """The attribute the generated methods read and write for field ``name``:
    the hidden slot behind an ``AbsentSlot``, else the field's own slot."""
    for klass in cls.__mro__:
        found = klass.__dict__.get(name)
        if found is not None:
            return found.slot if isinstance(found, AbsentSlot) else name
    return name


def absent_fields(
    fields: tuple[dataclasses.Field[Any], ...], annotated: dict[str, Any], bases: tuple[type, ...]
) -> tuple[set[str], set[str]]:
    """The fields declared here that need a slot of this class (see
    absent_slots): those declared ``= ABSENT`` and not so before (a hidden
    slot; those that were use the base's), and those declared ``= ABSENT``
    before and not here (a plain slot again: a deleted value must read as
    unset in ``to_dict`` too, as for any field)."""
    absent: set[str] = set()
    plain_again: set[str] = set()
    for f in fields:
        if f.name not in annotated:
            continue
        inherited = any(isinstance(getattr(base, f.name, None), AbsentSlot) for base in bases)
        if f.default is ABSENT and not inherited:
            absent.add(f.name)
        elif f.default is not ABSENT and inherited:
            plain_again.add(f.name)
    return absent, plain_again
