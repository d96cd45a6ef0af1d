"""The runs of benchmarks/real_process.py: N reads of a payload in a process
that lives on, the collector on and every collection counted, and the
GC-tracked objects one read creates.

A run: the readers' previous results dropped, one ``gc.collect()`` (not
timed), the user's option applied, the deque of kept results filled with
``keep`` reads (not timed), then ``reads`` timed reads. Each read parses the
bytes anew (``parse``, timed apart), builds (``build``: the call a user
makes), drops the parsed payload and pushes the result on the deque, which
drops the oldest. The run's wall time covers all of it, the collections
wherever they fall, the payloads' and old results' deallocation included.
"""

from __future__ import annotations

import collections
import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from backend_bench.real_readers import Reader

#: Where a collection can fall: while parsing, inside build, or between
#: (the payload's and the dropped result's deallocation, the bookkeeping).
PHASES = ("parse", "build", "other")


@dataclass
class Collections:
    """What ``gc.callbacks`` saw: collections and their time, by generation and phase."""

    count: list[int] = field(default_factory=lambda: [0, 0, 0])
    ns: list[int] = field(default_factory=lambda: [0, 0, 0])
    ns_by_phase: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PHASES, 0))
    count_by_phase: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PHASES, 0))


class Counter:
    """A ``gc.callbacks`` entry that adds every collection to ``current``."""

    def __init__(self) -> None:
        self.current = Collections()
        self.phase = "other"
        self._start = 0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter_ns()
            return
        elapsed = time.perf_counter_ns() - self._start
        current, generation = self.current, info["generation"]
        current.count[generation] += 1
        current.ns[generation] += elapsed
        current.ns_by_phase[self.phase] += elapsed
        current.count_by_phase[self.phase] += 1

    @contextmanager
    def installed(self) -> Iterator[Counter]:
        gc.callbacks.append(self)
        try:
            yield self
        finally:
            gc.callbacks.remove(self)


@dataclass
class Option:
    """Something a user can do about the collector's cost, not the library."""

    key: str
    text: str
    #: Called once before the run's reads (after its gc.collect); returns the undo.
    apply: Callable[[], Callable[[], None]] = lambda: lambda: None
    #: gc.disable() / gc.enable() around each read (parse and build), in try/finally.
    disable_around_read: bool = False


def _freeze() -> Callable[[], None]:
    gc.freeze()
    return gc.unfreeze


def _threshold(gen0: int) -> Callable[[], Callable[[], None]]:
    def apply() -> Callable[[], None]:
        before = gc.get_threshold()
        gc.set_threshold(gen0, *before[1:])
        return lambda: gc.set_threshold(*before)

    return apply


def options(gen0: int) -> dict[str, Option]:
    return {
        "default": Option("default", "interpreter defaults (collector on, default thresholds)"),
        "freeze": Option(
            "freeze",
            "`gc.freeze()` once the imports are done (here: after the run's gc.collect)",
            _freeze,
        ),
        "threshold": Option(
            "threshold",
            f"`gc.set_threshold({gen0:,}, ...)`: generation 0's threshold raised",
            _threshold(gen0),
        ),
        "disable": Option(
            "disable",
            "`gc.disable()` around each read, `gc.enable()` in `finally`",
            disable_around_read=True,
        ),
    }


@dataclass
class Run:
    """One run of one reader under one option."""

    wall_ns: int
    reads: int
    parse_ns: list[int]
    build_ns: list[int]
    collections: Collections

    @property
    def per_read_ns(self) -> float:
        return self.wall_ns / self.reads


