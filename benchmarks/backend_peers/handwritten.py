"""The baseline: hand-written ``__slots__`` classes for the backend payloads.

They check what qiskit-provider-models' backend models check, the plain
way (handwritten_checks.py), and ``to_dict`` gives the payload back
exactly. The models are in handwritten_properties.py (``BackendProperties``,
its accessors, and ``Lookup``, which lends them to models that have none)
and handwritten_configuration.py (``QasmBackendConfiguration``).
"""

from __future__ import annotations

import platform

from backend_peers import BackendPeer
from backend_peers.handwritten_configuration import QasmBackendConfiguration
from backend_peers.handwritten_properties import BackendProperties


def peer() -> BackendPeer:
    return BackendPeer(
        name="hand-written __slots__ (baseline)",
        version=f"CPython {platform.python_version()}",
        extras="yes",
        accessors="own (lazy index)",
        namespace={
            "BackendProperties": BackendProperties,
            "QasmBackendConfiguration": QasmBackendConfiguration,
        },
        statements={
            "props from_dict": "BackendProperties.from_dict(p)",
            "props to_dict": "x.to_dict()",
            "conf from_dict": "QasmBackendConfiguration.from_dict(p)",
            "conf to_dict": "x.to_dict()",
        },
        build_props=BackendProperties.from_dict,
        dump_props=BackendProperties.to_dict,
        build_conf=QasmBackendConfiguration.from_dict,
        dump_conf=QasmBackendConfiguration.to_dict,
        accessor=lambda x: x,
        exact=True,
    )
