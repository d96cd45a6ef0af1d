"""What a model's class body may declare, checked before the class is made:
the dataclass keywords it may not pass, and its fields' names, order,
payload keys and constructor aliases. Each refusal is a ``TypeError`` that
names the class and says what to write instead."""

from __future__ import annotations

import dataclasses
import keyword
from typing import Any

from .._common.fields import init_name, payload_key

__all__ = ["check_fields", "refuse_dataclass_keywords"]


#: Names a field may not take: the API every model has, and our prefix.
_RESERVED = frozenset({"extras", "from_dict", "to_dict", "from_json", "to_json", "with_extras"})
_PREFIXES = ("_qpm_", "__")

#: Keywords of ``@dataclass`` that users try on a model class, and why not.
_DATACLASS_KEYWORDS = {
    "kw_only": "declare keyword-only fields with field(kw_only=True) or a KW_ONLY marker",
    "order": "models are not ordered; compare a field instead",
    "eq": "models always compare by value",
    "slots": "models always have __slots__",
    "init": "models always generate __init__; use __post_init__ for checks",
    "repr": "models always generate __repr__",
    "unsafe_hash": "frozen models are hashable; mutable ones are not",
    "match_args": "models always set __match_args__",
    "weakref_slot": "models always support weak references",
}


def refuse_dataclass_keywords(name: str, kwargs: dict[str, Any]) -> None:
    for given in kwargs:
        if given in _DATACLASS_KEYWORDS:
            raise TypeError(
                f"{name}: the class keyword {given}= is not supported by models: "
                f"{_DATACLASS_KEYWORDS[given]} (supported: frozen=, extra=)"
            )


def check_fields(
    name: str,
    fields: tuple[dataclasses.Field[Any], ...],
    namespace: dict[str, Any],
    inherited: dict[str, str],
) -> None:
    annotations = namespace.get("__annotations__", {})
    defaulted = None
    for f in fields:
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if not f.kw_only and not required:
            defaulted = f.name
        elif not f.kw_only and defaulted is not None:
            raise TypeError(
                f"{name}: required field {f.name!r} follows default argument {defaulted!r}"
            )
        if f.name in _RESERVED or f.name.startswith(_PREFIXES):
            raise TypeError(f"{name}: {f.name!r} cannot be a field name (reserved)")
        if not f.init:
            raise TypeError(f"{name}.{f.name}: field(init=False) is not supported")
        if f.hash is not None:
            raise TypeError(f"{name}.{f.name}: field(hash=...) is not supported")
        if not f.compare:
            raise TypeError(
                f"{name}.{f.name}: field(compare=False) is not supported: equal instances "
                "must have equal payloads"
            )
        if keyword.iskeyword(f.name) or not f.name.isidentifier():
            raise TypeError(f"{name}: {f.name!r} cannot be a field name (not an identifier)")
        if f.name in inherited and f.name in namespace and f.name not in annotations:
            raise TypeError(
                f"{name}.{f.name}: to change an inherited field's default, annotate it again"
            )
    keys = [payload_key(f) for f in fields]
    for f in fields:
        if f.name in inherited and f.name in annotations and payload_key(f) != inherited[f.name]:
            raise TypeError(
                f"{name}.{f.name}: a subclass cannot change an inherited field's payload key "
                f"({inherited[f.name]!r}): payloads of the base must stay readable"
            )
    doubled = sorted({key for key in keys if keys.count(key) > 1})
    if doubled:
        raise TypeError(f"{name}: two fields have the same payload key: {doubled}")
    _check_aliases(name, fields)
    dropped = set(inherited) - {f.name for f in fields}
    if dropped:
        raise TypeError(
            f"{name}: inherited fields cannot become class variables: {sorted(dropped)}"
        )
    for key, value in annotations.items():
        if isinstance(value, dataclasses.InitVar) or value is dataclasses.InitVar:
            raise TypeError(f"{name}.{key}: InitVar fields are not supported")


def _check_aliases(name: str, fields: tuple[dataclasses.Field[Any], ...]) -> None:
    """Each constructor parameter (``field(alias=...)`` or the name) must be
    a name no other field's parameter has, and none the constructor uses."""
    parameters = [init_name(f) for f in fields]
    names = {f.name for f in fields}
    for f, parameter in zip(fields, parameters, strict=True):
        if parameter == f.name:
            continue
        if parameter in names:  # it would swap values in dataclasses.replace
            raise TypeError(f"{name}.{f.name}: alias {parameter!r} is the name of another field")
        if not parameter.isidentifier() or keyword.iskeyword(parameter):
            raise TypeError(f"{name}.{f.name}: alias {parameter!r} is not an identifier")
        if parameter == "extras" or parameter.startswith(_PREFIXES):
            raise TypeError(f"{name}.{f.name}: alias {parameter!r} is reserved")
    doubled = sorted({p for p in parameters if parameters.count(p) > 1})
    if doubled:
        raise TypeError(f"{name}: two fields have the same constructor parameter: {doubled}")
