"""Declared field types: what from_dict accepts, converts and rejects."""

from __future__ import annotations

import dataclasses
import enum
import inspect
import json
import numbers
import pickle
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, NewType, TypeVar

import pytest
from hypothesis import given
from typing_extensions import TypeAliasType

from qiskit_provider_models import FrozenModel, Model, ValidationError, field
from qiskit_provider_models.strategies import payloads

from ..models import Everything, FrozenQueueInfo, Level, QueueInfo, State

GOOD: dict[str, Any] = {
    "text": "t",
    "number": 3,
    "ratio": 0.5,
    "flag": True,
    "nothing": None,
    "maybe": None,
    "either": "x",
    "choice": 1,
    "state": "RUNNING",
    "level": 2,
    "items": [1, 2],
    "frozen_items": [1.5, 2],
    "pair": [1, "one"],
    "table": {"k": False},
    "anything": {"free": ["form"]},
    "queue": {"position": 1},
    "queues": [{"position": 2, "labels": ["x"]}],
}


def test_values_are_converted_to_the_declared_types() -> None:
    model = Everything.from_dict(GOOD)
    assert model.state is State.RUNNING
    assert model.level is Level.HIGH
    assert model.frozen_items == (1.5, 2)
    assert model.pair == (1, "one")
    assert model.queue == QueueInfo(position=1)
    assert model.queues == [FrozenQueueInfo(position=2, labels=("x",))]


def test_to_dict_converts_back_to_the_payload() -> None:
    result = Everything.from_dict(GOOD).to_dict()
    expected = {**GOOD, "queue": {"position": 1, "hub_priority": None, "status": None}}
    assert result == expected
    assert list(result) == list(expected)


@given(payload=payloads(Everything))
def test_round_trips(payload: dict[str, Any]) -> None:
    model = Everything.from_dict(payload)
    assert model.to_dict() == payload
    assert list(model.to_dict()) == list(payload)
    assert Everything.from_dict(model.to_dict()) == model


BAD = [
    ("text", 3, "expected str, got int (3)"),
    ("number", "3", "expected int, got str ('3')"),
    ("number", True, "expected int, got bool (True)"),
    ("number", 3.0, "expected int, got float (3.0)"),
    ("ratio", "0.5", "expected float, got str"),
    ("ratio", False, "expected float, got bool"),
    ("flag", 1, "expected bool, got int (1)"),
    ("nothing", 0, "expected None, got int"),
    ("maybe", "1", "expected int | None, got str"),
    ("either", 1.5, "expected int | str, got float"),
    ("choice", "c", "expected Literal['a', 'b', 1], got str ('c')"),
    ("choice", True, "expected Literal['a', 'b', 1], got bool (True)"),
    ("choice", [], "expected Literal['a', 'b', 1], got list"),
    ("state", "DONE", "expected a value of State, got str ('DONE')"),
    ("level", True, "expected a value of Level, got bool (True)"),
    ("level", "2", "expected a value of Level, got str ('2')"),
    ("items", (1, 2), "expected list[int], got tuple"),
    ("items", {"a": 1}, "expected list[int], got dict"),
    ("frozen_items", (1.5,), "expected tuple[float, ...] as a list, got tuple"),
    ("pair", [1], "expected tuple[int, str], got 1 items"),
    ("table", [], "expected dict[str, bool], got list"),
    ("queue", "q", "expected a mapping for QueueInfo, got str"),
    ("queues", {}, "expected list[FrozenQueueInfo], got dict"),
]


@pytest.mark.parametrize(("name", "value", "problem"), BAD, ids=[f"{n}={v!r}" for n, v, _ in BAD])
def test_wrong_values_are_rejected_without_coercion(name: str, value: Any, problem: str) -> None:
    with pytest.raises(ValidationError) as info:
        Everything.from_dict({**GOOD, name: value})
    assert info.value.path == (name,)
    assert info.value.problem.startswith(problem)


NESTED_BAD = [
    ({"items": [1, "2"]}, ("items", 1), "expected int, got str"),
    ({"frozen_items": [1.0, None]}, ("frozen_items", 1), "expected float, got NoneType"),
    ({"pair": [1, 2]}, ("pair", 1), "expected str, got int"),
    ({"table": {"k": 1}}, ("table", "k"), "expected bool, got int"),
    ({"table": {1: True}}, ("table", 1), "keys must be str, got int"),
    ({"queue": {"position": True}}, ("queue", "position"), "expected int, got bool"),
    ({"queue": {}}, ("queue", "position"), "required key is missing"),
    (
        {"queues": [{"position": 1}, {"position": 2, "labels": [3]}]},
        ("queues", 1, "labels", 0),
        "expected str",
    ),
]


