"""The baseline's ``QasmBackendConfiguration`` and ``GateConfig``,
hand-written ``__slots__`` classes (see handwritten.py).

Qiskit 1.4's twelve required keys are fields; every other key stays in
extras as it came (an optional field would add its key to payloads without
it), those Qiskit named (a configuration's ``dt``, a gate's
``coupling_map``, ...) checked for their types.
"""

from __future__ import annotations

from typing import Any

from backend_peers.handwritten_checks import extras_of, int_lists, missing_key, strs, wrong_type

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
            raise wrong_type(model, key, value)


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
            raise wrong_type(model, "<payload>", data)
        try:
            name = data["name"]
            parameters = data["parameters"]
            qasm_def = data["qasm_def"]
        except KeyError as error:
            raise missing_key(model, error) from None
        if type(name) is not str:
            raise wrong_type(model, "name", name)
        if qasm_def is not None and type(qasm_def) is not str:
            raise wrong_type(model, "qasm_def", qasm_def)
        self = object.__new__(cls)
        self.name = name
        self.parameters = None if parameters is None else strs(parameters, model, "parameters")
        self.qasm_def = qasm_def
        if len(data) == 3:
            self.extras = {}
        else:
            self.extras = extras_of(data, _GATE_CONFIG, model)
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
            raise wrong_type(model, "<payload>", data)
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
            raise missing_key(model, error) from None
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
            raise wrong_type(model, "gates", gates)
        self = object.__new__(cls)
        self.backend_name = backend_name
        self.backend_version = backend_version
        self.n_qubits = n_qubits
        self.basis_gates = strs(basis_gates, model, "basis_gates")
        self.gates = [GateConfig.from_dict(gate) for gate in gates]
        self.local = local
        self.simulator = simulator
        self.conditional = conditional
        self.open_pulse = open_pulse
        self.memory = memory
        self.max_shots = max_shots
        self.coupling_map = (
            None if coupling_map is None else int_lists(coupling_map, model, "coupling_map")
        )
        if len(data) == 12:
            self.extras = {}
        else:
            self.extras = extras_of(data, _CONF, model)
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
