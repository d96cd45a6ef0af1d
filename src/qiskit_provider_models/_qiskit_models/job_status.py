"""``JobStatus`` and ``FrozenJobStatus``: the status of one job."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._machinery import FrozenModel, Model

__all__ = ["FrozenJobStatus", "JobStatus"]


class JobStatus(Model, extras_as_attributes=True):
    """The status of a job: three ``str`` fields, and any extra keys.

    Compatible with Qiskit 1.4's ``qiskit.providers.models.JobStatus``: extra
    keyword arguments are kept (in ``extras``) and can be read as attributes.

    >>> status = JobStatus("1x56222G", "RUNNING", "Currently running", queue_position=3)
    >>> status
    JobStatus(job_id='1x56222G', status='RUNNING', status_msg='Currently running', queue_position=3)
    >>> status.extras
    {'queue_position': 3}
    >>> status.status = "DONE"
    >>> status.to_dict()["status"]
    'DONE'
    """

    job_id: str
    status: str
    status_msg: str

    if TYPE_CHECKING:

        def __init__(self, job_id: str, status: str, status_msg: str, **extras: Any) -> None: ...


class FrozenJobStatus(FrozenModel, extras_as_attributes=True):
    """``JobStatus`` as an immutable, hashable value.

    >>> status = FrozenJobStatus.from_dict({"job_id": "1", "status": "DONE",
    ...                                     "status_msg": "ok", "tags": ["a"]})
    >>> hash(status) == hash(FrozenJobStatus("1", "DONE", "ok", tags=["a"]))
    True
    >>> status.status = "ERROR"
    Traceback (most recent call last):
    ...
    dataclasses.FrozenInstanceError: cannot assign to field 'status'
    """

    job_id: str
    status: str
    status_msg: str

    if TYPE_CHECKING:

        def __init__(self, job_id: str, status: str, status_msg: str, **extras: Any) -> None: ...
