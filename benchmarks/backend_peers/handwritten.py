"""The baseline: hand-written ``__slots__`` classes for the backend payloads.

They check what qiskit-provider-models' backend models check, the plain
way: the payload is a ``dict``, no key is missing, every field has exactly
its type (``int`` is taken for ``float`` and kept as an ``int``; ``bool`` is
no ``int``), every item of a list field is checked and the list copied;
dates are read with ``datetime.fromisoformat`` and their payload text kept,
so that ``to_dict`` writes back the very text while the date is unchanged;
unknown keys go, after a check that every key is a ``str``, into an
``extras`` dict, and the optional keys Qiskit named (a configuration's
``dt``, a gate's ``coupling_map``, ...) stay there too, checked for their
types. ``to_dict`` gives the payload back exactly.

The accessors (``t1``, ``gate_error``, ``qubit_property``) read an index
built by the first accessor call, which maps names to the ``Nduv`` objects;
values are converted when read, with Qiskit 1.4's unit arithmetic
(``value / 10**n`` for a negative power of ten, ``value * 10**n`` for a
positive one), so they are Qiskit's values bit for bit.

``Lookup`` gives the same accessors to models that have none (pydantic,
msgspec): the same index, over any objects with the same attribute names.
"""

from __future__ import annotations

import platform
from datetime import datetime
from typing import Any

from backend_peers import BackendPeer

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


def _extras(data: dict[str, Any], names: tuple[str, ...], model: str) -> dict[str, Any]:
    """The keys of ``data`` that are not ``names``; each key must be a ``str``."""
    for key in data:
        if type(key) is not str:
            raise TypeError(f"{model}: keys must be str, got {key!r}")
    extras = data.copy()
    for name in names:
        extras.pop(name, None)
    return extras


def _missing(model: str, error: KeyError) -> TypeError:
    return TypeError(f"{model}: missing key {error}")


def _wrong(model: str, name: str, value: Any) -> TypeError:
    return TypeError(f"{model}.{name}: wrong type {type(value).__name__}")


def _ints(value: Any, model: str, name: str) -> list[int]:
    """A copy of a list of ints."""
    if type(value) is not list:
        raise _wrong(model, name, value)
    for item in value:
        if type(item) is not int:
            raise _wrong(model, name, item)
    return value.copy()


def _strs(value: Any, model: str, name: str) -> list[str]:
    """A copy of a list of strs."""
    if type(value) is not list:
        raise _wrong(model, name, value)
    for item in value:
        if type(item) is not str:
            raise _wrong(model, name, item)
    return value.copy()


def _int_lists(value: Any, model: str, name: str) -> list[list[int]]:
    """A copy of a list of lists of ints."""
    if type(value) is not list:
        raise _wrong(model, name, value)
    return [_ints(item, model, name) for item in value]


# Checks of the optional keys kept in extras: the value is left as it came.


def _is_str(value: Any) -> bool:
    return type(value) is str


def _is_bool(value: Any) -> bool:
    return type(value) is bool


def _is_int(value: Any) -> bool:
    return type(value) is int


def _is_number(value: Any) -> bool:
    kind = type(value)
    return kind is float or kind is int


def _is_dict(value: Any) -> bool:
    return type(value) is dict


def _are_strs(value: Any) -> bool:
    if type(value) is not list:
        return False
    for item in value:  # noqa: SIM110 (a loop is faster than all() over a generator)
        if type(item) is not str:
            return False
    return True


def _are_numbers(value: Any) -> bool:
    if type(value) is not list:
        return False
    for item in value:
        kind = type(item)
        if kind is not float and kind is not int:
            return False
    return True


def _is_int_map(value: Any) -> bool:
    """A list of lists of ints."""
    if type(value) is not list:
        return False
    for row in value:
        if type(row) is not list:
            return False
        for item in row:
            if type(item) is not int:
                return False
    return True


def _are_ranges(value: Any) -> bool:
    """A list of [number, number] pairs."""
    if type(value) is not list:
        return False
    for pair in value:
        if type(pair) is not list or len(pair) != 2:
            return False
        low, high = pair
        kind = type(low)
        if kind is not float and kind is not int:
            return False
        kind = type(high)
        if kind is not float and kind is not int:
            return False
    return True


def _are_dict_rows(value: Any) -> bool:
    """A list of lists of dicts."""
    if type(value) is not list:
        return False
    for row in value:
        if type(row) is not list:
            return False
        for item in row:
            if type(item) is not dict:
                return False
    return True


