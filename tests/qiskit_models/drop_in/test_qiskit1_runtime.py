"""Qiskit 1.4 world: qiskit-ibm-runtime 0.44's fake backends, every one it
ships, built with this package's classes in every place runtime takes its
own from: what users read off them (target, configuration attributes,
status, the accessors and the private index) equals what runtime's classes
give; and the noise model runtime's fake backends simulate with (Aer's
device models, runtime's ``except BackendPropertyError``), on a spread.
"""

from __future__ import annotations

import contextlib
import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .worlds import require

require(1)

import qiskit_ibm_runtime.fake_provider as runtime_fakes
import qiskit_ibm_runtime.fake_provider.fake_backend as runtime_fake_backend
from qiskit_ibm_runtime.utils import backend_converter, backend_decoder

import qiskit_provider_models as ours

from .support_qiskit1 import (
    AER_CONDITION_WARNING,
    QISKIT_WARNINGS,
    WORLD,
    index_difference,
    load,
    noise,
    swapped,
    target_difference,
)

pytestmark = WORLD

FAKES = sorted(
    name
    for name, cls in inspect.getmembers(runtime_fakes, inspect.isclass)
    if issubclass(cls, runtime_fake_backend.FakeBackendV2) and cls.conf_filename
)
#: FakeNighthawk says its error values are made up, on every construction.
NIGHTHAWK_WARNING = pytest.mark.filterwarnings(
    r"ignore:Properties of fake_nighthawk are not intended:UserWarning"
)


@contextlib.contextmanager
def runtime_world() -> Iterator[None]:
    """This package's classes in every place runtime's fake backends take
    theirs from (its exceptions stay: runtime's code catches those)."""
    with contextlib.ExitStack() as stack:
        for module, names in RUNTIME_SWAPS:
            stack.enter_context(swapped(module, **names))
        yield


RUNTIME_SWAPS: list[tuple[Any, dict[str, Any]]] = [
    (
        runtime_fake_backend,
        {
            "BackendProperties": ours.BackendProperties,
            "BackendConfiguration": ours.BackendConfiguration,
            "QasmBackendConfiguration": ours.QasmBackendConfiguration,
            "BackendStatus": ours.BackendStatus,
        },
    ),
    (
        backend_decoder,
        {
            "BackendProperties": ours.BackendProperties,
            "QasmBackendConfiguration": ours.QasmBackendConfiguration,
        },
    ),
    (
        backend_converter,
        {
            "BackendProperties": ours.BackendProperties,
            "BackendConfiguration": ours.BackendConfiguration,
        },
    ),
]


def fake_backend_readings(fake: Any) -> dict[str, Any]:
    """What users read off a runtime fake backend, as comparable data."""
    readings: dict[str, Any] = {"target": fake.target}
    conf = fake.configuration()
    props = fake.properties()
    for key in fake._conf_dict:  # through FakeBackendV2.__getattr__ when not its own
        try:
            value = getattr(fake, key)
        except (AttributeError, NotImplementedError) as error:
            value = type(error).__name__
        if isinstance(value, list) and value and hasattr(value[0], "to_dict"):
            value = [item.to_dict() for item in value]  # GateConfig: runtime's or ours
        readings[f"attr {key}"] = value
    for key in ["dt", "dtm", "max_circuits", "num_qubits", "online_date", "description"]:
        readings[key] = repr(getattr(fake, key))
    readings["basis_gates"] = conf.basis_gates
    readings["coupling_map"] = conf.coupling_map
    readings["n_qubits"] = conf.n_qubits
    readings["status"] = fake.status().to_dict()
    readings["last_update_date"] = props.last_update_date
    readings["faulty_qubits"] = props.faulty_qubits()
    readings["faulty_gates"] = [(g.gate, g.qubits) for g in props.faulty_gates()]
    readings["_qubits"] = {q: props.qubit_property(q) for q in range(len(props.qubits))}
    readings["_gates"] = {g.gate: props.gate_property(g.gate) for g in props.gates}
    return readings


@QISKIT_WARNINGS
@NIGHTHAWK_WARNING
@pytest.mark.parametrize("fake_name", FAKES)
def test_runtime_fake_backend_equal(fake_name: str) -> None:
    expected = fake_backend_readings(getattr(runtime_fakes, fake_name)())
    with runtime_world():
        fake = getattr(runtime_fakes, fake_name)()
        assert type(fake.properties()) is ours.BackendProperties
        assert isinstance(fake.configuration(), ours.QasmBackendConfiguration)
        got = fake_backend_readings(fake)
    difference = target_difference(got.pop("target"), expected.pop("target"))
    assert difference is None, difference
    for key in ["_qubits", "_gates"]:
        difference = index_difference(got.pop(key), expected.pop(key), key)
        assert difference is None, difference
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        # what runtime's own classes cannot answer (its __getattr__ calls the
        # configuration's __getattribute__, e.g. max_shots) is not compared
        if value not in ("AttributeError", "NotImplementedError"):
            assert got[key] == value, key


def fake_class(fake_name: str, directory: Path) -> Any:
    """Runtime's fake backend class, or (``FakeTorino[:8]``) one on the Heron
    torino cut to 8 qubits, written to ``directory``: no qubit frequency, and
    a whole Heron takes Aer about 20 s per noise model."""
    if not fake_name.endswith("[:8]"):
        return getattr(runtime_fakes, fake_name)
    for kind in ["conf", "props"]:
        (directory / f"{kind}_slice.json").write_text(json.dumps(load(f"{kind}_torino[:8]")))

    class FakeTorinoSlice(runtime_fake_backend.FakeBackendV2):
        dirname = str(directory)
        conf_filename = "conf_slice.json"
        props_filename = "props_slice.json"
        backend_name = "fake_torino_slice"

    return FakeTorinoSlice


@QISKIT_WARNINGS
@AER_CONDITION_WARNING
@pytest.mark.parametrize("fake_name", ["FakeLagosV2", "FakeKolkataV2", "FakeTorino[:8]"])
def test_runtime_fake_backend_noise_model_equal(fake_name: str, tmp_path: Path) -> None:
    """FakeBackendV2._get_noise_model_from_backend_v2: Aer's device models on
    the properties, and ``except BackendPropertyError`` (runtime's) around the
    frequency that Heron payloads lack."""
    cls = fake_class(fake_name, tmp_path)
    expected = noise(cls()._get_noise_model_from_backend_v2)
    with runtime_world():
        fake = cls()
        assert type(fake.properties()) is ours.BackendProperties
        got = noise(fake._get_noise_model_from_backend_v2)
    assert expected[0] == "value"
    assert got == expected
