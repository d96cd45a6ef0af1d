"""``field(intern=True)``: equal str and datetime values read share one object."""

from __future__ import annotations

import copy
import pickle
import sys
from datetime import datetime, timedelta, timezone
from typing import Any, NewType

import pytest
from hypothesis import given

from qiskit_provider_models import FrozenModel, Model, ValidationError, field
from qiskit_provider_models._field_types.interning import DATETIMES, LIMIT, LONGEST, STRINGS
from qiskit_provider_models.strategies import datetime_texts, payloads


class Reading(Model):
    date: datetime = field(intern=True)
    name: str = field(intern=True)
    unit: str | None = field(intern=True, default=None)
    when: datetime | None = field(intern=True, default=None)


class FrozenReading(FrozenModel):
    date: datetime = field(intern=True)
    name: str = field(intern=True)


TEXT = "2024-02-28T08:32:31-05:00"


def fresh(text: str) -> str:
    """An equal str that is another object (as json.loads makes one per value)."""
    return "".join(list(text))


def test_equal_values_read_share_one_object() -> None:
    a = Reading.from_dict({"date": fresh(TEXT), "name": fresh("T1"), "unit": fresh("us")})
    b = Reading.from_dict({"date": fresh(TEXT), "name": fresh("T1"), "unit": fresh("us")})
    assert a.date is b.date
    assert a.name is b.name
    assert a.unit is b.unit
    assert a == b
    assert a.to_dict() == b.to_dict()
    assert a.to_dict()["date"] is b.to_dict()["date"]  # one copy of the text too
    assert a.date == datetime(2024, 2, 28, 8, 32, 31, tzinfo=timezone(timedelta(hours=-5)))


@given(text=datetime_texts())
def test_an_interned_date_writes_back_its_own_text(text: str) -> None:
    for cls in (Reading, FrozenReading):
        payload: dict[str, Any] = {"date": text, "name": "T1"}
        if cls is Reading:
            payload |= {"unit": None, "when": text}
        assert cls.from_dict(payload).to_dict() == payload
        # Equal instants written differently stay different.
        if text.endswith("Z"):
            other = cls.from_dict({**payload, "date": text[:-1] + "+00:00"})
            assert other != cls.from_dict(payload)


@given(payload=payloads(Reading))
def test_interned_models_round_trip(payload: dict[str, Any]) -> None:
    reading = Reading.from_dict(payload)
    assert reading.to_dict() == payload
    assert pickle.loads(pickle.dumps(reading)).to_dict() == payload
    assert copy.deepcopy(reading) == reading


def test_str_subclasses_are_kept_as_they_are() -> None:
    class Name(str):
        pass

    reading = Reading.from_dict({"date": TEXT, "name": Name("T1"), "unit": Name("us")})
    assert type(reading.name) is Name
    assert type(reading.unit) is Name
    assert TEXT in DATETIMES  # an equal plain text is in the table: not used
    dated = Reading.from_dict({"date": Name(TEXT), "name": "T1"})
    assert type(dated.to_dict()["date"]) is Name  # the payload's own text object


@pytest.mark.parametrize(
    ("payload", "path", "problem"),
    [
        ({"date": 5, "name": "T1"}, ("date",), "expected datetime as ISO 8601 text, got int (5)"),
        ({"date": [TEXT], "name": "T1"}, ("date",), "expected datetime as ISO 8601 text"),
        ({"date": "2024-13-01T00:00:00", "name": "T1"}, ("date",), "expected an ISO 8601"),
        ({"date": TEXT, "name": 1}, ("name",), "expected str, got int (1)"),
        ({"date": TEXT, "name": "T1", "unit": 2}, ("unit",), "expected str | None, got int"),
        ({"date": TEXT, "name": "T1", "when": True}, ("when",), "expected datetime"),
    ],
)
def test_bad_values_are_refused_as_without_interning(
    payload: dict[str, Any], path: tuple[Any, ...], problem: str
) -> None:
    snapshot = dict(payload)
    with pytest.raises(ValidationError) as info:
        Reading.from_dict(payload)
    assert info.value.path == path
    assert info.value.problem.startswith(problem)
    assert payload == snapshot
    assert 5 not in DATETIMES
    assert True not in DATETIMES


