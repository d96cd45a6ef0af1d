"""Benchmark the backend models on the largest real IBM backend payloads.

    python3 benchmarks/backends.py                   # full run, about a minute and a half
    python3 benchmarks/backends.py --quick           # about 15 s: checks that it all works
    python3 benchmarks/backends.py --backend torino  # another backend's files

The payloads are the fake backends' files that qiskit-ibm-runtime ships
(``fake_provider/backends/<name>/props_<name>.json`` and ``conf_<name>.json``),
read where the package is installed: ``props_<backend>.json`` (fez, the
largest, by default), ``conf_<backend>.json`` and the largest conf file of
all. Timed: ``BackendProperties.from_dict`` and ``to_dict``,
``QasmBackendConfiguration.from_dict`` and ``to_dict``, ``t1(q)`` over every
qubit and ``gate_error(gate, qubits)`` over every gate that has an error, on
one built instance after a first call (the first call, which may build the
accessors' index, is timed apart, on fresh instances), and ``json.loads`` of
each file beside ``from_dict``. Memory: what the instance tree built from
the parsed file keeps, once the parsed dict is gone (tracemalloc).

Method as in run.py: every peer in this one process, interleaved round by
round in a shuffled order; median time, and the median of the per-round
ratios to the hand-written baseline (``backend_peers/handwritten.py``).
Before timing, every peer's answers are checked: the exact peers' ``to_dict``
must give the payload back, type for type, no peer may change its input, and
the sweeps' sums must agree with Qiskit's to 1e-12. Peers whose library or
model is missing are skipped with a line saying so. Nothing here asserts a
speed; the "target" column says which of the project's targets are met.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import json
import math
import platform
import random
import sys
import time
import timeit
import tracemalloc
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from backend_peers import MODULES, STATEMENT_OPERATIONS, BackendPeer
from backend_peers.qiskit14 import QISKIT_WARNINGS
from timing import interleave, paired_ratio, summarize

BASELINE = "handwritten"
#: Whose sweep sums the others must agree with: the first one loaded.
REFERENCES = ("qiskit14", "runtime", BASELINE)
JSON_LOADS = "json.loads"
OURS = ("ours", "ours_frozen")

T1_SWEEP = "for q in Q: a.t1(q)"
GATE_ERROR_SWEEP = "for g, q in G: a.gate_error(g, q)"


# -- Payloads ----------------------------------------------------------------


def backends_dir() -> Path:
    """Where qiskit-ibm-runtime keeps its fake backends' files (not imported)."""
    spec = importlib.util.find_spec("qiskit_ibm_runtime")
    if spec is None or spec.origin is None:
        raise SystemExit(
            "qiskit-ibm-runtime is not installed, and its fake backends' files are the "
            "payloads: pip install '.[bench]'"
        )
    return Path(spec.origin).parent / "fake_provider" / "backends"


@dataclass
class Payload:
    """One payload file: its text, and the dicts parsed from it on demand."""

    kind: str  # "props" or "conf"
    path: Path
    text: str

    @property
    def label(self) -> str:
        return self.path.name

    def fresh(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.text)
        return data


def payload(kind: str, backend: str) -> Payload:
    path = backends_dir() / backend / f"{kind}_{backend}.json"
    if not path.is_file():
        names = sorted({p.parent.name for p in backends_dir().glob(f"*/{kind}_*.json")})
        raise SystemExit(f"no {path.name}; backends with one: {', '.join(names)}")
    return Payload(kind, path, path.read_text(encoding="utf-8"))


def largest_conf() -> str:
    """The backend whose conf file has the most bytes."""
    files = backends_dir().glob("*/conf_*.json")
    return max(files, key=lambda p: (p.stat().st_size, p.name)).parent.name


def sweep_inputs(props: dict[str, Any]) -> tuple[list[int], list[tuple[str, list[int]]]]:
    """Every qubit that has a T1, and every (gate, qubits) that has a gate_error."""
    qubits = [
        index
        for index, items in enumerate(props["qubits"])
        if any(item["name"] == "T1" for item in items)
    ]
    gates = [
        (gate["gate"], gate["qubits"])
        for gate in props["gates"]
        if any(item["name"] == "gate_error" for item in gate["parameters"])
    ]
    return qubits, gates


