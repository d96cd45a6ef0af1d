"""The read-only dict that holds a frozen model's extras."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

__all__ = ["EMPTY", "FrozenExtras"]


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
        dict.update(self, items)
        return self

    def __init__(self, *args: object, **kwargs: object) -> None:
        # Filled by __new__: re-running __init__ must not refill an existing one.
        pass

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

    def __repr__(self) -> str:
        return f"FrozenExtras({dict.__repr__(self)})"

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("FrozenExtras is read-only")

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only


#: The extras of every model instance that has none: shared, so that an
#: instance without extras costs no dict of its own.
EMPTY = FrozenExtras()
