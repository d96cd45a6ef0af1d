"""Typed models for quantum provider payloads, standalone successors of
``qiskit.providers.models``.

>>> from qiskit_provider_models import JobStatus
>>> status = JobStatus.from_dict({"job_id": "1x56222G", "status": "RUNNING",
...                               "status_msg": "running", "queue_position": 3})
>>> status.queue_position
3
>>> status.to_dict()
{'job_id': '1x56222G', 'status': 'RUNNING', 'status_msg': 'running', 'queue_position': 3}
"""

from dataclasses import FrozenInstanceError

from ._errors import ValidationError
from ._extras import FrozenExtras
from ._fields import field
from ._model import ExtraPolicy, FrozenModel, Model
from .backend_status import BackendStatus, FrozenBackendStatus
from .job_status import FrozenJobStatus, JobStatus

# Shown as qiskit_provider_models.X in tracebacks and reprs, where users import them.
for _public in (ValidationError, FrozenExtras, Model, FrozenModel):
    _public.__module__ = __name__
del _public

__all__ = [
    "BackendStatus",
    "FrozenBackendStatus",
    "ExtraPolicy",
    "FrozenExtras",
    "FrozenInstanceError",
    "FrozenJobStatus",
    "FrozenModel",
    "JobStatus",
    "Model",
    "ValidationError",
    "field",
]