@pytest.mark.parametrize(("change", "path", "problem"), NESTED_BAD)
def test_errors_inside_containers_give_the_path(
    change: dict[str, Any], path: tuple[Any, ...], problem: str
) -> None:
    with pytest.raises(ValidationError) as info:
        Everything.from_dict({**GOOD, **change})
    assert info.value.path == path
    assert info.value.key == path[0]
    assert info.value.problem.startswith(problem)
    assert info.value.model is Everything


def test_an_int_is_kept_as_an_int_where_a_float_is_declared() -> None:
    model = Everything.from_dict({**GOOD, "ratio": 2})
    assert model.ratio == 2
    assert type(model.ratio) is int
    assert model.to_dict()["ratio"] == 2


def test_enum_members_are_accepted_as_themselves() -> None:
    assert Everything.from_dict({**GOOD, "state": State.DONE}).state is State.DONE


def test_the_constructor_checks_values_of_the_field_type() -> None:
    with pytest.raises(ValidationError) as info:
        QueueInfo(position="1")  # type: ignore[arg-type]
    assert info.value.path == ("position",)
    with pytest.raises(ValidationError):
        FrozenQueueInfo(position=1, labels=["list", "not", "tuple"])  # type: ignore[arg-type]
    assert FrozenQueueInfo(position=1, labels=("a",)).labels == ("a",)


def test_defaults_and_default_factories() -> None:
    class WithDefaults(Model):
        name: str = "n"
        tags: list[str] = field(default_factory=list)

    first, second = WithDefaults(), WithDefaults.from_dict({})
    assert first == second
    assert first.to_dict() == {"name": "n", "tags": []}
    first.tags.append("x")
    assert second.tags == []
    assert WithDefaults().tags == []


def test_mutable_default_is_refused_as_in_dataclasses() -> None:
    with pytest.raises(ValueError, match="default_factory"):

        class Bad(Model):
            tags: list[str] = []  # noqa: RUF012


def test_required_field_after_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="follows default argument"):

        class Bad(Model):
            a: int = 0
            b: int


def test_unsupported_field_type_is_refused_when_the_class_is_declared() -> None:
    with pytest.raises(TypeError, match=r"Bad.values: unsupported field type set\[int\]"):

        class Bad(Model):
            values: set[int]


def test_class_vars_are_not_fields() -> None:
    # As with dataclasses, a string annotation is seen as a ClassVar when
    # ClassVar (or typing) is imported in the module.
    class WithClassVar(Model):
        kind: ClassVar[str] = "k"
        a: int

    assert [f.name for f in dataclasses.fields(WithClassVar)] == ["a"]
    assert WithClassVar.kind == "k"
    assert WithClassVar.from_dict({"a": 1, "kind": "x"}).extras == {"kind": "x"}


def test_kw_only_fields() -> None:
    class KwOnly(Model):
        a: int
        b: int = field(kw_only=True)

    assert KwOnly(1, b=2).to_dict() == {"a": 1, "b": 2}
    with pytest.raises(TypeError):
        KwOnly(1, 2)  # type: ignore[misc]


# --- NewType, type aliases, and the types that are refused ---

JobId = NewType("JobId", str)
Qubits = TypeAliasType("Qubits", list[int])


class Aliased(Model):
    job_id: JobId
    qubits: Qubits


def test_newtype_and_type_alias_fields_are_checked_as_their_types() -> None:
    assert Aliased.from_dict({"job_id": "j", "qubits": [0, 1]}).qubits == [0, 1]
    with pytest.raises(ValidationError):
        Aliased.from_dict({"job_id": 1, "qubits": []})
    with pytest.raises(ValidationError):
        Aliased.from_dict({"job_id": "j", "qubits": ["0"]})


T = TypeVar("T")


@pytest.mark.parametrize(
    ("annotation", "hint"),
    [
        (set[int], "JSON has no sets"),
        (frozenset[str], "JSON has no sets"),
        (bytes, "JSON has no bytes"),
        (Mapping[str, int], "declare dict"),
        (Sequence[int], "declare list"),
        (T, "generic models are not supported"),
        (dict[int, str], "str keys"),
    ],
)
def test_unsupported_types_are_refused_at_declaration(annotation: Any, hint: str) -> None:
    with pytest.raises(TypeError, match=rf"Refused\.x: .*{hint}"):
        type(Model)("Refused", (Model,), {"__annotations__": {"x": annotation}, "__module__": "m"})


