"""The readers of benchmarks/real_process.py, and the check of their answers.

A reader turns the bytes of a payload file into what a user keeps: ``parse``
(the bytes to what ``build`` takes: ``json.loads``, or nothing for a reader
that takes the bytes itself) then ``build``. No reader touches the warning
filters: Qiskit's deprecation warnings go through the interpreter's default
filters, as in a user's program.

The peers are this library's ``BackendProperties`` and
``FrozenBackendProperties``, Qiskit 1.4's ``BackendProperties.from_dict``,
qiskit-ibm-runtime 0.44's copy of it (``qiskit_ibm_runtime.models``, on the
raw payload, as benchmarks/backends.py times it) and its own decoder
(``properties_from_server_data``: what ``IBMBackend.properties()`` and the
fake backends run on the server's payload: dates parsed by dateutil and
turned into local time, then the copy's ``from_dict``), and the hand-written
baseline (``backend_peers/handwritten_properties.py``). The JSON readers
time ``from_json`` against the parsers alone.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.metadata import version
from typing import Any

#: The peer every semantic check compares with (must load).
BASELINE = "handwritten"
#: This library's readers.
OURS = ("ours", "ours_frozen")
#: The readers of the JSON comparison (from_json against the parsers alone).
JSON_READERS = ("ours_from_json", "ours_frozen_from_json", "json_loads", "msgspec_decode")


def _same(value: Any) -> Any:
    return value


@dataclass
class Reader:
    """One way to read a payload file: ``build(parse(raw))``."""

    key: str
    name: str
    version: str
    parse: Callable[[bytes], Any]
    build: Callable[[Any], Any]
    #: "model" (a backend properties object) or "dict" (a parser alone).
    kind: str = "model"
    #: ``to_dict`` for the readers that must give the payload back exactly.
    dump: Callable[[Any], Any] | None = None
    #: Does ``build`` rewrite its input (qiskit-ibm-runtime's decoder does)?
    rewrites_input: bool = False
    #: Does it read a date's wall time as UTC, dropping the offset (the
    #: runtime's decoder: ``utc_to_local`` replaces the tzinfo with UTC)?
    wall_time_as_utc: bool = False


def _ours(frozen: bool) -> list[Reader]:
    models = importlib.import_module("qiskit_provider_models")
    name = "FrozenBackendProperties" if frozen else "BackendProperties"
    if name not in getattr(models, "__all__", ()):
        raise ImportError(f"qiskit_provider_models exports no {name}")
    model = getattr(models, name)
    label = "qiskit-provider-models" + (", frozen" if frozen else "")
    text = version("qiskit-provider-models")
    suffix = "_frozen" if frozen else ""
    return [
        Reader(
            f"ours{suffix}",
            f"{label}: `{name}.from_dict`",
            text,
            json.loads,
            model.from_dict,
            dump=model.to_dict,
        ),
        Reader(
            f"ours{suffix}_from_json",
            f"{label}: `{name}.from_json(bytes)`",
            text,
            _same,
            model.from_json,
            dump=model.to_dict,
        ),
    ]


def _handwritten() -> list[Reader]:
    import platform

    from backend_peers.handwritten_properties import BackendProperties

    return [
        Reader(
            BASELINE,
            "hand-written `__slots__` (baseline)",
            f"CPython {platform.python_version()}",
            json.loads,
            BackendProperties.from_dict,
            dump=BackendProperties.to_dict,
        )
    ]


def _qiskit14() -> list[Reader]:
    # No warning filter: attribute reads outside __main__ meet the default
    # "ignore::DeprecationWarning", as in a library calling Qiskit.
    models = importlib.import_module("qiskit.providers.models")
    return [
        Reader(
            "qiskit14",
            "qiskit 1.4: `BackendProperties.from_dict`",
            f"qiskit {version('qiskit')}",
            json.loads,
            models.BackendProperties.from_dict,
        )
    ]


def _runtime() -> list[Reader]:
    models = importlib.import_module("qiskit_ibm_runtime.models")
    decoder = importlib.import_module("qiskit_ibm_runtime.utils.backend_decoder")
    text = f"qiskit-ibm-runtime {version('qiskit-ibm-runtime')}"
    return [
        Reader(
            "runtime",
            "qiskit-ibm-runtime: `models.BackendProperties.from_dict`",
            text,
            json.loads,
            models.BackendProperties.from_dict,
        ),
        Reader(
            "runtime_decoder",
            "qiskit-ibm-runtime: `properties_from_server_data`",
            text,
            json.loads,
            decoder.properties_from_server_data,
            rewrites_input=True,
            wall_time_as_utc=True,
        ),
    ]


def _parsers() -> list[Reader]:
    import platform

    found = [
        Reader(
            "json_loads",
            "`json.loads` alone",
            f"CPython {platform.python_version()}",
            json.loads,
            _same,
            kind="dict",
        )
    ]
    try:
        import msgspec
    except ImportError:
        print("skipped msgspec_decode: msgspec is not installed (pip install '.[json]')")
    else:
        found.append(
            Reader(
                "msgspec_decode",
                "msgspec `json.Decoder().decode` alone",
                f"msgspec {version('msgspec')}",
                msgspec.json.Decoder().decode,
                _same,
                kind="dict",
            )
        )
    return found


_LOADERS: dict[str, Callable[[], list[Reader]]] = {
    "handwritten": _handwritten,
    "ours": lambda: _ours(frozen=False),
    "ours_frozen": lambda: _ours(frozen=True),
    "qiskit14": _qiskit14,
    "runtime": _runtime,
    "parsers": _parsers,
}

_HINTS = {
    "ours": "not in this version",
    "ours_frozen": "not in this version",
    "qiskit14": "pip install '.[real-data]'",
    "runtime": "pip install '.[real-data]'",
}


def load_readers() -> dict[str, Reader]:
    """Every reader whose library is installed; a line for each one skipped."""
    readers: dict[str, Reader] = {}
    for group, load in _LOADERS.items():
        try:
            found = load()
        except ImportError as error:
            print(f"skipped {group}: {error} ({_HINTS.get(group, 'not installed')})")
            continue
        except Exception as error:  # a model being rewritten may fail to import
            print(f"skipped {group}: it failed to load: {type(error).__name__}: {error}")
            continue
        readers.update((reader.key, reader) for reader in found)
    if BASELINE not in readers:
        raise SystemExit("the hand-written baseline did not load")
    return readers


# The semantics of a payload: what every reader's answer must agree with.


def _instant(date: Any, wall_time_as_utc: bool = False) -> float:
    if isinstance(date, str):
        date = datetime.fromisoformat(date)
        if wall_time_as_utc:
            date = date.replace(tzinfo=timezone.utc)
    if not isinstance(date, datetime) or date.tzinfo is None:
        raise TypeError(f"not an aware datetime: {date!r}")
    return date.timestamp()


def _nduv(item: Any) -> tuple[Any, ...]:
    if isinstance(item, dict):
        return item["name"], item["unit"], item["value"], type(item["value"]), item["date"]
    return item.name, item.unit, item.value, type(item.value), item.date


def semantics(value: Any, wall_time_as_utc: bool = False) -> tuple[Any, ...]:
    """Backend name and version, the last update's instant, and every
    qubit's, gate's and general value (name, unit, value, its type, the
    instant of its date), from a payload dict or any properties object;
    ``wall_time_as_utc``: a payload's date texts read as UTC wall times."""

    def instant(date: Any) -> float:
        return _instant(date, wall_time_as_utc)

    def get(name: str) -> Any:
        return value[name] if isinstance(value, dict) else getattr(value, name)

    def nduvs(items: Any) -> tuple[Any, ...]:
        return tuple((*n[:4], instant(n[4])) for n in map(_nduv, items))

    def gate(g: Any) -> tuple[Any, ...]:
        if isinstance(g, dict):
            return g["gate"], tuple(g["qubits"]), nduvs(g["parameters"])
        return g.gate, tuple(g.qubits), nduvs(g.parameters)

    return (
        get("backend_name"),
        get("backend_version"),
        instant(get("last_update_date")),
        tuple(nduvs(row) for row in get("qubits")),
        tuple(gate(g) for g in get("gates")),
        nduvs(get("general")),
    )