def test_the_tables_stay_bounded_and_right_after_they_are_emptied() -> None:
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    texts = [(start + timedelta(minutes=i)).isoformat() for i in range(LIMIT * 2 + 10)]
    for text in texts:
        reading = Reading.from_dict({"date": text, "name": f"n{text}"})
        assert reading.to_dict()["date"] == text
        assert reading.date == datetime.fromisoformat(text)
        assert len(DATETIMES) <= LIMIT
        assert len(STRINGS) <= LIMIT
    assert texts[-1] in DATETIMES


def test_assigning_a_date_drops_the_interned_text() -> None:
    reading = Reading.from_dict({"date": "2024-02-28T13:32:31Z", "name": "T1"})
    reading.date = reading.date.astimezone(timezone(timedelta(hours=-5)))
    assert reading.to_dict()["date"] == "2024-02-28T08:32:31-05:00"
    again = Reading.from_dict({"date": "2024-02-28T13:32:31Z", "name": "T1"})
    assert again.to_dict()["date"] == "2024-02-28T13:32:31Z"  # the table is untouched


@pytest.mark.parametrize("annotation", [int, float, list[str], dict[str, str], bool])
def test_intern_is_refused_on_other_types(annotation: Any) -> None:
    namespace = {"__annotations__": {"x": annotation}, "x": field(intern=True)}
    with pytest.raises(TypeError, match=r"Bad\.x: field\(intern=True\) is for str and datetime"):
        type("Bad", (Model,), namespace)


def test_intern_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match=r"field\(intern=\.\.\.\) must be a bool, not str"):
        field(intern="yes")  # type: ignore[call-overload]


def test_interned_dates_share_their_fixed_offset_zones() -> None:
    texts = ["2024-02-28T08:32:31-05:00", "2024-02-29T09:00:00-05:00", "2024-03-01T10:00:00-0500"]
    readings = [Reading.from_dict({"date": text, "name": "T1"}) for text in texts]
    zones = {id(r.date.tzinfo) for r in readings}
    assert len(zones) == 1
    assert [r.to_dict()["date"] for r in readings] == texts
    assert readings[1].date.utcoffset() == timedelta(hours=-5)
    utc = Reading.from_dict({"date": "2024-02-28T08:32:31Z", "name": "T1"})
    assert utc.date.utcoffset() == timedelta(0)
    assert utc.to_dict()["date"] == "2024-02-28T08:32:31Z"


def test_long_values_are_read_but_not_kept() -> None:
    long_name = "g" + "x" * LONGEST
    long_date = "2024-01-01T00:00:00." + "1" * LONGEST
    if sys.version_info < (3, 11):
        long_date = "2024-01-01T00:00:00+00:00"  # 3.10 reads no fraction of over 6 digits
    reading = Reading.from_dict({"date": long_date, "name": long_name})
    assert reading.to_dict() == {"date": long_date, "name": long_name, "unit": None, "when": None}
    assert long_name not in STRINGS
    if sys.version_info >= (3, 11):
        assert long_date not in DATETIMES


Stamp = NewType("Stamp", datetime)


class Stamped(Model):
    at: Stamp = field(intern=True)


def test_a_datetime_alias_field_is_read_as_before_though_not_interned() -> None:
    stamped = Stamped.from_dict({"at": "2024-01-01T00:00:00Z"})
    assert type(stamped.at) is not str
    assert stamped.at == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert stamped.to_dict() == {"at": "2024-01-01T00:00:00Z"}
    with pytest.raises(ValidationError, match=r"Stamped\.at: expected an ISO 8601"):
        Stamped.from_dict({"at": "not a date"})
