"""The hand-written limit for the pulse payloads: ``PulseDefaults`` and its
parts, and ``PulseBackendConfiguration``, as plain ``__slots__`` classes.

They do the work qiskit-provider-models' pulse models do, the fastest plain
way found: every field checked for its type (``int`` taken for ``float`` and
kept an ``int``; ``bool`` is no ``int``), every list and dict field copied
(dicts shallowly, with their keys checked to be ``str``), unknown keys kept
in ``extras`` (values shared with the payload), and ``to_dict`` giving the
payload back exactly (benchmarks/pulse.py checks it before timing). A
pulse's samples are packed in an ``array('d')`` and the instructions' names,
channels and pulse shapes interned, as the models keep them.

A key that a payload may lack (``ch``, ``meas_kernel``, ``hamiltonian``,
...) is kept in a private slot holding ``ABSENT`` when the key was not
given; the public attribute is a property that raises ``AttributeError``
there, as the models' (and Qiskit's) unset attributes do. ``to_dict`` reads
the private slots: an absent key costs one slot read and one identity test,
where reading an unset slot would raise and catch an ``AttributeError``.
"""

from __future__ import annotations

from array import array
from datetime import datetime
from itertools import chain
from typing import Any

from backend_peers.handwritten_checks import extras_of, ints, missing_key, strs, wrong_type

#: What a slot of a key the payload did not give holds.
ABSENT: Any = type("Absent", (), {"__repr__": lambda self: "ABSENT", "__slots__": ()})()

_fromisoformat = datetime.fromisoformat

_flatten = chain.from_iterable
_NO_INTS: dict[int, int] = {}
_FLOAT = {float}
_NUMBERS = {float, int}

#: Equal names, channels and pulse shapes share one ``str``, as the models'
#: ``field(intern=True)`` makes them (their table is not bounded here).
_STRINGS: dict[str, str] = {}


def _interned(value: str) -> str:
    return _STRINGS.setdefault(value, value)


def _optional(slot: str) -> property:
    """The public attribute over ``slot``: ``AttributeError`` where it is ``ABSENT``."""
    public = slot[1:]

    def get(self: Any) -> Any:
        value = getattr(self, slot)
        if value is ABSENT:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {public!r}")
        return value

    def set_(self: Any, value: Any) -> None:
        setattr(self, slot, value)

    def delete(self: Any) -> None:
        setattr(self, slot, ABSENT)

    return property(get, set_, delete)


# The checks: each returns the value to keep (a copy for containers) or raises.


def _number(value: Any, model: str, name: str) -> Any:
    kind = type(value)
    if kind is not float and kind is not int:
        raise wrong_type(model, name, value)
    return value


def _numbers(value: Any, model: str, name: str) -> list[Any]:
    if type(value) is not list:
        raise wrong_type(model, name, value)
    for item in value:
        kind = type(item)
        if kind is not float and kind is not int:
            raise wrong_type(model, name, item)
    return value.copy()


def _number_rows(value: Any, model: str, name: str) -> list[list[Any]]:
    if type(value) is not list:
        raise wrong_type(model, name, value)
    return [_numbers(row, model, name) for row in value]


def _str_dict(value: Any, model: str, name: str) -> dict[str, Any]:
    """A shallow copy of a dict whose keys are ``str``."""
    if type(value) is not dict:
        raise wrong_type(model, name, value)
    for key in value:
        if type(key) is not str:
            raise wrong_type(model, name, key)
    return value.copy()


def _dicts(value: Any, model: str, name: str) -> list[dict[str, Any]]:
    if type(value) is not list:
        raise wrong_type(model, name, value)
    return [_str_dict(item, model, name) for item in value]


def _complex(value: Any, model: str, name: str) -> complex:
    if type(value) is not list or len(value) != 2:
        raise wrong_type(model, name, value)
    real, imag = value
    kind = type(real)
    if kind is not float and kind is not int:
        raise wrong_type(model, name, real)
    kind = type(imag)
    if kind is not float and kind is not int:
        raise wrong_type(model, name, imag)
    return complex(real, imag)


