"""The Qiskit 2 world's shared helpers: where qiskit-ibm-runtime looks its
vendored models up, the swap of this package's classes into those places,
and comparisons of what runtime builds that name the first difference.
(Aer's comparisons are in ``support_qiskit2_aer``.)

Imported by the ``test_qiskit2_*`` modules after their ``importorskip``
calls: this module needs Qiskit 2.x, qiskit-ibm-runtime and qiskit-aer.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import qiskit_ibm_runtime
from qiskit_ibm_runtime import fake_provider, ibm_backend
from qiskit_ibm_runtime import models as runtime_models
from qiskit_ibm_runtime.fake_provider import fake_backend
from qiskit_ibm_runtime.fake_provider.fake_backend import FakeBackendV2
from qiskit_ibm_runtime.models.exceptions import BackendPropertyError as RuntimePropertyError
from qiskit_ibm_runtime.utils import backend_decoder

import qiskit_provider_models as ours

BACKENDS = Path(qiskit_ibm_runtime.__file__).parent / "fake_provider" / "backends"

#: Where runtime looks each vendored model up when its code runs (module
#: globals read at call time), and the class of this package put there. The
#: ``except BackendPropertyError`` clauses (``fake_backend``,
#: ``utils.backend_converter``) are left alone on purpose: users cannot
#: change them, so this package's error must be caught by them as they are.
SWAPS: dict[Any, dict[str, type]] = {
    fake_backend: {
        "BackendConfiguration": ours.BackendConfiguration,
        "BackendProperties": ours.BackendProperties,
        "BackendStatus": ours.BackendStatus,
    },
    backend_decoder: {
        "BackendProperties": ours.BackendProperties,
        "QasmBackendConfiguration": ours.QasmBackendConfiguration,
    },
    ibm_backend: {
        "BackendStatus": ours.BackendStatus,
        "GateConfig": ours.GateConfig,
        "QasmBackendConfiguration": ours.QasmBackendConfiguration,
    },
}


def check_swap_points() -> None:
    """Each place in ``SWAPS`` holds runtime's own class today (so a runtime
    that moved its imports fails here instead of silently testing nothing)."""
    for module, names in SWAPS.items():
        for name in names:
            found = getattr(module, name)
            assert found is getattr(runtime_models, name), (module.__name__, name, found)


@contextlib.contextmanager
def package_models() -> Iterator[None]:
    """Runtime's code runs with this package's classes in place of its own."""
    with pytest.MonkeyPatch.context() as patch:
        for module, names in SWAPS.items():
            for name, cls in names.items():
                patch.setattr(module, name, cls)
        yield


def fake_backend_classes() -> list[type[FakeBackendV2]]:
    """Every fake backend runtime ships (its ``fake_provider`` exports)."""
    found = [
        cls
        for cls in vars(fake_provider).values()
        if isinstance(cls, type) and issubclass(cls, FakeBackendV2) and cls is not FakeBackendV2
    ]
    return sorted(found, key=lambda cls: cls.__name__)


def payload_pairs() -> list[tuple[Path, Path]]:
    """Every conf/props pair runtime ships: each props file with its folder's conf."""
    pairs = []
    for conf in sorted(BACKENDS.glob("*/conf_*.json")):
        pairs += [(conf, props) for props in sorted(conf.parent.glob("props_*.json"))]
    return pairs


def load(path: Path) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(path.read_text())
    return payload


# --- plain values: what a value is, as comparable text ---

ABSENT = "<no such attribute>"


