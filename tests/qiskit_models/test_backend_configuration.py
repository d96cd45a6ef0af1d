"""QasmBackendConfiguration, GateConfig and UchannelLO: exact payloads, Qiskit's attributes."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import (
    ABSENT,
    BackendConfiguration,
    FrozenGateConfig,
    FrozenQasmBackendConfiguration,
    FrozenUchannelLO,
    GateConfig,
    QasmBackendConfiguration,
    UchannelLO,
    ValidationError,
)
from qiskit_provider_models.strategies import payloads

from ..backend_payloads import configuration, copied, old_configuration

BOTH = pytest.mark.parametrize("cls", [QasmBackendConfiguration, FrozenQasmBackendConfiguration])
PAYLOADS = pytest.mark.parametrize("make", [configuration, old_configuration], ids=["new", "old"])
Conf = QasmBackendConfiguration | FrozenQasmBackendConfiguration
REQUIRED = (
    "backend_name",
    "backend_version",
    "n_qubits",
    "basis_gates",
    "gates",
    "local",
    "simulator",
    "conditional",
    "open_pulse",
    "memory",
    "max_shots",
    "coupling_map",
)


def built(cls: type[Conf], payload: dict[str, Any] | None = None) -> Conf:
    return cls.from_dict(payload if payload is not None else configuration())


def fields_of(cls: type[Conf]) -> dict[str, Any]:
    """Constructor arguments for the required fields of ``minimal()``."""
    conf = cls.from_dict(minimal())
    return {name: getattr(conf, name) for name in REQUIRED}


def minimal(**optional: Any) -> dict[str, Any]:
    """The required keys only, plus ``optional``."""
    payload = {key: value for key, value in old_configuration().items() if key in REQUIRED}
    payload.update(optional)
    return payload


# --- the payload, exactly ---


@BOTH
@PAYLOADS
def test_round_trip_is_exact(cls: type[Conf], make: Any) -> None:
    payload = make()
    out = built(cls, payload).to_dict()
    assert out == payload
    # Number kinds too; the keys in field order, then the extras as they came.
    assert json.dumps(out, sort_keys=True) == json.dumps(payload, sort_keys=True)
    fields = [f.metadata.get("qiskit_provider_models.key", f.name) for f in dataclasses.fields(cls)]
    assert list(out) == [k for k in fields if k in payload] + [
        k for k in payload if k not in fields
    ]


@BOTH
@PAYLOADS
def test_input_is_never_changed(cls: type[Conf], make: Any) -> None:
    payload = make()
    before = copied(payload)
    conf = built(cls, payload)
    for name in ("dt", "rep_times", "qubit_lo_range", "meas_lo_range", "rep_delay_range"):
        getattr(conf, name, None)
    conf.to_dict()
    assert payload == before


@BOTH
def test_required_keys_are_typed_fields(cls: type[Conf]) -> None:
    conf = built(cls)
    names = [f.name for f in dataclasses.fields(conf)]
    assert names[: len(REQUIRED)] == list(REQUIRED)
    assert all(f.default is ABSENT for f in dataclasses.fields(conf)[len(REQUIRED) :])
    assert conf.n_qubits == conf.num_qubits == 2
    assert list(conf.basis_gates) == ["cx", "id", "rz", "sx", "x"]
    assert conf.gates[3].name == "reset"
    assert conf.gates[3].parameters is None
    assert conf.gates[3].qasm_def is None
    assert built(cls, old_configuration()).coupling_map is None
    with pytest.raises(ValidationError, match="max_shots: required key is missing"):
        cls.from_dict({k: v for k, v in configuration().items() if k != "max_shots"})


def test_frozen_containers_are_tuples() -> None:
    conf = built(FrozenQasmBackendConfiguration)
    assert conf.basis_gates == ("cx", "id", "rz", "sx", "x")
    assert type(conf.gates[0]) is FrozenGateConfig
    assert conf.gates[1].parameters == ("theta",)
    assert conf.coupling_map == ((0, 1), (1, 0))


def test_backend_configuration_is_the_qasm_one() -> None:
    assert BackendConfiguration is QasmBackendConfiguration


# --- Qiskit's attributes, in its units ---


@BOTH
def test_unit_properties_use_qiskits_arithmetic(cls: type[Conf]) -> None:
    conf = built(cls)
    assert conf.dt == 0.2222222222222222 * 1e-9
    assert conf.dtm == 0.2222222222222222 * 1e-9
    assert conf.rep_delay_range == [0.0 * 1e-6, 500.0 * 1e-6]
    assert conf.default_rep_delay == 99.99999999999999 * 1e-6
    assert conf.rep_times == [1000.0 * 1e-6]
    assert conf.qubit_lo_range == [
        [4.4462 * 1e9, 5.4462 * 1e9],
        [4.696613151975914 * 1e9, 5.696613151975914 * 1e9],
    ]
    assert conf.meas_lo_range[0] == [6.7848285740000005 * 1e9, 7.784828574 * 1e9]
    # the payload keeps its own numbers
    assert conf.dt_ns == 0.2222222222222222
    assert conf.rep_times_us == [1000.0] if cls is QasmBackendConfiguration else (1000.0,)
    assert conf.to_dict()["meas_lo_range"][0][0] == 6.7848285740000005


@BOTH
def test_other_properties_are_the_payloads_values(cls: type[Conf]) -> None:
    conf = built(cls)
    assert list(conf.supported_instructions[:2]) == ["cx", "delay"]
    assert conf.dynamic_reprate_enabled is True
    assert conf.max_experiments == 300
    assert conf.sample_name == "family: Falcon, revision: 5.11"
    assert conf.n_registers == 1
    assert conf.credits_required is True
    assert conf.online_date == datetime(2021, 4, 5, 4, tzinfo=timezone.utc)
    assert conf.to_dict()["online_date"] == "2021-04-05T04:00:00+00:00"
    assert conf.description == "2 qubit device"
    assert conf.processor_type == {"family": "Falcon", "revision": "5.11", "segment": "H"}
    assert list(conf.parametric_pulses) == ["gaussian", "gaussian_square", "drag", "constant"]
    # other extras read as attributes, as in Qiskit
    assert conf.hamiltonian["vars"] == {"wq0": 31.6, "wq1": 32}  # type: ignore[union-attr]
    assert conf.quantum_volume is None  # type: ignore[union-attr]


@BOTH
def test_n_registers_is_kept_as_given(cls: type[Conf]) -> None:
    conf = built(cls, minimal(n_registers=5))
    assert conf.n_registers == 5  # Qiskit made it 1
    assert conf.to_dict()["n_registers"] == 5


ABSENT_KEYS = [
    "dt",
    "dtm",
    "rep_delay_range",
    "default_rep_delay",
    "rep_times",
    "qubit_lo_range",
    "meas_lo_range",
    "supported_instructions",
    "max_experiments",
    "sample_name",
    "n_registers",
    "register_map",
    "configurable",
    "credits_required",
    "online_date",
    "display_name",
    "description",
    "tags",
    "processor_type",
    "parametric_pulses",
]


@BOTH
@pytest.mark.parametrize("name", ABSENT_KEYS)
def test_an_absent_key_is_an_attribute_error_naming_it(cls: type[Conf], name: str) -> None:
    conf = built(cls, minimal())
    with pytest.raises(AttributeError, match=f"has no attribute '{name}'") as info:
        getattr(conf, name)
    assert info.value.name == name
    assert not hasattr(conf, name)
    assert getattr(conf, name, None) is None
    assert name not in conf


@BOTH
@pytest.mark.parametrize("key", ["dt", "sample_name", "rep_times", "tags"])
def test_null_is_not_absent(cls: type[Conf], key: str) -> None:
    # Qiskit read null as "not given"; the models keep payloads exact, and a
    # null would not type-check: absent the key must be (docs/migration.md).
    with pytest.raises(ValidationError) as info:
        built(cls, minimal(**{key: None}))
    assert info.value.path == (key,)


@BOTH
@pytest.mark.parametrize(
    ("name", "empty"),
    [
        ("supported_instructions", []),
        ("rep_delay_range", []),
        ("max_experiments", 0),
        ("n_registers", 0),
        ("register_map", []),
        ("parametric_pulses", []),
        ("tags", []),
        ("dt", 0),
    ],
)
def test_empty_values_are_values(cls: type[Conf], name: str, empty: Any) -> None:
    # Qiskit dropped some of these when empty; here they read as given.
    conf = built(cls, minimal(**{name: empty}))
    value = getattr(conf, name)
    assert value == empty or list(value) == empty
    assert conf.to_dict()[name] == empty


@BOTH
def test_dynamic_reprate_enabled_is_absent_unless_given(cls: type[Conf]) -> None:
    conf = built(cls, minimal())
    assert getattr(conf, "dynamic_reprate_enabled", False) is False  # as Qiskit's callers read it
    assert "dynamic_reprate_enabled" not in conf.to_dict()  # not added to the payload
    assert built(cls, minimal(dynamic_reprate_enabled=True)).dynamic_reprate_enabled is True


@BOTH
def test_contains_answers_as_qiskit_did(cls: type[Conf]) -> None:
    conf = built(cls)
    assert "n_qubits" in conf
    assert "dt" in conf
    assert "dynamic_reprate_enabled" in built(cls, minimal())
    assert "rep_times" not in conf  # Qiskit kept keyword arguments apart
    assert "hamiltonian" not in conf
    assert "nothing" not in conf
    assert 3 not in conf
    assert "supported_instructions" in built(cls, minimal(supported_instructions=[]))
    assert "tags" not in built(cls, minimal())


# --- checks of the optional keys ---


@BOTH
@pytest.mark.parametrize(
    ("key", "value", "path", "problem"),
    [
        ("dt", "0.22", ("dt",), "expected float, got str ('0.22')"),
        ("dt", True, ("dt",), "expected float, got bool (True)"),
        ("max_experiments", 1.5, ("max_experiments",), "expected int, got float (1.5)"),
        ("rep_times", [1000.0, "x"], ("rep_times", 1), "expected float, got str ('x')"),
        ("rep_times", 1000.0, ("rep_times",), "expected "),
        ("meas_lo_range", [[4.4, None]], ("meas_lo_range", 0, 1), "expected float, got None"),
        ("processor_type", "Eagle", ("processor_type",), "expected "),
        ("online_date", "yesterday", ("online_date",), "expected "),
    ],
)
def test_optional_keys_are_type_checked(
    cls: type[Conf], key: str, value: Any, path: tuple[Any, ...], problem: str
) -> None:
    with pytest.raises(ValidationError) as info:
        cls.from_dict(minimal(**{key: value}))
    assert info.value.path == path
    assert info.value.problem.startswith(problem)
    if cls is FrozenQasmBackendConfiguration and isinstance(value, list):
        return  # its constructor takes tuples, and refuses a list as a whole
    with pytest.raises(ValidationError) as info:  # the constructor checks them too
        cls(**fields_of(cls), **{key: value})  # Qiskit's keywords are the keys
    assert info.value.path[1:] == path[1:]


@BOTH
def test_constructor_takes_the_optional_keys_as_keywords(cls: type[Conf]) -> None:
    times = [1000.0] if cls is QasmBackendConfiguration else (1000.0,)
    # Qiskit's keywords, in the payload's units (dt in ns, rep_times in us)
    conf = cls(**fields_of(cls), dt=0.5, rep_times=times, hamiltonian={})  # type: ignore[call-arg]
    assert conf.dt == 0.5 * 1e-9
    assert conf.dt_ns == 0.5
    assert conf.extras == {"hamiltonian": {}}
    assert conf.to_dict() == minimal(dt=0.5, rep_times=[1000.0], hamiltonian={})
    assert conf.__replace__(dtm=0.25).dtm == 0.25 * 1e-9  # by the parameter's name
    assert conf.__replace__(dtm_ns=0.5).dtm == 0.5 * 1e-9  # or by the field's
    with pytest.raises(ValidationError, match="'dt_ns' is the attribute of the field 'dt_ns'"):
        cls(**fields_of(cls), dt_ns=0.5)  # type: ignore[call-arg]


def test_every_attribute_qiskit_let_you_assign_can_be_assigned() -> None:
    conf = built(QasmBackendConfiguration, minimal())
    when = datetime(2024, 1, 2, tzinfo=timezone.utc)
    conf.max_experiments = 300
    conf.description = "d"
    conf.tags = ["t"]
    conf.supported_instructions = ["x"]
    conf.online_date = when
    conf.n_registers = 2
    conf.dynamic_reprate_enabled = True
    conf.dt = 5e-10
    conf.rep_times = [0.001]
    conf.gates = [GateConfig("x", [], "q")]
    conf.gates[0].coupling_map = [[0]]
    out = conf.to_dict()
    assert out["max_experiments"] == 300
    assert (out["description"], out["tags"], out["supported_instructions"]) == ("d", ["t"], ["x"])
    assert (out["online_date"], out["n_registers"]) == ("2024-01-02T00:00:00+00:00", 2)
    assert out["dynamic_reprate_enabled"] is True
    assert out["dt"] == 5e-10 * 1e9
    assert out["rep_times"] == [0.001 * 1e6]
    assert out["gates"][0]["coupling_map"] == [[0]]
    del conf.dt_ns
    assert "dt" not in conf.to_dict()
    assert not hasattr(conf, "dt")


# --- gates ---


@pytest.mark.parametrize("cls", [GateConfig, FrozenGateConfig])
def test_gate_config(cls: type[GateConfig | FrozenGateConfig]) -> None:
    payload = {
        "name": "cx",
        "parameters": [],
        "qasm_def": "gate cx q0, q1 { CX q0, q1; }",
        "coupling_map": [[0, 1]],
        "conditional": False,
        "description": "cnot",
    }
    gate = cls.from_dict(payload)
    assert gate.to_dict() == payload
    assert [list(pair) for pair in gate.coupling_map] == [[0, 1]]
    assert gate.conditional is False
    assert gate.description == "cnot"
    with pytest.raises(AttributeError, match="'latency_map'"):
        _ = gate.latency_map
    reset = cls.from_dict({"name": "reset", "parameters": None, "qasm_def": None})
    assert not hasattr(reset, "coupling_map")
    assert not cls.from_dict({**payload, "coupling_map": []}).coupling_map
    with pytest.raises(ValidationError) as info:
        cls.from_dict({**payload, "coupling_map": [[0, "1"]]})
    assert info.value.path == ("coupling_map", 0, 1)
    with pytest.raises(ValidationError, match="parameters"):
        cls.from_dict({**payload, "parameters": "theta"})


@BOTH
def test_a_gates_bad_key_is_reported_with_its_whole_path(cls: type[Conf]) -> None:
    payload = configuration()
    payload["gates"][2]["coupling_map"] = [[0, "1"]]
    with pytest.raises(ValidationError) as info:
        cls.from_dict(payload)
    assert info.value.path == ("gates", 2, "coupling_map", 0, 1)
    assert str(info.value).endswith(".gates[2].coupling_map[0][1]: expected int, got str ('1')")


def test_gate_config_optional_keys_follow_in_qiskits_order() -> None:
    gate = GateConfig("x", [], "q", [[0]], [[1]], True, "d")
    assert gate.to_dict() == {
        "name": "x",
        "parameters": [],
        "qasm_def": "q",
        "coupling_map": [[0]],
        "latency_map": [[1]],
        "conditional": True,
        "description": "d",
    }


# --- U channel LOs ---


@pytest.mark.parametrize("cls", [UchannelLO, FrozenUchannelLO])
def test_uchannel_lo(cls: type[UchannelLO | FrozenUchannelLO]) -> None:
    lo = cls.from_dict({"q": 1, "scale": [1.0, 0.0]})
    assert lo.scale == 1 + 0j
    assert type(lo.scale) is complex
    assert lo.to_dict() == {"q": 1, "scale": [1.0, 0.0]}
    assert cls(0, 0.5 - 1j).to_dict() == {"q": 0, "scale": [0.5, -1.0]}
    with pytest.raises(ValidationError, match=r"^\w+\.q: must be >= 0, got -1$"):
        cls.from_dict({"q": -1, "scale": [1.0, 0.0]})
    with pytest.raises(ValidationError, match="scale"):
        cls.from_dict({"q": 0, "scale": "1+0j"})


@BOTH
def test_u_channel_lo_reads_as_payload_and_as_models(cls: type[Conf]) -> None:
    conf = built(cls)
    rows = conf.u_channel_lo
    assert [list(row) for row in rows] == configuration()["u_channel_lo"]  # as given, as in Qiskit
    models = conf.u_channel_lo_models()
    assert [[lo.q for lo in row] for row in models] == [[1], [0]]
    assert all(lo.scale == 1 for row in models for lo in row)
    with pytest.raises(AttributeError, match="u_channel_lo"):
        built(cls, minimal()).u_channel_lo_models()
    bad = minimal(u_channel_lo=[[{"q": 0, "scale": [1.0, 0.0]}], [{"q": -2, "scale": [1, 0]}]])
    with pytest.raises(ValidationError) as info:
        built(cls, bad).u_channel_lo_models()
    assert info.value.path == ("u_channel_lo", 1, 0, "q")
    assert info.value.model is cls


@BOTH
def test_decoded_values_are_taken(cls: type[Conf]) -> None:
    # What Qiskit's and qiskit-ibm-runtime's decoders pass to from_dict.
    when = datetime(2021, 4, 5, 4, tzinfo=timezone.utc)
    decoded = minimal(online_date=when, u_channel_lo=[[{"q": 1, "scale": 1 + 0j}]])
    conf = built(cls, decoded)
    assert conf.online_date is when
    assert conf.u_channel_lo[0][0] == {"q": 1, "scale": 1 + 0j}
    assert conf.u_channel_lo_models()[0][0].scale == 1 + 0j
    assert conf.to_dict()["online_date"] == "2021-04-05T04:00:00+00:00"


def test_frozen_u_channel_lo_models_are_tuples() -> None:
    models = built(FrozenQasmBackendConfiguration).u_channel_lo_models()
    assert type(models) is tuple
    assert type(models[0]) is tuple
    assert type(models[0][0]) is FrozenUchannelLO


@BOTH
def test_runtimes_parameters_are_fields_too(cls: type[Conf]) -> None:
    # qiskit-ibm-runtime's fake backends read them with __getattribute__,
    # which never reaches __getattr__: they cannot be extras.
    payload = minimal(meas_levels=[1, 2], meas_kernels=None, discriminators=["q"], meas_map=[[0]])
    conf = built(cls, payload)
    for name in ("meas_levels", "discriminators", "meas_map"):
        assert object.__getattribute__(conf, name)
    assert conf.meas_kernels is None
    assert conf.to_dict() == payload
    assert not hasattr(built(cls, minimal()), "meas_levels")


# --- value semantics ---


def test_frozen_configurations_are_equal_and_hash_equal() -> None:
    one = built(FrozenQasmBackendConfiguration)
    two = built(FrozenQasmBackendConfiguration)
    assert one == two
    assert hash(one) == hash(two)
    assert one != built(FrozenQasmBackendConfiguration, {**configuration(), "dt": 0.5})
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.n_qubits = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(built(QasmBackendConfiguration))


@BOTH
@pytest.mark.parametrize(
    "duplicate",
    [copy.copy, copy.deepcopy, lambda c: c.__replace__(), lambda c: pickle.loads(pickle.dumps(c))],
    ids=["copy", "deepcopy", "replace", "pickle"],
)
def test_copies_are_equal_and_keep_the_properties(cls: type[Conf], duplicate: Any) -> None:
    conf = built(cls)
    other = duplicate(conf)
    assert other == conf
    assert other.dt == conf.dt
    assert other.to_dict() == configuration()


# --- any valid payload ---


@pytest.mark.parametrize(
    "cls",
    [
        GateConfig,
        FrozenGateConfig,
        UchannelLO,
        FrozenUchannelLO,
        QasmBackendConfiguration,
        FrozenQasmBackendConfiguration,
    ],
)
def test_any_payload_round_trips(cls: Any) -> None:
    @given(payloads(cls))
    def check(payload: dict[str, Any]) -> None:
        before = copied(payload)
        instance = cls.from_dict(payload)
        out = instance.to_dict()
        if cls in (UchannelLO, FrozenUchannelLO):  # [re, im] comes back as two floats
            payload = {**payload, "scale": [float(x) for x in payload["scale"]]}
        assert out == payload
        assert before == copied(before)
        assert cls.from_dict(out) == instance

    check()
