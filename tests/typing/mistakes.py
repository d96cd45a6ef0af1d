"""Mistakes that ``mypy --strict`` must report: each line marked ``# E: code``.

tests/test_typing.py runs mypy on this file and checks that every marked
line, and no other, has an error with that code.
"""

from __future__ import annotations

from qiskit_provider_models import FrozenJobStatus, JobStatus


class IBMJobStatus(JobStatus):
    queue_position: int | None = None


status = JobStatus.from_dict({"job_id": "1", "status": "DONE", "status_msg": "ok"})
status.queu_position  # E: attr-defined
status.stauts = "DONE"  # E: attr-defined

frozen = FrozenJobStatus("1", "DONE", "ok")
frozen.status = "ERROR"  # E: misc

IBMJobStatus("1", "QUEUED", "q", queue_position="3")  # E: arg-type
IBMJobStatus(job_id=1, status="QUEUED", status_msg="q")  # E: arg-type

wrong: FrozenJobStatus = JobStatus.from_dict({})  # E: assignment
narrowed: IBMJobStatus = JobStatus.from_dict({})  # E: assignment
number: int = IBMJobStatus.from_dict({}).queue_position  # E: assignment
JobStatus.from_dict([("job_id", "1")])  # E: arg-type
