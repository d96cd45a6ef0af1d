"""mashumaro; extras kept by pre/post hooks (a workaround)."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Any

from mashumaro import DataClassDictMixin  # type: ignore[import-not-found]

from cases import STANDARD_STATEMENTS, Peer, builders


def _split(data: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    if len(data) == len(names):
        return data
    known = {k: v for k, v in data.items() if k in names}
    known["extras"] = {k: v for k, v in data.items() if k not in names}
    return known


def _merge(data: dict[str, Any]) -> dict[str, Any]:
    data.update(data.pop("extras"))
    return data


@dataclass
class JobStatus(DataClassDictMixin):  # type: ignore[misc]
    job_id: str
    status: str
    status_msg: str
    extras: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def __pre_deserialize__(cls, d: dict[str, Any]) -> dict[str, Any]:
        return _split(d, frozenset({"job_id", "status", "status_msg"}))

    def __post_serialize__(self, d: dict[str, Any]) -> dict[str, Any]:
        return _merge(d)


@dataclass
class IBMJobStatus(JobStatus):
    queue_position: int = 0
    backend: str = ""

    @classmethod
    def __pre_deserialize__(cls, d: dict[str, Any]) -> dict[str, Any]:
        names = frozenset({"job_id", "status", "status_msg", "queue_position", "backend"})
        return _split(d, names)


@dataclass
class JobList(DataClassDictMixin):  # type: ignore[misc]
    jobs: list[JobStatus]
    backend: str
    extras: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def __pre_deserialize__(cls, d: dict[str, Any]) -> dict[str, Any]:
        return _split(d, frozenset({"jobs", "backend"}))

    def __post_serialize__(self, d: dict[str, Any]) -> dict[str, Any]:
        return _merge(d)


def peer() -> Peer:
    statements = {c: s for c, s in STANDARD_STATEMENTS.items() if c != "init + extras"}
    return Peer(
        name="mashumaro, pre/post hooks",
        version=version("mashumaro"),
        extras="by workaround",
        namespace={"JobStatus": JobStatus, "IBMJobStatus": IBMJobStatus, "JobList": JobList},
        statements=statements,
        build=builders(JobStatus.from_dict, JobList.from_dict),
        dump=lambda x: x.to_dict(),
    )
