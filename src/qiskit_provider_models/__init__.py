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

from __future__ import annotations

import importlib
import sys
from dataclasses import FrozenInstanceError
from typing import TYPE_CHECKING, Any

from ._common import fields as _fields
from ._field_types import datetimes as _datetimes
from ._machinery import (
    ABSENT,
    ComplexSamples,
    ExtraPolicy,
    FrozenExtras,
    FrozenModel,
    Model,
    ValidationError,
    field,
)
from ._machinery import model as _model

if TYPE_CHECKING:  # imported on first use at runtime (see __getattr__)
    from ._qiskit_models.backend_configuration import (
        BackendConfiguration,
        FrozenGateConfig,
        FrozenQasmBackendConfiguration,
        FrozenUchannelLO,
        GateConfig,
        QasmBackendConfiguration,
        UchannelLO,
    )
    from ._qiskit_models.backend_properties import (
        BackendProperties,
        BackendPropertyError,
        FrozenBackendProperties,
        FrozenGateProperties,
        FrozenNduv,
        Gate,
        GateProperties,
        Nduv,
    )
    from ._qiskit_models.backend_status import (
        BackendStatus,
        FrozenBackendStatus,
    )
    from ._qiskit_models.channels import (
        AcquireChannel,
        Channel,
        ControlChannel,
        DriveChannel,
        MeasureChannel,
        channel_from_name,
    )
    from ._qiskit_models.configuration_errors import (
        BackendConfigurationError,
    )
    from ._qiskit_models.job_status import (
        FrozenJobStatus,
        JobStatus,
    )
    from ._qiskit_models.pulse_configuration import (
        FrozenPulseBackendConfiguration,
        PulseBackendConfiguration,
        configuration_from_dict,
    )
    from ._qiskit_models.pulse_defaults import (
        Discriminator,
        FrozenDiscriminator,
        FrozenMeasurementKernel,
        FrozenPulseDefaults,
        MeasurementKernel,
        PulseDefaults,
    )
    from ._qiskit_models.pulse_library import (
        Command,
        FrozenCommand,
        FrozenPulseLibraryItem,
        FrozenPulseQobjInstruction,
        PulseLibraryItem,
        PulseQobjInstruction,
    )

# Pickles written by 0.1 name these modules, since moved: a model's
# reconstructor (_model._blank), a datetime's in a container
# (_times._with_text), ABSENT (_fields). Registered, not imported: they are
# the same modules.
for _old, _module in (
    ("_model", _model),
    ("_times", _datetimes),
    ("_fields", _fields),
):
    sys.modules.setdefault(f"{__name__}.{_old}", _module)
del _old, _module

# Shown as qiskit_provider_models.X in tracebacks and reprs, where users import them.
for _public in (ValidationError, FrozenExtras, Model, FrozenModel):
    _public.__module__ = __name__
del _public

#: Qiskit's models, by name: the module of ``_qiskit_models`` that declares
#: each. They are imported, and their classes built, when first named
#: (``from qiskit_provider_models import JobStatus``), not by importing the
#: package: they were most of its import time (docs/performance.md).
_QISKIT_MODELS: dict[str, str] = {
    "BackendConfiguration": "backend_configuration",
    "FrozenGateConfig": "backend_configuration",
    "FrozenQasmBackendConfiguration": "backend_configuration",
    "FrozenUchannelLO": "backend_configuration",
    "GateConfig": "backend_configuration",
    "QasmBackendConfiguration": "backend_configuration",
    "UchannelLO": "backend_configuration",
    "BackendProperties": "backend_properties",
    "BackendPropertyError": "backend_properties",
    "FrozenBackendProperties": "backend_properties",
    "FrozenGateProperties": "backend_properties",
    "FrozenNduv": "backend_properties",
    "Gate": "backend_properties",
    "GateProperties": "backend_properties",
    "Nduv": "backend_properties",
    "BackendStatus": "backend_status",
    "FrozenBackendStatus": "backend_status",
    "AcquireChannel": "channels",
    "Channel": "channels",
    "ControlChannel": "channels",
    "DriveChannel": "channels",
    "MeasureChannel": "channels",
    "channel_from_name": "channels",
    "BackendConfigurationError": "configuration_errors",
    "FrozenJobStatus": "job_status",
    "JobStatus": "job_status",
    "FrozenPulseBackendConfiguration": "pulse_configuration",
    "PulseBackendConfiguration": "pulse_configuration",
    "configuration_from_dict": "pulse_configuration",
    "Discriminator": "pulse_defaults",
    "FrozenDiscriminator": "pulse_defaults",
    "FrozenMeasurementKernel": "pulse_defaults",
    "FrozenPulseDefaults": "pulse_defaults",
    "MeasurementKernel": "pulse_defaults",
    "PulseDefaults": "pulse_defaults",
    "Command": "pulse_library",
    "FrozenCommand": "pulse_library",
    "FrozenPulseLibraryItem": "pulse_library",
    "FrozenPulseQobjInstruction": "pulse_library",
    "PulseLibraryItem": "pulse_library",
    "PulseQobjInstruction": "pulse_library",
}


def __getattr__(name: str) -> Any:
    module = _QISKIT_MODELS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}", name=name)
    value = getattr(importlib.import_module(f"._qiskit_models.{module}", __name__), name)
    globals()[name] = value  # later reads find it without this function
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})


__all__ = [
    "ABSENT",
    "AcquireChannel",
    "BackendConfiguration",
    "BackendConfigurationError",
    "BackendProperties",
    "BackendPropertyError",
    "BackendStatus",
    "Channel",
    "Command",
    "ComplexSamples",
    "ControlChannel",
    "Discriminator",
    "DriveChannel",
    "ExtraPolicy",
    "FrozenBackendProperties",
    "FrozenBackendStatus",
    "FrozenCommand",
    "FrozenDiscriminator",
    "FrozenExtras",
    "FrozenGateConfig",
    "FrozenGateProperties",
    "FrozenInstanceError",
    "FrozenJobStatus",
    "FrozenMeasurementKernel",
    "FrozenModel",
    "FrozenNduv",
    "FrozenPulseBackendConfiguration",
    "FrozenPulseDefaults",
    "FrozenPulseLibraryItem",
    "FrozenPulseQobjInstruction",
    "FrozenQasmBackendConfiguration",
    "FrozenUchannelLO",
    "Gate",
    "GateConfig",
    "GateProperties",
    "JobStatus",
    "MeasureChannel",
    "MeasurementKernel",
    "Model",
    "Nduv",
    "PulseBackendConfiguration",
    "PulseDefaults",
    "PulseLibraryItem",
    "PulseQobjInstruction",
    "QasmBackendConfiguration",
    "UchannelLO",
    "ValidationError",
    "channel_from_name",
    "configuration_from_dict",
    "field",
]
