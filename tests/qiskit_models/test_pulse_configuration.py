"""PulseBackendConfiguration, its channels and BackendConfigurationError:
exact payloads, Qiskit's attributes, units, methods and messages."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qiskit_provider_models import (
    AcquireChannel,
    BackendConfiguration,
    BackendConfigurationError,
    Channel,
    ControlChannel,
    DriveChannel,
    FrozenPulseBackendConfiguration,
    FrozenQasmBackendConfiguration,
    FrozenUchannelLO,
    MeasureChannel,
    PulseBackendConfiguration,
    QasmBackendConfiguration,
    UchannelLO,
    ValidationError,
    channel_from_name,
    configuration_from_dict,
)
from qiskit_provider_models.strategies import payloads

from ..backend_payloads import configuration

BOTH = pytest.mark.parametrize("cls", [PulseBackendConfiguration, FrozenPulseBackendConfiguration])
Conf = PulseBackendConfiguration | FrozenPulseBackendConfiguration
KINDS = [DriveChannel, MeasureChannel, AcquireChannel, ControlChannel]


def channel_info(qubits: list[int], purpose: str, kind: str) -> dict[str, Any]:
    return {"operates": {"qubits": qubits}, "purpose": purpose, "type": kind}


def pulse_configuration() -> dict[str, Any]:
    """The Qasm test payload made a three-qubit pulse backend, in the form of
    qiskit-ibm-runtime 0.40's conf_*.json (pulse keys after the others)."""
    payload = configuration()
    payload.update(
        n_qubits=3,
        open_pulse=True,
        coupling_map=[[0, 1], [1, 0], [1, 2]],
        n_uchannels=3,
        u_channel_lo=[
            [{"q": 1, "scale": [1.0, 0.0]}],
            [{"q": 0, "scale": [1.0, 0.0]}],
            [{"q": 2, "scale": [1.0, 0.0]}, {"q": 1, "scale": [-1.0, 0.0]}],
        ],
        meas_levels=[1, 2],
        qubit_lo_range=[[4.4462, 5.4462], [4.696613151975914, 5.696613151975914], [4.5, 5.5]],
        meas_lo_range=[[6.7848285740000005, 7.784828574], [6.6, 7.6], [6.7, 7.7]],
        meas_kernels=["hw_qmfk"],
        discriminators=["hw_qmfk", "linear_discriminator"],
        hamiltonian={
            "description": "Qubits are modeled as Duffing oscillators.",
            "h_latex": "\\begin{align} ... \\end{align}",
            "h_str": ["_SUM[i,0,2,wq{i}/2*(I{i}-Z{i})]", "jq0q1*Sp0*Sm1"],
            "osc": {},
            "qub": {"0": 3, "1": 3, "2": 3},
            "vars": {"wq0": 31.2, "jq0q1": 0.012, "note": "text", "n": 2},
        },
        acquisition_latency=[],
        conditional_latency=[],
        meas_map=[[0, 1, 2]],
        channels={
            "acquire0": channel_info([0], "acquire", "acquire"),
            "acquire1": channel_info([1], "acquire", "acquire"),
            "acquire2": channel_info([2], "acquire", "acquire"),
            "d0": channel_info([0], "drive", "drive"),
            "d1": channel_info([1], "drive", "drive"),
            "d2": channel_info([2], "drive", "drive"),
            "m0": channel_info([0], "measure", "measure"),
            "m1": channel_info([1], "measure", "measure"),
            "m2": channel_info([2], "measure", "measure"),
            "u0": channel_info([0, 1], "cross-resonance", "control"),
            "u1": channel_info([1, 0], "cross-resonance", "control"),
            "u2": channel_info([1, 2], "cross-resonance", "control"),
        },
        uchannels_enabled=True,
        qubit_channel_mapping=[["d0", "m0", "u0", "u1"], ["d1", "m1", "u0", "u1", "u2"]],
    )
    return payload


def built(cls: type[Conf], payload: dict[str, Any] | None = None) -> Conf:
    return cls.from_dict(payload if payload is not None else pulse_configuration())


# --- channels ---


