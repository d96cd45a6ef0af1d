"""Pickles and copies: the state is kept by name, so an instance pickled by
one version of a plugin's class loads into the next as ``from_dict`` would
read it; slots of the user's travel too, and a class's own ``__getstate__``
is obeyed."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import date, datetime
from typing import Any

import pytest

from qiskit_provider_models import ABSENT, FrozenModel, Model, field

# --- pickles across versions of a class, and slots of the user's ---


def _reload_as(instance: Any, new_class: type) -> Any:
    """Unpickle ``instance`` into ``new_class``, as a later plugin version would."""
    reducer, args, state = instance.__reduce__()
    fresh = reducer(new_class, *args[1:])
    fresh.__setstate__(state)
    return fresh


def test_pickled_state_is_by_name_across_versions() -> None:
    class V1(Model):
        job_id: str
        backend: str
        shots: int

    class V2(Model):
        job_id: str
        region: str = "eu"
        shots: int = 0
        added: list[int] = dataclasses.field(default_factory=list)

    old = V1("j1", "ibm_x", 100)
    new = _reload_as(old, V2)
    assert (new.job_id, new.region, new.shots, new.added) == ("j1", "eu", 100, [])
    assert new.extras == {"backend": "ibm_x"}  # a removed field's value is kept


def test_a_required_field_missing_from_a_pickle_is_named() -> None:
    class Old(Model):
        a: int

    class New(Model):
        a: int
        b: int

    with pytest.raises(TypeError, match="no value for the required field 'b'"):
        _reload_as(Old(1), New)


class Cached(Model):
    __slots__ = ("__secret", "cache")
    x: int


def test_the_user_slots_travel_with_copies_and_pickles() -> None:
    instance = Cached(1)
    instance.cache = {"k": 1}
    for copied in (
        copy.copy(instance),
        copy.deepcopy(instance),
        pickle.loads(pickle.dumps(instance)),
    ):
        assert copied.cache == {"k": 1}
        assert copied == instance
    assert not hasattr(copy.copy(Cached(2)), "cache")


class SelfPickling(Model):
    x: int

    def __getstate__(self) -> dict[str, Any]:
        return {"x": self.x, "note": "mine"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "x", state["x"] + 1)
        object.__setattr__(self, "_qpm_extras", {"note": state["note"]})


def test_a_class_that_pickles_itself_is_obeyed() -> None:
    again = pickle.loads(pickle.dumps(SelfPickling(1)))
    assert again.x == 2
    assert again.extras == {"note": "mine"}


# --- an extra of an older version that is a typed field now ---


class Item(FrozenModel):
    a: int


class BoxV1(FrozenModel):
    name: str


class BoxV2(FrozenModel):
    name: str
    items: tuple[Item, ...] = ()


def test_an_extra_that_became_a_field_is_read_as_from_dict_reads_it() -> None:
    old = BoxV1.from_dict({"name": "b", "items": [{"a": 1}]})
    new = _reload_as(old, BoxV2)
    assert new.items == (Item(1),)
    assert type(new.items) is tuple
    assert new == BoxV2.from_dict(old.to_dict())
    assert hash(new) == hash(BoxV2.from_dict(old.to_dict()))
    assert new.extras == {}


def test_an_extra_that_does_not_fit_its_new_field_is_named() -> None:
    old = BoxV1.from_dict({"name": "b", "items": [{"a": 1}, {"a": "two"}]})
    state = old.__reduce__()[2]
    with pytest.raises(TypeError, match=r"BoxV2\.items\[1\]\.a: expected int"):
        _reload_as(old, BoxV2)
    assert old.__reduce__()[2] == state  # the old instance is untouched


class Stamp1(Model):
    name: str


class Stamp2(Model):
    name: str
    when: datetime | None = None


def test_an_old_extra_in_a_datetime_field_is_read_or_refused_as_from_dict_would() -> None:
    text = "2024-02-28T08:32:31-05:00"
    new = _reload_as(Stamp1.from_dict({"name": "n", "when": text}), Stamp2)
    assert new == Stamp2.from_dict({"name": "n", "when": text})
    assert new.to_dict()["when"] == text
    assert _reload_as(Stamp1.from_dict({"name": "n", "when": None}), Stamp2).when is None
    with pytest.raises(TypeError, match=r"Stamp2\.when: expected datetime"):
        _reload_as(Stamp1.from_dict({"name": "n", "when": 5}), Stamp2)


def test_a_renamed_field_that_kept_its_payload_key_takes_its_value() -> None:
    class Old(Model):
        x: int = field(key="X")

    class New(Model):
        y: int = field(key="X", default=0)

    new = _reload_as(Old(5), New)
    assert new == New.from_dict(Old(5).to_dict()) == New(5)
    assert new.extras == {}


def test_an_extra_under_the_key_of_a_field_held_by_name_is_refused() -> None:
    # Old's field x (key "x") and extra "X"; New's x is read from "X": both
    # cannot be kept, and to_dict could not write them.
    class Old(Model):
        x: int

    class New(Model):
        x: int = field(key="X")

    with pytest.raises(TypeError, match=r"extras under the payload keys .*\['X'\]"):
        _reload_as(Old.with_extras({"X": 2}, 1), New)


class Job(FrozenModel):
    id: str


def test_a_renamed_field_s_value_is_taken_as_the_new_field_takes_it() -> None:
    class Old(FrozenModel):
        job: dict[str, Any] = field(key="job")
        stamp: Job | None = field(key="stamp", default=None)

    class New(FrozenModel):
        the_job: Job = field(key="job")
        the_stamp: Job | None = field(key="stamp", default=None)

    old = Old({"id": "a"}, Job("b"))
    new = _reload_as(old, New)  # a dict read as a Job, a Job taken as it is
    assert new == New(Job("a"), Job("b")) == New.from_dict(old.to_dict())
    assert hash(new) == hash(New(Job("a"), Job("b")))

    class Counted(Model):
        count: int = field(key="n")

    class Labelled(Model):
        label: str = field(key="n")

    with pytest.raises(TypeError, match=r"Labelled\.label: expected str, got int \(5\)"):
        _reload_as(Counted(5), Labelled)


def test_a_renamed_datetime_field_keeps_its_text() -> None:
    class Old(Model):
        when: datetime = field(key="t")

    class New(Model):
        at: datetime = field(key="t")

    text = "2024-02-28T08:32:31.000-05:00"
    assert _reload_as(Old.from_dict({"t": text}), New).to_dict() == {"t": text}


def test_a_copy_keeps_what_was_assigned_to_a_datetime_field() -> None:
    # Assignment is not checked; a copy must not refuse what the original holds.
    stamp = Stamp2.from_dict({"name": "n", "when": "2024-02-28T08:32:31.000-05:00"})
    stamp.when = None
    assert copy.copy(stamp) == stamp
    stamp.when = date(2024, 1, 1)  # type: ignore[assignment]
    assert copy.copy(stamp).when == date(2024, 1, 1)


def test_an_optional_key_that_was_an_extra_becomes_its_absent_field() -> None:
    # The configuration models of 0.1 kept dt, online_date, ... in extras;
    # now they are fields declared = ABSENT (one with an alias).
    class ConfV1(Model):
        name: str

    class ConfV2(Model):
        name: str
        dt_ns: float = field(key="dt", alias="dt", default=ABSENT)
        online_date: datetime = ABSENT
        tags: list[str] = ABSENT

    old = ConfV1.from_dict({"name": "x", "dt": 0.5, "online_date": "2021-04-05T04:00:00Z"})
    new = _reload_as(old, ConfV2)
    assert new == ConfV2.from_dict(old.to_dict())
    assert new.to_dict() == old.to_dict()  # the date's own text
    assert not hasattr(new, "tags")
    back = _reload_as(new, ConfV1)  # and back: the fields become extras again
    assert back.extras["dt"] == 0.5
    assert "tags" not in back.extras
