"""Qiskit 1.4 world: Aer 0.16's device noise on this package's properties
equals the same on Qiskit's: the device parameters Aer reads (every
backend, every decoding), and on a spread of backends
``basic_device_gate_errors``, ``NoiseModel.from_backend`` on a BackendV1 and
``NoiseModel.from_backend_properties`` (whose ``isinstance`` check against
Qiskit's class in 0.16.2 refuses ours: the documented one-line change).
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from .worlds import require

require(1)

import qiskit_aer.noise.device.models as aer_models
import qiskit_aer.noise.device.parameters as aer_parameters
import qiskit_aer.noise.noise_model as aer_noise_model
from qiskit.providers.models import backendproperties
from qiskit_aer.noise import NoiseModel
from qiskit_aer.noise.noiseerror import NoiseError

import qiskit_provider_models as ours

from .support_qiskit1 import (
    AER_CONDITION_WARNING,
    DECODINGS,
    NAMES,
    OURS,
    PAIRS,
    QISKIT,
    QISKIT_WARNINGS,
    WORLD,
    LegacyBackend,
    build_properties,
    built,
    canonical,
    noise,
    swapped,
)

pytestmark = WORLD

#: Aer 0.16 warns when NoiseModel.from_backend is given a BackendV1.
AER_V1_WARNING = pytest.mark.filterwarnings(
    r"ignore:.*from_backend using V1 based backend is deprecated:DeprecationWarning"
)


def aer_has_backend_v1() -> bool:
    return "backend_interface_version <= 1" in inspect.getsource(NoiseModel.from_backend)


def gate_errors(props: Any) -> list[Any]:
    return [
        (name, qubits, canonical(error.to_dict()))
        for name, qubits, error in aer_models.basic_device_gate_errors(props, temperature=15)
    ]


def readout_errors(props: Any) -> list[Any]:
    return [
        (qubits, canonical(error.to_dict()))
        for qubits, error in aer_models.basic_device_readout_errors(props)
    ]


AER_PARAMETERS = [
    "gate_param_values",
    "gate_error_values",
    "gate_length_values",
    "readout_error_values",
    "thermal_relaxation_values",
]


@QISKIT_WARNINGS
@AER_CONDITION_WARNING
@pytest.mark.parametrize("decoding", DECODINGS)
@pytest.mark.parametrize("name", NAMES)
def test_aer_device_parameters_equal(name: str, decoding: str) -> None:
    theirs = build_properties(decoding, QISKIT[1], PAIRS[name][1])
    props = build_properties(decoding, OURS[1], PAIRS[name][1])
    for function in AER_PARAMETERS:
        call = getattr(aer_parameters, function)
        assert repr(call(props)) == repr(call(theirs)), function
    assert readout_errors(props) == readout_errors(theirs)


#: Aer's gate errors take about 15 s per side on a whole Heron and 5 s on an
#: Eagle: those run on the JSON only (the decodings change only the dates,
#: which Aer does not read: test_aer_device_parameters_equal compares what it
#: reads on every backend and decoding); the others on every decoding.
GATE_ERROR_CASES = [
    *[(name, decoding) for name in ["lagos", "kolkata", "torino[:8]"] for decoding in DECODINGS],
    ("manila", "json"),
    ("sherbrooke", "json"),
    ("torino", "json"),
]


@QISKIT_WARNINGS
@AER_CONDITION_WARNING
@pytest.mark.parametrize(("name", "decoding"), GATE_ERROR_CASES)
def test_aer_basic_device_gate_errors_equal(name: str, decoding: str) -> None:
    theirs = build_properties(decoding, QISKIT[1], PAIRS[name][1])
    props = build_properties(decoding, OURS[1], PAIRS[name][1])
    expected = gate_errors(theirs)
    assert expected
    assert gate_errors(props) == expected


@QISKIT_WARNINGS
@AER_CONDITION_WARNING
@AER_V1_WARNING
@pytest.mark.parametrize("decoding", ["json", "qiskit-decoder"])
@pytest.mark.parametrize("name", ["manila", "lagos", "kolkata", "torino"])  # torino: no frequency
def test_aer_noise_model_from_backend_v1_equal(name: str, decoding: str) -> None:
    if not aer_has_backend_v1():
        pytest.skip("this qiskit-aer has no BackendV1 path in from_backend: use 0.16.2")
    expected = noise(NoiseModel.from_backend, LegacyBackend(*built(decoding, QISKIT, name)))
    got = noise(NoiseModel.from_backend, LegacyBackend(*built(decoding, OURS, name)))
    assert got == expected


def aer_checks_qiskits_class() -> bool:
    source = inspect.getsource(NoiseModel.from_backend_properties)
    return "isinstance(backend_properties, BackendProperties)" in source


@QISKIT_WARNINGS
@AER_CONDITION_WARNING
@pytest.mark.parametrize("name", ["manila", "lagos", "kolkata", "torino[:8]"])
def test_aer_noise_model_from_backend_properties(name: str) -> None:
    """Aer 0.16.2 checks isinstance against Qiskit's class (0.16.3 on duck-type).
    There, ours is refused; the user's one-line change
    ``NoiseModel.from_backend_properties(qiskit.providers.models.BackendProperties.from_dict(props.to_dict()))``
    gives Qiskit's noise, and so would Aer accepting this class too."""
    theirs = build_properties("json", QISKIT[1], PAIRS[name][1])
    props = build_properties("json", OURS[1], PAIRS[name][1])
    expected = noise(NoiseModel.from_backend_properties, theirs, dt=2.2e-10)
    if aer_checks_qiskits_class():
        with pytest.raises(NoiseError, match="is not a Qiskit backend or BackendProperties"):
            NoiseModel.from_backend_properties(props)
        converted = backendproperties.BackendProperties.from_dict(props.to_dict())
        assert noise(NoiseModel.from_backend_properties, converted, dt=2.2e-10) == expected
        accepting = (backendproperties.BackendProperties, ours.BackendProperties)
        with swapped(aer_noise_model, BackendProperties=accepting):
            got = noise(NoiseModel.from_backend_properties, props, dt=2.2e-10)
    else:
        got = noise(NoiseModel.from_backend_properties, props, dt=2.2e-10)
    assert got == expected