def describe(payload: Payload) -> str:
    data = payload.fresh()
    size = f"{len(payload.text.encode()):,} bytes"
    if payload.kind == "conf":
        return f"{payload.label}: {size}, {len(data)} keys, {_count(data['n_qubits'], 'qubit')}"
    nduvs = sum(map(len, data["qubits"])) + len(data["general"])
    nduvs += sum(len(gate["parameters"]) for gate in data["gates"])
    return (
        f"{payload.label}: {size}, {_count(len(data['qubits']), 'qubit')}, "
        f"{_count(len(data['gates']), 'gate')}, {_count(nduvs, 'Nduv')}"
    )


def _count(number: int, what: str) -> str:
    return f"{number:,} {what}{'' if number == 1 else 's'}"


# -- Peers and checks --------------------------------------------------------


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


def round_trip_cell(found: list[str]) -> str:
    if not found:
        return "exact"
    return f"{len(found):,} differ, e.g. `{found[0]}`"


# -- Timing ------------------------------------------------------------------


@dataclass
class Operation:
    """One timed operation: its title, payload, and the statement of each peer."""

    title: str
    key: str  # the operation in STATEMENT_OPERATIONS, or "t1 sweep" / "gate_error sweep"
    payload: Payload


def operations(props: Payload, confs: list[Payload]) -> list[Operation]:
    ops = [
        Operation(f"BackendProperties.from_dict, {props.label}", "props from_dict", props),
        Operation(f"BackendProperties.to_dict, {props.label}", "props to_dict", props),
        Operation(f"t1(q) over every qubit, {props.label}", "t1 sweep", props),
        Operation(
            f"gate_error(gate, qubits) over every gate, {props.label}", "gate_error sweep", props
        ),
    ]
    for conf in confs:
        ops.append(
            Operation(f"QasmBackendConfiguration.from_dict, {conf.label}", "conf from_dict", conf)
        )
        ops.append(
            Operation(f"QasmBackendConfiguration.to_dict, {conf.label}", "conf to_dict", conf)
        )
    return ops


def runners(peers: dict[str, BackendPeer], op: Operation, with_gc: bool) -> dict[str, timeit.Timer]:
    setup = "gc.enable()" if with_gc else "pass"
    found: dict[str, timeit.Timer] = {}
    for key, peer in peers.items():
        names: dict[str, Any] = {**peer.namespace, "gc": gc}
        if op.key in STATEMENT_OPERATIONS:
            statement = peer.statements[op.key]
            if STATEMENT_OPERATIONS[op.key] == "p":
                names["p"] = op.payload.fresh()
            else:
                build = peer.build_props if op.payload.kind == "props" else peer.build_conf
                names["x"] = build(op.payload.fresh())
        else:
            if peer.accessor is None:
                continue
            statement = T1_SWEEP if op.key == "t1 sweep" else GATE_ERROR_SWEEP
            names["Q"], names["G"] = sweep_inputs(op.payload.fresh())
            accessor = peer.accessor(peer.build_props(op.payload.fresh()))
            # The first calls build whatever index the accessors keep: not timed here.
            accessor.t1(names["Q"][0])
            accessor.gate_error(*names["G"][0])
            names["a"] = accessor
        found[key] = timeit.Timer(statement, setup, globals=names)
    if op.key.endswith("from_dict"):
        found[JSON_LOADS] = timeit.Timer(
            "loads(t)", setup, globals={"loads": json.loads, "t": op.payload.text, "gc": gc}
        )
    return found


def measure(
    peers: dict[str, BackendPeer],
    ops: list[Operation],
    rounds: int,
    seconds: float,
    with_gc: bool,
) -> dict[str, dict[str, list[float]]]:
    """Per operation title: each runner's ns per call, one sample a round."""
    shuffle = random.Random(20261203)
    return {
        op.title: interleave(runners(peers, op, with_gc), rounds, seconds, shuffle) for op in ops
    }


def first_calls(
    peers: dict[str, BackendPeer], props: Payload, rounds: int
) -> dict[str, dict[str, list[float]]]:
    """ns of the first t1 and the first gate_error call on a freshly built instance."""
    qubits, gates = sweep_inputs(props.fresh())
    calls: dict[str, Callable[[Any], Any]] = {
        "t1": lambda a: a.t1(qubits[0]),
        "gate_error": lambda a: a.gate_error(*gates[0]),
    }
    keys = [key for key, peer in peers.items() if peer.accessor is not None]
    times: dict[str, dict[str, list[float]]] = {what: {key: [] for key in keys} for what in calls}
    shuffle = random.Random(20261204)
    for _ in range(rounds):
        shuffle.shuffle(keys)
        for key in keys:
            peer = peers[key]
            assert peer.accessor is not None
            for what, call in calls.items():
                accessor = peer.accessor(peer.build_props(props.fresh()))
                gc.disable()
                start = time.perf_counter_ns()
                call(accessor)
                elapsed = time.perf_counter_ns() - start
                gc.enable()
                times[what][key].append(float(elapsed))
    return times


