"""Models inside models: lists and dicts of them, recursion, forward references."""

from __future__ import annotations

import copy
import linecache
import pickle
import traceback
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any
from unittest import mock

import pytest
from hypothesis import given
from typing_extensions import Self

from qiskit_provider_models import FrozenInstanceError, FrozenModel, Model, ValidationError, field
from qiskit_provider_models.strategies import instances, payloads

from ..models import Job, JobList, Node, QueueInfo, State

JOBS = {
    "jobs": [
        {"job_id": "a", "state": "RUNNING", "queue_info": None, "tags": []},
        {
            "job_id": "b",
            "state": "PENDING_IN_QUEUE",
            "queue_info": {
                "position": 3,
                "hub_priority": 0.5,
                "status": "PENDING_IN_QUEUE",
                "x": 1,
            },
            "tags": ["t"],
            "usage": 4,
        },
    ],
    "by_backend": {
        "ibm_x": [{"job_id": "c", "state": "COMPLETED", "queue_info": None, "tags": []}]
    },
}


def test_nested_payload_round_trips_exactly() -> None:
    jobs = JobList.from_dict(JOBS)
    assert jobs.jobs[1].queue_info == QueueInfo(
        position=3, hub_priority=0.5, status="PENDING_IN_QUEUE", x=1
    )
    assert jobs.jobs[1].extras == {"usage": 4}
    assert jobs.by_backend["ibm_x"][0].state is State.DONE
    assert jobs.to_dict() == JOBS
    assert JobList.from_dict(jobs.to_dict()) == jobs


@given(payload=payloads(JobList))
def test_nested_round_trips(payload: dict[str, Any]) -> None:
    jobs = JobList.from_dict(payload)
    assert jobs.to_dict() == payload
    assert JobList.from_dict(jobs.to_dict()) == jobs


@given(node=instances(Node))
def test_recursive_model_round_trips_and_hashes(node: Node) -> None:
    again = Node.from_dict(node.to_dict())
    assert again == node
    assert hash(again) == hash(node)
    assert pickle.loads(pickle.dumps(node)) == node
    assert copy.deepcopy(node) == node


def test_error_deep_inside_names_the_whole_path() -> None:
    payload = copy.deepcopy(JOBS)
    payload["jobs"][1]["queue_info"]["position"] = "3"
    snapshot = copy.deepcopy(payload)
    with pytest.raises(ValidationError) as info:
        JobList.from_dict(payload)
    assert info.value.path == ("jobs", 1, "queue_info", "position")
    assert str(info.value) == "JobList.jobs[1].queue_info.position: expected int, got str ('3')"
    assert payload == snapshot


def test_nested_payloads_are_copied_not_shared() -> None:
    payload = copy.deepcopy(JOBS)
    jobs = JobList.from_dict(payload)
    payload["jobs"][1]["tags"].append("later")
    payload["jobs"].clear()
    assert jobs.jobs[1].tags == ["t"]
    out = jobs.to_dict()
    out["jobs"][1]["tags"].append("edited")
    assert jobs.jobs[1].tags == ["t"]


def test_frozen_nested_model_is_frozen_inside_a_mutable_one() -> None:
    node = Node.from_dict({"name": "root", "children": [{"name": "leaf", "children": []}]})
    with pytest.raises(FrozenInstanceError):
        node.children[0].name = "x"  # type: ignore[misc]


def test_constructor_takes_model_instances_not_dicts() -> None:
    job = Job("a", State.RUNNING, queue_info=QueueInfo(position=1))
    assert job.to_dict()["queue_info"] == {"position": 1, "hub_priority": None, "status": None}
    with pytest.raises(ValidationError) as info:
        Job("a", State.RUNNING, queue_info={"position": 1})  # type: ignore[arg-type]
    assert info.value.path == ("queue_info",)


class Reading(Model):
    name: str
    value: float


class Readings(Model):
    items: list[Reading]
    frozen_items: tuple[FrozenReading, ...] = ()
    qubits: list[int] = field(default_factory=list[int])
    labels: tuple[str, ...] = ()


