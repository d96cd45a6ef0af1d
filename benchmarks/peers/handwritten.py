"""The baseline: the fastest correct hand-written pure-Python class.

``__slots__``; checks that the declared fields are ``str`` (the typed
fields their types); copies extras into a new dict; rejects a missing key;
never changes the input.
"""

from __future__ import annotations

import platform
from typing import Any

from cases import STANDARD_STATEMENTS, Peer, builders


class JobStatus:
    __slots__ = ("extras", "job_id", "status", "status_msg")

    def __init__(self, job_id: str, status: str, status_msg: str, **extras: Any) -> None:
        if type(job_id) is not str or type(status) is not str or type(status_msg) is not str:
            raise TypeError("job_id, status and status_msg must be str")
        self.job_id = job_id
        self.status = status
        self.status_msg = status_msg
        self.extras = extras

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobStatus:
        try:
            job_id = data["job_id"]
            status = data["status"]
            status_msg = data["status_msg"]
        except KeyError as error:
            raise TypeError(f"missing key {error}") from None
        if type(job_id) is not str or type(status) is not str or type(status_msg) is not str:
            raise TypeError("job_id, status and status_msg must be str")
        self = object.__new__(cls)
        self.job_id = job_id
        self.status = status
        self.status_msg = status_msg
        if len(data) == 3:
            self.extras = {}
        else:
            extras = data.copy()
            del extras["job_id"], extras["status"], extras["status_msg"]
            self.extras = extras
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "status": self.status,
            "status_msg": self.status_msg,
            **self.extras,
        }


class IBMJobStatus:
    __slots__ = ("backend", "extras", "job_id", "queue_position", "status", "status_msg")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IBMJobStatus:
        try:
            job_id = data["job_id"]
            status = data["status"]
            status_msg = data["status_msg"]
            queue_position = data["queue_position"]
            backend = data["backend"]
        except KeyError as error:
            raise TypeError(f"missing key {error}") from None
        if type(job_id) is not str or type(status) is not str or type(status_msg) is not str:
            raise TypeError("job_id, status and status_msg must be str")
        if type(queue_position) is not int or type(backend) is not str:
            raise TypeError("queue_position must be int and backend str")
        self = object.__new__(cls)
        self.job_id = job_id
        self.status = status
        self.status_msg = status_msg
        self.queue_position = queue_position
        self.backend = backend
        if len(data) == 5:
            self.extras = {}
        else:
            extras = data.copy()
            for key in ("job_id", "status", "status_msg", "queue_position", "backend"):
                del extras[key]
            self.extras = extras
        return self


class JobList:
    __slots__ = ("backend", "extras", "jobs")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobList:
        try:
            jobs = data["jobs"]
            backend = data["backend"]
        except KeyError as error:
            raise TypeError(f"missing key {error}") from None
        if type(jobs) is not list or type(backend) is not str:
            raise TypeError("jobs must be a list and backend a str")
        self = object.__new__(cls)
        self.jobs = [JobStatus.from_dict(job) for job in jobs]
        self.backend = backend
        if len(data) == 2:
            self.extras = {}
        else:
            extras = data.copy()
            del extras["jobs"], extras["backend"]
            self.extras = extras
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "jobs": [job.to_dict() for job in self.jobs],
            "backend": self.backend,
            **self.extras,
        }


def peer() -> Peer:
    def dump(x: Any) -> dict[str, Any]:
        if isinstance(x, IBMJobStatus):
            names = ("job_id", "status", "status_msg", "queue_position", "backend")
            return {**{n: getattr(x, n) for n in names}, **x.extras}
        return x.to_dict()  # type: ignore[no-any-return]

    return Peer(
        name="hand-written (baseline)",
        version=f"CPython {platform.python_version()}",
        extras="yes",
        namespace={"JobStatus": JobStatus, "IBMJobStatus": IBMJobStatus, "JobList": JobList},
        statements=STANDARD_STATEMENTS,
        build=builders(JobStatus.from_dict, JobList.from_dict),
        dump=dump,
    )
