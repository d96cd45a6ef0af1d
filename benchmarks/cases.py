"""What the benchmark measures: the payloads, the cases, and what a peer provides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: Payload A: the three JobStatus keys.
PAYLOAD_A: dict[str, Any] = {
    "job_id": "1x56222G",
    "status": "RUNNING",
    "status_msg": "Currently running, estimated time remaining: 45s",
}
#: Payload B: A plus four extras (an int, two strings, a list).
PAYLOAD_B: dict[str, Any] = {
    **PAYLOAD_A,
    "queue_position": 3,
    "estimated_start_time": "2026-11-25T15:04:00Z",
    "backend": "ibm_brisbane",
    "tags": ["calibration", "nightly"],
}
#: For a subclass with two typed fields (queue_position: int, backend: str).
PAYLOAD_SUB: dict[str, Any] = {**PAYLOAD_A, "queue_position": 3, "backend": "ibm_brisbane"}
#: A model holding a list of models: a job list of eight jobs.
PAYLOAD_NESTED: dict[str, Any] = {
    "jobs": [{**PAYLOAD_A, "job_id": f"job-{i}"} for i in range(8)],
    "backend": "ibm_brisbane",
}

#: case name -> (payload, what the statement gets: "p" a payload, "x" an instance)
CASES: dict[str, tuple[dict[str, Any], str]] = {
    "from_dict A": (PAYLOAD_A, "p"),
    "from_dict B": (PAYLOAD_B, "p"),
    "to_dict A": (PAYLOAD_A, "x"),
    "to_dict B": (PAYLOAD_B, "x"),
    "init + extras": (PAYLOAD_B, "p"),
    "sub from_dict": (PAYLOAD_SUB, "p"),
    "nested from_dict": (PAYLOAD_NESTED, "p"),
    "nested to_dict": (PAYLOAD_NESTED, "x"),
}


#: The statements of a peer whose classes are called JobStatus, IBMJobStatus
#: and JobList and have from_dict/to_dict, as the baseline's and ours are.
STANDARD_STATEMENTS = {
    "from_dict A": "JobStatus.from_dict(p)",
    "from_dict B": "JobStatus.from_dict(p)",
    "to_dict A": "x.to_dict()",
    "to_dict B": "x.to_dict()",
    "init + extras": "JobStatus(**p)",
    "sub from_dict": "IBMJobStatus.from_dict(p)",
    "nested from_dict": "JobList.from_dict(p)",
    "nested to_dict": "x.to_dict()",
}

_JOB = ("job_id", "status", "status_msg")
#: The keys each case's models declare as fields (the rest are extras).
DECLARED: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(CASES, _JOB),
    "sub from_dict": (*_JOB, "queue_position", "backend"),
    "nested from_dict": ("jobs", "backend"),
    "nested to_dict": ("jobs", "backend"),
}


def builders(
    job: Callable[[Any], Any], job_list: Callable[[Any], Any] | None = None
) -> dict[str, Any]:
    """``Peer.build`` for the to_dict cases: how to make the instance ``x``."""
    build = {"to_dict A": job, "to_dict B": job}
    if job_list is not None:
        build["nested to_dict"] = job_list
    return build


@dataclass
class Peer:
    """One competitor: how to call it for each case it supports.

    ``statements`` maps a case to a Python statement over ``p`` (the
    payload) or ``x`` (an instance made from it), run in ``namespace``;
    ``build`` maps a case to a function making ``x`` from ``p``; ``dump``
    turns an instance back into a dict, to check results.
    """

    name: str
    version: str
    extras: str
    namespace: dict[str, Any]
    statements: dict[str, str]
    build: dict[str, Any] = field(default_factory=dict)
    dump: Any = None
    #: The baseline of a case other than the hand-written JobStatus.
    baseline_for: tuple[str, ...] = ()
