"""qiskit-provider-models: JobStatus, a typed subclass, and a nested model."""

from __future__ import annotations

from typing import Any

from qiskit_provider_models import JobStatus, Model

from cases import STANDARD_STATEMENTS, Peer, builders


class IBMJobStatus(JobStatus):
    queue_position: int
    backend: str


class JobList(Model):
    jobs: list[JobStatus]
    backend: str


def model_peer(name: str, job: Any, sub: Any, job_list: Any) -> Peer:
    """A peer of this library's models (the frozen and plain ones use it too)."""
    from importlib.metadata import version

    def dump(x: Any) -> dict[str, Any]:
        return x.to_dict()  # type: ignore[no-any-return]

    return Peer(
        name=name,
        version=version("qiskit-provider-models"),
        extras="yes",
        namespace={"JobStatus": job, "IBMJobStatus": sub, "JobList": job_list},
        statements=STANDARD_STATEMENTS,
        build=builders(job.from_dict, job_list.from_dict),
        dump=dump,
    )


def peer() -> Peer:
    return model_peer("qiskit-provider-models", JobStatus, IBMJobStatus, JobList)