def _slots(value: Any, model: str, name: str) -> list[int] | int:
    """A memory or register slot: one ``int``, or a list of them (copied)."""
    kind = type(value)
    if kind is int:
        return value  # type: ignore[no-any-return]
    if kind is list:
        return ints(value, model, name)
    raise wrong_type(model, name, value)


def _number_or_str(value: Any, model: str, name: str) -> Any:
    kind = type(value)
    if kind is not float and kind is not int and kind is not str:
        raise wrong_type(model, name, value)
    return value


class PulseLibraryItem:
    """A named pulse; its samples packed in an ``array('d')``, with the
    positions of the payload's ``int`` parts, written back as lists."""

    __slots__ = ("extras", "ints", "name", "samples")

    name: str
    samples: array[float]
    ints: dict[int, int]
    extras: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PulseLibraryItem:
        model = "PulseLibraryItem"
        if type(data) is not dict:
            raise wrong_type(model, "<payload>", data)
        try:
            name = data["name"]
            samples = data["samples"]
        except KeyError as error:
            raise missing_key(model, error) from None
        if type(name) is not str:
            raise wrong_type(model, "name", name)
        if type(samples) is not list:
            raise wrong_type(model, "samples", samples)
        if samples and (set(map(type, samples)) != {list} or set(map(len, samples)) != {2}):
            raise wrong_type(model, "samples", samples)
        flat = [*_flatten(samples)]
        kinds = set(map(type, flat))
        ints = _NO_INTS
        if not kinds <= _FLOAT:
            if not kinds <= _NUMBERS:
                raise wrong_type(model, "samples", samples)
            ints = {index: part for index, part in enumerate(flat) if type(part) is int}
        self = object.__new__(cls)
        self.name = name
        self.samples = array("d", flat)
        self.ints = ints
        self.extras = {} if len(data) == 2 else extras_of(data, ("name", "samples"), model)
        return self

    def to_dict(self) -> dict[str, Any]:
        flat = self.samples.tolist()
        for index, part in self.ints.items():
            flat[index] = part
        parts = iter(flat)
        out = {"name": self.name, "samples": list(map(list, zip(parts, parts, strict=True)))}
        if self.extras:
            out.update(self.extras)
        return out


_INSTRUCTION = (
    "name",
    "t0",
    "ch",
    "conditional",
    "val",
    "phase",
    "duration",
    "qubits",
    "memory_slot",
    "register_slot",
    "kernels",
    "discriminators",
    "label",
    "type",
    "pulse_shape",
    "parameters",
    "frequency",
)


