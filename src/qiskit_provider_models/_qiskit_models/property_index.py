"""The index behind ``BackendProperties``' accessors, built once, on first use.

Qiskit 1.4 built two dicts in the constructor (qubit -> name -> value, and
gate -> qubits -> name -> value), converting every value to SI units there.
Here the index is built by the first accessor call and kept in a slot of the
instance, so ``from_dict`` pays nothing for it and each later call is a few
dict lookups. It maps names to the ``Nduv`` objects themselves: values are
converted when an accessor reads them (so a bad unit is reported by the
accessor that reaches it, and ``to_dict`` always writes the payload's own
numbers).

An accessor never answers from data the instance no longer holds. A value,
unit or date changed in an ``Nduv`` shows, as the index holds that very
object. On a mutable instance each call also checks, in a few identity
tests, that what it answers from is still there (the ``qubits`` and
``gates`` lists and their lengths, the qubit's row, the gate entry, its
name, qubits and parameters, the property's name), and builds the index
anew when not, so an ``Nduv`` replaced or renamed, a qubit's row or a gate
replaced, or a list assigned, is seen (``faulty_qubits``, ``faulty_gates``
and ``gate_property(gate)`` compare all the data). Once Qiskit's private
index is built (``props._gates``), the accessors read it instead, as
Qiskit's did. A copy (``copy.copy``, ``copy.replace``, pickling) starts
without an index. Building happens once per instance, under a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
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

    __slots__ = (
        "checked",
        "entries",
        "gate_list",
        "gates",
        "qiskit",
        "qubit_list",
        "qubits",
        "rows",
        "sources",
    )

    def __init__(self, qubits: Any, gates: Any, checked: bool) -> None:
        #: A mutable instance's: the accessors check that the data is unchanged.
        self.checked = checked
        self.qubit_list: Sequence[Sequence[NduvLike]] = qubits
        self.gate_list: Sequence[GateLike] = gates
        #: Each qubit's row as it was (a copy), to compare with the row now;
        #: only where it is checked (a frozen instance cannot change).
        self.rows: list[list[NduvLike]] = [list(r) for r in self.qubit_list] if checked else []
        self.qubits: dict[int, dict[str, NduvLike]] = {}
        for number, entries in enumerate(self.qubit_list):
            named = {nduv.name: nduv for nduv in entries}
            if named:
                self.qubits[number] = named
        self.gates: dict[str, dict[tuple[int, ...], dict[str, NduvLike]]] = {}
        #: Each gate entry as it was: (entry, gate, qubits, parameters, their copy).
        self.entries: list[tuple[Any, str, tuple[int, ...], Any, list[Any]]] = []
        #: (gate, qubits) -> the position of the entry answered from (the last).
        self.sources: dict[tuple[str, tuple[int, ...]], int] = {}
        for position, gate in enumerate(self.gate_list):
            on = self.gates.get(gate.gate)
            if on is None:
                on = self.gates[gate.gate] = {}
            key = tuple(gate.qubits)
            on[key] = {nduv.name: nduv for nduv in gate.parameters}
            if checked:
                parameters = gate.parameters
                self.entries.append((gate, gate.gate, key, parameters, list(parameters)))
                self.sources[gate.gate, key] = position
        #: Qiskit's own index, made on first use by ``qiskit_index``.
        self.qiskit: QiskitIndex | None = None


#: Held while an index is built, so that each instance builds it once.
_lock = threading.RLock()


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
    """The model's ``QiskitIndex``, built from its (checked) index on first use."""
    found = index_of(model).qiskit  # once built, the index is no longer checked
    if found is not None:
        return found
    with _lock:
        index = fresh_index(model)
        if index.qiskit is not None:
            return index.qiskit

        def pairs(named: dict[str, NduvLike]) -> dict[str, tuple[float, datetime]]:
            return {name: (to_si(n.value, n.unit), n.date) for name, n in named.items()}

        gates = {
            gate: {qubits: pairs(named) for qubits, named in on.items()}
            for gate, on in index.gates.items()
        }
        found = QiskitIndex({q: pairs(named) for q, named in index.qubits.items()}, gates)
        # From now on the accessors read Qiskit's dicts, (value, date) pairs,
        # unchecked: what a caller changes there is what they answer.
        index.qubits, index.gates = found.qubits, found.gates  # type: ignore[assignment]
        index.checked = False
        index.qiskit = found
    return found


def index_of(model: Any) -> PropertyIndex:
    """The model's index as it is, built on the first call (``model`` has
    ``qubits`` and ``gates`` and a slot named ``INDEX_SLOT``)."""
    try:
        index: PropertyIndex = _get_slot(model, INDEX_SLOT)
    except AttributeError:  # not built yet
        index = _build(model)
    return index