def _check_optional(extras: dict[str, Any], checks: dict[str, Any], model: str) -> None:
    """The optional keys present in ``extras`` have their types (None is taken)."""
    for key, fits in checks.items():
        value = extras.get(key)
        if value is not None and not fits(value):
            raise _wrong(model, key, value)


def _date(text: Any, model: str, name: str) -> datetime:
    if type(text) is not str:
        raise _wrong(model, name, text)
    try:
        return _fromisoformat(text)
    except ValueError:
        raise TypeError(f"{model}.{name}: not an ISO 8601 date: {text!r}") from None


# -- BackendProperties -------------------------------------------------------


_NDUV = ("date", "name", "unit", "value")


class Nduv:
    __slots__ = ("_date_parsed", "_date_text", "date", "extras", "name", "unit", "value")

    date: datetime
    name: str
    unit: str
    value: int | float
    extras: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Nduv:
        if type(data) is not dict:
            raise _wrong("Nduv", "<payload>", data)
        try:
            text = data["date"]
            name = data["name"]
            unit = data["unit"]
            value = data["value"]
        except KeyError as error:
            raise _missing("Nduv", error) from None
        if type(name) is not str or type(unit) is not str:
            raise TypeError("Nduv: name and unit must be str")
        kind = type(value)
        if kind is not float and kind is not int:
            raise _wrong("Nduv", "value", value)
        if type(text) is not str:
            raise _wrong("Nduv", "date", text)
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
        self.extras = {} if len(data) == 4 else _extras(data, _NDUV, "Nduv")
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
            raise _wrong("GateProperties", "<payload>", data)
        try:
            qubits = data["qubits"]
            gate = data["gate"]
            parameters = data["parameters"]
        except KeyError as error:
            raise _missing("GateProperties", error) from None
        if type(gate) is not str:
            raise _wrong("GateProperties", "gate", gate)
        if type(parameters) is not list:
            raise _wrong("GateProperties", "parameters", parameters)
        self = object.__new__(cls)
        self.qubits = _ints(qubits, "GateProperties", "qubits")
        self.gate = gate
        self.parameters = [Nduv.from_dict(item) for item in parameters]
        self.extras = {} if len(data) == 3 else _extras(data, _GATE, "GateProperties")
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BackendProperties:
        model = "BackendProperties"
        if type(data) is not dict:
            raise _wrong(model, "<payload>", data)
        try:
            backend_name = data["backend_name"]
            backend_version = data["backend_version"]
            text = data["last_update_date"]
            qubits = data["qubits"]
            gates = data["gates"]
            general = data["general"]
        except KeyError as error:
            raise _missing(model, error) from None
        if type(backend_name) is not str or type(backend_version) is not str:
            raise TypeError(f"{model}: backend_name and backend_version must be str")
        if type(qubits) is not list or type(gates) is not list or type(general) is not list:
            raise TypeError(f"{model}: qubits, gates and general must be lists")
        from_dict = Nduv.from_dict
        nduvs = []
        for items in qubits:
            if type(items) is not list:
                raise _wrong(model, "qubits", items)
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
        self.extras = {} if len(data) == 6 else _extras(data, _PROPS, model)
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


# -- QasmBackendConfiguration ------------------------------------------------
#
# Qiskit 1.4's twelve required keys are fields; every other key stays in
# extras as it came (an optional field would add its key to payloads without
# it), those Qiskit named checked for their types.

_GATE_CONFIG = ("name", "parameters", "qasm_def")
_GATE_CONFIG_OPTIONAL = {
    "coupling_map": _is_int_map,
    "latency_map": _is_int_map,
    "conditional": _is_bool,
    "description": _is_str,
}


class GateConfig:
    __slots__ = ("extras", "name", "parameters", "qasm_def")

    name: str
    parameters: list[str] | None
    qasm_def: str | None
    extras: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GateConfig:
        model = "GateConfig"
        if type(data) is not dict:
            raise _wrong(model, "<payload>", data)
        try:
            name = data["name"]
            parameters = data["parameters"]
            qasm_def = data["qasm_def"]
        except KeyError as error:
            raise _missing(model, error) from None
        if type(name) is not str:
            raise _wrong(model, "name", name)
        if qasm_def is not None and type(qasm_def) is not str:
            raise _wrong(model, "qasm_def", qasm_def)
        self = object.__new__(cls)
        self.name = name
        self.parameters = None if parameters is None else _strs(parameters, model, "parameters")
        self.qasm_def = qasm_def
        if len(data) == 3:
            self.extras = {}
        else:
            self.extras = _extras(data, _GATE_CONFIG, model)
            _check_optional(self.extras, _GATE_CONFIG_OPTIONAL, model)
        return self

    def to_dict(self) -> dict[str, Any]:
        parameters = self.parameters
        return {
            "name": self.name,
            "parameters": None if parameters is None else parameters.copy(),
            "qasm_def": self.qasm_def,
            **self.extras,
        }


