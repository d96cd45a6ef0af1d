"""Benchmark the pulse models on the largest pulse payloads, read as a real process reads them.

    python3 benchmarks/pulse.py            # about a minute and a half
    python3 benchmarks/pulse.py --quick    # seconds: checks every peer's answers, times nothing

The payloads (backend_bench/pulse_payloads.py) are the largest ``defs_*.json``
that qiskit-ibm-runtime 0.40.0 ships and the largest OpenPulse
``conf_*.json`` that Qiskit 1.4 can read. The peers: ``PulseDefaults`` and
``PulseBackendConfiguration`` of this library (mutable and frozen), of
Qiskit 1.4 (``qiskit.providers.models``) and hand-written ``__slots__``
classes that do the same work, the limit (backend_peers/handwritten_pulse.py).

Checked before anything is timed: our ``to_dict`` and the hand-written one
give each payload back exactly (types compared: 0 is not 0.0), Qiskit's
objects are built, and no peer changes its input.

``from_dict``, as a real process reads: the interpreter's default warning
filters (nothing is filtered: Qiskit's DeprecationWarnings go through them),
Qiskit imported, the garbage collector on, a fresh ``json.loads`` payload
per read (timed apart), the last ``--keep`` results kept alive in a deque.
Each (peer, payload) makes one run of ``reads`` reads a round, in an order
shuffled anew each round, all in this one process. A peer's time per
payload is the run's wall time, less its parses, over its reads (so the
payload's and the dropped result's deallocation, and the collections that
fell in the run, are in it), its median over the rounds; a speed-up or a
ratio is the median of the per-round quotients. Single calls: the median and
95th percentile of every timed ``from_dict``.

``to_dict``: timeit on one built instance (so the collector is off, as
timeit turns it off), interleaved as in benchmarks/timing.py; ratios to the
hand-written limit. Memory: what the instance tree keeps once the parsed
dict is gone (tracemalloc, as backend_bench/memory.py measures), Qiskit's
object as ``from_dict`` returns it.

Nothing here asserts a speed. Results of full runs go to
``benchmarks/results/pulse-<major.minor>.json``.
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import math
import platform
import random
import statistics
import sys
import time
import timeit
import tracemalloc
from pathlib import Path
from typing import Any

# The benchmarks folder, so that backend_bench, backend_peers and timing import
# as top-level names when this file runs as a script from any folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from backend_bench.checks import differences
from backend_bench.pulse_payloads import (
    PulsePayload,
    PulsePeer,
    largest_defs,
    largest_pulse_conf,
    load_peers,
)
from timing import interleave, summarize

LIMIT = "handwritten"
QISKIT = "qiskit14"
OURS = ("ours", "ours_frozen")
#: The issue's targets: from_dict speed-up over Qiskit, to_dict and memory ratios.
SPEEDUP, TO_DICT, MEMORY = 3.0, 1.2, 0.5


def check(peers: dict[str, PulsePeer], payloads: list[PulsePayload]) -> dict[str, Any]:
    """Every peer's answers, before anything is timed; a wrong one ends the run."""
    found: dict[str, Any] = {}
    for key, peer in peers.items():
        for p in payloads:
            data, original = p.fresh(), p.fresh()
            built = (peer.defs if p.kind == "defs" else peer.conf)(data)
            if built is None:
                raise SystemExit(f"{peer.name}: from_dict gave None for {p.label}")
            if peer.dump is not None:
                wrong = differences(peer.dump(built), original)
                if wrong:
                    raise SystemExit(
                        f"{peer.name}: to_dict(from_dict(d)) != d for {p.label}: "
                        f"{len(wrong)} differences, first {wrong[0]}"
                    )
            if differences(data, original):
                raise SystemExit(f"{peer.name}: from_dict or to_dict changed {p.label}")
            entry = found.setdefault(key, {})
            entry[p.label] = "to_dict == payload" if peer.dump else f"built {type(built).__name__}"
            if key == QISKIT and p.kind == "defs":
                schedules = built.instruction_schedule_map
                entry["instruction_schedule_map"] = len(schedules.instructions)
                samples = built.pulse_library[0].samples
                entry["pulse_library_samples_type"] = type(samples).__name__
    return found


