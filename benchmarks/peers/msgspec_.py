"""msgspec (C): ``msgspec.convert`` and ``msgspec.structs.asdict``; drops extras."""

from __future__ import annotations

from importlib.metadata import version

import msgspec  # type: ignore[import-not-found]

from cases import Peer, builders


class JobStatus(msgspec.Struct):  # type: ignore[misc]
    job_id: str
    status: str
    status_msg: str


class IBMJobStatus(JobStatus):  # type: ignore[misc]
    queue_position: int
    backend: str


class JobList(msgspec.Struct):  # type: ignore[misc]
    jobs: list[JobStatus]
    backend: str


def _asdict_deep(x: object) -> object:
    return msgspec.to_builtins(x)


def peer() -> Peer:
    return Peer(
        name="msgspec Struct",
        version=version("msgspec"),
        extras="no: drops them",
        namespace={
            "JobStatus": JobStatus,
            "IBMJobStatus": IBMJobStatus,
            "JobList": JobList,
            "convert": msgspec.convert,
            "asdict": msgspec.structs.asdict,
            "to_builtins": msgspec.to_builtins,
        },
        statements={
            "from_dict A": "convert(p, JobStatus)",
            "from_dict B": "convert(p, JobStatus)",
            "to_dict A": "asdict(x)",
            "to_dict B": "asdict(x)",
            "sub from_dict": "convert(p, IBMJobStatus)",
            "nested from_dict": "convert(p, JobList)",
            "nested to_dict": "to_builtins(x)",
        },
        build=builders(
            lambda p: msgspec.convert(p, JobStatus), lambda p: msgspec.convert(p, JobList)
        ),
        dump=_asdict_deep,
    )
