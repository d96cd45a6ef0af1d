"""``datetime`` and ``date`` fields: ISO 8601 text in, the payload's own text out."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import pickle
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import FrozenModel, Model, ValidationError
from qiskit_provider_models._field_types.datetimes import parse_extended
from qiskit_provider_models.strategies import datetime_texts, payloads


class Reading(Model):
    date: datetime
    name: str
    value: float


class Stamps(Model):
    when: datetime | None = None
    day: date | None = None
    history: list[datetime] = dataclasses.field(default_factory=list[datetime])
    by_name: dict[str, datetime] = dataclasses.field(default_factory=dict[str, datetime])
    either: datetime | int = 0
    reading: Reading | None = None


class FrozenStamps(FrozenModel):
    when: datetime
    history: tuple[datetime, ...] = ()


class Later(Model):
    # Not resolvable when the class is made, so no hidden slots: the field
    # takes the container path, which must be just as exact.
    when: LaterName  # type: ignore[valid-type]


LaterName = datetime

ODD_FORMS = [
    "2024-11-20T09:33:12-05:00",
    "2024-11-20T09:33:12+00:00",
    "2024-11-20T09:33:12Z",
    "2024-11-20T09:33:12.282492-05:00",
    "2024-11-20T09:33:12.282+09:00",
    "2024-11-20T09:33:12.5-0500",
    "2024-11-20T09:33:12.000000+00:00",
    "2024-11-20 09:33:12",
    "2024-11-20T09:33",
    "2024-11-20T09:33:12-00:00",
]


@pytest.mark.parametrize("text", ODD_FORMS)
def test_every_form_comes_back_as_it_came(text: str) -> None:
    payload = {"date": text, "name": "T1", "value": 1}
    assert Reading.from_dict(payload).to_dict() == payload
    stamps = {
        "when": text,
        "day": None,
        "history": [text, text],
        "by_name": {"a": text},
        "either": text,
        "reading": payload,
    }
    assert Stamps.from_dict(stamps).to_dict() == stamps
    assert FrozenStamps.from_dict({"when": text, "history": [text]}).to_dict() == {
        "when": text,
        "history": [text],
    }
    assert Later.from_dict({"when": text}).to_dict() == {"when": text}


def test_the_offset_is_kept_as_given() -> None:
    reading = Reading.from_dict({"date": "2024-11-20T09:33:12-05:00", "name": "T1", "value": 1})
    assert reading.date.utcoffset() == timedelta(hours=-5)
    assert reading.date.hour == 9
    utc = Reading.from_dict({"date": "2024-11-20T09:33:12Z", "name": "T1", "value": 1})
    assert utc.date.tzinfo == timezone.utc
    naive = Reading.from_dict({"date": "2024-11-20T09:33:12", "name": "T1", "value": 1})
    assert naive.date.tzinfo is None


@given(text=datetime_texts())
def test_every_python_reads_the_same_value(text: str) -> None:
    # Our own parser (what 3.10 falls back on) agrees with fromisoformat of 3.11+.
    ours = parse_extended(text)
    read = Reading.from_dict({"date": text, "name": "x", "value": 0}).date
    assert (read, read.utcoffset()) == (ours, ours.utcoffset())
    if sys.version_info >= (3, 11):
        theirs = datetime.fromisoformat(text)
        assert (ours, ours.utcoffset()) == (theirs, theirs.utcoffset())


@given(payload=payloads(Stamps))
def test_drawn_payloads_round_trip_and_are_json(payload: dict[str, Any]) -> None:
    model = Stamps.from_dict(payload)
    assert model.to_dict() == payload
    assert json.loads(json.dumps(model.to_dict())) == payload
    assert Stamps.from_dict(model.to_dict()) == model


@given(payload=payloads(FrozenStamps))
def test_frozen_payloads_round_trip_and_hash(payload: dict[str, Any]) -> None:
    model = FrozenStamps.from_dict(payload)
    assert model.to_dict() == payload
    again = FrozenStamps.from_dict(payload)
    assert model == again
    assert hash(model) == hash(again)


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ({"when": "2024-13-01T00:00:00"}, "Stamps.when"),
        ({"when": "yesterday"}, "Stamps.when"),
        ({"when": 1732000000}, "Stamps.when"),
        ({"when": True}, "Stamps.when"),
        ({"history": ["2024-11-20T09:33:12Z", "nope"]}, "Stamps.history[1]"),
        ({"by_name": {"a": "2024-11-20T25:00"}}, "Stamps.by_name.a"),
        ({"reading": {"date": "", "name": "x", "value": 1}}, "Stamps.reading.date"),
        ({"day": "20241120"}, "Stamps.day"),
        ({"day": "2024-11-20T00:00:00"}, "Stamps.day"),
        ({"when": "2024-11-20T09:33:12+24:00"}, "Stamps.when"),
    ],
)
def test_bad_dates_name_their_path(payload: dict[str, Any], where: str) -> None:
    original = copy.deepcopy(payload)
    with pytest.raises(ValidationError) as raised:
        Stamps.from_dict(payload)
    assert str(raised.value).startswith(where + ":")
    assert payload == original


def test_datetime_instances_are_accepted_and_written_as_text() -> None:
    when = datetime(2024, 11, 20, 9, 33, 12, tzinfo=timezone(timedelta(hours=2)))
    model = Stamps.from_dict({"when": when, "day": date(2024, 1, 2), "history": [when]})
    assert model.when is when
    assert model.to_dict()["when"] == "2024-11-20T09:33:12+02:00"
    assert model.to_dict()["day"] == "2024-01-02"
    assert model.to_dict()["history"] == ["2024-11-20T09:33:12+02:00"]
    built = Stamps(when=when, day=date(2024, 1, 2))
    assert built.to_dict()["when"] == "2024-11-20T09:33:12+02:00"
    with pytest.raises(ValidationError, match=r"Stamps\.day: expected date"):
        Stamps(day=when)  # a datetime is a date subclass, not a date
    with pytest.raises(ValidationError, match=r"Stamps\.when: expected datetime"):
        Stamps(when="2024-11-20T09:33:12Z")  # type: ignore[arg-type]


def test_a_new_value_is_written_with_isoformat_and_the_old_text_is_dropped() -> None:
    model = Stamps.from_dict({"when": "2024-11-20T09:33:12Z"})
    kept = model.when
    model.when = datetime(2020, 1, 1, tzinfo=timezone.utc)
    assert model.to_dict()["when"] == "2020-01-01T00:00:00+00:00"
    model.when = kept
    assert model.to_dict()["when"] == "2024-11-20T09:33:12Z"
    model.when = None
    assert model.to_dict()["when"] is None


def test_equality_compares_the_written_text() -> None:
    zulu = Stamps.from_dict({"when": "2024-11-20T09:33:12Z", "history": ["2024-11-20T09:33:12Z"]})
    offset = Stamps.from_dict({"when": "2024-11-20T04:33:12-05:00"})
    same_instant = Stamps.from_dict({"when": "2024-11-20T09:33:12+00:00"})
    assert zulu.when == offset.when  # datetime's own ==: the same instant
    assert zulu != Stamps.from_dict({"when": "2024-11-20T09:33:12Z"})  # history differs
    assert Stamps.from_dict({"when": "2024-11-20T09:33:12Z"}) != same_instant
    assert Stamps.from_dict({"when": "2024-11-20T09:33:12Z"}) != offset
    listed = [Stamps.from_dict({"history": [text]}) for text in ODD_FORMS[1:3]]
    assert listed[0] != listed[1]
    built = Stamps(when=datetime(2024, 11, 20, 9, 33, 12, tzinfo=timezone.utc))
    assert built == same_instant  # isoformat() writes the same text
    a = FrozenStamps.from_dict({"when": "2024-11-20T09:33:12Z"})
    assert a == FrozenStamps.from_dict({"when": "2024-11-20T09:33:12Z"})
    assert a != FrozenStamps.from_dict({"when": "2024-11-20T09:33:12+00:00"})


@pytest.mark.parametrize("cls", [Stamps, FrozenStamps])
def test_copies_keep_the_text(cls: type[Model]) -> None:
    payload: dict[str, Any] = {"when": "2024-11-20T09:33:12.5Z", "history": ["2024-11-20 09:33Z"]}
    model = cls.from_dict(payload)
    expected = model.to_dict()
    for copied in (
        pickle.loads(pickle.dumps(model)),
        copy.copy(model),
        copy.deepcopy(model),
        dataclasses.replace(model),
        model.__replace__(),  # type: ignore[attr-defined]
    ):
        assert copied.to_dict() == expected
        assert copied == model
    changed = dataclasses.replace(model, when=datetime(2020, 1, 1))  # type: ignore[call-arg]
    assert changed.to_dict()["when"] == "2020-01-01T00:00:00"


def test_values_in_containers_behave_as_datetimes() -> None:
    model = Stamps.from_dict({"history": ["2024-11-20T09:33:12Z"]})
    (value,) = model.history
    assert isinstance(value, datetime)
    assert repr(value) == repr(datetime(2024, 11, 20, 9, 33, 12, tzinfo=timezone.utc))
    later = value + timedelta(hours=1)
    model.history.append(later)
    assert model.to_dict()["history"] == ["2024-11-20T09:33:12Z", "2024-11-20T10:33:12+00:00"]
    assert pickle.loads(pickle.dumps(value)) == value


def test_subclasses_keep_and_add_datetime_fields() -> None:
    class Calibrated(Reading):
        checked: datetime | None = None

    class Frozen(FrozenStamps):
        also: datetime | None = None

    payload = {
        "date": "2024-11-20T09:33Z",
        "name": "T1",
        "value": 2.5,
        "checked": "2024-01-01T00:00Z",
    }
    assert Calibrated.from_dict(payload).to_dict() == payload
    frozen = {"when": "2024-11-20T09:33Z", "history": [], "also": "2024-01-01 00:00Z"}
    assert Frozen.from_dict(frozen).to_dict() == frozen
    assert Frozen.from_dict(frozen) == Frozen.from_dict(frozen)


class TextBase(Model):
    when: datetime


class Text(TextBase):
    when: str  # type: ignore[assignment]


def test_a_subclass_may_redeclare_a_datetime_field_as_text() -> None:
    model = Text.from_dict({"when": "not a date"})
    for copied in (pickle.loads(pickle.dumps(model)), copy.copy(model), dataclasses.replace(model)):
        assert copied.to_dict() == {"when": "not a date"}
    base = TextBase.from_dict({"when": "2024-01-01T00:00Z"})
    assert pickle.loads(pickle.dumps(base)).to_dict() == {"when": "2024-01-01T00:00Z"}


def test_a_pickle_may_be_the_first_use_of_a_deferred_class(tmp_path: Any) -> None:
    # Unpickling in a fresh process builds the class (its annotation names a
    # class declared later) before the hidden slots are filled.
    (tmp_path / "deferred_dates.py").write_text(
        "from datetime import datetime\n"
        "from qiskit_provider_models import FrozenModel\n"
        "class A(FrozenModel):\n"
        "    t: datetime\n"
        "    b: 'B | None' = None\n"
        "class B(FrozenModel):\n"
        "    x: int\n"
    )
    dump = (
        "import pickle, sys, deferred_dates as m\n"
        "a = m.A.from_dict({'t': '2024-01-01T00:00Z'})\n"
        "sys.stdout.write(pickle.dumps(a).hex())"
    )
    load = (
        "import pickle, sys, deferred_dates\n"
        "a = pickle.loads(bytes.fromhex(sys.stdin.read()))\n"
        "print(a.to_dict(), hash(a) == hash(a))"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    blob = subprocess.run(
        [sys.executable, "-c", dump], env=env, capture_output=True, text=True, check=True
    ).stdout
    loaded = subprocess.run(
        [sys.executable, "-c", load],
        env=env,
        input=blob,
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "{'t': '2024-01-01T00:00Z', 'b': None} True"


def test_equal_frozen_instances_hash_equal_across_a_fold() -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        new_york = zoneinfo.ZoneInfo("America/New_York")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone data on this machine")
    # The second 01:30 of a DST change: datetime's own hash uses the first's offset.
    built = FrozenStamps(datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=new_york))
    read = FrozenStamps.from_dict({"when": "2024-11-03T01:30:00-05:00"})
    assert built == read
    assert hash(built) == hash(read)


def test_an_older_pickle_with_the_date_as_text_is_read_as_from_dict_would() -> None:
    model = Stamps.from_dict({"when": "2024-11-20T09:33:12Z"})
    rebuild, args, state = model.__reduce__()
    state[0]["when"] = "2024-01-01T00:00Z"  # as a version with `when: str` stored it
    state[4].clear()
    restored = rebuild(*args)
    restored.__setstate__(state)
    assert restored.when == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert restored.to_dict()["when"] == "2024-01-01T00:00Z"