def run(build: Any, text: str, reads: int, keep: int) -> dict[str, Any]:
    """One run: ``keep`` untimed reads to fill the deque, then ``reads`` timed ones."""
    loads, clock = json.loads, time.perf_counter_ns
    kept: collections.deque[Any] = collections.deque(maxlen=keep)
    gc.collect()
    for _ in range(keep):
        kept.append(build(loads(text)))
    parses, builds = [], []
    start = clock()
    for _ in range(reads):
        t0 = clock()
        data = loads(text)
        t1 = clock()
        result = build(data)
        t2 = clock()
        del data
        kept.append(result)
        del result
        parses.append(t1 - t0)
        builds.append(t2 - t1)
    wall = clock() - start
    kept.clear()
    return {"wall": wall, "parse": parses, "build": builds}


def percentile(values: list[int], share: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)])


def from_dict_times(
    peers: dict[str, PulsePeer],
    payloads: list[PulsePayload],
    rounds: int,
    reads: dict[str, int],
    keep: int,
    shuffle: random.Random,
) -> dict[str, dict[str, Any]]:
    """Per payload and peer: ms per payload (parse excluded), its rounds, single calls."""
    pairs = [(p, key) for p in payloads for key in peers]
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {(p.label, k): [] for p, k in pairs}
    for _ in range(rounds):
        shuffle.shuffle(pairs)
        for p, key in pairs:
            peer = peers[key]
            build = peer.defs if p.kind == "defs" else peer.conf
            runs[p.label, key].append(run(build, p.text, reads[p.kind], keep))
    out: dict[str, dict[str, Any]] = {}
    for p in payloads:
        table = out.setdefault(p.label, {})
        for key in peers:
            done = runs[p.label, key]
            n = reads[p.kind]
            per_round = [(r["wall"] - sum(r["parse"])) / n / 1e6 for r in done]
            builds = [ns for r in done for ns in r["build"]]
            table[key] = {
                "per_payload_ms": statistics.median(per_round),
                "per_payload_ms_by_round": per_round,
                "with_parse_ms": statistics.median(r["wall"] / n / 1e6 for r in done),
                "parse_median_ms": statistics.median(ns for r in done for ns in r["parse"]) / 1e6,
                "call_median_ms": statistics.median(builds) / 1e6,
                "call_p95_ms": percentile(builds, 0.95) / 1e6,
                "reads": n * len(done),
            }
        for key, entry in table.items():
            mine = entry["per_payload_ms_by_round"]
            for other in (QISKIT, LIMIT):
                if other in table and other != key:
                    theirs = table[other]["per_payload_ms_by_round"]
                    quotients = [t / m for m, t in zip(mine, theirs, strict=True)]
                    entry[f"speedup_over_{other}"] = statistics.median(quotients)
                    entry[f"ratio_to_{other}"] = statistics.median(1 / q for q in quotients)
    return out


def to_dict_times(
    peers: dict[str, PulsePeer],
    payloads: list[PulsePayload],
    rounds: int,
    seconds: float,
    shuffle: random.Random,
) -> dict[str, dict[str, Any]]:
    """timeit of ``x.to_dict()`` on one built instance (the collector off), per payload."""
    out = {}
    for p in payloads:
        runners = {}
        for key, peer in peers.items():
            if peer.dump is None and key != QISKIT:
                continue
            built = (peer.defs if p.kind == "defs" else peer.conf)(p.fresh())
            runners[key] = timeit.Timer("x.to_dict()", globals={"x": built})
        if rounds == 0:  # --quick: each runs once
            for timer in runners.values():
                timer.timeit(1)
            continue
        out[p.label] = summarize(interleave(runners, rounds, seconds, shuffle), LIMIT)
    return out