class PulseQobjInstruction:
    """One instruction of a command's sequence: ``name`` and ``t0``, then
    fifteen keys that may be absent (private slots, public properties)."""

    __slots__ = ("extras", "name", "t0", *(f"_{key}" for key in _INSTRUCTION[2:]))

    name: str
    t0: int
    extras: dict[str, Any]

    ch = _optional("_ch")
    conditional = _optional("_conditional")
    val = _optional("_val")
    phase = _optional("_phase")
    duration = _optional("_duration")
    qubits = _optional("_qubits")
    memory_slot = _optional("_memory_slot")
    register_slot = _optional("_register_slot")
    kernels = _optional("_kernels")
    discriminators = _optional("_discriminators")
    label = _optional("_label")
    type = _optional("_type")
    pulse_shape = _optional("_pulse_shape")
    parameters = _optional("_parameters")
    frequency = _optional("_frequency")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PulseQobjInstruction:
        model = "PulseQobjInstruction"
        if type(data) is not dict:
            raise wrong_type(model, "<payload>", data)
        try:
            name = data["name"]
            t0 = data["t0"]
        except KeyError as error:
            raise missing_key(model, error) from None
        if type(name) is not str:
            raise wrong_type(model, "name", name)
        if type(t0) is not int:
            raise wrong_type(model, "t0", t0)
        self = object.__new__(cls)
        self.name = _STRINGS.get(name) or _interned(name)
        self.t0 = t0
        get = data.get
        given = 2
        value = get("ch", ABSENT)
        if value is not ABSENT:
            if type(value) is not str:
                raise wrong_type(model, "ch", value)
            value = _STRINGS.get(value) or _interned(value)
            given += 1
        self._ch = value
        value = get("conditional", ABSENT)
        if value is not ABSENT:
            if type(value) is not int:
                raise wrong_type(model, "conditional", value)
            given += 1
        self._conditional = value
        value = get("val", ABSENT)
        if value is not ABSENT:
            value = _complex(value, model, "val")
            given += 1
        self._val = value
        value = get("phase", ABSENT)
        if value is not ABSENT:
            kind = type(value)
            if kind is not float and kind is not str and kind is not int:
                raise wrong_type(model, "phase", value)
            given += 1
        self._phase = value
        value = get("duration", ABSENT)
        if value is not ABSENT:
            if type(value) is not int:
                raise wrong_type(model, "duration", value)
            given += 1
        self._duration = value
        value = get("qubits", ABSENT)
        if value is not ABSENT:
            value = ints(value, model, "qubits")
            given += 1
        self._qubits = value
        value = get("memory_slot", ABSENT)
        if value is not ABSENT:
            value = _slots(value, model, "memory_slot")
            given += 1
        self._memory_slot = value
        value = get("register_slot", ABSENT)
        if value is not ABSENT:
            value = _slots(value, model, "register_slot")
            given += 1
        self._register_slot = value
        value = get("kernels", ABSENT)
        if value is not ABSENT:
            value = _dicts(value, model, "kernels")
            given += 1
        self._kernels = value
        value = get("discriminators", ABSENT)
        if value is not ABSENT:
            value = _dicts(value, model, "discriminators")
            given += 1
        self._discriminators = value
        value = get("label", ABSENT)
        if value is not ABSENT:
            if type(value) is not str:
                raise wrong_type(model, "label", value)
            given += 1
        self._label = value
        value = get("type", ABSENT)
        if value is not ABSENT:
            if type(value) is not str:
                raise wrong_type(model, "type", value)
            given += 1
        self._type = value
        value = get("pulse_shape", ABSENT)
        if value is not ABSENT:
            if type(value) is not str:
                raise wrong_type(model, "pulse_shape", value)
            value = _STRINGS.get(value) or _interned(value)
            given += 1
        self._pulse_shape = value
        value = get("parameters", ABSENT)
        if value is not ABSENT:
            if type(value) is not dict:
                raise wrong_type(model, "parameters", value)
            for key in value:
                if type(key) is not str:
                    raise wrong_type(model, "parameters", key)
            value = value.copy()
            given += 1
        self._parameters = value
        value = get("frequency", ABSENT)
        if value is not ABSENT:
            value = _number_or_str(value, model, "frequency")
            given += 1
        self._frequency = value
        self.extras = {} if len(data) == given else extras_of(data, _INSTRUCTION, model)
        return self

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "t0": self.t0}
        value = self._ch
        if value is not ABSENT:
            out["ch"] = value
        value = self._conditional
        if value is not ABSENT:
            out["conditional"] = value
        value = self._val
        if value is not ABSENT:
            out["val"] = [value.real, value.imag]
        value = self._phase
        if value is not ABSENT:
            out["phase"] = value
        value = self._duration
        if value is not ABSENT:
            out["duration"] = value
        value = self._qubits
        if value is not ABSENT:
            out["qubits"] = value.copy()
        value = self._memory_slot
        if value is not ABSENT:
            out["memory_slot"] = value.copy() if type(value) is list else value
        value = self._register_slot
        if value is not ABSENT:
            out["register_slot"] = value.copy() if type(value) is list else value
        value = self._kernels
        if value is not ABSENT:
            out["kernels"] = [item.copy() for item in value]
        value = self._discriminators
        if value is not ABSENT:
            out["discriminators"] = [item.copy() for item in value]
        value = self._label
        if value is not ABSENT:
            out["label"] = value
        value = self._type
        if value is not ABSENT:
            out["type"] = value
        value = self._pulse_shape
        if value is not ABSENT:
            out["pulse_shape"] = value
        value = self._parameters
        if value is not ABSENT:
            out["parameters"] = value.copy()
        value = self._frequency
        if value is not ABSENT:
            out["frequency"] = value
        if self.extras:
            out.update(self.extras)
        return out


