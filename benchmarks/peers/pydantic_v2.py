"""pydantic v2 with ``extra='allow'``."""

from __future__ import annotations

from importlib.metadata import version

from pydantic import BaseModel, ConfigDict  # type: ignore[import-not-found]

from cases import Peer, builders


class JobStatus(BaseModel):  # type: ignore[misc]
    model_config = ConfigDict(extra="allow", strict=True)
    job_id: str
    status: str
    status_msg: str


class IBMJobStatus(JobStatus):  # type: ignore[misc]
    queue_position: int
    backend: str


class JobList(BaseModel):  # type: ignore[misc]
    model_config = ConfigDict(extra="allow", strict=True)
    jobs: list[JobStatus]
    backend: str


def peer() -> Peer:
    return Peer(
        name="pydantic v2, extra='allow'",
        version=version("pydantic"),
        extras="yes",
        namespace={"JobStatus": JobStatus, "IBMJobStatus": IBMJobStatus, "JobList": JobList},
        statements={
            "from_dict A": "JobStatus.model_validate(p)",
            "from_dict B": "JobStatus.model_validate(p)",
            "to_dict A": "x.model_dump()",
            "to_dict B": "x.model_dump()",
            "init + extras": "JobStatus(**p)",
            "sub from_dict": "IBMJobStatus.model_validate(p)",
            "nested from_dict": "JobList.model_validate(p)",
            "nested to_dict": "x.model_dump()",
        },
        build=builders(JobStatus.model_validate, JobList.model_validate),
        dump=lambda x: x.model_dump(),
    )
