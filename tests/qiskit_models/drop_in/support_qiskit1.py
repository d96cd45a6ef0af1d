"""The Qiskit 1.4 world's shared helpers: the payloads, decoded as Qiskit 1.4
and qiskit-ibm-runtime decode them, a legacy ``BackendV1`` built on given
objects, the spreads of backends the slower tests run on, the warnings
Qiskit 1.4 and Aer 0.16 give, and comparisons that name the first
difference.

Imported by the ``test_qiskit1_*`` modules after their ``importorskip``
calls: this module needs Qiskit 1.4, qiskit-ibm-runtime and qiskit-aer.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import json
import math
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dateutil.parser
import numpy as np
import pytest
import qiskit
import qiskit_ibm_runtime.models as runtime_models
from qiskit.providers import BackendV1, Options
from qiskit.providers.exceptions import BackendPropertyError as QiskitPropertyError
from qiskit.providers.models import backendconfiguration, backendproperties
from qiskit.transpiler import Target
from qiskit_ibm_runtime.utils import backend_decoder

import qiskit_provider_models as ours

from .slicing import sliced_payloads

with warnings.catch_warnings():  # qiskit.providers.fake_provider imports the models
    warnings.simplefilter("ignore", DeprecationWarning)
    json_decoder = importlib.import_module("qiskit.providers.fake_provider.utils.json_decoder")

_SPEC = importlib.util.find_spec("qiskit_ibm_runtime")
assert _SPEC is not None
assert _SPEC.origin is not None
BACKENDS = Path(_SPEC.origin).parent / "fake_provider" / "backends"


def _pair(directory: Path) -> tuple[Path, Path] | None:
    confs = sorted(directory.glob("conf_*.json"))
    props = sorted(directory.glob("props_*.json"))
    if len(confs) == 1 and len(props) == 1:
        return confs[0], props[0]
    return None


#: backend directory name -> (conf file, props file), for every pair runtime
#: ships; and "torino[:8]", the Heron torino (no qubit frequency) cut to its
#: first 8 qubits, for Aer's slower paths (read by ``load``).
PAIRS: dict[str, tuple[Path | str, Path | str]] = {
    d.name: pair for d in sorted(BACKENDS.iterdir()) if d.is_dir() and (pair := _pair(d))
}
NAMES = sorted(PAIRS)  # every backend, for the cheap comparisons
PAIRS["torino[:8]"] = ("conf_torino[:8]", "props_torino[:8]")

#: The spread the expensive comparisons (Aer's noise, transpile) run on, each
#: test on a part of it: small (manila, 5 qubits), Falcon (lagos, 7; kolkata,
#: 27), Eagle (sherbrooke, 127), Heron without qubit frequency (torino, 133;
#: and "torino[:8]" where a whole Heron takes Aer tens of seconds).
SPREAD = ["manila", "lagos", "kolkata", "sherbrooke", "torino", "torino[:8]"]

#: The classes of the three worlds: (configuration class, properties class).
QISKIT = (backendconfiguration.QasmBackendConfiguration, backendproperties.BackendProperties)
RUNTIME = (runtime_models.QasmBackendConfiguration, runtime_models.BackendProperties)
OURS = (ours.QasmBackendConfiguration, ours.BackendProperties)

#: How a payload reaches ``from_dict``: as JSON text gives it, or decoded (dates
#: as datetimes, u_channel_lo scales as complex) by Qiskit's fake backends'
#: decoder or by qiskit-ibm-runtime's.
DECODINGS = ["json", "qiskit-decoder", "runtime-decoder"]

#: The pytestmark of every module of this world.
WORLD = [
    pytest.mark.real_data,  # .ci/run selects these once the extra is installed
    pytest.mark.skipif(
        not qiskit.__version__.startswith("1."),
        reason=f"the Qiskit 1.x world, not {qiskit.__version__}: pip install '.[real-data]'",
    ),
]

#: Qiskit 1.4 warns on every model it builds and every error it raises.
QISKIT_WARNINGS = pytest.mark.filterwarnings(
    r"ignore:.*qiskit\.(providers|pulse)\.:DeprecationWarning"
)
#: Aer 0.16 reads Instruction.condition, which Qiskit 1.3 deprecated.
AER_CONDITION_WARNING = pytest.mark.filterwarnings(
    r"ignore:.*Instruction\.condition`` is deprecated:DeprecationWarning"
)


def built(decoding: str, classes: tuple[Any, Any], name: str) -> tuple[Any, Any]:
    """(configuration, properties) of backend ``name`` in ``classes``."""
    conf_path, props_path = PAIRS[name]
    return (
        build_configuration(decoding, classes[0], conf_path),
        build_properties(decoding, classes[1], props_path),
    )


@functools.cache
def _text(path: Path | str) -> str:
    if isinstance(path, str):  # a slice: "conf_torino[:8]"
        stem, n_qubits = path[: -len("[:8]")], int(path[-2])
        name = stem.split("_", 1)[1]
        conf, props = PAIRS[name]
        sliced = sliced_payloads(load(conf), load(props), n_qubits)
        return json.dumps(sliced[0] if stem.startswith("conf_") else sliced[1])
    return path.read_text()


def load(path: Path | str) -> dict[str, Any]:
    """A fresh payload (decoders change theirs in place): a file, or a slice."""
    payload: dict[str, Any] = json.loads(_text(path))
    return payload


@contextlib.contextmanager
def swapped(module: Any, **names: Any) -> Iterator[None]:
    """``module.name = value`` for each name while the block runs."""
    saved = {name: getattr(module, name) for name in names}
    for name, value in names.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)


def build_configuration(decoding: str, cls: Any, path: Path | str) -> Any:
    """``cls`` built from the conf file as ``decoding`` hands it over."""
    payload = load(path)
    if decoding == "json":
        return cls.from_dict(payload)
    if decoding == "qiskit-decoder":  # FakeQasmBackend._get_conf_from_json
        json_decoder.decode_backend_configuration(payload)
        return cls.from_dict(payload)
    assert decoding == "runtime-decoder"
    # configuration_from_server_data calls from_dict itself, in its own module,
    # and returns None on any error: run it, then show the error if it hid one.
    raw = load(path)
    with swapped(backend_decoder, QasmBackendConfiguration=cls):
        conf = backend_decoder.configuration_from_server_data(raw)
    if conf is None:
        backend_decoder.decode_backend_configuration(payload)
        backend_decoder.filter_raw_configuration(payload)
        cls.from_dict(payload)  # raises what configuration_from_server_data swallowed
        raise AssertionError("configuration_from_server_data returned None")
    assert type(conf) is cls
    return conf


def build_properties(decoding: str, cls: Any, path: Path | str) -> Any:
    """``cls`` built from the props file as ``decoding`` hands it over."""
    payload = load(path)
    if decoding == "json":
        return cls.from_dict(payload)
    if decoding == "qiskit-decoder":  # FakeQasmBackend._set_props_from_json
        json_decoder.decode_backend_properties(payload)
        return cls.from_dict(payload)
    assert decoding == "runtime-decoder"
    # properties_from_server_data calls BackendProperties.from_dict in its module
    with swapped(backend_decoder, BackendProperties=cls):
        props = backend_decoder.properties_from_server_data(payload)
    assert type(props) is cls
    return props


class LegacyBackend(BackendV1):
    """A BackendV1 whose configuration() and properties() are given objects,
    as a provider plugin of the Qiskit 1 era built them."""

    def __init__(self, configuration: Any, properties: Any) -> None:
        super().__init__(configuration)
        self._props = properties

    @classmethod
    def _default_options(cls) -> Options:
        return Options(shots=1024)

    def properties(self) -> Any:
        return self._props

    def run(self, run_input: Any, **options: Any) -> Any:
        raise NotImplementedError


# --- comparisons: each returns None when equal, else the first difference ---


def _same(a: Any, b: Any) -> bool:
    """Exactly equal: the same type and value (1 is not 1.0), NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a) and math.isnan(b):
        return True
    return bool(a == b)