_COMMAND = ("name", "qubits", "sequence")


class Command:
    """A gate's pulse sequence on some qubits; ``qubits`` and ``sequence`` may be absent."""

    __slots__ = ("_qubits", "_sequence", "extras", "name")

    name: str
    extras: dict[str, Any]
    qubits = _optional("_qubits")
    sequence = _optional("_sequence")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Command:
        model = "Command"
        if type(data) is not dict:
            raise wrong_type(model, "<payload>", data)
        try:
            name = data["name"]
        except KeyError as error:
            raise missing_key(model, error) from None
        if type(name) is not str:
            raise wrong_type(model, "name", name)
        self = object.__new__(cls)
        self.name = name
        given = 1
        qubits = data.get("qubits", ABSENT)
        if qubits is not ABSENT:
            qubits = ints(qubits, model, "qubits")
            given += 1
        self._qubits = qubits
        sequence = data.get("sequence", ABSENT)
        if sequence is not ABSENT:
            if type(sequence) is not list:
                raise wrong_type(model, "sequence", sequence)
            read = PulseQobjInstruction.from_dict
            sequence = [read(item) for item in sequence]
            given += 1
        self._sequence = sequence
        self.extras = {} if len(data) == given else extras_of(data, _COMMAND, model)
        return self

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        qubits = self._qubits
        if qubits is not ABSENT:
            out["qubits"] = qubits.copy()
        sequence = self._sequence
        if sequence is not ABSENT:
            out["sequence"] = [item.to_dict() for item in sequence]
        if self.extras:
            out.update(self.extras)
        return out


class MeasurementKernel:
    """A kernel's (or, as ``Discriminator``, a discriminator's) name and params."""

    __slots__ = ("extras", "name", "params")

    name: str
    params: dict[str, Any]
    extras: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        model = cls.__name__
        if type(data) is not dict:
            raise wrong_type(model, "<payload>", data)
        try:
            name = data["name"]
            params = data["params"]
        except KeyError as error:
            raise missing_key(model, error) from None
        if type(name) is not str:
            raise wrong_type(model, "name", name)
        self = object.__new__(cls)
        self.name = name
        self.params = _str_dict(params, model, "params")
        self.extras = {} if len(data) == 2 else extras_of(data, ("name", "params"), model)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "params": self.params.copy(), **self.extras}


class Discriminator(MeasurementKernel):
    __slots__ = ()


_DEFAULTS = (
    "qubit_freq_est",
    "meas_freq_est",
    "buffer",
    "pulse_library",
    "cmd_def",
    "meas_kernel",
    "discriminator",
)