def plain(value: Any) -> Any:
    """A value with datetimes as their ISO text (offset included), an Nduv as
    its four attributes and other models as their ``to_dict()``; container
    types are kept (a list is not a tuple), and so are the types of dates
    (text stays text), so ``repr`` of the result tells every difference that
    matters."""
    if isinstance(value, datetime):
        return ("datetime", value.isoformat())
    if isinstance(value, dict):
        return {plain(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(plain(item) for item in value)
    if all(hasattr(value, name) for name in ("date", "name", "unit", "value")):  # an Nduv
        return ("Nduv", plain(value.date), value.name, value.unit, repr(value.value))
    if hasattr(value, "to_dict") and not isinstance(value, type):
        return ("model", plain(value.to_dict()))
    return value


def outcome(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """What a call gives: its plain value's repr, or the error it raises. Any
    ``BackendPropertyError`` that runtime's ``except`` clauses catch reads the
    same, whatever its class; one they do not catch reads differently."""
    try:
        value = call(*args, **kwargs)
    except RuntimePropertyError as error:
        return ("runtime's BackendPropertyError", getattr(error, "message", str(error)))
    except Exception as error:
        return ("raised", type(error).__qualname__, getattr(error, "message", str(error)))
    return repr(plain(value))


def first_difference(pairs: Iterator[tuple[str, Any, Any]]) -> str | None:
    for where, found, expected in pairs:
        if found != expected:
            return f"{where}: package gives {found!r}, runtime gives {expected!r}"
    return None


# --- Target ---

TARGET_ATTRIBUTES = (
    "num_qubits",
    "dt",
    "granularity",
    "min_length",
    "pulse_alignment",
    "acquire_alignment",
    "concurrent_measurements",
)


def _operation(op: Any) -> Any:
    if isinstance(op, type):  # control flow: the class itself
        return ("class", op.__module__, op.__qualname__)
    params = [str(param) for param in op.params]
    return (type(op).__qualname__, op.name, op.num_qubits, op.num_clbits, params)


def _instruction_properties(props: Any) -> Any:
    if props is None:
        return None
    return (repr(props.error), repr(props.duration))


def _qubit_properties(qubit_properties: Any) -> Any:
    if qubit_properties is None:
        return None
    return [
        None if q is None else (repr(q.t1), repr(q.t2), repr(q.frequency)) for q in qubit_properties
    ]


def _target_pairs(mine: Any, theirs: Any) -> Iterator[tuple[str, Any, Any]]:
    for name in TARGET_ATTRIBUTES:
        yield name, repr(getattr(mine, name, ABSENT)), repr(getattr(theirs, name, ABSENT))
    yield (
        "qubit_properties",
        _qubit_properties(mine.qubit_properties),
        _qubit_properties(theirs.qubit_properties),
    )
    yield "operation names", sorted(mine.operation_names), sorted(theirs.operation_names)
    for name in sorted(theirs.operation_names):
        op_mine, op_theirs = mine.operation_from_name(name), theirs.operation_from_name(name)
        yield f"operation {name}", _operation(op_mine), _operation(op_theirs)
        qargs_mine = mine.qargs_for_operation_name(name)
        qargs_theirs = theirs.qargs_for_operation_name(name)
        yield (
            f"{name} qargs",
            None if qargs_mine is None else sorted(qargs_mine),
            None if qargs_theirs is None else sorted(qargs_theirs),
        )
        table_mine, table_theirs = mine[name], theirs[name]
        for qargs in sorted(table_theirs, key=repr):
            yield (
                f"{name}{qargs} error, duration",
                _instruction_properties(table_mine.get(qargs, ABSENT)),
                _instruction_properties(table_theirs[qargs]),
            )
        yield (
            f"{name} angle bounds",
            mine.gate_has_angle_bounds(name),
            theirs.gate_has_angle_bounds(name),
        )


def target_difference(mine: Any, theirs: Any) -> str | None:
    """The first difference between two Targets (instructions, qargs, errors,
    durations, dt and the other timing values, qubit properties), or None."""
    return first_difference(_target_pairs(mine, theirs))


# --- BackendProperties, through runtime's accessors ---

QUBIT_METHODS = (
    "t1",
    "t2",
    "frequency",
    "readout_error",
    "readout_length",
    "is_qubit_operational",
    "qubit_property",
)


def _properties_pairs(mine: Any, theirs: Any) -> Iterator[tuple[str, Any, Any]]:
    for name in ("backend_name", "backend_version", "last_update_date", "general"):
        yield name, repr(plain(getattr(mine, name))), repr(plain(getattr(theirs, name)))
    yield "len(qubits)", len(mine.qubits), len(theirs.qubits)
    yield "bool()", bool(mine), bool(theirs)
    for qubit in range(len(theirs.qubits) + 1):  # and one that is not there
        for method in QUBIT_METHODS:
            yield (
                f"{method}({qubit})",
                outcome(getattr(mine, method), qubit),
                outcome(getattr(theirs, method), qubit),
            )
        yield (
            f"qubit_property(qubit={qubit}, name='T1')",
            outcome(mine.qubit_property, qubit=qubit, name="T1"),
            outcome(theirs.qubit_property, qubit=qubit, name="T1"),
        )
    for entry in theirs.gates:
        gate, qubits = entry.gate, entry.qubits
        for method in ("gate_error", "gate_length", "gate_property", "is_gate_operational"):
            yield (
                f"{method}({gate!r}, {qubits})",
                outcome(getattr(mine, method), gate, qubits),
                outcome(getattr(theirs, method), gate, qubits),
            )
    names = sorted({entry.gate for entry in theirs.gates} | {"switch_case", "if_else", "nope"})
    for gate in names:
        for method in ("gate_property", "is_gate_operational"):
            yield (
                f"{method}({gate!r})",
                outcome(getattr(mine, method), gate),
                outcome(getattr(theirs, method), gate),
            )
    yield "faulty_qubits()", outcome(mine.faulty_qubits), outcome(theirs.faulty_qubits)
    yield (
        "faulty_gates()",
        [(g.gate, list(g.qubits)) for g in mine.faulty_gates()],
        [(g.gate, list(g.qubits)) for g in theirs.faulty_gates()],
    )
    for i, (gate_mine, gate_theirs) in enumerate(zip(mine.gates, theirs.gates, strict=True)):
        for name in ("gate", "qubits", "parameters", "name"):
            yield (
                f"gates[{i}].{name}",
                repr(plain(getattr(gate_mine, name, ABSENT))),
                repr(plain(getattr(gate_theirs, name, ABSENT))),
            )


def properties_difference(mine: Any, theirs: Any) -> str | None:
    """The first difference in what runtime's accessors and attributes give."""
    return first_difference(_properties_pairs(mine, theirs))


# --- configuration ---

#: Attributes runtime 0.51's QasmBackendConfiguration sets to None when the
#: payload lacks them (explicit parameters with a None default that it always
#: stores). This package follows Qiskit 1.4 there (docs/migration.md): no
#: attribute, so ``getattr(conf, name, None)`` gives runtime's answer.
RUNTIME_NONE_DEFAULTS = ("meas_levels", "meas_kernels", "discriminators")

GATE_CONFIG_ATTRIBUTES = (
    "name",
    "parameters",
    "qasm_def",
    "coupling_map",
    "latency_map",
    "conditional",
    "description",
)


def absent_none_defaults(payload: dict[str, Any]) -> list[str]:
    """The ``RUNTIME_NONE_DEFAULTS`` that ``payload`` lacks."""
    return [name for name in RUNTIME_NONE_DEFAULTS if name not in payload]


def configuration_names(payload: dict[str, Any], theirs: Any) -> list[str]:
    """The names to compare: the payload's keys, the attributes runtime's
    object has, and ``num_qubits``; not the ``RUNTIME_NONE_DEFAULTS`` that
    the payload lacks (``check_absent_as_documented`` checks those)."""
    names = set(payload) | set(vars(theirs)) | {"num_qubits"}
    return sorted(names - {"_data", "gates", *absent_none_defaults(payload)})


def check_absent_as_documented(
    mine: Any, theirs: Any, names: list[str], read: Callable[[Any, str], Any] = getattr
) -> None:
    """Each of ``names`` (absent from the payload) is None on runtime's
    configuration and no attribute on this package's (as on Qiskit 1.4's):
    reading it (with ``read``) raises AttributeError naming it, and
    ``getattr(conf, name, None)`` gives runtime's None."""
    for name in names:
        assert read(theirs, name) is None, name
        with pytest.raises(AttributeError, match=re.escape(repr(name))):
            read(mine, name)
        assert getattr(mine, name, None) is None, name
        assert not hasattr(mine, name), name


def _configuration_pairs(
    mine: Any, theirs: Any, names: list[str], read: Callable[[Any, str], Any]
) -> Iterator[tuple[str, Any, Any]]:
    for name in names:
        yield name, outcome(read, mine, name), outcome(read, theirs, name)
    yield "len(gates)", len(mine.gates), len(theirs.gates)
    for gate_mine, gate_theirs in zip(mine.gates, theirs.gates, strict=False):
        for name in GATE_CONFIG_ATTRIBUTES:
            yield (
                f"gate {gate_theirs.name}.{name}",
                repr(plain(getattr(gate_mine, name, ABSENT))),
                repr(plain(getattr(gate_theirs, name, ABSENT))),
            )


def configuration_difference(
    mine: Any, theirs: Any, names: list[str], read: Callable[[Any, str], Any] = getattr
) -> str | None:
    """The first difference in the configuration's attributes (read with
    ``read``: ``getattr``, or ``type(obj).__getattribute__`` as runtime's
    backends' ``__getattr__`` reads them) and its gates' attributes."""
    return first_difference(_configuration_pairs(mine, theirs, names, read))


def read_like_runtime_backends(conf: Any, name: str) -> Any:
    """How FakeBackendV2 and IBMBackend forward an unknown attribute to their
    configuration: ``configuration.__getattribute__(name)``, which never
    reaches a class's ``__getattr__``."""
    return conf.__getattribute__(name)


def decoded_props(payload: dict[str, Any]) -> dict[str, Any]:
    """A props payload as runtime's fake backends keep it (``_props_dict``):
    dates parsed in place by ``properties_from_server_data``."""
    payload = copy.deepcopy(payload)
    backend_decoder.properties_from_server_data(payload)
    return payload
