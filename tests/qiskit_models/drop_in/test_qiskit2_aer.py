"""Qiskit 2 world: Aer 0.17's noise models on this package's properties,
compared with the same on runtime's classes: the device parameters Aer reads
from every real payload, and its noise builders (``from_backend_properties``,
``basic_device_*_errors``, ``NoiseModel.from_backend`` and runtime's own
``_get_noise_model_from_backend_v2``) on a spread of backends.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from .worlds import require

require(2)

from qiskit_aer.noise import NoiseModel
from qiskit_aer.noise.device import models as aer_models
from qiskit_aer.noise.device import parameters as aer_parameters
from qiskit_ibm_runtime import models as runtime_models
from qiskit_ibm_runtime.fake_provider.fake_backend import FakeBackendV2

import qiskit_provider_models as ours

from .slicing import sliced_payloads
from .support_qiskit2 import (
    BACKENDS,
    decoded_props,
    load,
    outcome,
    package_models,
    payload_pairs,
    target_difference,
)
from .support_qiskit2_aer import error_list_difference, noise_difference

pytestmark = pytest.mark.qiskit2  # .ci/run selects these once the extra is installed

PAIRS = payload_pairs()


def by_pair(pairs: list[tuple[Path, Path]]) -> Any:
    return pytest.mark.parametrize(
        ("conf_path", "props_path"), pairs, ids=[p.stem for _, p in pairs]
    )


AER_PARAMETER_FUNCTIONS = [
    aer_parameters.gate_param_values,
    aer_parameters.gate_error_values,
    aer_parameters.gate_length_values,
    aer_parameters.readout_error_values,
    aer_parameters.thermal_relaxation_values,
]


@pytest.mark.parametrize("feed", ["json", "decoded"])
@by_pair(PAIRS)
def test_aer_device_parameters_equal(conf_path: Path, props_path: Path, feed: str) -> None:
    """What Aer reads from every real payload (``gates``, ``qubits``, each
    gate's ``gate``, ``qubits`` and ``parameters``, each Nduv's ``name``,
    ``value`` and ``unit``): the values, their types and the qubits' type."""
    payload = load(props_path)
    if feed == "decoded":
        payload = decoded_props(payload)
    theirs = runtime_models.BackendProperties.from_dict(copy.deepcopy(payload))
    mine = ours.BackendProperties.from_dict(copy.deepcopy(payload))
    for function in AER_PARAMETER_FUNCTIONS:
        assert repr(function(mine)) == repr(function(theirs)), function.__name__


#: A representative spread for Aer's noise builders, which take seconds to tens
#: of seconds per 127- or 156-qubit device: 1 to 16 qubits, Falcon, Canary and
#: the fractional-gate (rzz) snapshot.
AER_SPREAD = ["armonk", "athens", "fractional", "lagos", "guadalupe"]


def _props_pair(name: str) -> tuple[Any, Any]:
    payload = load(BACKENDS / name / f"props_{name}.json")
    theirs = runtime_models.BackendProperties.from_dict(copy.deepcopy(payload))
    return ours.BackendProperties.from_dict(copy.deepcopy(payload)), theirs


@pytest.mark.parametrize("name", AER_SPREAD)
def test_aer_noise_from_backend_properties_equal(name: str) -> None:
    mine, theirs = _props_pair(name)
    for options in ({"dt": 2.2222222222222221e-10}, {"temperature": 20, "gate_error": False}):
        assert (
            noise_difference(
                NoiseModel.from_backend_properties(mine, **options),
                NoiseModel.from_backend_properties(theirs, **options),
            )
            is None
        ), options


@pytest.mark.parametrize("name", AER_SPREAD[:3])
def test_aer_basic_device_errors_equal(name: str) -> None:
    mine, theirs = _props_pair(name)
    assert (
        error_list_difference(
            aer_models.basic_device_readout_errors(mine),
            aer_models.basic_device_readout_errors(theirs),
        )
        is None
    )
    # Aer matches custom gate lengths with ``q == qubits``: runtime's qubits
    # are lists, so a list given here must match ours too.
    gate = theirs.gates[0]
    options: list[dict[str, Any]] = [
        {"temperature": 20},
        {"gate_lengths": [(gate.gate, list(gate.qubits), 123.0), ("x", None, 50.0)]},
        {"thermal_relaxation": False},
    ]
    for option in options:
        assert (
            error_list_difference(
                aer_models.basic_device_gate_errors(mine, **option),
                aer_models.basic_device_gate_errors(theirs, **option),
            )
            is None
        ), option


@pytest.mark.parametrize("name", ["FakeAthensV2", "FakeLagosV2", "FakeFractionalBackend"])
def test_aer_noise_of_fake_backends_equal(name: str) -> None:
    """``NoiseModel.from_backend`` (BackendV2: the target) and runtime's own
    ``_get_noise_model_from_backend_v2`` (what ``run`` simulates with: Aer's
    device functions on the properties, and runtime's except clauses)."""
    from qiskit_ibm_runtime import fake_provider

    cls = getattr(fake_provider, name)
    reference = cls()
    with package_models():
        backend = cls()
        from_backend = NoiseModel.from_backend(backend)
        from_runtime = backend._get_noise_model_from_backend_v2()
        from_runtime_delay = backend._get_noise_model_from_backend_v2(temperature=20)
    assert noise_difference(from_backend, NoiseModel.from_backend(reference)) is None
    assert noise_difference(from_runtime, reference._get_noise_model_from_backend_v2()) is None
    expected = reference._get_noise_model_from_backend_v2(temperature=20)
    assert noise_difference(from_runtime_delay, expected) is None


def _heron_slice(tmp_path: Path) -> type[FakeBackendV2]:
    """FakeFez cut to 4 qubits (Heron payloads have no qubit frequency), as a
    fake backend reading its files from ``tmp_path``."""
    conf, props = sliced_payloads(
        load(BACKENDS / "fez" / "conf_fez.json"), load(BACKENDS / "fez" / "props_fez.json"), 4
    )
    (tmp_path / "conf_slice.json").write_text(json.dumps(conf))
    (tmp_path / "props_slice.json").write_text(json.dumps(props))

    class FakeHeronSlice(FakeBackendV2):
        dirname = str(tmp_path)
        conf_filename = "conf_slice.json"
        props_filename = "props_slice.json"
        backend_name = "fake_heron_slice"

    return FakeHeronSlice


def test_aer_on_heron_without_frequency(tmp_path: Path) -> None:
    """No ``frequency``: Aer's from_backend_properties catches only
    ValueError, so runtime's error escapes it and ours must escape the same
    way; runtime's fake backend catches it around the frequencies."""
    cls = _heron_slice(tmp_path)
    reference = cls()
    theirs = reference.properties()
    with package_models():
        backend = cls()
        mine = backend.properties()
        from_runtime = backend._get_noise_model_from_backend_v2()
        target = backend.target
    assert outcome(NoiseModel.from_backend_properties, mine) == outcome(
        NoiseModel.from_backend_properties, theirs
    )
    assert outcome(NoiseModel.from_backend_properties, theirs)[0] == (
        "runtime's BackendPropertyError"
    )
    assert (
        noise_difference(
            NoiseModel.from_backend_properties(mine, thermal_relaxation=False),
            NoiseModel.from_backend_properties(theirs, thermal_relaxation=False),
        )
        is None
    )
    assert noise_difference(from_runtime, reference._get_noise_model_from_backend_v2()) is None
    assert target_difference(target, reference.target) is None
