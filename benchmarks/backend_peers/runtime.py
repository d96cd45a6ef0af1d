"""qiskit-ibm-runtime's copies of the backend models (``qiskit_ibm_runtime.models``).

The same logic as Qiskit 1.4's, without the deprecation warnings; the
accessors' index is built in the constructor. ``from_dict`` is timed on the
raw payload, as Qiskit's is, not after the runtime's own decoder
(``properties_from_server_data``), which rewrites the payload in place.
"""

from __future__ import annotations

from backend_peers import BackendPeer
from backend_peers.qiskit14 import qiskit_models_peer


def peer() -> BackendPeer:
    import qiskit_ibm_runtime.models as models  # type: ignore[import-not-found]

    return qiskit_models_peer(models, "qiskit-ibm-runtime")
