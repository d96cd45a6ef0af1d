"""``BackendPropertyError``: a backend property that is not there or cannot be read."""

from __future__ import annotations

import sys
import threading
from typing import Any, cast

from typing_extensions import Self

__all__ = ["FOREIGN_MODULES", "BackendPropertyError"]

#: The modules whose ``BackendPropertyError`` callers of the old models catch:
#: Qiskit 1.4's ``convert_to_target`` and Aer's noise builders, and
#: qiskit-ibm-runtime's ``convert_to_target``.
FOREIGN_MODULES = ("qiskit.providers.exceptions", "qiskit_ibm_runtime.models.exceptions")


class BackendPropertyError(LookupError):
    """A backend property is missing, or its unit has an unknown SI prefix.

    Raised by the accessors of ``BackendProperties`` (``t1``, ``gate_error``,
    ...) with the messages of Qiskit 1.4's error of the same name. It is a
    ``LookupError``, so ``except LookupError`` catches it. Where Qiskit's or
    qiskit-ibm-runtime's module of that name is already loaded (nothing is
    imported), ``BackendPropertyError(...)`` makes an instance of a subclass
    that derives from their classes too, so that their callers' ``except``
    clauses, which users cannot change, catch it: ``convert_to_target`` and
    Aer's noise builders. ``str(error)`` is the message itself (Qiskit's
    added quotes), and ``error.message`` holds it too, as it did in Qiskit.

    >>> from qiskit_provider_models import BackendPropertyError
    >>> error = BackendPropertyError("Could not find the desired property for cx")
    >>> str(error)
    'Could not find the desired property for cx'
    >>> error.message == str(error), isinstance(error, LookupError)
    (True, True)
    """

    message: str

    def __new__(cls, *message: str) -> Self:
        kind: type[Self] = cls
        if cls is BackendPropertyError:
            foreign = _foreign_classes()
            if foreign:
                kind = cast("type[Self]", _combined(foreign))
        return super().__new__(kind, *message)

    def __init__(self, *message: str) -> None:
        # Qiskit's errors joined their arguments with spaces; so does this one.
        text = " ".join(message)
        super().__init__(text)
        self.message = text


# Shown, and pickled, as qiskit_provider_models.BackendPropertyError, where
# users import it (a pickle then loads it through the package's __getattr__).
BackendPropertyError.__module__ = "qiskit_provider_models"


def _foreign_classes() -> tuple[type, ...]:
    # Only where a module is loaded already: nothing is imported. The answer
    # is kept for the modules seen, as errors are raised in loops.
    global _seen
    loaded = sys.modules
    modules = (loaded.get(FOREIGN_MODULES[0]), loaded.get(FOREIGN_MODULES[1]))
    if modules == _seen[0]:
        return _seen[1]
    kinds: list[type] = []
    for module in modules:
        kind = getattr(module, "BackendPropertyError", None)
        if isinstance(kind, type) and issubclass(kind, Exception) and kind not in kinds:
            kinds.append(kind)
    _seen = (modules, tuple(kinds))  # one assignment: threads see either pair
    return _seen[1]


#: The modules last seen, and the classes found in them.
_seen: tuple[tuple[object, ...], tuple[type, ...]] = ((None,) * len(FOREIGN_MODULES), ())


#: The error class made for each set of foreign classes, made once.
_classes: dict[tuple[type, ...], type[BackendPropertyError]] = {}
_lock = threading.Lock()


def _combined(foreign: tuple[type, ...]) -> type[BackendPropertyError]:
    made = _classes.get(foreign)
    if made is None:
        with _lock:
            made = _classes.get(foreign)
            if made is None:
                namespace = {
                    "__module__": BackendPropertyError.__module__,
                    "__qualname__": BackendPropertyError.__qualname__,
                    "__doc__": BackendPropertyError.__doc__,
                    "__init__": BackendPropertyError.__init__,
                    "__str__": Exception.__str__,  # the message, not Qiskit's repr of it
                    "__reduce__": _reduce,
                }
                bases = (BackendPropertyError, *foreign)
                made = _classes[foreign] = type("BackendPropertyError", bases, namespace)
    return made


def _reduce(error: BackendPropertyError) -> tuple[Any, ...]:
    # Pickled as the public class, so that it loads where Qiskit is not (and
    # as the combined class where it is); notes and attributes travel too.
    return (BackendPropertyError, error.args, error.__dict__ or None)
