"""Extra keys: any str key is kept, round-trips, and never hides the API."""

from __future__ import annotations

import inspect
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qiskit_provider_models import FrozenJobStatus, JobStatus, Model

from .strategies import FIELDS, HOSTILE_KEYS, extras_dicts, json_values, payloads

BOTH = pytest.mark.parametrize("cls", [JobStatus, FrozenJobStatus])


@BOTH
@given(extras=extras_dicts)
def test_keyword_extras_are_kept_in_order(cls: type[JobStatus], extras: dict[str, Any]) -> None:
    status = cls("1", "RUNNING", "running", **extras)
    assert list(status.extras.items()) == list(extras.items())
    assert status == cls.from_dict(
        {"job_id": "1", "status": "RUNNING", "status_msg": "running", **extras}
    )


@BOTH
@pytest.mark.parametrize("key", HOSTILE_KEYS)
def test_hostile_key_round_trips_and_leaves_the_api_alone(cls: type[JobStatus], key: str) -> None:
    payload = {"job_id": "1", "status": "DONE", "status_msg": "ok", key: "value"}
    status = cls.from_dict(payload)
    assert list(status.to_dict().items()) == list(payload.items())
    assert cls(**{"job_id": "1", "status": "DONE", "status_msg": "ok", key: "value"}) == status
    assert type(status) is cls
    assert status.extras == {key: "value"}
    # The class's own attributes are untouched by the instance's extras.
    assert inspect.ismethod(status.to_dict)
    assert inspect.ismethod(cls.from_dict)
    assert status.job_id == "1"
    assert cls.from_dict(status.to_dict()) == status


@BOTH
@given(payload=payloads())
def test_extras_read_as_attributes(cls: type[JobStatus], payload: dict[str, Any]) -> None:
    status = cls.from_dict(payload)
    for key, value in status.extras.items():
        if key[:1] == "_" and key[-1:] == "_":  # protocol names: never an extra
            if not hasattr(cls, key):
                with pytest.raises(AttributeError):
                    getattr(status, key)
        elif not hasattr(cls, key) and key not in dir(object):
            assert getattr(status, key) == value


@BOTH
def test_unknown_attribute_raises_attribute_error(cls: type[JobStatus]) -> None:
    status = cls("1", "DONE", "ok", queue_position=3)
    assert status.queue_position == 3  # type: ignore[attr-defined]
    assert hasattr(status, "queue_position")
    assert not hasattr(status, "queue_postion")
    assert getattr(status, "missing", "default") == "default"
    with pytest.raises(AttributeError, match="'missing'"):
        status.missing  # type: ignore[attr-defined]  # noqa: B018


@BOTH
def test_non_identifier_extras_are_reachable_with_getattr(cls: type[JobStatus]) -> None:
    status = cls("1", "DONE", "ok", **{"a b": 1, "": 2})
    assert getattr(status, "a b") == 1
    assert getattr(status, "") == 2


@BOTH
def test_extra_named_like_a_method_does_not_replace_it(cls: type[JobStatus]) -> None:
    status = cls.from_dict(
        {
            "job_id": "1",
            "status": "DONE",
            "status_msg": "ok",
            "to_dict": 1,
            "__class__": 2,
            "extras": 3,
        }
    )
    assert status.__class__ is cls
    assert status.extras == {"to_dict": 1, "__class__": 2, "extras": 3}
    assert status.to_dict()["to_dict"] == 1


def test_mutable_extras_are_a_dict_that_to_dict_follows() -> None:
    status = JobStatus("1", "DONE", "ok")
    assert status.extras == {}
    status.extras["queue_position"] = 3
    assert isinstance(status.extras, dict)
    assert status.to_dict() == {
        "job_id": "1",
        "status": "DONE",
        "status_msg": "ok",
        "queue_position": 3,
    }
    assert status.queue_position == 3  # type: ignore[attr-defined]


def test_instances_without_extras_do_not_share_a_mutable_dict() -> None:
    first, second = JobStatus("1", "a", "b"), JobStatus("2", "a", "b")
    first.extras["x"] = 1
    assert second.extras == {}


@given(value=json_values)
def test_extras_values_are_the_callers_objects(value: Any) -> None:
    status = JobStatus.from_dict({"job_id": "1", "status": "a", "status_msg": "b", "v": value})
    assert status.extras["v"] is value
    assert status.to_dict()["v"] is value


@given(payload=payloads(), names=st.sets(st.sampled_from(FIELDS), min_size=1))
def test_fields_are_never_extras(payload: dict[str, Any], names: set[str]) -> None:
    status = JobStatus.from_dict(payload)
    assert not names & status.extras.keys()


# --- extras as attributes: Qiskit's behaviour, kept where it is asked for ---


class Plain(Model):
    position: int


class Compatible(Model, extras_as_attributes=True):
    position: int


class NoLongerCompatible(JobStatus, extras_as_attributes=False):
    pass


def test_a_plain_model_answers_only_its_fields() -> None:
    info = Plain.from_dict({"position": 1, "hub": "h"})
    assert info.extras == {"hub": "h"}
    with pytest.raises(AttributeError) as error:
        info.hub  # type: ignore[attr-defined]  # noqa: B018
    if sys.version_info >= (3, 12):
        assert "it is an extra: read it as .extras['hub']" in str(error.value)
    with pytest.raises(AttributeError, match="'postion'"):
        info.postion  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(info, "hub")


def test_extras_as_attributes_is_opt_in_and_inherited() -> None:
    assert Compatible.from_dict({"position": 1, "hub": "h"}).hub == "h"  # type: ignore[attr-defined]
    status = IBMLike.from_dict({"job_id": "1", "status": "a", "status_msg": "b", "hub": "h"})
    assert status.hub == "h"  # type: ignore[attr-defined]
    off = NoLongerCompatible.from_dict(
        {"job_id": "1", "status": "a", "status_msg": "b", "hub": "h"}
    )
    with pytest.raises(AttributeError):
        off.hub  # type: ignore[attr-defined]  # noqa: B018


class IBMLike(JobStatus):
    queue_position: int | None = None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="3.12+ has the hint's __getattr__")
def test_a_plain_model_has_no_attribute_hook_before_3_12() -> None:
    # Any __getattr__ slows every attribute read before 3.12 (to_dict's too).
    assert not hasattr(Plain, "__getattr__")
    assert hasattr(JobStatus, "__getattr__")
