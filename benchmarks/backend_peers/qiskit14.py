"""Qiskit 1.4's ``qiskit.providers.models`` backend classes, as shipped.

Every construction emits a DeprecationWarning; backends.py runs with them
ignored by message (``QISKIT_WARNINGS``), as a user silencing them would, so
the warning machinery is still paid for. The accessors' index is built in
the constructor, with every value converted to SI units.
"""

from __future__ import annotations

import warnings
from importlib.metadata import version

from backend_peers import BackendPeer

#: What silences all of Qiskit 1.4's deprecation warnings of these models.
QISKIT_WARNINGS = r".*qiskit\.(providers|pulse)\."


def peer() -> BackendPeer:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=QISKIT_WARNINGS, category=DeprecationWarning)
        from qiskit.providers.models import (  # type: ignore[import-not-found]
            BackendProperties,
            QasmBackendConfiguration,
        )
    return BackendPeer(
        name="qiskit.providers.models",
        version=f"qiskit {version('qiskit')}",
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
