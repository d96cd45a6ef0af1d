"""Fields whose payload key may be absent (declared ``= ABSENT``): typed and
checked when the key is there; when it is not, ``to_dict`` leaves it out and
the attribute raises ``AttributeError`` naming the key. Absent is not null."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import ABSENT, FrozenModel, Model, ValidationError, field
from qiskit_provider_models.strategies import payloads


class Conf(Model):
    name: str
    dt: float = ABSENT
    when: datetime = ABSENT
    width: int = field(key="Width", default=ABSENT)
    tail: str = "t"


class FrozenConf(FrozenModel):
    name: str
    dt: float = ABSENT
    tags: tuple[str, ...] = ABSENT


class Compat(Model, extras_as_attributes=True):
    level: int = field(key="Level", default=ABSENT)


class Holder(Model):
    items: list[Conf]


def test_an_absent_key_stays_absent() -> None:
    conf = Conf.from_dict({"name": "x"})
    assert conf.to_dict() == {"name": "x", "tail": "t"}
    assert not hasattr(conf, "dt")
    assert getattr(conf, "width", None) is None
    # The key is named on every Python (the attribute is an AbsentSlot).
    with pytest.raises(
        AttributeError, match=r"'Conf' object has no attribute 'width' \(the payload has no 'Width'"
    ) as info:
        _ = conf.width
    assert (info.value.name, info.value.obj) == ("width", conf)


def test_a_present_key_is_typed_and_written_in_declaration_order() -> None:
    payload = {"name": "x", "dt": 1, "when": "2024-01-01T00:00:00Z", "Width": 3, "tail": "u"}
    conf = Conf.from_dict(payload)
    assert (conf.dt, conf.width) == (1, 3)
    assert conf.when == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert conf.to_dict() == payload
    assert list(conf.to_dict()) == list(payload)  # the payload's own date text, in order


@pytest.mark.parametrize(("key", "value"), [("dt", None), ("dt", "1"), ("Width", 1.5)])
def test_a_present_key_is_checked_and_null_is_not_absent(key: str, value: Any) -> None:
    with pytest.raises(ValidationError) as raised:
        Conf.from_dict({"name": "x", key: value})
    assert raised.value.path == (key,)


def test_the_constructor_checks_given_values_and_leaves_the_others_unset() -> None:
    assert Conf("x").to_dict() == {"name": "x", "tail": "t"}
    assert Conf("x", width=2).to_dict() == {"name": "x", "Width": 2, "tail": "t"}
    with pytest.raises(ValidationError, match="dt: expected float"):
        Conf("x", dt="1")  # type: ignore[arg-type]


def test_assigning_sets_and_deleting_unsets() -> None:
    conf = Conf.from_dict({"name": "x"})
    conf.dt = 0.5
    conf.when = datetime(2020, 1, 2, tzinfo=timezone.utc)
    assert conf.to_dict() == {
        "name": "x",
        "dt": 0.5,
        "when": "2020-01-02T00:00:00+00:00",
        "tail": "t",
    }
    del conf.dt
    assert "dt" not in conf.to_dict()
    assert conf == Conf("x", when=datetime(2020, 1, 2, tzinfo=timezone.utc))


def test_equality_and_hash_tell_absent_from_any_value() -> None:
    assert Conf("x") != Conf("x", dt=0.0)
    assert Conf.from_dict({"name": "x", "dt": 1.5}) == Conf("x", dt=1.5)
    a, b = FrozenConf("x"), FrozenConf("x", tags=())
    assert a != b
    assert len({a, b, FrozenConf.from_dict({"name": "x"})}) == 2
    assert hash(FrozenConf.from_dict({"name": "x", "tags": ["a"]})) == hash(
        FrozenConf("x", tags=("a",))
    )


def test_repr_shows_only_what_is_set() -> None:
    assert repr(Conf("x", width=2)) == "Conf(name='x', width=2, tail='t')"


@pytest.mark.parametrize(
    "duplicate",
    [copy.copy, copy.deepcopy, lambda value: pickle.loads(pickle.dumps(value))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_copies_keep_absent_keys_absent(duplicate: Any) -> None:
    for conf in (Conf.from_dict({"name": "x", "when": "2024-01-01 10:00"}), FrozenConf("y")):
        twin = duplicate(conf)
        assert twin == conf
        assert twin.to_dict() == conf.to_dict()
        assert not hasattr(twin, "dt")


def test_replace_keeps_absent_keys_absent_and_can_set_them() -> None:
    conf = Conf.from_dict({"name": "x", "Width": 1})
    assert conf.__replace__(name="y").to_dict() == {"name": "y", "Width": 1, "tail": "t"}
    assert conf.__replace__(dt=2.0).dt == 2.0
    assert not hasattr(FrozenConf("x").__replace__(name="z"), "dt")


def test_dataclasses_replace_needs_every_field_set() -> None:
    # dataclasses.replace reads every field with getattr: use copy.replace
    # (3.13) or __replace__, which know absent fields (docs/models.md).
    with pytest.raises(AttributeError, match="'dt'"):
        dataclasses.replace(Conf("x"))
    assert dataclasses.replace(Conf("x", 1.0, datetime(2020, 1, 1), 2), name="y").name == "y"


def test_frozen_refuses_assigning_and_deleting() -> None:
    frozen = FrozenConf("x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        frozen.dt = 1.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del frozen.dt  # type: ignore[misc]


def test_an_unset_field_is_never_answered_from_an_extra_of_its_name() -> None:
    compat = Compat.from_dict({"level": "an extra named like the attribute"})
    with pytest.raises(AttributeError, match="'Level'"):
        _ = compat.level
    assert compat.extras == {"level": "an extra named like the attribute"}
    assert compat.to_dict() == {"level": "an extra named like the attribute"}


def test_an_extra_under_the_key_of_an_unset_field_is_refused_by_to_dict() -> None:
    conf = Conf("x")
    dict.__setitem__(conf.extras, "dt", 1.0)  # bypasses the extras' own check
    conf.dt = 2.0
    with pytest.raises(ValidationError, match="dt"):
        conf.to_dict()


def test_lists_of_models_read_and_write_absent_keys() -> None:
    payload = {"items": [{"name": "a", "tail": "t"}, {"name": "b", "dt": 1.0, "tail": "t"}]}
    holder = Holder.from_dict(payload)
    assert not hasattr(holder.items[0], "dt")
    assert holder.items[1].dt == 1.0
    assert holder.to_dict() == payload


def test_a_subclass_may_give_an_absent_field_a_default_and_back() -> None:
    class Defaulted(Conf):
        dt: float = 0.25

    class AbsentAgain(Defaulted):
        dt: float = ABSENT

    assert Defaulted.from_dict({"name": "x"}).to_dict()["dt"] == 0.25
    assert "dt" not in AbsentAgain.from_dict({"name": "x"}).to_dict()


def test_absent_is_one_falsy_object_that_copies_and_pickles_to_itself() -> None:
    assert copy.deepcopy(ABSENT) is ABSENT
    assert pickle.loads(pickle.dumps(ABSENT)) is ABSENT
    assert not ABSENT
    assert repr(ABSENT) == "ABSENT"


@given(payloads(Conf))
def test_round_trip_with_and_without_each_optional_key(payload: dict[str, Any]) -> None:
    assert Conf.from_dict(payload).to_dict() == payload


@given(payloads(FrozenConf))
def test_frozen_round_trip_and_hash(payload: dict[str, Any]) -> None:
    frozen = FrozenConf.from_dict(payload)
    assert frozen.to_dict() == payload
    assert hash(frozen) == hash(FrozenConf.from_dict(frozen.to_dict()))


def test_assigning_absent_reads_as_unset_everywhere() -> None:
    conf = Conf("x", dt=1.0)
    conf.dt = ABSENT
    assert conf.to_dict() == {"name": "x", "tail": "t"}
    assert conf == Conf("x")
    assert repr(conf) == repr(Conf("x"))
    assert copy.copy(conf) == Conf("x")


class Lenient(Model):
    a: int = ABSENT

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return 0


class FrozenLenient(FrozenModel):
    a: int = ABSENT

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return "not an int"


def test_a_user_getattr_never_answers_for_an_unset_field() -> None:
    lenient = Lenient()
    for twin in (copy.copy(lenient), lenient.__replace__(), pickle.loads(pickle.dumps(lenient))):
        assert twin == lenient
        assert twin.to_dict() == {}
    assert repr(lenient) == "Lenient()"
    frozen = FrozenLenient()
    assert hash(copy.copy(frozen)) == hash(frozen)
    assert frozen.__replace__() == frozen


def test_an_alias_may_not_be_another_fields_name() -> None:
    with pytest.raises(TypeError, match="alias 'b' is the name of another field"):

        class Swapped(Model):
            a: int = field(alias="b", default=0)
            b: int = field(alias="a", default=1)


def test_to_dict_finds_absent_keys_without_catching_an_exception() -> None:
    # The value lives in a hidden slot that holds ABSENT while the key is
    # absent; to_dict tests it with `is` (an AttributeError caught per absent
    # key made an instruction with fifteen such keys 17x slower to write).
    conf = Conf.from_dict({"name": "x"})
    assert type(Conf.__dict__["dt"]).__name__ == "AbsentSlot"
    assert object.__getattribute__(conf, "_qpm_dt_value") is ABSENT
    source = inspect.getsource(Conf.to_dict)
    assert "except AttributeError" not in source
    assert "self._qpm_dt_value" in source
    conf.dt = 2.0
    assert conf.to_dict()["dt"] == 2.0
    del conf.dt
    assert "dt" not in conf.to_dict()
    with pytest.raises(AttributeError, match="'dt'"):
        del conf.dt
    conf.dt = ABSENT
    assert not hasattr(conf, "dt")
    assert "dt" not in conf.to_dict()


class Declared(Model):
    name: str
    dt: float = ABSENT


class Redeclared(Declared):
    dt: float = 1.0  # a plain field again


def test_a_field_redeclared_without_absent_is_a_plain_field_again() -> None:
    item = Redeclared(name="a")
    assert item.to_dict() == {"name": "a", "dt": 1.0}
    del item.dt
    # Unset, as any deleted field: never ABSENT written into the payload.
    with pytest.raises(AttributeError):
        item.to_dict()
    assert Declared(name="b").to_dict() == {"name": "b"}
