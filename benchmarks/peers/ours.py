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


def peer() -> Peer:
    from importlib.metadata import version

    def dump(x: Any) -> dict[str, Any]:
        return x.to_dict()  # type: ignore[no-any-return]

    return Peer(
        name="qiskit-provider-models",
        version=version("qiskit-provider-models"),
        extras="yes",
        namespace={"JobStatus": JobStatus, "IBMJobStatus": IBMJobStatus, "JobList": JobList},
        statements=STANDARD_STATEMENTS,
        build=builders(JobStatus.from_dict, JobList.from_dict),
        dump=dump,
    )
