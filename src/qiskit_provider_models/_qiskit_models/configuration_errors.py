"""``BackendConfigurationError``: a channel or qubit the configuration does not have."""

from __future__ import annotations

__all__ = ["BackendConfigurationError"]


class BackendConfigurationError(LookupError):
    """A channel or qubit that a backend's configuration does not have, or
    channel information it does not provide.

    Raised by ``PulseBackendConfiguration``'s channel methods (``drive``,
    ``control``, ``get_channel_qubits``, ``describe``, ...) with the
    messages of Qiskit 1.4's error of the same name. It is a
    ``LookupError`` (Qiskit's was a ``QiskitError``, which Qiskit 2 keeps
    but nothing in it raises this one); ``str(error)`` is the message, and
    ``error.message`` holds it too, as it did in Qiskit.

    >>> from qiskit_provider_models import BackendConfigurationError
    >>> error = BackendConfigurationError("Invalid index for 5-qubit system.")
    >>> str(error), error.message == str(error), isinstance(error, LookupError)
    ('Invalid index for 5-qubit system.', True, True)
    """

    message: str

    def __init__(self, *message: str) -> None:
        # Qiskit's errors joined their arguments with spaces; so does this one.
        text = " ".join(message)
        super().__init__(text)
        self.message = text

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message,), self.__dict__ or None)


# Shown, and pickled, as qiskit_provider_models.BackendConfigurationError,
# where users import it (a pickle loads it through the package's __getattr__).
BackendConfigurationError.__module__ = "qiskit_provider_models"