def forget_interned() -> None:
    """Empty our tables of interned values (``field(intern=True)``), so that
    the values a tree shares through them, and the tables, count as its own."""
    from qiskit_provider_models import _shared

    _shared.DATETIMES.clear()
    _shared.STRINGS.clear()


def tree_bytes(peer: BackendPeer, payload: Payload, own: bool = True) -> dict[str, int | None]:
    """Bytes the instance tree keeps once the parsed dict is gone (tracemalloc).

    "tree": the file is parsed while tracemalloc traces, so the strings and
    numbers the tree shares with the dict count, and the dict's containers,
    freed, do not. "new": parsed before tracing, so only what from_dict
    allocated and kept. "indexed": "tree" after a first t1 and gate_error
    call, with whatever index they keep. ``own=False`` leaves "new" out
    (tracing makes building several times slower). Our tables of interned
    values are emptied first: the tree pays for what it puts in them.
    """
    props = payload.kind == "props"
    build = peer.build_props if props else peer.build_conf
    qubits, gates = sweep_inputs(payload.fresh()) if props else ([], [])
    accessors = props and peer.accessor is not None

    def use(instance: Any) -> Any:
        assert peer.accessor is not None
        accessor = peer.accessor(instance)
        accessor.t1(qubits[0])
        accessor.gate_error(*gates[0])
        return accessor

    def traced(parse_first: bool) -> tuple[int, int | None]:
        data = payload.fresh() if parse_first else None
        forget_interned()
        gc.collect()
        tracemalloc.start()
        try:
            if data is None:
                data = payload.fresh()
            instance = build(data)
            del data
            gc.collect()
            kept = tracemalloc.get_traced_memory()[0]
            indexed = None
            if accessors and not parse_first:
                accessor = use(instance)
                gc.collect()
                indexed = tracemalloc.get_traced_memory()[0]
                del accessor
            del instance
        finally:
            tracemalloc.stop()
        return kept, indexed

    warm = build(payload.fresh())  # one-time allocations (caches, schemas) are not the tree's
    if accessors:
        use(warm)
    del warm
    tree, indexed = traced(parse_first=False)
    new = traced(parse_first=True)[0] if own else None
    return {"tree": tree, "new": new, "indexed": indexed}


# -- Report ------------------------------------------------------------------


def duration(ns: float) -> str:
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e4:
        return f"{ns / 1e3:.0f} µs"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


@dataclass
class Target:
    """One of the project's targets for one of this library's peers, as measured."""

    where: str  # an operation's title, or a memory table's
    peer: str
    goal: str
    measured: float
    met: bool

    def cell(self) -> str:
        figure = f"{self.measured:.1f}x" if "faster" in self.goal else f"{self.measured:.2f}"
        return f"{self.goal}: {figure}, {'met' if self.met else '**not met**'}"


def memory_title(label: str) -> str:
    return f"Memory of the instance tree, {label}"


def targets(
    ops: list[Operation],
    times: dict[str, dict[str, list[float]]],
    memory: dict[str, dict[str, dict[str, int | None]]],
    props: Payload,
) -> list[Target]:
    """BackendProperties: from_dict >=5x faster than qiskit 1.4 and >=2x than the
    runtime's, within 1.3x of hand-written; to_dict within 1.2x of hand-written;
    the instance tree at most half of qiskit 1.4's."""
    found = []
    for op in ops:
        runs = times[op.title]
        for key in OURS:
            if key not in runs:
                continue
            ours, base = runs[key], runs[BASELINE]
            if op.key == "props from_dict":
                for other, label, factor in (
                    ("qiskit14", "qiskit 1.4", 5.0),
                    ("runtime", "runtime", 2.0),
                ):
                    if other in runs:
                        speedup = paired_ratio(runs[other], ours)
                        goal = f">={factor:.0f}x faster than {label}"
                        found.append(Target(op.title, key, goal, speedup, speedup >= factor))
                ratio = paired_ratio(ours, base)
                goal = "<=1.30 of hand-written"
                found.append(Target(op.title, key, goal, ratio, ratio <= 1.3))
            elif op.key == "props to_dict":
                ratio = paired_ratio(ours, base)
                goal = "<=1.20 of hand-written"
                found.append(Target(op.title, key, goal, ratio, ratio <= 1.2))
    reference = memory.get("qiskit14", {}).get(props.label)
    for key in OURS:
        if key in memory and reference and reference["tree"]:
            share = memory[key][props.label]["tree"] / reference["tree"]  # type: ignore[operator]
            goal = "<=0.50 of qiskit 1.4's bytes"
            found.append(Target(memory_title(props.label), key, goal, share, share <= 0.5))
    return found


