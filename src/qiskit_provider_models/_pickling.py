"""What ``pickle`` and ``copy`` store of a model instance, and how it comes back.

The state is keyed by name, not position: an instance pickled by one
version of a plugin loads into the next even when it has gained a field
with a default, lost a field (its value becomes an extra, as ``from_dict``
would make it) or reordered them. Slots that the class body declares
itself (``__slots__ = "cache"``) travel too.
"""

from __future__ import annotations

import dataclasses
from typing import Any, cast

from ._extras import EMPTY
from ._runtime import extras_of

__all__ = ["restore", "state_of"]


def _user_slots(cls: type) -> list[tuple[str, Any]]:
    """The slot descriptors that class bodies declared themselves, by name."""
    found: list[tuple[str, Any]] = []
    for klass in cls.__mro__:
        for slot in klass.__dict__.get("_qpm_user_slots", ()):
            if slot.startswith("__") and not slot.endswith("__"):  # name-mangled
                slot = f"_{klass.__name__.lstrip('_')}{slot}"
            found.append((slot, klass.__dict__[slot]))
    return found


def state_of(instance: object) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Fields by name, the extras, and the class's own slots that are set."""
    cls = cast("type[Any]", type(instance))  # a model class, with its _qpm_ attributes
    fields = {name: getattr(instance, name) for name in cls._qpm_field_names}
    own: dict[str, Any] = {}
    for name, descriptor in _user_slots(cls):
        try:
            own[name] = descriptor.__get__(instance, cls)
        except AttributeError:  # never set
            continue
    return (fields, dict(extras_of(instance)), own)


def restore(instance: object, state: tuple[Any, ...]) -> None:
    """Set a blank instance from ``state_of``'s result, field by field."""
    cls = cast("type[Any]", type(instance))
    values, extras = dict(state[0]), dict(state[1])
    for f in dataclasses.fields(cls):
        if f.name in values:
            value = values.pop(f.name)
        elif f.default is not dataclasses.MISSING:
            value = f.default
        elif f.default_factory is not dataclasses.MISSING:
            value = f.default_factory()
        else:
            raise TypeError(
                f"{cls.__qualname__}: the stored state has no value for the required "
                f"field {f.name!r} (pickled by another version of the class?)"
            )
        object.__setattr__(instance, f.name, value)
    if values and cls._qpm_extra != "allow":
        raise TypeError(
            f"{cls.__qualname__}: the stored state has fields this class does not: {sorted(values)}"
        )
    extras = {**values, **extras}
    object.__setattr__(instance, "_qpm_extras", extras if extras else EMPTY)
    slots = dict(_user_slots(cls))
    own: dict[str, Any] = state[2] if len(state) > 2 else {}
    for name, value in own.items():
        if name in slots:
            slots[name].__set__(instance, value)
