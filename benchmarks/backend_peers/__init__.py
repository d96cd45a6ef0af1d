"""The competitors of benchmarks/backends.py, one module each (``MODULES``).

Each of those modules defines ``peer()`` returning a ``BackendPeer``, or
raises ImportError when its library (or the model it needs) is missing. The
other modules here are parts of a peer: ``handwritten_*`` are the baseline's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MODULES = [
    "handwritten",
    "ours",
    "ours_frozen",
    "qiskit14",
    "runtime",
    "pydantic_v2",
    "msgspec_",
]

#: The operations timed with a statement of the peer's own, and what the
#: statement gets: ``p`` the payload dict, ``x`` an instance built from it.
STATEMENT_OPERATIONS = {
    "props from_dict": "p",
    "props to_dict": "x",
    "conf from_dict": "p",
    "conf to_dict": "x",
}


@dataclass
class BackendPeer:
    """One competitor on the backend payloads.

    ``statements`` maps each of ``STATEMENT_OPERATIONS`` to a Python
    expression run in ``namespace`` (plus ``p`` or ``x``); ``build_props``
    and ``build_conf`` make an instance from a payload, ``dump_props`` and
    ``dump_conf`` turn one back into a dict. ``accessor`` gives, for a built
    ``BackendProperties``, the object whose ``t1(qubit)`` and
    ``gate_error(gate, qubits)`` the sweeps call (the instance itself when
    the peer has those accessors), or is None when the sweeps are skipped.
    """

    name: str
    version: str
    #: Does from_dict keep keys the model does not declare?
    extras: str
    #: "own", or how the sweeps reach the values without the peer's accessors.
    accessors: str
    namespace: dict[str, Any]
    statements: dict[str, str]
    build_props: Callable[[dict[str, Any]], Any]
    dump_props: Callable[[Any], dict[str, Any]]
    build_conf: Callable[[dict[str, Any]], Any]
    dump_conf: Callable[[Any], dict[str, Any]]
    accessor: Callable[[Any], Any] | None
    #: Must to_dict(from_dict(d)) give d back exactly (the run fails if not)?
    exact: bool = False
    #: Does the constructor build the accessors' index (so a first call costs
    #: what any call does)?
    index_in_constructor: bool = False


def dict_models_peer(
    name: str,
    version: str,
    props: Any,
    conf: Any,
    *,
    accessors: str,
    exact: bool = False,
    index_in_constructor: bool = False,
) -> BackendPeer:
    """A peer whose ``props`` and ``conf`` classes have ``from_dict``,
    ``to_dict`` and (``props``) accessors of their own: this library's
    models, Qiskit 1.4's and qiskit-ibm-runtime's copies."""
    return BackendPeer(
        name=name,
        version=version,
        extras="yes",
        accessors=accessors,
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
        exact=exact,
        index_in_constructor=index_in_constructor,
    )
