"""Typed read-only properties for the optional keys of backend configurations.

Shared by ``GateConfig``/``FrozenGateConfig`` and by
``QasmBackendConfiguration``/``FrozenQasmBackendConfiguration``. The keys
stay in ``extras`` as the payload had them (see ``_optional_keys``); each
property gives what Qiskit 1.4's attribute of that name held, with Qiskit's
arithmetic where it converted units, so the floats are the same to the
last bit: ``dt``/``dtm`` ``* 1e-9`` (ns to s), ``rep_delay_range``,
``default_rep_delay`` and ``rep_times`` ``* 1e-6`` (us to s),
``qubit_lo_range``/``meas_lo_range`` ``* 1e9`` (GHz to Hz). Values that are
already in SI units in a payload (some old payloads have them) are scaled
all the same, as Qiskit did: the payload does not say its units.
"""

from __future__ import annotations

from typing import Any

from ._optional_keys import BOOL, DICT, INT, NUMBER, STR, Key, check_keys, is_set, list_of, read

__all__ = [
    "CONFIGURATION_CHECKS",
    "CONFIGURATION_KEYS",
    "ConfigurationAccessors",
    "GATE_CONFIG_KEYS",
    "GateConfigAccessors",
]

_INT_MAP = list_of(list_of(INT))

#: A gate's optional keys (Qiskit kept the maps only when not empty).
GATE_CONFIG_KEYS = {
    "coupling_map": Key(_INT_MAP, only_truthy=True),
    "latency_map": Key(_INT_MAP, only_truthy=True),
    "conditional": Key(BOOL),
    "description": Key(STR),
}

#: Qiskit's optional named parameters, as it stored them.
_NAMED = {
    "supported_instructions": Key(list_of(STR), only_truthy=True),
    "dynamic_reprate_enabled": Key(BOOL),
    "rep_delay_range": Key(list_of(NUMBER), only_truthy=True),
    "default_rep_delay": Key(NUMBER),
    "max_experiments": Key(INT, only_truthy=True),
    "sample_name": Key(STR),
    "n_registers": Key(INT, only_truthy=True),
    "register_map": Key(_INT_MAP, only_truthy=True),
    "configurable": Key(BOOL),
    "credits_required": Key(BOOL),
    "online_date": Key(STR),
    "display_name": Key(STR),
    "description": Key(STR),
    "tags": Key(list_of(STR)),
    "dt": Key(NUMBER),
    "dtm": Key(NUMBER),
    "processor_type": Key(DICT),
    "parametric_pulses": Key(list_of(STR)),
}
_RANGES = list_of(list_of(NUMBER, 2))

#: Every key with a property: the named parameters, and the keyword
#: arguments whose units Qiskit converted.
CONFIGURATION_KEYS = {
    **_NAMED,
    "qubit_lo_range": Key(_RANGES),
    "meas_lo_range": Key(_RANGES),
    "rep_times": Key(list_of(NUMBER)),
}
#: Every key whose type ``__post_init__`` checks (``u_channel_lo`` has no
#: property: it reads as the payload's list, as in Qiskit).
CONFIGURATION_CHECKS = {**CONFIGURATION_KEYS, "u_channel_lo": Key(list_of(list_of(DICT)))}


def _read(model: Any, key: str) -> Any:
    return read(model, key, CONFIGURATION_KEYS[key])


class GateConfigAccessors:
    """``coupling_map``, ``latency_map``, ``conditional`` and ``description``
    of a gate, where its payload has them (``AttributeError`` otherwise)."""

    __slots__ = ()

    def __post_init__(self) -> None:
        # The optional keys, kept in extras, are type-checked when read in.
        check_keys(self, GATE_CONFIG_KEYS)

    @property
    def coupling_map(self) -> list[list[int]]:
        """The qubits the gate acts on, if the payload lists them (and not as ``[]``).

        >>> from qiskit_provider_models import GateConfig
        >>> gate = GateConfig("x", [], "gate x q { U(pi, 0, pi) q; }", coupling_map=[[0], [1]])
        >>> gate.coupling_map
        [[0], [1]]
        >>> hasattr(GateConfig("reset", None, None), "coupling_map")
        False
        """
        value: list[list[int]] = read(self, "coupling_map", GATE_CONFIG_KEYS["coupling_map"])
        return value

    @property
    def latency_map(self) -> list[list[int]]:
        """The gate's register latencies (1 fast, 0 slow), if not empty."""
        value: list[list[int]] = read(self, "latency_map", GATE_CONFIG_KEYS["latency_map"])
        return value

    @property
    def conditional(self) -> bool:
        """Whether the gate supports conditional operations, if the payload says."""
        value: bool = read(self, "conditional", GATE_CONFIG_KEYS["conditional"])
        return value

    @property
    def description(self) -> str:
        """What the gate does, if the payload says."""
        value: str = read(self, "description", GATE_CONFIG_KEYS["description"])
        return value