def run(reader: Reader, raw: bytes, option: Option, reads: int, keep: int, counter: Counter) -> Run:
    kept: collections.deque[Any] = collections.deque(maxlen=keep)
    parse, build = reader.parse, reader.build
    gc.collect()
    undo = option.apply()
    try:
        for _ in range(keep):
            kept.append(build(parse(raw)))
        counter.current = stats = Collections()
        times: list[tuple[int, int, int]] = []
        disable = option.disable_around_read
        start = time.perf_counter_ns()
        for _ in range(reads):
            if disable:
                gc.disable()
            try:
                counter.phase = "parse"
                t0 = time.perf_counter_ns()
                data = parse(raw)
                t1 = time.perf_counter_ns()
                counter.phase = "build"
                result = build(data)
                t2 = time.perf_counter_ns()
                counter.phase = "other"
            finally:
                if disable:
                    gc.enable()
            del data
            kept.append(result)
            del result
            # A tuple: a tracked allocation, as any program makes between two
            # reads, so that a collection put off by gc.disable() runs here.
            times.append((t0, t1, t2))
        wall = time.perf_counter_ns() - start
        counter.current = Collections()
    finally:
        undo()
        kept.clear()
    return Run(
        wall,
        reads,
        [t1 - t0 for t0, t1, _ in times],
        [t2 - t1 for _, t1, t2 in times],
        stats,
    )


def tracked_objects(reader: Reader, raw: bytes) -> dict[str, Any]:
    """The GC-tracked objects one read creates, the collector off while counting.

    ``allocated_parse`` and ``allocated_build``: the rise of generation 0's
    count (GC objects allocated less those freed: what sets off collections)
    during the parse and during build. ``tracked_kept``: the tracked objects
    the result keeps once the parsed payload is dropped (those it shares with
    the payload included), ``tracked_kept_after_collect`` the same after one
    collection (which untracks tuples and dicts that hold only untracked
    values), ``blocks_kept`` the rise of ``sys.getallocatedblocks()``, and
    ``types`` / ``types_after_collect`` the kept tracked objects by type.
    """
    reader.build(reader.parse(raw))  # one-time work (caches, compiled loops) is not a read's
    gc.collect()
    gc.disable()
    try:
        before = {id(o) for o in gc.get_objects()}
        count, blocks = len(before), sys.getallocatedblocks()
        c0 = gc.get_count()[0]
        data = reader.parse(raw)
        c1 = gc.get_count()[0]
        result = reader.build(data)
        c2 = gc.get_count()[0]
        del data
        kept = len(gc.get_objects()) - count - 1  # less the set ``before``
        kept_blocks = sys.getallocatedblocks() - blocks
        types = _types(before)
        gc.collect()
        after = len(gc.get_objects()) - count - 1
        types_after = _types(before)
        del result
    finally:
        gc.enable()
    return {
        "allocated_parse": c1 - c0,
        "allocated_build": c2 - c1,
        "tracked_kept": kept,
        "tracked_kept_after_collect": after,
        "blocks_kept": kept_blocks,
        "types": types,
        "types_after_collect": types_after,
    }


def steady_counts(reader: Reader, raw: bytes, keep: int) -> dict[str, int]:
    """Generation 0's count, one read in the steady state of a run (``keep``
    results alive, the oldest dropped), step by step, the collector off.

    This count is what sets off collections: it rises by one at each GC
    object allocated and falls by one at each freed (never below zero, so a
    pad of lists keeps it high here). A tuple taken from or put back on
    CPython's tuple free lists moves it neither way, so a reader whose
    results hold tuples counts fewer once old results are being dropped.
    """
    kept: collections.deque[Any] = collections.deque(maxlen=keep)
    for _ in range(keep + 1):
        kept.append(reader.build(reader.parse(raw)))
    gc.collect()
    gc.disable()
    try:
        pad = [[] for _ in range(100_000)]
        for _ in range(2):  # the second read is the one reported
            c0 = gc.get_count()[0]
            data = reader.parse(raw)
            c1 = gc.get_count()[0]
            result = reader.build(data)
            c2 = gc.get_count()[0]
            del data
            c3 = gc.get_count()[0]
            kept.append(result)
            del result
            c4 = gc.get_count()[0]
        del pad
    finally:
        gc.enable()
        kept.clear()
    return {
        "parse": c1 - c0,
        "call": c2 - c1,
        "payload_dropped": c3 - c2,
        "oldest_result_dropped": c4 - c3,
        "net": c4 - c0,
    }


def _types(before: set[int]) -> dict[str, int]:
    found = collections.Counter(
        type(o).__qualname__ for o in gc.get_objects() if id(o) not in before and o is not before
    )
    return dict(found.most_common())
