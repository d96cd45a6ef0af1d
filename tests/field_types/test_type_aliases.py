"""Type aliases as field types: text values, generic aliases given their
arguments, recursive aliases (a free-form JSON part), and the aliases that
are refused, with a ``TypeError`` naming class and field."""

from __future__ import annotations

import copy
import pickle
import sys
import types
import typing
from typing import Any

import pytest
from hypothesis import given
from typing_extensions import TypeAliasType

from qiskit_provider_models import FrozenModel, Model, ValidationError
from qiskit_provider_models.strategies import payloads

T = typing.TypeVar("T")
A = typing.TypeVar("A")
B = typing.TypeVar("B")

JSON = TypeAliasType("JSON", "dict[str, JSON] | list[JSON] | str | int | float | bool | None")
Tree = TypeAliasType("Tree", "list[Tree] | int")
IntList = TypeAliasType("IntList", "list[int]")
Pair = TypeAliasType("Pair", tuple[T, T], type_params=(T,))
Swap = TypeAliasType("Swap", tuple[B, A], type_params=(A, B))
Maybe = TypeAliasType("Maybe", T | None, type_params=(T,))
Same = TypeAliasType("Same", T, type_params=(T,))


class Document(Model):
    body: JSON
    tree: Tree = 0


class FrozenDocument(FrozenModel):
    body: JSON


class Generic(Model):
    numbers: IntList
    pair: Pair[int]
    swapped: Swap[int, str]
    pairs: list[Pair[float]]
    same: Same[str]
    maybe: Maybe[str] = None


BODY: dict[str, Any] = {"a": [1, 2.5, {"b": None, "c": [True, "x"]}], "d": {}}


def test_a_recursive_json_alias_reads_and_writes_any_json_value() -> None:
    payload = {"body": BODY, "tree": [1, [2, [3, []]]]}
    document = Document.from_dict(payload)
    assert document.body == BODY
    assert document.to_dict() == payload
    assert document.to_dict()["body"] is not BODY  # a copy, never the payload itself
    assert Document(body=BODY, tree=[1, [2]]).tree == [1, [2]]


def test_a_recursive_alias_refuses_a_value_deep_inside_naming_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        Document.from_dict({"body": {"a": [1, {"b": 1j}]}})
    assert info.value.path == ("body", "a", 1, "b")
    assert "got complex (1j)" in str(info.value)
    with pytest.raises(ValidationError, match=r"Document\.tree\[1\]\[0\]: .*got str"):
        Document(body=None, tree=[1, ["x"]])


def test_a_recursive_alias_nests_as_deep_as_models_may_and_no_deeper() -> None:
    value: Any = 0
    for _ in range(100):  # lists nested 100 deep
        value = [value]
    assert Document.from_dict({"body": 0, "tree": value}).tree == value
    deeper = [value]
    with pytest.raises(ValidationError, match="Tree nested more than 100 deep"):
        Document.from_dict({"body": 0, "tree": deeper})
    for _ in range(5000):  # far past the recursion limit: still an error, and quick
        deeper = [deeper]
    with pytest.raises(ValidationError, match="Tree nested more than 100 deep"):
        Document.from_dict({"body": 0, "tree": deeper})
    with pytest.raises(ValidationError, match="Tree nested more than 100 deep"):
        Document(body=0, tree=deeper)


def test_recursive_alias_values_copy_pickle_compare_and_hash() -> None:
    document = Document.from_dict({"body": BODY})
    assert copy.deepcopy(document) == document
    assert pickle.loads(pickle.dumps(document)) == document
    assert Document.from_dict({"body": {"a": 1}}) != Document.from_dict({"body": {"a": 1.0}})
    frozen = FrozenDocument.from_dict({"body": [1, {"a": "b"}]})
    assert hash(frozen) == hash(FrozenDocument.from_dict({"body": [1, {"a": "b"}]}))
    assert frozen == FrozenDocument.from_dict({"body": [1, {"a": "b"}]})


