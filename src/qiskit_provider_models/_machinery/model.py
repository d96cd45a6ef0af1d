"""``Model``: the base class of every model, and what each instance can do.

How a model class is built is ``_meta``'s job; the methods generated for
each class come from ``_codegen``. ``JobStatus`` and ``FrozenJobStatus``
are declared exactly like plugin authors' models.
"""

from __future__ import annotations

import dataclasses
import keyword
import reprlib
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from typing_extensions import ParamSpec, Self, dataclass_transform

from .._common.extras import FrozenExtras, refused_extras_key
from .._common.fields import ABSENT, field, field_value
from . import compat as _compat
from . import json_io as _json
from . import pickling as _pickling
from . import runtime as _runtime
from .meta import (  # pyright: ignore[reportPrivateUsage]
    ExtraPolicy,
    _ModelMeta,  # pyright: ignore[reportPrivateUsage]
    for_every_model,
    new_model_hooks,
)
from .runtime import ExtrasCarrier, extras_of

__all__ = ["ExtraPolicy", "FrozenModel", "Model", "for_every_model", "new_model_hooks"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

if TYPE_CHECKING:
    # Checkers then check class keywords against Model.__init_subclass__:
    # mypy skips that check for a class whose metaclass it can see.
    _Meta = type
else:
    _Meta = _ModelMeta


#: The extras of an instance made by ``_blank``: no extras, and the mark of an
#: instance that ``__setstate__`` may still fill (a ``__setstate__`` of the
#: user's that sets no extras leaves these, which read as none).
_BLANK = FrozenExtras()


def _blank(cls: type[_T]) -> _T:
    """An instance with no field set, for unpickling and copying."""
    instance = object.__new__(cls)
    _runtime.EXTRAS_SLOT[0].__set__(instance, _BLANK)
    return instance


@dataclass_transform(field_specifiers=(field, dataclasses.field, dataclasses.Field))
class Model(metaclass=_Meta):
    """Base class of every model: declare fields as class annotations.

    Keys of a payload that are not fields are kept in ``extras``. Class
    keywords: ``frozen=True`` for an immutable, hashable model (or derive
    from ``FrozenModel``); ``extra="forbid"`` or ``"ignore"`` to reject or
    drop unknown keys instead of keeping them; ``extras_as_attributes=True``
    to let old code read extras as attributes, as Qiskit's models did. A
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
    >>> QueueInfo.with_extras({"hub_priority": 1.5}, 3) == info
    True
    """

    if TYPE_CHECKING:
        # What type checkers see; the real methods are generated per class.
        _qpm_extras: dict[str, Any]
        __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

        @property
        def extras(self) -> dict[str, Any]:
            """The keys that are not fields, in order (read-only on frozen models)."""
            ...

        @classmethod
        def from_dict(cls, data: Mapping[str, Any], /) -> Self:
            """Check and convert a payload; raises ``ValidationError``."""
            ...

        def to_dict(self) -> dict[str, Any]:
            """A new dict: the fields in declaration order, then the extras."""
            ...

        @classmethod
        def from_json(cls, data: bytes | str, /) -> Self:
            """``from_dict(json.loads(data))``; see ``_json``."""
            ...

        def to_json(self) -> str:
            """``json.dumps(to_dict())``."""
            ...

        def __init_subclass__(
            cls,
            *,
            frozen: bool = False,
            extra: ExtraPolicy = "allow",
            extras_as_attributes: bool = False,
        ) -> None: ...

        def __replace__(self, /, **changes: Any) -> Self: ...

    elif sys.version_info >= (3, 12):
        # A misspelt attribute points to the extras. Only from 3.12 on: up to
        # 3.11 any __getattr__ slows every attribute read of the class
        # (benchmarks/attribute_hook.py), to_dict's included.
        __getattr__ = _compat.no_such_attribute

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        names = cast("tuple[str, ...]", self._qpm_repr_names)  # type: ignore[attr-defined]
        parts = [
            f"{name}={value!r}"
            for name in names
            if (value := field_value(self, name)) is not ABSENT  # unset: not shown
        ]
        extras = extras_of(self)
        # An extra named like a field's attribute (whose payload key differs)
        # goes in the ** part, so that no keyword is shown twice.
        fields = cast("tuple[str, ...]", self._qpm_field_names)  # type: ignore[attr-defined]
        plain = {k: v for k, v in extras.items() if _is_keyword_name(k) and k not in fields}
        parts += [f"{k}={v!r}" for k, v in plain.items()]
        if len(plain) != len(extras):
            rest = {k: v for k, v in extras.items() if k not in plain}
            parts.append(f"**{rest!r}")
        return f"{type(self).__qualname__}({', '.join(parts)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_blank, (type(self),), self.__getstate__())

    def __getstate__(self) -> Any:
        """What pickle and copy keep: see ``_pickling``; a subclass may extend it."""
        return _pickling.state_of(self)

    def __setstate__(self, state: Any) -> None:
        if extras_of(self) is not _BLANK:  # only a blank instance takes a state
            raise TypeError(f"{type(self).__name__} instance is already initialised")
        _pickling.restore(self, state)

    if not TYPE_CHECKING:  # checkers see __replace__ from the fields (mypy) or above

        def __replace__(self, /, **changes):
            """A copy with ``changes`` applied to fields or extras (``copy.replace``)."""
            values = {}
            for name, parameter in zip(self._qpm_field_names, self._qpm_init_names, strict=True):
                if name in changes:  # by the field's name, or by its alias
                    values[parameter] = changes.pop(name)
                elif parameter in changes:
                    values[parameter] = changes.pop(parameter)
                else:  # an unset field declared ``= ABSENT`` stays unset
                    values[parameter] = field_value(self, name)
            # The extras travel apart from the fields: an extra may have a
            # field's attribute name when the field has a payload key of its own.
            extras = ExtrasCarrier({**extras_of(self), **changes}, self)
            return type(self)(**values, _qpm_extras_for_replace=extras)

    if not TYPE_CHECKING:  # typed above, for checkers

        @classmethod
        def from_json(cls, data, /):
            """Read a model from JSON text: exactly ``from_dict(json.loads(data))``,
            the same values and errors (msgspec parses, where installed).

            >>> from qiskit_provider_models import JobStatus
            >>> JobStatus.from_json('{"job_id": "1", "status": "DONE", "status_msg": "ok"}')
            JobStatus(job_id='1', status='DONE', status_msg='ok')
            """
            return cls.from_dict(_json.loads(data))

        def to_json(self):
            """The model as JSON text: exactly ``json.dumps(self.to_dict())``.

            >>> from qiskit_provider_models import JobStatus
            >>> JobStatus("1", "DONE", "ok", queue_position=3).to_json()
            '{"job_id": "1", "status": "DONE", "status_msg": "ok", "queue_position": 3}'
            """
            return _json.dumps(self.to_dict())

    @classmethod
    def with_extras(
        cls: Callable[_P, _T], extras: Mapping[str, Any], /, *args: _P.args, **fields: _P.kwargs
    ) -> _T:
        """``cls(*args, **fields)`` that also keeps ``extras``: the typed way to
        build an instance with extras, as type checkers check the fields but
        know no extra keywords. An extras key must be a ``str`` that is not a
        field's name, on a model that keeps extras (``ValidationError``
        otherwise, as ``instance.extras`` refuses such keys).

        >>> from qiskit_provider_models import JobStatus
        >>> JobStatus.with_extras({"queue_position": 3}, "1", "QUEUED", "queued")
        JobStatus(job_id='1', status='QUEUED', status_msg='queued', queue_position=3)
        """
        model: Any = cls
        for key in extras:
            error = refused_extras_key(model, key)
            if error is not None:
                raise error
        carrier = ExtrasCarrier(extras)  # apart from the fields, as for replace
        return model(*args, **fields, _qpm_extras_for_replace=carrier)  # type: ignore[no-any-return]

    @property
    def _qpm_extras_for_replace(self) -> ExtrasCarrier:
        return ExtrasCarrier(extras_of(self), self)


@dataclass_transform(
    frozen_default=True,
    field_specifiers=(field, dataclasses.field, dataclasses.Field),
)
class FrozenModel(Model, frozen=True):
    """Base class of immutable, hashable models; its subclasses are frozen
    without a class keyword, for the runtime and for type checkers alike.

    >>> class Window(FrozenModel):
    ...     start: int
    ...     end: int
    >>> window = Window(1, 2)
    >>> window in {Window.from_dict({"start": 1, "end": 2})}
    True
    >>> window.end = 3
    Traceback (most recent call last):
    ...
    dataclasses.FrozenInstanceError: cannot assign to field 'end'
    """

    if TYPE_CHECKING:

        @property
        def extras(self) -> Mapping[str, Any]:  # type: ignore[override]
            """The keys that are not fields, in order: a read-only mapping."""
            ...


def _is_keyword_name(key: object) -> bool:
    return type(key) is str and key.isidentifier() and not keyword.iskeyword(key)


_runtime.EXTRAS_SLOT.append(Model.__dict__["_qpm_extras"])
_runtime.set_model_meta(_ModelMeta)