class PulseDefaults:
    """A pulse backend's defaults; frequencies kept in the payload's GHz."""

    __slots__ = (
        "_discriminator",
        "_meas_kernel",
        "buffer",
        "cmd_def",
        "extras",
        "meas_freq_est_ghz",
        "pulse_library",
        "qubit_freq_est_ghz",
    )

    qubit_freq_est_ghz: list[Any]
    meas_freq_est_ghz: list[Any]
    buffer: int
    pulse_library: list[PulseLibraryItem]
    cmd_def: list[Command]
    extras: dict[str, Any]
    meas_kernel = _optional("_meas_kernel")
    discriminator = _optional("_discriminator")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PulseDefaults:
        model = "PulseDefaults"
        if type(data) is not dict:
            raise wrong_type(model, "<payload>", data)
        try:
            qubit_freq_est = data["qubit_freq_est"]
            meas_freq_est = data["meas_freq_est"]
            buffer = data["buffer"]
            pulse_library = data["pulse_library"]
            cmd_def = data["cmd_def"]
        except KeyError as error:
            raise missing_key(model, error) from None
        if type(buffer) is not int:
            raise wrong_type(model, "buffer", buffer)
        if type(pulse_library) is not list:
            raise wrong_type(model, "pulse_library", pulse_library)
        if type(cmd_def) is not list:
            raise wrong_type(model, "cmd_def", cmd_def)
        self = object.__new__(cls)
        self.qubit_freq_est_ghz = _numbers(qubit_freq_est, model, "qubit_freq_est")
        self.meas_freq_est_ghz = _numbers(meas_freq_est, model, "meas_freq_est")
        self.buffer = buffer
        read_item = PulseLibraryItem.from_dict
        self.pulse_library = [read_item(item) for item in pulse_library]
        read_command = Command.from_dict
        self.cmd_def = [read_command(item) for item in cmd_def]
        given = 5
        kernel = data.get("meas_kernel", ABSENT)
        if kernel is not ABSENT:
            kernel = MeasurementKernel.from_dict(kernel)
            given += 1
        self._meas_kernel = kernel
        discriminator = data.get("discriminator", ABSENT)
        if discriminator is not ABSENT:
            discriminator = Discriminator.from_dict(discriminator)
            given += 1
        self._discriminator = discriminator
        self.extras = {} if len(data) == given else extras_of(data, _DEFAULTS, model)
        return self

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "qubit_freq_est": self.qubit_freq_est_ghz.copy(),
            "meas_freq_est": self.meas_freq_est_ghz.copy(),
            "buffer": self.buffer,
            "pulse_library": [item.to_dict() for item in self.pulse_library],
            "cmd_def": [command.to_dict() for command in self.cmd_def],
        }
        kernel = self._meas_kernel
        if kernel is not ABSENT:
            out["meas_kernel"] = kernel.to_dict()
        discriminator = self._discriminator
        if discriminator is not ABSENT:
            out["discriminator"] = discriminator.to_dict()
        if self.extras:
            out.update(self.extras)
        return out


# The configuration. Its optional keys are read from a table, each with its
# check (which copies) and its writer (which copies again): a configuration
# has some forty keys, its time is in the nested lists and dicts.


def _str(value: Any, model: str, name: str) -> Any:
    if type(value) is not str:
        raise wrong_type(model, name, value)
    return value


def _bool(value: Any, model: str, name: str) -> Any:
    if type(value) is not bool:
        raise wrong_type(model, name, value)
    return value


def _int(value: Any, model: str, name: str) -> Any:
    if type(value) is not int:
        raise wrong_type(model, name, value)
    return value


def _int_rows(value: Any, model: str, name: str) -> list[list[int]]:
    if type(value) is not list:
        raise wrong_type(model, name, value)
    return [ints(row, model, name) for row in value]


def _strs_or_none(value: Any, model: str, name: str) -> list[str] | None:
    return None if value is None else strs(value, model, name)


def _ints_or_none(value: Any, model: str, name: str) -> list[int] | None:
    return None if value is None else ints(value, model, name)


def _date(value: Any, model: str, name: str) -> tuple[str, datetime]:
    """The date and its text, written back while the date is unchanged."""
    if type(value) is not str:
        raise wrong_type(model, name, value)
    try:
        return value, _fromisoformat(value)
    except ValueError:
        raise TypeError(f"{model}.{name}: not an ISO 8601 date: {value!r}") from None


