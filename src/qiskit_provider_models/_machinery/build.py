"""Building a model's generated methods: now, or on first use.

A class whose annotations name a class that does not exist yet (a forward
reference) cannot be built when it is declared; it gets stand-in methods
that build it, under a lock, on first use.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import Any

from .._common.fields import ABSENT, init_name, interned, payload_key
from .._field_types.datetimes import DATETIME, hidden_slots
from .._field_types.dispatch import Converter, Invalid, converter_for, widened
from .._field_types.hints import field_annotation_error, remember_scope, resolve_hints
from .._field_types.nested import user_defines
from . import codegen as _codegen
from . import runtime as _runtime
from .absent_slots import storage

__all__ = ["build_or_defer", "ensure_built"]

_build_lock = threading.RLock()


def _install(cls: type, name: str, value: Any) -> None:
    """Set a generated attribute unless the class body defined its own, or,
    for ``from_dict`` and ``to_dict``, a model base did (a base that renames
    keys must keep doing so for its subclasses)."""
    if user_defines(cls, name) if name in _INHERITED else name in cls._qpm_user_defined:  # type: ignore[attr-defined]
        return
    type.__setattr__(cls, name, value)


_INHERITED = frozenset({"from_dict", "to_dict"})


def _can_intern(converter: Converter) -> bool:
    return any(
        c is not None and (c is DATETIME or c.exact == (str,)) for c in (converter, converter.inner)
    )


def _plan(cls: type) -> _codegen.ClassPlan:
    hints = resolve_hints(cls)
    plans: list[_codegen.FieldPlan] = []
    for f in dataclasses.fields(cls):
        annotation = hints.get(f.name, f.type)
        try:
            converter = widened(converter_for(annotation, _runtime.model_meta()))
        except TypeError as error:
            raise TypeError(f"{cls.__qualname__}.{f.name}: {error}") from None
        _check_default(cls, f, converter.check)
        # A datetime field whose class has the slots to keep its text (see _times).
        has_slots = hasattr(cls, hidden_slots(f.name)[1])
        kept = has_slots and DATETIME in (converter, converter.inner)
        intern = interned(f)
        if intern and not _can_intern(converter):
            raise TypeError(
                f"{cls.__qualname__}.{f.name}: field(intern=True) is for str and datetime "
                f"fields (or X | None), not {converter.name}"
            )
        if intern and not kept and DATETIME in (converter, converter.inner):
            # A datetime field without hidden slots (an alias, a NewType, an
            # annotation resolved only later) reads its dates as containers
            # do, uninterned.
            intern = False
        plans.append(
            _codegen.FieldPlan(
                f.name,
                converter,
                f.default,
                f.default_factory,
                bool(f.kw_only),
                f.compare,
                payload_key(f),
                kept,
                intern,
                None if init_name(f) == f.name else init_name(f),
                None if (slot := storage(cls, f.name)) == f.name else slot,
            )
        )
    frozen = cls._qpm_frozen  # type: ignore[attr-defined]
    return _codegen.ClassPlan(
        cls,
        builder(cls) if frozen else None,
        tuple(plans),
        frozen,
        cls._qpm_extra,  # type: ignore[attr-defined]
        callable(getattr(cls, "__post_init__", None)),
    )


def _check_default(cls: type, f: dataclasses.Field[Any], check: Any) -> None:
    """A default that its own field would refuse is an error of the class.

    Checked once, here, so that ``Model()`` and ``Model.from_dict({})`` agree.
    (A ``default_factory``'s values are checked each time they are made.)
    """
    if f.default is dataclasses.MISSING or f.default is ABSENT:
        return
    try:
        check(f.default)
    except Invalid as error:
        raise TypeError(
            f"{cls.__qualname__}.{f.name}: the default {f.default!r} does not fit the "
            f"field's type: {error.problem}"
        ) from None


def builder(cls: type) -> type:
    """A frozen class's mutable twin: a private subclass with plain assignment.

    ``from_dict`` and the constructor fill one and then give it the frozen
    class, which the identical layout (no slot of its own) allows: cheaper
    than ``object.__setattr__`` for each field. ``type.__new__`` is called
    directly, so the twin is not built as a model; it runs no
    ``__init_subclass__`` hook and ``__subclasses__`` does not list it.
    """
    namespace = {
        "__slots__": (),
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
        "__module__": cls.__module__,
        "__qualname__": f"{cls.__qualname__}._qpm_builder",
        "_qpm_builder_of": cls,
    }
    return type.__new__(type(cls), cls.__name__, (cls,), namespace)


def _build(cls: type) -> None:
    plan = _plan(cls)
    methods = _codegen.build_methods(plan, _runtime.HELPERS)
    # The fields whose texts pickles and copies carry (see _times).
    kept = tuple(f.name for f in plan.fields if f.kept_text)
    type.__setattr__(cls, "_qpm_kept_texts", kept)
    # How a pickle of an older version fills a field from its extra or from
    # a field of another name (_pickling).
    converters = {f.name: f.converter for f in plan.fields}
    type.__setattr__(cls, "_qpm_field_converters", converters)
    from_dict = classmethod(methods["from_dict"])
    to_dict = methods["to_dict"]
    type.__setattr__(cls, "_qpm_from_dict", from_dict)
    type.__setattr__(cls, "_qpm_to_dict", to_dict)
    _install(cls, "from_dict", from_dict)
    _install(cls, "to_dict", to_dict)
    # How a list[cls] field reads and writes its items (see _nested).
    type.__setattr__(cls, "_qpm_list_methods", staticmethod(methods["_qpm_list_methods"]))
    if cls._qpm_frozen:  # type: ignore[attr-defined]
        type.__setattr__(cls, "_qpm_construct", staticmethod(methods["_qpm_construct"]))
        _install(cls, "__init__", _runtime.frozen_reinit)
    else:
        _install(cls, "__init__", methods["__init__"])
    _install(cls, "__eq__", methods["__eq__"])
    if "__hash__" not in cls._qpm_user_defined:  # type: ignore[attr-defined]
        type.__setattr__(cls, "__hash__", methods.get("__hash__"))
    type.__setattr__(cls, "_qpm_built", True)


def build_or_defer(cls: type, localns: dict[str, Any] | None) -> None:
    """Build now; if an annotation names a class not defined yet, on first use.

    ``localns`` holds the locals of the function that declares the class, if
    any, so that its annotations may name the function's other classes.
    """
    type.__setattr__(cls, "_qpm_built", False)
    remember_scope(cls, localns)
    try:
        _build(cls)
    except NameError:
        _install_deferred(cls)


def ensure_built(cls: type) -> None:
    """Build a deferred class; a name still undefined is named in the error."""
    with _build_lock:
        if cls.__dict__.get("_qpm_built"):
            return
        try:
            _build(cls)
        except NameError as error:
            raise field_annotation_error(cls, error) from None


def _install_deferred(cls: type) -> None:
    def deferred_init(self: Any, /, *args: Any, **kwargs: Any) -> None:
        ensure_built(cls)
        type(self).__init__(self, *args, **kwargs)

    def deferred_construct(*args: Any, **kwargs: Any) -> Any:
        ensure_built(cls)
        return cls._qpm_construct(*args, **kwargs)  # type: ignore[attr-defined]

    def deferred_from_dict(klass: type, data: Any) -> Any:
        ensure_built(cls)
        return klass._qpm_from_dict(data)  # type: ignore[attr-defined]

    def deferred_to_dict(self: object) -> Any:
        ensure_built(cls)
        return type(self)._qpm_to_dict(self)  # type: ignore[attr-defined]

    def deferred_eq(self: Any, other: Any) -> Any:
        ensure_built(cls)
        return getattr(cls, "__eq__")(self, other)  # noqa: B009 - typed as object's

    def deferred_hash(self: Any) -> int:
        ensure_built(cls)
        return getattr(cls, "__hash__")(self)  # type: ignore[no-any-return]  # noqa: B009

    type.__setattr__(cls, "_qpm_from_dict", classmethod(deferred_from_dict))
    type.__setattr__(cls, "_qpm_to_dict", deferred_to_dict)
    _install(cls, "from_dict", cls._qpm_from_dict)  # type: ignore[attr-defined]
    _install(cls, "to_dict", deferred_to_dict)
    if cls._qpm_frozen:  # type: ignore[attr-defined]
        type.__setattr__(cls, "_qpm_construct", staticmethod(deferred_construct))
        _install(cls, "__init__", _runtime.frozen_reinit)
    else:
        _install(cls, "__init__", deferred_init)
    _install(cls, "__eq__", deferred_eq)
    if "__hash__" not in cls._qpm_user_defined:  # type: ignore[attr-defined]
        type.__setattr__(cls, "__hash__", deferred_hash if cls._qpm_frozen else None)  # type: ignore[attr-defined]