def target_difference(got: Target, expected: Target) -> str | None:
    """The first difference between two Targets, or None."""
    for attr in [
        "num_qubits",
        "dt",
        "granularity",
        "min_length",
        "pulse_alignment",
        "acquire_alignment",
        "concurrent_measurements",
        "description",
    ]:
        a, b = getattr(got, attr), getattr(expected, attr)
        if not _same(a, b):
            return f"Target.{attr}: {a!r} != {b!r}"
    names_a, names_b = set(got.operation_names), set(expected.operation_names)
    if names_a != names_b:
        return f"operation names: extra {names_a - names_b}, missing {names_b - names_a}"
    for name in sorted(names_b):
        op_a, op_b = got.operation_from_name(name), expected.operation_from_name(name)
        if isinstance(op_b, type) or isinstance(op_a, type):
            if op_a is not op_b:
                return f"{name}: operation {op_a!r} != {op_b!r}"
        elif (type(op_a), op_a.num_qubits, repr(op_a.params)) != (
            type(op_b),
            op_b.num_qubits,
            repr(op_b.params),
        ):
            return f"{name}: operation {op_a!r} != {op_b!r}"
        qargs_a, qargs_b = got[name], expected[name]
        if set(qargs_a) != set(qargs_b):
            extra = sorted(set(qargs_a) - set(qargs_b), key=repr)
            missing = sorted(set(qargs_b) - set(qargs_a), key=repr)
            return f"{name}: qargs extra {extra[:5]}, missing {missing[:5]}"
        for qargs in sorted(qargs_b, key=repr):
            pa, pb = qargs_a[qargs], qargs_b[qargs]
            if (pa is None) != (pb is None):
                return f"{name}{qargs}: properties {pa!r} != {pb!r}"
            if pb is None:
                continue
            for attr in ["error", "duration"]:
                a, b = getattr(pa, attr), getattr(pb, attr)
                if not _same(a, b):
                    return f"{name}{qargs}.{attr}: {a!r} != {b!r}"
    props_a, props_b = got.qubit_properties, expected.qubit_properties
    if (props_a is None) != (props_b is None):
        return f"qubit_properties: {props_a!r} != {props_b!r}"
    if props_a is not None and props_b is not None:
        if len(props_a) != len(props_b):
            return f"qubit_properties: {len(props_a)} qubits != {len(props_b)}"
        for qubit, (qa, qb) in enumerate(zip(props_a, props_b, strict=True)):
            for attr in ["t1", "t2", "frequency"]:
                a, b = getattr(qa, attr), getattr(qb, attr)
                if not _same(a, b):
                    return f"qubit_properties[{qubit}].{attr}: {a!r} != {b!r}"
    return None