def _channels(value: Any, model: str, name: str) -> dict[str, dict[str, Any]]:
    if type(value) is not dict:
        raise wrong_type(model, name, value)
    out = {}
    for key, channel in value.items():
        if type(key) is not str:
            raise wrong_type(model, name, key)
        if type(channel) is not dict:
            raise wrong_type(model, name, channel)
        for inner in channel:
            if type(inner) is not str:
                raise wrong_type(model, name, inner)
        out[key] = channel.copy()
    return out


def _u_channel_lo(value: Any, model: str, name: str) -> list[list[UchannelLO]]:
    if type(value) is not list:
        raise wrong_type(model, name, value)
    read = UchannelLO.from_dict
    rows = []
    for row in value:
        if type(row) is not list:
            raise wrong_type(model, name, row)
        rows.append([read(entry) for entry in row])
    return rows


def _same(value: Any) -> Any:
    return value


def _copy(value: Any) -> Any:
    return None if value is None else value.copy()


def _copy_rows(value: Any) -> Any:
    return [row.copy() for row in value]


def _copy_inner(value: Any) -> Any:
    return {key: inner.copy() for key, inner in value.items()}


def _write_date(value: tuple[str, datetime]) -> str:
    return value[0]


def _write_u_channel_lo(value: list[list[UchannelLO]]) -> list[list[dict[str, Any]]]:
    return [[entry.to_dict() for entry in row] for row in value]


class UchannelLO:
    __slots__ = ("extras", "q", "scale")

    q: int
    scale: complex
    extras: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UchannelLO:
        model = "UchannelLO"
        if type(data) is not dict:
            raise wrong_type(model, "<payload>", data)
        try:
            q = data["q"]
            scale = data["scale"]
        except KeyError as error:
            raise missing_key(model, error) from None
        if type(q) is not int:
            raise wrong_type(model, "q", q)
        self = object.__new__(cls)
        self.q = q
        self.scale = _complex(scale, model, "scale")
        self.extras = {} if len(data) == 2 else extras_of(data, ("q", "scale"), model)
        return self

    def to_dict(self) -> dict[str, Any]:
        scale = self.scale
        out = {"q": self.q, "scale": [scale.real, scale.imag]}
        if self.extras:
            out.update(self.extras)
        return out


_GATE_OPTIONAL = (
    ("coupling_map", _int_rows, _copy_rows),
    ("latency_map", _int_rows, _copy_rows),
    ("conditional", _bool, _same),
    ("description", _str, _same),
)
_GATE = ("name", "parameters", "qasm_def", *(key for key, _, _ in _GATE_OPTIONAL))


class GateConfig:
    __slots__ = (
        "_conditional",
        "_coupling_map",
        "_description",
        "_latency_map",
        "extras",
        "name",
        "parameters",
        "qasm_def",
    )

    name: str
    parameters: list[str] | None
    qasm_def: str | None
    extras: dict[str, Any]
    coupling_map = _optional("_coupling_map")
    latency_map = _optional("_latency_map")
    conditional = _optional("_conditional")
    description = _optional("_description")

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
        self.parameters = _strs_or_none(parameters, model, "parameters")
        self.qasm_def = qasm_def
        given = 3 + _read_optional(self, data, _GATE_OPTIONAL, model)
        self.extras = {} if len(data) == given else extras_of(data, _GATE, model)
        return self

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "parameters": _copy(self.parameters), "qasm_def": self.qasm_def}
        _write_optional(self, out, _GATE_OPTIONAL)
        if self.extras:
            out.update(self.extras)
        return out


def _read_optional(self: Any, data: dict[str, Any], table: Any, model: str) -> int:
    """Fill the private slots of ``table``'s keys; how many keys were given."""
    get = data.get
    given = 0
    for key, check, _ in table:
        value = get(key, ABSENT)
        if value is not ABSENT:
            value = check(value, model, key)
            given += 1
        setattr(self, f"_{key}", value)
    return given


