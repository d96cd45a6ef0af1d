"""Hypothesis strategies for any model: valid payloads and valid instances.

Needs Hypothesis (``pip install 'qiskit-provider-models[hypothesis]'``).
With the package installed, Hypothesis loads this module by itself, so
``hypothesis.strategies.from_type(MyModel)`` gives instances of any model,
a plugin's own included.

>>> from hypothesis import given
>>> from qiskit_provider_models import JobStatus
>>> from qiskit_provider_models.strategies import payloads
>>> @given(payloads(JobStatus))
... def test_round_trip(payload):
...     assert JobStatus.from_dict(payload).to_dict() == payload
>>> test_round_trip()

Payloads have every field (a field declared ``= ABSENT`` only sometimes),
in declaration order, then (for models that keep
them) extras under keys that are not fields, so that
``to_dict(from_dict(p)) == p`` holds for every one, except for an untagged
union whose earlier member accepts a later member's payload (see the
round-trip conditions in docs/models.md). A model with a
``__post_init__`` check gets only payloads that pass it: drawn payloads that
its ``from_dict`` refuses are filtered out (Hypothesis draws again), so a
check that refuses most values can make a strategy fail its health check.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import types
import typing
from typing import Any, Literal, TypeVar, Union

import typing_extensions
from hypothesis import strategies as st

from ._common.fields import ABSENT, payload_key
from ._field_types.aliases import alias_value, is_alias
from ._field_types.dispatch import NEW_TYPES, resolve_hints
from ._field_types.samples import ComplexSamples
from ._machinery.model import Model, for_every_model

__all__ = [
    "QUBIT_PROPERTIES",
    "backend_properties_payloads",
    "configuration_payloads",
    "datetime_texts",
    "extra_values",
    "instances",
    "payloads",
    "register",
]

M = TypeVar("M", bound=Model)

#: Values for extras and ``Any`` fields: what JSON can carry. NaN is left
#: out, as it is not equal to itself and no round trip could compare equal.
extra_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)

_cache: dict[type, st.SearchStrategy[dict[str, Any]]] = {}


def payloads(model: type[Model]) -> st.SearchStrategy[dict[str, Any]]:
    """Valid payload dicts for ``model``, with extras when it keeps them."""
    if model not in _cache:
        # Deferred, so that a model that contains itself can be drawn.
        _cache[model] = st.deferred(lambda: _payloads(model))
    return _cache[model]


def instances(model: type[M]) -> st.SearchStrategy[M]:
    """Valid instances of ``model``, made by ``from_dict`` from ``payloads``."""
    return payloads(model).map(model.from_dict)


def register() -> None:
    """Register ``instances(M)`` for every model ``M``, now and declared
    later, with ``st.from_type``. Hypothesis's entry point does it where the
    package is installed; call it where entry points are not loaded.

    >>> register()  # st.from_type(JobStatus) now draws JobStatus instances
    """

    def add(model: type) -> None:
        st.register_type_strategy(model, instances)

    for_every_model("hypothesis", add, Model)


def _payloads(model: type[Model]) -> st.SearchStrategy[dict[str, Any]]:
    hints = resolve_hints(model)
    declared = dataclasses.fields(model)
    by_key = {payload_key(f): f.name for f in declared}
    # A field declared ``= ABSENT`` is drawn with its key, or without it.
    optional = {payload_key(f) for f in declared if f.default is ABSENT}
    fields = st.fixed_dictionaries(
        {key: _values(hints[name]) for key, name in by_key.items() if key not in optional},
        optional={key: _values(hints[by_key[key]]) for key in optional},
    )
    # Declaration order, the keys that were drawn.
    fields = fields.map(lambda drawn: {key: drawn[key] for key in by_key if key in drawn})
    if model._qpm_extra == "allow":  # type: ignore[attr-defined]
        keys = st.text(max_size=12).filter(lambda key: key not in by_key)
        extras = st.dictionaries(keys, extra_values, max_size=4)
        fields = st.builds(_merged, fields, extras)
    if callable(getattr(model, "__post_init__", None)):
        return fields.filter(lambda payload: _accepted(model, payload))
    return fields


def _merged(fields: dict[str, Any], extras: dict[str, Any]) -> dict[str, Any]:
    """A payload's fields, then its extras."""
    return {**fields, **extras}


def _accepted(model: type[Model], payload: dict[str, Any]) -> bool:
    """Whether ``model``'s own checks (its ``__post_init__``) accept ``payload``.

    A ``ValueError`` (``ValidationError`` is one) is a refusal; any other
    exception is a bug in the check and fails the test.
    """
    try:
        model.from_dict(payload)
    except ValueError:
        return False
    return True


