"""``Model``: the base class of every model, and the class-building machinery.

Declaring a subclass (``class JobStatus(Model): job_id: str``) runs
``_ModelMeta.__new__``, which

1. works out the fields the way ``dataclasses`` does (it builds a throw-away
   dataclass with the same annotations and defaults, and keeps its
   ``__dataclass_fields__``, so ``dataclasses.fields`` and ``replace`` work),
2. gives the class ``__slots__`` for its new fields plus, at the root, one slot
   for the extras (no per-instance ``__dict__``),
3. installs the generated ``__init__``, ``from_dict``, ``to_dict``, ``__eq__``
   and, when frozen, ``__hash__`` (see ``_codegen``), unless the class body
   defines its own.

``JobStatus`` and ``FrozenJobStatus`` are declared exactly like this; so are
plugin authors' models.
"""

from __future__ import annotations

import dataclasses
import keyword
import reprlib
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from typing_extensions import Self, dataclass_transform

from . import _codegen
from ._errors import ValidationError
from ._extras import EMPTY, FrozenExtras
from ._types import Invalid, converter_for, describe_value, resolve_hints

__all__ = ["ExtraPolicy", "Model", "new_model_hooks"]

#: Called with each model class once it is built (the Hypothesis hook adds one).
new_model_hooks: list[Callable[[type], None]] = []

ExtraPolicy = Literal["allow", "forbid", "ignore"]
_POLICIES = ("allow", "forbid", "ignore")

#: Names a field may not take: the API every model has, and our prefix.
_RESERVED = frozenset({"extras", "from_dict", "to_dict"})
_PREFIXES = ("_qpm_", "__")

#: ``dataclasses.replace`` passes this InitVar to ``__init__`` with the
#: instance's extras in a ``_ExtrasCarrier``, so that the copy keeps them.
_REPLACE_KEY = "_qpm_extras_for_replace"


class _ExtrasCarrier:
    __slots__ = ("extras",)

    def __init__(self, extras: Mapping[str, Any]) -> None:
        self.extras = extras


def _root_proto(frozen: bool) -> type:
    """Root of the throw-away dataclasses that mirror each model's fields."""
    namespace = {
        "__annotations__": {_REPLACE_KEY: dataclasses.InitVar[Any]},
        # kw_only, so that required fields may follow this defaulted one.
        _REPLACE_KEY: dataclasses.field(default=None, kw_only=True),
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
        **kwargs: Any,
    ) -> _ModelMeta:
        is_root = not any(isinstance(b, _ModelMeta) for b in bases)
        # Model itself is neither frozen nor mutable: only real models count.
        parents = [b for b in bases if isinstance(b, _ModelMeta) and not b.__dict__["_qpm_root"]]
        parent_frozen = any(getattr(b, "_qpm_frozen", False) for b in parents)
        if frozen is None:
            frozen = parent_frozen
        elif parents and frozen != parent_frozen:
            raise TypeError(
                f"{name}: a {'frozen' if frozen else 'mutable'} model cannot derive from a "
                f"{'frozen' if parent_frozen else 'mutable'} one"
            )
        if extra is None:
            extra = parents[0]._qpm_extra if parents else "allow"  # type: ignore[attr-defined]
        if extra not in _POLICIES:
            raise TypeError(f"{name}: extra must be one of {_POLICIES}, not {extra!r}")

        proto = _make_proto(name, namespace, parents, frozen)
        fields = _fields_of(proto)
        inherited = {f.name for p in parents for f in _fields_of(p)}
        _check_fields(name, fields, namespace, inherited)
        own = [f.name for f in fields if f.name not in inherited]

        body = dict(namespace)
        for field_name in own:
            body.pop(field_name, None)  # defaults live in the fields, not the class
        slots = tuple(body.pop("__slots__", ()))
        body["__slots__"] = slots + tuple(own) + (("_qpm_extras",) if is_root else ())
        user_defined = frozenset(body)

        cls = super().__new__(mcls, name, bases, body, **kwargs)
        cls._qpm_root = is_root  # type: ignore[attr-defined]
        cls._qpm_proto = proto  # type: ignore[attr-defined]
        cls._qpm_frozen = frozen  # type: ignore[attr-defined]
        cls._qpm_extra = extra  # type: ignore[attr-defined]
        cls._qpm_user_defined = user_defined  # type: ignore[attr-defined]
        cls._qpm_field_names = tuple(f.name for f in fields)  # type: ignore[attr-defined]
        cls._qpm_repr_names = tuple(f.name for f in fields if f.repr)  # type: ignore[attr-defined]
        cls.__dataclass_fields__ = proto.__dataclass_fields__  # type: ignore[attr-defined]
        cls.__dataclass_params__ = proto.__dataclass_params__  # type: ignore[attr-defined]
        if "__match_args__" not in user_defined:
            cls.__match_args__ = proto.__match_args__  # type: ignore[attr-defined, misc]
        cls.extras = _FROZEN_EXTRAS if frozen else _MUTABLE_EXTRAS  # type: ignore[attr-defined]
        if frozen:
            _install(cls, "__setattr__", _frozen_setattr)
            _install(cls, "__delattr__", _frozen_delattr)
        _build_or_defer(cls)
        for hook in new_model_hooks:
            hook(cls)
        return cls


