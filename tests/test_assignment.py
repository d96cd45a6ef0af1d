"""Assignment: mutable models take field assignments; frozen ones take none."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qiskit_provider_models import FrozenJobStatus, JobStatus, ValidationError

from .strategies import HOSTILE_KEYS, instances


def test_assigning_a_field_shows_in_to_dict() -> None:
    status = JobStatus("1", "RUNNING", "running")
    status.status = "DONE"
    assert status.to_dict()["status"] == "DONE"


@pytest.mark.parametrize("name", ["queue_position", "new_name", "a b"])
def test_assigning_any_other_name_raises(name: str) -> None:
    status = JobStatus("1", "RUNNING", "running", queue_position=3)
    with pytest.raises(AttributeError):
        setattr(status, name, 4)
    assert status.to_dict() == {
        "job_id": "1",
        "status": "RUNNING",
        "status_msg": "running",
        "queue_position": 3,
    }


def test_extras_are_changed_through_the_extras_dict() -> None:
    status = JobStatus("1", "RUNNING", "running", queue_position=3)
    status.extras["queue_position"] = 4
    assert status.to_dict()["queue_position"] == 4


def test_an_extra_that_shadows_a_field_is_refused() -> None:
    status = JobStatus("1", "RUNNING", "running")
    with pytest.raises(ValidationError, match="'status'") as info:
        status.extras["status"] = "DONE"
    assert info.value.key == "status"
    assert status.to_dict()["status"] == "RUNNING"


def test_extras_itself_cannot_be_rebound() -> None:
    status = JobStatus("1", "RUNNING", "running")
    with pytest.raises(AttributeError):
        status.extras = {}  # type: ignore[misc]


@given(
    status=instances(FrozenJobStatus),
    name=st.sampled_from(("job_id", "status", "extras", "new", *HOSTILE_KEYS)),
)
def test_frozen_refuses_every_assignment_and_deletion(status: FrozenJobStatus, name: str) -> None:
    before = status.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(status, name, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(status, name)
    assert status.to_dict() == before


@given(status=instances(FrozenJobStatus))
def test_frozen_extras_cannot_be_changed_in_place(status: FrozenJobStatus) -> None:
    before = status.to_dict()
    extras: Any = status.extras
    for change in (
        lambda: extras.__setitem__("k", 1),
        lambda: extras.__delitem__(next(iter(extras), "k")),
        lambda: extras.update(k=1),
        lambda: extras.setdefault("k", 1),
        lambda: extras.pop("k", None),
        extras.popitem,
        extras.clear,
        lambda: extras.__ior__({"k": 1}),
    ):
        with pytest.raises(TypeError):
            change()
    assert status.to_dict() == before


def test_frozen_extras_refuse_reinitialisation() -> None:
    status = FrozenJobStatus("1", "DONE", "ok", a=1)
    status.extras.__init__({"b": 2})  # type: ignore[misc]
    assert status.extras == {"a": 1}


def test_setstate_cannot_overwrite_a_built_instance() -> None:
    status = FrozenJobStatus("1", "DONE", "ok")
    with pytest.raises(TypeError):
        status.__setstate__((("2", "ERROR", "no"), {}))
    assert status.job_id == "1"


@given(first=instances(FrozenJobStatus))
def test_equal_frozen_instances_hash_equal(first: FrozenJobStatus) -> None:
    second = FrozenJobStatus.from_dict(first.to_dict())
    assert first == second
    assert hash(first) == hash(second)
    unpickled = pickle.loads(pickle.dumps(first))
    assert unpickled == first
    assert hash(unpickled) == hash(first)


def test_hash_works_with_unhashable_extras() -> None:
    first = FrozenJobStatus("1", "DONE", "ok", tags=["a"], info={"b": [1]})
    second = FrozenJobStatus("1", "DONE", "ok", tags=["a"], info={"b": [1]})
    assert hash(first) == hash(second)
    assert len({first, second}) == 1


def test_mutable_model_is_unhashable() -> None:
    with pytest.raises(TypeError):
        hash(JobStatus("1", "DONE", "ok"))
