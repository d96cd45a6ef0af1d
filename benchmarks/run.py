"""Benchmark from_dict/to_dict against the peers and the hand-written limit.

    python3 benchmarks/run.py            # full run, about two minutes
    python3 benchmarks/run.py --quick    # a few seconds: checks that it all works

Every peer runs in this one process, interleaved round by round; the table
gives each peer's median time and its median per-round ratio to the
hand-written baseline (benchmarks/peers/handwritten.py). Peers whose library is
missing are skipped with a line saying so (``pip install '.[bench]'``).
Results also go to a JSON file (``--json``). Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import timeit
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import interleave, summarize

from cases import CASES, DECLARED, PAYLOAD_A, PAYLOAD_B, Peer
from peers import MODULES

BASELINE = "handwritten"


def load_peers(only: set[str] | None) -> dict[str, Peer]:
    peers = {}
    for module in MODULES:
        if only and module not in only and module != BASELINE:
            continue
        try:
            peers[module] = importlib.import_module(f"peers.{module}").peer()
        except ImportError as error:
            print(f"skipped {module}: {error} (pip install '.[bench]')")
    return peers


def namespace(peer: Peer, case: str) -> dict[str, Any]:
    payload, arg = CASES[case]
    names = dict(peer.namespace)
    names["p"] = dict(payload)
    if arg == "x":
        names["x"] = peer.build[case](dict(payload))
    return names


def expected(peer: Peer, case: str) -> dict[str, Any]:
    payload = CASES[case][0]
    if peer.extras.startswith("no"):
        return {k: v for k, v in payload.items() if k in DECLARED[case]}
    return payload


def check(peer: Peer) -> None:
    """Each statement gives the right answer before it is timed."""
    for case, statement in peer.statements.items():
        result = eval(statement, namespace(peer, case))
        got = result if "to_dict" in case else peer.dump(result)
        if got != expected(peer, case):
            raise SystemExit(f"{peer.name}, {case}: wrong result {got!r}")


def measure(peers: dict[str, Peer], rounds: int, seconds: float) -> dict[str, dict[str, Any]]:
    """Per case and peer: the median ns and the median per-round ratio to the baseline."""
    results: dict[str, dict[str, Any]] = {}
    shuffle = random.Random(20261125)
    for case in CASES:
        runners = {
            key: timeit.Timer(peer.statements[case], globals=namespace(peer, case))
            for key, peer in peers.items()
            if case in peer.statements
        }
        if BASELINE not in runners:
            continue
        results[case] = summarize(interleave(runners, rounds, seconds, shuffle), BASELINE)
    return results


def bytes_per_instance(peer: Peer, payload: dict[str, Any], count: int = 2000) -> float | None:
    case = "from_dict A" if payload is PAYLOAD_A else "from_dict B"
    if case not in peer.statements:
        return None
    code = compile(peer.statements[case], case, "eval")
    names = dict(peer.namespace)
    names["p"] = dict(payload)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [eval(code, names) for _ in range(count)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    # The list that keeps them is not theirs.
    return (after - before - sys.getsizeof(kept)) / count


#: What is timed in fresh interpreters: the module, and what its import runs.
IMPORTS = {
    "qiskit_provider_models": "import qiskit_provider_models",
    "dataclasses": "import dataclasses",
    # Qiskit's models are imported on first use: what naming one costs.
    "JobStatus": "from qiskit_provider_models import JobStatus",
    "BackendProperties": "from qiskit_provider_models import BackendProperties",
}


def import_times(runs: int) -> dict[str, float]:
    """Median import time (us) of each statement in ``IMPORTS``, in fresh
    interpreters, as users get it: with the bytecode cached (written by a
    first run here if it is not yet, as pip writes it when installing)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for statement in IMPORTS.values():  # writes the bytecode, if it can
        subprocess.run([sys.executable, "-c", statement], env=env, check=True)
    samples: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(runs):
        for name, statement in IMPORTS.items():
            code = (
                f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
            )
            out = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout
            samples[name].append(float(out) * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def table(peers: dict[str, Peer], results: dict[str, dict[str, Any]]) -> str:
    cases = list(results)
    lines = [
        "| peer | extras kept? | " + " | ".join(cases) + " |",
        "|---|---|" + "---|" * len(cases),
    ]
    for key, peer in peers.items():
        cells = []
        for case in cases:
            entry = results[case].get(key)
            cells.append("-" if entry is None else f"{entry['ns']:.0f} ns ({entry['ratio']:.2f})")
        lines.append(f"| {peer.name} {peer.version} | {peer.extras} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


#: Each model of this package, and the hand-written class doing the same work.
SAME_WORK = {
    "ours": "handwritten_same_work",
    "ours_frozen": "handwritten_same_work_frozen",
    "ours_plain": "handwritten_same_work_plain",
}


def same_work_table(peers: dict[str, Peer], results: dict[str, dict[str, Any]]) -> str:
    """Each of our models against the hand-written class that does the same
    work (its ratio to the baseline over theirs, per case)."""
    cases = ["from_dict A", "from_dict B", "to_dict A", "to_dict B"]
    lines = [
        "\n| ratio to the same-work hand-written class | " + " | ".join(cases) + " |",
        "|---|" + "---|" * len(cases),
    ]
    for ours, theirs in SAME_WORK.items():
        if ours not in peers or theirs not in peers:
            continue
        cells = []
        for case in cases:
            mine, same = results[case].get(ours), results[case].get(theirs)
            cells.append(
                "-" if mine is None or same is None else f"{mine['ratio'] / same['ratio']:.2f}"
            )
        lines.append(f"| {peers[ours].name} / {peers[theirs].name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few seconds, to check it works")
    parser.add_argument(
        "--json", type=Path, default=Path(__file__).parent / "results" / "latest.json"
    )
    parser.add_argument("--only", help="comma-separated peer modules (the baseline always runs)")
    args = parser.parse_args()
    rounds, seconds, imports = (3, 0.002, 1) if args.quick else (15, 0.05, 7)

    peers = load_peers(set(args.only.split(",")) if args.only else None)
    for peer in peers.values():
        check(peer)
    results = measure(peers, rounds, seconds)
    memory = {
        key: {"A": bytes_per_instance(peer, PAYLOAD_A), "B": bytes_per_instance(peer, PAYLOAD_B)}
        for key, peer in peers.items()
    }
    imported = import_times(imports)

    print(
        f"CPython {platform.python_version()} on {platform.machine()}, {rounds} rounds; "
        "median ns per call (median per-round ratio to the hand-written baseline)\n"
    )
    print(table(peers, results))
    print(same_work_table(peers, results))
    print("\n| peer | bytes per instance, A | B |\n|---|---|---|")
    for key, peer in peers.items():
        a, b = (_cell(memory[key][p]) for p in "AB")
        print(f"| {peer.name} | {a} | {b} |")
    ours, stdlib = imported["qiskit_provider_models"], imported["dataclasses"]
    print(
        f"\nimport qiskit_provider_models: {ours / 1000:.1f} ms; import dataclasses: "
        f"{stdlib / 1000:.1f} ms (ratio {ours / stdlib:.1f}); then, in a fresh "
        f"interpreter each, from qiskit_provider_models import JobStatus: "
        f"{imported['JobStatus'] / 1000:.1f} ms, BackendProperties: "
        f"{imported['BackendProperties'] / 1000:.1f} ms"
    )

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "python": platform.python_version(),
                "quick": args.quick,
                "rounds": rounds,
                "peers": {
                    key: {"name": p.name, "version": p.version, "extras": p.extras}
                    for key, p in peers.items()
                },
                "results": results,
                "bytes_per_instance": memory,
                "import_us": imported,
            },
            indent=2,
        )
    )
    print(f"\nresults written to {args.json}")


if __name__ == "__main__":
    main()
