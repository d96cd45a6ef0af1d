"""qiskit-ibm-runtime's copies of the backend models (``qiskit_ibm_runtime.models``).

The same logic as Qiskit 1.4's, without the deprecation warnings; the
accessors' index is built in the constructor. ``from_dict`` is timed on the
raw payload, as Qiskit's is, not after the runtime's own decoder
(``properties_from_server_data``), which rewrites the payload in place.
"""

from __future__ import annotations

from importlib.metadata import version

from backend_peers import BackendPeer


def peer() -> BackendPeer:
    from qiskit_ibm_runtime.models import (  # type: ignore[import-not-found]
        BackendProperties,
        QasmBackendConfiguration,
    )

    return BackendPeer(
        name="qiskit_ibm_runtime.models",
        version=f"qiskit-ibm-runtime {version('qiskit-ibm-runtime')}",
        extras="yes",
        accessors="own (index built in from_dict)",
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
        dump_props=lambda x: x.to_dict(),
        build_conf=QasmBackendConfiguration.from_dict,
        dump_conf=lambda x: x.to_dict(),
        accessor=lambda x: x,
        index_in_constructor=True,
    )
