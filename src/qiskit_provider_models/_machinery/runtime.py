"""Helpers that the generated methods call, off their fast paths.

Every name the generated code uses is listed in ``HELPERS`` under a
``_qpm_`` prefix (see ``_codegen``). The behaviour shared by all frozen
models (refused assignment, read-only extras) lives here too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from .._common.errors import ValidationError
from .._common.extras import EMPTY, Extras, FrozenExtras, refused_extras_key
from .._common.fields import ABSENT, payload_key
from .._field_types.datetimes import carry_texts, read_datetime, text_of, written
from .._field_types.dispatch import Invalid, describe_value
from .._field_types.interning import DATETIMES, STRINGS, remember_datetime, remember_string
from .._field_types.nested import item_failed

__all__ = ["HELPERS", "extras_of", "frozen_reinit", "same", "set_model_meta"]

_META: list[type] = []


def set_model_meta(meta: type) -> None:
    _META.append(meta)


def model_meta() -> type:
    """The metaclass of every model: nested-model fields are its instances."""
    return _META[0]


#: ``dataclasses.replace`` passes this InitVar to ``__init__`` with the
#: instance's extras in an ``ExtrasCarrier``, so that the copy keeps them.
REPLACE_KEY = "_qpm_extras_for_replace"


class ExtrasCarrier:
    """How ``dataclasses.replace`` hands an instance's extras to ``__init__``,
    and the instance itself, whose unchanged dates keep their payload text."""

    __slots__ = ("extras", "source")

    def __init__(self, extras: Mapping[str, Any], source: object = None) -> None:
        self.extras = extras
        self.source = source


class _Factory:
    """Stands for a ``default_factory`` in generated signatures, as in dataclasses."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


FACTORY = _Factory()


def as_dict(cls: type, data: Any) -> dict[Any, Any]:
    if not isinstance(data, Mapping):
        raise ValidationError(cls, (), f"expected a mapping, got {describe_value(data)}")
    try:
        return dict(data)  # pyright: ignore[reportUnknownArgumentType]
    except Exception as error:
        raise ValidationError(cls, (), f"could not read the mapping: {error!r}") from None


def missing(cls: type, data: dict[Any, Any]) -> ValidationError:
    for f in dataclasses.fields(cls):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if required and payload_key(f) not in data:
            return ValidationError(cls, (payload_key(f),), "required key is missing")
    raise AssertionError("unreachable: no required key is missing")  # pragma: no cover


def wrong(cls: type, name: str, value: Any, expected: str) -> ValidationError:
    return ValidationError(cls, (name,), f"expected {expected}, got {describe_value(value)}")


def fail(cls: type, name: str, error: Invalid) -> ValidationError:
    return ValidationError(cls, (name, *error.path), error.problem)


def bad_key(cls: type, key: Any) -> ValidationError:
    return ValidationError(cls, (key,), f"keys must be str, got {describe_value(key)}")


def check_key_types(cls: type, keys: Iterable[Any]) -> None:
    """Every key must be exactly a ``str`` (``ValidationError`` otherwise): a
    ``str`` subclass or another type could compare equal to a field's name.

    The generated from_dict makes the same check inline, on its fast path.
    """
    for key in keys:
        if type(key) is not str:
            raise bad_key(cls, key)


def unknown_keys(cls: type, data: Mapping[Any, Any]) -> list[Any]:
    """The keys of ``data`` that are not fields (all checked to be ``str``)."""
    check_key_types(cls, data)
    names = cls._qpm_payload_keys  # type: ignore[attr-defined]
    return [key for key in data if key not in names]


_USER_ERROR = "_qpm_raised_by_post_init"


def mark_user_error(error: BaseException) -> None:
    """Note that ``error`` came from a user's ``__post_init__``.

    A model that contains this one then lets it through unchanged, as the
    model that raised it does, instead of calling the payload unreadable.
    """
    # An exception class that refuses attributes stays wrapped.
    with contextlib.suppress(Exception):
        setattr(error, _USER_ERROR, True)


def unreadable(cls: type, error: Exception) -> Exception:
    """What leaves ``from_dict`` for an exception raised while reading."""
    if getattr(error, _USER_ERROR, False):
        return error
    if isinstance(error, RecursionError):
        return ValidationError(cls, (), "the payload is nested too deeply to read")
    return ValidationError(cls, (), f"could not read the payload: {type(error).__name__}: {error}")


