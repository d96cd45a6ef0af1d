"""attrs classes with cattrs; extras kept by a hand-written hook (a workaround)."""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

import attrs  # type: ignore[import-not-found]
import cattrs  # type: ignore[import-not-found]
from cattrs.gen import (  # type: ignore[import-not-found]
    make_dict_structure_fn,
    make_dict_unstructure_fn,
    override,
)

from cases import Peer, builders


@attrs.define
class JobStatus:
    job_id: str
    status: str
    status_msg: str
    extras: dict[str, Any] = attrs.field(factory=dict)


@attrs.define
class IBMJobStatus(JobStatus):
    queue_position: int = 0
    backend: str = ""


@attrs.define
class JobList:
    jobs: list[JobStatus]
    backend: str
    extras: dict[str, Any] = attrs.field(factory=dict)


converter = cattrs.Converter()


def _with_extras(cls: type) -> None:
    """cattrs drops unknown keys; keep them in ``extras`` around its own functions."""
    names = frozenset(a.name for a in attrs.fields(cls)) - {"extras"}
    structure = make_dict_structure_fn(cls, converter, extras=override(omit=True))
    unstructure = make_dict_unstructure_fn(cls, converter, extras=override(omit=True))

    def structure_with_extras(data: dict[str, Any], _: type) -> Any:
        instance = structure(data, cls)
        if len(data) != len(names):
            instance.extras = {k: v for k, v in data.items() if k not in names}
        return instance

    def unstructure_with_extras(instance: Any) -> dict[str, Any]:
        return {**unstructure(instance), **instance.extras}

    converter.register_structure_hook(cls, structure_with_extras)
    converter.register_unstructure_hook(cls, unstructure_with_extras)


for _cls in (JobStatus, IBMJobStatus, JobList):
    _with_extras(_cls)


def peer() -> Peer:
    statements = {
        "from_dict A": "structure(p, JobStatus)",
        "from_dict B": "structure(p, JobStatus)",
        "to_dict A": "unstructure(x)",
        "to_dict B": "unstructure(x)",
        "sub from_dict": "structure(p, IBMJobStatus)",
        "nested from_dict": "structure(p, JobList)",
        "nested to_dict": "unstructure(x)",
    }
    return Peer(
        name="attrs + cattrs, extras hook",
        version=f"{version('attrs')} / {version('cattrs')}",
        extras="by workaround",
        namespace={
            "JobStatus": JobStatus,
            "IBMJobStatus": IBMJobStatus,
            "JobList": JobList,
            "structure": converter.structure,
            "unstructure": converter.unstructure,
        },
        statements=statements,
        build=builders(
            lambda p: converter.structure(p, JobStatus), lambda p: converter.structure(p, JobList)
        ),
        dump=converter.unstructure,
    )
