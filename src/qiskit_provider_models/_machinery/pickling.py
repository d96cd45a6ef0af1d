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

from .._common.errors import format_path
from .._common.extras import EMPTY
from .._common.fields import ABSENT, field_value, payload_key
from .._field_types.converter import Invalid
from .._field_types.datetimes import hidden_slots, parse_datetime
from .build import ensure_built
from .runtime import extras_of

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


def state_of(instance: object) -> tuple[Any, ...]:
    """Fields by name, the extras, the class's own slots that are set, and
    each field's payload key (so that a field a later version removed comes
    back as the extra ``from_dict`` would make of it)."""
    cls = cast("type[Any]", type(instance))  # a model class, with its _qpm_ attributes
    fields = {name: field_value(instance, name) for name in cls._qpm_field_names}
    fields = {name: value for name, value in fields.items() if value is not ABSENT}
    own: dict[str, Any] = {}
    for name, descriptor in _user_slots(cls):
        try:
            own[name] = descriptor.__get__(instance, cls)
        except AttributeError:  # never set
            continue
    keys = dict(zip(cls._qpm_field_names, cls._qpm_payload_keys, strict=True))
    return (fields, dict(extras_of(instance)), own, keys, _texts(instance, cls))


def _texts(instance: object, cls: type[Any]) -> dict[str, str]:
    """The payload texts that datetime fields still write (see _times)."""
    texts: dict[str, str] = {}
    for name in cls._qpm_kept_texts:
        parsed, text = (getattr(instance, slot) for slot in hidden_slots(name))
        if text is not None and field_value(instance, name) is parsed:
            texts[name] = text
    return texts


def _fit(cls: type[Any], name: str, value: Any, *, payload: bool) -> Any:
    """Another version's value for field ``name``: an extra (``payload``),
    read as ``from_dict`` reads the field, or a field of another name, taken
    as the constructor takes it, else read as a payload. A datetime field
    that keeps its text takes a text as it is (``_read_texts`` parses it)."""
    if name in cls._qpm_kept_texts and isinstance(value, str):
        return value
    converter = cls._qpm_field_converters[name]
    first: Invalid | None = None
    if not payload:
        try:
            return converter.check(value)
        except Invalid as failed:
            first = failed
    try:
        return converter.structure(value)
    except Invalid as failed:
        raise _unfit(cls, name, first or failed) from None


def _unfit(cls: type, name: str, error: Invalid) -> TypeError:
    """A stored value that field ``name`` cannot hold, said as ``ValidationError`` says it."""
    return TypeError(f"{cls.__qualname__}{format_path((name, *error.path))}: {error.problem}")


def restore(instance: object, state: tuple[Any, ...]) -> None:
    """Set a blank instance from ``state_of``'s result, field by field.

    As ``from_dict`` would: a field this class does not have becomes an extra
    under its payload key (or fills the field that has that key now), an
    extra whose key is now a field's fills that field, and the class's
    ``extra=`` policy applies to what is left.
    """
    cls = cast("type[Any]", type(instance))
    ensure_built(cls)  # a pickle may be the first use of a deferred class
    values: dict[str, Any] = dict(state[0])
    extras: dict[str, Any] = dict(state[1])
    old_keys: dict[str, str] = state[3] if len(state) > 3 else {}
    # The old version's fields that this one does not have, by payload key
    # (none when a copy or a pickle of this version is restored).
    gone = values.keys() - cls._qpm_field_names
    moved: dict[str, tuple[str, Any]] = {}
    for name in [name for name in values if name in gone] if gone else ():
        moved[old_keys.get(name, name)] = (name, values.pop(name))
    texts: dict[str, str] = state[4] if len(state) > 4 else {}
    for f in dataclasses.fields(cls):
        key = payload_key(f)
        if f.name in values:
            value = values.pop(f.name)
        elif key in moved:  # a field renamed, its payload key kept
            old_name, value = moved.pop(key)
            value = _fit(cls, f.name, value, payload=False)
            if old_name in texts:  # a copy: the state is the caller's
                texts = {**texts, f.name: texts[old_name]}
        elif key in extras:  # an extra of the old version is a field now
            value = _fit(cls, f.name, extras.pop(key), payload=True)
        elif f.default is ABSENT:  # its key was absent: unset (ABSENT in its hidden slot)
            value = ABSENT
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
    if moved:  # what is left of them goes first, as in a payload of the old version
        extras = {**{key: value for key, (_, value) in moved.items()}, **extras}
    object.__setattr__(instance, "_qpm_extras", _kept_extras(cls, extras))
    _read_texts(instance, cls, texts)
    slots = dict(_user_slots(cls))
    own: dict[str, Any] = state[2] if len(state) > 2 else {}
    for name, value in own.items():
        if name in slots:
            slots[name].__set__(instance, value)


def _kept_extras(cls: type[Any], extras: dict[str, Any]) -> dict[str, Any]:
    """What is left of the state, as the class's ``extra=`` policy keeps it."""
    if not extras:
        return EMPTY
    if not extras.keys().isdisjoint(cls._qpm_payload_keys):
        # The field took its value by name: to_dict could not write both.
        clash = sorted(set(extras).intersection(cls._qpm_payload_keys))
        raise TypeError(
            f"{cls.__qualname__}: the stored state has extras under the payload keys of "
            f"fields that it also holds by name: {clash}"
        )
    if cls._qpm_extra == "forbid":
        raise TypeError(
            f"{cls.__qualname__}: the stored state has keys this class does not allow: "
            f"{sorted(extras)}"
        )
    return EMPTY if cls._qpm_extra == "ignore" else extras


def _read_texts(instance: object, cls: type[Any], texts: dict[str, str]) -> None:
    """Set the hidden slots of the datetime fields that keep their text: the
    stored text, or the text an older version held in the field or extra."""
    for name in cls._qpm_kept_texts:
        parsed, text = hidden_slots(name)
        kept = texts.get(name)
        value = field_value(instance, name)  # ABSENT: declared ``= ABSENT``, unset
        if isinstance(value, str):
            kept = value
            try:
                value = parse_datetime(value)
            except Invalid as error:
                raise _unfit(cls, name, error) from None
            object.__setattr__(instance, name, value)
        object.__setattr__(instance, parsed, None if kept is None else value)
        object.__setattr__(instance, text, kept)
