"""PulseDefaults and its parts: exact payloads, Qiskit's attributes and units."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import (
    Command,
    ComplexSamples,
    Discriminator,
    FrozenCommand,
    FrozenDiscriminator,
    FrozenMeasurementKernel,
    FrozenPulseDefaults,
    FrozenPulseLibraryItem,
    FrozenPulseQobjInstruction,
    MeasurementKernel,
    PulseDefaults,
    PulseLibraryItem,
    PulseQobjInstruction,
    ValidationError,
    field,
)
from qiskit_provider_models.strategies import payloads

BOTH = pytest.mark.parametrize("cls", [PulseDefaults, FrozenPulseDefaults])
Defaults = PulseDefaults | FrozenPulseDefaults


def defaults() -> dict[str, Any]:
    """A small payload in the form of qiskit-ibm-runtime 0.40's defs_*.json."""
    return {
        "qubit_freq_est": [4.971857733, 5.0],
        "meas_freq_est": [6.8, 6.9],
        "buffer": 0,
        "pulse_library": [
            {"name": "CX_d0_u0", "samples": [[0.0, 0.0], [0.0013, -0.0004], [0, 1]]},
            {"name": "empty", "samples": []},
        ],
        "cmd_def": [
            {
                "name": "cx",
                "qubits": [0, 1],
                "sequence": [
                    {"name": "fc", "t0": 0, "ch": "d0", "phase": -3.141592653589793},
                    {"name": "fc", "t0": 0, "ch": "u1", "phase": "-(P0)"},
                    {
                        "name": "parametric_pulse",
                        "t0": 0,
                        "ch": "d0",
                        "label": "Y90p_d0",
                        "pulse_shape": "drag",
                        "parameters": {
                            "amp": [-0.0003, 0.0968],
                            "beta": -0.69,
                            "duration": 160,
                            "sigma": 40,
                        },
                    },
                    {"name": "CX_d0_u0", "t0": 160, "ch": "u0"},
                    {"name": "delay", "t0": 160, "ch": "d1", "duration": 1248},
                ],
            },
            {
                "name": "measure",
                "qubits": [0],
                "sequence": [
                    {
                        "name": "acquire",
                        "t0": 0,
                        "duration": 1792,
                        "qubits": [0],
                        "memory_slot": [0],
                    }
                ],
            },
        ],
        "meas_kernel": {"name": "hw_qmfk", "params": {}},
        "discriminator": {"name": "hw_qmfk", "params": {}},
        "_data": {},
    }


# --- the payload, exactly ---


@BOTH
def test_round_trip_is_exact(cls: type[Defaults]) -> None:
    payload = defaults()
    before = copy.deepcopy(payload)
    out = cls.from_dict(payload).to_dict()
    assert payload == before
    assert out == payload
    # number kinds too: the int pair [0, 1] stays ints, 0 stays 0
    assert json.dumps(out) == json.dumps(payload)


@BOTH
def test_frequencies_are_in_hertz_with_qiskits_arithmetic(cls: type[Defaults]) -> None:
    found = cls.from_dict(defaults())
    assert found.qubit_freq_est == [4.971857733 * 1e9, 5.0 * 1e9]
    assert found.meas_freq_est == [6.8 * 1e9, 6.9 * 1e9]
    assert list(found.qubit_freq_est_ghz) == [4.971857733, 5.0]


def test_assigning_hertz_stores_ghz() -> None:
    found = PulseDefaults.from_dict(defaults())
    found.qubit_freq_est = [5e9, 4.5e9]
    found.meas_freq_est = [7e9, 7.1e9]
    assert found.to_dict()["qubit_freq_est"] == [5e9 * 1e-9, 4.5e9 * 1e-9]
    assert found.meas_freq_est_ghz == [7e9 * 1e-9, 7.1e9 * 1e-9]


def test_the_constructor_takes_ghz_as_qiskits_did() -> None:
    made = PulseDefaults([5.0], [7.0], 10, [PulseLibraryItem("p", ComplexSamples([1.0]))], [])
    assert made.qubit_freq_est == [5e9]
    assert made.to_dict() == {
        "qubit_freq_est": [5.0],
        "meas_freq_est": [7.0],
        "buffer": 10,
        "pulse_library": [{"name": "p", "samples": [[1.0, 0.0]]}],
        "cmd_def": [],
    }


