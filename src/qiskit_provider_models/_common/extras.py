"""The dicts that hold a model's extras: checked on write, or read-only."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, NoReturn

from typing_extensions import Self

from .describe import describe_value
from .errors import ValidationError

EMPTY_MAPPING: Mapping[str, Any] = MappingProxyType({})

#: ``dict``, for its own methods (``FrozenExtras`` overrides them), typed for
#: str keys: pyright sees the methods of plain ``dict`` with unknown key types.
_dict: type[dict[str, Any]] = dict

__all__ = ["EMPTY", "Extras", "FrozenExtras"]


class Extras(dict[str, Any]):
    """A mutable model's extras: a ``dict`` that refuses keys ``from_dict`` would.

    A key must be exactly a ``str`` and not the name of one of the model's
    fields (its value would replace the field's in ``to_dict``); anything
    else raises ``ValidationError`` at once, naming the key, so ``to_dict``
    never writes a payload that ``from_dict`` refuses. (Calling ``dict``'s
    own methods on it bypasses the check; ``to_dict`` still refuses a key
    that shadows a field.)

    >>> from qiskit_provider_models import JobStatus
    >>> status = JobStatus("1", "DONE", "ok")
    >>> status.extras["queue_position"] = 3
    >>> status.extras[1] = "x"
    Traceback (most recent call last):
    ...
    qiskit_provider_models.ValidationError: JobStatus[1]: extras keys must be str, got int (1)
    """

    __slots__ = ("_model",)
    _model: type

    def __init__(self, model: type, items: Mapping[str, Any] = EMPTY_MAPPING, /) -> None:
        super().__init__(items)
        self._model = model

    def _check(self, key: object) -> None:

        error = refused_extras_key(self._model, key)
        if error is not None:
            raise error

    def __setitem__(self, key: str, value: Any) -> None:
        self._check(key)
        super().__setitem__(key, value)

    def setdefault(self, key: str, default: Any = None, /) -> Any:
        self._check(key)
        return super().setdefault(key, default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __ior__(self, other: Any) -> Self:  # type: ignore[override, misc]
        self.update(other)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Copies and pickles are plain dicts: the checks belong to the model.
        return (dict, (dict(self),))


class FrozenExtras(dict[str, Any]):
    """A ``dict`` whose contents are fixed when it is made.

    Frozen models keep their extras in one, so ``isinstance(x, dict)``, ``**``
    unpacking and ``json.dumps`` work as on any dict, while every method that
    would change it raises ``TypeError``. (Like ``object.__setattr__`` for
    frozen dataclasses, calling ``dict``'s own methods on it bypasses this.)

    >>> extras = FrozenExtras({"queue_position": 3})
    >>> extras["queue_position"]
    3
    >>> extras["queue_position"] = 4
    Traceback (most recent call last):
    ...
    TypeError: FrozenExtras is read-only
    """

    __slots__ = ()

    def __new__(cls, items: Mapping[str, Any] | Iterable[tuple[str, Any]] = (), /) -> FrozenExtras:
        self = super().__new__(cls)
        _dict.update(self, items)
        return self

    def __init__(self, *args: object, **kwargs: object) -> None:  # pyright: ignore[reportInconsistentConstructor]
        # Filled by __new__: re-running __init__ must not refill an existing one,
        # whatever it is given (hence a signature unlike __new__'s).
        pass

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

    def __repr__(self) -> str:
        return f"FrozenExtras({_dict.__repr__(self)})"

    # ``self: object``: it stands for methods such as ``update``, whose ``self``
    # typeshed declares as a protocol rather than as the class.
    def _read_only(self: object, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("FrozenExtras is read-only")

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only


#: The extras of every model instance that has none: shared, so that an
#: instance without extras costs no dict of its own.
EMPTY = FrozenExtras()


def refused_extras_key(cls: type, key: object) -> ValidationError | None:
    """The error for an extras key that ``from_dict`` would refuse, if it would."""
    if type(key) is not str:
        return ValidationError(cls, (key,), f"extras keys must be str, got {describe_value(key)}")
    if cls._qpm_extra != "allow":  # type: ignore[attr-defined]
        return ValidationError(
            cls,
            (key,),
            f"this model keeps no extras (extra={cls._qpm_extra!r})",  # type: ignore[attr-defined]
        )
    if key in cls._qpm_payload_keys:  # type: ignore[attr-defined]
        return ValidationError(
            cls, (key,), f"extras key {key!r} has the name of a field; set the field instead"
        )
    return None
