"""Plain ``@dataclass``: ``C(**d)`` and ``dataclasses.asdict``; no extras at all."""

from __future__ import annotations

import dataclasses
import platform

from cases import Peer


@dataclasses.dataclass
class JobStatus:
    job_id: str
    status: str
    status_msg: str


def peer() -> Peer:
    return Peer(
        name="stdlib dataclass",
        version=f"CPython {platform.python_version()}",
        extras="no: TypeError",
        namespace={"JobStatus": JobStatus, "asdict": dataclasses.asdict},
        statements={
            "from_dict A": "JobStatus(**p)",
            "to_dict A": "asdict(x)",
        },
        build={"to_dict A": lambda p: JobStatus(**p)},
        dump=dataclasses.asdict,
    )
