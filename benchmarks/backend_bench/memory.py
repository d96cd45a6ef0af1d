"""What an instance tree keeps in memory, measured with tracemalloc."""

from __future__ import annotations

import gc
import tracemalloc
from typing import Any

from backend_peers import BackendPeer

from backend_bench.payloads import Payload, sweep_inputs


def forget_interned() -> None:
    """Empty our tables of interned values (``field(intern=True)``), so that
    the values a tree shares through them, and the tables, count as its own."""
    from qiskit_provider_models._field_types import interning as _shared

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