class FrozenReading(FrozenModel):
    name: str
    value: float


GOOD = {"name": "T1", "value": 1}


@pytest.mark.parametrize(
    ("payload", "path", "problem"),
    [
        ({"items": [GOOD, GOOD, {"name": "T2"}]}, ("items", 2, "value"), "required key is missing"),
        ({"items": [GOOD, 3]}, ("items", 1), "expected a mapping for Reading, got int (3)"),
        (
            {"items": [GOOD], "frozen_items": [GOOD, {"name": 1, "value": 1}]},
            ("frozen_items", 1, "name"),
            "expected str, got int (1)",
        ),
        ({"items": [], "qubits": [0, 1, True]}, ("qubits", 2), "expected int, got bool (True)"),
        ({"items": [], "labels": ["a", None]}, ("labels", 1), "expected str, got NoneType (None)"),
    ],
)
def test_a_failing_item_of_a_list_or_tuple_is_named_by_index(
    payload: dict[str, Any], path: tuple[Any, ...], problem: str
) -> None:
    snapshot = copy.deepcopy(payload)
    with pytest.raises(ValidationError) as info:
        Readings.from_dict(payload)
    assert (info.value.path, info.value.problem) == (path, problem)
    assert payload == snapshot


def test_lists_and_tuples_of_models_and_leaves_read_any_fitting_items() -> None:
    class Label(str):
        pass

    payload = {
        "items": [GOOD, MappingProxyType({"name": "T2", "value": 2.5})],
        "frozen_items": [GOOD],
        "qubits": [3, 1],
        "labels": [Label("a"), "b"],
    }
    readings = Readings.from_dict(payload)
    assert readings.items == [Reading("T1", 1), Reading("T2", 2.5)]
    assert readings.frozen_items == (FrozenReading("T1", 1),)
    assert type(readings.labels[0]) is Label
    out = readings.to_dict()
    assert out == {**payload, "items": [GOOD, {"name": "T2", "value": 2.5}]}
    assert out["qubits"] is not payload["qubits"]
    assert type(out["labels"]) is list


def test_a_user_from_dict_on_a_nested_model_runs_once_per_item_even_on_failure() -> None:
    calls: list[Any] = []

    class Counted(Model):
        name: str

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> Self:
            calls.append(data)
            return super().from_dict(data)

    class Holder(Model):
        items: list[Counted]

    with pytest.raises(ValidationError) as info:
        Holder.from_dict({"items": [{"name": "a"}, {"name": 1}, {"name": "c"}]})
    assert info.value.path == ("items", 1, "name")
    assert [c["name"] for c in calls] == ["a", 1]  # read once each, up to the failure


class Checked(Model):
    x: int

    def __post_init__(self) -> None:
        if self.x == 0:
            CHANGED["items"].clear()  # a hostile check that changes the payload
            raise ValidationError(Checked, ("x",), "zero")


class HoldsChecked(Model):
    items: list[Checked]


CHANGED: dict[str, Any] = {}


def test_an_item_that_fails_is_named_even_if_the_list_changed_meanwhile() -> None:
    CHANGED["items"] = [{"x": 1}, {"x": 0}]
    with pytest.raises(ValidationError) as info:
        HoldsChecked.from_dict(CHANGED)
    assert info.value.path == ("items", 1, "x")
    assert info.value.problem == "zero"


# --- a list of models is read and written in one loop of the class's own ---


def test_a_list_writes_each_item_as_its_own_class_would() -> None:
    class Calibrated(Reading):
        unit: str = "s"

    class Renamed(Reading):
        def to_dict(self) -> dict[str, Any]:
            return {**super().to_dict(), "renamed": True}

    holder = Readings([Reading("a", 1), Calibrated("b", 2.0), Renamed("c", 3, note="x")])
    holder.items.append(Reading("d", 4, extra=[1]))
    assert holder.to_dict()["items"] == [
        {"name": "a", "value": 1},
        {"name": "b", "value": 2.0, "unit": "s"},
        {"name": "c", "value": 3, "note": "x", "renamed": True},
        {"name": "d", "value": 4, "extra": [1]},
    ]
    # Tuples of models take the same writer.
    frozen = Readings([], frozen_items=(FrozenReading("e", 5, x=1),))
    assert frozen.to_dict()["frozen_items"] == [{"name": "e", "value": 5, "x": 1}]


