"""Size and depth: large and deep payloads work, in time that grows with
their size (measured in benchmarks/scaling.py, not here), and never raise
RecursionError out of from_dict or to_dict."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from qiskit_provider_models import FrozenJobStatus, JobStatus, Model, ValidationError
from qiskit_provider_models._field_types.converter import MAX_DEPTH

from .models import Node

BOTH = pytest.mark.parametrize("cls", [JobStatus, FrozenJobStatus], ids=lambda c: c.__name__)
FIELDS = {"job_id": "1", "status": "RUNNING", "status_msg": "running"}


@BOTH
def test_a_hundred_thousand_extras(cls: type[JobStatus]) -> None:
    payload: dict[str, Any] = {**FIELDS, **{f"key{i}": i for i in range(100_000)}}
    status = cls.from_dict(payload)
    assert len(status.extras) == 100_000
    result = status.to_dict()
    assert result == payload
    assert list(result)[-1] == "key99999"


@BOTH
def test_a_megabyte_string_as_value_and_as_key(cls: type[JobStatus]) -> None:
    big = "x" * 1_000_000
    payload = {**FIELDS, "job_id": big, big: big}
    status = cls.from_dict(payload)
    assert status.job_id is big
    assert status.to_dict() == payload


@BOTH
def test_extras_nested_a_hundred_thousand_deep(cls: type[JobStatus]) -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    payload = {**FIELDS, "deep": deep}
    status = cls.from_dict(payload)
    assert status.extras["deep"] is deep  # shared, not walked
    assert status.to_dict()["deep"] is deep


@BOTH
def test_a_self_referencing_extra(cls: type[JobStatus]) -> None:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    status = cls.from_dict({**FIELDS, "loop": loop})
    assert status.to_dict()["loop"] is loop
    assert repr(status).endswith("loop={'self': {...}})")
    assert status == cls.from_dict(status.to_dict())


def chain(depth: int) -> dict[str, Any]:
    """A Node payload ``depth`` models deep."""
    payload: dict[str, Any] = {"name": "leaf", "children": []}
    for _ in range(depth - 1):
        payload = {"name": "node", "children": [payload]}
    return payload


def test_models_nest_to_the_documented_depth() -> None:
    node = Node.from_dict(chain(MAX_DEPTH))
    depth = 1
    while node.children:
        node, depth = node.children[0], depth + 1
    assert depth == MAX_DEPTH == 100


def test_deeper_models_are_rejected_with_the_library_error() -> None:
    with pytest.raises(ValidationError) as info:
        Node.from_dict(chain(MAX_DEPTH + 1))
    assert info.value.problem == f"models nested more than {MAX_DEPTH} deep"
    assert len(info.value.path) == 2 * MAX_DEPTH


def test_a_low_recursion_limit_gives_the_library_error() -> None:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        with pytest.raises(ValidationError, match="nested too deeply"):
            Node.from_dict(chain(MAX_DEPTH))
    finally:
        sys.setrecursionlimit(limit)


class Ping(Model):
    pong: Pong | None = None


class Pong(Model):
    ping: Ping | None = None


def ping(depth: int) -> dict[str, Any]:
    """A Ping payload holding ``depth`` more models, Pong and Ping in turn."""
    return {} if depth == 0 else {"pong": pong(depth - 1)}


def pong(depth: int) -> dict[str, Any]:
    return {} if depth == 0 else {"ping": ping(depth - 1)}


def test_mutually_recursive_models_are_counted_too() -> None:
    assert type(Ping.from_dict(ping(MAX_DEPTH - 1))) is Ping
    with pytest.raises(ValidationError, match=f"nested more than {MAX_DEPTH} deep"):
        Ping.from_dict(ping(MAX_DEPTH))
