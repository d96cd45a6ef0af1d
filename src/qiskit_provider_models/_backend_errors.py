"""``BackendPropertyError``: a backend property that is not there or cannot be read."""

from __future__ import annotations

__all__ = ["BackendPropertyError"]


class BackendPropertyError(LookupError):
    """A backend property is missing, or its unit has an unknown SI prefix.

    Raised by the accessors of ``BackendProperties`` (``t1``, ``gate_error``,
    ...) with the messages of Qiskit 1.4's error of the same name. It is a
    ``LookupError``, so ``except LookupError`` catches it; Qiskit's was a
    ``QiskitError``, which this package cannot derive from without depending
    on Qiskit. ``str(error)`` is the message itself (Qiskit's added quotes),
    and ``error.message`` holds it too, as it did in Qiskit.

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
