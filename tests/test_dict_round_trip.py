"""from_dict and to_dict: exact round trips, no mutation, no aliasing."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import FrozenJobStatus, JobStatus

from .strategies import instances, payloads, shuffled_payloads

BOTH = pytest.mark.parametrize("cls", [JobStatus, FrozenJobStatus])


class PlainMapping(Mapping[str, Any]):
    """A Mapping that is not a dict."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


@BOTH
@given(payload=payloads())
def test_to_dict_of_from_dict_is_the_payload_in_order(
    cls: type[JobStatus], payload: dict[str, Any]
) -> None:
    result = cls.from_dict(payload).to_dict()
    assert result == payload
    assert list(result.items()) == list(payload.items())


@BOTH
@given(payload=shuffled_payloads())
def test_any_key_order_gives_fields_first_then_extras_in_order(
    cls: type[JobStatus], payload: dict[str, Any]
) -> None:
    result = cls.from_dict(payload).to_dict()
    assert result == payload
    assert list(result)[:3] == ["job_id", "status", "status_msg"]
    assert list(result)[3:] == [k for k in payload if k not in ("job_id", "status", "status_msg")]


@given(status=instances())
def test_from_dict_of_to_dict_is_equal(status: JobStatus) -> None:
    again = type(status).from_dict(status.to_dict())
    assert again == status
    assert type(again) is type(status)


@BOTH
@given(payload=payloads())
def test_from_dict_never_changes_its_input(cls: type[JobStatus], payload: dict[str, Any]) -> None:
    snapshot = copy.deepcopy(payload)
    nested = dict(payload)
    cls.from_dict(payload)
    assert payload == snapshot
    assert list(payload) == list(snapshot)
    assert all(payload[k] is v for k, v in nested.items())


@BOTH
@given(payload=payloads())
def test_later_edits_of_the_input_do_not_reach_the_instance(
    cls: type[JobStatus], payload: dict[str, Any]
) -> None:
    status = cls.from_dict(payload)
    before = status.to_dict()
    payload["job_id"] = "changed"
    payload["added later"] = 1
    for key in list(payload)[3:]:
        del payload[key]
    assert status.to_dict() == before


@BOTH
@given(payload=payloads())
def test_nested_values_are_shared_not_copied(cls: type[JobStatus], payload: dict[str, Any]) -> None:
    status = cls.from_dict(payload)
    for key, value in status.extras.items():
        assert value is payload[key]


@given(status=instances())
def test_to_dict_is_a_new_dict_every_call(status: JobStatus) -> None:
    first = status.to_dict()
    assert first is not status.to_dict()
    first["job_id"] = "edited"
    first["new"] = 1
    first.clear()
    assert status.to_dict() == type(status).from_dict(status.to_dict()).to_dict()
    assert "new" not in status.extras


@BOTH
@given(payload=payloads())
def test_any_mapping_is_accepted(cls: type[JobStatus], payload: dict[str, Any]) -> None:
    expected = cls.from_dict(payload)
    assert cls.from_dict(MappingProxyType(payload)) == expected
    assert cls.from_dict(PlainMapping(payload)) == expected


@BOTH
@given(payload=payloads())
def test_from_dict_equals_the_constructor(cls: type[JobStatus], payload: dict[str, Any]) -> None:
    assert cls.from_dict(payload) == cls(**payload)