_CONF = (
    "backend_name",
    "backend_version",
    "n_qubits",
    "basis_gates",
    "gates",
    "local",
    "simulator",
    "conditional",
    "open_pulse",
    "memory",
    "max_shots",
    "coupling_map",
)
_CONF_OPTIONAL = {
    "supported_instructions": _are_strs,
    "dynamic_reprate_enabled": _is_bool,
    "rep_delay_range": _are_numbers,
    "default_rep_delay": _is_number,
    "max_experiments": _is_int,
    "sample_name": _is_str,
    "n_registers": _is_int,
    "register_map": _is_int_map,
    "configurable": _is_bool,
    "credits_required": _is_bool,
    "online_date": _is_str,
    "display_name": _is_str,
    "description": _is_str,
    "tags": _are_strs,
    "dt": _is_number,
    "dtm": _is_number,
    "processor_type": _is_dict,
    "parametric_pulses": _are_strs,
    "qubit_lo_range": _are_ranges,
    "meas_lo_range": _are_ranges,
    "rep_times": _are_numbers,
    "u_channel_lo": _are_dict_rows,
}


class QasmBackendConfiguration:
    __slots__ = (*_CONF, "extras")

    backend_name: str
    backend_version: str
    n_qubits: int
    basis_gates: list[str]
    gates: list[GateConfig]
    local: bool
    simulator: bool
    conditional: bool
    open_pulse: bool
    memory: bool
    max_shots: int
    coupling_map: list[list[int]] | None
    extras: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QasmBackendConfiguration:
        model = "QasmBackendConfiguration"
        if type(data) is not dict:
            raise _wrong(model, "<payload>", data)
        try:
            backend_name = data["backend_name"]
            backend_version = data["backend_version"]
            n_qubits = data["n_qubits"]
            basis_gates = data["basis_gates"]
            gates = data["gates"]
            local = data["local"]
            simulator = data["simulator"]
            conditional = data["conditional"]
            open_pulse = data["open_pulse"]
            memory = data["memory"]
            max_shots = data["max_shots"]
            coupling_map = data["coupling_map"]
        except KeyError as error:
            raise _missing(model, error) from None
        if type(backend_name) is not str or type(backend_version) is not str:
            raise TypeError(f"{model}: backend_name and backend_version must be str")
        if type(n_qubits) is not int or type(max_shots) is not int:
            raise TypeError(f"{model}: n_qubits and max_shots must be int")
        if (
            type(local) is not bool
            or type(simulator) is not bool
            or type(conditional) is not bool
            or type(open_pulse) is not bool
            or type(memory) is not bool
        ):
            raise TypeError(f"{model}: local, simulator, conditional, open_pulse, memory: bool")
        if type(gates) is not list:
            raise _wrong(model, "gates", gates)
        self = object.__new__(cls)
        self.backend_name = backend_name
        self.backend_version = backend_version
        self.n_qubits = n_qubits
        self.basis_gates = _strs(basis_gates, model, "basis_gates")
        self.gates = [GateConfig.from_dict(gate) for gate in gates]
        self.local = local
        self.simulator = simulator
        self.conditional = conditional
        self.open_pulse = open_pulse
        self.memory = memory
        self.max_shots = max_shots
        self.coupling_map = (
            None if coupling_map is None else _int_lists(coupling_map, model, "coupling_map")
        )
        if len(data) == 12:
            self.extras = {}
        else:
            self.extras = _extras(data, _CONF, model)
            _check_optional(self.extras, _CONF_OPTIONAL, model)
        return self

    def to_dict(self) -> dict[str, Any]:
        coupling_map = self.coupling_map
        return {
            "backend_name": self.backend_name,
            "backend_version": self.backend_version,
            "n_qubits": self.n_qubits,
            "basis_gates": self.basis_gates.copy(),
            "gates": [gate.to_dict() for gate in self.gates],
            "local": self.local,
            "simulator": self.simulator,
            "conditional": self.conditional,
            "open_pulse": self.open_pulse,
            "memory": self.memory,
            "max_shots": self.max_shots,
            "coupling_map": (
                None if coupling_map is None else [pair.copy() for pair in coupling_map]
            ),
            **self.extras,
        }


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
