"""The Qiskit 2 world's comparisons of what Aer 0.17 builds (noise models,
lists of device errors), and a real payload cut down to a few qubits for
Aer's slower paths. Imported after ``support_qiskit2`` (which skips without
the ``qiskit2`` extra).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from .support_qiskit2 import first_difference

# --- Aer ---


def noise_difference(mine: Any, theirs: Any) -> str | None:
    """The first difference between two Aer NoiseModels: basis gates, noisy
    instructions and qubits, each local and default error, and the custom
    (thermal relaxation on delay) passes' parameters."""

    def pairs() -> Iterator[tuple[str, Any, Any]]:
        yield "basis_gates", sorted(mine.basis_gates), sorted(theirs.basis_gates)
        yield (
            "noise_instructions",
            sorted(mine.noise_instructions),
            sorted(theirs.noise_instructions),
        )
        yield "noise_qubits", sorted(mine.noise_qubits), sorted(theirs.noise_qubits)
        yield (
            "default quantum errors",
            sorted(mine._default_quantum_errors),
            sorted(theirs._default_quantum_errors),
        )
        yield "default readout", mine._default_readout_error, theirs._default_readout_error
        yield (
            "readout qubits",
            sorted(mine._local_readout_errors),
            sorted(theirs._local_readout_errors),
        )
        for qubits, error in sorted(theirs._local_readout_errors.items()):
            yield f"readout error {qubits}", mine._local_readout_errors.get(qubits), error
        yield (
            "noisy gates",
            sorted(mine._local_quantum_errors),
            sorted(theirs._local_quantum_errors),
        )
        for name, table in sorted(theirs._local_quantum_errors.items()):
            table_mine = mine._local_quantum_errors.get(name, {})
            yield f"{name} qubits", sorted(table_mine), sorted(table)
            for qubits, error in sorted(table.items()):
                yield f"{name}{qubits} error", table_mine.get(qubits), error
        passes_mine, passes_theirs = mine._custom_noise_passes, theirs._custom_noise_passes
        yield "custom passes", len(passes_mine), len(passes_theirs)
        for i, (pass_mine, pass_theirs) in enumerate(zip(passes_mine, passes_theirs, strict=True)):
            for name in ("_t1s", "_t2s", "_p1s", "_dt"):
                yield (
                    f"pass {i} {name}",
                    repr(_array(getattr(pass_mine, name))),
                    repr(_array(getattr(pass_theirs, name))),
                )

    return first_difference(pairs())


def _array(value: Any) -> Any:
    return None if value is None else np.asarray(value).tolist()


def error_list_difference(mine: list[Any], theirs: list[Any]) -> str | None:
    """The first difference between two of Aer's lists of ``(name, qubits,
    error)`` or ``(qubits, error)`` tuples; qubits' type included."""

    def pairs() -> Iterator[tuple[str, Any, Any]]:
        yield "length", len(mine), len(theirs)
        for i, (entry_mine, entry_theirs) in enumerate(zip(mine, theirs, strict=False)):
            yield (
                f"entry {i} label",
                repr(entry_mine[:-1]),
                repr(entry_theirs[:-1]),
            )
            yield f"entry {i} {entry_theirs[:-1]} error", entry_mine[-1], entry_theirs[-1]

    return first_difference(pairs())
