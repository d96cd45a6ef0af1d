"""Equality, repr, pattern matching, pickle, copy and replace."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import sys
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qiskit_provider_models import ABSENT, FrozenJobStatus, FrozenModel, JobStatus, Model, field

from .strategies import field_values, instances, json_values

BOTH = pytest.mark.parametrize("cls", [JobStatus, FrozenJobStatus])


@given(status=instances(), protocol=st.integers(0, pickle.HIGHEST_PROTOCOL))
def test_pickle_keeps_everything(status: JobStatus, protocol: int) -> None:
    again = pickle.loads(pickle.dumps(status, protocol))
    assert again == status
    assert list(again.to_dict().items()) == list(status.to_dict().items())


@given(status=instances())
def test_copy_and_deepcopy_are_equal_and_independent(status: JobStatus) -> None:
    shallow, deep = copy.copy(status), copy.deepcopy(status)
    assert shallow == status
    assert deep == status
    if isinstance(status, JobStatus):
        shallow.extras["added"] = 1
        assert "added" not in status.extras


@given(status=instances(), new=field_values)
def test_dataclasses_replace_keeps_the_extras(status: JobStatus, new: str) -> None:
    assert dataclasses.replace(status) == status
    changed = dataclasses.replace(status, status=new)
    assert changed.status == new
    assert changed.extras == status.extras
    assert list(changed.to_dict()) == list(status.to_dict())


@given(status=instances(), value=json_values)
def test_replace_can_change_an_extra_in_place(status: JobStatus, value: Any) -> None:
    extras = list(status.extras)
    changes = {extras[0]: value} if extras else {"new": value}
    changed = status.__replace__(**changes)
    assert changed.to_dict() == {**status.to_dict(), **changes}
    assert list(changed.to_dict()) == list({**status.to_dict(), **changes})


@pytest.mark.skipif(sys.version_info < (3, 13), reason="copy.replace is new in 3.13")
@given(status=instances())
def test_copy_replace(status: JobStatus) -> None:
    assert copy.replace(status) == status  # type: ignore[attr-defined]
    assert copy.replace(status, status_msg="x").status_msg == "x"  # type: ignore[attr-defined]


@BOTH
def test_dataclasses_introspection(cls: type[JobStatus]) -> None:
    assert dataclasses.is_dataclass(cls)
    assert [f.name for f in dataclasses.fields(cls)] == ["job_id", "status", "status_msg"]
    assert all(f.type == "str" or f.type is str for f in dataclasses.fields(cls))
    assert cls.__match_args__ == ("job_id", "status", "status_msg")


@BOTH
def test_pattern_matching(cls: type[JobStatus]) -> None:
    match cls("1", "DONE", "ok"):
        case cls(job_id, "DONE", _):  # type: ignore[misc]
            assert job_id == "1"
        case _:  # pragma: no cover
            pytest.fail("no match")


@BOTH
def test_repr(cls: type[JobStatus]) -> None:
    status = cls("1", "DONE", "ok", queue_position=3, **{"a b": 1})
    fields = "job_id='1', status='DONE', status_msg='ok'"
    assert repr(status) == f"{cls.__name__}({fields}, queue_position=3, **{{'a b': 1}})"


def test_repr_shows_no_keyword_twice() -> None:
    # An extra named like a keyed field's attribute (issue 19, item 7).
    class Keyed(Model):
        backend_name: str = field(key="backendName")

    keyed = Keyed.from_dict({"backendName": "b", "backend_name": "zz", "other": 1})
    assert repr(keyed).endswith(".Keyed(backend_name='b', other=1, **{'backend_name': 'zz'})")


def test_repr_of_a_self_reference_terminates() -> None:
    status = JobStatus("1", "DONE", "ok")
    status.extras["me"] = status
    assert repr(status) == "JobStatus(job_id='1', status='DONE', status_msg='ok', me=...)"


@BOTH
def test_equality_compares_type_fields_and_extras(cls: type[JobStatus]) -> None:
    base = cls("1", "DONE", "ok", a=1)
    assert base == cls("1", "DONE", "ok", a=1)
    assert base != cls("1", "DONE", "ok", a=2)
    assert base != cls("1", "DONE", "ok")
    assert base != cls("2", "DONE", "ok", a=1)
    assert base != base.to_dict()
    other: type[JobStatus] = FrozenJobStatus if cls is JobStatus else JobStatus  # type: ignore[assignment]
    assert base != other("1", "DONE", "ok", a=1)


def test_getattr_on_an_uninitialised_instance_does_not_recurse() -> None:
    blank = object.__new__(JobStatus)
    with pytest.raises(AttributeError):
        blank.anything  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError):
        blank.job_id  # noqa: B018


class _Dates(FrozenModel):
    when: datetime
    many: tuple[datetime, ...]
    maybe: tuple[datetime, ...] | None = None
    opt: tuple[datetime, ...] = ABSENT


def test_datetimes_compare_by_their_text_in_containers_too() -> None:
    # Issue 19, item 8: a fold=1 time equals its fixed-offset twin in a field
    # (to_dict writes the same text); now in containers too, hash included.
    zone = pytest.importorskip("zoneinfo").ZoneInfo("America/New_York")
    folded = datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=zone)
    fixed = datetime(2024, 11, 3, 1, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert folded != fixed  # Python's rule: an ambiguous time is no other zone's
    one = _Dates(folded, (folded,), (folded,), (folded,))
    two = _Dates(fixed, (fixed,), (fixed,), (fixed,))
    assert one.to_dict() == two.to_dict()
    assert one == two
    assert hash(one) == hash(two)
    assert _Dates(fixed, (fixed,)) != _Dates(fixed, (fixed, fixed))
    assert _Dates(fixed, (fixed,)) != _Dates(fixed, (fixed,), opt=(fixed,))
