"""qiskit-provider-models: ``BackendProperties`` and ``QasmBackendConfiguration``."""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

from backend_peers import BackendPeer


def model_peer(name: str, props: Any, conf: Any) -> BackendPeer:
    """A peer of this library's backend models (the frozen ones use it too)."""
    return BackendPeer(
        name=name,
        version=version("qiskit-provider-models"),
        extras="yes",
        accessors="own",
        namespace={"BackendProperties": props, "QasmBackendConfiguration": conf},
        statements={
            "props from_dict": "BackendProperties.from_dict(p)",
            "props to_dict": "x.to_dict()",
            "conf from_dict": "QasmBackendConfiguration.from_dict(p)",
            "conf to_dict": "x.to_dict()",
        },
        build_props=props.from_dict,
        dump_props=lambda x: x.to_dict(),
        build_conf=conf.from_dict,
        dump_conf=lambda x: x.to_dict(),
        accessor=lambda x: x,
        exact=True,
    )


def peer() -> BackendPeer:
    from qiskit_provider_models import (  # type: ignore[attr-defined]
        BackendProperties,
        QasmBackendConfiguration,
    )

    return model_peer("qiskit-provider-models", BackendProperties, QasmBackendConfiguration)
