"""A first look: parse a job status payload, read it, and write it back."""

from __future__ import annotations

from qiskit_provider_models import FrozenJobStatus, JobStatus, ValidationError

payload = {
    "job_id": "1x56222G",
    "status": "RUNNING",
    "status_msg": "Currently running",
    "queue_position": 3,
}

status = JobStatus.from_dict(payload)
print(status)
print("queue position:", status.extras["queue_position"])
print("round trip exact:", status.to_dict() == payload)

frozen = FrozenJobStatus.from_dict(payload)
print("hashable:", {frozen: "cached"}[frozen])

try:
    JobStatus.from_dict({"job_id": "1x56222G", "status": 3, "status_msg": ""})
except ValidationError as error:
    print("rejected:", error)
