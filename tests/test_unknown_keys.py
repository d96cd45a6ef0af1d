"""What each model does with keys that are not fields: keep, reject or drop."""

from __future__ import annotations

import pytest

from qiskit_provider_models import Model, ValidationError

from .models import JobList, Lenient, Strict


def test_allow_is_the_default_and_keeps_them() -> None:
    class Default(Model):
        a: int

    assert Default.from_dict({"a": 1, "b": 2}).extras == {"b": 2}
    assert Default(1, b=2).extras == {"b": 2}


def test_forbid_names_every_unknown_key() -> None:
    with pytest.raises(ValidationError) as info:
        Strict.from_dict({"a": 1, "b": 2, "c": 3})
    assert info.value.key == "b"
    assert "'b', 'c'" in str(info.value)
    with pytest.raises(ValidationError, match="'z'"):
        Strict(1, z=2)  # type: ignore[call-arg]
    assert Strict.from_dict({"a": 1}).to_dict() == {"a": 1}


def test_forbid_applies_inside_nested_payloads() -> None:
    with pytest.raises(ValidationError) as info:
        JobList.from_dict({"jobs": [], "next_page": "x"})
    assert info.value.path == ("next_page",)


def test_ignore_drops_them() -> None:
    lenient = Lenient.from_dict({"a": 1, "b": 2})
    assert lenient.extras == {}
    assert lenient.to_dict() == {"a": 1}
    assert Lenient(1, b=2).to_dict() == {"a": 1}  # type: ignore[call-arg]


@pytest.mark.parametrize("cls", [Strict, Lenient])
def test_non_str_keys_are_rejected_whatever_the_policy(cls: type[Model]) -> None:
    with pytest.raises(ValidationError, match="keys must be str"):
        cls.from_dict({"a": 1, 2: 3})


def test_the_policy_is_inherited_and_can_be_changed() -> None:
    class StrictChild(Strict):
        b: int = 0

    class AllowingChild(Strict, extra="allow"):
        pass

    with pytest.raises(ValidationError):
        StrictChild.from_dict({"a": 1, "c": 1})
    assert AllowingChild.from_dict({"a": 1, "c": 1}).extras == {"c": 1}


def test_an_unknown_policy_is_refused() -> None:
    with pytest.raises(TypeError, match="extra must be one of"):

        class Bad(Model, extra="keep"):  # type: ignore[arg-type]
            a: int
