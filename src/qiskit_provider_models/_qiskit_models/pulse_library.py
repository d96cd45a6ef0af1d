"""The parts of ``PulseDefaults``: pulse library items, the instructions of a
command's sequence, and the commands.

The successors of Qiskit 1.4's ``qiskit.qobj.PulseLibraryItem`` and
``PulseQobjInstruction`` and ``qiskit.providers.models.Command``, each with a
frozen, hashable twin. Payloads read and write back exactly: a pulse's
samples are a ``ComplexSamples``, ``complex`` values as Qiskit gave, that
``to_dict`` writes back as the payload's ``[re, im]`` pairs.
"""

from __future__ import annotations

from typing import Any

from .._machinery import ABSENT, ComplexSamples, FrozenModel, Model, field

__all__ = [
    "Command",
    "FrozenCommand",
    "FrozenPulseLibraryItem",
    "FrozenPulseQobjInstruction",
    "PulseLibraryItem",
    "PulseQobjInstruction",
]


class PulseLibraryItem(Model):
    """A named pulse of a backend's pulse library: its ``samples``, each
    sent as ``[re, im]``.

    ``samples`` is a ``ComplexSamples``: a sequence of ``complex`` values
    (Qiskit gave a NumPy array of them) kept packed, that ``to_dict`` writes
    back as the payload's pairs, exactly (an ``int`` stays an ``int``). The
    constructor also takes a list of pairs or of complex numbers, as
    Qiskit's did. Extra keys are kept in ``extras`` (Qiskit refused them).

    >>> item = PulseLibraryItem.from_dict({"name": "gauss", "samples": [[0.0, 0], [0.25, -0.5]]})
    >>> list(item.samples), item.samples[1]
    ([0j, (0.25-0.5j)], (0.25-0.5j))
    >>> item.to_dict()
    {'name': 'gauss', 'samples': [[0.0, 0], [0.25, -0.5]]}
    >>> PulseLibraryItem("x", ComplexSamples([0.5j])).to_dict()
    {'name': 'x', 'samples': [[0.0, 0.5]]}
    """

    name: str
    samples: ComplexSamples


class FrozenPulseLibraryItem(FrozenModel):
    """``PulseLibraryItem`` as an immutable, hashable value.

    >>> item = FrozenPulseLibraryItem("gauss", ComplexSamples([0.5]))
    >>> list(item.samples), item in {FrozenPulseLibraryItem.from_dict(item.to_dict())}
    ([(0.5+0j)], True)
    """

    name: str
    samples: ComplexSamples


class PulseQobjInstruction(Model):
    """One instruction of a command's sequence: its ``name`` (``"fc"``,
    ``"parametric_pulse"``, ``"delay"``, ``"acquire"``, or a pulse of the
    library) and start time ``t0`` (in ``dt``), then the keys Qiskit's
    constructor took, in its order, each of which may be absent (the
    attribute then raises ``AttributeError``, as Qiskit's unset attributes
    did, and ``to_dict`` leaves the key out).

    ``phase`` and ``frequency`` are a number or a parameter's expression
    (``"-(P0)"``); ``memory_slot`` and ``register_slot`` a list (``acquire``)
    or one slot (``bfunc``); ``val`` a ``complex`` sent as ``[re, im]``;
    ``kernels``, ``discriminators`` and ``parameters`` the payload's own
    dicts (a parametric pulse's ``amp`` stays ``[re, im]``: Qiskit made it a
    ``complex``). Other keys are kept in ``extras``.

    >>> inst = PulseQobjInstruction.from_dict({"name": "fc", "t0": 0, "ch": "d0", "phase": -1.5})
    >>> inst.ch, inst.phase, hasattr(inst, "duration")
    ('d0', -1.5, False)
    >>> PulseQobjInstruction("delay", 10, ch="u1", duration=160).to_dict()
    {'name': 'delay', 't0': 10, 'ch': 'u1', 'duration': 160}
    """

    name: str = field(intern=True)
    t0: int
    ch: str = field(default=ABSENT, intern=True)
    conditional: int = ABSENT
    val: complex = ABSENT
    phase: float | str = ABSENT
    duration: int = ABSENT
    qubits: list[int] = ABSENT
    memory_slot: list[int] | int = ABSENT
    register_slot: list[int] | int = ABSENT
    kernels: list[dict[str, Any]] = ABSENT
    discriminators: list[dict[str, Any]] = ABSENT
    label: str = ABSENT
    type: str = ABSENT
    pulse_shape: str = field(default=ABSENT, intern=True)
    parameters: dict[str, Any] = ABSENT
    frequency: float | str = ABSENT


class FrozenPulseQobjInstruction(FrozenModel):
    """``PulseQobjInstruction`` as an immutable, hashable value (tuples for
    lists; ``parameters`` and the kernels' dicts stay dicts, left out of the
    hash).

    >>> inst = FrozenPulseQobjInstruction.from_dict(
    ...     {"name": "acquire", "t0": 0, "duration": 1792, "qubits": [0], "memory_slot": [0]})
    >>> inst.qubits, inst in {FrozenPulseQobjInstruction.from_dict(inst.to_dict())}
    ((0,), True)
    """

    name: str = field(intern=True)
    t0: int
    ch: str = field(default=ABSENT, intern=True)
    conditional: int = ABSENT
    val: complex = ABSENT
    phase: float | str = ABSENT
    duration: int = ABSENT
    qubits: tuple[int, ...] = ABSENT
    memory_slot: tuple[int, ...] | int = ABSENT
    register_slot: tuple[int, ...] | int = ABSENT
    kernels: tuple[dict[str, Any], ...] = ABSENT
    discriminators: tuple[dict[str, Any], ...] = ABSENT
    label: str = ABSENT
    type: str = ABSENT
    pulse_shape: str = field(default=ABSENT, intern=True)
    parameters: dict[str, Any] = ABSENT
    frequency: float | str = ABSENT


class Command(Model, extras_as_attributes=True):
    """A gate's default implementation on some qubits: its ``name``, its
    ``qubits`` and the ``sequence`` of instructions, as the payload's
    ``cmd_def`` lists them. ``qubits`` and ``sequence`` may be absent, as
    Qiskit allowed; extra keys are kept and read as attributes, as Qiskit's
    ``Command`` read them.

    >>> command = Command.from_dict({"name": "x", "qubits": [0], "sequence": [
    ...     {"name": "parametric_pulse", "t0": 0, "ch": "d0", "label": "Xp_d0",
    ...      "pulse_shape": "drag",
    ...      "parameters": {"amp": [0.2, 0.0], "beta": -0.7, "duration": 160, "sigma": 40}}]})
    >>> command.sequence[0].pulse_shape, command.sequence[0].parameters["amp"]
    ('drag', [0.2, 0.0])
    >>> Command("measure").to_dict()
    {'name': 'measure'}
    """

    name: str
    qubits: list[int] = ABSENT
    sequence: list[PulseQobjInstruction] = ABSENT


class FrozenCommand(FrozenModel, extras_as_attributes=True):
    """``Command`` as an immutable, hashable value.

    >>> command = FrozenCommand.from_dict({"name": "sx", "qubits": [1], "sequence": []})
    >>> command.qubits, command in {FrozenCommand("sx", (1,), ())}
    ((1,), True)
    """

    name: str
    qubits: tuple[int, ...] = ABSENT
    sequence: tuple[FrozenPulseQobjInstruction, ...] = ABSENT
