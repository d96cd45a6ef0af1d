"""``@dataclass(slots=True)`` with hand-written from_dict/to_dict."""

from __future__ import annotations

import platform
from dataclasses import dataclass, field
from typing import Any

from cases import STANDARD_STATEMENTS, Peer, builders

_FIELDS = ("job_id", "status", "status_msg")


@dataclass(slots=True)
class JobStatus:
    job_id: str
    status: str
    status_msg: str
    extras: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobStatus:
        try:
            job_id, status, status_msg = data["job_id"], data["status"], data["status_msg"]
        except KeyError as error:
            raise TypeError(f"missing key {error}") from None
        if type(job_id) is not str or type(status) is not str or type(status_msg) is not str:
            raise TypeError("job_id, status and status_msg must be str")
        if len(data) == 3:
            return cls(job_id, status, status_msg)
        extras = data.copy()
        for key in _FIELDS:
            del extras[key]
        return cls(job_id, status, status_msg, extras)

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "status": self.status,
            "status_msg": self.status_msg,
            **self.extras,
        }


def peer() -> Peer:
    statements = {
        case: stmt
        for case, stmt in STANDARD_STATEMENTS.items()
        if case in ("from_dict A", "from_dict B", "to_dict A", "to_dict B")
    }
    return Peer(
        name="dataclass(slots=True) + methods",
        version=f"CPython {platform.python_version()}",
        extras="yes",
        namespace={"JobStatus": JobStatus},
        statements=statements,
        build=builders(JobStatus.from_dict),
        dump=JobStatus.to_dict,
    )
