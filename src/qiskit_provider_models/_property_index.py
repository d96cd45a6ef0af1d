"""The index behind ``BackendProperties``' accessors, built once, on first use.

Qiskit 1.4 built two dicts in the constructor (qubit -> name -> value, and
gate -> qubits -> name -> value), converting every value to SI units there.
Here the index is built by the first accessor call and kept in a slot of the
instance, so ``from_dict`` pays nothing for it and each later call is a few
dict lookups. It maps names to the ``Nduv`` objects themselves: values are
converted when an accessor reads them (so a bad unit is reported by the
accessor that reaches it, and ``to_dict`` always writes the payload's own
numbers).

The index reflects the *structure* the data had at the first accessor call
(which qubits, gates and property names exist, as Qiskit's reflected the
data at construction); a value, unit or date changed later in an ``Nduv`` of
a mutable instance does show, as the index holds that very object. A copy
(``copy.copy``, ``dataclasses.replace``, pickling) starts without an index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple, Protocol, cast

__all__ = [
    "INDEX_SLOT",
    "GateLike",
    "NduvLike",
    "PropertyIndex",
    "QiskitIndex",
    "index_of",
    "qiskit_index",
    "without_index",
]

#: The slot, declared by each model class body, that holds the index.
INDEX_SLOT = "_index"

_get_slot = object.__getattribute__  # never falls back to __getattr__ (extras)
_set_slot = object.__setattr__  # also on frozen instances: the index is no field


class NduvLike(Protocol):
    """What the index needs of an ``Nduv`` (mutable or frozen)."""

    @property
    def date(self) -> datetime: ...
    @property
    def name(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def value(self) -> float: ...


class GateLike(Protocol):
    """What the index needs of a ``GateProperties`` (mutable or frozen)."""

    @property
    def gate(self) -> str: ...
    @property
    def qubits(self) -> Sequence[int]: ...
    @property
    def parameters(self) -> Sequence[NduvLike]: ...


class PropertyIndex:
    """Qubit and gate properties by name, as Qiskit 1.4 indexed them.

    A qubit whose list is empty gets no entry (Qiskit's did not either, so
    its ``qubit_property`` raises); a later duplicate name, or a later gate
    on the same qubits, replaces the earlier one.
    """

    __slots__ = ("gates", "qiskit", "qubits")

    def __init__(self, qubits: Iterable[Iterable[NduvLike]], gates: Iterable[GateLike]) -> None:
        self.qubits: dict[int, dict[str, NduvLike]] = {}
        for number, entries in enumerate(qubits):
            named = {nduv.name: nduv for nduv in entries}
            if named:
                self.qubits[number] = named
        self.gates: dict[str, dict[tuple[int, ...], dict[str, NduvLike]]] = {}
        for gate in gates:
            on = self.gates.get(gate.gate)
            if on is None:
                on = self.gates[gate.gate] = {}
            on[tuple(gate.qubits)] = {nduv.name: nduv for nduv in gate.parameters}
        #: Qiskit's own index, made on first use by ``qiskit_index``.
        self.qiskit: QiskitIndex | None = None


class QiskitIndex(NamedTuple):
    """Qiskit 1.4's private index, which its transpiler reads (unitary
    synthesis, ``InstructionDurations.from_backend``): qubit -> name ->
    ``(value in SI units, date)``, and gate -> qubits -> name -> the same,
    plain dicts as Qiskit's. They are the instance's own, and once they are
    built the accessors read them, as Qiskit's did: what is deleted, added
    or changed there (Qiskit's tests delete) is what the accessors answer.
    A copy builds its own from the data."""

    qubits: dict[int, dict[str, tuple[float, datetime]]]
    gates: dict[str, dict[tuple[int, ...], dict[str, tuple[float, datetime]]]]


def qiskit_index(model: Any, to_si: Callable[[float, str], float]) -> QiskitIndex:
    """The model's ``QiskitIndex``, built from its index on first use."""
    index = index_of(model)
    found = index.qiskit
    if found is None:

        def pairs(named: dict[str, NduvLike]) -> dict[str, tuple[float, datetime]]:
            return {name: (to_si(n.value, n.unit), n.date) for name, n in named.items()}

        gates = {
            gate: {qubits: pairs(named) for qubits, named in on.items()}
            for gate, on in index.gates.items()
        }
        found = QiskitIndex({q: pairs(named) for q, named in index.qubits.items()}, gates)
        index.qiskit = found  # two threads may both build one: either may stay
        # From now on the accessors read Qiskit's dicts: (value, date) pairs.
        index.qubits, index.gates = found.qubits, found.gates  # type: ignore[assignment]
    return found


def index_of(model: Any) -> PropertyIndex:
    """The model's index, built on the first call (``model`` has ``qubits``
    and ``gates`` and a slot named ``INDEX_SLOT``)."""
    try:
        index: PropertyIndex = _get_slot(model, INDEX_SLOT)
    except AttributeError:  # not built yet
        index = PropertyIndex(model.qubits, model.gates)
        # Two threads may both build one: they are equal, either may stay.
        _set_slot(model, INDEX_SLOT, index)
    return index


def _is_tuple(value: object) -> bool:  # not a TypeGuard: the caller casts once
    return type(value) is tuple


def without_index(state: Any) -> Any:
    """``Model.__getstate__``'s result without the index, so that pickles and
    copies do not carry it (they rebuild it when they need it).

    The state is ``(fields, extras, own slots, payload keys)``; only the
    third part, the class bodies' own slots by name, can hold the index.
    """
    if not _is_tuple(state):
        return state
    parts = cast("tuple[Any, ...]", state)
    if len(parts) < 3 or INDEX_SLOT not in parts[2]:
        return state
    slots: dict[str, Any] = parts[2]
    own = {name: value for name, value in slots.items() if name != INDEX_SLOT}
    return (*parts[:2], own, *parts[3:])