class FakeInt64:
    """Stands in for numpy.int64: an Integral that is not an int."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


numbers.Integral.register(FakeInt64)


def test_integral_values_that_are_not_int_are_refused() -> None:
    class Count(Model):
        n: int

    with pytest.raises(ValidationError, match="expected int, got FakeInt64"):
        Count.from_dict({"n": FakeInt64(3)})
    with pytest.raises(ValidationError):
        Count(FakeInt64(3))  # type: ignore[arg-type]


@given(payload=payloads(Aliased))
def test_strategies_draw_newtype_and_alias_fields(payload: dict[str, Any]) -> None:
    assert Aliased.from_dict(payload).to_dict() == payload


# --- complex numbers, sent as [re, im] ---


class Channel(Model):
    q: int
    scale: complex
    scales: list[complex] = field(default_factory=list[complex])


class FrozenChannel(FrozenModel):
    scale: complex


def test_complex_is_read_from_a_pair_and_written_as_one() -> None:
    channel = Channel.from_dict({"q": 0, "scale": [1.0, -0.5], "scales": [[0.0, 1.0]]})
    assert channel.scale == complex(1.0, -0.5)
    assert channel.scales == [1j]
    assert channel.to_dict() == {"q": 0, "scale": [1.0, -0.5], "scales": [[0.0, 1.0]]}
    assert json.loads(json.dumps(channel.to_dict())) == channel.to_dict()


def test_ints_in_the_pair_come_back_as_floats() -> None:
    channel = Channel.from_dict({"q": 0, "scale": [1, 0]})
    assert channel.to_dict()["scale"] == [1.0, 0.0]
    assert all(type(part) is float for part in channel.to_dict()["scale"])
    assert Channel.from_dict(channel.to_dict()) == channel


@pytest.mark.parametrize(
    "bad", [[1.0], [1.0, 2.0, 3.0], (1.0, 0.0), [True, 0.0], ["1", 0], 1.0, {"re": 1}]
)
def test_anything_but_a_pair_of_numbers_is_refused(bad: Any) -> None:
    with pytest.raises(ValidationError, match=r"expected complex as a \[re, im\]") as info:
        Channel.from_dict({"q": 0, "scale": bad})
    assert info.value.path == ("scale",)


def test_the_constructor_takes_complex_float_and_int() -> None:
    assert Channel(0, 2).scale == complex(2)
    assert type(Channel(0, 0.5).scale) is complex
    with pytest.raises(ValidationError):
        Channel(0, [1.0, 0.0])  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Channel(0, True)


class Scales(Model):
    maybe: complex | None = None
    many: list[complex] = field(default_factory=list[complex])
    fixed: tuple[complex, ...] = ()
    named: dict[str, complex] = field(default_factory=dict[str, complex])
    either: complex | str = 0j
    number: complex | float = 0.0


def test_complex_beyond_a_bare_field_takes_float_and_int_in_the_constructor() -> None:
    given = [1, 2.5]
    scales = Scales(1.0, given, (1,), {"k": 2}, 3j, 1)
    assert (scales.maybe, scales.many, scales.fixed) == (1 + 0j, [1 + 0j, 2.5 + 0j], (1 + 0j,))
    assert scales.named == {"k": 2 + 0j}
    assert all(type(v) is complex for v in (scales.maybe, *scales.many, *scales.fixed))
    assert given == [1, 2.5]  # the caller's list is not changed
    assert type(scales.number) is int  # complex | float: a number is the float member's
    assert Scales.from_dict(scales.to_dict()) == scales
    with pytest.raises(ValidationError):
        Scales(True)
    with pytest.raises(ValidationError):
        Scales(many=["1"])  # type: ignore[list-item]
    with pytest.raises(ValidationError):  # a union of several members: only a complex
        Scales(either=3)


def test_frozen_complex_fields_hash_and_pickle() -> None:
    one = FrozenChannel.from_dict({"scale": [0.5, 0.5]})
    assert hash(one) == hash(FrozenChannel(complex(0.5, 0.5)))
    assert pickle.loads(pickle.dumps(one)) == one


@given(payload=payloads(Channel))
def test_complex_payloads_round_trip(payload: dict[str, Any]) -> None:
    assert Channel.from_dict(payload).to_dict() == payload


@given(payload=payloads(Everything))
def test_to_dict_is_json_for_every_supported_type(payload: dict[str, Any]) -> None:
    out = Everything.from_dict(payload).to_dict()
    assert json.loads(json.dumps(out)) == json.loads(json.dumps(payload))


class Either(Model):
    v: complex | float
    w: list[complex] | list[float] = field(default_factory=list[complex])


def test_floats_in_a_union_with_complex_stay_floats() -> None:
    either = Either.from_dict({"v": 1.5, "w": [1.5]})
    assert either.to_dict() == {"v": 1.5, "w": [1.5]}
    assert Either(1.5, [1.5]).to_dict() == {"v": 1.5, "w": [1.5]}
    pairs = Either.from_dict({"v": [1.0, 2.0], "w": [[1.0, 0.0]]})
    assert pairs.v == complex(1, 2)
    assert pairs.to_dict() == {"v": [1.0, 2.0], "w": [[1.0, 0.0]]}


class Shape(enum.Enum):
    SQUARE = (2, 2)
    LINE = (1, 4)


def test_a_tuple_valued_enum_is_read_and_written_as_a_list() -> None:
    class Drawn(Model):
        shape: Shape

    drawn = Drawn.from_dict({"shape": [1, 4]})
    assert drawn.shape is Shape.LINE
    assert drawn.to_dict() == {"shape": [1, 4]}
    assert Drawn.from_dict(json.loads(json.dumps(drawn.to_dict()))) == drawn


@pytest.mark.parametrize("keyword", ["frozen", "extras_as_attributes"])
def test_class_keywords_must_be_bools(keyword: str) -> None:
    with pytest.raises(TypeError, match=rf"{keyword}= must be True or False"):
        type(Model)("K", (Model,), {"__module__": "m"}, **{keyword: "no"})


@pytest.mark.parametrize(
    ("payload", "path"),
    [({"many": [[0, 10**400]]}, ("many", 0)), ({"maybe": [10**400, 0.0]}, ("maybe",))],
)
def test_a_number_too_large_for_a_complex_is_refused_at_its_path(
    payload: dict[str, Any], path: tuple[Any, ...]
) -> None:
    # Valid JSON (an int of 400 digits), which complex() cannot take.
    with pytest.raises(ValidationError, match="out of range") as info:
        Scales.from_dict(payload)
    assert info.value.path == path
    with pytest.raises(ValidationError, match="out of range") as info:
        Scales(many=[10**400])
    assert info.value.path == ("many", 0)


class Pulse(Model):
    samples: list[tuple[float, float]]


@pytest.mark.parametrize(
    ("bad", "path", "problem"),
    [
        ([[1.0, 2.0], [1.0, "x"]], ("samples", 1, 1), "expected float, got str ('x')"),
        ([[True, 1.0]], ("samples", 0, 0), "expected float, got bool (True)"),
        ([[1.0]], ("samples", 0), "expected tuple[float, float], got 1 items"),
        ([[1.0, 2.0, 3.0]], ("samples", 0), "expected tuple[float, float], got 3 items"),
    ],
)
def test_fixed_tuples_of_leaves_read_inline_and_refuse_with_the_path(
    bad: list[Any], path: tuple[Any, ...], problem: str
) -> None:
    pairs = Pulse.from_dict({"samples": [[0.5, -1], [2, 3.0]]}).samples
    assert pairs == [(0.5, -1), (2, 3.0)]
    assert [type(x) for pair in pairs for x in pair] == [float, int, int, float]
    with pytest.raises(ValidationError) as info:
        Pulse.from_dict({"samples": bad})
    assert (info.value.path, info.value.problem) == (path, problem)


def test_fixed_tuples_of_leaves_are_written_as_new_lists_inline() -> None:
    pulse = Pulse.from_dict({"samples": [[0.5, -1], [2, 3.0]]})
    written = pulse.to_dict()["samples"]
    assert written == [[0.5, -1], [2, 3.0]]
    assert all(type(pair) is list for pair in written)
    assert written[0] is not pulse.to_dict()["samples"][0]  # a new list each time
    # Written in to_dict's own expression: no call per pair.
    assert "[_qpm_list(_qpm_e0) for _qpm_e0 in self.samples]" in inspect.getsource(Pulse.to_dict)
