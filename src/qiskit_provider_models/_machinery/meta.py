"""``_ModelMeta``: what happens when a model class is declared.

Declaring ``class JobStatus(Model): job_id: str`` runs ``_ModelMeta.__new__``,
which

1. works out the fields the way ``dataclasses`` does (a throw-away dataclass
   with the same annotations and defaults: its ``__dataclass_fields__`` make
   ``dataclasses.fields`` and ``replace`` work) and refuses what it cannot
   support, naming the class and the reason,
2. gives the class ``__slots__`` for its new fields (no per-instance
   ``__dict__``, so a misspelt assignment is an error, never lost),
3. has ``_build`` generate ``__init__``, ``from_dict``, ``to_dict``, ``__eq__``
   and, when frozen, ``__hash__``, unless the class body defines its own,
4. and only then runs the ``__init_subclass__`` hooks of its bases, so that a
   hook sees the finished class.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from .._common.fields import init_name, payload_key
from .._field_types import datetimes as _times
from . import build as _build
from . import compat as _compat
from . import runtime as _runtime
from .absent_slots import AbsentSlot, absent_fields, hidden_slot
from .declaration_checks import check_fields, refuse_dataclass_keywords
from .hooks import run_pending_hook, subclass_hook
from .runtime import REPLACE_KEY

__all__ = ["ExtraPolicy", "for_every_model", "new_model_hooks"]

#: Called with each model class once it is built (the Hypothesis hook adds one).
new_model_hooks: list[Callable[[type], None]] = []
_hook_names: set[str] = set()


def for_every_model(name: str, hook: Callable[[type], None], base: type) -> None:
    """Call ``hook`` on ``base`` and each of its subclasses, now and as they
    are declared; once per ``name``, however often this is called."""
    if name in _hook_names:
        return
    _hook_names.add(name)
    pending = [base]
    while pending:
        model = pending.pop()
        hook(model)
        pending.extend(model.__subclasses__())
    new_model_hooks.append(hook)


ExtraPolicy = Literal["allow", "forbid", "ignore"]
_POLICIES = ("allow", "forbid", "ignore")


def _root_proto(frozen: bool) -> type:
    """Root of the throw-away dataclasses that mirror each model's fields."""
    namespace = {
        "__annotations__": {REPLACE_KEY: dataclasses.InitVar[Any]},
        # kw_only, so that required fields may follow this defaulted one.
        REPLACE_KEY: dataclasses.field(default=None, kw_only=True),
    }
    root = type("_Proto", (), namespace)
    return dataclasses.dataclass(init=False, repr=False, eq=False, frozen=frozen)(root)


_ROOT_PROTOS = {False: _root_proto(False), True: _root_proto(True)}


