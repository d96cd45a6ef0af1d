"""``field(key=...)``: payload keys that are not Python names, both ways."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import FrozenModel, Model, ValidationError, field
from qiskit_provider_models.strategies import payloads


class Config(Model):
    backend_name: str = field(key="backendName")
    one_q_gates: list[str] = field(key="1q_gates", default_factory=list[str])
    kind: str = field(key="__type__", default="qasm")


class Strict(Model, extra="forbid"):
    one_q: int = field(key="1q")


class Frozen(FrozenModel):
    one_q: int = field(key="1q")


PAYLOAD = {"backendName": "ibm_x", "1q_gates": ["x", "sx"], "__type__": "pulse", "n": 1}


def test_from_dict_reads_the_keys_and_to_dict_writes_them() -> None:
    config = Config.from_dict(PAYLOAD)
    assert config.backend_name == "ibm_x"
    assert config.one_q_gates == ["x", "sx"]
    assert config.kind == "pulse"
    assert config.extras == {"n": 1}
    assert list(config.to_dict().items()) == list(PAYLOAD.items())


def test_the_constructor_and_replace_take_the_attribute_names() -> None:
    config = Config("ibm_x", one_q_gates=["x"])
    assert config.to_dict() == {"backendName": "ibm_x", "1q_gates": ["x"], "__type__": "qasm"}
    assert dataclasses.replace(config, kind="pulse").to_dict()["__type__"] == "pulse"
    assert "one_q_gates" in inspect.signature(Config).parameters


def test_errors_name_the_payload_key() -> None:
    with pytest.raises(ValidationError) as info:
        Config.from_dict({"backendName": "x", "1q_gates": ["x", 1]})
    assert info.value.path == ("1q_gates", 1)
    with pytest.raises(ValidationError) as info:
        Config.from_dict({"backend_name": "x"})
    assert info.value.key == "backendName"
    assert str(info.value) == "Config.backendName: required key is missing"


def test_the_attribute_name_in_a_payload_is_an_extra_and_the_key_is_not() -> None:
    config = Config.from_dict({"backendName": "a", "backend_name": "b"})
    assert config.backend_name == "a"
    assert config.extras == {"backend_name": "b"}
    with pytest.raises(ValidationError, match="name of a field"):
        config.extras["1q_gates"] = []
    assert Config.from_dict(config.to_dict()) == config


def test_policies_know_the_keys() -> None:
    assert Strict.from_dict({"1q": 1}).one_q == 1
    with pytest.raises(ValidationError, match="unknown keys are not allowed: 'one_q'"):
        Strict.from_dict({"1q": 1, "one_q": 2})


@pytest.mark.parametrize("instance", [Config.from_dict(PAYLOAD), Frozen(1)])
def test_copies_and_pickles_keep_the_fields(instance: Any) -> None:
    for copied in (
        copy.copy(instance),
        copy.deepcopy(instance),
        pickle.loads(pickle.dumps(instance)),
    ):
        assert copied == instance
        assert copied.to_dict() == instance.to_dict()


@given(payload=payloads(Config))
def test_strategies_draw_payloads_with_the_keys(payload: dict[str, Any]) -> None:
    assert Config.from_dict(payload).to_dict() == payload
    assert "backendName" in payload


def test_two_fields_cannot_share_a_key_and_a_key_must_be_a_str() -> None:
    with pytest.raises(TypeError, match="same payload key"):

        class Twice(Model):
            a: int = field(key="x")
            x: int = 0

    with pytest.raises(TypeError, match="must be a str"):
        field(key=1)  # type: ignore[call-overload]


# --- found by review: keys next to extras, replace, the constructor and pickles ---


def test_an_extra_named_like_a_keyed_field_stays_an_extra_through_copies() -> None:
    config = Config.from_dict({**PAYLOAD, "one_q_gates": ["EXTRA"]})
    assert config.one_q_gates == ["x", "sx"]
    assert config.extras == {"n": 1, "one_q_gates": ["EXTRA"]}
    for copied in (
        config.__replace__(),
        dataclasses.replace(config),
        Config.with_extras({"one_q_gates": ["E"]}, "b"),
    ):
        assert "one_q_gates" in copied.extras
    assert config.__replace__() == config


def test_a_payload_key_passed_to_the_constructor_is_refused_naming_the_parameter() -> None:
    with pytest.raises(ValidationError, match="payload key of the field 'one_q_gates'"):
        Config(**{"backend_name": "x", "1q_gates": ["x"]})
    with pytest.raises(ValidationError, match="pass one_q="):
        Frozen(1, **{"1q": 1})


def test_a_subclass_cannot_change_an_inherited_key() -> None:
    with pytest.raises(TypeError, match="cannot change an inherited field's payload key"):

        class Renamed(Strict, extra="forbid"):
            one_q: int = field(key="one_q")


def test_an_old_pickle_loads_as_from_dict_would_read_it() -> None:
    class V1(Model):
        job_id: str
        gates: list[str] = field(key="1q_gates", default_factory=list[str])

    class V2(Model):
        job_id: str
        queue_position: int | None = None

    old = V1.with_extras({"queue_position": 3}, "j", ["x"])
    reducer, _, state = old.__reduce__()
    new = reducer(V2)
    new.__setstate__(state)
    assert new.queue_position == 3  # an extra of v1 is a field of v2
    assert new.extras == {"1q_gates": ["x"]}  # a removed field, under its payload key
    assert V2.from_dict(new.to_dict()) == new
