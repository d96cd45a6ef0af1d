"""qiskit-provider-models: ``BackendProperties`` and ``QasmBackendConfiguration``."""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

from backend_peers import BackendPeer, dict_models_peer


def model_peer(name: str, props: Any, conf: Any) -> BackendPeer:
    """A peer of this library's backend models (the frozen ones use it too)."""
    version_text = version("qiskit-provider-models")
    return dict_models_peer(name, version_text, props, conf, accessors="own", exact=True)


def peer() -> BackendPeer:
    from qiskit_provider_models import (  # type: ignore[attr-defined]
        BackendProperties,
        QasmBackendConfiguration,
    )

    return model_peer("qiskit-provider-models", BackendProperties, QasmBackendConfiguration)