def test_an_item_whose_extras_shadow_a_field_is_refused_when_written() -> None:
    item = Reading("a", 1, x=1)
    dict.__setitem__(item.extras, "value", 2)  # dict's own method bypasses the check
    with pytest.raises(ValidationError, match="value"):
        Readings([Reading("ok", 0), item]).to_dict()


def test_a_list_item_runs_its_post_init_once_and_keeps_its_class() -> None:
    seen: list[str] = []

    class Logged(FrozenModel):
        name: str

        def __post_init__(self) -> None:
            seen.append(self.name)
            if self.name == "bad":
                raise ValueError("a user's check")

    class Log(Model):
        entries: list[Logged]

    log = Log.from_dict({"entries": [{"name": "a"}, {"name": "b", "x": 1}]})
    assert seen == ["a", "b"]
    assert [type(e) for e in log.entries] == [Logged, Logged]
    assert log.entries[1].extras == {"x": 1}
    assert len({log.entries[0], Logged("a")}) == 1  # hashable, equal to a built one
    # A user's error leaves as it is, and its traceback shows the generated line.
    with pytest.raises(ValueError, match="a user's check") as info:
        Log.from_dict({"entries": [{"name": "a"}, {"name": "bad"}]})
    assert "self.__post_init__()" in "".join(traceback.format_tb(info.tb))


class Shelf(Model):
    books: list[Book]


class Book(Model):
    title: str
    author: Author


class Author(Model):
    name: str


def test_a_list_of_a_class_not_built_yet_reads_and_writes_alike() -> None:
    # Shelf and Book wait for their forward references: Shelf is built on
    # first use, before Book is, so its list reads each Book with from_dict.
    assert "_qpm_list_methods" not in Book.__dict__  # not built yet
    payload = {
        "books": [
            {"title": "a", "author": {"name": "x"}},
            {"title": "b", "author": {"name": "y"}, "n": 1},
        ]
    }
    shelf = Shelf.from_dict(payload)
    assert shelf.to_dict() == payload
    assert shelf.books[1].extras == {"n": 1}
    with pytest.raises(ValidationError) as info:
        Shelf.from_dict({"books": [payload["books"][0], 7]})
    assert (info.value.path, info.value.problem) == (
        ("books", 1),
        "expected a mapping for Book, got int (7)",
    )
    with pytest.raises(ValidationError) as info:
        Shelf.from_dict({"books": [payload["books"][0], {"title": "c", "author": {}}]})
    assert info.value.path == ("books", 1, "author", "name")


def test_a_to_dict_set_on_the_class_later_writes_its_items_in_lists_too() -> None:
    class Versioned(Model):
        # A hook that wraps each class's to_dict, after the class is built.
        def __init_subclass__(cls, **kwargs: Any) -> None:
            super().__init_subclass__(**kwargs)
            generated = cls.to_dict

            def to_dict(self: Any) -> dict[str, Any]:
                return {**generated(self), "schema": cls.__name__}

            cls.to_dict = to_dict  # type: ignore[method-assign]

    class Part(Versioned):
        name: str

    class Machine(Versioned):
        main: Part
        parts: list[Part]
        spares: tuple[Part, ...] = ()

    machine = Machine(Part("a"), [Part("b")], (Part("c"),))
    written = {"name": "b", "schema": "Part"}
    assert machine.to_dict()["main"] == {"name": "a", "schema": "Part"}
    assert machine.to_dict()["parts"] == [written]
    assert machine.to_dict()["spares"] == [{"name": "c", "schema": "Part"}]
    with mock.patch.object(Part, "to_dict", return_value={"mocked": True}):
        assert machine.to_dict()["parts"] == [{"mocked": True}]
    assert machine.to_dict()["parts"] == [written]


