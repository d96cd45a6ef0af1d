"""Unions of models: tagged by a ``Literal`` key, or tried in turn."""

from __future__ import annotations

import enum
import json
from typing import Annotated, Any, Literal

import pytest
from hypothesis import given

from qiskit_provider_models import Model, ValidationError, field
from qiskit_provider_models.strategies import payloads

from ..strategies import CountsRepr


class Circuit(Model):
    kind: Literal["circuit"]
    qubits: int


class Pulse(Model):
    kind: Literal["pulse", "schedule"]
    duration: int


class Anything(Model):
    kind: Literal["other"] = field(default="other")


class Job(Model):
    program: Circuit | Pulse | Anything
    maybe: Circuit | Pulse | None = None


def test_the_tag_chooses_the_member() -> None:
    job = Job.from_dict({"program": {"kind": "schedule", "duration": 5}})
    assert type(job.program) is Pulse
    assert Job.from_dict({"program": {"kind": "circuit", "qubits": 2}}).program == Circuit(
        "circuit", 2
    )
    assert type(Job.from_dict({"program": {}, "maybe": None}).program) is Anything


def test_an_unknown_tag_names_the_key_and_the_allowed_values() -> None:
    with pytest.raises(ValidationError) as info:
        Job.from_dict({"program": {"kind": "qasm3", "qubits": 2}})
    assert info.value.path == ("program", "kind")
    assert "'circuit', 'pulse', 'schedule', 'other'" in info.value.problem
    assert "got str ('qasm3')" in info.value.problem


def test_a_known_tag_reports_the_member_s_own_error() -> None:
    with pytest.raises(ValidationError) as info:
        Job.from_dict({"program": {"kind": "circuit", "qubits": "2"}})
    assert info.value.path == ("program", "qubits")


def test_tags_compare_with_their_type() -> None:
    class One(Model):
        tag: Literal[1]

    class Yes(Model):
        tag: Literal[True]

    class Holder(Model):
        item: One | Yes

    assert type(Holder.from_dict({"item": {"tag": True}}).item) is Yes
    assert type(Holder.from_dict({"item": {"tag": 1}}).item) is One
    with pytest.raises(ValidationError, match="must be one of"):
        Holder.from_dict({"item": {"tag": 1.0}})


def test_a_union_of_many_tagged_members_picks_by_the_tag() -> None:
    members = [
        type(Model)(f"M{i}", (Model,), {"__annotations__": {"kind": Literal[f"m{i}"]}})
        for i in range(50)
    ]
    union: Any = members[0]
    for member in members[1:]:
        union = union | member
    holder = type(Model)("Holder", (Model,), {"__annotations__": {"item": union}})
    assert type(holder.from_dict({"item": {"kind": "m49"}}).item) is members[49]
    with pytest.raises(ValidationError, match="'kind' must be one of 'm0', 'm1'"):
        holder.from_dict({"item": {"kind": "m50"}})


class Inner(Model):
    position: int


class Other(Model):
    name: str


class Untagged(Model):
    item: Inner | Other | None


def test_an_untagged_union_says_why_each_member_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Untagged.from_dict({"item": {"position": "3"}})
    problem = info.value.problem
    assert problem.startswith("expected Inner | Other | None, got dict")
    assert "Inner refused it (position: expected int, got str ('3'))" in problem
    assert "Other refused it (name: required key is missing)" in problem
    assert "None refused it (expected None" in problem


@given(payload=payloads(Job))
def test_tagged_payloads_round_trip(payload: dict[str, Any]) -> None:
    assert Job.from_dict(payload).to_dict() == payload


class Kind(enum.Enum):
    CIRCUIT = "circuit"
    PULSE = "pulse"


class Ratio(enum.Enum):
    HALF = 0.5
    ONE = 1.0


class EnumTagged(Model):
    kind: Literal[Kind.CIRCUIT]
    ratio: Ratio = Ratio.ONE


class OtherTagged(Model):
    kind: Literal[Kind.PULSE]


class Holder(Model):
    item: EnumTagged | OtherTagged


def test_literal_enum_members_read_and_write_their_values() -> None:
    holder = Holder.from_dict({"item": {"kind": "circuit", "ratio": 0.5}})
    assert holder.item == EnumTagged(Kind.CIRCUIT, Ratio.HALF)
    assert holder.to_dict() == {"item": {"kind": "circuit", "ratio": 0.5}}
    assert json.loads(json.dumps(holder.to_dict())) == holder.to_dict()
    assert type(Holder.from_dict({"item": {"kind": "pulse"}}).item) is OtherTagged


def test_a_float_enum_takes_an_int_payload_value() -> None:
    item = EnumTagged.from_dict({"kind": "circuit", "ratio": 1})
    assert item.ratio is Ratio.ONE
    with pytest.raises(ValidationError):
        EnumTagged.from_dict({"kind": "circuit", "ratio": True})


@given(payload=payloads(Holder))
def test_enum_tagged_payloads_are_json_and_round_trip(payload: dict[str, Any]) -> None:
    out = Holder.from_dict(payload).to_dict()
    assert out == payload
    assert json.loads(json.dumps(out)) == out


