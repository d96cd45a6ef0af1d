"""qiskit-provider-models: the same three fields on a plain ``Model``.

``JobStatus`` reads extras as attributes (Qiskit's behaviour), which needs a
``__getattr__``; a plugin's own models do without one unless they ask for
it. Up to CPython 3.11 that hook slows every attribute read, ``to_dict``'s
included: this peer shows the difference.
"""

from __future__ import annotations

from typing import Any

from qiskit_provider_models import Model

from cases import STANDARD_STATEMENTS, Peer, builders


class PlainJobStatus(Model):
    job_id: str
    status: str
    status_msg: str


class PlainIBMJobStatus(PlainJobStatus):
    queue_position: int
    backend: str


class PlainJobList(Model):
    jobs: list[PlainJobStatus]
    backend: str


def peer() -> Peer:
    from importlib.metadata import version

    def dump(x: Any) -> dict[str, Any]:
        return x.to_dict()  # type: ignore[no-any-return]

    return Peer(
        name="qiskit-provider-models, plain Model",
        version=version("qiskit-provider-models"),
        extras="yes",
        namespace={
            "JobStatus": PlainJobStatus,
            "IBMJobStatus": PlainIBMJobStatus,
            "JobList": PlainJobList,
        },
        statements=STANDARD_STATEMENTS,
        build=builders(PlainJobStatus.from_dict, PlainJobList.from_dict),
        dump=dump,
    )
