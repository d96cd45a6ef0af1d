"""Hypothesis strategies for this project's tests: payloads, keys, instances."""

from __future__ import annotations

import keyword
from typing import Any

from hypothesis import strategies as st

from qiskit_provider_models import FrozenJobStatus, JobStatus

FIELDS = ("job_id", "status", "status_msg")

#: Keys that have broken models elsewhere: names of methods and attributes,
#: of the constructor's parameters, keywords, dunders, and non-identifiers.
HOSTILE_KEYS: tuple[str, ...] = tuple(
    sorted(
        {
            *dir(object),
            *dir(JobStatus),
            *dir(FrozenJobStatus),
            *keyword.kwlist,
            *keyword.softkwlist,
            "self",
            "cls",
            "extras",
            "data",
            "kwargs",
            "_data",
            "__dict__",
            "__slots__",
            "__qpm_self",
            "__qpm_kwargs",
            "_qpm_extras_for_replace",
            "",
            " ",
            "a b",
            "0",
            "ünïcödé",
            "\x00",
            "key\nwith newline",
            "x" * 1000,
        }
        - set(FIELDS)
    )
)

extra_keys = st.one_of(st.sampled_from(HOSTILE_KEYS), st.text(max_size=20)).filter(
    lambda k: k not in FIELDS
)

# JSON-like values. NaN is left out: it is not equal to itself, so no
# container holding it compares equal, round trip or not.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)

field_values = st.text(max_size=30)

extras_dicts = st.dictionaries(extra_keys, json_values, max_size=8)


@st.composite
def payloads(
    draw: st.DrawFn, *, extras: st.SearchStrategy[dict[str, Any]] = extras_dicts
) -> dict[str, Any]:
    """A valid ``JobStatus`` payload in canonical order: fields, then extras."""
    payload: dict[str, Any] = {name: draw(field_values) for name in FIELDS}
    payload.update(draw(extras))
    return payload


@st.composite
def shuffled_payloads(draw: st.DrawFn) -> dict[str, Any]:
    """A valid payload with its keys in any order."""
    payload = draw(payloads())
    order = draw(st.permutations(list(payload)))
    return {key: payload[key] for key in order}


def instances(cls: type[JobStatus] | type[FrozenJobStatus] | None = None) -> st.SearchStrategy[Any]:
    """Instances of ``JobStatus`` or ``FrozenJobStatus`` (both when ``cls`` is None)."""
    classes = st.just(cls) if cls is not None else st.sampled_from([JobStatus, FrozenJobStatus])
    return st.builds(lambda c, p: c.from_dict(p), classes, payloads())


class StrSubclass(str):
    """A str subclass: rejected as a key, as it could pose as a field's name."""


class Impostor:
    """A non-str key that hashes and compares equal to ``"job_id"``."""

    def __hash__(self) -> int:
        return hash("job_id")

    def __eq__(self, other: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "Impostor()"


class Explosive:
    """A key whose comparison raises: any lookup that collides with it fails."""

    def __init__(self, poses_as: str) -> None:
        self.poses_as = poses_as

    def __hash__(self) -> int:
        return hash(self.poses_as)

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("compared")

    def __repr__(self) -> str:
        return f"Explosive({self.poses_as!r})"


class CountsRepr:
    """A value whose repr counts its calls: error messages must not write
    more of a payload than they show."""

    calls = 0

    def __repr__(self) -> str:
        CountsRepr.calls += 1
        return "CountsRepr()"


non_str_keys = st.one_of(
    st.integers(),
    st.none(),
    st.tuples(st.integers()),
    st.binary(max_size=4),
    st.booleans(),
    st.floats(allow_nan=False),
    st.sampled_from(FIELDS).map(StrSubclass),
    st.builds(Impostor),
    st.sampled_from(FIELDS).map(Explosive),
)

#: Field values, right or wrong.
any_field_values = st.one_of(field_values, json_values)


@st.composite
def hostile_payloads(draw: st.DrawFn) -> dict[Any, Any]:
    """Payloads that may miss fields, carry wrong types or any kind of key, in any order."""
    payload: dict[Any, Any] = {}
    for name in FIELDS:
        if draw(st.integers(0, 9)):  # mostly present
            payload[name] = draw(any_field_values)
    keys = st.one_of(extra_keys, non_str_keys) if draw(st.booleans()) else extra_keys
    for key in draw(st.lists(keys, max_size=6)):
        if any(hash(k) == hash(key) for k in payload):
            # An Explosive cannot even be stored beside a key of its hash, and
            # an Impostor would only rename another key: the dedicated tests
            # in test_hostile_input.py cover those meetings.
            continue
        payload[key] = draw(json_values)
    order = draw(st.permutations(list(payload)))
    return {key: payload[key] for key in order}
