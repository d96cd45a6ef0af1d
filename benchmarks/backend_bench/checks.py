"""The peers, loaded, and their answers checked before anything is timed."""

from __future__ import annotations

import importlib
import math
from typing import Any

from backend_peers import MODULES, BackendPeer

from backend_bench import BASELINE, OURS
from backend_bench.payloads import Payload, sweep_inputs

#: Whose sweep sums the others must agree with: the first one loaded.
REFERENCES = ("qiskit14", "runtime", BASELINE)


def load_peers(only: set[str] | None) -> dict[str, BackendPeer]:
    peers = {}
    for module in MODULES:
        if only and module not in only and module != BASELINE:
            continue
        try:
            peers[module] = importlib.import_module(f"backend_peers.{module}").peer()
        except ImportError as error:
            hint = "not in this version" if module in OURS else "pip install '.[bench]'"
            print(f"skipped {module}: {error} ({hint})")
        except Exception as error:  # a model being written may fail to import
            print(f"skipped {module}: it failed to load: {type(error).__name__}: {error}")
    if BASELINE not in peers:
        raise SystemExit("the hand-written baseline did not load")
    return peers


def differences(got: Any, want: Any, path: str = "") -> list[str]:
    """Where ``got`` is not ``want``, comparing types too (0 is not 0.0)."""
    if type(got) is not type(want):
        return [f"{path or '.'}: {_short(got)} for {_short(want)}"]
    if isinstance(want, dict):
        found = []
        for key, value in want.items():
            if key not in got:
                found.append(f"{path}.{key}: missing")
            else:
                found += differences(got[key], value, f"{path}.{key}")
        found += [f"{path}.{key}: added" for key in got if key not in want]
        return found
    if isinstance(want, list):
        if len(got) != len(want):
            return [f"{path}: {len(got)} items for {len(want)}"]
        found = []
        for index, (item, wanted) in enumerate(zip(got, want, strict=True)):
            found += differences(item, wanted, f"{path}[{index}]")
        return found
    return [] if got == want else [f"{path}: {_short(got)} for {_short(want)}"]


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def round_trip(peer: BackendPeer, payload: Payload) -> list[str]:
    """The differences of to_dict(from_dict(d)) from d; the input must stay as it was."""
    build, dump = (
        (peer.build_props, peer.dump_props)
        if payload.kind == "props"
        else (peer.build_conf, peer.dump_conf)
    )
    data, original = payload.fresh(), payload.fresh()
    result = dump(build(data))
    if differences(data, original):
        raise SystemExit(f"{peer.name}: from_dict or to_dict changed its input {payload.label}")
    return differences(result, original)


def sweep_values(peer: BackendPeer, props: Payload) -> tuple[list[Any], list[Any]]:
    assert peer.accessor is not None
    qubits, gates = sweep_inputs(props.fresh())
    accessor = peer.accessor(peer.build_props(props.fresh()))
    return [accessor.t1(q) for q in qubits], [accessor.gate_error(g, q) for g, q in gates]


def check(
    peers: dict[str, BackendPeer], props: Payload, confs: list[Payload]
) -> dict[str, dict[str, Any]]:
    """Every peer's answers, before anything is timed; a wrong one ends the run."""
    report: dict[str, dict[str, Any]] = {}
    for key, peer in peers.items():
        trips = {}
        for payload in (props, *confs):
            found = round_trip(peer, payload)
            if found and peer.exact:
                raise SystemExit(
                    f"{peer.name}: to_dict(from_dict(d)) != d for {payload.label}: "
                    f"{len(found)} differences, first {found[0]}"
                )
            trips[payload.label] = found
        report[key] = {"round_trip": trips}
    reference = next(key for key in REFERENCES if key in peers)
    want = [math.fsum(values) for values in sweep_values(peers[reference], props)]
    for key, peer in peers.items():
        if peer.accessor is None:
            continue
        got = [math.fsum(values) for values in sweep_values(peer, props)]
        for what, mine, theirs in zip(("t1", "gate_error"), got, want, strict=True):
            if not math.isclose(mine, theirs, rel_tol=1e-12, abs_tol=0.0):
                raise SystemExit(
                    f"{peer.name}: the {what} sweep sums to {mine!r}, "
                    f"{peers[reference].name} to {theirs!r}"
                )
        report[key]["sweep_sums"] = dict(zip(("t1", "gate_error"), got, strict=True))
    report["_reference"] = {"sweep_sums_of": reference}
    return report