@pytest.mark.parametrize(("kind", "prefix"), list(zip(KINDS, "dmau", strict=True)))
def test_channels_are_small_values_shown_as_qiskits(kind: type[Channel], prefix: str) -> None:
    channel = kind(3)
    assert repr(channel) == str(channel) == f"{kind.__name__}(3)"
    assert (channel.index, channel.name, channel.prefix) == (3, f"{prefix}3", prefix)
    assert channel == kind(3)
    assert hash(channel) == hash(kind(3))
    assert channel != kind(4)
    assert all(channel != other(3) for other in KINDS if other is not kind)
    assert pickle.loads(pickle.dumps(channel, 0)) == channel
    assert copy.copy(channel) == copy.deepcopy(channel) == channel
    with pytest.raises(dataclasses.FrozenInstanceError):
        channel._index = 4  # type: ignore[misc]
    with pytest.raises(AttributeError):
        channel.__dict__  # noqa: B018


def test_channels_in_sets_and_dict_keys() -> None:
    kinds = {DriveChannel(0): "d", ControlChannel(0): "u"}
    kinds[DriveChannel(0)] = "again"
    assert kinds == {DriveChannel(0): "again", ControlChannel(0): "u"}
    assert DriveChannel(0) != 0
    assert DriveChannel(True) == DriveChannel(1)  # operator.index, as Qiskit took ints


def test_bad_channel_indices_and_the_abstract_base() -> None:
    with pytest.raises(ValueError, match="DriveChannel index must be >= 0, got -1"):
        DriveChannel(-1)
    with pytest.raises(TypeError, match="ControlChannel index must be an int, got float"):
        ControlChannel(1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Channel is abstract"):
        Channel(0)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("d0", DriveChannel(0)),
        ("m12", MeasureChannel(12)),
        ("u126", ControlChannel(126)),
        ("acquire7", AcquireChannel(7)),
    ],
)
def test_channel_names_read_as_qiskit_read_them(name: str, expected: Channel) -> None:
    assert channel_from_name(name) == expected


@pytest.mark.parametrize("name", ["q0", "a0", "d", "0", "", "D0"])
def test_channel_names_qiskit_did_not_know_are_errors(name: str) -> None:
    with pytest.raises(BackendConfigurationError, match=f"Invalid channel name - '{name}' found."):
        channel_from_name(name)


def test_the_error_is_a_lookup_error_with_qiskits_message() -> None:
    error = BackendConfigurationError("Couldn't find the qubit -", "5")
    assert isinstance(error, LookupError)
    assert str(error) == error.message == "Couldn't find the qubit - 5"
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is BackendConfigurationError
    assert again.message == error.message
    assert BackendConfigurationError.__module__ == "qiskit_provider_models"


# --- the payload, exactly ---


@BOTH
def test_round_trip_is_exact(cls: type[Conf]) -> None:
    payload = pulse_configuration()
    before = copy.deepcopy(payload)
    conf = built(cls, payload)
    for name in ("dt", "hamiltonian", "control_channels", "qubit_lo_range", "sample_rate"):
        getattr(conf, name)
    conf.get_qubit_channels(1)
    out = conf.to_dict()
    assert payload == before
    assert out == payload
    assert json.dumps(out, sort_keys=True) == json.dumps(payload, sort_keys=True)


@BOTH
def test_it_is_a_qasm_configuration_as_in_qiskit(cls: type[Conf]) -> None:
    conf = built(cls)
    frozen = cls is FrozenPulseBackendConfiguration
    assert isinstance(conf, FrozenQasmBackendConfiguration if frozen else QasmBackendConfiguration)
    assert BackendConfiguration is QasmBackendConfiguration
    assert conf.num_qubits == 3
    assert conf.u_channel_lo[2][1].scale == -1 + 0j
    lo = FrozenUchannelLO if cls is FrozenPulseBackendConfiguration else UchannelLO
    assert type(conf.u_channel_lo[0][0]) is lo
    assert conf.u_channel_lo_models()[2][0] == lo(2, 1.0)
    assert conf.uchannels_enabled is True  # an extra, read as an attribute


