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

This file reads the arguments and runs the parts, which are in
``backend_bench/``, one module a job: payloads, checks, operations (timing),
memory and report.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import warnings
from pathlib import Path

# The benchmarks folder, so that backend_bench, backend_peers and timing import
# as top-level names when this file runs as a script from any folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from backend_bench import BASELINE
from backend_bench.checks import check, load_peers
from backend_bench.memory import tree_bytes
from backend_bench.operations import first_calls, measure, operations
from backend_bench.payloads import describe, largest_conf, payload, sweep_inputs
from backend_bench.report import (
    first_call_table,
    memory_table,
    operation_table,
    targets,
    targets_table,
)
from timing import summarize


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
        # Qiskit 1.4's models warn on every construction: the interpreter's
        # default filters ignore them, as in a user's program. (A message
        # filter, tried before, ran its regex on each of props_fez's 6,150
        # warnings and made Qiskit 1.5x slower than users see it.)
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
