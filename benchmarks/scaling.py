"""How from_dict and to_dict grow with the payload: time per extra key.

    python3 benchmarks/scaling.py [--quick]

If the work is linear in the payload, the time per key stays flat as the
payload grows by 10x steps. Also times a payload with a 1 MB string, which
should cost what a short one does (strings are kept, not copied).
"""

from __future__ import annotations

import argparse
import platform
import timeit

from qiskit_provider_models import FrozenJobStatus, JobStatus

FIELDS = {"job_id": "1", "status": "RUNNING", "status_msg": "running"}


def per_call(statement: str, names: dict[str, object], repeat: int) -> float:
    timer = timeit.Timer(statement, globals=names)
    number = max(1, timer.autorange()[0] // 4)
    return min(timer.repeat(repeat, number)) / number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = [100, 1_000, 10_000] if args.quick else [100, 1_000, 10_000, 100_000]
    repeat = 3 if args.quick else 7
    print(
        f"CPython {platform.python_version()}: ns per extra key (ratio to the smallest payload)\n"
    )
    print("| model | operation | " + " | ".join(f"{n:,} extras" for n in sizes) + " |")
    print("|---|---|" + "---|" * len(sizes))
    for cls in (JobStatus, FrozenJobStatus):
        for operation, statement in (("from_dict", "cls.from_dict(p)"), ("to_dict", "x.to_dict()")):
            cells, first = [], None
            for size in sizes:
                payload = {**FIELDS, **{f"key{i}": i for i in range(size)}}
                names = {"cls": cls, "p": payload, "x": cls.from_dict(payload)}
                per_key = per_call(statement, names, repeat) / size * 1e9
                first = first or per_key
                cells.append(f"{per_key:.1f} ({per_key / first:.2f})")
            print(f"| {cls.__name__} | {operation} | " + " | ".join(cells) + " |")
    big = {**FIELDS, "job_id": "x" * 1_000_000}
    short = per_call("JobStatus.from_dict(p)", {"JobStatus": JobStatus, "p": FIELDS}, repeat)
    large = per_call("JobStatus.from_dict(p)", {"JobStatus": JobStatus, "p": big}, repeat)
    print(
        f"\nfrom_dict with a 1 MB job_id: {large * 1e9:.0f} ns, a short one: {short * 1e9:.0f} ns"
    )


if __name__ == "__main__":
    main()
