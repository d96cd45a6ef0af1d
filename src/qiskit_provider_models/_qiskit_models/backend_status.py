"""``BackendStatus`` and ``FrozenBackendStatus``: the state of one backend."""

from __future__ import annotations

from .._machinery import FrozenModel, Model, ValidationError

__all__ = ["BackendStatus", "FrozenBackendStatus"]


def _check_pending_jobs(model: BackendStatus | FrozenBackendStatus) -> None:
    if model.pending_jobs < 0:
        raise ValidationError(
            type(model), ("pending_jobs",), f"must be >= 0, got {model.pending_jobs}"
        )


class BackendStatus(Model, extras_as_attributes=True):
    """The status of a backend, as Qiskit 1.4's ``BackendStatus`` had it.

    ``pending_jobs`` must be ``>= 0``; unknown keys are kept in ``extras``
    (Qiskit rejected them). Type checkers see a constructor of the five
    fields only, as Qiskit's was; at runtime extra keywords are kept too.

    >>> status = BackendStatus.from_dict({"backend_name": "ibm_x", "backend_version": "1.0.0",
    ...                                   "operational": True, "pending_jobs": 4,
    ...                                   "status_msg": "active", "region": "eu"})
    >>> status.pending_jobs, status.extras
    (4, {'region': 'eu'})
    >>> BackendStatus("ibm_x", "1.0.0", True, -1, "active")
    Traceback (most recent call last):
    ...
    qiskit_provider_models.ValidationError: BackendStatus.pending_jobs: must be >= 0, got -1
    """

    backend_name: str
    backend_version: str
    operational: bool
    pending_jobs: int
    status_msg: str

    def __post_init__(self) -> None:
        _check_pending_jobs(self)


class FrozenBackendStatus(FrozenModel, extras_as_attributes=True):
    """``BackendStatus`` as an immutable, hashable value.

    >>> FrozenBackendStatus("ibm_x", "1.0.0", True, 0, "active") in {
    ...     FrozenBackendStatus("ibm_x", "1.0.0", True, 0, "active")}
    True
    """

    backend_name: str
    backend_version: str
    operational: bool
    pending_jobs: int
    status_msg: str

    def __post_init__(self) -> None:
        _check_pending_jobs(self)
