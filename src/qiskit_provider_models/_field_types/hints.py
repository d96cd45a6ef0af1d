"""Evaluating a model's annotations, forward references included.

Annotations are evaluated when the class is built, or on first use when
they name a class that does not exist yet. Classes declared inside a
function need that function's names, which ``typing.get_type_hints`` does
not see: ``_meta`` hands them over, and models of the same function find
each other here.
"""

from __future__ import annotations

import inspect
import sys
import typing
import weakref
from typing import Any

from .aliases import is_alias

__all__ = ["field_annotation_error", "remember_scope", "resolve_hints"]


#: Models declared inside functions, by (module, enclosing scope): an
#: annotation of one may name another declared later in the same call.
_scopes: dict[tuple[str, str], weakref.WeakSet[type]] = {}


def _scope_of(cls: type) -> tuple[str, str] | None:
    qualname = cls.__qualname__
    if "<locals>" not in qualname:
        return None
    return (cls.__module__, qualname.rpartition(".")[0])


def remember_scope(cls: type, localns: dict[str, Any] | None) -> None:
    """Note a class declared in a function, and that function's locals so far."""
    scope = _scope_of(cls)
    if scope is None:
        return
    _scopes.setdefault(scope, weakref.WeakSet()).add(cls)
    # Only the classes and type aliases: other locals must not be kept alive
    # by the model.
    classes = {
        name: value
        for name, value in (localns or {}).items()
        if isinstance(value, type) or is_alias(value)
    }
    type.__setattr__(cls, "_qpm_localns", classes)


def _same_call(cls: type, other: type) -> bool:
    """Whether ``other`` was declared after ``cls`` in the same call of their
    function: then the locals ``other`` saw hold ``cls`` itself. (A function
    called twice declares two sets of classes with the same names.)"""
    return other.__dict__.get("_qpm_localns", {}).get(cls.__name__) is cls


def _localns(cls: type, *, later: bool) -> dict[str, Any] | None:
    """The names of the functions that declared ``cls`` and its bases: the
    classes declared before each, and, with ``later``, the models declared
    after it in the same call (a search through all the models of that
    function, made only when a name is missing)."""
    names: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        scope = _scope_of(klass)
        if scope is None:
            continue
        if later:
            mates = [c for c in _scopes.get(scope, ()) if _same_call(klass, c)]
            names.update({c.__name__: c for c in mates})
        names.update(klass.__dict__.get("_qpm_localns", {}))
    return names or None


class _KwOnly:
    """Stands for ``dataclasses.KW_ONLY`` where an annotation names it as
    text (``from __future__ import annotations``): Python 3.10's
    ``get_type_hints`` refuses the marker itself, which is no type. The
    marker is no field, so its hint is never read."""


def _with_kw_only(localns: dict[str, Any] | None) -> dict[str, Any]:
    return {**(localns or {}), "KW_ONLY": _KwOnly}


def resolve_hints(cls: type) -> dict[str, Any]:
    """The class's annotations, evaluated (``NameError`` for a name not yet defined).

    Each class in the MRO resolves its own annotations in its own module's
    globals, so forward references to classes declared later work once those
    exist. For classes declared in a function, the function's other classes
    (models declared before or after, other classes declared before) are
    found too.
    """
    cached: dict[str, Any] | None = cls.__dict__.get("_qpm_hints")
    if cached is None:
        # Kept once resolved: declaring many models that name each other
        # would otherwise evaluate the same annotations again and again.
        try:
            cached = typing.get_type_hints(
                cls, localns=_with_kw_only(_localns(cls, later=False)), include_extras=True
            )
        except NameError:
            cached = typing.get_type_hints(
                cls, localns=_with_kw_only(_localns(cls, later=True)), include_extras=True
            )
        type.__setattr__(cls, "_qpm_hints", cached)
    return cached


def field_annotation_error(cls: type, error: NameError) -> NameError:
    """A ``NameError`` that says which model and field name an undefined class."""
    localns = _localns(cls, later=True)
    for klass in cls.__mro__:
        module = sys.modules.get(klass.__module__)
        globalns = vars(module) if module else {}
        for name, annotation in inspect.get_annotations(klass).items():
            if not isinstance(annotation, str):
                continue
            try:
                eval(annotation, globalns, localns)  # what get_type_hints does
            except NameError as found:
                return NameError(
                    f"{cls.__qualname__}.{name}: the annotation {annotation!r} names "
                    f"{found.name!r}, which is not defined (a model declared in a "
                    "function can name only classes of that function declared before "
                    "it, and models declared in it at any point)",
                    name=found.name,
                )
            except Exception:  # reported when the class is built
                continue
    return NameError(f"{cls.__qualname__}: {error}", name=getattr(error, "name", None))