@BOTH
def test_parts_are_typed(cls: type[Defaults]) -> None:
    found = cls.from_dict(defaults())
    frozen = cls is FrozenPulseDefaults
    assert type(found.pulse_library[0]) is (FrozenPulseLibraryItem if frozen else PulseLibraryItem)
    command = found.cmd_def[0]
    assert type(command) is (FrozenCommand if frozen else Command)
    assert list(command.qubits) == [0, 1]
    first = command.sequence[0]
    assert type(first) is (FrozenPulseQobjInstruction if frozen else PulseQobjInstruction)
    assert (first.name, first.t0, first.ch, first.phase) == ("fc", 0, "d0", -3.141592653589793)
    assert command.sequence[1].phase == "-(P0)"
    assert command.sequence[2].parameters["amp"] == [-0.0003, 0.0968]  # as given
    assert command.sequence[4].duration == 1248
    acquire = found.cmd_def[1].sequence[0]
    assert list(acquire.memory_slot) == [0]  # type: ignore[arg-type]
    assert found.meas_kernel.name == found.discriminator.name == "hw_qmfk"
    assert type(found.meas_kernel) is (FrozenMeasurementKernel if frozen else MeasurementKernel)
    assert type(found.discriminator) is (FrozenDiscriminator if frozen else Discriminator)


@BOTH
def test_samples_are_complex_over_the_payloads_pairs(cls: type[Defaults]) -> None:
    item = cls.from_dict(defaults()).pulse_library[0]
    assert type(item.samples) is ComplexSamples
    assert list(item.samples) == [0j, complex(0.0013, -0.0004), 1j]
    assert item.samples[2] == 1j
    pairs = item.to_dict()["samples"]
    assert pairs[2] == [0, 1]
    assert [type(part) for part in pairs[2]] == [int, int]  # as the payload wrote them


def test_the_constructor_takes_pairs_or_complex_values_as_qiskits_did() -> None:
    for samples in ([(1.0, 2.0), [0.5, 0]], [1 + 2j, 0.5], ComplexSamples([1 + 2j, 0.5])):
        item = PulseLibraryItem("p", samples)  # type: ignore[arg-type]
        assert type(item.samples) is ComplexSamples
        assert list(item.samples) == [1 + 2j, 0.5]
    assert PulseLibraryItem("p", [[0.5, 0]]).to_dict()["samples"] == [[0.5, 0]]  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"samples"):
        PulseLibraryItem("p", "0.5")  # type: ignore[arg-type]


def test_assigning_complex_samples_stores_pairs() -> None:
    item = PulseLibraryItem("p", ComplexSamples())
    item.samples = [1 + 2j, 0.5]  # type: ignore[assignment]
    assert item.to_dict() == {"name": "p", "samples": [[1.0, 2.0], [0.5, 0.0]]}
    frozen = FrozenPulseLibraryItem("p", ComplexSamples())
    with pytest.raises(dataclasses.FrozenInstanceError):
        frozen.samples = ComplexSamples([1j])  # type: ignore[misc]


@BOTH
def test_absent_keys_raise_attribute_error_and_stay_absent(cls: type[Defaults]) -> None:
    payload = defaults()
    del payload["meas_kernel"], payload["discriminator"]
    found = cls.from_dict(payload)
    assert not hasattr(found, "meas_kernel")
    assert getattr(found, "discriminator", None) is None
    assert found.to_dict() == payload
    instruction = found.cmd_def[0].sequence[0]
    assert not hasattr(instruction, "duration")
    assert "duration" not in instruction.to_dict()
    assert Command("x").to_dict() == {"name": "x"}


@BOTH
def test_extras_are_kept_and_read_as_attributes_where_qiskit_did(cls: type[Defaults]) -> None:
    payload = defaults()
    payload["cmd_def"][0]["note"] = "calibrated"
    payload["cmd_def"][0]["sequence"][0]["custom"] = 1
    payload["pulse_library"][0]["shape"] = "gauss"
    found = cls.from_dict(payload)
    assert found._data == {}  # Qiskit's to_dict wrote it into real payloads
    assert found.cmd_def[0].note == "calibrated"
    instruction = found.cmd_def[0].sequence[0]
    assert instruction.extras["custom"] == 1
    assert not hasattr(instruction, "custom")  # Qiskit's instruction refused extra keys
    assert found.pulse_library[0].extras == {"shape": "gauss"}
    assert found.to_dict() == payload


def test_there_is_no_instruction_schedule_map() -> None:
    # it needs qiskit.pulse (gone in Qiskit 2): the commands are in cmd_def
    found = PulseDefaults.from_dict(defaults())
    assert not hasattr(found, "instruction_schedule_map")
    table = {(c.name, tuple(c.qubits)): c for c in found.cmd_def}
    assert table["measure", (0,)].sequence[0].name == "acquire"


