"""The timed operations: each peer's statement for each, interleaved round by
round (``timing.interleave``), and the first accessor calls, timed apart."""

from __future__ import annotations

import gc
import json
import random
import time
import timeit
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from backend_peers import STATEMENT_OPERATIONS, BackendPeer
from timing import interleave

from backend_bench import JSON_LOADS
from backend_bench.payloads import Payload, sweep_inputs

T1_SWEEP = "for q in Q: a.t1(q)"
GATE_ERROR_SWEEP = "for g, q in G: a.gate_error(g, q)"


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