class _ModelMeta(type):
    """Builds model classes; see the module docstring."""

    def __new__(
        mcls,
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, Any],
        *,
        frozen: bool | None = None,
        extra: ExtraPolicy | None = None,
        extras_as_attributes: bool | None = None,
        **kwargs: Any,
    ) -> _ModelMeta:
        refuse_dataclass_keywords(name, kwargs)
        for keyword_name, given in (
            ("frozen", frozen),
            ("extras_as_attributes", extras_as_attributes),
        ):
            if given is not None and type(given) is not bool:
                raise TypeError(f"{name}: {keyword_name}= must be True or False, not {given!r}")
        is_root = not any(isinstance(b, _ModelMeta) for b in bases)
        # Model itself is neither frozen nor mutable: only real models count.
        parents = [b for b in bases if isinstance(b, _ModelMeta) and not b.__dict__["_qpm_root"]]
        frozen = _frozen_of(name, parents, frozen)
        if extra is None:
            extra = parents[0]._qpm_extra if parents else "allow"  # type: ignore[attr-defined]
        if extra not in _POLICIES:
            raise TypeError(f"{name}: extra must be one of {_POLICIES}, not {extra!r}")
        if "__init__" in namespace:
            raise TypeError(
                f"{name}: a model cannot define __init__, as from_dict and the generated "
                "constructor would bypass it; check values in __post_init__, or add a "
                "classmethod for another way to build one"
            )

        proto = _make_proto(name, namespace, parents, frozen)
        fields = dataclasses.fields(proto)
        inherited = {f.name: payload_key(f) for p in parents for f in dataclasses.fields(p)}  # type: ignore[arg-type]
        check_fields(name, fields, namespace, inherited)
        annotated = namespace.get("__annotations__", {})

        body = dict(namespace)
        for f in fields:
            if f.name in annotated:
                # Defaults live in the fields: a class attribute would hide the
                # slot, new or inherited (a redeclared default).
                body.pop(f.name, None)
        absent, plain_again = absent_fields(fields, annotated, bases)
        own = [
            hidden_slot(f.name) if f.name in absent else f.name
            for f in fields
            if f.name not in inherited or f.name in absent or f.name in plain_again
        ]
        user_slots = _user_slots(name, body.pop("__slots__", ()), bases)
        localns = _declaring_locals(body.get("__qualname__", name))
        hidden = _hidden_slots(namespace, {f.name for f in fields}, bases, localns)
        body["__slots__"] = user_slots + tuple(own) + hidden + _root_slots(is_root)
        user_defined = frozenset(body)
        # What an __init_subclass__ hook of a plain mixin may look at: the
        # fields are right, and the methods say clearly that they are not built.
        body.update(
            __dataclass_fields__=proto.__dataclass_fields__,  # type: ignore[attr-defined]
            __dataclass_params__=proto.__dataclass_params__,  # type: ignore[attr-defined]
            _qpm_root=is_root,
            _qpm_proto=proto,
            _qpm_frozen=frozen,
            _qpm_extra=extra,
            _qpm_user_defined=user_defined,
            _qpm_field_names=tuple(f.name for f in fields),
            _qpm_init_names=tuple(init_name(f) for f in fields),
            _qpm_payload_keys=tuple(payload_key(f) for f in fields),
            _qpm_repr_names=tuple(f.name for f in fields if f.repr),
            _qpm_ready=False,
            _qpm_user_slots=tuple(s for s in user_slots if s != "__weakref__"),
        )
        body["extras"] = _runtime.FROZEN_EXTRAS if frozen else _runtime.MUTABLE_EXTRAS
        if extras_as_attributes is not None and "__getattr__" not in user_defined:
            # Inherited by subclasses as any method is; False turns it off again.
            if extras_as_attributes:
                body["__getattr__"] = _compat.extras_as_attributes
            elif any(hasattr(base, "__getattr__") for base in bases):
                body["__getattr__"] = _compat.no_such_attribute
        if frozen:
            for method, value in (
                ("__setattr__", _runtime.frozen_setattr),
                ("__delattr__", _runtime.frozen_delattr),
            ):
                if method not in user_defined:
                    body[method] = value
        if "__match_args__" not in user_defined:
            body["__match_args__"] = proto.__match_args__  # type: ignore[attr-defined]
        body.update(_not_built_yet(name, user_defined))
        owner: list[type] = []
        body["__init_subclass__"] = subclass_hook(owner, namespace.get("__init_subclass__"))
        if frozen and not issubclass(mcls, _FrozenModelMeta):
            mcls = _FrozenModelMeta

        try:
            cls = super().__new__(mcls, name, bases, body, **kwargs)
        except TypeError as error:
            if "lay-out conflict" not in str(error):
                raise
            listed = ", ".join(base.__name__ for base in bases)
            raise TypeError(
                f"{name}: its bases ({listed}) cannot be combined, as more than one of them "
                "adds slots (instance attributes or fields) of its own: derive from one "
                "model that has fields, and give mixins '__slots__ = ()'"
            ) from None
        owner.append(cls)
        for f in fields:
            if f.name in absent:
                member = cls.__dict__[hidden_slot(f.name)]
                type.__setattr__(cls, f.name, AbsentSlot(f.name, payload_key(f), member))
        _refuse_instance_dict(cls)
        type.__setattr__(cls, "_qpm_kept_texts", ())  # until it is built
        _build.build_or_defer(cls, localns)
        type.__setattr__(cls, "_qpm_ready", True)
        run_pending_hook(cls)
        for hook in new_model_hooks:
            hook(cls)
        return cls

    def __subclasses__(cls) -> list[type]:
        # A frozen model's private twin (see _build.builder) is no subclass to users.
        found: list[type] = type.__subclasses__(cls)  # type: ignore[arg-type]
        return [c for c in found if "_qpm_builder_of" not in c.__dict__]


class _FrozenModelMeta(_ModelMeta):
    """The metaclass of frozen models, chosen by ``_ModelMeta`` itself.

    Calling the class runs its generated ``_qpm_construct``, not
    ``__init__``: a frozen model's ``__init__`` refuses to run, as calling
    it again on a built instance would rewrite it (and change its hash).
    """

    if not TYPE_CHECKING:  # type checkers see the dataclass-style __init__

        def __call__(cls, /, *args, **kwargs):
            return cls._qpm_construct(*args, **kwargs)

        @property
        def __signature__(cls):
            # What inspect.signature and help() show: the constructor's parameters.
            import inspect

            _build.ensure_built(cls)
            return inspect.signature(cls._qpm_construct)