def target_cell(key: str, where: str, found: list[Target]) -> str:
    return "; ".join(t.cell() for t in found if t.peer == key and t.where == where) or "-"


def targets_table(peers: dict[str, BackendPeer], found: list[Target]) -> str:
    lines = [
        "### Targets",
        "",
        "| peer | where | target | measured | met? |",
        "|---|---|---|---|---|",
    ]
    for t in found:
        figure = f"{t.measured:.1f}x" if "faster" in t.goal else f"{t.measured:.2f}"
        lines.append(
            f"| {peers[t.peer].name} | {t.where} | {t.goal} | {figure} "
            f"| {'yes' if t.met else '**no**'} |"
        )
    if not found:
        lines.append("| - | - | (this library's backend models did not load) | - | - |")
    return "\n".join(lines)


def operation_table(
    op: Operation,
    peers: dict[str, BackendPeer],
    times: dict[str, list[float]],
    checks: dict[str, dict[str, Any]],
    found: list[Target],
) -> str:
    summary = summarize(times, BASELINE)
    sweep = op.key.endswith("sweep")
    if sweep:
        calls = len(sweep_inputs(op.payload.fresh())[op.key == "gate_error sweep"])
        head = "| peer | version | accessors | median per sweep | per call | ratio | target |"
    else:
        head = "| peer | version | extras kept? | round trip | median | ratio | target |"
    lines = [f"### {op.title}", "", head, "|---|---|---|---|---|---|---|"]
    for key, entry in summary.items():
        ratio = f"{entry['ratio']:.2f}"
        if key == JSON_LOADS:
            lines.append(
                f"| `json.loads` of the file (for scale) | CPython {platform.python_version()} "
                f"| - | - | {duration(entry['ns'])} | {ratio} | - |"
            )
            continue
        peer = peers[key]
        name = (
            f"{peer.name}{' (baseline)' if key == BASELINE and 'baseline' not in peer.name else ''}"
        )
        target = target_cell(key, op.title, found)
        if sweep:
            lines.append(
                f"| {name} | {peer.version} | {peer.accessors} | {duration(entry['ns'])} "
                f"| {duration(entry['ns'] / calls)} | {ratio} | {target} |"
            )
        else:
            trip = round_trip_cell(checks[key]["round_trip"][op.payload.label])
            lines.append(
                f"| {name} | {peer.version} | {peer.extras} | {trip} | {duration(entry['ns'])} "
                f"| {ratio} | {target} |"
            )
    skipped = [peer.name for key, peer in peers.items() if key not in times]
    if skipped:
        lines.append(f"\nNot run (no accessors and no lookup): {', '.join(skipped)}.")
    return "\n".join(lines)


def first_call_table(
    peers: dict[str, BackendPeer], times: dict[str, dict[str, list[float]]]
) -> str:
    lines = [
        "### First accessor call on a fresh instance (builds the lazy index)",
        "",
        "| peer | first t1 call | ratio | first gate_error call | ratio | note |",
        "|---|---|---|---|---|---|",
    ]
    t1, gate = summarize(times["t1"], BASELINE), summarize(times["gate_error"], BASELINE)
    for key in t1:
        peer = peers[key]
        note = (
            "index built in from_dict (timed there): the cost of a cold call"
            if peer.index_in_constructor
            else "-"
        )
        lines.append(
            f"| {peer.name} | {duration(t1[key]['ns'])} | {t1[key]['ratio']:.2f} "
            f"| {duration(gate[key]['ns'])} | {gate[key]['ratio']:.2f} | {note} |"
        )
    return "\n".join(lines)


