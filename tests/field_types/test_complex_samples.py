"""``ComplexSamples`` fields: complex numbers sent as ``[re, im]`` pairs,
kept packed, written back exactly."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qiskit_provider_models import ComplexSamples, FrozenModel, Model, ValidationError, field
from qiskit_provider_models.strategies import payloads


class Pulse(Model):
    name: str
    samples: ComplexSamples


class FrozenPulse(FrozenModel):
    name: str
    samples: ComplexSamples


class Either(Model):
    samples: ComplexSamples | list[float]


class FrozenEither(FrozenModel):
    samples: ComplexSamples | tuple[float, ...] | list[Any]


class Optional(Model):
    samples: ComplexSamples | None = None
    more: ComplexSamples = field(default_factory=ComplexSamples)


def _types(value: Any) -> Any:
    """The value with every number replaced by its type: 0 is not 0.0."""
    if isinstance(value, list):
        return [_types(item) for item in value]
    if isinstance(value, dict):
        return {key: _types(item) for key, item in value.items()}
    return type(value)


# --- round trips ---


@given(payloads(Pulse) | payloads(FrozenPulse))
def test_any_payload_is_written_back_exactly(payload: dict[str, Any]) -> None:
    for cls in (Pulse, FrozenPulse):
        kept = json.dumps(payload)
        back = cls.from_dict(payload).to_dict()
        assert back == payload
        assert _types(back) == _types(payload)
        assert json.dumps(payload) == kept  # the input is not changed


@given(st.lists(st.complex_numbers(allow_nan=False), max_size=6))
def test_complex_values_read_back(values: list[complex]) -> None:
    samples = ComplexSamples(values)
    assert list(samples) == values
    assert [samples[i] for i in range(len(values))] == values
    assert samples == ComplexSamples.from_pairs(samples.to_pairs())


def test_ints_and_signed_zeros_are_kept_where_they_were() -> None:
    big = 2**60 + 1  # no float holds it: the int itself is written back
    payload = {"name": "p", "samples": [[0, 0.5], [-0.0, big], [1.0, -3]]}
    item = Pulse.from_dict(payload)
    assert item.to_dict() == payload
    assert _types(item.to_dict()) == _types(payload)
    assert str(item.to_dict()["samples"][1][0]) == "-0.0"
    assert item.samples[1] == complex(-0.0, float(big))


def test_the_payload_is_copied_not_shared() -> None:
    payload = {"name": "p", "samples": [[1.0, 2.0]]}
    item = Pulse.from_dict(payload)
    payload["samples"][0][0] = 9.0
    payload["samples"].append([3.0, 4.0])
    assert item.to_dict() == {"name": "p", "samples": [[1.0, 2.0]]}
    written = item.to_dict()
    written["samples"][0][1] = 7.0
    assert item.to_dict()["samples"] == [[1.0, 2.0]]


def test_an_empty_list_and_optional_fields() -> None:
    assert Pulse.from_dict({"name": "p", "samples": []}).samples == ComplexSamples()
    assert Optional.from_dict({}).to_dict() == {"samples": None, "more": []}
    found = Optional.from_dict({"samples": [[1, 2]], "more": [[0.5, 0.5]]})
    assert found.to_dict() == {"samples": [[1, 2]], "more": [[0.5, 0.5]]}


@given(payloads(Either) | payloads(FrozenEither))
def test_in_a_union_each_member_keeps_its_own_values(payload: dict[str, Any]) -> None:
    for cls in (Either, FrozenEither):
        try:
            found = cls.from_dict(payload)
        except ValidationError:
            continue  # FrozenEither's payloads are not all Either's
        assert found.to_dict() == payload
        assert _types(found.to_dict()) == _types(payload)


def test_in_a_union_a_list_goes_to_its_own_member() -> None:
    assert Either.from_dict({"samples": [1.0, 2.0]}).to_dict() == {"samples": [1.0, 2.0]}
    assert type(Either([1.0, 2.0]).samples) is list
    assert type(Either.from_dict({"samples": [[1.0, 2]]}).samples) is ComplexSamples
    assert Either.from_dict({"samples": [[1.0, 2]]}).to_dict() == {"samples": [[1.0, 2]]}
    frozen = FrozenEither.from_dict({"samples": [1, 2.5]})
    assert frozen.samples == (1, 2.5)
    assert FrozenEither.from_dict(frozen.to_dict()) == frozen
    # Outside a union the constructor also takes pairs; here only the type itself.
    with pytest.raises(ValidationError, match=r"Either\.samples\[0\]: expected float, got list"):
        Either([[1.0, 2.0]])  # type: ignore[list-item]
    assert Either(ComplexSamples([1j])).to_dict() == {"samples": [[0.0, 1.0]]}


# --- errors ---


@pytest.mark.parametrize(
    ("samples", "message"),
    [
        ({"0": [1, 2]}, r"Pulse\.samples: expected \[re, im\] pairs as a list, got dict"),
        ([[1.0, 2.0], [1.0]], r"Pulse\.samples\[1\]: expected a \[re, im\] pair, got list"),
        ([[1.0, 2.0, 3.0]], r"Pulse\.samples\[0\]: expected a \[re, im\] pair"),
        ([[1.0, 2.0], 1.5], r"Pulse\.samples\[1\]: expected a \[re, im\] pair, got float"),
        ([[1.0, "2"]], r"Pulse\.samples\[0\]\[1\]: expected float, got str"),
        ([[0.0, 0.0], [True, 0.0]], r"Pulse\.samples\[1\]\[0\]: expected float, got bool"),
        ([[None, 0.0]], r"Pulse\.samples\[0\]\[0\]: expected float, got None"),
        ([[1.0, 1j]], r"Pulse\.samples\[0\]\[1\]: expected float, got complex"),
        ([[0, 10**400]], r"Pulse\.samples\[0\]\[1\]: expected float, got a number out of range"),
    ],
)
def test_a_bad_pair_is_named(samples: Any, message: str) -> None:
    payload = {"name": "p", "samples": samples}
    kept = repr(payload)
    with pytest.raises(ValidationError, match=message):
        Pulse.from_dict(payload)
    assert repr(payload) == kept


def test_the_constructor_takes_samples_pairs_or_complex_values() -> None:
    assert Pulse("p", [[1, 2]]).to_dict()["samples"] == [[1, 2]]  # type: ignore[arg-type]
    assert list(Pulse("p", (1j, 2)).samples) == [1j, 2]  # type: ignore[arg-type]
    for bad in ("12", {"a": 1}, 3, [1j, "x"], [[1, 2], 3]):
        with pytest.raises(TypeError, match="samples"):
            Pulse("p", bad)  # type: ignore[arg-type]


def test_building_from_values_refuses_what_is_no_number() -> None:
    with pytest.raises(TypeError, match=r"sample 1: expected complex, got bool"):
        ComplexSamples([1.0, True])
    with pytest.raises(TypeError, match=r"sample 0: expected complex, got str"):
        ComplexSamples(["1+2j"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="sample 0: out of range"):
        ComplexSamples([10**400])
    with pytest.raises(ValueError, match=r"^\[2\]: expected a \[re, im\] pair"):
        ComplexSamples.from_pairs([(1, 2), (3, 4), (5,)])
    with pytest.raises(ValueError, match=r"expected \[re, im\] pairs as a list"):
        ComplexSamples.from_pairs(5)  # type: ignore[arg-type]


def test_a_list_assigned_to_a_mutable_model_is_written_as_pairs() -> None:
    item = Pulse("p", ComplexSamples())
    item.samples = [0.5j]  # type: ignore[assignment]
    assert item.to_dict() == {"name": "p", "samples": [[0.0, 0.5]]}
    item.samples = "x"  # type: ignore[assignment]
    with pytest.raises(TypeError, match="expected ComplexSamples"):
        item.to_dict()


# --- a value: sequence, immutable, hashable ---


def test_it_reads_as_a_sequence_of_complex() -> None:
    samples = ComplexSamples.from_pairs([[0, 1], [2.0, 3.0], [4.5, -1]])
    assert len(samples) == 3
    assert samples[-1] == complex(4.5, -1)
    assert samples[0] == 1j
    with pytest.raises(IndexError):
        samples[3]
    with pytest.raises(IndexError):
        samples[-4]
    with pytest.raises(TypeError):
        samples[1.5]  # type: ignore[call-overload]
    assert samples[1:].to_pairs() == [[2.0, 3.0], [4.5, -1]]
    assert type(samples[1:]) is ComplexSamples
    assert 2 + 3j in samples
    assert samples.index(complex(4.5, -1)) == 2
    assert list(reversed(samples)) == [complex(4.5, -1), 2 + 3j, 1j]
    assert repr(samples) == "ComplexSamples.from_pairs([[0, 1], [2.0, 3.0], [4.5, -1]])"


def test_it_is_immutable_and_hashable() -> None:
    samples = ComplexSamples([1j])
    with pytest.raises(AttributeError):
        samples._flat = None  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del samples._ints
    with pytest.raises(AttributeError):
        samples.other = 1  # type: ignore[attr-defined]
    assert hash(ComplexSamples([0.0])) == hash(ComplexSamples([-0.0]))
    assert ComplexSamples([0.0]) == ComplexSamples([-0.0])
    assert {ComplexSamples([1j]): 1}[ComplexSamples.from_pairs([[0.0, 1.0]])] == 1


def test_equality_is_as_strict_as_the_payload() -> None:
    floats = ComplexSamples.from_pairs([[1.0, 0.0]])
    ints = ComplexSamples.from_pairs([[1, 0]])
    assert floats != ints  # they write different payloads
    assert floats != [1 + 0j]
    assert Pulse("p", floats) != Pulse("p", ints)
    assert FrozenPulse("p", floats) != FrozenPulse("p", ints)


def test_copy_and_pickle() -> None:
    samples = ComplexSamples.from_pairs([[1, 2.5], [0.0, -1.0]])
    assert copy.copy(samples) is samples
    assert copy.deepcopy(samples) is samples
    again = pickle.loads(pickle.dumps(samples))
    assert again == samples
    assert again.to_pairs() == [[1, 2.5], [0.0, -1.0]]
    frozen = FrozenPulse("p", samples)
    assert pickle.loads(pickle.dumps(frozen)) == frozen
    assert hash(pickle.loads(pickle.dumps(frozen))) == hash(frozen)
    item = Pulse("p", samples)
    copied = copy.deepcopy(item)
    assert copied == item
    assert copied.samples is item.samples  # immutable: shared


def test_subclasses_and_redeclared_defaults() -> None:
    class Named(Pulse):
        samples: ComplexSamples = field(default_factory=lambda: ComplexSamples([1.0]))

    assert Named("n").to_dict() == {"name": "n", "samples": [[1.0, 0.0]]}
    assert Named.from_dict({"name": "n", "samples": [[0, 2]]}).samples[0] == 2j
