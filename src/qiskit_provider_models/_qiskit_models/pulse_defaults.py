"""``PulseDefaults``: a pulse backend's default frequencies, pulses and gate
implementations, with its measurement kernel and discriminator.

The successors of Qiskit 1.4's ``PulseDefaults``, ``MeasurementKernel`` and
``Discriminator``, each with a frozen, hashable twin. Payloads read and
write back exactly; the frequencies, which Qiskit converted from GHz to Hz,
are kept in GHz as the payload gave them (``qubit_freq_est_ghz``) and
``qubit_freq_est`` gives Qiskit's Hz, with Qiskit's arithmetic.
Qiskit's ``instruction_schedule_map`` (and ``converter``) needed
``qiskit.pulse``, which Qiskit 2 removed: they are not provided; the
commands are in ``cmd_def`` (docs/migration.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._machinery import ABSENT, FrozenModel, Model, field
from .pulse_library import Command, FrozenCommand, FrozenPulseLibraryItem, PulseLibraryItem

__all__ = [
    "Discriminator",
    "FrozenDiscriminator",
    "FrozenMeasurementKernel",
    "FrozenPulseDefaults",
    "MeasurementKernel",
    "PulseDefaults",
]


class MeasurementKernel(Model):
    """A measurement kernel: its name and parameters.

    >>> MeasurementKernel.from_dict({"name": "hw_qmfk", "params": {}})
    MeasurementKernel(name='hw_qmfk', params={})
    """

    name: str
    params: dict[str, Any]


class FrozenMeasurementKernel(FrozenModel):
    """``MeasurementKernel`` as an immutable, hashable value (``params``,
    a dict, is left out of the hash).

    >>> FrozenMeasurementKernel("boxcar", {}) in {FrozenMeasurementKernel("boxcar", {})}
    True
    """

    name: str
    params: dict[str, Any]


class Discriminator(Model):
    """A discriminator: its name and parameters.

    >>> Discriminator.from_dict({"name": "hw_centroid", "params": {}}).name
    'hw_centroid'
    """

    name: str
    params: dict[str, Any]


class FrozenDiscriminator(FrozenModel):
    """``Discriminator`` as an immutable, hashable value.

    >>> FrozenDiscriminator("hw_qmfk", {}) == FrozenDiscriminator.from_dict(
    ...     {"name": "hw_qmfk", "params": {}})
    True
    """

    name: str
    params: dict[str, Any]


def _model(accessors: DefaultsAccessors) -> Any:
    """The model these accessors belong to, whose fields type checkers see
    there (declaring them here too would clash with the frozen twin's tuples)."""
    return accessors


def _scaled(values: Sequence[float], scale: float) -> list[float]:
    return [value * scale for value in values]


class DefaultsAccessors:
    """Qiskit's frequency attributes, in Hz, of ``PulseDefaults`` and its twin."""

    __slots__ = ()

    @property
    def qubit_freq_est(self) -> list[float]:
        """Each qubit's estimated frequency in hertz (``qubit_freq_est_ghz``
        gives the payload's GHz), ``ghz * 1e9`` as Qiskit computed it.
        Assigning hertz stores GHz (``hz * 1e-9``, as Qiskit's ``to_dict``).

        >>> from qiskit_provider_models import PulseDefaults
        >>> defaults = PulseDefaults([4.971857733], [6.8], 0, [], [])
        >>> defaults.qubit_freq_est, defaults.meas_freq_est
        ([4971857733.0], [6800000000.0])
        >>> defaults.qubit_freq_est = [5e9]
        >>> defaults.to_dict()["qubit_freq_est"]
        [5.0]
        """
        return _scaled(_model(self).qubit_freq_est_ghz, 1e9)

    @qubit_freq_est.setter
    def qubit_freq_est(self, hertz: Sequence[float]) -> None:
        _model(self).qubit_freq_est_ghz = _scaled(hertz, 1e-9)

    @property
    def meas_freq_est(self) -> list[float]:
        """Each measurement resonator's estimated frequency in hertz
        (``meas_freq_est_ghz`` gives the payload's GHz)."""
        return _scaled(_model(self).meas_freq_est_ghz, 1e9)

    @meas_freq_est.setter
    def meas_freq_est(self, hertz: Sequence[float]) -> None:
        _model(self).meas_freq_est_ghz = _scaled(hertz, 1e-9)


class PulseDefaults(Model, DefaultsAccessors, extras_as_attributes=True):
    """A pulse backend's defaults: estimated frequencies, the ``buffer``
    between pulses (in ``dt``), the ``pulse_library`` and, in ``cmd_def``,
    each gate's default pulse sequence on each set of qubits; then the
    ``meas_kernel`` and ``discriminator``, which may be absent.

    The frequencies are kept as the payload's GHz in ``qubit_freq_est_ghz``
    and ``meas_freq_est_ghz`` (keys ``"qubit_freq_est"``,
    ``"meas_freq_est"``, and the constructor's ``qubit_freq_est=`` in GHz,
    as Qiskit took them); ``qubit_freq_est`` and ``meas_freq_est`` give
    Qiskit's hertz. Extra keys (real payloads have ``_data``, written by
    Qiskit's ``to_dict``) are kept and read as attributes, as in Qiskit.
    ``instruction_schedule_map`` is not provided (it needs ``qiskit.pulse``):
    read the commands of ``cmd_def``.

    >>> payload = {"qubit_freq_est": [4.9718], "meas_freq_est": [6.8], "buffer": 0,
    ...            "pulse_library": [{"name": "p0", "samples": [[0.0, 0.0], [0.1, 0.0]]}],
    ...            "cmd_def": [{"name": "x", "qubits": [0], "sequence": [
    ...                {"name": "p0", "t0": 0, "ch": "d0"}]}],
    ...            "meas_kernel": {"name": "hw_qmfk", "params": {}}}
    >>> defaults = PulseDefaults.from_dict(payload)
    >>> defaults.qubit_freq_est, defaults.meas_kernel.name, hasattr(defaults, "discriminator")
    ([4971800000.0], 'hw_qmfk', False)
    >>> {(c.name, tuple(c.qubits)): c.sequence for c in defaults.cmd_def}[("x", (0,))][0].ch
    'd0'
    >>> defaults.to_dict() == payload
    True
    """

    qubit_freq_est_ghz: list[float] = field(key="qubit_freq_est", alias="qubit_freq_est")
    meas_freq_est_ghz: list[float] = field(key="meas_freq_est", alias="meas_freq_est")
    buffer: int
    pulse_library: list[PulseLibraryItem]
    cmd_def: list[Command]
    meas_kernel: MeasurementKernel = ABSENT
    discriminator: Discriminator = ABSENT


class FrozenPulseDefaults(FrozenModel, DefaultsAccessors, extras_as_attributes=True):
    """``PulseDefaults`` as an immutable, hashable value (tuples for lists;
    ``to_dict`` writes lists).

    >>> defaults = FrozenPulseDefaults((5.0,), (7.0,), 0, (), ())
    >>> defaults.meas_freq_est, defaults in {FrozenPulseDefaults.from_dict(defaults.to_dict())}
    ([7000000000.0], True)
    """

    qubit_freq_est_ghz: tuple[float, ...] = field(key="qubit_freq_est", alias="qubit_freq_est")
    meas_freq_est_ghz: tuple[float, ...] = field(key="meas_freq_est", alias="meas_freq_est")
    buffer: int
    pulse_library: tuple[FrozenPulseLibraryItem, ...]
    cmd_def: tuple[FrozenCommand, ...]
    meas_kernel: FrozenMeasurementKernel = ABSENT
    discriminator: FrozenDiscriminator = ABSENT