def memory_table(
    peers: dict[str, BackendPeer],
    memory: dict[str, dict[str, dict[str, int | None]]],
    label: str,
    found: list[Target],
) -> str:
    reference = memory.get("qiskit14", {}).get(label)

    def cell(entry: dict[str, int | None], which: str) -> str:
        value = entry[which]
        if value is None:
            return "- | -"
        base = None if reference is None else reference[which]
        return f"{value:,} | {'-' if not base else f'{value / base:.2f}'}"

    lines = [
        f"### {memory_title(label)}",
        "",
        "| peer | tree bytes | ratio to qiskit 1.4 | of which from_dict's own | ratio "
        "| tree with the accessors' index | ratio | target |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, peer in peers.items():
        entry = memory[key][label]
        target = target_cell(key, memory_title(label), found)
        lines.append(
            f"| {peer.name} | {cell(entry, 'tree')} | {cell(entry, 'new')} "
            f"| {cell(entry, 'indexed')} | {target} |"
        )
    return "\n".join(lines)


# -- Main --------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few seconds, to check it works")
    parser.add_argument(
        "--backend", default="fez", help="whose props_ and conf_ files to read (default: fez)"
    )
    parser.add_argument(
        "--json",
        type=Path,
        help="where to write every figure (default: benchmarks/results/backends.json, "
        "for a full run only)",
    )
    parser.add_argument("--only", help="comma-separated peer modules (the baseline always runs)")
    parser.add_argument(
        "--gc", action="store_true", help="time with the garbage collector on (timeit turns it off)"
    )
    args = parser.parse_args()
    rounds, seconds = (3, 0.002) if args.quick else (15, 0.06)

    props = payload("props", args.backend)
    if not all(sweep_inputs(props.fresh())):
        raise SystemExit(f"{props.label} has no qubit with a T1 or no gate with a gate_error")
    names = dict.fromkeys((largest_conf(), args.backend))
    confs = [payload("conf", name) for name in names]

    with warnings.catch_warnings():
        # Qiskit 1.4's models warn on every construction; ignored, as a user would.
        warnings.filterwarnings("ignore", message=QISKIT_WARNINGS, category=DeprecationWarning)
        peers = load_peers(set(args.only.split(",")) if args.only else None)
        checks = check(peers, props, confs)
        ops = operations(props, confs)
        times = measure(peers, ops, rounds, seconds, args.gc)
        firsts = first_calls(peers, props, 1 if args.quick else rounds)
        memory = {
            key: {p.label: tree_bytes(peer, p, own=not args.quick) for p in (props, *confs)}
            for key, peer in peers.items()
        }

    print(
        f"\nCPython {platform.python_version()} on {platform.machine()}, {rounds} rounds"
        f"{', gc on' if args.gc else ''}; median time per call and, as the ratio, the median "
        "per-round ratio to the hand-written baseline\n"
    )
    for p in (props, *confs):
        print(f"- {describe(p)}")
    reference = checks["_reference"]["sweep_sums_of"]
    print(
        f"\nChecked before timing: no peer changes its input; sweep sums agree with "
        f"{peers[reference].name}'s to 1e-12; exact peers give the payload back.\n"
    )
    found = targets(ops, times, memory, props)
    print("Round trip: how to_dict(from_dict(d)) differs from d, types compared (0 is not 0.0).\n")
    for op in ops:
        print(operation_table(op, peers, times[op.title], checks, found) + "\n")
    print(first_call_table(peers, firsts) + "\n")
    print(
        "Tree bytes: what the instance keeps, the parsed strings and numbers it shares with "
        "the dict included, once the dict is freed; from_dict's own: only what from_dict "
        "allocated; with the index: the tree after a first t1 and gate_error call.\n"
    )
    for p in (props, *confs):
        print(memory_table(peers, memory, p.label, found) + "\n")
    print(targets_table(peers, found) + "\n")

    path = args.json or (
        None if args.quick else Path(__file__).parent / "results" / "backends.json"
    )
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "python": platform.python_version(),
                "quick": args.quick,
                "gc": args.gc,
                "rounds": rounds,
                "payloads": {p.label: len(p.text.encode()) for p in (props, *confs)},
                "peers": {
                    key: {
                        "name": peer.name,
                        "version": peer.version,
                        "extras": peer.extras,
                        "accessors": peer.accessors,
                    }
                    for key, peer in peers.items()
                },
                "checks": {
                    key: {
                        "round_trip_differences": {
                            label: len(found) for label, found in entry["round_trip"].items()
                        },
                        "sweep_sums": entry.get("sweep_sums"),
                    }
                    for key, entry in checks.items()
                    if key in peers
                },
                "results": {title: summarize(values, BASELINE) for title, values in times.items()},
                "samples_ns": times,
                "first_call": {
                    what: summarize(values, BASELINE) for what, values in firsts.items()
                },
                "tree_bytes": memory,
                "targets": [vars(t) for t in found],
            },
            indent=2,
        )
    )
    print(f"results written to {path}")


if __name__ == "__main__":
    main()
