"""Qiskit 1.4's unit-converted attributes of a backend configuration.

Qiskit converted some payload values to SI units when it built a
configuration, and back in ``to_dict``. The models keep the payload's value
in a field of its unit's name (``dt_ns``, read from and written to the key
``"dt"``, given to the constructor as ``dt=``, in ns, as Qiskit took it),
so that ``to_dict`` is exact, and these properties give Qiskit's
attribute of the same name with Qiskit's arithmetic, so the floats are the
same to the last bit: ``dt``/``dtm`` ``* 1e-9`` (ns to s),
``rep_delay_range``, ``default_rep_delay`` and ``rep_times`` ``* 1e-6``
(us to s), ``qubit_lo_range``/``meas_lo_range`` ``* 1e9`` (GHz to Hz).
Assigning one stores the payload value (the inverse arithmetic, as
Qiskit's ``to_dict`` did). Where the payload has no such key, the property
raises ``AttributeError``, as Qiskit's configuration had no attribute.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import MISSING
from typing import Any

__all__ = ["ConfigurationAccessors"]

#: Qiskit's named constructor parameters that ``in`` counts when set.
_NAMED = frozenset(
    {
        "supported_instructions",
        "rep_delay_range",
        "default_rep_delay",
        "max_experiments",
        "sample_name",
        "n_registers",
        "register_map",
        "configurable",
        "credits_required",
        "online_date",
        "display_name",
        "description",
        "tags",
        "dt",
        "dtm",
        "processor_type",
        "parametric_pulses",
    }
)


def _model(accessors: ConfigurationAccessors) -> Any:
    """The model these accessors belong to, whose fields type checkers see
    there (declaring them here too would clash with the frozen twin's tuples)."""
    return accessors


def _ranges(pairs: Sequence[Sequence[float]], scale: float) -> list[list[float]]:
    return [[low * scale, high * scale] for (low, high) in pairs]


class ConfigurationAccessors:
    """The SI-unit attributes of ``QasmBackendConfiguration`` and its frozen twin."""

    __slots__ = ()

    @property
    def num_qubits(self) -> int:
        """The number of qubits: ``n_qubits``, under Qiskit's newer name."""
        value: int = _model(self).n_qubits
        return value

    @property
    def dt(self) -> float:
        """The drive channel's time step in seconds (the payload, ``dt_ns``, gives ns).

        >>> from qiskit_provider_models import QasmBackendConfiguration as Conf
        >>> conf = Conf("ibm_x", "1.0.0", 1, ["x"], [], False, False, False, False, True, 4000,
        ...             None, dt=0.2222222222222222, rep_times=[1000.0])
        >>> conf.dt, conf.rep_times, conf.to_dict()["dt"]
        (2.2222222222222221e-10, [0.001], 0.2222222222222222)
        >>> getattr(conf, "dtm", None) is None
        True
        >>> conf.dt = 5e-10
        >>> conf.dt_ns
        0.5
        """
        value: float = _model(self).dt_ns * 1e-9
        return value

    @dt.setter
    def dt(self, seconds: float) -> None:
        _model(self).dt_ns = seconds * 1e9

    @property
    def dtm(self) -> float:
        """The measurement channel's time step in seconds (``dtm_ns`` gives ns)."""
        value: float = _model(self).dtm_ns * 1e-9
        return value

    @dtm.setter
    def dtm(self, seconds: float) -> None:
        _model(self).dtm_ns = seconds * 1e9

    @property
    def rep_delay_range(self) -> list[float]:
        """The range of repetition delays in seconds (``rep_delay_range_us`` gives us)."""
        return [delay * 1e-6 for delay in _model(self).rep_delay_range_us]

    @rep_delay_range.setter
    def rep_delay_range(self, seconds: Sequence[float]) -> None:
        _model(self).rep_delay_range_us = [delay * 1e6 for delay in seconds]

    @property
    def default_rep_delay(self) -> float:
        """The default repetition delay in seconds (``default_rep_delay_us`` gives us)."""
        value: float = _model(self).default_rep_delay_us * 1e-6
        return value

    @default_rep_delay.setter
    def default_rep_delay(self, seconds: float) -> None:
        _model(self).default_rep_delay_us = seconds * 1e6

    @property
    def rep_times(self) -> list[float]:
        """The repetition times in seconds (``rep_times_us`` gives us)."""
        return [time * 1e-6 for time in _model(self).rep_times_us]

    @rep_times.setter
    def rep_times(self, seconds: Sequence[float]) -> None:
        _model(self).rep_times_us = [time * 1e6 for time in seconds]

    @property
    def qubit_lo_range(self) -> list[list[float]]:
        """Each qubit's LO frequency range in hertz (``qubit_lo_range_ghz`` gives GHz).

        >>> from qiskit_provider_models import QasmBackendConfiguration as Conf
        >>> conf = Conf("ibm_x", "1.0.0", 1, ["x"], [], False, False, False, False, True, 4000,
        ...             None, qubit_lo_range=[[4.4462, 5.4462]])
        >>> conf.qubit_lo_range
        [[4446200000.0, 5446200000.0]]
        """
        return _ranges(_model(self).qubit_lo_range_ghz, 1e9)

    @qubit_lo_range.setter
    def qubit_lo_range(self, hertz: Sequence[Sequence[float]]) -> None:
        _model(self).qubit_lo_range_ghz = _ranges(hertz, 1e-9)

    @property
    def meas_lo_range(self) -> list[list[float]]:
        """Each measurement LO's frequency range in hertz (``meas_lo_range_ghz`` gives GHz)."""
        return _ranges(_model(self).meas_lo_range_ghz, 1e9)

    @meas_lo_range.setter
    def meas_lo_range(self, hertz: Sequence[Sequence[float]]) -> None:
        _model(self).meas_lo_range_ghz = _ranges(hertz, 1e-9)

    @property
    def dynamic_reprate_enabled(self) -> bool:
        """Whether the repetition delay can be set per job: the payload's
        ``dynamic_reprate_enabled`` (the field ``dynamic_reprate``), or
        ``False`` where it has none, as Qiskit's configuration always had it.

        >>> from qiskit_provider_models import QasmBackendConfiguration as Conf
        >>> conf = Conf("ibm_x", "1.0.0", 1, ["x"], [], False, False, False, False, True, 4000,
        ...             None)
        >>> conf.dynamic_reprate_enabled, "dynamic_reprate_enabled" in conf.to_dict()
        (False, False)
        >>> conf.dynamic_reprate_enabled = True
        >>> conf.to_dict()["dynamic_reprate_enabled"]
        True
        """
        value: bool = getattr(_model(self), "dynamic_reprate", False)
        return value

    @dynamic_reprate_enabled.setter
    def dynamic_reprate_enabled(self, enabled: bool) -> None:
        _model(self).dynamic_reprate = enabled

    def __contains__(self, key: object) -> bool:
        """Whether Qiskit's configuration had ``key`` as an attribute of its
        own: a required field, ``dynamic_reprate_enabled``, or an optional
        named parameter that is set. Other keys (``rep_times``,
        ``hamiltonian``) are not counted, as Qiskit kept them apart.

        >>> from qiskit_provider_models import QasmBackendConfiguration as Conf
        >>> conf = Conf("ibm_x", "1.0.0", 1, ["x"], [], False, False, False, False, True, 4000,
        ...             None, dt=0.5, rep_times=[1000.0])
        >>> "n_qubits" in conf, "dt" in conf, "dtm" in conf, "rep_times" in conf
        (True, True, False, False)
        """
        if type(key) is not str:
            return False
        if key == "dynamic_reprate_enabled" or key in _NAMED:  # the first always was
            return key == "dynamic_reprate_enabled" or hasattr(self, key)
        field = _model(self).__dataclass_fields__.get(key)
        return field is not None and field.default is MISSING