def check(readers: dict[str, Reader], raw: bytes) -> dict[str, str]:
    """Every reader's answer, before anything is timed; a wrong one ends the run.

    Every reader's result must have the payload's semantics (``semantics``);
    the exact ones' ``to_dict`` must give the payload back, type for type;
    no reader but the runtime's decoder may change its input; ``from_json``
    must equal ``from_dict`` of the parsed bytes. Returns what was checked.
    """
    from backend_bench.checks import differences

    want = json.loads(raw)
    meanings = {flag: semantics(want, flag) for flag in (False, True)}
    found: dict[str, str] = {}
    for key, reader in readers.items():
        data = reader.parse(raw)
        result = reader.build(data)
        if reader.kind == "dict":
            if differences(result, want):
                raise SystemExit(f"{reader.name}: the parsed payload differs from json.loads's")
            found[key] = "equals json.loads's result, type for type"
            continue
        if not reader.rewrites_input and isinstance(data, dict) and differences(data, want):
            raise SystemExit(f"{reader.name}: changed its input")
        if semantics(result) != meanings[reader.wall_time_as_utc]:
            raise SystemExit(f"{reader.name}: its values differ from the payload's")
        done = "payload semantics" + (
            " (dates: the texts' wall times as UTC, the offsets dropped, as the runtime does)"
            if reader.wall_time_as_utc
            else ""
        )
        if reader.dump is not None:
            back = differences(reader.dump(result), want)
            if back:
                raise SystemExit(
                    f"{reader.name}: to_dict differs from the payload: {len(back)}, first {back[0]}"
                )
            done += "; to_dict exact"
        if key.endswith("_from_json"):
            twin = readers.get(key.removesuffix("_from_json"))
            if twin is not None and result != twin.build(json.loads(raw)):
                raise SystemExit(f"{reader.name}: differs from from_dict(json.loads(raw))")
            done += "; == from_dict(json.loads(raw))"
        found[key] = done
    return found