@st.composite
def datetime_texts(draw: st.DrawFn) -> str:
    """ISO 8601 texts in the forms every supported Python reads: ``T`` or a
    space, with or without seconds, 0 to 6 fraction digits, and no offset,
    ``Z``, ``±HH:MM`` or ``±HHMM``."""
    when = draw(st.datetimes())
    text = f"{when.date().isoformat()}{draw(st.sampled_from('T '))}{when:%H:%M}"
    if draw(st.booleans()):
        text += f":{when:%S}"
        digits = draw(st.integers(0, 6))
        if digits:
            text += "." + f"{when.microsecond:06d}"[:digits]
    form = draw(st.sampled_from(["", "Z", "+HH:MM", "+HHMM"]))
    if form == "Z":
        text += "Z"
    elif form:
        offset = draw(st.integers(0, 24 * 60 - 1))  # minutes; -00:00 is allowed
        sign = draw(st.sampled_from("+-"))
        text += f"{sign}{offset // 60:02d}{':' if ':' in form else ''}{offset % 60:02d}"
    return text


_sample_parts = st.floats(allow_nan=False) | st.integers(-(2**64), 2**64)


def _values(annotation: Any) -> st.SearchStrategy[Any]:
    """Payload values that a field of this annotation accepts."""
    simple: dict[Any, st.SearchStrategy[Any]] = {
        datetime.datetime: datetime_texts(),
        datetime.date: st.dates().map(datetime.date.isoformat),
        str: st.text(max_size=20),
        int: st.integers(),
        float: st.floats(allow_nan=False) | st.integers(),
        # Floats only: an int in the pair is written back as a float.
        complex: st.lists(st.floats(allow_nan=False), min_size=2, max_size=2),
        # [re, im] pairs, ints among them (kept as ints), any an int too large
        # for a float left out (refused).
        ComplexSamples: st.lists(st.lists(_sample_parts, min_size=2, max_size=2), max_size=4),
        bool: st.booleans(),
        None: st.none(),
        type(None): st.none(),
        Any: extra_values,
        object: extra_values,
    }
    if annotation in simple:
        return simple[annotation]
    if isinstance(annotation, NEW_TYPES):
        return _values(annotation.__supertype__)
    if is_alias(annotation):
        return _alias_values(annotation)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Annotated, typing_extensions.Annotated):
        return _values(args[0])
    if origin in (Union, types.UnionType):
        return st.one_of([_values(arg) for arg in args])
    if origin in (Literal, typing_extensions.Literal):
        # Literal[Kind.A]: the payload holds the member's value.
        return st.sampled_from([v.value if isinstance(v, enum.Enum) else v for v in args])
    if origin is list or annotation is list:
        return st.lists(_values(args[0]) if args else extra_values, max_size=3)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(_values(args[0]), max_size=3)
        return st.tuples(*map(_values, args)).map(list)
    if origin is dict or annotation is dict:
        values = _values(args[1]) if args else extra_values
        return st.dictionaries(st.text(max_size=8), values, max_size=3)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return st.sampled_from([member.value for member in annotation])
    if isinstance(annotation, type) and issubclass(annotation, Model):
        return payloads(annotation)
    raise TypeError(f"no strategy for field type {annotation!r}")


#: One strategy per alias: a recursive alias draws through ``st.deferred``,
#: which finds the alias's own strategy here.
_ALIAS_VALUES: dict[Any, st.SearchStrategy[Any]] = {}


def _alias_values(alias: Any) -> st.SearchStrategy[Any]:
    if alias not in _ALIAS_VALUES:
        _ALIAS_VALUES[alias] = st.deferred(lambda: _values(alias_value(alias)))
    return _ALIAS_VALUES[alias]


# --- realistic backends, for code that reads them through the accessors ---

#: Each qubit property real IBM payloads send, its unit and a range of values.
QUBIT_PROPERTIES: dict[str, tuple[str, float, float]] = {
    "T1": ("us", 10.0, 500.0),
    "T2": ("us", 5.0, 400.0),
    "frequency": ("GHz", 4.0, 6.0),
    "anharmonicity": ("GHz", -0.4, -0.2),
    "readout_error": ("", 0.0, 0.2),
    "prob_meas0_prep1": ("", 0.0, 0.2),
    "prob_meas1_prep0": ("", 0.0, 0.2),
    "readout_length": ("ns", 500.0, 5000.0),
}
_ONE_QUBIT_GATES = ("id", "rz", "sx", "x")
_TWO_QUBIT_GATES = ("cx", "cz", "ecr")


def _nduv(date: str, name: str, unit: str, value: float) -> dict[str, Any]:
    return {"date": date, "name": name, "unit": unit, "value": value}