class Rate(enum.Enum):
    ONE = 1.0


class Annotated1(Model):
    kind: Annotated[Literal["a"], "the tag"]


class Annotated2(Model):
    kind: Annotated[Literal["b"], "the tag"]
    rate: Literal[Rate.ONE] = Rate.ONE


class AnnotatedHolder(Model):
    item: Annotated1 | Annotated2


def test_annotated_tags_are_tags_and_errors_list_payload_values_once() -> None:
    with pytest.raises(ValidationError) as info:
        Holder.from_dict({"item": {"kind": "qasm"}})
    assert info.value.problem.startswith("'kind' must be one of 'circuit', 'pulse' to choose")
    with pytest.raises(ValidationError, match="'kind' must be one of 'a', 'b'"):
        AnnotatedHolder.from_dict({"item": {"kind": "c"}})


def test_a_literal_float_enum_takes_an_int() -> None:
    assert Annotated2.from_dict({"kind": "b", "rate": 1}).rate is Rate.ONE


# --- recursive unions: what is remembered of refused payloads ---


class Branch(Model, extra="forbid"):
    kids: list[Branch | Stub] = field(default_factory=list["Branch | Stub"])


class Stub(Model, extra="forbid"):
    kids: list[Any]


def _chain(length: int, leaf: dict[str, Any]) -> dict[str, Any]:
    for _ in range(length):
        leaf = {"kids": [leaf]}
    return leaf


def test_a_payload_refused_for_its_depth_is_read_again_where_it_is_shared_higher() -> None:
    # Deep in the chain ``shared`` is refused as a Branch only because its
    # child passes the depth limit; near the top it fits.
    shared: dict[str, Any] = {"kids": [{}]}
    root = {"kids": [{"kids": [_chain(97, shared), shared]}]}
    by_reference = Branch.from_dict(root)
    copied = Branch.from_dict(json.loads(json.dumps(root)))
    assert type(by_reference.kids[0].kids[1]) is Branch
    assert by_reference == copied


class Left(Model, extra="forbid"):
    a: int
    kids: list[Left | Right] = field(default_factory=list["Left | Right"])


class Right(Model, extra="forbid"):
    b: int
    kids: list[Left | Right] = field(default_factory=list["Left | Right"])


def test_a_refused_payload_is_described_without_writing_all_of_it() -> None:
    # Each union level describes the payload it refused; writing the whole
    # repr cost time in size times depth (and a shared dict's repr grows
    # exponentially with the depth).
    payload: dict[str, Any] = {"a": 1, "junk": [CountsRepr()] * 1000}
    for _ in range(30):
        payload = {"a": 1, "kids": [payload]}
    CountsRepr.calls = 0
    with pytest.raises(ValidationError) as info:
        Left.from_dict({"a": 0, "kids": [payload]})
    assert CountsRepr.calls < 30 * 10
    assert info.value.path == ("kids", 0)
    assert str(info.value).startswith("Left.kids[0]: expected Left | Right, got dict ({'a': 1, ")


def test_an_untagged_union_shows_the_error_inside_the_one_member_that_took_the_value() -> None:
    class Shapes(Model):
        value: dict[str, int] | list[int] | str

    with pytest.raises(ValidationError) as info:
        Shapes.from_dict({"value": {"a": 1, "b": "x"}})
    assert info.value.path == ("value", "b")
    assert info.value.problem == "expected int, got str ('x')"
    # Two members that each refuse something inside: both are quoted.
    with pytest.raises(ValidationError) as info:
        Shapes.from_dict({"value": 1.5})
    assert info.value.path == ("value",)
    assert "list[int] refused it" in info.value.problem


class _Item(Model):
    a: int


class _ListOrAny(Model):
    x: list[_Item] | Any = None


class _AnyOrList(Model):
    x: Any | list[_Item] = None


class _ListsAndNumbers(Model):
    x: list[int] | int | None = None


@pytest.mark.parametrize(
    ("cls", "payload"),
    [
        (_ListOrAny, {"x": [1, 2]}),
        (_ListOrAny, {"x": [{"a": 1}]}),
        (_ListOrAny, {"x": {"k": "v"}}),
        (_AnyOrList, {"x": [{"a": 1}]}),
        (_ListsAndNumbers, {"x": [1, 2]}),
        (_ListsAndNumbers, {"x": 3}),
        (_ListsAndNumbers, {"x": None}),
    ],
)
def test_a_union_writes_each_value_with_the_member_that_read_it(
    cls: type[Model], payload: dict[str, Any]
) -> None:
    # A member that may hold any value (Any) can hold a list too: the list
    # must not be written by the list member's writer just for being a list.
    found = cls.from_dict(payload)
    assert found.to_dict() == payload
    assert found == cls.from_dict(found.to_dict())


@given(payloads(_ListOrAny))
def test_a_union_with_any_round_trips(payload: dict[str, Any]) -> None:
    assert _ListOrAny.from_dict(payload).to_dict() == payload


@given(payloads(_ListsAndNumbers))
def test_a_union_of_lists_and_numbers_round_trips(payload: dict[str, Any]) -> None:
    assert _ListsAndNumbers.from_dict(payload).to_dict() == payload
