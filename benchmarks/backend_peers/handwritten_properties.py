"""The baseline's ``BackendProperties``: ``Nduv``, ``GateProperties`` and
the accessors, hand-written ``__slots__`` classes (see handwritten.py).

Dates are read with ``datetime.fromisoformat`` and their payload text kept,
so that ``to_dict`` writes back the very text while the date is unchanged.

The accessors (``t1``, ``gate_error``, ``qubit_property``) read an index
built by the first accessor call, which maps names to the ``Nduv`` objects;
values are converted when read, with Qiskit 1.4's unit arithmetic
(``value / 10**n`` for a negative power of ten, ``value * 10**n`` for a
positive one), so they are Qiskit's values bit for bit.

``Lookup`` gives the same accessors to models that have none (pydantic,
msgspec): the same index, over any objects with the same attribute names.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from backend_peers.handwritten_checks import extras_of, ints, missing_key, wrong_type

# Bound once: each call then costs a global lookup, not an attribute lookup too.
_fromisoformat = datetime.fromisoformat

#: Qiskit's ``apply_prefix``: the divisor or factor of a unit's first character.
_DIVISORS = {"f": 10**15, "p": 10**12, "n": 10**9, "u": 10**6, "\u00b5": 10**6, "m": 10**3}
_FACTORS = {"k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15}


class BackendPropertyError(LookupError):
    """No such qubit, gate or property; or a unit that cannot be read."""


def to_si(value: int | float, unit: str) -> int | float:
    """``value`` in the unit's SI base, as Qiskit 1.4's ``apply_prefix`` computes it."""
    if not unit or len(unit) == 1:
        return value
    divisor = _DIVISORS.get(unit[0])
    if divisor is not None:
        return value / divisor
    factor = _FACTORS.get(unit[0])
    if factor is None:
        raise BackendPropertyError(f"Could not understand units: {unit}")
    return value * factor


def _date(text: Any, model: str, name: str) -> datetime:
    if type(text) is not str:
        raise wrong_type(model, name, text)
    try:
        return _fromisoformat(text)
    except ValueError:
        raise TypeError(f"{model}.{name}: not an ISO 8601 date: {text!r}") from None


_NDUV = ("date", "name", "unit", "value")


class Nduv:
    __slots__ = ("_date_parsed", "_date_text", "date", "extras", "name", "unit", "value")

    date: datetime
    name: str
    unit: str
    value: int | float
    extras: dict[str, Any]
    # The date as read, and its payload text: to_dict writes the text while the date is that one.
    _date_parsed: datetime
    _date_text: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Nduv:
        if type(data) is not dict:
            raise wrong_type("Nduv", "<payload>", data)
        try:
            text = data["date"]
            name = data["name"]
            unit = data["unit"]
            value = data["value"]
        except KeyError as error:
            raise missing_key("Nduv", error) from None
        if type(name) is not str or type(unit) is not str:
            raise TypeError("Nduv: name and unit must be str")
        kind = type(value)
        if kind is not float and kind is not int:
            raise wrong_type("Nduv", "value", value)
        if type(text) is not str:
            raise wrong_type("Nduv", "date", text)
        try:
            date = _fromisoformat(text)
        except ValueError:
            raise TypeError(f"Nduv.date: not an ISO 8601 date: {text!r}") from None
        self = object.__new__(cls)
        self.date = self._date_parsed = date
        self._date_text = text
        self.name = name
        self.unit = unit
        self.value = value
        self.extras = {} if len(data) == 4 else extras_of(data, _NDUV, "Nduv")
        return self

    def to_dict(self) -> dict[str, Any]:
        date = self.date
        return {
            "date": self._date_text if date is self._date_parsed else date.isoformat(),
            "name": self.name,
            "unit": self.unit,
            "value": self.value,
            **self.extras,
        }


_GATE = ("qubits", "gate", "parameters")


class GateProperties:
    """A gate's properties; ``name`` is an extra, as in Qiskit."""

    __slots__ = ("extras", "gate", "parameters", "qubits")

    qubits: list[int]
    gate: str
    parameters: list[Nduv]
    extras: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GateProperties:
        if type(data) is not dict:
            raise wrong_type("GateProperties", "<payload>", data)
        try:
            qubits = data["qubits"]
            gate = data["gate"]
            parameters = data["parameters"]
        except KeyError as error:
            raise missing_key("GateProperties", error) from None
        if type(gate) is not str:
            raise wrong_type("GateProperties", "gate", gate)
        if type(parameters) is not list:
            raise wrong_type("GateProperties", "parameters", parameters)
        self = object.__new__(cls)
        self.qubits = ints(qubits, "GateProperties", "qubits")
        self.gate = gate
        self.parameters = [Nduv.from_dict(item) for item in parameters]
        self.extras = {} if len(data) == 3 else extras_of(data, _GATE, "GateProperties")
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "qubits": self.qubits.copy(),
            "gate": self.gate,
            "parameters": [item.to_dict() for item in self.parameters],
            **self.extras,
        }


_PROPS = ("backend_name", "backend_version", "last_update_date", "qubits", "gates", "general")