# --- errors name the key ---


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p.pop("buffer"), r"PulseDefaults\.buffer: required key is missing"),
        (
            lambda p: p.update(qubit_freq_est=["5"]),
            r"PulseDefaults\.qubit_freq_est\[0\]: expected float, got str",
        ),
        (
            lambda p: p["pulse_library"][0]["samples"].append([1.0]),
            r"PulseDefaults\.pulse_library\[0\]\.samples\[3\]: expected a \[re, im\] pair",
        ),
        (
            lambda p: p["cmd_def"][0]["sequence"][3].update(t0=1.5),
            r"PulseDefaults\.cmd_def\[0\]\.sequence\[3\]\.t0: expected int, got float",
        ),
        (
            lambda p: p["cmd_def"][1]["sequence"][0].pop("t0"),
            r"PulseDefaults\.cmd_def\[1\]\.sequence\[0\]\.t0: required key is missing",
        ),
        (
            lambda p: p.update(meas_kernel={"name": "k"}),
            r"PulseDefaults\.meas_kernel\.params: required key is missing",
        ),
    ],
)
def test_errors_name_the_key(change: Any, message: str) -> None:
    payload = defaults()
    change(payload)
    for cls in (PulseDefaults, FrozenPulseDefaults):
        with pytest.raises(ValidationError, match=message.replace("PulseDefaults", cls.__name__)):
            cls.from_dict(payload)


def test_errors_are_type_errors_as_qiskits_were() -> None:
    with pytest.raises(TypeError):
        Command.from_dict({"qubits": [0]})
    with pytest.raises(TypeError):
        PulseLibraryItem.from_dict({"name": "p", "samples": [[1.0, 0.0, 0.0]]})


# --- value semantics ---


def test_frozen_is_hashable_and_immutable() -> None:
    found = FrozenPulseDefaults.from_dict(defaults())
    again = FrozenPulseDefaults.from_dict(defaults())
    assert found == again
    assert hash(found) == hash(again)
    assert found.cmd_def[0].qubits == (0, 1)
    assert found.pulse_library[0].samples[1] == complex(0.0013, -0.0004)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.buffer = 1  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.qubit_freq_est = [1.0]
    assert len({found.cmd_def[0], again.cmd_def[0], found.cmd_def[1]}) == 2


def test_mutable_is_not_hashable_and_changes_show() -> None:
    found = PulseDefaults.from_dict(defaults())
    with pytest.raises(TypeError):
        hash(found)
    found.buffer = 5
    found.cmd_def[0].sequence[0].phase = 1.0
    out = found.to_dict()
    assert out["buffer"] == 5
    assert out["cmd_def"][0]["sequence"][0]["phase"] == 1.0


@pytest.mark.parametrize("cls", [PulseDefaults, FrozenPulseDefaults])
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_and_copies_give_equal_objects(cls: type[Defaults], protocol: int) -> None:
    found = cls.from_dict(defaults())
    assert pickle.loads(pickle.dumps(found, protocol)) == found
    assert copy.copy(found) == found
    deep = copy.deepcopy(found)
    assert deep == found
    assert deep.to_dict() == defaults()


def test_subclasses_add_typed_fields() -> None:
    class IBMPulseDefaults(PulseDefaults):
        calibrated: str = field(key="_calibrated", default="never")

    class FrozenIBMPulseDefaults(FrozenPulseDefaults):
        calibrated: str = "never"

    payload = {**defaults(), "_calibrated": "2024-02-28"}
    found = IBMPulseDefaults.from_dict(payload)
    assert type(found) is IBMPulseDefaults
    assert found.calibrated == "2024-02-28"
    assert found.qubit_freq_est[0] == 4.971857733 * 1e9
    assert found.to_dict() == payload
    frozen = FrozenIBMPulseDefaults.from_dict(defaults())
    assert frozen.calibrated == "never"
    assert hash(frozen) == hash(FrozenIBMPulseDefaults.from_dict(defaults()))


# --- any valid payload ---

MODELS = [
    PulseDefaults,
    FrozenPulseDefaults,
    PulseLibraryItem,
    FrozenPulseLibraryItem,
    PulseQobjInstruction,
    FrozenPulseQobjInstruction,
    Command,
    FrozenCommand,
    MeasurementKernel,
    FrozenMeasurementKernel,
    Discriminator,
    FrozenDiscriminator,
]


@pytest.mark.parametrize("cls", MODELS)
def test_any_payload_round_trips(cls: Any) -> None:
    @given(payloads(cls))
    def check(payload: dict[str, Any]) -> None:
        before = copy.deepcopy(payload)
        instance = cls.from_dict(payload)
        out = instance.to_dict()
        assert payload == before
        assert out == payload
        assert cls.from_dict(out) == instance
        assert pickle.loads(pickle.dumps(instance)) == instance

    check()