def test_list_code_of_classes_with_look_alike_names_is_each_its_own() -> None:
    # Qualified names that hold the words of the generated code's file name.
    def declare(qualname: str, key: str) -> type[Model]:
        def __post_init__(self: Any) -> None:
            raise ValueError(key)

        namespace = {"__annotations__": {key: int}, "__qualname__": qualname}
        item = type("I", (Model,), {**namespace, "__post_init__": __post_init__})
        return type("H", (Model,), {"__annotations__": {"items": list[item]}})  # type: ignore[valid-type]

    look_alikes = {"X generated list methods Y": "alpha", "X generated methods Y": "beta"}
    holders = {key: declare(qualname, key) for qualname, key in look_alikes.items()}
    for key, holder in holders.items():
        with pytest.raises(ValueError, match=key) as info:
            holder.from_dict({"items": [{key: 1}]})
        frames = traceback.extract_tb(info.tb)
        files = [f.filename for f in frames if "generated list methods" in f.filename]
        assert f"data[{key!r}]" in "".join(linecache.getlines(files[0]))


class Crate(Model):
    widgets: tuple[Widget, ...]
    grid: tuple[list[int], ...] = ()


class Widget(Model):
    size: Size


class Size(Model):
    n: int


def test_tuple_fields_are_tuples_on_every_path() -> None:
    class Small(int):
        pass

    # Fast paths: a list of models, of leaves, of lists of leaves.
    readings = Readings.from_dict({"items": [], "frozen_items": [GOOD], "labels": ["a"]})
    assert type(readings.frozen_items) is tuple
    assert type(readings.labels) is tuple
    crate = Crate.from_dict({"widgets": [{"size": {"n": 1}}], "grid": [[0, 1]]})
    assert type(crate.widgets) is tuple  # Widget was not built when Crate was
    assert crate.grid == ([0, 1],)
    # Slow paths: a list subclass, an item of a subclass of the exact type.
    slow = Readings.from_dict({"items": [], "frozen_items": CopyIsSelf([GOOD]), "labels": ["a"]})
    assert slow.frozen_items == (FrozenReading("T1", 1),)
    grid = Crate.from_dict({"widgets": CopyIsSelf([]), "grid": [[Small(2)]]}).grid
    assert type(grid) is tuple
    assert grid == ([2],)
    with pytest.raises(ValidationError) as info:
        Crate.from_dict({"widgets": [{"size": {"n": 1}}, {"size": {"n": "x"}}]})
    assert info.value.path == ("widgets", 1, "size", "n")
    with pytest.raises(ValidationError, match=r"expected tuple\[Widget, \.\.\.\] as a list"):
        Crate.from_dict({"widgets": ()})


class CopyIsSelf(list[Any]):
    def copy(self) -> CopyIsSelf:
        return self


def _renaming(cls: Any) -> Any:
    """A class decorator that renames the key ``name`` to ``Name``."""
    generated_from, generated_to = cls.from_dict.__func__, cls.to_dict

    def from_dict(klass: Any, data: Any) -> Any:
        return generated_from(klass, {"name": data["Name"]})

    def to_dict(self: Any) -> dict[str, Any]:
        out = generated_to(self)
        return {"Name": out.pop("name"), **out}

    cls.from_dict = classmethod(from_dict)
    cls.to_dict = to_dict
    return cls


def test_a_decorated_pair_round_trips_through_nested_models() -> None:
    # Issue 19, item 5: the decorated from_dict reads nested payloads, as the
    # decorated to_dict writes them, in a field and in a list, for a class
    # that holds it declared before or after the decoration.
    class Part(Model):
        name: str

    class Before(Model):
        one: Part
        many: list[Part]
        maybe: Part | None = None

    Renamed = _renaming(Part)

    class After(Model):
        one: Renamed  # type: ignore[valid-type]
        many: list[Renamed]  # type: ignore[valid-type]

    for holder in (
        Before(Part("a"), [Part("b"), Part("c")], Part("d")),
        After(Part("a"), [Part("b")]),
    ):
        payload = holder.to_dict()
        assert payload["one"] == {"Name": "a"}
        assert type(holder).from_dict(payload) == holder
