"""Instances used as demanding code uses them: hashed with odd field values,
copied with odd extras, compared across bool/int/float, weakly referenced,
re-initialised, and errors raised deep inside nested payloads."""

from __future__ import annotations

import copy
import dataclasses
import enum
import pickle
import weakref
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import (
    FrozenInstanceError,
    FrozenJobStatus,
    JobStatus,
    Model,
    ValidationError,
)

from .strategies import json_values

BOTH = pytest.mark.parametrize("cls", [JobStatus, FrozenJobStatus])
FIELDS = {"job_id": "1", "status": "DONE", "status_msg": "ok"}


# --- hashing frozen models with fields of any value ---


class Loose(Model, frozen=True):
    name: str
    anything: Any = None
    thing: object = None
    many: tuple[Any, ...] = ()
    either: int | Any = 0


@given(value=json_values)
def test_hash_never_fails_on_any_field_value(value: Any) -> None:
    one = Loose("a", value, value, (value,), value)
    two = Loose.from_dict(one.to_dict())
    assert one == two
    assert hash(one) == hash(two)


def test_hash_covers_the_typed_fields() -> None:
    assert hash(Loose("a", [1])) != hash(Loose("b", [1]))


# --- equality follows the payload ---


class Flag(Model, frozen=True):
    v: bool | int


class Ratio(Model):
    r: float


class Anything(Model):
    a: Any
    xs: list[Any]


def test_true_and_one_are_not_equal_where_the_payload_differs() -> None:
    assert Flag(True) != Flag(1)
    assert Flag(True) == Flag(True)
    assert Flag(1) == Flag.from_dict({"v": 1})
    assert hash(Flag(True)) == hash(Flag(True))


def test_int_and_float_are_not_equal_in_a_float_field() -> None:
    assert Ratio(1) != Ratio(1.0)
    assert Ratio(1.5) == Ratio.from_dict({"r": 1.5})


def test_nested_any_values_and_extras_compare_by_kind() -> None:
    assert Anything(1, [True]) != Anything(1, [1])
    assert Anything({"k": 1.0}, []) != Anything({"k": 1}, [])
    assert Anything(1, [1]) == Anything(1, [1])
    assert JobStatus("1", "a", "b", n=1) != JobStatus("1", "a", "b", n=True)
    assert JobStatus("1", "a", "b", n=[1.0]) != JobStatus("1", "a", "b", n=[1])


@given(value=json_values)
def test_equal_instances_have_equal_payloads(value: Any) -> None:
    one = Anything.from_dict({"a": value, "xs": [value], "x": value})
    two = Anything.from_dict({"a": value, "xs": [value], "x": value})
    assert one == two
    assert repr(one.to_dict()) == repr(two.to_dict())


# --- weak references ---


@pytest.mark.parametrize(
    ("cls", "payload"),
    [(JobStatus, FIELDS), (FrozenJobStatus, FIELDS), (Ratio, {"r": 1}), (Flag, {"v": 1})],
)
def test_every_model_can_be_weakly_referenced(cls: type[Any], payload: dict[str, Any]) -> None:
    instance = cls.from_dict(payload)
    ref = weakref.ref(instance)
    assert ref() is instance
    cache = weakref.WeakValueDictionary({"k": instance})
    del instance
    assert ref() is None
    assert "k" not in cache


# --- extras that carry protocol names ---

PROTOCOL_NAMES = [
    "__deepcopy__",
    "__copy__",
    "__getstate__",
    "__setstate__",
    "__reduce_ex__",
    "__getnewargs_ex__",
    "__class_getitem__",
    "__fspath__",
    "_repr_html_",
    "_ipython_display_",
]


@BOTH
@pytest.mark.parametrize("name", PROTOCOL_NAMES)
def test_protocol_named_extras_are_data_only(cls: type[JobStatus], name: str) -> None:
    status = cls.from_dict({**FIELDS, name: 1})
    assert copy.copy(status) == status
    assert copy.deepcopy(status) == status
    assert pickle.loads(pickle.dumps(status)) == status
    assert dataclasses.replace(status, status="x").extras == {name: 1}
    assert getattr(status, name, "absent") != 1
    assert status.extras[name] == 1


# --- frozen means frozen ---


def test_calling_init_again_on_a_frozen_instance_is_refused() -> None:
    status = FrozenJobStatus("1", "DONE", "ok")
    before = hash(status)
    with pytest.raises(FrozenInstanceError, match="__init__ again"):
        status.__init__("2", "ERROR", "bad")  # type: ignore[misc]
    assert status.job_id == "1"
    assert hash(status) == before


def test_frozen_construction_still_checks_and_keeps_extras() -> None:
    with pytest.raises(ValidationError):
        FrozenJobStatus(1, "DONE", "ok")  # type: ignore[arg-type]
    status = FrozenJobStatus("1", "DONE", "ok", queue_position=3)
    assert status.extras == {"queue_position": 3}
    assert type(status) is FrozenJobStatus


# --- to_dict never writes what from_dict refuses ---


