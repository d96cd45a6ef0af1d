"""Plugin models: plain subclasses with typed fields."""

from __future__ import annotations

import dataclasses
import inspect
import traceback
from unittest import mock

import pytest

from qiskit_provider_models import FrozenJobStatus, JobStatus, Model, ValidationError


class IBMJobStatus(JobStatus):
    queue_position: int | None = None


class FrozenIBMJobStatus(FrozenJobStatus, frozen=True):
    queue_position: int | None = None


PAYLOAD = {
    "job_id": "1",
    "status": "QUEUED",
    "status_msg": "queued",
    "queue_position": 3,
    "backend": "x",
}


@pytest.mark.parametrize("cls", [IBMJobStatus, FrozenIBMJobStatus])
def test_typed_field_goes_to_the_field_and_the_rest_to_extras(cls: type[IBMJobStatus]) -> None:
    status = cls.from_dict(PAYLOAD)
    assert type(status) is cls
    assert status.queue_position == 3
    assert status.extras == {"backend": "x"}
    assert list(status.to_dict().items()) == list(PAYLOAD.items())
    assert cls.from_dict(status.to_dict()) == status


@pytest.mark.parametrize("cls", [IBMJobStatus, FrozenIBMJobStatus])
def test_typed_field_is_checked(cls: type[IBMJobStatus]) -> None:
    with pytest.raises(ValidationError) as info:
        cls.from_dict({**PAYLOAD, "queue_position": "3"})
    assert info.value.key == "queue_position"
    with pytest.raises(ValidationError):
        cls.from_dict({**PAYLOAD, "queue_position": True})


def test_default_applies_when_the_key_is_absent() -> None:
    payload = {k: v for k, v in PAYLOAD.items() if k != "queue_position"}
    status = IBMJobStatus.from_dict(payload)
    assert status.queue_position is None
    assert status.to_dict() == {**payload, "queue_position": None} | {}
    assert list(status.to_dict()) == ["job_id", "status", "status_msg", "queue_position", "backend"]


def test_subclass_of_frozen_stays_frozen() -> None:
    class Implicit(FrozenJobStatus):
        note: str = ""

    status = Implicit("1", "DONE", "ok")
    with pytest.raises(dataclasses.FrozenInstanceError):
        status.note = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        FrozenIBMJobStatus("1", "DONE", "ok").queue_position = 1  # type: ignore[misc]
    assert hash(FrozenIBMJobStatus("1", "DONE", "ok", queue_position=2)) == hash(
        FrozenIBMJobStatus("1", "DONE", "ok", queue_position=2)
    )


def test_frozen_and_mutable_do_not_mix() -> None:
    with pytest.raises(TypeError, match="mutable model cannot derive from a frozen"):

        class Thawed(FrozenJobStatus, frozen=False):  # type: ignore[misc]
            pass

    with pytest.raises(TypeError, match="frozen model cannot derive from a mutable"):

        class Frozen(JobStatus, frozen=True):  # type: ignore[misc]
            pass


def test_super_from_dict_in_an_override_returns_the_subclass() -> None:
    class Normalised(IBMJobStatus):
        @classmethod
        def from_dict(cls, data):  # type: ignore[no-untyped-def]
            return super().from_dict({**data, "status": data["status"].upper()})

        def to_dict(self):  # type: ignore[no-untyped-def]
            return {**super().to_dict(), "normalised": True}

    status = Normalised.from_dict({**PAYLOAD, "status": "queued"})
    assert type(status) is Normalised
    assert status.status == "QUEUED"
    assert status.queue_position == 3
    assert status.to_dict() == {**PAYLOAD, "normalised": True}


def test_a_from_dict_of_the_class_body_reads_nested_payloads_one_set_later_does_not() -> None:
    class Upper(Model):
        name: str

        @classmethod
        def from_dict(cls, data):  # type: ignore[no-untyped-def]
            return super().from_dict({"name": data["name"].upper()})

    class Plain(Model):
        name: str

    class Holder(Model):
        upper: Upper
        uppers: list[Upper]
        plain: Plain
        plains: list[Plain]

    payload = {"name": "a"}
    data = {"upper": payload, "uppers": [payload], "plain": payload, "plains": [payload]}
    held = Holder.from_dict(data)
    assert (held.upper.name, held.uppers[0].name) == ("A", "A")
    # Set afterwards (models.md): used for nested payloads too, as a to_dict
    # set afterwards writes them (issue 19, item 5).
    with mock.patch.object(Plain, "from_dict", return_value=Plain("mocked")):
        assert Plain.from_dict(payload) == Plain("mocked")
        held = Holder.from_dict(data)
    assert (held.plain.name, held.plains[0].name) == ("mocked", "mocked")
    held = Holder.from_dict(data)  # and the generated one again once it is gone
    assert (held.plain.name, held.plains[0].name) == ("a", "a")


def test_jobstatus_is_built_like_any_plugin_model() -> None:
    for cls in (JobStatus, FrozenJobStatus, IBMJobStatus):
        assert isinstance(cls, type(Model))
        assert "from_dict" in cls.__dict__
        assert cls.__dict__["__slots__"]


def test_generated_code_is_visible_to_inspect() -> None:
    source = inspect.getsource(IBMJobStatus.from_dict)
    assert "'queue_position'" in source
    assert inspect.getsource(IBMJobStatus.__init__).startswith("def __init__(")


def test_instances_have_no_dict() -> None:
    assert not hasattr(JobStatus("1", "a", "b"), "__dict__")
    assert not hasattr(IBMJobStatus("1", "a", "b"), "__dict__")


@pytest.mark.parametrize("name", ["extras", "to_dict", "from_dict", "_qpm_x", "__private"])
def test_reserved_field_names_are_refused(name: str) -> None:
    with pytest.raises(TypeError, match="reserved"):
        type(Model)("Bad", (Model,), {"__annotations__": {name: "int"}, "__module__": __name__})


def test_unannotated_override_of_a_field_is_refused() -> None:
    with pytest.raises(TypeError, match="annotate it again"):

        class Bad(IBMJobStatus):
            queue_position = 5


def test_classes_of_the_same_name_each_show_their_own_code() -> None:
    def declare(field_name: str) -> type[Model]:
        namespace = {"__annotations__": {field_name: int}, "__qualname__": "make.<locals>.M"}
        return type("M", (Model,), namespace)

    first, second = declare("alpha"), declare("beta")
    assert "'alpha'" in inspect.getsource(first.from_dict)
    assert "'beta'" in inspect.getsource(second.from_dict)
    with pytest.raises(ValidationError) as info:
        first.from_dict({"alpha": "x"})
    frames = traceback.extract_tb(info.value.__traceback__)
    generated = [f for f in frames if "generated methods" in f.filename]
    assert any("'alpha'" in (frame.line or "") for frame in generated)