@pytest.mark.parametrize(
    "key",
    [
        "n_uchannels",
        "u_channel_lo",
        "meas_levels",
        "qubit_lo_range",
        "meas_lo_range",
        "dt",
        "dtm",
        "rep_times",
        "meas_kernels",
        "discriminators",
    ],
)
@BOTH
def test_qiskits_required_pulse_keys_are_required(cls: type[Conf], key: str) -> None:
    payload = pulse_configuration()
    del payload[key]
    with pytest.raises(ValidationError, match=rf"{cls.__name__}\.{key}: required key is missing"):
        cls.from_dict(payload)


@BOTH
def test_optional_pulse_keys_may_be_absent(cls: type[Conf]) -> None:
    payload = pulse_configuration()
    for key in ("hamiltonian", "channels", "acquisition_latency", "conditional_latency"):
        del payload[key]
    conf = built(cls, payload)
    assert conf.hamiltonian is None  # Qiskit's attribute was None
    assert not hasattr(conf, "channels")
    assert not hasattr(conf, "channel_bandwidth")
    assert conf.to_dict() == payload


def test_the_constructor_takes_pulse_keys_by_keyword_in_payload_units() -> None:
    qasm = QasmBackendConfiguration.from_dict(configuration())
    first = [getattr(qasm, f.name) for f in dataclasses.fields(qasm)[:12]]
    conf = PulseBackendConfiguration(
        *first,
        n_uchannels=0,
        u_channel_lo=[],
        meas_levels=[2],
        qubit_lo_range=[[4.5, 5.5]],
        meas_lo_range=[[6.5, 7.5]],
        dt=0.5,
        dtm=0.25,
        rep_times=[1000.0],
        meas_kernels=[],
        discriminators=[],
        channel_bandwidth=[[-0.5, 0.5]],
    )
    assert (conf.dt, conf.dtm, conf.rep_times) == (0.5 * 1e-9, 0.25 * 1e-9, [1000.0 * 1e-6])
    assert conf.channel_bandwidth == [[-0.5 * 1e9, 0.5 * 1e9]]
    assert conf.to_dict()["dt"] == 0.5
    with pytest.raises(TypeError):
        PulseBackendConfiguration(*first)  # type: ignore[call-arg]


# --- Qiskit's attributes, in its units ---


@BOTH
def test_units_use_qiskits_arithmetic(cls: type[Conf]) -> None:
    conf = built(cls)
    assert conf.dt == 0.2222222222222222 * 1e-9
    assert conf.sample_rate == 1.0 / (0.2222222222222222 * 1e-9)
    assert conf.qubit_lo_range[1] == [4.696613151975914 * 1e9, 5.696613151975914 * 1e9]
    assert conf.meas_lo_range[0] == [6.7848285740000005 * 1e9, 7.784828574 * 1e9]
    assert conf.rep_times == [1000.0 * 1e-6]
    hamiltonian = conf.hamiltonian
    assert hamiltonian is not None
    assert hamiltonian["vars"] == {
        "wq0": 31.2 * 1e9,
        "jq0q1": 0.012 * 1e9,
        "note": "text",
        "n": 2e9,
    }
    assert hamiltonian["h_str"] == pulse_configuration()["hamiltonian"]["h_str"]
    assert conf.hamiltonian_ghz["vars"]["wq0"] == 31.2  # the payload's own


def test_a_hamiltonian_without_vars_is_given_as_it_is() -> None:
    # Qiskit 1.4 failed with KeyError: 'vars' on such (Heron) payloads.
    payload = {**pulse_configuration(), "hamiltonian": {"h_latex": ""}}
    conf = PulseBackendConfiguration.from_dict(payload)
    assert conf.hamiltonian == {"h_latex": ""}
    assert conf.to_dict() == payload


def test_assigning_si_units_stores_payload_units() -> None:
    conf = built(PulseBackendConfiguration)
    conf.hamiltonian = {"vars": {"wq0": 3e10}, "h_str": []}
    assert conf.to_dict()["hamiltonian"] == {"vars": {"wq0": 3e10 * 1e-9}, "h_str": []}
    conf.dt = 1e-9
    assert conf.dt_ns == 1e-9 * 1e9
    conf.channel_bandwidth = [[1e9, 2e9]]
    assert conf.to_dict()["channel_bandwidth"] == [[1.0, 2.0]]


