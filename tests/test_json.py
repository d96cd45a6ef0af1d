"""``Model.from_json`` and ``to_json``: exactly ``from_dict(json.loads(data))``
and ``json.dumps(to_dict())``, with or without msgspec's faster decoder."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import FrozenJobStatus, JobStatus, ValidationError
from qiskit_provider_models._machinery import json_io as _json
from qiskit_provider_models.strategies import payloads

from .backend_payloads import properties


def _refusing(data: bytes | str) -> Any:
    raise ValueError("a decoder that refuses everything")


@pytest.fixture(params=["json.loads", "fast decoder", "refusing decoder"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each way ``from_json`` may parse: alone, through a decoder that parses
    (``json.loads`` itself stands for msgspec's where it is not installed),
    and through one that refuses, so that ``json.loads`` decides."""
    chosen: dict[str, Callable[[bytes | str], Any] | None] = {
        "json.loads": None,
        "fast decoder": json.loads,
        "refusing decoder": _refusing,
    }
    monkeypatch.setattr(_json, "_decoders", [chosen[request.param]])
    return str(request.param)


@given(payload=payloads(JobStatus))
def test_from_json_is_from_dict_of_json_loads(payload: dict[str, Any]) -> None:
    text = json.dumps(payload)
    for data in (text, text.encode()):
        assert JobStatus.from_json(data) == JobStatus.from_dict(json.loads(data))
        assert FrozenJobStatus.from_json(data).to_json() == text


def test_every_parser_gives_the_same_values_and_errors(decoder: str) -> None:
    from qiskit_provider_models import BackendProperties

    text = json.dumps(properties())
    assert BackendProperties.from_json(text) == BackendProperties.from_dict(properties())
    assert BackendProperties.from_json(text).to_json() == text
    with pytest.raises(json.JSONDecodeError) as raised:
        JobStatus.from_json('{"job_id": ')
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads('{"job_id": ')
    assert str(raised.value) == str(expected.value)
    with pytest.raises(ValidationError, match="job_id"):
        JobStatus.from_json(b'{"status": "DONE", "status_msg": "ok"}')
    # What json.loads reads and a strict decoder may refuse: NaN, huge ints.
    odd = JobStatus.from_json('{"job_id": "1", "status": "s", "status_msg": "m", "n": NaN}')
    assert odd.extras["n"] != odd.extras["n"]
    big = JobStatus.from_json('{"job_id": "1", "status": "s", "status_msg": "m", "b": 1e999}')
    assert big.extras["b"] == float("inf")
    huge = '{"job_id": "1", "status": "s", "status_msg": "m", "i": 1' + "0" * 30 + "}"
    assert JobStatus.from_json(huge).extras["i"] == 10**30


def test_from_json_returns_the_class_it_is_called_on() -> None:
    class IBMJobStatus(JobStatus):
        queue_position: int | None = None

    status = IBMJobStatus.from_json('{"job_id": "1", "status": "s", "status_msg": "m"}')
    assert type(status) is IBMJobStatus


def test_from_json_and_to_json_are_reserved_names() -> None:
    from qiskit_provider_models import Model

    with pytest.raises(TypeError, match="reserved"):

        class Clash(Model):
            to_json: str
