"""``BackendPropertyError``: a backend property that is not there or cannot be read."""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["BackendPropertyError", "property_error"]


class BackendPropertyError(LookupError):
    """A backend property is missing, or its unit has an unknown SI prefix.

    Raised by the accessors of ``BackendProperties`` (``t1``, ``gate_error``,
    ...) with the messages of Qiskit 1.4's error of the same name. It is a
    ``LookupError``, so ``except LookupError`` catches it. Where Qiskit's or
    qiskit-ibm-runtime's module of the same name is loaded, what the
    accessors raise is an instance of their class too (see
    ``property_error``), so their callers' ``except`` clauses catch it.
    ``str(error)`` is the message itself (Qiskit's added quotes), and
    ``error.message`` holds it too, as it did in Qiskit.

    >>> from qiskit_provider_models import BackendPropertyError
    >>> error = BackendPropertyError("Could not find the desired property for cx")
    >>> str(error)
    'Could not find the desired property for cx'
    >>> error.message == str(error), isinstance(error, LookupError)
    (True, True)
    """

    message: str

    def __init__(self, *message: str) -> None:
        # Qiskit's errors joined their arguments with spaces; so does this one.
        text = " ".join(message)
        super().__init__(text)
        self.message = text


#: The modules whose ``BackendPropertyError`` callers of the old models catch:
#: Qiskit 1.4's ``convert_to_target`` and Aer's noise builders, and
#: qiskit-ibm-runtime's ``convert_to_target``.
FOREIGN_MODULES = ("qiskit.providers.exceptions", "qiskit_ibm_runtime.models.exceptions")

#: The error class made for each set of foreign classes, made once.
_combined: dict[tuple[type, ...], type[BackendPropertyError]] = {}


def _foreign_classes() -> tuple[type, ...]:
    found: list[type] = []
    for name in FOREIGN_MODULES:
        module = sys.modules.get(name)  # only where it is loaded already: no import
        kind = getattr(module, "BackendPropertyError", None)
        if isinstance(kind, type) and issubclass(kind, Exception) and kind not in found:
            found.append(kind)
    return tuple(found)


def property_error(message: str) -> BackendPropertyError:
    """The error the accessors raise: a ``BackendPropertyError``, and also an
    instance of Qiskit's and qiskit-ibm-runtime's ``BackendPropertyError``
    where their modules are loaded, so that their ``except`` clauses (which
    users cannot change) catch it. Nothing is imported: a process without
    Qiskit gets the plain class.

    >>> error = property_error("Could not find the desired property for cx")
    >>> isinstance(error, BackendPropertyError), str(error)
    (True, 'Could not find the desired property for cx')
    """
    foreign = _foreign_classes()
    if not foreign:
        return BackendPropertyError(message)
    kind = _combined.get(foreign)
    if kind is None:
        namespace = {
            "__module__": BackendPropertyError.__module__,
            "__qualname__": BackendPropertyError.__qualname__,
            "__doc__": BackendPropertyError.__doc__,
            "__init__": BackendPropertyError.__init__,
            "__str__": Exception.__str__,  # the message itself, not Qiskit's repr of it
            "__reduce__": _reduce,
        }
        made = type("BackendPropertyError", (BackendPropertyError, *foreign), namespace)
        kind = _combined.setdefault(foreign, made)
    return kind(message)


def _reduce(error: BackendPropertyError) -> tuple[Any, ...]:
    # Pickled as what it is made from, so it loads where Qiskit is not.
    return (property_error, (error.message,))
