"""qiskit-provider-models, frozen: FrozenJobStatus and its typed subclass."""

from __future__ import annotations

from typing import Any

from qiskit_provider_models import FrozenJobStatus, Model

from cases import STANDARD_STATEMENTS, Peer, builders


class FrozenIBMJobStatus(FrozenJobStatus, frozen=True):
    queue_position: int
    backend: str


class FrozenJobList(Model, frozen=True):
    jobs: tuple[FrozenJobStatus, ...]
    backend: str


def peer() -> Peer:
    from importlib.metadata import version

    def dump(x: Any) -> dict[str, Any]:
        return x.to_dict()  # type: ignore[no-any-return]

    return Peer(
        name="qiskit-provider-models, frozen",
        version=version("qiskit-provider-models"),
        extras="yes",
        namespace={
            "JobStatus": FrozenJobStatus,
            "IBMJobStatus": FrozenIBMJobStatus,
            "JobList": FrozenJobList,
        },
        statements=STANDARD_STATEMENTS,
        build=builders(FrozenJobStatus.from_dict, FrozenJobList.from_dict),
        dump=dump,
    )
