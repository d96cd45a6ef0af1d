"""What old code written against Qiskit 1.4's JobStatus relies on."""

from __future__ import annotations

import pytest

from qiskit_provider_models import JobStatus

# The one payload Qiskit ever fed its JobStatus (its schema example).
QISKIT_EXAMPLE = {
    "job_id": "1x56222G",
    "status": "RUNNING",
    "status_msg": "Currently running, estimated time remaining: 45s",
}


def test_qiskit_example_payload_round_trips() -> None:
    status = JobStatus.from_dict(QISKIT_EXAMPLE)
    assert status.job_id == "1x56222G"
    assert status.to_dict() == QISKIT_EXAMPLE


def test_fields_positional_or_keyword() -> None:
    assert JobStatus("1", "DONE", "ok") == JobStatus(status_msg="ok", job_id="1", status="DONE")


def test_a_fourth_positional_argument_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        JobStatus("1", "DONE", "ok", "extra")  # type: ignore[misc]


def test_extra_keywords_read_as_attributes() -> None:
    status = JobStatus("1", "DONE", "ok", queue_position=3, backend="ibm_x")
    assert status.queue_position == 3  # type: ignore[attr-defined]
    assert status.backend == "ibm_x"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        status.not_there  # type: ignore[attr-defined]  # noqa: B018


def test_from_dict_on_a_subclass_returns_the_subclass() -> None:
    class Mine(JobStatus):
        pass

    assert type(Mine.from_dict(QISKIT_EXAMPLE)) is Mine


def test_to_dict_puts_the_fields_first_then_extras_in_order() -> None:
    status = JobStatus("1", "DONE", "ok", z=1, a=2)
    assert list(status.to_dict()) == ["job_id", "status", "status_msg", "z", "a"]


def test_field_assignment_changes_to_dict() -> None:
    status = JobStatus("1", "RUNNING", "r")
    status.status = "DONE"
    assert status.to_dict()["status"] == "DONE"


# Intentional differences (docs/migration.md lists them).


def test_difference_equality_is_by_value() -> None:
    assert JobStatus.from_dict(QISKIT_EXAMPLE) == JobStatus.from_dict(QISKIT_EXAMPLE)


def test_difference_self_is_an_ordinary_extra_key() -> None:
    # Qiskit: TypeError "got multiple values for argument 'self'".
    status = JobStatus.from_dict({**QISKIT_EXAMPLE, "self": 1})
    assert status.extras == {"self": 1}


def test_difference_fields_must_be_str() -> None:
    # Qiskit stored None, 123 or an enum member as given.
    with pytest.raises(TypeError):
        JobStatus.from_dict({**QISKIT_EXAMPLE, "status": None})


def test_difference_assigning_an_unknown_name_raises_instead_of_being_lost() -> None:
    status = JobStatus("1", "DONE", "ok", queue_position=3)
    with pytest.raises(AttributeError):
        status.queue_position = 4  # type: ignore[attr-defined]
    assert status.to_dict()["queue_position"] == 3