def test_generic_aliases_are_read_with_their_arguments() -> None:
    payload = {
        "numbers": [1],
        "pair": [1, 2],
        "swapped": ["s", 3],
        "pairs": [[1.5, 2]],
        "same": "x",
        "maybe": None,
    }
    generic = Generic.from_dict(payload)
    assert (generic.pair, generic.swapped, generic.pairs) == ((1, 2), ("s", 3), [(1.5, 2)])
    assert generic.to_dict() == payload
    with pytest.raises(ValidationError, match=r"Generic\.swapped\[0\]: expected str"):
        Generic.from_dict({**payload, "swapped": [3, "s"]})
    with pytest.raises(ValidationError, match=r"Generic\.pair\[1\]: expected int"):
        Generic.from_dict({**payload, "pair": [1, "2"]})
    with pytest.raises(ValidationError, match=r"Generic\.same: expected str"):
        Generic.from_dict({**payload, "same": 1})


def test_an_alias_given_as_text_is_evaluated_where_it_was_declared() -> None:
    def declare() -> type[Model]:
        Local = TypeAliasType("Local", "list[Local]")

        class Nested(Model):
            x: Local

        return Nested

    nested = declare()
    assert nested.from_dict({"x": [[], [[]]]}).to_dict() == {"x": [[], [[]]]}


@pytest.mark.parametrize(
    ("alias", "message"),
    [
        (TypeAliasType("Loop", "Loop | int"), "stands for itself with no container"),  # noqa: F821
        (TypeAliasType("Broken", "list["), r"stands for 'list\[', which is not a type"),  # noqa: F722
        (Pair, r"generic type alias Pair needs its arguments \(Pair\[...\] for T\)"),
        (TypeAliasType("Odd", "set[int]"), "JSON has no sets"),
    ],
)
def test_an_alias_that_cannot_be_a_field_type_is_a_type_error_naming_the_field(
    alias: Any, message: str
) -> None:
    with pytest.raises(TypeError, match=r"Holder\.value: .*" + message):

        class Holder(Model):
            value: alias  # pyright: ignore[reportInvalidTypeForm]


def test_a_generic_alias_with_the_wrong_number_of_arguments_is_refused() -> None:
    # Subscripting checks nothing at runtime: the class declaration does.
    with pytest.raises(TypeError, match=r"Holder\.value: .*takes 1 argument\(s\), got 2"):

        class Holder(Model):
            value: Pair[int, str]  # type: ignore[misc]  # pyright: ignore[reportInvalidTypeArguments]


Children = TypeAliasType("Children", "list[Node]")


class Node(Model):  # reaches itself only through the alias
    children: Children


def test_a_model_that_reaches_itself_through_an_alias_counts_its_depth() -> None:
    payload: dict[str, Any] = {"children": []}
    for _ in range(99):
        payload = {"children": [payload]}
    assert Node.from_dict(payload).to_dict() == payload
    for _ in range(1000):
        payload = {"children": [payload]}
    with pytest.raises(ValidationError, match="models nested more than 100 deep"):
        Node.from_dict(payload)


@given(payloads(Document))
def test_strategies_draw_recursive_alias_payloads(payload: dict[str, Any]) -> None:
    assert Document.from_dict(payload).to_dict() == payload


@given(payloads(Generic))
def test_strategies_draw_generic_alias_payloads(payload: dict[str, Any]) -> None:
    assert Generic.from_dict(payload).to_dict() == payload


@pytest.mark.skipif(sys.version_info < (3, 12), reason="the type statement is 3.12+")
def test_pep_695_type_statements_recursive_and_generic() -> None:
    module = types.ModuleType("pep_695_models")
    namespace: dict[str, Any] = vars(module)
    namespace["Model"] = Model
    sys.modules[module.__name__] = module  # where the aliases are evaluated
    exec(  # noqa: S102  # the syntax does not parse before 3.12
        "type JSON = dict[str, JSON] | list[JSON] | str | int | float | bool | None\n"
        "type Pair[T] = tuple[T, T]\n"
        "class Doc(Model):\n"
        "    body: JSON\n"
        "    pair: Pair[int]\n",
        namespace,
    )
    doc = namespace["Doc"]
    payload = {"body": {"a": [1, {"b": [None, 2.5]}]}, "pair": [1, 2]}
    assert doc.from_dict(payload).to_dict() == payload
    with pytest.raises(ValidationError, match=r"Doc\.pair\[0\]"):
        doc.from_dict({**payload, "pair": ["1", 2]})
