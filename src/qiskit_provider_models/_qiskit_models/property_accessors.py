"""The accessors that ``BackendProperties`` and ``FrozenBackendProperties`` share.

Each returns what Qiskit 1.4's ``BackendProperties`` method of the same
name returned, with the same float to the last bit, and raises
``BackendPropertyError`` with Qiskit's message where Qiskit raised it. The
differences, all deliberate:

- the date in a ``(value, date)`` pair is the ``Nduv``'s ``datetime``
  (Qiskit gave the payload's text, as it never parsed those dates);
- values are converted when read, never stored converted, so a unit with
  an unknown prefix raises in the accessor that reaches it, not when the
  object is built (and ``to_dict`` writes the payload's numbers);
- the dicts returned are new ones each call: changing them changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Generic, TypeVar, cast, overload

from .backend_errors import BackendPropertyError
from .property_index import (
    fresh_index,
    gate_entries,
    gate_entry,
    index_of,
    qiskit_index,
    qubit_entries,
    qubit_entry,
)
from .units import to_si

__all__ = ["PropertyAccessors", "PropertyValue"]

#: A property's value in SI units, and when it was measured.
PropertyValue = tuple[float, datetime]

_G = TypeVar("_G")


# An entry of the index: an ``Nduv``, or, once Qiskit's private index was
# built (``props._gates``), its ``(value in SI, date)`` pair, which is then
# what the accessors read, as Qiskit's did.


def _value(entry: Any) -> float:
    if type(entry) is tuple:  # Qiskit's pair
        return cast("PropertyValue", entry)[0]
    return to_si(entry.value, entry.unit)


def _pair(entry: Any) -> PropertyValue:
    if type(entry) is tuple:
        return cast("PropertyValue", entry)
    return (to_si(entry.value, entry.unit), entry.date)


def _pairs(entries: Mapping[str, Any]) -> dict[str, PropertyValue]:
    return {name: _pair(entry) for name, entry in entries.items()}


def _operational(entries: Mapping[str, Any]) -> bool:
    entry = entries.get("operational")
    return True if entry is None else bool(_value(entry))


class PropertyAccessors(Generic[_G]):
    """Qiskit 1.4's ``BackendProperties`` methods, over the ``qubits`` and
    ``gates`` fields; ``_G`` is the class of the gate entries.

    Each call after the first is a few dict lookups (see ``_property_index``).
    """

    __slots__ = ()

    # Qiskit 1.4's private index and helper, which its transpiler and tests use.

    @property
    def _qubits(self) -> dict[int, dict[str, PropertyValue]]:
        """Qiskit's ``props._qubits``: qubit -> name -> ``(value in SI, date)``."""
        return qiskit_index(self, to_si).qubits

    @property
    def _gates(self) -> dict[str, dict[tuple[int, ...], dict[str, PropertyValue]]]:
        """Qiskit's ``props._gates``: gate -> qubits -> name -> ``(value in SI, date)``.

        >>> from qiskit_provider_models import BackendProperties
        >>> props = BackendProperties.from_dict({"backend_name": "b", "backend_version": "1",
        ...     "last_update_date": None, "qubits": [], "general": [], "gates": [
        ...     {"gate": "sx", "qubits": [0], "parameters": [{"name": "gate_length",
        ...      "unit": "ns", "value": 32, "date": "2024-01-01T00:00:00Z"}]}]})
        >>> props._gates["sx"][(0,)]["gate_length"][0]
        3.2e-08
        """
        return qiskit_index(self, to_si).gates

    @staticmethod
    def _apply_prefix(value: float, unit: str) -> float:
        """Qiskit's ``BackendProperties._apply_prefix``: ``value`` in SI units."""
        return to_si(value, unit)

    def _gate_entries(self, gate: str, qubits: int | Iterable[int] | None) -> Any:
        """The ``{name: Nduv}`` of ``gate`` on ``qubits`` or, without qubits,
        the ``{qubits: {name: Nduv}}`` of ``gate``; Qiskit's error if absent."""
        try:
            if qubits is None:
                found: Any = fresh_index(self).gates[gate]
            else:
                on = (qubits,) if isinstance(qubits, int) else tuple(qubits)
                found = gate_entries(self, gate, on)
        except KeyError:
            raise BackendPropertyError(f"Could not find the desired property for {gate}") from None
        return found

    def _gate_value(self, gate: str, qubits: int | Iterable[int] | None, name: str) -> float:
        """``gate_property(gate, qubits, name)[0]`` in fewer steps."""
        if qubits is None:
            raise BackendPropertyError(f"Provide qubits to get {name} of {gate}")
        on = (qubits,) if isinstance(qubits, int) else tuple(qubits)
        try:
            index = index_of(self)
            if index.checked:  # a mutable instance: is it still the data?
                entry = gate_entry(self, index, gate, on, name)
            else:
                entry = index.gates[gate][on][name]
        except KeyError:
            raise BackendPropertyError(f"Could not find the desired property for {gate}") from None
        return _value(entry)

    def _qubit_value(self, qubit: int, name: str) -> float:
        """``qubit_property(qubit, name)[0]`` in fewer steps."""
        try:
            index = index_of(self)
            if index.checked:  # a mutable instance: is it still the data?
                entry = qubit_entry(self, index, qubit, name)
            else:
                entry = index.qubits[qubit][name]
        except KeyError:
            message = f"Couldn't find the property '{name}' for qubit {qubit}."
            raise BackendPropertyError(message) from None
        return _value(entry)

    @overload
    def gate_property(
        self, gate: str, qubits: None = None, name: None = None
    ) -> dict[tuple[int, ...], dict[str, PropertyValue]]: ...
    @overload
    def gate_property(
        self, gate: str, qubits: int | Iterable[int], name: None = None
    ) -> dict[str, PropertyValue]: ...
    @overload
    def gate_property(self, gate: str, qubits: int | Iterable[int], name: str) -> PropertyValue: ...
    def gate_property(
        self, gate: str, qubits: int | Iterable[int] | None = None, name: str | None = None
    ) -> dict[tuple[int, ...], dict[str, PropertyValue]] | dict[str, PropertyValue] | PropertyValue:
        """The properties of ``gate``: ``(value, date)`` pairs, values in SI units.

        Without ``qubits``, ``{qubits: {name: pair}}`` for every set of qubits
        the gate acts on; with ``qubits`` (an ``int`` or an iterable of them),
        ``{name: pair}``; with a ``name`` too, that one pair. Raises
        ``BackendPropertyError`` if the gate, the qubits or the name is not
        there, or if a ``name`` is given without ``qubits``.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, GateProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> cx = GateProperties([0, 1], "cx", [Nduv(when, "gate_error", "", 0.0077),
        ...                                    Nduv(when, "gate_length", "ns", 519.1111111111111)])
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [], [cx], [])
        >>> props.gate_property("cx", [0, 1], "gate_length")
        (5.191111111111111e-07, datetime.datetime(2024, 2, 28, 8, 32, 31, tzinfo=...))
        >>> list(props.gate_property("cx"))
        [(0, 1)]
        >>> props.gate_property("cx", (1, 0))
        Traceback (most recent call last):
        ...
        qiskit_provider_models.BackendPropertyError: Could not find the desired property for cx
        """
        found = self._gate_entries(gate, qubits)
        if qubits is None:
            if name:
                raise BackendPropertyError(f"Provide qubits to get {name} of {gate}")
            return {on: _pairs(nduvs) for on, nduvs in found.items()}
        if name:
            try:
                nduv = found[name]
            except KeyError:
                message = f"Could not find the desired property for {gate}"
                raise BackendPropertyError(message) from None
            return _pair(nduv)
        return _pairs(found)

    def gate_error(self, gate: str, qubits: int | Iterable[int]) -> float:
        """The error of ``gate`` on ``qubits`` (its ``gate_error`` property).

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, GateProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> cx = GateProperties([0, 1], "cx", [Nduv(when, "gate_error", "", 0.0077)])
        >>> BackendProperties("ibm_x", "1.0.0", when, [], [cx], []).gate_error("cx", [0, 1])
        0.0077
        """
        return self._gate_value(gate, qubits, "gate_error")

    def gate_length(self, gate: str, qubits: int | Iterable[int]) -> float:
        """The duration of ``gate`` on ``qubits``, in seconds.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, GateProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> sx = GateProperties([0], "sx", [Nduv(when, "gate_length", "ns", 35.55555555555556)])
        >>> BackendProperties("ibm_x", "1.0.0", when, [], [sx], []).gate_length("sx", 0)
        3.5555555555555554e-08
        """
        return self._gate_value(gate, qubits, "gate_length")

    @overload
    def qubit_property(self, qubit: int, name: None = None) -> dict[str, PropertyValue]: ...
    @overload
    def qubit_property(self, qubit: int, name: str) -> PropertyValue: ...
    def qubit_property(
        self, qubit: int, name: str | None = None
    ) -> dict[str, PropertyValue] | PropertyValue:
        """The properties of ``qubit``: ``{name: (value, date)}``, or the one
        pair called ``name``; values in SI units. Raises
        ``BackendPropertyError`` if the qubit or the name is not there.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> t1 = Nduv(when, "T1", "\u00b5s", 182.6611165336624)
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [[t1]], [], [])
        >>> props.qubit_property(0)
        {'T1': (0.00018266111653366242, datetime.datetime(2024, 2, 28, 8, 32, 31, tzinfo=...))}
        >>> props.qubit_property(0, "T2")
        Traceback (most recent call last):
        ...
        qiskit_provider_models.BackendPropertyError: Couldn't find the property 'T2' for qubit 0.
        >>> props.qubit_property(7)
        Traceback (most recent call last):
        ...
        qiskit_provider_models.BackendPropertyError: Couldn't find the properties for qubit 7.
        """
        try:
            nduvs = qubit_entries(self, qubit)
            if name is None:
                return _pairs(nduvs)
            nduv = nduvs[name]
        except KeyError:
            what = "y '" + name + "'" if name else "ies"
            message = f"Couldn't find the propert{what} for qubit {qubit}."
            raise BackendPropertyError(message) from None
        return _pair(nduv)

    def t1(self, qubit: int) -> float:
        """The T1 time of ``qubit``, in seconds.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> nduv = Nduv(when, "T1", "us", 182.6611165336624)
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [[nduv]], [], [])
        >>> props.t1(0)
        0.00018266111653366242
        """
        return self._qubit_value(qubit, "T1")

    def t2(self, qubit: int) -> float:
        """The T2 time of ``qubit``, in seconds.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> nduv = Nduv(when, "T2", "us", 125)
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [[nduv]], [], [])
        >>> props.t2(0)
        0.000125
        """
        return self._qubit_value(qubit, "T2")

    def frequency(self, qubit: int) -> float:
        """The frequency of ``qubit``, in hertz.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> nduv = Nduv(when, "frequency", "GHz", 4.971852852405576)
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [[nduv]], [], [])
        >>> props.frequency(0)
        4971852852.405576
        """
        return self._qubit_value(qubit, "frequency")

    def readout_error(self, qubit: int) -> float:
        """The readout error of ``qubit``.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> nduv = Nduv(when, "readout_error", "", 0.0113)
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [[nduv]], [], [])
        >>> props.readout_error(0)
        0.0113
        """
        return self._qubit_value(qubit, "readout_error")

    def readout_length(self, qubit: int) -> float:
        """The readout duration of ``qubit``, in seconds.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> nduv = Nduv(when, "readout_length", "ns", 1300)
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [[nduv]], [], [])
        >>> props.readout_length(0)
        1.3e-06
        """
        return self._qubit_value(qubit, "readout_length")

    def is_qubit_operational(self, qubit: int) -> bool:
        """Whether ``qubit`` works: its ``operational`` property, as a bool,
        or ``True`` if it has none. Raises ``BackendPropertyError`` for a
        qubit that has no properties.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> nduv = Nduv(when, "operational", "", 0)
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [[nduv]], [], [])
        >>> props.is_qubit_operational(0), props.faulty_qubits()
        (False, [0])
        """
        try:
            nduvs = qubit_entries(self, qubit)
        except KeyError:
            raise BackendPropertyError(f"Couldn't find the properties for qubit {qubit}.") from None
        return _operational(nduvs)

    def is_gate_operational(self, gate: str, qubits: int | Iterable[int] | None = None) -> bool:
        """Whether ``gate`` on ``qubits`` works: its ``operational`` property,
        as a bool, or ``True`` if it has none. Without ``qubits`` it is
        ``True`` for any gate that exists (as in Qiskit). Raises
        ``BackendPropertyError`` for a gate or qubits not there.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, GateProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> x0 = GateProperties([0], "x", [Nduv(when, "operational", "", 0)], name="x0")
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [], [x0], [])
        >>> props.is_gate_operational("x", 0), props.is_gate_operational("x")
        (False, True)
        """
        found = self._gate_entries(gate, qubits)
        return True if qubits is None else _operational(found)

    def faulty_qubits(self) -> list[int]:
        """The qubits whose ``operational`` property is false, in order.

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> nduv = Nduv(when, "T1", "us", 90.0)
        >>> props = BackendProperties("ibm_x", "1.0.0", when, [[], [nduv]], [], [])
        >>> props.faulty_qubits()
        []
        """
        index = fresh_index(self)
        return [qubit for qubit, nduvs in index.qubits.items() if not _operational(nduvs)]

    def faulty_gates(self) -> list[_G]:
        """The entries of ``gates`` whose ``operational`` property is false,
        in their order (the entries themselves, not copies).

        >>> from datetime import datetime
        >>> from qiskit_provider_models import BackendProperties, GateProperties, Nduv
        >>> when = datetime.fromisoformat("2024-02-28T08:32:31-05:00")
        >>> x0 = GateProperties([0], "x", [Nduv(when, "operational", "", 0)], name="x0")
        >>> BackendProperties("ibm_x", "1.0.0", when, [], [x0], []).faulty_gates() == [x0]
        True
        """
        model: Any = self  # a BackendProperties: it has ``gates``
        index = fresh_index(self).gates
        faulty: list[_G] = []
        for entry in model.gates:  # is_gate_operational(entry.gate, entry.qubits), inlined
            try:
                nduvs = index[entry.gate][tuple(entry.qubits)]
            except KeyError:  # an entry added after the index was built
                message = f"Could not find the desired property for {entry.gate}"
                raise BackendPropertyError(message) from None
            if not _operational(nduvs):
                faulty.append(entry)
        return faulty