def as_datetime(value: Any) -> Any:
    """A date as a datetime (Qiskit kept JSON dates as text, this package
    reads them as datetimes); anything else unchanged."""
    if isinstance(value, str):
        return dateutil.parser.isoparse(value)
    return value


def index_difference(got: Any, expected: dict[Any, Any], where: str) -> str | None:
    """The first difference between two of Qiskit's private property indexes
    (``_gates``: gate -> qubits -> name -> (value, date); ``_qubits``:
    qubit -> name -> (value, date)); dates compared as instants and offsets;
    then the dicts' types (Qiskit's are plain dicts: a missing key is a
    KeyError, not an empty dict inserted)."""
    difference = _index_content_difference(got, expected, where)
    return difference if difference is not None else _index_type_difference(got, where)


def _index_content_difference(got: Any, expected: dict[Any, Any], where: str) -> str | None:
    if not isinstance(got, dict):
        return f"{where}: a {type(got).__name__}, not a dict"
    if list(got) != list(expected):
        return f"{where}: keys {list(got)[:8]} != {list(expected)[:8]}"
    for key, b in expected.items():
        a = got[key]
        here = f"{where}[{key!r}]"
        if isinstance(b, dict):
            if (difference := _index_content_difference(a, b, here)) is not None:
                return difference
            continue
        if not (isinstance(a, tuple) and len(a) == 2):
            return f"{here}: {a!r} is not a (value, date) pair"
        if not _same(a[0], b[0]):
            return f"{here} value: {a[0]!r} != {b[0]!r}"
        date_a, date_b = as_datetime(a[1]), as_datetime(b[1])
        if date_a != date_b or date_a.utcoffset() != date_b.utcoffset():
            return f"{here} date: {a[1]!r} != {b[1]!r}"
    return None


def _index_type_difference(got: dict[Any, Any], where: str) -> str | None:
    if type(got) is not dict:
        return f"{where}: a {type(got).__name__}, not a dict"
    for key, value in got.items():
        if not isinstance(value, dict):
            continue
        if (difference := _index_type_difference(value, f"{where}[{key!r}]")) is not None:
            return difference
    return None


def canonical(value: Any) -> Any:
    """Aer's error and noise-model dicts in a form ``==`` compares exactly:
    arrays as nested lists of exact values, random ids dropped."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items() if k != "id"}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, np.ndarray):
        return ["ndarray", str(value.dtype), canonical(value.tolist())]
    if isinstance(value, (complex, np.complexfloating)):
        return ["complex", repr(complex(value).real), repr(complex(value).imag)]
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, np.integer):
        return int(value)
    return value


def relaxation_passes(noise_model: Any) -> list[Any]:
    """The thermal relaxation on delays (Aer's RelaxationNoisePass), which
    ``NoiseModel.to_dict`` leaves out."""
    return [
        canonical(
            {
                "type": type(p).__name__,
                "t1s": p._t1s,
                "t2s": p._t2s,
                "p1s": p._p1s,
                "dt": p._dt,
            }
        )
        for p in noise_model._custom_noise_passes
    ]


def outcome(call: Callable[..., Any], *args: Any, catch: Any) -> tuple[str, Any]:
    """``("value", result)``, or ``("caught", message)`` when the call raises
    what its caller catches (``catch``: Qiskit's or runtime's
    ``BackendPropertyError``); any other error propagates."""
    try:
        return ("value", call(*args))
    except catch as error:
        return ("caught", getattr(error, "message", str(error)))


def noise(call: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, ...]:
    """A noise model as comparable data, or the property error its caller let through."""
    result = outcome(lambda: call(*args, **kwargs), catch=QiskitPropertyError)
    if result[0] == "caught":
        return result
    model = result[1]
    return ("value", canonical(model.to_dict()), relaxation_passes(model))