def _write_optional(self: Any, out: dict[str, Any], table: Any) -> None:
    for key, _, write in table:
        value = getattr(self, f"_{key}")
        if value is not ABSENT:
            out[key] = write(value)


_CONF_REQUIRED = (
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
# What QasmBackendConfiguration declares beyond the twelve, then what the
# pulse configuration requires (``required=True``) and may have.
_CONF_OPTIONAL = (
    ("supported_instructions", strs, _copy),
    ("dynamic_reprate_enabled", _bool, _same),
    ("rep_delay_range", _numbers, _copy),
    ("default_rep_delay", _number, _same),
    ("max_experiments", _int, _same),
    ("sample_name", _str, _same),
    ("n_registers", _int, _same),
    ("register_map", _int_rows, _copy_rows),
    ("configurable", _bool, _same),
    ("credits_required", _bool, _same),
    ("online_date", _date, _write_date),
    ("display_name", _str, _same),
    ("description", _str, _same),
    ("tags", strs, _copy),
    ("processor_type", _str_dict, _copy),
    ("parametric_pulses", strs, _copy),
    ("meas_map", _int_rows, _copy_rows),
    ("hamiltonian", _str_dict, _copy),
    ("channel_bandwidth", _number_rows, _copy_rows),
    ("acquisition_latency", _int_rows, _copy_rows),
    ("conditional_latency", _int_rows, _copy_rows),
    ("channels", _channels, _copy_inner),
)
_PULSE_REQUIRED = (
    ("n_uchannels", _int, _same),
    ("u_channel_lo", _u_channel_lo, _write_u_channel_lo),
    ("meas_levels", _ints_or_none, _copy),
    ("qubit_lo_range", _number_rows, _copy_rows),
    ("meas_lo_range", _number_rows, _copy_rows),
    ("dt", _number, _same),
    ("dtm", _number, _same),
    ("rep_times", _numbers, _copy),
    ("meas_kernels", _strs_or_none, _copy),
    ("discriminators", _strs_or_none, _copy),
)
_CONF_KEYS = (
    *_CONF_REQUIRED,
    *(key for key, _, _ in _CONF_OPTIONAL),
    *(key for key, _, _ in _PULSE_REQUIRED),
)


class PulseBackendConfiguration:
    """A pulse backend's configuration: the twelve keys of every
    configuration, the pulse configuration's ten required ones, and the
    optional ones the models declare (private slots, as above)."""

    __slots__ = (
        *_CONF_REQUIRED,
        *(key for key, _, _ in _PULSE_REQUIRED),
        *(f"_{key}" for key, _, _ in _CONF_OPTIONAL),
        "extras",
    )

    extras: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PulseBackendConfiguration:
        model = "PulseBackendConfiguration"
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
            required = [data[key] for key, _, _ in _PULSE_REQUIRED]
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
        read_gate = GateConfig.from_dict
        self.gates = [read_gate(gate) for gate in gates]
        self.local = local
        self.simulator = simulator
        self.conditional = conditional
        self.open_pulse = open_pulse
        self.memory = memory
        self.max_shots = max_shots
        self.coupling_map = (
            None if coupling_map is None else _int_rows(coupling_map, model, "coupling_map")
        )
        for (key, check, _), value in zip(_PULSE_REQUIRED, required, strict=True):
            setattr(self, key, check(value, model, key))
        given = 12 + len(_PULSE_REQUIRED) + _read_optional(self, data, _CONF_OPTIONAL, model)
        self.extras = {} if len(data) == given else extras_of(data, _CONF_KEYS, model)
        return self

    def to_dict(self) -> dict[str, Any]:
        coupling_map = self.coupling_map
        out: dict[str, Any] = {
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
            "coupling_map": None if coupling_map is None else _copy_rows(coupling_map),
        }
        for key, _, write in _PULSE_REQUIRED:
            out[key] = write(getattr(self, key))
        _write_optional(self, out, _CONF_OPTIONAL)
        if self.extras:
            out.update(self.extras)
        return out
