"""Mistakes that both type checkers must report: each marked line ends with
``# E: mypy[code,...] pyright[rule,...]``.

tests/test_typing.py runs ``mypy --strict`` and pyright (strict) on this
file and checks that each checker reports exactly the marked codes on each
marked line, and nothing on any other line. A checker left out of a marker
must report nothing there: the reason follows the marker.
"""

from __future__ import annotations

from qiskit_provider_models import (
    ABSENT,
    FrozenGateConfig,
    FrozenJobStatus,
    FrozenModel,
    JobStatus,
    Model,
    QasmBackendConfiguration,
    field,
)


class IBMJobStatus(JobStatus):
    queue_position: int | None = None


class FrozenIBMJobStatus(FrozenJobStatus):  # a plain subclass is frozen for both checkers
    queue_position: int | None = None


class Window(FrozenModel):
    start: int
    end: int


class Keyworded(Model, frozen=True):
    start: int


class Typo(Model, extra="forbidd"):  # E: mypy[arg-type] pyright[reportGeneralTypeIssues,reportArgumentType]
    a: int


class Ordered(Model, order=True):  # E: mypy[call-arg] pyright[reportGeneralTypeIssues,reportCallIssue]
    a: int


class Thawed(FrozenJobStatus, frozen=False):  # E: mypy[misc] pyright[reportGeneralTypeIssues]
    pass


status = JobStatus.from_dict({"job_id": "1", "status": "DONE", "status_msg": "ok"})
status.queu_position  # E: mypy[attr-defined] pyright[reportAttributeAccessIssue,reportUnknownMemberType]
status.stauts = "DONE"  # E: mypy[attr-defined] pyright[reportAttributeAccessIssue]

frozen = FrozenIBMJobStatus("1", "DONE", "ok")
frozen.status = "ERROR"  # E: mypy[misc] pyright[reportAttributeAccessIssue]
frozen.queue_position = 3  # E: mypy[misc] pyright[reportAttributeAccessIssue]
Window(1, 2).end = 3  # E: mypy[misc] pyright[reportAttributeAccessIssue]
Keyworded(1).start = 2  # E: mypy[misc] pyright[reportAttributeAccessIssue]
del frozen.status  # E: pyright[reportAttributeAccessIssue] (mypy does not check del: python/mypy#12904)
frozen.extras["k"] = 1  # E: mypy[index] pyright[reportIndexIssue]

IBMJobStatus("1", "QUEUED", "q", queue_position="3")  # E: mypy[arg-type] pyright[reportArgumentType]
IBMJobStatus(job_id=1, status="QUEUED", status_msg="q")  # E: mypy[arg-type] pyright[reportArgumentType]
IBMJobStatus("1", "QUEUED", "q", hub="x")  # E: mypy[call-arg] pyright[reportCallIssue]
IBMJobStatus.with_extras({"hub": "x"}, "1", "Q", "q", queue_position="3")  # E: mypy[arg-type] pyright[reportArgumentType]

wrong: FrozenJobStatus = JobStatus.from_dict({})  # E: mypy[assignment] pyright[reportAssignmentType]
narrowed: IBMJobStatus = JobStatus.from_dict({})  # E: mypy[assignment] pyright[reportAssignmentType]
number: int = IBMJobStatus.from_dict({}).queue_position  # E: mypy[assignment] pyright[reportAssignmentType]
JobStatus.from_dict([("job_id", "1")])  # E: mypy[arg-type] pyright[reportArgumentType]

unhashable = {status}  # E: pyright[reportUnhashable] (mypy does not check what goes in a set)


class WithKey(Model):
    one_q: int = field(key="1q", default=0)


WithKey(one_q="1")  # E: mypy[arg-type] pyright[reportArgumentType]


class MaybeDt(Model):
    dt: float = ABSENT


MaybeDt(dt="1")  # E: mypy[arg-type] pyright[reportArgumentType]
MaybeDt().dt = "1"  # E: mypy[assignment] pyright[reportAttributeAccessIssue]
MaybeDt().dtt  # E: mypy[attr-defined] pyright[reportAttributeAccessIssue,reportUnknownMemberType]


conf = QasmBackendConfiguration.from_dict({})
conf.n_qubitz  # E: mypy[attr-defined] pyright[reportAttributeAccessIssue,reportUnknownMemberType]
conf.dt = "1"  # E: mypy[assignment] pyright[reportAttributeAccessIssue]
FrozenGateConfig.from_dict({}).coupling_mapp  # E: mypy[attr-defined] pyright[reportAttributeAccessIssue,reportUnknownMemberType]
JobStatus.from_json({"job_id": "1"})  # E: mypy[arg-type] pyright[reportArgumentType]
