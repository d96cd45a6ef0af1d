"""Real backend payloads cut down to a few qubits, for either world: a
156-qubit Heron without qubit frequency, small enough for Aer's slower
paths (tens of seconds on the whole device)."""

from __future__ import annotations

import copy
from typing import Any


def sliced_payloads(
    conf: dict[str, Any], props: dict[str, Any], n_qubits: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Copies of a real conf/props pair, cut down to their first ``n_qubits``."""
    conf, props = copy.deepcopy(conf), copy.deepcopy(props)

    def kept(qubits: list[int]) -> bool:
        return all(q < n_qubits for q in qubits)

    conf["n_qubits"] = n_qubits
    conf["coupling_map"] = [pair for pair in conf["coupling_map"] if kept(pair)]
    for gate in conf["gates"]:
        if "coupling_map" in gate:
            gate["coupling_map"] = [qs for qs in gate["coupling_map"] if kept(qs)]
    conf["meas_map"] = [[q for q in group if q < n_qubits] for group in conf["meas_map"]]
    conf["meas_map"] = [group for group in conf["meas_map"] if group]
    for key in ("qubit_lo_range", "meas_lo_range", "qubit_channel_mapping"):
        if key in conf:
            conf[key] = conf[key][:n_qubits]
    props["qubits"] = props["qubits"][:n_qubits]
    props["gates"] = [gate for gate in props["gates"] if kept(gate["qubits"])]
    return conf, props
