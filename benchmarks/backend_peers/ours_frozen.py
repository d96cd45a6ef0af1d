"""qiskit-provider-models, frozen: ``FrozenBackendProperties`` and
``FrozenQasmBackendConfiguration``."""

from __future__ import annotations

from backend_peers import BackendPeer
from backend_peers.ours import model_peer


def peer() -> BackendPeer:
    from qiskit_provider_models import (  # type: ignore[attr-defined]
        FrozenBackendProperties,
        FrozenQasmBackendConfiguration,
    )

    return model_peer(
        "qiskit-provider-models, frozen", FrozenBackendProperties, FrozenQasmBackendConfiguration
    )
