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
from ._fields import ABSENT, field
from ._model import ExtraPolicy, FrozenModel, Model
from .backend_configuration import (
    BackendConfiguration,
    FrozenGateConfig,
    FrozenQasmBackendConfiguration,
    FrozenUchannelLO,
    GateConfig,
    QasmBackendConfiguration,
    UchannelLO,
)
from .backend_properties import (
    BackendProperties,
    BackendPropertyError,
    FrozenBackendProperties,
    FrozenGateProperties,
    FrozenNduv,
    Gate,
    GateProperties,
    Nduv,
)
from .backend_status import BackendStatus, FrozenBackendStatus
from .job_status import FrozenJobStatus, JobStatus

# Shown as qiskit_provider_models.X in tracebacks and reprs, where users import them.
for _public in (ValidationError, BackendPropertyError, FrozenExtras, Model, FrozenModel):
    _public.__module__ = __name__
del _public

__all__ = [
    "ABSENT",
    "BackendConfiguration",
    "BackendProperties",
    "BackendPropertyError",
    "BackendStatus",
    "FrozenBackendProperties",
    "FrozenBackendStatus",
    "ExtraPolicy",
    "FrozenExtras",
    "FrozenGateConfig",
    "FrozenGateProperties",
    "FrozenInstanceError",
    "FrozenJobStatus",
    "FrozenModel",
    "FrozenNduv",
    "FrozenQasmBackendConfiguration",
    "FrozenUchannelLO",
    "Gate",
    "GateConfig",
    "GateProperties",
    "JobStatus",
    "Model",
    "Nduv",
    "QasmBackendConfiguration",
    "UchannelLO",
    "ValidationError",
    "field",
]
