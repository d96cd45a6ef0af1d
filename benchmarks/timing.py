"""Timing helpers shared by the benchmark scripts (run.py, backends.py).

Every peer of one operation is timed in the same process, round by round,
in an order shuffled anew each round; a peer's figure is its median time,
and its ratio is the median of its per-round ratios to the baseline's time
in the same round, so that load which comes and goes hits both alike. A
round's sample is the fastest of three short runs (as ``timeit`` advises):
on a shared machine a run can take twice as long as the next one.
"""

from __future__ import annotations

import random
import statistics
import timeit
from typing import Any


def calibrate(timer: timeit.Timer, seconds: float) -> int:
    """How many calls make one sample of about ``seconds``."""
    number = 1
    while True:
        if timer.timeit(number) >= seconds / 4 or number >= 10**7:
            return max(1, int(number * seconds / max(timer.timeit(number), 1e-9)))
        number *= 4


#: Runs per sample, of which the fastest counts.
REPEAT = 3


def interleave(
    runners: dict[str, timeit.Timer], rounds: int, seconds: float, shuffle: random.Random
) -> dict[str, list[float]]:
    """Nanoseconds per call of each runner, one sample per round."""
    numbers = {key: max(1, calibrate(timer, seconds) // REPEAT) for key, timer in runners.items()}
    times: dict[str, list[float]] = {key: [] for key in runners}
    order = list(runners)
    for _ in range(rounds):
        shuffle.shuffle(order)
        for key in order:
            fastest = min(runners[key].repeat(REPEAT, numbers[key]))
            times[key].append(fastest / numbers[key] * 1e9)
    return times


def paired_ratio(values: list[float], base: list[float]) -> float:
    """The median of the per-round ratios ``values[i] / base[i]``."""
    return statistics.median(v / b for v, b in zip(values, base, strict=True))


def summarize(times: dict[str, list[float]], baseline: str) -> dict[str, dict[str, Any]]:
    """Per runner: the median ns and the median per-round ratio to ``baseline``."""
    base = times[baseline]
    return {
        key: {"ns": statistics.median(values), "ratio": paired_ratio(values, base)}
        for key, values in times.items()
    }
