"""Bad input: one error class, naming the model and the key, input untouched."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qiskit_provider_models import FrozenJobStatus, JobStatus, ValidationError
from qiskit_provider_models._common.describe import describe_value
from qiskit_provider_models._common.errors import format_path

from .strategies import FIELDS, CountsRepr, json_values, payloads

BOTH = pytest.mark.parametrize("cls", [JobStatus, FrozenJobStatus])
GOOD = {"job_id": "1", "status": "DONE", "status_msg": "ok"}


def test_the_error_is_a_type_error_and_a_value_error() -> None:
    assert issubclass(ValidationError, TypeError)
    assert issubclass(ValidationError, ValueError)


@BOTH
@pytest.mark.parametrize("missing", FIELDS)
def test_missing_field(cls: type[JobStatus], missing: str) -> None:
    payload = {k: v for k, v in GOOD.items() if k != missing}
    with pytest.raises(ValidationError) as info:
        cls.from_dict(payload)
    assert info.value.key == missing
    assert info.value.model is cls
    assert str(info.value) == f"{cls.__name__}.{missing}: required key is missing"


@BOTH
@given(name=st.sampled_from(FIELDS), value=json_values.filter(lambda v: not isinstance(v, str)))
def test_field_of_the_wrong_type(cls: type[JobStatus], name: str, value: Any) -> None:
    payload = {**GOOD, name: value}
    snapshot = copy.deepcopy(payload)
    with pytest.raises(ValidationError) as info:
        cls.from_dict(payload)
    assert info.value.key == name
    assert info.value.path == (name,)
    assert str(info.value).startswith(
        f"{cls.__name__}.{name}: expected str, got {type(value).__name__}"
    )
    assert payload == snapshot


@BOTH
@pytest.mark.parametrize("key", [3, None, ("a",), b"bytes", 1.5, True])
def test_non_str_key(cls: type[JobStatus], key: Any) -> None:
    payload = {**GOOD, key: 1}
    with pytest.raises(ValidationError) as info:
        cls.from_dict(payload)
    assert info.value.key == key
    assert "keys must be str" in str(info.value)
    assert cls.__name__ in str(info.value)


@BOTH
@pytest.mark.parametrize("data", [None, [], "job_id", 3, [("job_id", "1")]])
def test_not_a_mapping(cls: type[JobStatus], data: Any) -> None:
    with pytest.raises(ValidationError) as info:
        cls.from_dict(data)
    assert info.value.key is None
    assert info.value.path == ()
    assert "expected a mapping" in str(info.value)


@BOTH
def test_constructor_checks_field_types(cls: type[JobStatus]) -> None:
    with pytest.raises(ValidationError) as info:
        cls("1", 2, "ok")  # type: ignore[arg-type]
    assert info.value.key == "status"


@given(payload=payloads(), bad=st.sampled_from(FIELDS))
def test_rejection_never_changes_the_input(payload: dict[str, Any], bad: str) -> None:
    payload[bad] = 123
    snapshot = copy.deepcopy(payload)
    with pytest.raises(ValidationError):
        JobStatus.from_dict(payload)
    assert payload == snapshot
    assert list(payload) == list(snapshot)


def test_old_code_catching_type_error_still_works() -> None:
    with pytest.raises(TypeError) as info:
        JobStatus.from_dict({"job_id": "1"})
    assert isinstance(info.value, ValidationError)


def test_the_error_pickles() -> None:
    with pytest.raises(ValidationError) as info:
        JobStatus.from_dict({**GOOD, "status": 5})
    error = info.value
    again = pickle.loads(pickle.dumps(error))
    assert (again.model, again.key, again.path) == (error.model, error.key, error.path)
    assert str(again) == str(error)


LONG_TEXTS = st.text(alphabet="ab'\"\\\n\u00e9", min_size=35, max_size=60)


@given(st.one_of(json_values, LONG_TEXTS, st.lists(st.tuples(json_values, LONG_TEXTS))))
def test_a_value_is_described_by_the_start_of_its_repr(value: Any) -> None:
    # Written only as far as needed, but the same text as repr's.
    text = repr(value)
    expected = text if len(text) <= 40 else text[:37] + "..."
    assert describe_value(value) == f"{type(value).__name__} ({expected})"


def test_a_container_inside_itself_is_described_as_repr_does() -> None:
    looped: list[Any] = [1]
    looped.append(looped)
    shelf: dict[str, Any] = {"x": (looped,)}
    shelf["self"] = shelf
    assert describe_value(looped) == "list ([1, [...]])"
    assert describe_value(shelf) == "dict ({'x': ([1, [...]],), 'self': {...}})"
    shelf["more"] = looped
    assert describe_value(shelf) == f"dict ({repr(shelf)[:37]}...)"


def test_a_huge_key_in_a_path_is_written_only_as_far_as_shown() -> None:
    key = tuple(CountsRepr() for _ in range(1000))
    CountsRepr.calls = 0
    text = format_path(("extras", key))
    assert CountsRepr.calls < 10
    assert text == f".extras[{repr(key)[:77]}...]"