def _not_built_yet(name: str, user_defined: frozenset[str]) -> dict[str, Any]:
    """Stand-ins for the generated methods while the class is being created.

    Only an ``__init_subclass__`` hook of a plain (non-model) base that comes
    before the model bases can reach them: it gets a clear error instead of
    the parent's methods (which would recurse).
    """

    def not_built(*args: Any, **kwargs: Any) -> Any:
        raise TypeError(
            f"{name} is not built yet: a hook of a base class that is not a model "
            "(its __init_subclass__) runs before the model machinery; list the model "
            "base first, or define the hook on a model base class"
        )

    stubs: dict[str, Any] = {
        "_qpm_from_dict": classmethod(not_built),
        "_qpm_to_dict": not_built,
        "_qpm_construct": staticmethod(not_built),
    }
    if "__init__" not in user_defined:
        stubs["__init__"] = not_built
    return stubs


def _frozen_of(name: str, parents: list[_ModelMeta], frozen: bool | None) -> bool:
    parent_frozen = any(getattr(b, "_qpm_frozen", False) for b in parents)
    if parent_frozen and not all(getattr(b, "_qpm_frozen", False) for b in parents):
        raise TypeError(f"{name}: a model cannot derive from a frozen and a mutable model at once")
    if frozen is None:
        return parent_frozen
    if parents and frozen != parent_frozen:
        raise TypeError(
            f"{name}: a {'frozen' if frozen else 'mutable'} model cannot derive from a "
            f"{'frozen' if parent_frozen else 'mutable'} one"
        )
    return frozen


def _make_proto(
    name: str, namespace: dict[str, Any], parents: list[_ModelMeta], frozen: bool
) -> type:
    """A dataclass with the class's annotations and defaults, over its parents' protos."""
    annotations = namespace.get("__annotations__", {})
    body: dict[str, Any] = {
        "__annotations__": dict(annotations),
        "__module__": namespace.get("__module__", __name__),
        "__qualname__": namespace.get("__qualname__", name),
    }
    for key in annotations:
        if key in namespace:
            body[key] = namespace[key]
    bases: tuple[type, ...] = tuple(p._qpm_proto for p in parents) or (_ROOT_PROTOS[frozen],)  # type: ignore[attr-defined]
    proto = type(name, bases, body)
    return dataclasses.dataclass(init=False, repr=False, eq=False, frozen=frozen)(proto)


def _hidden_slots(
    namespace: dict[str, Any],
    fields: set[str],
    bases: tuple[type, ...],
    localns: dict[str, Any] | None,
) -> tuple[str, ...]:
    """The slots in which datetime fields keep their payload's text (see _times)."""
    annotations = namespace.get("__annotations__", {})
    declared = {name: annotations[name] for name in annotations if name in fields}
    module = namespace.get("__module__", __name__)
    return tuple(
        slot
        for name in _times.kept_text_fields(declared, module, localns)
        for slot in _times.hidden_slots(name)
        if not any(hasattr(base, slot) for base in bases)
    )


def _root_slots(is_root: bool) -> tuple[str, ...]:
    # Weak references work on every model, as on Qiskit's (caches rely on them).
    return ("_qpm_extras", "__weakref__") if is_root else ()


def _user_slots(name: str, slots: Any, bases: tuple[type, ...]) -> tuple[str, ...]:
    """The class body's own ``__slots__``, as a tuple of names."""
    names = (slots,) if isinstance(slots, str) else tuple(slots)
    if "__dict__" in names:
        raise TypeError(
            f"{name}: '__dict__' in __slots__ would let misspelt attributes be stored "
            "outside the model and lost by to_dict; declare a slot for each attribute"
        )
    if any(base.__weakrefoffset__ for base in bases):
        names = tuple(n for n in names if n != "__weakref__")  # every model has it already
    return names


def _refuse_instance_dict(cls: type) -> None:
    """Instances must have no ``__dict__``: assignments to it would be lost."""
    if not cls.__dictoffset__:
        return
    # The base that brought the __dict__: it has one, and none of its bases has.
    culprit = next(
        base
        for base in reversed(cls.__mro__)
        if base.__dictoffset__ and not any(b.__dictoffset__ for b in base.__bases__)
    )
    raise TypeError(
        f"{cls.__name__}: its base {culprit.__name__} gives instances a __dict__, where "
        "misspelt attributes would be stored and lost by to_dict; give "
        f"{culprit.__name__} '__slots__ = ()' and keep its state in the model's fields"
    )


def _declaring_locals(qualname: str) -> dict[str, Any] | None:
    """For a class declared inside a function: that function's locals so far.

    Annotations that name classes of the function (``from __future__ import
    annotations``) can then be resolved later; see ``_build.resolve``.
    """
    if "<locals>" not in qualname:
        return None
    try:
        # 0: here, 1: _ModelMeta.__new__, 2: the class statement's frame.
        return dict(sys._getframe(2).f_locals)  # pyright: ignore[reportPrivateUsage]
    except (AttributeError, ValueError):  # no frames on this Python
        return None