class ConfigurationAccessors:
    """Qiskit 1.4's attributes for a configuration's optional keys; each
    raises ``AttributeError`` where Qiskit's configuration had no such
    attribute (the key absent, or null, or empty for the ones Qiskit kept
    only when truthy)."""

    __slots__ = ()

    def __post_init__(self) -> None:
        # The optional keys, kept in extras, are type-checked when read in.
        check_keys(self, CONFIGURATION_CHECKS)

    @property
    def num_qubits(self) -> int:
        """The number of qubits: ``n_qubits``, under Qiskit's newer name."""
        model: Any = self
        value: int = model.n_qubits
        return value

    @property
    def dt(self) -> float:
        """The drive channel's time step in seconds (the payload gives nanoseconds).

        >>> from qiskit_provider_models import QasmBackendConfiguration as Conf
        >>> conf = Conf("ibm_x", "1.0.0", 1, ["x"], [], False, False, False, False, True, 4000,
        ...             None, dt=0.2222222222222222, rep_times=[1000.0])
        >>> conf.dt, conf.rep_times, conf.extras["dt"]
        (2.2222222222222221e-10, [0.001], 0.2222222222222222)
        >>> getattr(conf, "dtm", None) is None
        True
        """
        value: float = _read(self, "dt") * 1e-9
        return value

    @property
    def dtm(self) -> float:
        """The measurement channel's time step in seconds (the payload gives ns)."""
        value: float = _read(self, "dtm") * 1e-9
        return value

    @property
    def rep_delay_range(self) -> list[float]:
        """The range of repetition delays in seconds (the payload gives us)."""
        return [delay * 1e-6 for delay in _read(self, "rep_delay_range")]

    @property
    def default_rep_delay(self) -> float:
        """The default repetition delay in seconds (the payload gives us)."""
        value: float = _read(self, "default_rep_delay") * 1e-6
        return value

    @property
    def rep_times(self) -> list[float]:
        """The repetition times in seconds (the payload gives us)."""
        return [time * 1e-6 for time in _read(self, "rep_times")]

    @property
    def qubit_lo_range(self) -> list[list[float]]:
        """Each qubit's LO frequency range in hertz (the payload gives GHz).

        >>> from qiskit_provider_models import QasmBackendConfiguration as Conf
        >>> conf = Conf("ibm_x", "1.0.0", 1, ["x"], [], False, False, False, False, True, 4000,
        ...             None, qubit_lo_range=[[4.4462, 5.4462]])
        >>> conf.qubit_lo_range
        [[4446200000.0, 5446200000.0]]
        """
        return [[low * 1e9, high * 1e9] for (low, high) in _read(self, "qubit_lo_range")]

    @property
    def meas_lo_range(self) -> list[list[float]]:
        """Each measurement LO's frequency range in hertz (the payload gives GHz)."""
        return [[low * 1e9, high * 1e9] for (low, high) in _read(self, "meas_lo_range")]

    @property
    def supported_instructions(self) -> list[str]:
        """The instructions the backend runs, if not empty."""
        value: list[str] = _read(self, "supported_instructions")
        return value

    @property
    def dynamic_reprate_enabled(self) -> bool:
        """Whether the repetition delay can be set per job; ``False`` when the
        payload does not say (as in Qiskit, which always had this attribute)."""
        model: Any = self
        value: bool | None = model.extras.get("dynamic_reprate_enabled")
        return False if value is None else value

    @property
    def max_experiments(self) -> int:
        """The most experiments a job may hold, if not 0."""
        value: int = _read(self, "max_experiments")
        return value

    @property
    def sample_name(self) -> str:
        """The name of the chip's sample."""
        value: str = _read(self, "sample_name")
        return value

    @property
    def n_registers(self) -> int:
        """The number of register slots, as the payload gives it, if not 0
        (Qiskit read any number here as 1)."""
        value: int = _read(self, "n_registers")
        return value

    @property
    def register_map(self) -> list[list[int]]:
        """Which register slots each qubit can store into, if not empty."""
        value: list[list[int]] = _read(self, "register_map")
        return value

    @property
    def configurable(self) -> bool:
        """Whether the backend (a simulator) is configurable."""
        value: bool = _read(self, "configurable")
        return value

    @property
    def credits_required(self) -> bool:
        """Whether jobs on the backend cost credits."""
        value: bool = _read(self, "credits_required")
        return value

    @property
    def online_date(self) -> str:
        """When the backend went online: the payload's text, as in Qiskit."""
        value: str = _read(self, "online_date")
        return value

    @property
    def display_name(self) -> str:
        """Another name for the backend."""
        value: str = _read(self, "display_name")
        return value

    @property
    def description(self) -> str:
        """A description of the backend."""
        value: str = _read(self, "description")
        return value

    @property
    def tags(self) -> list[str]:
        """Tags that describe the backend."""
        value: list[str] = _read(self, "tags")
        return value

    @property
    def processor_type(self) -> dict[str, Any]:
        """The processor's ``family``, ``revision`` and, maybe, ``segment``."""
        value: dict[str, Any] = _read(self, "processor_type")
        return value

    @property
    def parametric_pulses(self) -> list[str]:
        """The pulse shapes the backend supports."""
        value: list[str] = _read(self, "parametric_pulses")
        return value

    def __contains__(self, key: object) -> bool:
        """Whether Qiskit's configuration had ``key`` as an attribute of its
        own: a field, ``dynamic_reprate_enabled``, or an optional named
        parameter that is set. Other extras (``rep_times``, ``hamiltonian``)
        are not counted, as Qiskit kept them apart (read them with
        ``hasattr`` or ``key in conf.extras``).

        >>> from qiskit_provider_models import QasmBackendConfiguration as Conf
        >>> conf = Conf("ibm_x", "1.0.0", 1, ["x"], [], False, False, False, False, True, 4000,
        ...             None, dt=0.5, rep_times=[1000.0])
        >>> "n_qubits" in conf, "dt" in conf, "dtm" in conf, "rep_times" in conf
        (True, True, False, False)
        """
        model: Any = self
        if key in model.__dataclass_fields__ or key == "dynamic_reprate_enabled":
            return True
        spec = _NAMED.get(key) if type(key) is str else None
        return spec is not None and is_set(model.extras.get(key), spec)
