"""Models inside models: lists and dicts of them, recursion, forward references."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import FrozenInstanceError, ValidationError
from qiskit_provider_models.strategies import instances, payloads

from .models import Job, JobList, Node, QueueInfo, State

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