class Index:
    """The accessors' index, built by the first accessor call: the ``Nduv``
    objects by qubit and name, and by gate, qubits and name (so a value
    changed later shows; values are converted to SI units when read).
    Objects with Nduv's and GateProperties' attribute names will do.

    A qubit with no properties gets no entry, and a later duplicate
    replaces an earlier one, as in Qiskit.
    """

    __slots__ = ("gates", "qubits")

    def __init__(self, qubits: list[list[Any]], gates: list[Any]) -> None:
        by_qubit: dict[int, dict[str, Any]] = {}
        for number, items in enumerate(qubits):
            if items:
                by_qubit[number] = {item.name: item for item in items}
        by_gate: dict[str, dict[tuple[int, ...], dict[str, Any]]] = {}
        for gate in gates:
            on = by_gate.get(gate.gate)
            if on is None:
                on = by_gate[gate.gate] = {}
            on[tuple(gate.qubits)] = {item.name: item for item in gate.parameters}
        self.qubits = by_qubit
        self.gates = by_gate


class _Accessors:
    """``t1``, ``qubit_property`` and ``gate_error`` over a lazily built ``Index``."""

    __slots__ = ()

    qubits: list[list[Any]]
    gates: list[Any]
    _index: Index | None

    def qubit_property(self, qubit: int, name: str | None = None) -> Any:
        index = self._index
        if index is None:
            index = self._index = Index(self.qubits, self.gates)
        try:
            items = index.qubits[qubit]
            if name is None:
                return {key: (to_si(n.value, n.unit), n.date) for key, n in items.items()}
            item = items[name]
        except KeyError:
            what = "properties" if name is None else f"property {name!r}"
            raise BackendPropertyError(f"Couldn't find the {what} for qubit {qubit}.") from None
        return (to_si(item.value, item.unit), item.date)

    def t1(self, qubit: int) -> Any:
        index = self._index
        if index is None:
            index = self._index = Index(self.qubits, self.gates)
        try:
            item = index.qubits[qubit]["T1"]
        except KeyError:
            raise BackendPropertyError(
                f"Couldn't find the property 'T1' for qubit {qubit}."
            ) from None
        return to_si(item.value, item.unit)

    def gate_error(self, gate: str, qubits: int | list[int] | tuple[int, ...]) -> Any:
        index = self._index
        if index is None:
            index = self._index = Index(self.qubits, self.gates)
        key = (qubits,) if type(qubits) is int else tuple(qubits)  # type: ignore[arg-type]
        try:
            item = index.gates[gate][key]["gate_error"]
        except KeyError:
            raise BackendPropertyError(f"Could not find the desired property for {gate}") from None
        return to_si(item.value, item.unit)


class BackendProperties(_Accessors):
    __slots__ = (
        "_index",
        "_last_update_date_parsed",
        "_last_update_date_text",
        "backend_name",
        "backend_version",
        "extras",
        "gates",
        "general",
        "last_update_date",
        "qubits",
    )

    backend_name: str
    backend_version: str
    last_update_date: datetime
    qubits: list[list[Nduv]]
    gates: list[GateProperties]
    general: list[Nduv]
    extras: dict[str, Any]
    _last_update_date_parsed: datetime
    _last_update_date_text: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BackendProperties:
        model = "BackendProperties"
        if type(data) is not dict:
            raise wrong_type(model, "<payload>", data)
        try:
            backend_name = data["backend_name"]
            backend_version = data["backend_version"]
            text = data["last_update_date"]
            qubits = data["qubits"]
            gates = data["gates"]
            general = data["general"]
        except KeyError as error:
            raise missing_key(model, error) from None
        if type(backend_name) is not str or type(backend_version) is not str:
            raise TypeError(f"{model}: backend_name and backend_version must be str")
        if type(qubits) is not list or type(gates) is not list or type(general) is not list:
            raise TypeError(f"{model}: qubits, gates and general must be lists")
        from_dict = Nduv.from_dict
        nduvs = []
        for items in qubits:
            if type(items) is not list:
                raise wrong_type(model, "qubits", items)
            nduvs.append([from_dict(item) for item in items])
        self = object.__new__(cls)
        self.backend_name = backend_name
        self.backend_version = backend_version
        self.last_update_date = self._last_update_date_parsed = _date(
            text, model, "last_update_date"
        )
        self._last_update_date_text = text
        self.qubits = nduvs
        self.gates = [GateProperties.from_dict(item) for item in gates]
        self.general = [from_dict(item) for item in general]
        self.extras = {} if len(data) == 6 else extras_of(data, _PROPS, model)
        self._index = None
        return self

    def to_dict(self) -> dict[str, Any]:
        date = self.last_update_date
        return {
            "backend_name": self.backend_name,
            "backend_version": self.backend_version,
            "last_update_date": (
                self._last_update_date_text
                if date is self._last_update_date_parsed
                else date.isoformat()
            ),
            "qubits": [[item.to_dict() for item in items] for items in self.qubits],
            "gates": [gate.to_dict() for gate in self.gates],
            "general": [item.to_dict() for item in self.general],
            **self.extras,
        }


class Lookup(_Accessors):
    """The baseline's accessors over another library's model of the properties."""

    __slots__ = ("_index", "gates", "qubits")

    def __init__(self, model: Any) -> None:
        self.qubits = model.qubits
        self.gates = model.gates
        self._index = None