class Text(str):
    pass


@pytest.mark.parametrize("key", [1, None, ("a",), b"x", Text("a")])
@pytest.mark.parametrize(
    "write",
    [
        lambda extras, key: extras.__setitem__(key, "x"),
        lambda extras, key: extras.setdefault(key, "x"),
        lambda extras, key: extras.update({key: "x"}),
        lambda extras, key: extras.__ior__({key: "x"}),
    ],
    ids=["item", "setdefault", "update", "ior"],
)
def test_an_extras_key_that_from_dict_refuses_is_refused_at_once(key: Any, write: Any) -> None:
    status = JobStatus.from_dict({**FIELDS, "kept": 1})
    with pytest.raises(ValidationError, match="extras keys must be str") as info:
        write(status.extras, key)
    assert info.value.key == key
    assert status.to_dict() == {**FIELDS, "kept": 1}


def test_an_extra_that_shadows_a_field_is_refused() -> None:
    status = JobStatus("1", "DONE", "ok")
    with pytest.raises(ValidationError, match="name of a field"):
        status.extras["status"] = "x"
    dict.__setitem__(status.extras, "status", "x")  # bypassing the check
    with pytest.raises(ValidationError, match="name of a field"):
        status.to_dict()


@given(value=json_values)
def test_what_to_dict_writes_from_dict_reads(value: Any) -> None:
    status = JobStatus("1", "DONE", "ok")
    status.extras["k"] = value
    status.extras.update(other=value)
    assert JobStatus.from_dict(status.to_dict()) == status


# --- errors from inside nested models ---


class Span(Model):
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(type(self), ("end",), "must not be before start")
        if self.start < 0:
            raise ValueError("a user's own error")
        if self.start == 13:
            self.no_such_attribute.call()  # type: ignore[attr-defined]  # a bug


class Task(Model):
    name: str
    span: Span


class Plan(Model):
    tasks: list[Task]


def _plan(span: dict[str, int]) -> dict[str, Any]:
    good = {"name": "a", "span": {"start": 0, "end": 1}}
    return {"tasks": [good, {"name": "b", "span": span}]}


def test_a_nested_validation_error_carries_the_full_path() -> None:
    with pytest.raises(ValidationError) as info:
        Plan.from_dict(_plan({"start": 2, "end": 1}))
    assert info.value.path == ("tasks", 1, "span", "end")
    assert str(info.value) == "Plan.tasks[1].span.end: must not be before start"


@pytest.mark.parametrize(
    ("span", "error"),
    [({"start": -1, "end": 1}, ValueError), ({"start": 13, "end": 14}, AttributeError)],
)
def test_user_errors_pass_through_nested_models_as_at_top_level(
    span: dict[str, int], error: type[Exception]
) -> None:
    with pytest.raises(error) as top:
        Span.from_dict(span)
    with pytest.raises(error) as nested:
        Plan.from_dict(_plan(span))
    assert not isinstance(nested.value, ValidationError)
    assert type(nested.value) is type(top.value)
    assert str(nested.value) == str(top.value)


class Strict(Model, extra="forbid"):
    a: int


class Dropping(Model, extra="ignore"):
    a: int


@pytest.mark.parametrize("cls", [Strict, Dropping])
def test_a_model_that_keeps_no_extras_refuses_them_in_extras_too(cls: type[Strict]) -> None:
    instance = cls(1)
    with pytest.raises(ValidationError, match="keeps no extras"):
        instance.extras["x"] = 1
    assert cls.from_dict(instance.to_dict()) == instance
    assert dataclasses.replace(instance) == instance


class Colour(enum.Enum):
    RED = "red"

    @classmethod
    def _missing_(cls, value: object) -> Colour:
        return cls[str(value).upper()]  # KeyError for unknown names


class Palette(Model):
    colours: list[Colour]
    picks: list[int] = dataclasses.field(default_factory=lambda: ["a"])  # type: ignore[list-item]


def test_errors_in_enum_hooks_and_factories_keep_their_path() -> None:
    with pytest.raises(ValidationError) as info:
        Palette.from_dict({"colours": ["red", "blue"], "picks": []})
    assert info.value.path == ("colours", 1)
    with pytest.raises(ValidationError) as info:
        Palette.from_dict({"colours": []})
    assert info.value.path == ("picks", 0)


# --- hostile payloads for recursive unions ---


class Neg(Model, frozen=True):
    operand: Neg | Not | Lit


class Not(Model, frozen=True):
    operand: Neg | Not | Lit


class Lit(Model, frozen=True):
    value: int


def test_a_recursive_union_refuses_a_deep_bad_payload_in_linear_time() -> None:
    payload: dict[str, Any] = {"value": "bad"}
    for _ in range(60):  # 2 ** 60 tries without memory of what was refused
        payload = {"operand": payload}
    with pytest.raises(ValidationError):
        Neg.from_dict(payload)
    good: dict[str, Any] = {"value": 1}
    for _ in range(60):
        good = {"operand": good}
    assert Neg.from_dict(good).to_dict() == good