@BOTH
def test_in_answers_as_qiskits_attributes(cls: type[Conf]) -> None:
    conf = built(cls)
    for key in ("n_qubits", "n_uchannels", "rep_times", "dt", "hamiltonian", "channels"):
        assert key in conf, key
    assert "meas_map" in conf
    for key in ("channel_bandwidth", "uchannels_enabled", "_data", 3, ["dt"]):
        assert key not in conf, key


# --- the channel methods ---


@BOTH
def test_drive_measure_acquire(cls: type[Conf]) -> None:
    conf = built(cls)
    assert [conf.drive(q) for q in range(3)] == [DriveChannel(q) for q in range(3)]
    assert conf.measure(2) == MeasureChannel(2)
    assert conf.acquire(0) == AcquireChannel(0)
    for bad in (-1, 3):
        with pytest.raises(
            BackendConfigurationError, match=rf"^Invalid index for {bad}-qubit system\.$"
        ):
            conf.drive(bad)
        with pytest.raises(
            BackendConfigurationError, match=rf"^Invalid index for {bad}-qubit system\.$"
        ):
            conf.measure(bad)
        with pytest.raises(
            BackendConfigurationError, match=rf"^Invalid index for {bad}-qubit systems\.$"
        ):
            conf.acquire(bad)


@BOTH
def test_control_channels_and_control(cls: type[Conf]) -> None:
    conf = built(cls)
    assert conf.control_channels == {
        (0, 1): [ControlChannel(0)],
        (1, 0): [ControlChannel(1)],
        (1, 2): [ControlChannel(2)],
    }
    assert conf.control([1, 2]) == conf.control((1, 2)) == [ControlChannel(2)]
    conf.control_channels[(0, 1)].append(ControlChannel(9))  # a new dict each time
    assert conf.control((0, 1)) == [ControlChannel(0)]
    message = (
        "Couldn't find the ControlChannel operating on qubits (2, 1) on 3-qubit system. "
        "The ControlChannel information is retrieved from the backend."
    )
    with pytest.raises(BackendConfigurationError) as raised:
        conf.control([2, 1])
    assert raised.value.message == message
    with pytest.raises(BackendConfigurationError, match=r"qubits None on 3-qubit"):
        conf.control()


@BOTH
def test_channel_qubits_and_qubit_channels(cls: type[Conf]) -> None:
    conf = built(cls)
    assert conf.get_channel_qubits(ControlChannel(1)) == [1, 0]
    assert conf.get_channel_qubits(AcquireChannel(2)) == [2]
    with pytest.raises(
        BackendConfigurationError, match=r"^Couldn't find the Channel - DriveChannel\(7\)$"
    ):
        conf.get_channel_qubits(DriveChannel(7))
    assert conf.get_qubit_channels(1) == [
        AcquireChannel(1),
        DriveChannel(1),
        MeasureChannel(1),
        ControlChannel(0),
        ControlChannel(1),
        ControlChannel(2),
    ]
    assert conf.get_qubit_channels([0, 1]) == conf.get_qubit_channels((0, 1)) == [ControlChannel(0)]
    for qubit in (5, (2, 2), [0, 2]):
        with pytest.raises(BackendConfigurationError, match=r"^Couldn't find the qubit - "):
            conf.get_qubit_channels(qubit)


@BOTH
def test_without_channels_the_methods_answer_as_qiskits(cls: type[Conf]) -> None:
    payload = pulse_configuration()
    del payload["channels"]
    conf = built(cls, payload)
    message = f"^This backend - '{payload['backend_name']}' does not provide channel information.$"
    with pytest.raises(BackendConfigurationError, match=message):
        conf.get_channel_qubits(DriveChannel(0))
    with pytest.raises(BackendConfigurationError, match=message):
        conf.get_qubit_channels(0)
    assert conf.control((0, 1)) == []  # Qiskit's defaultdict answered so
    assert conf.control_channels == {}
    assert conf.drive(0) == DriveChannel(0)


@BOTH
def test_describe(cls: type[Conf]) -> None:
    conf = built(cls)
    assert conf.describe(ControlChannel(2)) == {DriveChannel(2): 1 + 0j, DriveChannel(1): -1 + 0j}
    with pytest.raises(BackendConfigurationError, match=r"^Can only describe ControlChannels\.$"):
        conf.describe(DriveChannel(0))
    with pytest.raises(IndexError):  # as Qiskit's
        conf.describe(ControlChannel(3))


