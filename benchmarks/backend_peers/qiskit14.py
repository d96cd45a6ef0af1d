"""Qiskit 1.4's ``qiskit.providers.models`` backend classes, as shipped.

Every construction emits a DeprecationWarning, which the interpreter's
default filters ignore in backends.py, as in a user's program.
The accessors' index is built in
the constructor, with every value converted to SI units.

``qiskit_models_peer`` serves runtime.py too, whose module has copies of
these classes.
"""

from __future__ import annotations

import warnings
from importlib.metadata import version
from types import ModuleType

from backend_peers import BackendPeer, dict_models_peer

#: What silences all of Qiskit 1.4's deprecation warnings of these models.
QISKIT_WARNINGS = r".*qiskit\.(providers|pulse)\."


def qiskit_models_peer(models: ModuleType, distribution: str) -> BackendPeer:
    """A peer of the ``BackendProperties`` and ``QasmBackendConfiguration`` of
    ``models``, a module of ``distribution`` with Qiskit's backend models (or
    copies of them)."""
    return dict_models_peer(
        models.__name__,
        f"{distribution} {version(distribution)}",
        models.BackendProperties,
        models.QasmBackendConfiguration,
        accessors="own (index built in from_dict)",
        index_in_constructor=True,
    )


def peer() -> BackendPeer:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=QISKIT_WARNINGS, category=DeprecationWarning)
        # The module's attributes warn too (its __getattr__): read them in here.
        import qiskit.providers.models as models  # type: ignore[import-not-found]

        return qiskit_models_peer(models, "qiskit")
