"""Whatever arrives, from_dict either builds a sound instance or raises the
library's error: the input is never changed and never shared.

Under HYPOTHESIS_PROFILE=ci the main property runs 10,000 hostile payloads.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qiskit_provider_models import FrozenJobStatus, GateConfig, JobStatus, Model, ValidationError

from .models import Job, JobList, Lenient, Node, Strict
from .strategies import HOSTILE_KEYS, Explosive, Impostor, StrSubclass, hostile_payloads


class IBMJobStatus(JobStatus):
    queue_position: int | None = None


MODELS: list[type[Model]] = [
    JobStatus,
    FrozenJobStatus,
    IBMJobStatus,
    Job,
    JobList,
    Node,
    Strict,
    Lenient,
]

#: Ten times the profile's examples: 10,000 under the ci profile.
HOSTILE_EXAMPLES = settings.default.max_examples * 10


def snapshot(payload: dict[Any, Any]) -> tuple[list[tuple[int, int]], list[Any]]:
    """The identity of every key and value, and a deep copy of the values.

    Keys are compared by identity: some hostile keys raise when compared.
    """
    return [(id(k), id(v)) for k, v in payload.items()], copy.deepcopy(list(payload.values()))


def assert_unchanged(
    payload: dict[Any, Any], before: tuple[list[tuple[int, int]], list[Any]]
) -> None:
    identities, values = before
    assert [(id(k), id(v)) for k, v in payload.items()] == identities
    assert list(payload.values()) == values


@settings(max_examples=HOSTILE_EXAMPLES)
@given(model=st.sampled_from(MODELS), payload=hostile_payloads())
def test_hostile_payloads(model: type[Model], payload: dict[Any, Any]) -> None:
    before = snapshot(payload)
    rejected: ValidationError | None = None
    try:
        instance = model.from_dict(payload)
    except ValidationError as error:  # anything else fails the test
        rejected = error
    assert_unchanged(payload, before)  # invariant 1, on success and on rejection
    if rejected is not None:
        # Invariant 2: the one error class, naming the model and where.
        assert rejected.model is model
        assert isinstance(rejected.path, tuple)
        assert str(rejected).startswith(model.__qualname__)
        return
    # Invariant 6: the instance is sound whatever the keys were.
    assert type(instance) is model
    result = instance.to_dict()
    assert model.from_dict(result) == instance
    # Invariant 3: nothing top-level is shared with the input or the output.
    assert instance.extras is not payload
    assert result is not payload
    result.clear()
    payload.clear()
    assert instance.to_dict() == model.from_dict(instance.to_dict()).to_dict()
    assert type(instance).to_dict is model.to_dict


@pytest.mark.parametrize("model", [JobStatus, FrozenJobStatus], ids=lambda m: m.__name__)
@pytest.mark.parametrize(
    "key",
    [3, None, (1,), b"job_id", True, 1.5, StrSubclass("x"), Explosive("status")],
    ids=repr,
)
def test_non_str_keys_are_rejected_naming_the_key(model: type[JobStatus], key: Any) -> None:
    # The key goes in first: an Impostor then keeps its place when "job_id"
    # is stored (it compares equal); an Explosive poses as an absent field.
    payload = {key: "value"}
    for name, value in {"job_id": "1", "status": "DONE", "status_msg": "ok"}.items():
        if not (isinstance(key, Explosive) and key.poses_as == name):
            payload[name] = value
    before = snapshot(payload)
    with pytest.raises(ValidationError) as info:
        model.from_dict(payload)
    assert info.value.key is key or info.value.path == ()
    assert_unchanged(payload, before)


def test_a_key_that_poses_as_a_field_cannot_forge_a_second_one() -> None:
    # With other keys beside it, the key check sees it, and rejects it.
    payload: dict[Any, Any] = {"status": "DONE", "status_msg": "ok", "x": 1, Impostor(): "forged"}
    with pytest.raises(ValidationError, match="keys must be str"):
        JobStatus.from_dict(payload)
    with pytest.raises(ValidationError):
        JobStatus("1", "DONE", "ok", **{StrSubclass("extra"): 1})


def test_a_key_that_takes_a_fields_place_is_read_as_that_field() -> None:
    # A dict cannot tell a key that hashes and compares equal to "job_id"
    # from "job_id" itself; read as the field, it gives a sound instance.
    payload = {Impostor(): "1", "status": "DONE", "status_msg": "ok"}
    status = JobStatus.from_dict(payload)
    assert status.to_dict() == {"job_id": "1", "status": "DONE", "status_msg": "ok"}
    assert JobStatus.from_dict(status.to_dict()) == status


@pytest.mark.parametrize("key", HOSTILE_KEYS)
def test_every_hostile_name_is_a_plain_extra(key: str) -> None:
    for model in (JobStatus, FrozenJobStatus, IBMJobStatus):
        status = model.from_dict({"job_id": "1", "status": "s", "status_msg": "m", key: 1})
        assert status.extras == {key: 1}
        assert type(status) is model
        assert status.to_dict()[key] == 1


class Unreadable(Mapping[str, Any]):
    """A mapping that fails while it is read."""

    def __init__(self, fail_in: str) -> None:
        self.fail_in = fail_in

    def __getitem__(self, key: str) -> Any:
        if self.fail_in == "getitem":
            raise RuntimeError("getitem failed")
        return {"job_id": "1", "status": "s", "status_msg": "m"}[key]

    def __iter__(self) -> Iterator[str]:
        if self.fail_in == "iter":
            raise OSError("iter failed")
        return iter(["job_id", "status", "status_msg"])

    def __len__(self) -> int:
        return 3


@pytest.mark.parametrize("fail_in", ["getitem", "iter"])
def test_a_mapping_that_fails_to_be_read_gives_the_library_error(fail_in: str) -> None:
    with pytest.raises(ValidationError) as info:
        JobStatus.from_dict(Unreadable(fail_in))
    assert info.value.path == ()
    assert "could not read" in str(info.value)


def test_a_dict_subclass_is_read_as_a_dict() -> None:
    class Odd(dict):  # type: ignore[type-arg]
        def __getitem__(self, key: Any) -> Any:
            raise KeyError(key)

    payload = Odd(job_id="1", status="s", status_msg="m")
    assert JobStatus.from_dict(payload).job_id == "1"


def test_user_errors_in_post_init_are_not_hidden() -> None:
    class Buggy(Model):
        a: int

        def __post_init__(self) -> None:
            raise ZeroDivisionError("a bug in the model, not bad input")

    with pytest.raises(ZeroDivisionError):
        Buggy.from_dict({"a": 1})


class Numbers(Model):
    ints: list[int]
    floats: tuple[float, ...] = ()
    jobs: list[Job] = dataclasses.field(default_factory=list[Job])


class LyingIterator(list[Any]):
    """Iterates as [1, 2] whatever it holds."""

    def __iter__(self) -> Iterator[Any]:
        return iter([1, 2])


class CopyIsSelf(list[Any]):
    def copy(self) -> CopyIsSelf:
        return self


class PosesAsEveryType(type):
    def __eq__(cls, other: object) -> bool:
        return True

    __hash__ = type.__hash__


class Poser(metaclass=PosesAsEveryType):
    pass


class PosesAsInt(type):
    """Hashes as ``int`` and equals everything: a set or ``in`` takes it for ``int``."""

    def __eq__(cls, other: object) -> bool:
        return True

    def __hash__(cls) -> int:
        return hash(int)


class IntPoser(metaclass=PosesAsInt):
    pass


def test_a_list_subclass_is_read_through_its_iterator_into_a_new_list() -> None:
    numbers = Numbers.from_dict({"ints": LyingIterator(["a", "b"]), "floats": LyingIterator([])})
    assert numbers.ints == [1, 2]
    assert numbers.floats == (1, 2)
    source = CopyIsSelf([1, 2])
    numbers = Numbers.from_dict({"ints": source})
    numbers.ints.append(3)
    assert source == [1, 2]
    assert type(numbers.ints) is list


def test_a_list_subclass_of_models_reads_each_item_once() -> None:
    job = {"job_id": "a", "state": "RUNNING", "queue_info": None, "tags": []}
    numbers = Numbers.from_dict({"ints": [], "jobs": CopyIsSelf([job, job])})
    assert [j.job_id for j in numbers.jobs] == ["a", "a"]
    with pytest.raises(ValidationError) as info:
        Numbers.from_dict({"ints": [], "jobs": CopyIsSelf([job, {**job, "job_id": 1}])})
    assert info.value.path == ("jobs", 1, "job_id")


def test_a_type_whose_metaclass_equals_everything_is_still_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Numbers.from_dict({"ints": [1, Poser()]})
    assert info.value.path == ("ints", 1)
    with pytest.raises(ValidationError):
        Numbers.from_dict({"ints": [], "floats": [Poser()]})


class Grid(Model):
    rows: list[list[int]]
    maybe: list[list[int]] | None = None
    deep: list[list[list[int]]] = dataclasses.field(default_factory=list[list[list[int]]])


def test_lists_of_lists_are_read_and_written_as_new_lists() -> None:
    payload: dict[str, Any] = {"rows": [[0, 1], CopyIsSelf([2])], "maybe": [[3]], "deep": [[[4]]]}
    grid = Grid.from_dict(payload)
    assert grid.rows == [[0, 1], [2]]
    assert type(grid.rows[1]) is list
    assert grid.rows[0] is not payload["rows"][0]
    out = grid.to_dict()
    assert out == {**payload, "rows": [[0, 1], [2]]}
    assert out["rows"][0] is not grid.rows[0]
    assert out["maybe"][0] is not grid.maybe[0]  # type: ignore[index]
    assert out["deep"][0][0] is not grid.deep[0][0]
    assert Grid.from_dict({"rows": [], "maybe": None}).to_dict()["maybe"] is None


@pytest.mark.parametrize(
    ("rows", "path", "problem"),
    [
        ([[0, 1], [1, True]], ("rows", 1, 1), "expected int, got bool"),
        ([[0], (1,)], ("rows", 1), "expected list[int], got tuple"),
        ([[0], 1], ("rows", 1), "expected list[int], got int"),
        ([[Poser()]], ("rows", 0, 0), "expected int, got Poser"),
        ([[IntPoser()]], ("rows", 0, 0), "expected int, got IntPoser"),
        ([[0], CopyIsSelf(["x"])], ("rows", 1, 0), "expected int, got str"),
    ],
)
def test_a_bad_cell_of_a_list_of_lists_is_named(
    rows: list[Any], path: tuple[Any, ...], problem: str
) -> None:
    with pytest.raises(ValidationError) as info:
        Grid.from_dict({"rows": rows})
    assert info.value.path == path
    assert info.value.problem.startswith(problem)


def test_an_optional_key_refuses_a_type_whose_metaclass_poses_as_int() -> None:
    payload = {"name": "cx", "parameters": [], "qasm_def": None, "coupling_map": [[0, IntPoser()]]}
    with pytest.raises(ValidationError) as info:
        GateConfig.from_dict(payload)
    assert info.value.path == ("coupling_map", 0, 1)
    with pytest.raises(ValidationError):
        GateConfig.from_dict({**payload, "coupling_map": [[0, 1]], "description": IntPoser()})


def test_to_dict_reads_an_optional_list_once() -> None:
    class Flaky(Grid):
        reads = 0

        def __getattribute__(self, name: str) -> Any:
            value = object.__getattribute__(self, name)
            if name == "maybe":
                type(self).reads += 1
                return value if type(self).reads == 1 else None  # a second read would differ
            return value

    assert Flaky.from_dict({"rows": [], "maybe": [[1]]}).to_dict()["maybe"] == [[1]]


# --- a Mapping that hands out a new nested object at every read ---


class FreshView(Mapping[str, Any]):
    """A read-only view of JSON whose nested dicts come back as new views,
    freed once read: their ids are soon another view's."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        value = self._data[key]
        if type(value) is dict:
            return FreshView(value)
        if type(value) is list:
            items: list[Any] = value
            return [FreshView(item) if type(item) is dict else item for item in items]
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class Leaf(Model):
    leaf: int
    kids: list[Leaf | Twig] = dataclasses.field(default_factory=list["Leaf | Twig"])


class Twig(Model):
    twig: int = 0
    kids: list[Leaf | Twig] = dataclasses.field(default_factory=list["Leaf | Twig"])


def test_a_recursive_union_over_fresh_nested_objects_picks_as_from_a_dict() -> None:
    # The union remembers which payloads a class refused; a payload freed and
    # replaced by another at the same address must not inherit its refusal.
    pair = [{"leaf": 2, "kids": [{"twig": 1}]}, {"leaf": 2, "kids": [{"leaf": 3}]}]
    data: dict[str, Any] = {"leaf": 0, "kids": [{"leaf": 1, "kids": pair * 50}]}
    from_view = Leaf.from_dict(FreshView(data))
    assert from_view == Leaf.from_dict(data)
    kinds = [type(kid.kids[0]) for kid in from_view.kids[0].kids]
    assert kinds == [Twig, Leaf] * 50
    assert not any(kid.kids[0].extras for kid in from_view.kids[0].kids)