def _fields_of(cls: Any) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


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
    bases = tuple(p._qpm_proto for p in parents) or (_ROOT_PROTOS[frozen],)  # type: ignore[attr-defined]
    proto = type(name, bases, body)
    return dataclasses.dataclass(init=False, repr=False, eq=False, frozen=frozen)(proto)


def _check_fields(
    name: str,
    fields: tuple[dataclasses.Field[Any], ...],
    namespace: dict[str, Any],
    inherited: set[str],
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
        if f.name in inherited and f.name in namespace and f.name not in annotations:
            raise TypeError(
                f"{name}.{f.name}: to change an inherited field's default, annotate it again"
            )
    for key, value in annotations.items():
        if isinstance(value, dataclasses.InitVar) or value is dataclasses.InitVar:
            raise TypeError(f"{name}.{key}: InitVar fields are not supported")


def _install(cls: type, name: str, value: Any) -> None:
    """Set a generated attribute unless the class body defined its own."""
    if name not in cls._qpm_user_defined:  # type: ignore[attr-defined]
        setattr(cls, name, value)


# --- building the generated methods (now, or on first use) ---

_build_lock = threading.RLock()


def _plan(cls: type) -> _codegen.ClassPlan:
    hints = resolve_hints(cls)
    plans = []
    for f in _fields_of(cls):
        annotation = hints.get(f.name, f.type)
        try:
            converter = converter_for(annotation, Model)
        except TypeError as error:
            raise TypeError(f"{cls.__qualname__}.{f.name}: {error}") from None
        plans.append(
            _codegen.FieldPlan(
                f.name, converter, f.default, f.default_factory, bool(f.kw_only), f.compare
            )
        )
    post_init = callable(getattr(cls, "__post_init__", None))
    return _codegen.ClassPlan(
        cls,
        _builder(cls) if cls._qpm_frozen else None,  # type: ignore[attr-defined]
        tuple(plans),
        cls._qpm_frozen,  # type: ignore[attr-defined]
        cls._qpm_extra,  # type: ignore[attr-defined]
        post_init,
    )


def _builder(cls: type) -> type:
    """A mutable twin of a frozen class: same bases and slots, plain assignment.

    ``from_dict`` fills one and then assigns it the frozen class, which the
    identical layout allows. ``type.__new__`` is called directly so that the
    twin is not built as a model itself.
    """
    namespace = {
        "__slots__": cls.__dict__["__slots__"],
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
        "__module__": cls.__module__,
        "__qualname__": f"{cls.__qualname__}._qpm_builder",
        "_qpm_builder_of": cls,
    }
    return type.__new__(type(cls), cls.__name__, cls.__bases__, namespace)


def _build(cls: type) -> None:
    methods = _codegen.build_methods(_plan(cls), _HELPERS)
    from_dict = classmethod(methods["from_dict"])
    to_dict = methods["to_dict"]
    cls._qpm_from_dict = from_dict  # type: ignore[attr-defined]
    cls._qpm_to_dict = to_dict  # type: ignore[attr-defined]
    _install(cls, "from_dict", from_dict)
    _install(cls, "to_dict", to_dict)
    _install(cls, "__init__", methods["__init__"])
    _install(cls, "__eq__", methods["__eq__"])
    if "__hash__" not in cls._qpm_user_defined:  # type: ignore[attr-defined]
        cls.__hash__ = methods.get("__hash__")  # type: ignore[method-assign, assignment]
    cls._qpm_built = True  # type: ignore[attr-defined]


def _build_or_defer(cls: type) -> None:
    """Build now; if an annotation names a class not defined yet, on first use."""
    cls._qpm_built = False  # type: ignore[attr-defined]
    try:
        _build(cls)
    except NameError:
        _install_deferred(cls)


def _install_deferred(cls: type) -> None:
    def ensure_built() -> None:
        with _build_lock:
            if not cls.__dict__.get("_qpm_built"):
                _build(cls)

    def deferred_init(self: Any, /, *args: Any, **kwargs: Any) -> None:
        ensure_built()
        type(self).__init__(self, *args, **kwargs)

    def deferred_from_dict(klass: type, data: Any) -> Any:
        ensure_built()
        return klass._qpm_from_dict(data)  # type: ignore[attr-defined]

    def deferred_to_dict(self: Any) -> Any:
        ensure_built()
        return type(self)._qpm_to_dict(self)

    def deferred_eq(self: Any, other: Any) -> Any:
        ensure_built()
        return getattr(cls, "__eq__")(self, other)  # noqa: B009 - typed as object's

    def deferred_hash(self: Any) -> int:
        ensure_built()
        return getattr(cls, "__hash__")(self)  # type: ignore[no-any-return]  # noqa: B009

    cls._qpm_from_dict = classmethod(deferred_from_dict)  # type: ignore[attr-defined]
    cls._qpm_to_dict = deferred_to_dict  # type: ignore[attr-defined]
    _install(cls, "from_dict", cls._qpm_from_dict)  # type: ignore[attr-defined]
    _install(cls, "to_dict", deferred_to_dict)
    _install(cls, "__init__", deferred_init)
    _install(cls, "__eq__", deferred_eq)
    if "__hash__" not in cls._qpm_user_defined:  # type: ignore[attr-defined]
        cls.__hash__ = deferred_hash if cls._qpm_frozen else None  # type: ignore[attr-defined, method-assign, assignment]


# --- helpers the generated code calls (off the fast path) ---


def _as_dict(cls: type, data: Any) -> dict[Any, Any]:
    if not isinstance(data, Mapping):
        raise ValidationError(cls, (), f"expected a mapping, got {describe_value(data)}")
    try:
        return dict(data)
    except Exception as error:
        raise ValidationError(cls, (), f"could not read the mapping: {error!r}") from None


def _missing(cls: type, data: dict[Any, Any]) -> ValidationError:
    for f in _fields_of(cls):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if required and f.name not in data:
            return ValidationError(cls, (f.name,), "required key is missing")
    raise AssertionError("unreachable: no required key is missing")  # pragma: no cover


def _wrong(cls: type, name: str, value: Any, expected: str) -> ValidationError:
    return ValidationError(cls, (name,), f"expected {expected}, got {describe_value(value)}")


def _fail(cls: type, name: str, error: Invalid) -> ValidationError:
    return ValidationError(cls, (name, *error.path), error.problem)


def _bad_key(cls: type, key: Any) -> ValidationError:
    return ValidationError(cls, (key,), f"keys must be str, got {describe_value(key)}")


def _check_key_types(cls: type, keys: Iterable[Any]) -> None:
    """Every key must be exactly a ``str`` (``ValidationError`` otherwise): a
    ``str`` subclass or another type could compare equal to a field's name.

    The generated from_dict makes the same check inline, on its fast path.
    """
    for key in keys:
        if type(key) is not str:
            raise _bad_key(cls, key)


def _unknown_keys(cls: type, data: Mapping[Any, Any]) -> list[Any]:
    """The keys of ``data`` that are not fields (all checked to be ``str``)."""
    _check_key_types(cls, data)
    names = cls._qpm_field_names  # type: ignore[attr-defined]
    return [key for key in data if key not in names]


def _unreadable(cls: type, error: Exception) -> ValidationError:
    if isinstance(error, RecursionError):
        return ValidationError(cls, (), "the payload is nested too deeply to read")
    return ValidationError(cls, (), f"could not read the payload: {type(error).__name__}: {error}")


def _reject_unknown(cls: type, data: Mapping[Any, Any]) -> ValidationError:
    """For extra="forbid": the error naming every key that is not a field."""
    return _forbidden(cls, _unknown_keys(cls, data))


def _init_extras(cls: type, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The extras of ``__init__``'s keyword arguments (never empty here)."""
    carrier = kwargs.get(_REPLACE_KEY)
    if isinstance(carrier, _ExtrasCarrier):  # from dataclasses.replace
        del kwargs[_REPLACE_KEY]
        kwargs = {**carrier.extras, **kwargs}
    _check_key_types(cls, kwargs)  # never a field's name: those went to the parameters
    policy = cls._qpm_extra  # type: ignore[attr-defined]
    if not kwargs or policy == "ignore":
        return EMPTY
    if policy == "forbid":
        raise _forbidden(cls, list(kwargs))
    return kwargs


def _forbidden(cls: type, unknown: list[Any]) -> ValidationError:
    listed = ", ".join(repr(k) for k in unknown)
    return ValidationError(cls, (unknown[0],), f"unknown keys are not allowed: {listed}")


def _shadowed(instance: Any) -> ValidationError:
    cls = type(instance)
    clash = [k for k in instance._qpm_extras if k in cls._qpm_field_names]
    return ValidationError(
        cls, (clash[0],), f"extras key {clash[0]!r} has the name of a field; set the field instead"
    )


_HELPERS: dict[str, Any] = {
    "_qpm_type": type,
    "_qpm_isinstance": isinstance,
    "_qpm_str": str,
    "_qpm_int": int,
    "_qpm_float": float,
    "_qpm_bool": bool,
    "_qpm_hash": hash,
    "_qpm_new": object.__new__,
    "_qpm_setattr": object.__setattr__,
    "_qpm_MISSING": dataclasses.MISSING,
    "_qpm_EMPTY": EMPTY,
    "_qpm_Invalid": Invalid,
    "_qpm_as_dict": _as_dict,
    "_qpm_missing": _missing,
    "_qpm_wrong": _wrong,
    "_qpm_fail": _fail,
    "_qpm_check_key_types": _check_key_types,
    "_qpm_bad_key": _bad_key,
    "_qpm_unreadable": _unreadable,
    "_qpm_ValidationError": ValidationError,
    "_qpm_reject_unknown": _reject_unknown,
    "_qpm_dict": dict,
    "_qpm_init_extras": _init_extras,
    "_qpm_shadowed": _shadowed,
}


# --- behaviour shared by every model, written once ---


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _extras_of(instance: Any) -> Any:
    return _EXTRAS_SLOT.__get__(instance, type(instance))


def _mutable_extras(self: Any) -> dict[str, Any]:
    extras = _extras_of(self)
    if extras is EMPTY:
        # Instances without extras share EMPTY; the first look gets a dict of its own.
        extras = {}
        _EXTRAS_SLOT.__set__(self, extras)
    return extras  # type: ignore[no-any-return]


def _frozen_extras(self: Any) -> FrozenExtras:
    extras = _extras_of(self)
    if type(extras) is not FrozenExtras:
        # from_dict stores a private dict (cheaper); the first look wraps it.
        # Two threads may both wrap it: each gets an equal read-only copy.
        extras = FrozenExtras(extras)
        _EXTRAS_SLOT.__set__(self, extras)
    return extras


_MUTABLE_EXTRAS = property(_mutable_extras, doc="The extra keys, in order: a plain dict.")
_FROZEN_EXTRAS = property(_frozen_extras, doc="The extra keys, in order: a read-only dict.")


def _blank(cls: type) -> Any:
    """An instance with no slot set, for unpickling and copying."""
    return object.__new__(cls)


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
class Model(metaclass=_ModelMeta):
    """Base class of every model: declare fields as class annotations.

    Keys of a payload that are not fields are kept in ``extras`` (and can be
    read as attributes at runtime, as with Qiskit's models). Class keywords:
    ``frozen=True`` for an immutable, hashable model; ``extra="forbid"`` or
    ``"ignore"`` to reject or drop unknown keys instead of keeping them. A
    ``__post_init__`` method, if defined, is called last by ``from_dict`` and
    the constructor, for checks beyond the field types.

    >>> class QueueInfo(Model):
    ...     position: int
    ...     status: str | None = None
    >>> info = QueueInfo.from_dict({"position": 3, "hub_priority": 1.5})
    >>> info
    QueueInfo(position=3, status=None, hub_priority=1.5)
    >>> info.to_dict()
    {'position': 3, 'status': None, 'hub_priority': 1.5}
    """

    if TYPE_CHECKING:
        # What type checkers see; the real methods are generated per class.
        _qpm_extras: dict[str, Any]
        __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

        @property
        def extras(self) -> dict[str, Any]:
            """The keys that are not fields, in order (read-only on frozen models)."""

        @classmethod
        def from_dict(cls, data: Mapping[str, Any], /) -> Self:
            """Check and convert a payload; raises ``ValidationError``."""

        def to_dict(self) -> dict[str, Any]:
            """A new dict: the fields in declaration order, then the extras."""

        def __init_subclass__(
            cls, *, frozen: bool = False, extra: ExtraPolicy = "allow"
        ) -> None: ...

    else:

        def __getattr__(self, name):
            # Only reached when normal lookup fails: methods and fields win.
            try:
                extras = _extras_of(self)
            except AttributeError:  # __init__ never ran: do not recurse
                raise AttributeError(name) from None
            try:
                return extras[name]
            except KeyError:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
                ) from None

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        parts = [f"{name}={getattr(self, name)!r}" for name in self._qpm_repr_names]  # type: ignore[attr-defined]
        extras = _extras_of(self)
        plain = {k: v for k, v in extras.items() if _is_keyword_name(k)}
        parts += [f"{k}={v!r}" for k, v in plain.items()]
        if len(plain) != len(extras):
            rest = {k: v for k, v in extras.items() if k not in plain}
            parts.append(f"**{rest!r}")
        return f"{type(self).__qualname__}({', '.join(parts)})"

    def __reduce__(self) -> tuple[Any, ...]:
        values = tuple(getattr(self, name) for name in self._qpm_field_names)  # type: ignore[attr-defined]
        return (_blank, (type(self),), (values, dict(_extras_of(self))))

    def __setstate__(self, state: tuple[tuple[Any, ...], dict[str, Any]]) -> None:
        try:
            _extras_of(self)
        except AttributeError:
            pass
        else:  # only a blank instance, fresh from _blank, takes a state
            raise TypeError(f"{type(self).__name__} instance is already initialised")
        values, extras = state
        for name, value in zip(self._qpm_field_names, values, strict=True):  # type: ignore[attr-defined]
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_qpm_extras", dict(extras) if extras else EMPTY)

    def __replace__(self, /, **changes: Any) -> Self:
        """A copy with ``changes`` applied to fields or extras (``copy.replace``)."""
        values = {name: getattr(self, name) for name in self._qpm_field_names}  # type: ignore[attr-defined]
        return type(self)(**{**values, **_extras_of(self), **changes})

    @property
    def _qpm_extras_for_replace(self) -> _ExtrasCarrier:
        return _ExtrasCarrier(_extras_of(self))


def _is_keyword_name(key: object) -> bool:
    return type(key) is str and key.isidentifier() and not keyword.iskeyword(key)


_EXTRAS_SLOT: Any = Model.__dict__["_qpm_extras"]