def reject_unknown(cls: type, data: Mapping[Any, Any]) -> ValidationError:
    """For extra="forbid": the error naming every key that is not a field."""
    return _forbidden(cls, unknown_keys(cls, data))


def init_extras(cls: type, kwargs: dict[str, Any], instance: object) -> dict[str, Any]:
    """The extras of ``__init__``'s keyword arguments (never empty here)."""
    carrier: object = kwargs.get(REPLACE_KEY)
    if isinstance(carrier, ExtrasCarrier):  # from dataclasses.replace
        del kwargs[REPLACE_KEY]
    _refuse_misnamed(cls, kwargs)
    if isinstance(carrier, ExtrasCarrier):
        kwargs = {**carrier.extras, **kwargs}
        if carrier.source is not None:
            carry_texts(carrier.source, instance)
    check_key_types(cls, kwargs)  # never a field's name: those went to the parameters
    keys = _names(cls, "_qpm_payload_keys")
    for key in kwargs:
        if key in keys:  # field(key=...) differs from the name: the value would be lost
            raise _misnamed(cls, key, "payload key", keys.index(key))
    policy = cls._qpm_extra  # type: ignore[attr-defined]
    if not kwargs or policy == "ignore":
        return EMPTY
    if policy == "forbid":
        raise _forbidden(cls, list(kwargs))
    return kwargs


def _refuse_misnamed(cls: type, kwargs: dict[str, Any]) -> None:
    """A keyword argument that names a field by its attribute where the
    constructor's parameter is its ``alias``: it would become an extra.
    (An extra of that name from ``replace`` or ``with_extras`` is fine.)"""
    names = _names(cls, "_qpm_field_names")
    for index, parameter in enumerate(_names(cls, "_qpm_init_names")):
        if parameter != names[index] and names[index] in kwargs:
            raise _misnamed(cls, names[index], "attribute", index)


def _names(cls: type, attribute: str) -> tuple[str, ...]:
    """One of the tuples of names that ``_meta`` gives each model class."""
    names: tuple[str, ...] = getattr(cls, attribute)
    return names


def _misnamed(cls: type, key: str, what: str, index: int) -> ValidationError:
    name = _names(cls, "_qpm_field_names")[index]
    parameter = _names(cls, "_qpm_init_names")[index]
    return ValidationError(
        cls, (key,), f"{key!r} is the {what} of the field {name!r}: pass {parameter}="
    )


def _forbidden(cls: type, unknown: list[Any]) -> ValidationError:
    listed = ", ".join(repr(k) for k in unknown)
    return ValidationError(cls, (unknown[0],), f"unknown keys are not allowed: {listed}")


def unwritable(instance: object) -> ValidationError:
    """``to_dict``'s error for extras that ``from_dict`` would refuse (only
    reachable through ``dict``'s own methods, which bypass ``Extras``)."""
    cls = type(instance)
    for key in extras_of(instance):
        error = refused_extras_key(cls, key)
        if error is not None:
            return error
    raise AssertionError("unreachable: no extras key is refused")  # pragma: no cover


# --- value equality: equal instances have equal payloads ---


def _kind(value: Any) -> type | None:
    """``bool``, ``int`` or ``float``: numbers that ``==`` mixes but JSON does not."""
    if isinstance(value, bool):
        return bool
    if isinstance(value, int):
        return int
    if isinstance(value, float):
        return float
    return None


#: Types whose values, when ``==`` to a value of the same type, hold nothing
#: of another kind.
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _same_kinds(a: Any, b: Any) -> bool:
    # Only called on values already known to be ``==``. On this path of
    # ``__eq__`` a cast would cost a call: pyright-only ignores instead, for
    # the Unknown types that type() and isinstance() give an Any value.
    if a is b:
        return True
    if isinstance(a, datetime):  # ``==`` compared instants; payloads hold texts
        return isinstance(b, datetime) and text_of(a) == text_of(b)
    kind = type(a)  # pyright: ignore[reportUnknownVariableType]
    if kind is not type(b):
        if _kind(a) is not _kind(b):
            return False
    elif kind in _SCALARS:
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        for key, value in a.items():  # pyright: ignore[reportUnknownVariableType]
            if not _same_kinds(value, b[key]):
                return False
    elif isinstance(a, (list, tuple)):
        for x, y in zip(a, b, strict=False):  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
            if not _same_kinds(x, y):
                return False
    return True


def same(a: Any, b: Any) -> bool:
    """``a == b``, and no ``True`` where the other has ``1`` (nor ``1`` for ``1.0``)."""
    return a is b or (a == b and _same_kinds(a, b))


