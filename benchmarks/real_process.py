"""Backend properties read as users read them: a process that lives on, the collector on.

    python3 benchmarks/real_process.py            # about 3 minutes
    python3 benchmarks/real_process.py --quick    # seconds: checks every reader, asserts no speed

The payload is qiskit-ibm-runtime's ``props_fez.json`` (``--backend`` for
another), read where the package is installed. Unlike benchmarks/backends.py
(one parsed dict read again and again, timeit's collector off, Qiskit's
warnings silenced by a message regex), every read here is what a user's
process does:

- the interpreter's default warning filters (and those the imports add), for
  every reader: this program filters nothing, so Qiskit's deprecation
  warnings go through the filters a user has;
- a fresh payload per read: ``json.loads`` of the file's bytes, timed apart
  from the build (``from_json`` readers take the bytes themselves);
- the collector on, at its default thresholds, with Qiskit and
  qiskit-ibm-runtime imported (their objects are live, as in a program that
  uses them), the last ``--keep`` results kept alive in a deque, every
  collection counted by generation through ``gc.callbacks``.

Each (option, reader) pair makes one run of ``--reads`` reads a round; the
pairs run in an order shuffled anew each round, all in this one process. A
reader's time per payload is the run's wall time over its reads (parse,
build, the payload's and the dropped result's deallocation, and every
collection that fell in the run), its median over the rounds; its speed-up
over another reader is the median of the per-round quotients. Single calls:
the median and 95th percentile of every timed ``build`` (the call a user
makes: ``from_dict``, ``from_json``, the decoder), and of parse + build.

"Options" are what a user can do about the collector without the library
changing any gc setting: ``gc.freeze()`` after the imports, a higher
generation 0 threshold, ``gc.disable()``/``gc.enable()`` around a read.
``--quick`` checks every reader's answer (the payload's values and dates,
``to_dict`` exact where the model promises it, ``from_json`` equal to
``from_dict``) and runs every part once, asserting no speed. Results go to
``benchmarks/results/real_process-<python version>.json`` (full runs).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import platform
import random
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

# The benchmarks folder, so that backend_bench and backend_peers import as
# top-level names when this file runs as a script from any folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from backend_bench.payloads import payload
from backend_bench.real_readers import BASELINE, JSON_READERS, OURS, Reader, check, load_readers
from backend_bench.real_runs import (
    Counter,
    Option,
    Run,
    options,
    run,
    steady_counts,
    tracked_objects,
)

#: The readers whose speed-ups are reported (when loaded), and the targets' factors.
REFERENCES = {"qiskit14": 3.0, "runtime": 2.5, "runtime_decoder": 2.5}


def import_the_world() -> dict[str, Any]:
    """Import Qiskit and qiskit-ibm-runtime, as a program that uses them has;
    the live tracked objects after one collection."""
    started = time.perf_counter()
    found = []
    for name in ("qiskit", "qiskit_ibm_runtime"):
        try:
            __import__(name)
            found.append(name)
        except ImportError:
            print(f"not imported: {name} (not installed)")
    gc.collect()
    return {
        "imported": found,
        "import_seconds": round(time.perf_counter() - started, 3),
        "live_tracked_objects": len(gc.get_objects()),
    }


def source_state() -> dict[str, str]:
    """The commit and whether the working tree differs: what was measured."""
    root = Path(__file__).resolve().parent.parent
    found = {}
    for key, command in (
        ("commit", ["git", "rev-parse", "HEAD"]),
        ("changed_files", ["git", "status", "--porcelain", "--", "src"]),
    ):
        try:
            done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            found[key] = "unknown"
        else:
            out = done.stdout.strip()
            found[key] = out if key == "commit" else str(len(out.splitlines()))
    return found


def percentile(values: list[int], share: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)])


def summarize(runs: list[Run]) -> dict[str, Any]:
    builds = [ns for r in runs for ns in r.build_ns]
    reads_ = [p + b for r in runs for p, b in zip(r.parse_ns, r.build_ns, strict=True)]
    parses = [ns for r in runs for ns in r.parse_ns]
    reads = sum(r.reads for r in runs)
    wall = sum(r.wall_ns for r in runs)
    gc_ns = sum(sum(r.collections.ns) for r in runs)
    by_phase = {
        phase: sum(r.collections.ns_by_phase[phase] for r in runs)
        for phase in runs[0].collections.ns_by_phase
    }
    build_median, read_median = statistics.median(builds), statistics.median(reads_)
    return {
        "per_read_ms": statistics.median(r.per_read_ns for r in runs) / 1e6,
        "per_read_ms_by_round": [r.per_read_ns / 1e6 for r in runs],
        "build_median_ms": build_median / 1e6,
        "build_p95_ms": percentile(builds, 0.95) / 1e6,
        "build_p95_over_median": percentile(builds, 0.95) / build_median,
        "parse_median_ms": statistics.median(parses) / 1e6,
        "read_median_ms": read_median / 1e6,
        "read_p95_ms": percentile(reads_, 0.95) / 1e6,
        "read_p95_over_median": percentile(reads_, 0.95) / read_median,
        "collections_per_read": [
            sum(r.collections.count[g] for r in runs) / reads for g in range(3)
        ],
        "collections": [sum(r.collections.count[g] for r in runs) for g in range(3)],
        "gc_ms_per_read_by_generation": [
            sum(r.collections.ns[g] for r in runs) / reads / 1e6 for g in range(3)
        ],
        "gc_ms_per_read": gc_ns / reads / 1e6,
        "gc_share_of_wall": gc_ns / wall,
        "gc_ms_per_read_by_phase": {phase: ns / reads / 1e6 for phase, ns in by_phase.items()},
        "reads": reads,
    }


def speedup(slow: list[Run], fast: list[Run]) -> float:
    """The median of the per-round quotients of the wall times per read."""
    return statistics.median(s.per_read_ns / f.per_read_ns for s, f in zip(slow, fast, strict=True))


def measure(
    readers: dict[str, Reader],
    raw: bytes,
    chosen: dict[str, Option],
    rounds: int,
    reads: int,
    keep: int,
) -> dict[tuple[str, str], list[Run]]:
    pairs = [(option, key) for option in chosen for key in readers]
    results: dict[tuple[str, str], list[Run]] = {pair: [] for pair in pairs}
    shuffle = random.Random(20261220)
    counter = Counter()
    with counter.installed():
        for number in range(rounds):
            started = time.perf_counter()
            shuffle.shuffle(pairs)
            for option, key in pairs:
                results[option, key].append(
                    run(readers[key], raw, chosen[option], reads, keep, counter)
                )
            print(f"round {number + 1}/{rounds}: {time.perf_counter() - started:.1f} s")
    return results


def ms(value: float) -> str:
    return f"{value:.2f}"


def speedups(results: dict[tuple[str, str], list[Run]], option: str, key: str) -> dict[str, float]:
    return {
        ref: speedup(results[option, ref], results[option, key])
        for ref in REFERENCES
        if (option, ref) in results and ref != key
    }


def main_table(
    readers: dict[str, Reader],
    results: dict[tuple[str, str], list[Run]],
    summary: dict[tuple[str, str], dict[str, Any]],
) -> str:
    lines = [
        "### Real process: per payload, the collector on (default thresholds)",
        "",
        "| reader | version | per payload (wall/N) | call median | call p95 (p95/median) "
        "| parse + call median | its p95 (p95/median) | GC per read (share of wall) "
        "| vs qiskit14 | vs runtime | vs runtime_decoder |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key, reader in readers.items():
        if ("default", key) not in summary:
            continue
        s = summary["default", key]
        ups = speedups(results, "default", key)
        lines.append(
            f"| {reader.name} | {reader.version} | {ms(s['per_read_ms'])} ms "
            f"| {ms(s['build_median_ms'])} ms | {ms(s['build_p95_ms'])} ms "
            f"({s['build_p95_over_median']:.2f}) | {ms(s['read_median_ms'])} ms "
            f"| {ms(s['read_p95_ms'])} ms ({s['read_p95_over_median']:.2f}) "
            f"| {ms(s['gc_ms_per_read'])} ms ({s['gc_share_of_wall']:.0%}) | "
            + " | ".join(f"{ups[ref]:.2f}x" if ref in ups else "-" for ref in REFERENCES)
            + " |"
        )
    lines += [
        "",
        "call: the timed call (`from_dict`, `from_json`, the decoder; nothing for a parser "
        "alone); parse: `json.loads` of the bytes (nothing for `from_json`); vs X: how many "
        "times faster per payload than X, the median of the per-round quotients.",
    ]
    return "\n".join(lines)


def collector_table(
    readers: dict[str, Reader], summary: dict[tuple[str, str], dict[str, Any]]
) -> str:
    lines = [
        "### The collector's share, default thresholds",
        "",
        "| reader | collections per read, gen 0 / 1 / 2 | GC ms per read, gen 0 / 1 / 2 "
        "| GC ms per read during parse / call / between | share of the wall time |",
        "|---|---|---|---|---|",
    ]
    for key, reader in readers.items():
        if ("default", key) not in summary:
            continue
        s = summary["default", key]
        counts = " / ".join(f"{c:.2f}" for c in s["collections_per_read"])
        gens = " / ".join(f"{c:.2f}" for c in s["gc_ms_per_read_by_generation"])
        phases = " / ".join(f"{c:.2f}" for c in s["gc_ms_per_read_by_phase"].values())
        lines.append(
            f"| {reader.name} | {counts} | {gens} | {phases} | {s['gc_share_of_wall']:.0%} |"
        )
    return "\n".join(lines)


def option_table(
    readers: dict[str, Reader],
    chosen: dict[str, Option],
    results: dict[tuple[str, str], list[Run]],
    summary: dict[tuple[str, str], dict[str, Any]],
) -> str:
    lines = [
        "### What a user can do about the collector (the library changes no gc setting)",
        "",
        "| option | reader | per payload | vs default | call median | call p95 "
        "(p95/median) | collections per read (gen 0/1/2) | GC per read | "
        "vs qiskit14 | vs runtime | vs runtime_decoder |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for option in chosen:
        for key, reader in readers.items():
            if (option, key) not in summary:
                continue
            s = summary[option, key]
            ups = speedups(results, option, key)
            gain = speedup(results["default", key], results[option, key])
            gens = "/".join(f"{c:.2f}" for c in s["collections_per_read"])
            refs = " | ".join(f"{ups[ref]:.2f}x" if ref in ups else "-" for ref in REFERENCES)
            lines.append(
                f"| {option} | {reader.name} | {ms(s['per_read_ms'])} ms | {gain:.2f}x "
                f"| {ms(s['build_median_ms'])} ms | {ms(s['build_p95_ms'])} ms "
                f"({s['build_p95_over_median']:.2f}) | {gens} | {ms(s['gc_ms_per_read'])} ms "
                f"| {refs} |"
            )
    lines.append("")
    lines += [f"- {option}: {chosen[option].text}" for option in chosen]
    return "\n".join(lines)


def json_table(
    readers: dict[str, Reader],
    chosen: dict[str, Option],
    results: dict[tuple[str, str], list[Run]],
    summary: dict[tuple[str, str], dict[str, Any]],
) -> tuple[str, dict[str, dict[str, Any]]]:
    found: dict[str, dict[str, Any]] = {}
    lines = [
        "### From bytes: `from_json` against the parsers alone and the runtime's decoder",
        "",
        "| option | reader | per payload | parse + call median | over `json.loads` alone "
        "(per payload / median) | speed-up vs runtime decoder from bytes |",
        "|---|---|---|---|---|---|",
    ]
    for option in chosen:
        loads = results.get((option, "json_loads"))
        decoder = results.get((option, "runtime_decoder"))
        found[option] = {}
        for key in (*JSON_READERS, "ours", "ours_frozen", "runtime_decoder"):
            if (option, key) not in results:
                continue
            s, runs = summary[option, key], results[option, key]
            over = (
                (
                    speedup(runs, loads),
                    s["read_median_ms"] / summary[option, "json_loads"]["read_median_ms"],
                )
                if loads
                else None
            )
            up = speedup(decoder, runs) if decoder and key != "runtime_decoder" else None
            found[option][key] = {"over_json_loads": over, "speedup_vs_runtime_decoder": up}
            lines.append(
                f"| {option} | {readers[key].name} | {ms(s['per_read_ms'])} ms "
                f"| {ms(s['read_median_ms'])} ms "
                f"| {'-' if over is None else f'{over[0]:.2f} / {over[1]:.2f}'} "
                f"| {'-' if up is None else f'{up:.2f}x'} |"
            )
    return "\n".join(lines), found


def tracked_table(readers: dict[str, Reader], tracked: dict[str, dict[str, Any]]) -> str:
    lines = [
        "### GC-tracked objects of one read (the collector off while counting)",
        "",
        "| reader | GC allocations: parse | call | tracked objects kept by the result "
        "| after one collection | allocated blocks kept | steady state, gen-0 count: parse "
        "/ call / payload dropped / oldest result dropped | kept, by type (after a "
        "collection) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, entry in tracked.items():
        kinds = ", ".join(
            f"{name} {n:,}" for name, n in list(entry["types_after_collect"].items())[:6]
        )
        steady = " / ".join(
            f"{entry['steady'][step]:,}"
            for step in ("parse", "call", "payload_dropped", "oldest_result_dropped")
        )
        lines.append(
            f"| {readers[key].name} | {entry['allocated_parse']:,} | {entry['allocated_build']:,} "
            f"| {entry['tracked_kept']:,} | {entry['tracked_kept_after_collect']:,} "
            f"| {entry['blocks_kept']:,} | {steady} | {kinds} |"
        )
    lines += [
        "",
        "GC allocations: the rise of generation 0's count (GC objects allocated, less "
        "those freed) right after a collection; steady state: the same count, step by "
        "step, for a read with the last results alive and the oldest dropped (tuples "
        "reused from CPython's free lists are not counted there).",
    ]
    return "\n".join(lines)


def summary_keys(summary: dict[tuple[str, str], dict[str, Any]]) -> set[str]:
    return {key for _, key in summary}


def targets(
    results: dict[tuple[str, str], list[Run]],
    summary: dict[tuple[str, str], dict[str, Any]],
    from_json: dict[str, Any],
) -> list[dict[str, Any]]:
    found = []

    def add(reader: str, goal: str, measured: float, met: bool) -> None:
        found.append({"reader": reader, "goal": goal, "measured": measured, "met": met})

    for key in OURS:
        if ("default", key) not in summary:
            continue
        for ref, factor in REFERENCES.items():
            if ("default", ref) in results:
                up = speedup(results["default", ref], results["default", key])
                add(key, f"per payload >= {factor}x faster than {ref}", up, up >= factor)
        s = summary["default", key]
        ratio = s["build_p95_over_median"]
        add(key, "p95 of a single from_dict call <= 2x its median", ratio, ratio <= 2.0)
        ratio = s["read_p95_over_median"]
        add(key, "p95 of a single read (parse + from_dict) <= 2x its median", ratio, ratio <= 2.0)
    parser = "msgspec parses" if "msgspec_decode" in summary_keys(summary) else "no msgspec"
    for key in ("ours_from_json", "ours_frozen_from_json"):
        entry = from_json.get(key)
        if not entry:
            continue
        if entry["over_json_loads"]:
            per, median = entry["over_json_loads"]
            add(key, f"per payload <= 1.6x json.loads alone ({parser})", per, per <= 1.6)
            add(key, f"median call <= 1.6x json.loads alone ({parser})", median, median <= 1.6)
        if entry["speedup_vs_runtime_decoder"]:
            up = entry["speedup_vs_runtime_decoder"]
            add(key, ">= 3x faster than the runtime's decoder from bytes", up, up >= 3.0)
        ratio = summary["default", key]["build_p95_over_median"]
        add(key, "p95 of a single from_json call <= 2x its median", ratio, ratio <= 2.0)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="check every reader, run each once")
    parser.add_argument("--backend", default="fez", help="whose props_ file (default: fez)")
    parser.add_argument("--rounds", type=int, default=4, help="rounds (default 4)")
    parser.add_argument("--reads", type=int, default=30, help="timed reads a run (default 30)")
    parser.add_argument("--keep", type=int, default=4, help="results kept alive (default 4)")
    parser.add_argument(
        "--options",
        default="default,freeze,threshold,disable",
        help="comma-separated: default,freeze,threshold,disable",
    )
    parser.add_argument(
        "--threshold", type=int, default=10_000, help="the 'threshold' option's generation 0"
    )
    parser.add_argument("--json", type=Path, help="where to write the results")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.reads, args.keep = 1, 1, 1

    if not gc.isenabled():
        raise SystemExit("the collector is off in this interpreter: this benchmark needs it on")
    defaults = [repr(f) for f in warnings.filters]
    world = import_the_world()
    props = payload("props", args.backend)
    raw = props.path.read_bytes()
    readers = load_readers()
    # The filters are the interpreter's, plus what the imports put there
    # (numpy, scipy, urllib3, requests add some): this program adds none.
    filters = [repr(f) for f in warnings.filters]
    added = [f for f in filters if f not in defaults]
    print(f"warning filters: the interpreter's {len(defaults)}, and {len(added)} the imports added")
    checked = check(readers, raw)
    print(f"checked {len(checked)} readers against {props.label}:")
    for key, what in checked.items():
        print(f"  {key}: {what}")

    every = options(args.threshold)
    chosen = {key: every[key] for key in args.options.split(",")}
    if "default" not in chosen:
        raise SystemExit("--options must include default")
    # A first count, thrown away: the first collections of the process make
    # objects of their own (weak references, caches) that would count as a read's.
    tracked_objects(readers[BASELINE], raw)
    tracked = {
        key: {**tracked_objects(reader, raw), "steady": steady_counts(reader, raw, args.keep)}
        for key, reader in readers.items()
        if reader.kind == "model" and key not in JSON_READERS
    }
    results = measure(readers, raw, chosen, args.rounds, args.reads, args.keep)
    summary = {pair: summarize(runs) for pair, runs in results.items()}

    print(
        f"\nCPython {platform.python_version()} on {platform.machine()}; {props.label} "
        f"({len(raw):,} bytes); {args.rounds} rounds of {args.reads} reads a run, the last "
        f"{args.keep} results kept; gc thresholds {gc.get_threshold()}; imported "
        f"{', '.join(world['imported'])}: {world['live_tracked_objects']:,} live tracked "
        f"objects after a collection.\n"
    )
    print(main_table(readers, results, summary) + "\n")
    print(collector_table(readers, summary) + "\n")
    print(option_table(readers, chosen, results, summary) + "\n")
    table, from_json = json_table(readers, chosen, results, summary)
    print(table + "\n")
    print(tracked_table(readers, tracked) + "\n")
    found = targets(results, summary, from_json["default"])
    print("### Targets\n\n| reader | target | measured | met? |\n|---|---|---|---|")
    for t in found:
        print(
            f"| {t['reader']} | {t['goal']} | {t['measured']:.2f} "
            f"| {'yes' if t['met'] else '**no**'} |"
        )
    if args.quick:
        print("\n(--quick: one round of one read a run; the figures mean nothing)")
    if filters != [repr(f) for f in warnings.filters]:
        raise SystemExit("the warning filters changed during the run")

    path = args.json or (
        None
        if args.quick
        else Path(__file__).parent
        / "results"
        / f"real_process-{'.'.join(platform.python_version_tuple()[:2])}.json"
    )
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "python": platform.python_version(),
                "machine": platform.machine(),
                "when": time.strftime("%Y-%m-%d %H:%M:%S %z"),
                "argv": sys.argv[1:],
                "quick": args.quick,
                "payload": {"file": props.label, "bytes": len(raw)},
                "rounds": args.rounds,
                "reads": args.reads,
                "keep": args.keep,
                "gc_threshold": gc.get_threshold(),
                "warning_filters": {"interpreter": defaults, "added_by_imports": added},
                "world": world,
                "source": source_state(),
                "readers": {
                    key: {"name": r.name, "version": r.version, "checked": checked[key]}
                    for key, r in readers.items()
                },
                "options": {key: o.text for key, o in chosen.items()},
                "results": {
                    f"{option}/{key}": {
                        **s,
                        "speedups": speedups(results, option, key),
                        "vs_default": speedup(results["default", key], results[option, key]),
                    }
                    for (option, key), s in summary.items()
                },
                "from_json": from_json,
                "tracked_objects": tracked,
                "targets": found,
            },
            indent=2,
        )
    )
    print(f"results written to {path}")


if __name__ == "__main__":
    main()
