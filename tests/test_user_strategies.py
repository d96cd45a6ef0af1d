"""qiskit_provider_models.strategies, as a plugin's tests use it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qiskit_provider_models import (
    BackendProperties,
    BackendStatus,
    FrozenBackendProperties,
    FrozenBackendStatus,
    FrozenJobStatus,
    FrozenQasmBackendConfiguration,
    JobStatus,
    Model,
    QasmBackendConfiguration,
)
from qiskit_provider_models.strategies import (
    backend_properties_payloads,
    configuration_payloads,
    instances,
    payloads,
)

from .models import Everything, Job, JobList, Lenient, Node, Strict

MODELS = [JobStatus, FrozenJobStatus, Job, JobList, Node, Everything, Strict, Lenient]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
@given(data=st.data())
def test_payloads_are_valid_and_round_trip(model: type[Model], data: st.DataObject) -> None:
    payload = data.draw(payloads(model))
    instance = model.from_dict(payload)
    assert instance.to_dict() == payload
    assert list(instance.to_dict()) == list(payload)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
@given(data=st.data())
def test_from_type_gives_instances(model: type[Model], data: st.DataObject) -> None:
    instance = data.draw(st.from_type(model))
    assert type(instance) is model
    assert model.from_dict(instance.to_dict()) == instance


def test_a_model_declared_later_is_registered_too() -> None:
    class Late(Model):
        value: int

    @given(st.from_type(Late))
    def check(drawn: Late) -> None:
        assert type(drawn) is Late

    check()


@given(payload=payloads(JobStatus))
def test_payloads_of_models_that_keep_extras_have_extras_sometimes(payload: dict[str, Any]) -> None:
    assert list(payload)[:3] == ["job_id", "status", "status_msg"]


def test_extras_appear() -> None:
    seen = set()

    @given(instances(JobStatus))
    def collect(status: JobStatus) -> None:
        seen.add(bool(status.extras))

    collect()
    assert seen == {True, False}


def test_models_that_refuse_extras_get_none() -> None:
    @given(payloads(Strict))
    def check(payload: dict[str, Any]) -> None:
        assert set(payload) == {"a"}

    check()


class Fleet(Model):
    """Checked models inside a checked model: each level filters its own."""

    statuses: list[BackendStatus]
    busiest: int

    def __post_init__(self) -> None:
        if self.busiest < 0:
            raise ValueError("busiest must be >= 0")


@pytest.mark.parametrize("model", [BackendStatus, FrozenBackendStatus, Fleet])
@given(data=st.data())
def test_models_with_post_init_checks_get_only_valid_data(
    model: type[Model], data: st.DataObject
) -> None:
    payload = data.draw(payloads(model))
    assert model.from_dict(payload).to_dict() == payload
    instance = data.draw(st.from_type(model))
    assert type(instance).from_dict(instance.to_dict()) == instance
    for status in [payload] if model is not Fleet else payload["statuses"]:
        assert status["pending_jobs"] >= 0


# --- realistic backends (issue 19, item 10) ---


@settings(max_examples=30)
@given(payload=backend_properties_payloads())
def test_realistic_properties_answer_every_accessor(payload: dict[str, Any]) -> None:
    for cls in (BackendProperties, FrozenBackendProperties):
        props = cls.from_dict(payload)
        assert props.to_dict() == payload
        for q in range(len(props.qubits)):
            assert 1e-5 <= props.t1(q) <= 5e-4
            assert 0 <= props.readout_error(q) <= 0.2
            assert props.readout_length(q) <= 5e-6
        for gate in props.gates:
            if gate.gate != "reset":
                assert 0 <= props.gate_error(gate.gate, gate.qubits) <= 0.1
            assert props.gate_length(gate.gate, gate.qubits) >= 0
        assert set(props.faulty_qubits()) <= set(range(len(props.qubits)))
        props.faulty_gates()


@settings(max_examples=30)
@given(payload=configuration_payloads())
def test_realistic_configurations_answer_qiskits_attributes(payload: dict[str, Any]) -> None:
    for cls in (QasmBackendConfiguration, FrozenQasmBackendConfiguration):
        conf = cls.from_dict(payload)
        assert conf.to_dict() == payload
        assert conf.num_qubits == len(conf.qubit_lo_range)
        assert conf.dt == payload["dt"] * 1e-9
        assert all(q < conf.n_qubits for pair in conf.coupling_map or () for q in pair)
        assert set(conf.basis_gates) == {gate.name for gate in conf.gates}
