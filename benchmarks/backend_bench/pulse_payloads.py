"""The payloads of benchmarks/pulse.py, and its peers.

The payloads are qiskit-ibm-runtime's fake backends' pulse files (0.40.0 is
the last release that ships them): the largest ``defs_*.json``, and the
largest ``conf_*.json`` with ``"open_pulse": true`` that Qiskit 1.4 can read
(its ``PulseBackendConfiguration`` raises ``KeyError: 'vars'`` on the Heron
configurations, whose ``hamiltonian`` has no ``vars``).

A peer is a name, a version and two readers (``defs``, ``conf``) with their
``to_dict`` (None where the peer's ``to_dict`` does not give the payload
back). A peer whose library or model is missing is skipped with a line
saying so.
"""

from __future__ import annotations

import json
import platform
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from backend_bench.payloads import Payload, backends_dir


@dataclass
class PulsePayload(Payload):
    """A pulse payload file (``kind`` "defs" or "conf")."""

    #: Why the files larger than this one were passed over.
    passed_over: dict[str, str] = field(default_factory=dict)


def _by_size(pattern: str) -> list[Path]:
    return sorted(
        backends_dir("pulse-data").glob(pattern), key=lambda p: (-p.stat().st_size, p.name)
    )


def largest_defs() -> PulsePayload:
    files = _by_size("*/defs_*.json")
    if not files:
        raise SystemExit("this qiskit-ibm-runtime ships no defs_*.json: install 0.40.0")
    return PulsePayload("defs", files[0], files[0].read_text(encoding="utf-8"))


def largest_pulse_conf(qiskit_reader: Callable[[dict[str, Any]], Any] | None) -> PulsePayload:
    """The largest OpenPulse conf file that ``qiskit_reader`` reads (any, without it)."""
    passed: dict[str, str] = {}
    for path in _by_size("*/conf_*.json"):
        text = path.read_text(encoding="utf-8")
        if json.loads(text).get("open_pulse") is not True:
            continue
        if qiskit_reader is not None:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    qiskit_reader(json.loads(text))
            except Exception as error:
                passed[path.name] = f"qiskit 1.4 cannot read it: {type(error).__name__}: {error}"
                continue
        return PulsePayload("conf", path, text, passed)
    raise SystemExit("no OpenPulse conf_*.json that Qiskit reads")


@dataclass
class PulsePeer:
    key: str
    name: str
    version: str
    defs: Callable[[dict[str, Any]], Any]
    conf: Callable[[dict[str, Any]], Any]
    #: to_dict, where it must give the payload back exactly.
    dump: Callable[[Any], dict[str, Any]] | None
    note: str = ""


def _ours(frozen: bool) -> PulsePeer:
    import qiskit_provider_models as models

    prefix = "Frozen" if frozen else ""
    defs = getattr(models, f"{prefix}PulseDefaults")
    conf = getattr(models, f"{prefix}PulseBackendConfiguration")
    return PulsePeer(
        "ours_frozen" if frozen else "ours",
        f"qiskit-provider-models {prefix}PulseDefaults / {prefix}PulseBackendConfiguration",
        version("qiskit-provider-models"),
        defs.from_dict,
        conf.from_dict,
        lambda x: x.to_dict(),
    )


def _qiskit() -> PulsePeer:
    # Imported under the interpreter's default filters, as a user's program does.
    from qiskit.providers.models import (  # type: ignore[import-not-found]
        PulseBackendConfiguration,
        PulseDefaults,
    )

    return PulsePeer(
        "qiskit14",
        "qiskit.providers.models PulseDefaults / PulseBackendConfiguration",
        f"qiskit {version('qiskit')}",
        PulseDefaults.from_dict,
        PulseBackendConfiguration.from_dict,
        None,
        "PulseDefaults builds its InstructionScheduleMap (a PulseQobjDef per command, "
        "parsed lazily) and a QobjToInstructionConverter",
    )


def _handwritten() -> PulsePeer:
    from backend_peers.handwritten_pulse import PulseBackendConfiguration, PulseDefaults

    return PulsePeer(
        "handwritten",
        "hand-written __slots__ (the limit)",
        f"CPython {platform.python_version()}",
        PulseDefaults.from_dict,
        PulseBackendConfiguration.from_dict,
        lambda x: x.to_dict(),
    )


LOADERS: dict[str, Callable[[], PulsePeer]] = {
    "ours": lambda: _ours(False),
    "ours_frozen": lambda: _ours(True),
    "qiskit14": _qiskit,
    "handwritten": _handwritten,
}


def load_peers() -> dict[str, PulsePeer]:
    peers = {}
    for key, load in LOADERS.items():
        try:
            peers[key] = load()
        except (ImportError, AttributeError) as error:
            hint = "pip install '.[pulse-data]'" if key == "qiskit14" else "not in this version"
            print(f"skipped {key}: {type(error).__name__}: {error} ({hint})")
    return peers
