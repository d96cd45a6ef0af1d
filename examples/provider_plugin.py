"""A small provider plugin: typed models for a (made-up) backend web API.

It declares the API's job model, with its queue information as a nested
model and its status vocabulary as an enum, a list-of-jobs response, and a
backend status; parses the sample payloads in ``payloads/``; and shows how a
plugin turns a bad payload into its own error by catching the library's.

Run it with ``python3 examples/provider_plugin.py``.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any, Literal

from qiskit_provider_models import (
    BackendStatus,
    FrozenModel,
    JobStatus,
    Model,
    ValidationError,
    field,
)

PAYLOADS = Path(__file__).resolve().parent / "payloads"


class ApiJobStatus(enum.Enum):
    """The job states this API reports (the payload holds the value)."""

    QUEUED = "PENDING_IN_QUEUE"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    ERROR_RUNNING = "ERROR_RUNNING_JOB"
    ERROR_VALIDATING = "ERROR_VALIDATING_JOB"


class QueueInfo(FrozenModel):
    """Where a queued job stands; frozen, so it can key a cache."""

    position: int
    status: Literal["PENDING_IN_QUEUE", "RUNNING"] | None = None
    estimated_start_time: str | None = None
    estimated_complete_time: str | None = None
    hub_priority: float | None = None
    group_priority: float | None = None
    project_priority: float | None = None


class ApiJob(Model):
    """One job as the API sends it; keys it may add later land in ``extras``."""

    job_id: str
    status: ApiJobStatus
    status_msg: str
    backend: str
    queue_info: QueueInfo | None = None
    tags: list[str] = field(default_factory=list[str])

    def job_status(self) -> JobStatus:
        """The provider-neutral status, as Qiskit code expects it."""
        position = self.queue_info.position if self.queue_info else None
        return JobStatus(self.job_id, self.status.name, self.status_msg, queue_position=position)


class JobList(Model, extra="forbid"):
    """The response of the API's job listing: nothing but the list."""

    jobs: list[ApiJob]


class DemoBackendStatus(BackendStatus):
    """The API's backend status: Qiskit's five fields plus the processor."""

    processor_type: dict[str, Any] | None = None


class ProviderError(Exception):
    """What this plugin raises for an API answer it cannot use."""


def load(name: str) -> Any:
    return json.loads((PAYLOADS / name).read_text())


def parse_jobs(payload: Any) -> JobList:
    try:
        return JobList.from_dict(payload)
    except ValidationError as error:
        raise ProviderError(f"the API sent a job list we cannot read: {error}") from error


def main() -> None:
    jobs = parse_jobs(load("jobs.json"))
    print(f"{len(jobs.jobs)} jobs:")
    for job in jobs.jobs:
        where = f"queue position {job.queue_info.position}" if job.queue_info else "not queued"
        print(f"  {job.job_id} on {job.backend}: {job.status.name} ({where}), extras {job.extras}")
        print(f"    as a JobStatus: {job.job_status()}")
    assert JobList.from_dict(jobs.to_dict()) == jobs
    assert jobs.to_dict() == load("jobs.json")

    print("backends:")
    for payload in load("backends.json"):
        backend = DemoBackendStatus.from_dict(payload)
        state = "up" if backend.operational else "down"
        print(
            f"  {backend.backend_name} {backend.backend_version}: {state},"
            f" {backend.pending_jobs} pending, processor {backend.processor_type}"
        )

    try:
        parse_jobs(load("bad_job.json"))
    except ProviderError as error:
        cause = error.__cause__
        assert isinstance(cause, ValidationError)
        print("bad payload rejected:", cause)
        print("  offending path:", cause.path)


if __name__ == "__main__":
    main()