@st.composite
def backend_properties_payloads(draw: st.DrawFn, max_qubits: int = 8) -> dict[str, Any]:
    """``BackendProperties`` payloads shaped like real IBM ones, so that code
    reading them through the accessors can be property-tested: every qubit
    has ``T1``, ``T2``, ``readout_error``, ``readout_length``, ... in their
    real units (``frequency`` and ``anharmonicity`` only on some backends,
    as Heron payloads lack them), and every gate entry is on existing
    qubits, with ``gate_error`` and ``gate_length`` (a ``reset`` without an
    error, as in real payloads; an ``operational`` property, sometimes 0).

    >>> from hypothesis import given, settings
    >>> from qiskit_provider_models import BackendProperties
    >>> @settings(max_examples=20)
    ... @given(backend_properties_payloads())
    ... def test_t1_is_in_seconds(payload):
    ...     props = BackendProperties.from_dict(payload)
    ...     assert all(1e-5 <= props.t1(q) <= 5e-4 for q in range(len(props.qubits)))
    >>> test_t1_is_in_seconds()
    """
    n = draw(st.integers(1, max_qubits))
    date = draw(datetime_texts())
    with_frequency = draw(st.booleans())
    numbers = {
        name: st.floats(low, high, allow_nan=False)
        for name, (_, low, high) in QUBIT_PROPERTIES.items()
    }
    qubits: list[list[dict[str, Any]]] = []
    for _ in range(n):
        row: list[dict[str, Any]] = []
        for name, (unit, _, _) in QUBIT_PROPERTIES.items():
            if name in ("frequency", "anharmonicity") and not with_frequency:
                continue
            row.append(_nduv(date, name, unit, draw(numbers[name])))
        qubits.append(row)
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    coupling = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=8)) if pairs else []
    two = draw(st.sampled_from(_TWO_QUBIT_GATES))
    error = st.floats(0.0, 0.1, allow_nan=False)
    length = st.floats(0.0, 1000.0, allow_nan=False)
    gates: list[dict[str, Any]] = []
    for gate, on in [(g, [q]) for q in range(n) for g in _ONE_QUBIT_GATES] + [
        (two, list(pair)) for pair in coupling
    ]:
        parameters = [
            _nduv(date, "gate_error", "", draw(error)),
            _nduv(date, "gate_length", "ns", draw(length)),
        ]
        if draw(st.integers(0, 9)) == 0:
            parameters.append(_nduv(date, "operational", "", draw(st.sampled_from([0, 1]))))
        gates.append({"qubits": on, "gate": gate, "parameters": parameters})
    gates += [
        {"qubits": [q], "gate": "reset", "parameters": [_nduv(date, "gate_length", "ns", 1320.0)]}
        for q in range(n)
    ]
    return {
        "backend_name": draw(st.sampled_from(["ibm_fez", "ibm_torino", "ibm_kyiv"])),
        "backend_version": "1.0.0",
        "last_update_date": date,
        "qubits": qubits,
        "gates": gates,
        "general": [],
    }


@st.composite
def configuration_payloads(draw: st.DrawFn, max_qubits: int = 8) -> dict[str, Any]:
    """``QasmBackendConfiguration`` payloads shaped like real IBM ones: a
    coupling map on the backend's qubits, basis gates that the gate entries
    (with their coupling maps) describe, and some of the optional keys in
    their real units (``dt`` in ns, ``rep_times`` in us, LO ranges in GHz).

    >>> from hypothesis import given, settings
    >>> from qiskit_provider_models import QasmBackendConfiguration
    >>> @settings(max_examples=20)
    ... @given(configuration_payloads())
    ... def test_dt_is_in_seconds(payload):
    ...     conf = QasmBackendConfiguration.from_dict(payload)
    ...     assert conf.dt < 1e-8 and conf.to_dict() == payload
    >>> test_dt_is_in_seconds()
    """
    n = draw(st.integers(1, max_qubits))
    pairs = [[a, b] for a in range(n) for b in range(n) if a != b]
    coupling = draw(st.lists(st.sampled_from(pairs), unique_by=tuple, max_size=8)) if pairs else []
    two = draw(st.sampled_from(_TWO_QUBIT_GATES))
    basis = [*_ONE_QUBIT_GATES, two]
    gates: list[dict[str, Any]] = [
        {
            "name": g,
            "parameters": [],
            "qasm_def": f"gate {g} q {{ U(0, 0, 0) q; }}",
            "coupling_map": [[q] for q in range(n)],
        }
        for g in _ONE_QUBIT_GATES
    ]
    gates.append({"name": two, "parameters": [], "qasm_def": None, "coupling_map": coupling})
    payload: dict[str, Any] = {
        "backend_name": draw(st.sampled_from(["ibm_fez", "ibm_torino", "ibm_kyiv"])),
        "backend_version": "1.0.0",
        "n_qubits": n,
        "basis_gates": basis,
        "gates": gates,
        "local": False,
        "simulator": False,
        "conditional": False,
        "open_pulse": False,
        "memory": True,
        "max_shots": draw(st.sampled_from([4000, 100000])),
        "coupling_map": coupling or None,
        "supported_instructions": [*basis, "measure", "delay"],
        "dt": 0.2222222222222222,
        "dtm": 0.2222222222222222,
        "rep_times": [draw(st.floats(100.0, 1000.0, allow_nan=False))],
        "qubit_lo_range": [[4.5, 5.5] for _ in range(n)],
        "meas_lo_range": [[6.5, 7.5] for _ in range(n)],
    }
    if draw(st.booleans()):
        payload["dynamic_reprate_enabled"] = True
        payload["rep_delay_range"] = [0.0, 500.0]
        payload["default_rep_delay"] = 250.0
    return payload