@BOTH
def test_bad_channel_keys_raise_when_the_methods_read_them(cls: type[Conf]) -> None:
    payload = pulse_configuration()
    payload["channels"]["x0"] = channel_info([0], "?", "?")
    conf = built(cls, payload)  # Qiskit refused it here (KeyError)
    assert conf.to_dict() == payload
    with pytest.raises(BackendConfigurationError, match=r"Invalid channel name - 'x0' found\."):
        conf.control_channels  # noqa: B018
    payload["channels"]["x0"] = {"purpose": "drive"}
    payload["channels"]["d9"] = payload["channels"].pop("x0")
    with pytest.raises(BackendConfigurationError, match=r"Channel 'd9' has no 'operates' qubits\."):
        built(cls, payload).get_qubit_channels(0)


def test_changes_to_the_channels_are_seen() -> None:
    conf = built(PulseBackendConfiguration)
    conf.channels["u3"] = channel_info([2, 1], "cross-resonance", "control")
    assert conf.control((2, 1)) == [ControlChannel(3)]
    del conf.channels
    assert conf.control((2, 1)) == []


# --- choosing the class ---


@pytest.mark.parametrize("frozen", [False, True])
def test_configuration_from_dict_picks_the_class(frozen: bool) -> None:
    pulse = configuration_from_dict(pulse_configuration(), frozen=frozen)
    qasm = configuration_from_dict(configuration(), frozen=frozen)
    if frozen:
        assert type(pulse) is FrozenPulseBackendConfiguration
        assert type(qasm) is FrozenQasmBackendConfiguration
    else:
        assert type(pulse) is PulseBackendConfiguration
        assert type(qasm) is QasmBackendConfiguration
    with pytest.raises(ValidationError, match="expected a mapping"):
        configuration_from_dict([], frozen=frozen)  # type: ignore[arg-type]


# --- value semantics ---


def test_frozen_is_hashable_and_immutable() -> None:
    conf = built(FrozenPulseBackendConfiguration)
    assert hash(conf) == hash(built(FrozenPulseBackendConfiguration))
    assert conf.meas_lo_range_ghz[0] == (6.7848285740000005, 7.784828574)
    with pytest.raises(dataclasses.FrozenInstanceError):
        conf.n_uchannels = 1  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        conf.dt = 1e-9


@BOTH
@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
def test_pickle_and_copies(cls: type[Conf], protocol: int) -> None:
    conf = built(cls)
    again = pickle.loads(pickle.dumps(conf, protocol))
    assert again == conf
    assert again.control((0, 1)) == [ControlChannel(0)]
    assert copy.deepcopy(conf) == copy.copy(conf) == conf


def test_subclasses_add_typed_fields() -> None:
    class IBMPulseConfiguration(PulseBackendConfiguration):
        uchannels_enabled: bool = False

    conf = IBMPulseConfiguration.from_dict(pulse_configuration())
    assert conf.uchannels_enabled is True
    assert "uchannels_enabled" not in conf.extras
    assert conf.to_dict() == pulse_configuration()
    assert conf.control((1, 2)) == [ControlChannel(2)]


# --- any valid payload ---


@BOTH
def test_any_payload_round_trips(cls: type[Conf]) -> None:
    @given(payloads(cls))
    def check(payload: dict[str, Any]) -> None:
        before = copy.deepcopy(payload)
        conf = cls.from_dict(payload)
        out = conf.to_dict()
        assert payload == before
        before_rows = payload["u_channel_lo"]
        # [re, im] comes back as two floats
        rows = [[{**e, "scale": [float(x) for x in e["scale"]]} for e in r] for r in before_rows]
        assert out == {**payload, "u_channel_lo": rows}
        assert cls.from_dict(out) == conf

    check()


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(KINDS))
def test_any_channel_reads_back_from_its_name(index: int, kind: type[Channel]) -> None:
    channel = kind(index)
    name = "acquire" + str(index) if kind is AcquireChannel else channel.name
    assert channel_from_name(name) == channel
