"""Uses of the library that ``mypy --strict`` and pyright (strict) must
accept, with the types they infer."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from typing_extensions import assert_type

from qiskit_provider_models import (
    ABSENT,
    FrozenJobStatus,
    FrozenModel,
    JobStatus,
    Model,
    QasmBackendConfiguration,
    ValidationError,
    field,
)


class IBMJobStatus(JobStatus):
    queue_position: int | None = None


class FrozenIBMJobStatus(FrozenJobStatus):  # frozen, with no class keyword
    queue_position: int | None = None


class SpelledOut(FrozenJobStatus, frozen=True):  # the keyword may still be written
    pass


class Window(FrozenModel):
    start: int
    end: int


class Keyworded(Model, frozen=True):  # the same as deriving from FrozenModel
    start: int


class Keyed(Model):
    one_q_gates: list[str] = field(key="1q_gates", default_factory=list[str])
    backend_name: str = field(key="backendName", default="")


class QueueInfo(Model, extra="forbid"):
    position: int
    tags: list[str] = dataclasses.field(default_factory=list[str])


status = JobStatus.from_dict({"job_id": "1", "status": "DONE", "status_msg": "ok"})
assert_type(status, JobStatus)
assert_type(status.job_id, str)
assert_type(status.status, str)
assert_type(status.extras, dict[str, Any])
assert_type(status.to_dict(), dict[str, Any])
status.status = "ERROR"
status.extras["queue_position"] = 3

built = JobStatus("1", "DONE", "ok", queue_position=3, backend="x")
assert_type(built, JobStatus)

frozen = FrozenJobStatus.from_dict(status.to_dict())
assert_type(frozen, FrozenJobStatus)
assert_type(hash(frozen), int)
assert_type(frozen.extras, Mapping[str, Any])
assert_type(frozen.extras.get("queue_position"), Any | None)
windows = {Window(1, 2), Window.from_dict({"start": 1, "end": 2})}
assert_type(windows, set[Window])
assert_type({Keyworded(1)}, set[Keyworded])

extended = IBMJobStatus.with_extras({"hub": "h"}, "1", "QUEUED", "q", queue_position=2)
assert_type(extended, IBMJobStatus)
assert_type(FrozenIBMJobStatus.with_extras({"hub": "h"}, "1", "DONE", "ok"), FrozenIBMJobStatus)

ibm = IBMJobStatus.from_dict({"job_id": "1", "status": "QUEUED", "status_msg": "q"})
assert_type(ibm, IBMJobStatus)
assert_type(ibm.queue_position, int | None)
IBMJobStatus("1", "QUEUED", "q", queue_position=4)
assert_type(FrozenIBMJobStatus.from_dict(ibm.to_dict()), FrozenIBMJobStatus)

info = QueueInfo(position=1)
assert_type(info.tags, list[str])
assert_type(QueueInfo.from_dict({"position": 1}).position, int)

assert_type(dataclasses.fields(JobStatus), tuple[dataclasses.Field[Any], ...])
replaced = dataclasses.replace(ibm, queue_position=None)
assert_type(replaced, IBMJobStatus)

try:
    JobStatus.from_dict({})
except ValidationError as error:
    assert_type(error.path, tuple[Any, ...])
    assert_type(error.model, type)

keyed = Keyed(["x"], backend_name="b")
assert_type(keyed.one_q_gates, list[str])
assert_type(Keyed.from_dict({"1q_gates": []}).backend_name, str)


class Optional(Model):
    name: str
    dt: float = ABSENT
    when: str = field(key="When", default=ABSENT)


optional = Optional("x")
Optional("x", dt=0.5, when="now")
assert_type(optional.dt, float)
assert_type(hasattr(optional, "dt"), bool)
optional.dt = 1.0
del optional.dt
assert_type(Optional.from_dict({"name": "x"}), Optional)

conf = QasmBackendConfiguration.from_dict({})
assert_type(conf.dt, float)
conf.dt = 2e-10
conf.max_experiments = 300
assert_type(conf.online_date, datetime)
assert_type(conf.gates[0].coupling_map, list[list[int]])

assert_type(JobStatus.from_json('{"job_id": "1"}'), JobStatus)
assert_type(IBMJobStatus.from_json(b"{}"), IBMJobStatus)
assert_type(status.to_json(), str)
