"""Which world a drop-in test module needs: ``require(1)`` skips the module
unless Qiskit 1.x, qiskit-ibm-runtime and qiskit-aer are installed (the
``real-data`` extra), ``require(2)`` unless Qiskit 2.x is (the ``qiskit2``
extra). Called before the module imports anything of theirs."""

from __future__ import annotations

import pytest

_HOW = {1: "pip install '.[real-data]'", 2: "pip install '.[qiskit2]'"}


def require(world: int) -> None:
    """Skip the calling module unless ``world``'s packages are installed."""
    how = _HOW[world]
    if world == 2:
        pytest.importorskip("qiskit", minversion="2", reason=f"the Qiskit 2 world: {how}")
    for name in ("qiskit_ibm_runtime", "qiskit", "qiskit_aer"):
        pytest.importorskip(name, reason=f"the Qiskit {world} world needs {name}: {how}")
    if world == 1:
        pytest.importorskip(
            "qiskit.providers.models",
            reason=f"the Qiskit 1.x world (Qiskit 2 removed these models): {how}",
        )