def written_form(unstructure: Any, value: Any) -> Any:
    """What ``to_dict`` writes for a field holding datetimes, with lists as
    tuples (hashable where the field is); ``ABSENT`` stays ``ABSENT``."""
    return ABSENT if value is ABSENT else _tupled(unstructure(value))


def _tupled(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tupled(item) for item in value)  # pyright: ignore[reportUnknownVariableType]
    return value


def written_if_set(value: Any, parsed: Any, text: str | None) -> Any:
    """The text ``to_dict`` writes for a datetime field declared ``= ABSENT``
    whose ``value`` (``ABSENT`` when unset) is given."""
    return ABSENT if value is ABSENT else written(value, parsed, text)


# --- behaviour shared by every frozen model ---


def frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def frozen_delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def frozen_reinit(self: Any, /, *args: Any, **kwargs: Any) -> None:
    # Construction goes through the metaclass; this is only reached by an
    # explicit ``instance.__init__(...)``, which would rewrite the instance.
    raise dataclasses.FrozenInstanceError(
        f"cannot call __init__ again on a frozen {type(self).__name__}"
    )


# --- the extras slot ---

#: The ``_qpm_extras`` slot descriptor of Model, set by ``_model``.
EXTRAS_SLOT: list[Any] = []


def extras_of(instance: Any) -> Any:
    return EXTRAS_SLOT[0].__get__(instance, type(instance))


#: Held while an instance's extras are wrapped on first look, so that two
#: threads looking at once get the same dict (a write to the other would be lost).
_wrap_lock = threading.Lock()


def _wrapped(self: Any, kind: type, wrap: Any) -> Any:
    extras = extras_of(self)
    if type(extras) is kind:
        return extras
    with _wrap_lock:
        extras = extras_of(self)
        if type(extras) is not kind:
            extras = wrap(extras)
            EXTRAS_SLOT[0].__set__(self, extras)
        return extras


def mutable_extras(self: Any) -> Extras:
    # from_dict stores a private dict, and instances without extras share
    # EMPTY (cheaper); the first look gets checked extras of its own.
    return _wrapped(self, Extras, lambda extras: Extras(type(self), extras))  # type: ignore[no-any-return]


def frozen_extras(self: Any) -> FrozenExtras:
    # from_dict stores a private dict (cheaper); the first look wraps it.
    return _wrapped(self, FrozenExtras, FrozenExtras)  # type: ignore[no-any-return]


MUTABLE_EXTRAS = property(mutable_extras, doc="The extra keys, in order: a plain dict.")
FROZEN_EXTRAS = property(frozen_extras, doc="The extra keys, in order: a read-only dict.")


HELPERS: dict[str, Any] = {
    "_qpm_type": type,
    "_qpm_isinstance": isinstance,
    "_qpm_str": str,
    "_qpm_int": int,
    "_qpm_float": float,
    "_qpm_bool": bool,
    "_qpm_hash": hash,
    "_qpm_new": object.__new__,
    "_qpm_MISSING": dataclasses.MISSING,
    "_qpm_ABSENT": ABSENT,
    "_qpm_written_form": written_form,
    "_qpm_written_if_set": written_if_set,
    "_qpm_FACTORY": FACTORY,
    "_qpm_EMPTY": EMPTY,
    "_qpm_Invalid": Invalid,
    "_qpm_as_dict": as_dict,
    "_qpm_missing": missing,
    "_qpm_wrong": wrong,
    "_qpm_fail": fail,
    "_qpm_check_key_types": check_key_types,
    "_qpm_bad_key": bad_key,
    "_qpm_unreadable": unreadable,
    "_qpm_item_failed": item_failed,
    "_qpm_mark_user_error": mark_user_error,
    "_qpm_ValidationError": ValidationError,
    "_qpm_reject_unknown": reject_unknown,
    "_qpm_dict": dict,
    "_qpm_list": list,
    "_qpm_init_extras": init_extras,
    "_qpm_unwritable": unwritable,
    "_qpm_same": same,
    "_qpm_datetimes_get": DATETIMES.get,
    "_qpm_fromisoformat": datetime.fromisoformat,
    "_qpm_remember_datetime": remember_datetime,
    "_qpm_strings_get": STRINGS.get,
    "_qpm_remember_string": remember_string,
    "_qpm_read_datetime": read_datetime,
    "_qpm_written": written,
}