def forget_interned() -> None:
    """Empty our tables of interned values, so that a tree pays for what it puts there."""
    try:
        from qiskit_provider_models._field_types import interning
    except ImportError:
        return
    interning.DATETIMES.clear()
    interning.STRINGS.clear()


def tree_bytes(build: Any, payload: PulsePayload) -> int:
    """Bytes the instance tree keeps once the parsed dict is gone (tracemalloc); the
    file is parsed while tracing, so what the tree shares with the dict counts."""
    warm = build(payload.fresh())  # one-time allocations (caches, compiled code)
    del warm
    forget_interned()
    gc.collect()
    tracemalloc.start()
    try:
        data = payload.fresh()
        instance = build(data)
        del data
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0]
        del instance
    finally:
        tracemalloc.stop()
    return kept


def memory(peers: dict[str, PulsePeer], payloads: list[PulsePayload]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for p in payloads:
        table = out.setdefault(p.label, {})
        for key, peer in peers.items():
            table[key] = {"bytes": tree_bytes(peer.defs if p.kind == "defs" else peer.conf, p)}
        for entry in table.values():
            if QISKIT in table:
                entry["ratio_to_qiskit14"] = entry["bytes"] / table[QISKIT]["bytes"]
            entry["ratio_to_handwritten"] = entry["bytes"] / table[LIMIT]["bytes"]
    return out


def targets(
    peers: dict[str, PulsePeer], reads: dict[str, Any], dumps: dict[str, Any], mem: dict[str, Any]
) -> list[dict[str, Any]]:
    found = []
    for label in reads:
        for key in OURS:
            if key not in peers:
                continue
            if QISKIT in peers:
                speedup = reads[label][key]["speedup_over_qiskit14"]
                found.append(
                    {
                        "payload": label,
                        "peer": key,
                        "target": f"from_dict >= {SPEEDUP}x qiskit",
                        "value": speedup,
                        "met": speedup >= SPEEDUP,
                    }
                )
            if label in dumps:
                ratio = dumps[label][key]["ratio"]
                found.append(
                    {
                        "payload": label,
                        "peer": key,
                        "target": f"to_dict <= {TO_DICT} hand-written",
                        "value": ratio,
                        "met": ratio <= TO_DICT,
                    }
                )
            if label in mem and QISKIT in peers:
                ratio = mem[label][key]["ratio_to_qiskit14"]
                found.append(
                    {
                        "payload": label,
                        "peer": key,
                        "target": f"memory <= {MEMORY} of qiskit",
                        "value": ratio,
                        "met": ratio <= MEMORY,
                    }
                )
    return found


def report(
    peers: dict[str, PulsePeer],
    reads: dict[str, Any],
    dumps: dict[str, Any],
    mem: dict[str, Any],
    found: list[dict[str, Any]],
) -> None:
    for label, table in reads.items():
        print(
            f"\nfrom_dict, {label}: ms per payload (run wall time less the parses, over the "
            "reads; median of rounds), single calls' median and p95\n"
        )
        print(
            "| peer | per payload | with parse | call median | call p95 | speed-up over qiskit "
            "| ratio to hand-written |\n|---|---|---|---|---|---|---|"
        )
        for key, e in table.items():
            speedup = e.get("speedup_over_qiskit14")
            ratio = 1.0 if key == LIMIT else e.get("ratio_to_handwritten")
            print(
                f"| {key} | {e['per_payload_ms']:.2f} | {e['with_parse_ms']:.2f} "
                f"| {e['call_median_ms']:.2f} | {e['call_p95_ms']:.2f} "
                f"| {'-' if speedup is None else f'{speedup:.2f}x'} "
                f"| {'-' if ratio is None else f'{ratio:.2f}'} |"
            )
        parse = statistics.median(e["parse_median_ms"] for e in table.values())
        print(f"\n(json.loads of the file, apart: {parse:.2f} ms median)")
    for label, table in dumps.items():
        print(
            f"\nto_dict, {label}: timeit on one built instance, collector off; median, "
            "and median per-round ratio to hand-written\n"
        )
        print("| peer | time | ratio |\n|---|---|---|")
        for key, e in table.items():
            print(f"| {key} | {e['ns'] / 1e6:.3f} ms | {e['ratio']:.2f} |")
    for label, table in mem.items():
        print(f"\ninstance tree, {label}: bytes kept once the parsed dict is gone\n")
        print("| peer | bytes | ratio to qiskit | ratio to hand-written |\n|---|---|---|---|")
        for key, e in table.items():
            to_qiskit = e.get("ratio_to_qiskit14")
            print(
                f"| {key} | {e['bytes']:,} | "
                f"{'-' if to_qiskit is None else f'{to_qiskit:.2f}'} "
                f"| {e['ratio_to_handwritten']:.2f} |"
            )
    if found:
        print("\n| payload | peer | target | value | met |\n|---|---|---|---|---|")
        for t in found:
            print(
                f"| {t['payload']} | {t['peer']} | {t['target']} | {t['value']:.2f} "
                f"| {'yes' if t['met'] else 'NO'} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="seconds: checks answers only")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--keep", type=int, default=3, help="results kept alive (default 3)")
    parser.add_argument("--json", type=Path, help="where to write the figures")
    args = parser.parse_args()
    quick = args.quick
    rounds = 1 if quick else args.rounds
    reads = {"defs": 1, "conf": 1} if quick else {"defs": 8, "conf": 40}
    keep = 1 if quick else args.keep

    import qiskit  # noqa: F401 - a program using these payloads has Qiskit loaded

    peers = load_peers()
    if LIMIT not in peers:
        raise SystemExit("the hand-written limit did not load")
    qiskit_conf = peers[QISKIT].conf if QISKIT in peers else None
    payloads = [largest_defs(), largest_pulse_conf(qiskit_conf)]
    checked = check(peers, payloads)
    print(
        f"\nCPython {platform.python_version()}; gc thresholds {gc.get_threshold()}; "
        f"{rounds} rounds; {keep} results kept"
    )
    for p in payloads:
        print(f"- {p.label}: {len(p.text.encode()):,} bytes")
        for name, why in p.passed_over.items():
            print(f"  (passed over {name}: {why})")
    print(
        "checked: to_dict == payload for ours and hand-written, Qiskit's objects built, "
        "no peer changes its input"
    )
    shuffle = random.Random(20261206)
    times = from_dict_times(peers, payloads, rounds, reads, keep, shuffle)
    dumps = to_dict_times(peers, payloads, 0 if quick else rounds, 0.25, shuffle)
    mem = memory(peers, payloads[1:] if quick else payloads)
    found = targets(peers, times, dumps, mem) if not quick else []
    if quick:
        print("quick: every peer ran every part once; nothing was timed meaningfully")
        return
    report(peers, times, dumps, mem, found)
    version = ".".join(platform.python_version_tuple()[:2])
    path = args.json or Path(__file__).parent / "results" / f"pulse-{version}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "python": platform.python_version(),
                "gc_threshold": gc.get_threshold(),
                "rounds": rounds,
                "reads": reads,
                "keep": keep,
                "payloads": {
                    p.label: {"bytes": len(p.text.encode()), "passed_over": p.passed_over}
                    for p in payloads
                },
                "peers": {
                    k: {"name": p.name, "version": p.version, "note": p.note}
                    for k, p in peers.items()
                },
                "checks": checked,
                "from_dict": times,
                "to_dict_collector_off": dumps,
                "tree_bytes": mem,
                "targets": found,
            },
            indent=2,
        )
    )
    print(f"\nresults written to {path}")


if __name__ == "__main__":
    main()
