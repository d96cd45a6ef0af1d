"""What the generated methods are built from: a plan per class and field,
and the few line-making helpers that the source of every method uses."""

from __future__ import annotations

from dataclasses import MISSING
from typing import Any, NamedTuple

from .._common.fields import ABSENT
from .._field_types.dispatch import Converter

__all__ = ["ClassPlan", "FieldPlan", "convert_lines", "indent", "value_name"]


# NamedTuples rather than dataclasses: they are quicker to create, and
# this module is imported with the package.
class FieldPlan(NamedTuple):
    """One declared field, as the generated code sees it."""

    name: str
    converter: Converter
    #: Each ``dataclasses.MISSING`` when not given.
    default: Any
    default_factory: Any
    kw_only: bool
    compare: bool
    #: The field's key in payloads (its name unless ``field(key=...)``).
    key: str
    #: A datetime field that keeps its payload's text in hidden slots.
    kept_text: bool = False
    #: ``field(intern=True)``: equal values read share one object (``_shared``).
    intern: bool = False
    #: ``field(alias=...)``: the constructor's parameter, if not the name.
    alias: str | None = None
    #: The attribute the generated methods read and write, if not the name:
    #: the hidden slot of a field declared ``= ABSENT`` (see absent_slots).
    slot: str | None = None

    @property
    def attr(self) -> str:
        return self.slot or self.name

    @property
    def parameter(self) -> str:
        """The constructor's parameter (and local variable) for this field."""
        return self.alias or self.name

    @property
    def required(self) -> bool:
        return self.default is MISSING and self.default_factory is MISSING

    @property
    def optional_key(self) -> bool:
        """Declared ``= ABSENT``: its key may be absent, its value then ``ABSENT``."""
        return self.default is ABSENT


class ClassPlan(NamedTuple):
    cls: type
    #: For frozen classes, the mutable twin that from_dict fills.
    builder: type | None
    fields: tuple[FieldPlan, ...]
    frozen: bool
    #: "allow", "forbid" or "ignore": what happens to keys that are not fields.
    extra: str
    #: Whether the class has a ``__post_init__`` check to call last.
    post_init: bool

    @property
    def has_optional_keys(self) -> bool:
        return any(f.optional_key for f in self.fields)


def value_name(index: int) -> str:
    """The local variable that holds field ``index``'s value."""
    return f"_qpm_v{index}"


def convert_lines(plan_field: FieldPlan, index: int, var: str, how: str, model: str) -> list[str]:
    """Lines that check (and, for containers, replace) ``var`` for one field.

    ``how`` is ``"structure"`` (from_dict) or ``"check"`` (__init__); an
    error names the field's payload key on both paths, as ``to_dict``
    writes it (one rule, whatever the attribute or parameter is called).
    """
    name = plan_field.key
    converter = plan_field.converter
    if converter.bad is not None:
        test = converter.bad.format(v=var)
        return [
            f"if {test}:",
            f"    raise _qpm_wrong({model}, {name!r}, {var}, {converter.name!r})",
        ]
    return [
        "try:",
        f"    {var} = _qpm_{how}{index}({var})",
        "except _qpm_Invalid as _qpm_e:",
        f"    raise _qpm_fail({model}, {name!r}, _qpm_e) from None",
    ]


def indent(lines: list[str], depth: int = 1) -> list[str]:
    return ["    " * depth + line for line in lines]
