"""Declaring model classes the ways plugin authors do: what works, and what
is refused at declaration with a message naming the class and the fix."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import KW_ONLY
from typing import Any, ClassVar

import pytest

from qiskit_provider_models import (
    FrozenJobStatus,
    JobStatus,
    Model,
    ValidationError,
    field,
)

JOB = {"job_id": "1", "status": "DONE", "status_msg": "ok"}


# --- giving an inherited field a new default ---


class A(Model):
    a: int = 0


class B(A):
    a: int = 5


class FrozenA(Model, frozen=True):
    a: int = 0


class FrozenB(FrozenA):
    a: int = 5


class Lenient(JobStatus):
    status_msg: str = ""


class FrozenLenient(FrozenJobStatus):
    status_msg: str = ""


@pytest.mark.parametrize("cls", [B, FrozenB])
def test_a_redeclared_default_is_used_and_never_hides_the_value(cls: type[B]) -> None:
    assert cls().a == 5
    assert cls(1).a == 1
    assert cls(a=2).a == 2
    assert cls.from_dict({"a": 1}).a == 1
    assert cls.from_dict({}).a == 5
    assert cls.from_dict({"a": 1}).to_dict() == {"a": 1}
    assert dataclasses.replace(cls(1), a=3).a == 3
    assert pickle.loads(pickle.dumps(cls(7))).a == 7
    assert copy.deepcopy(cls(8)).a == 8
    assert "a" not in cls.__dict__  # no class attribute hides the slot


@pytest.mark.parametrize("cls", [Lenient, FrozenLenient])
def test_a_redeclared_default_on_jobstatus(cls: type[Lenient]) -> None:
    status = cls.from_dict({"job_id": "1", "status": "DONE", "status_msg": "kept"})
    assert status.status_msg == "kept"
    assert cls("1", "DONE").status_msg == ""
    assert cls.from_dict({"job_id": "1", "status": "DONE"}).to_dict() == {**JOB, "status_msg": ""}


def test_a_redeclared_field_may_change_its_type() -> None:
    class Wider(A):
        a: int | str = "x"

    assert Wider.from_dict({"a": "y"}).a == "y"
    with pytest.raises(ValidationError):
        A.from_dict({"a": "y"})


# --- a user __init__ ---


def test_a_user_init_is_refused_with_the_alternative() -> None:
    with pytest.raises(TypeError, match=r"C: a model cannot define __init__.*__post_init__"):

        class C(Model):
            x: int

            def __init__(self, x: int) -> None:
                super().__init__(x=x)  # type: ignore[call-arg]


def test_from_dict_runs_post_init_not_init() -> None:
    calls: list[str] = []

    class Checked(Model):
        x: int

        def __post_init__(self) -> None:
            calls.append("post_init")

    Checked.from_dict({"x": 1})
    Checked(1)
    assert calls == ["post_init", "post_init"]


# --- __init_subclass__ hooks ---


def test_a_hook_sees_the_finished_class() -> None:
    seen: dict[str, Any] = {}

    class Registered(Model):
        def __init_subclass__(cls, **kwargs: Any) -> None:
            super().__init_subclass__(**kwargs)
            seen[cls.__name__] = (
                [f.name for f in dataclasses.fields(cls)],
                cls.from_dict({"x": 1, "y": 2}),
            )

    class Child(Registered):
        x: int

    names, instance = seen["Child"]
    assert names == ["x"]
    assert type(instance) is Child
    assert instance.x == 1
    assert instance.extras == {"y": 2}


def test_hook_keywords_reach_the_hook_and_frozen_twins_run_no_hook() -> None:
    registry: dict[str, type] = {}

    class Base(Model, frozen=True):
        def __init_subclass__(cls, *, tag: str = "", **kwargs: Any) -> None:
            super().__init_subclass__(**kwargs)
            registry[tag or cls.__name__] = cls

    class One(Base, tag="one"):
        x: int = 0

    One.from_dict({"x": 1})  # builds nothing new, registers nothing
    assert registry == {"one": One}


class Hooked:
    __slots__ = ()
    seen: ClassVar[list[Any]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Hooked.seen.append(cls.from_dict({"x": 3}))  # type: ignore[attr-defined]


def test_a_plain_mixin_hook_after_the_model_base_sees_the_finished_class() -> None:
    class Mixed(Model, Hooked):
        x: int

    assert Hooked.seen.pop() == Mixed(3)


def test_a_plain_mixin_hook_before_the_model_base_gets_a_clear_error() -> None:
    with pytest.raises(TypeError, match=r"Early is not built yet.*list the model base first"):

        class Early(Hooked, Model):
            x: int


def test_dataclass_keywords_are_refused_clearly() -> None:
    for keyword in ("kw_only", "order", "slots", "eq"):
        with pytest.raises(TypeError, match=rf"{keyword}= is not supported by models"):
            type(Model)("K", (Model,), {"__module__": __name__}, **{keyword: True})


# --- slots, mixins and instance dicts ---


def test_a_string_slots_is_one_slot() -> None:
    class Cached(Model):
        __slots__ = "cache"
        x: int

    instance = Cached(1)
    instance.cache = {}
    assert instance.cache == {}
    assert Cached.from_dict({"x": 1}).to_dict() == {"x": 1}


@pytest.mark.parametrize("frozen", [False, True])
def test_weakref_slot_written_by_the_user_is_fine(frozen: bool) -> None:
    class Weak(Model, frozen=frozen):
        __slots__ = ("__weakref__",)
        x: int

    assert Weak.from_dict({"x": 1}).x == 1


def test_a_mixin_without_slots_is_refused_naming_it() -> None:
    class Loose:
        def describe(self) -> str:
            return "loose"

    with pytest.raises(
        TypeError, match=r"its base Loose gives instances a __dict__.*__slots__ = \(\)"
    ):

        class Leaky(Loose, JobStatus):
            pass


def test_a_slotted_mixin_works_and_keeps_assignment_strict() -> None:
    class Described:
        __slots__ = ()

        def describe(self) -> str:
            return "described"

    class Status(Described, JobStatus):
        queue_position: int | None = None

    status = Status.from_dict({**JOB, "queue_position": 3})
    assert status.describe() == "described"
    with pytest.raises(AttributeError):
        status.stauts = "x"  # type: ignore[attr-defined]
    status.queue_position = 4
    assert status.to_dict()["queue_position"] == 4


def test_dict_in_slots_is_refused() -> None:
    with pytest.raises(TypeError, match="'__dict__' in __slots__"):

        class Dicty(Model):
            __slots__ = ("__dict__",)


# --- annotations and forward references ---


def test_an_undefined_name_is_reported_with_model_and_field() -> None:
    class Broken(Model):
        good: int
        bad: list[Undefined]  # type: ignore[name-defined]  # noqa: F821

    with pytest.raises(NameError, match=r"Broken\.bad: the annotation .*'Undefined'"):
        Broken.from_dict({"good": 1, "bad": []})


def test_models_in_a_function_may_name_each_other() -> None:
    class Outer(Model):
        inner: Inner
        others: list[Inner] = field(default_factory=list)

    class Inner(Model):
        value: int

    outer = Outer.from_dict({"inner": {"value": 1}, "others": [{"value": 2}]})
    assert outer.inner == Inner(1)
    assert outer.others == [Inner(2)]


def test_a_function_local_class_declared_before_is_found() -> None:
    import enum

    class Colour(enum.Enum):
        RED = "red"

    class Paint(Model):
        colour: Colour

    assert Paint.from_dict({"colour": "red"}).colour is Colour.RED


# --- defaults ---


def test_a_default_that_does_not_fit_is_refused_at_declaration() -> None:
    with pytest.raises(TypeError, match=r"D\.x: the default None does not fit"):

        class D(Model):
            x: int = None  # type: ignore[assignment]


def test_factory_values_are_checked_on_both_paths() -> None:
    class F(Model):
        xs: list[int] = field(default_factory=lambda: ["a"])  # type: ignore[list-item]

    with pytest.raises(ValidationError):
        F()
    with pytest.raises(ValidationError):
        F.from_dict({})


def test_signature_shows_factory_not_missing() -> None:
    class G(Model):
        xs: list[int] = field(default_factory=list)

    text = str(inspect.signature(G))
    assert "xs=<factory>" in text
    assert "MISSING" not in text
    assert G().xs == []


# --- private classes ---


def test_no_private_class_is_a_subclass() -> None:
    class Frozen(Model, frozen=True):
        x: int

    Frozen.from_dict({"x": 1})
    assert Model.__subclasses__().count(Frozen) == 1
    assert Frozen.__subclasses__() == []
    every = [c for c in _all_subclasses(Model) if c.__qualname__ == Frozen.__qualname__]
    assert every == [Frozen]


def _all_subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_all_subclasses(sub)]
    return found


def test_class_variables_are_not_fields() -> None:
    class WithClassVar(Model):
        kind: ClassVar[str] = "k"
        x: int

    assert [f.name for f in dataclasses.fields(WithClassVar)] == ["x"]
    assert WithClassVar.kind == "k"
    assert WithClassVar.from_dict({"x": 1, "kind": "extra"}).extras == {"kind": "extra"}


# --- found by review: siblings of the defects above ---


def _make_pair(kind: type) -> tuple[type, type]:
    class Holder(Model, frozen=True):
        item: Item

    class Item(Model, frozen=True):
        value: kind  # type: ignore[valid-type]

    return Holder, Item


def test_each_call_of_a_factory_function_resolves_its_own_classes() -> None:
    int_holder, int_item = _make_pair(int)
    str_holder, str_item = _make_pair(str)
    assert type(int_holder.from_dict({"item": {"value": 1}}).item) is int_item
    assert type(str_holder.from_dict({"item": {"value": "a"}}).item) is str_item
    with pytest.raises(ValidationError):
        int_holder.from_dict({"item": {"value": "a"}})


class CamelBase(Model):
    """A base that renames keys for all its subclasses."""

    @classmethod
    def from_dict(cls, data: Any) -> Any:  # type: ignore[override]
        return super().from_dict({k.replace("Id", "_id"): v for k, v in data.items()})

    def to_dict(self) -> dict[str, Any]:
        return {k.replace("_id", "Id"): v for k, v in super().to_dict().items()}


class CamelJob(CamelBase):
    job_id: str


class CamelPage(Model):
    jobs: list[CamelJob]


def test_a_base_from_dict_and_to_dict_are_kept_by_subclasses_and_nested_fields() -> None:
    job = CamelJob.from_dict({"jobId": "1"})
    assert job.job_id == "1"
    assert job.to_dict() == {"jobId": "1"}
    page = CamelPage.from_dict({"jobs": [{"jobId": "2"}]})
    assert page.jobs == [CamelJob("2")]
    assert CamelPage.from_dict(page.to_dict()) == page


def test_an_inherited_field_cannot_become_a_class_variable() -> None:
    with pytest.raises(TypeError, match=r"inherited fields cannot become class variables"):

        class D(A):
            a: ClassVar[int] = 3  # type: ignore[misc]


def test_a_model_cannot_derive_from_frozen_and_mutable_models_at_once() -> None:
    class Mutable(Model):
        m: int = 0

    with pytest.raises(TypeError, match="frozen and a mutable model at once"):

        class Both(FrozenA, Mutable):  # type: ignore[misc]
            pass


def test_compare_false_and_keyword_field_names_are_refused() -> None:
    with pytest.raises(TypeError, match=r"compare=False\) is not supported"):

        class D(Model):
            note: str = dataclasses.field(default="", compare=False)

    with pytest.raises(TypeError, match="'from' cannot be a field name"):
        type(Model)("KW", (Model,), {"__annotations__": {"from": int}, "__module__": "m"})


def test_bases_that_both_add_slots_are_refused_naming_them() -> None:
    class Slotted:
        __slots__ = ("note",)

    with pytest.raises(TypeError, match=r"Both: its bases \(Slotted, JobStatus\) cannot be"):

        class Both(Slotted, JobStatus):
            pass


def test_a_mixin_whose_slots_hold_dict_is_named() -> None:
    class Dicted:
        __slots__ = ("__dict__",)

    with pytest.raises(TypeError, match="its base Dicted gives instances a __dict__"):

        class Uses(Dicted, Model):
            x: int


def test_a_kw_only_marker_works_with_text_annotations() -> None:
    # This module has `from __future__ import annotations`: on 3.10
    # get_type_hints refused the marker, which is no type.
    class Marked(Model):
        a: int
        _: KW_ONLY
        b: int = 0

    assert Marked(1, b=2).to_dict() == {"a": 1, "b": 2}
    with pytest.raises(TypeError):
        Marked(1, 2)  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(Marked)] == ["a", "b"]
