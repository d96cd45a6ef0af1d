"""BackendStatus: Qiskit's five typed fields, pending_jobs >= 0, extras kept."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import BackendStatus, FrozenBackendStatus, ValidationError
from qiskit_provider_models.strategies import payloads

BOTH = pytest.mark.parametrize("cls", [BackendStatus, FrozenBackendStatus])
GOOD = {
    "backend_name": "ibm_x",
    "backend_version": "1.0.0",
    "operational": True,
    "pending_jobs": 2,
    "status_msg": "active",
}


@BOTH
def test_fields_are_typed(cls: type[BackendStatus]) -> None:
    status = cls.from_dict(GOOD)
    assert (status.backend_name, status.operational, status.pending_jobs) == ("ibm_x", True, 2)
    assert status.to_dict() == GOOD


@BOTH
@pytest.mark.parametrize("pending", [-1, -100])
def test_negative_pending_jobs_is_rejected(cls: type[BackendStatus], pending: int) -> None:
    with pytest.raises(ValidationError) as info:
        cls.from_dict({**GOOD, "pending_jobs": pending})
    assert info.value.key == "pending_jobs"
    assert str(info.value) == f"{cls.__name__}.pending_jobs: must be >= 0, got {pending}"
    with pytest.raises(TypeError):  # what old provider code catches
        cls(**{**GOOD, "pending_jobs": pending})


@BOTH
@pytest.mark.parametrize(
    ("key", "value"),
    [("pending_jobs", None), ("pending_jobs", "3"), ("pending_jobs", 1.0), ("operational", 1)],
)
def test_wrong_types_are_rejected(cls: type[BackendStatus], key: str, value: Any) -> None:
    with pytest.raises(ValidationError) as info:
        cls.from_dict({**GOOD, key: value})
    assert info.value.key == key


@BOTH
def test_unknown_keys_are_kept(cls: type[BackendStatus]) -> None:
    payload = {**GOOD, "region": "eu", "processor_type": {"family": "Eagle"}}
    status = cls.from_dict(payload)
    assert status.extras == {"region": "eu", "processor_type": {"family": "Eagle"}}
    assert status.to_dict() == payload


def test_to_dict_is_a_new_dict_not_the_instance() -> None:
    status = BackendStatus.from_dict(GOOD)
    status.to_dict()["pending_jobs"] = 99
    assert status.pending_jobs == 2


def test_frozen_is_hashable() -> None:
    assert len({FrozenBackendStatus.from_dict(GOOD), FrozenBackendStatus.from_dict(GOOD)}) == 1


@BOTH
@given(payload=payloads(BackendStatus))
def test_round_trips(cls: type[BackendStatus], payload: dict[str, Any]) -> None:
    if payload["pending_jobs"] < 0:
        with pytest.raises(ValidationError):
            cls.from_dict(payload)
        return
    status = cls.from_dict(payload)
    assert status.to_dict() == payload
    assert cls.from_dict(status.to_dict()) == status
