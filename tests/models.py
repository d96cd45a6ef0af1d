"""Sample plugin models for the tests, declared as a plugin author would.

String annotations (``from __future__``) and forward references (``Job``
names ``QueueInfo`` before it exists) are on purpose.
"""

from __future__ import annotations

import enum
from typing import Any, Literal

from qiskit_provider_models import Model, field


class State(enum.Enum):
    QUEUED = "PENDING_IN_QUEUE"
    RUNNING = "RUNNING"
    DONE = "COMPLETED"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Job(Model):
    job_id: str
    state: State
    queue_info: QueueInfo | None = None
    tags: list[str] = field(default_factory=list)


class QueueInfo(Model):
    position: int
    hub_priority: float | None = None
    status: Literal["PENDING_IN_QUEUE", "RUNNING"] | None = None


class FrozenQueueInfo(Model, frozen=True):
    position: int
    labels: tuple[str, ...] = ()


class JobList(Model, extra="forbid"):
    jobs: list[Job]
    by_backend: dict[str, list[Job]] = field(default_factory=dict)


class Node(Model, frozen=True):
    """A model that contains itself."""

    name: str
    children: tuple[Node, ...] = ()


class Everything(Model):
    """One field of each supported kind."""

    text: str
    number: int
    ratio: float
    flag: bool
    nothing: None
    maybe: int | None
    either: int | str
    choice: Literal["a", "b", 1]
    state: State
    level: Level
    items: list[int]
    frozen_items: tuple[float, ...]
    pair: tuple[int, str]
    table: dict[str, bool]
    anything: Any
    queue: QueueInfo
    queues: list[FrozenQueueInfo]


class Strict(Model, extra="forbid"):
    a: int


class Lenient(Model, extra="ignore"):
    a: int