def _build(model: Any, stale: PropertyIndex | None = None) -> PropertyIndex:
    with _lock:  # once: another thread may have built it meanwhile
        try:
            index: PropertyIndex = _get_slot(model, INDEX_SLOT)
        except AttributeError:
            pass
        else:
            if index is not stale:
                return index
        frozen: bool = getattr(model, "_qpm_frozen", False)  # a class attribute
        index = PropertyIndex(model.qubits, model.gates, not frozen)
        _set_slot(model, INDEX_SLOT, index)
    return index


def fresh_index(model: Any) -> PropertyIndex:
    """The model's index, built anew if any of the data changed (every row
    and gate compared: for the accessors that read all of it)."""
    index = index_of(model)
    if index.checked and not _all_fresh(model, index):
        index = _build(model, index)
    return index


def qubit_entries(model: Any, qubit: int) -> dict[str, Any]:
    """``qubit``'s ``{name: entry}``, the index built anew if its row, or a
    name in it, changed; ``KeyError`` if there is none."""
    index = index_of(model)
    if index.checked and not (_row_fresh(model, index, qubit) and _names_fresh(index, qubit)):
        index = _build(model, index)
    return index.qubits[qubit]


def qubit_entry(model: Any, index: PropertyIndex, qubit: int, name: str) -> Any:
    """Property ``name`` of ``qubit``, from ``model``'s checked ``index``;
    ``KeyError`` if there is none. The accessors' hot path on a mutable
    instance: the qubit's row and the entry's name."""
    if _row_fresh(model, index, qubit):
        entry = index.qubits[qubit][name]
        if entry.name == name:  # not renamed in place
            return entry
    return _build(model, index).qubits[qubit][name]


def _row_fresh(model: Any, index: PropertyIndex, qubit: int) -> bool:
    """Whether ``qubit``'s row is the one indexed (and, for a qubit that has
    none, whether no qubit was added or removed)."""
    rows: Sequence[Any] = model.qubits
    if rows is not index.qubit_list:
        return False
    snapshot = index.rows
    try:
        return bool(rows[qubit] == snapshot[qubit])  # the same objects: no __eq__ call
    except (IndexError, TypeError):  # no such qubit: unless one was added
        return len(rows) == len(snapshot)


def _names_fresh(index: PropertyIndex, qubit: int) -> bool:
    named = index.qubits.get(qubit)
    return named is None or _named_fresh(named)


def gate_entries(model: Any, gate: str, qubits: tuple[int, ...]) -> dict[str, Any]:
    """The ``{name: entry}`` of ``gate`` on ``qubits``, the index built anew
    if that entry changed, or an entry was added or removed."""
    index = index_of(model)
    if index.checked and not _gate_fresh(model, index, gate, qubits, names=True):
        index = _build(model, index)
    return index.gates[gate][qubits]


def gate_entry(
    model: Any, index: PropertyIndex, gate: str, qubits: tuple[int, ...], name: str
) -> Any:
    """Property ``name`` of ``gate`` on ``qubits``, from ``model``'s checked
    ``index``; ``KeyError`` if there is none. The accessors' hot path on a
    mutable instance: the gate entry and the property's name."""
    if _gate_fresh(model, index, gate, qubits, names=False):
        entry = index.gates[gate][qubits][name]  # KeyError if there is none
        if entry.name == name:  # not renamed in place
            return entry
    return _build(model, index).gates[gate][qubits][name]


def _gate_fresh(
    model: Any, index: PropertyIndex, gate: str, qubits: tuple[int, ...], *, names: bool
) -> bool:
    gates = model.gates
    if gates is not index.gate_list or len(gates) != len(index.entries):
        return False
    position = index.sources.get((gate, qubits))
    if position is None:  # not there, and no entry added or removed since
        return True
    fresh = _entry_fresh(gates[position], index.entries[position])
    return fresh and (not names or _named_fresh(index.gates[gate][qubits]))


def _entry_fresh(gate: Any, was: tuple[Any, str, tuple[int, ...], Any, list[Any]]) -> bool:
    entry, name, qubits, parameters, copied = was
    return (
        gate is entry
        and gate.gate == name
        and gate.parameters is parameters
        and parameters == copied  # the same objects: no __eq__ call
        and tuple(gate.qubits) == qubits
    )


def _named_fresh(named: dict[str, Any]) -> bool:
    """Whether each entry still has the name it is indexed under."""
    return all(nduv.name == name for name, nduv in named.items())


def _gates_fresh(model: Any, index: PropertyIndex) -> bool:
    gates = model.gates
    return (
        gates is index.gate_list
        and len(gates) == len(index.entries)
        and all(_entry_fresh(g, was) for g, was in zip(gates, index.entries, strict=True))
        and all(_named_fresh(named) for on in index.gates.values() for named in on.values())
    )


def _all_fresh(model: Any, index: PropertyIndex) -> bool:
    rows = model.qubits
    return (
        rows is index.qubit_list
        and rows == index.rows
        and all(_named_fresh(named) for named in index.qubits.values())
        and _gates_fresh(model, index)
    )


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
