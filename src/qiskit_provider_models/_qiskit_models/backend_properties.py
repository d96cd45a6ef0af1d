"""``BackendProperties``: a backend's calibration data, and its parts.

The successors of Qiskit 1.4's ``Nduv``, ``GateProperties`` (alias ``Gate``)
and ``BackendProperties``, each with a frozen, hashable twin. Payloads read
and write back exactly (``to_dict(from_dict(d)) == d``, ints and dates as
they came); the accessors (``t1``, ``gate_error``, ``faulty_qubits``, ...)
give Qiskit's values in SI units.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from typing_extensions import Self

from .._machinery import ABSENT, FrozenModel, Model, field
from .backend_errors import BackendPropertyError
from .property_accessors import PropertyAccessors
from .property_index import without_index

__all__ = [
    "BackendProperties",
    "BackendPropertyError",
    "FrozenBackendProperties",
    "FrozenGateProperties",
    "FrozenNduv",
    "Gate",
    "GateProperties",
    "Nduv",
]


def _rows_as_lists(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """``data`` with each ``qubits`` row that is an iterator (Qiskit's own
    faulty test backends pass a ``filter``) read into a list, in a shallow
    copy: the caller's payload is never changed. Anything else is left for
    ``from_dict``'s checks."""
    found: Any = data  # a caller may pass anything: from_dict then refuses it
    if not isinstance(found, Mapping):
        return data
    rows: Any = cast("Mapping[str, Any]", found).get("qubits")
    if type(rows) is not list:
        return data
    items: list[Any] = rows  # pyright: ignore[reportUnknownVariableType]
    if not any(isinstance(row, Iterator) for row in items):
        return data
    return {**data, "qubits": [_listed(row) for row in items]}


def _listed(row: Any) -> Any:
    return list(row) if isinstance(row, Iterator) else row  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]


class Nduv(Model):
    """One measured property: name, date, unit and value (``"T1"``, when,
    ``"us"``, ``182.66``).

    ``value`` keeps an ``int`` payload value as an ``int`` (JSON's ``0`` is
    written back as ``0``, not ``0.0``); ``date`` is a ``datetime`` read from
    ISO 8601 text, and ``to_dict`` writes the payload's own text back. Extra
    keys are kept in ``extras`` (Qiskit's ``Nduv`` refused them), not read
    as attributes.

    >>> nduv = Nduv.from_dict({"date": "2024-02-28T08:32:31-05:00", "name": "readout_length",
    ...                        "unit": "ns", "value": 1300})
    >>> nduv.date.isoformat(), nduv.value
    ('2024-02-28T08:32:31-05:00', 1300)
    >>> nduv.to_dict()
    {'date': '2024-02-28T08:32:31-05:00', 'name': 'readout_length', 'unit': 'ns', 'value': 1300}
    """

    # A backend's values repeat their dates, names and units: interned, each
    # is kept once (props_fez: 264 date texts, 457 names, 4 units in 4,509).
    date: datetime = field(intern=True)
    name: str = field(intern=True)
    unit: str = field(intern=True)
    value: float


class FrozenNduv(FrozenModel):
    """``Nduv`` as an immutable, hashable value.

    >>> nduv = FrozenNduv.from_dict({"date": "2024-02-28T08:32:31-05:00", "name": "T1",
    ...                              "unit": "us", "value": 182.66})
    >>> nduv in {FrozenNduv(nduv.date, "T1", "us", 182.66)}
    True
    """

    # A backend's values repeat their dates, names and units: interned, each
    # is kept once (props_fez: 264 date texts, 457 names, 4 units in 4,509).
    date: datetime = field(intern=True)
    name: str = field(intern=True)
    unit: str = field(intern=True)
    value: float


class GateProperties(Model, extras_as_attributes=True):
    """The measured properties of one gate on some qubits.

    Real payloads name most entries (``"name": "cx0_1"``), though not all:
    ``name`` is a field whose key may be absent. Other extra keys are kept
    and readable as attributes, as in Qiskit.

    >>> gate = GateProperties.from_dict({
    ...     "qubits": [0, 1], "gate": "cx", "name": "cx0_1",
    ...     "parameters": [{"date": "2024-02-28T08:32:31-05:00", "name": "gate_error",
    ...                     "unit": "", "value": 0.0077}]})
    >>> gate.gate, gate.qubits, gate.name, gate.parameters[0].value
    ('cx', [0, 1], 'cx0_1', 0.0077)
    >>> list(gate.to_dict())
    ['qubits', 'gate', 'parameters', 'name']
    """

    qubits: list[int]
    gate: str = field(intern=True)  # a few gate names, each repeated
    parameters: list[Nduv]
    # A field, not an extra, though Qiskit took it as a keyword: an extras
    # dict per gate was 1,640 objects per ibm_fez read that the collector
    # tracks until its next full collection (docs/performance.md).
    name: str = ABSENT

    if TYPE_CHECKING:

        def __init__(
            self,
            qubits: list[int],
            gate: str,
            parameters: list[Nduv],
            *,
            name: str = ...,
            **extras: Any,
        ) -> None: ...


#: Qiskit's other name for ``GateProperties``.
Gate = GateProperties


class FrozenGateProperties(FrozenModel, extras_as_attributes=True):
    """``GateProperties`` as an immutable, hashable value (tuples for lists;
    ``to_dict`` writes lists).

    >>> gate = FrozenGateProperties.from_dict({"qubits": [3], "gate": "sx", "parameters": []})
    >>> gate.qubits, gate.to_dict()
    ((3,), {'qubits': [3], 'gate': 'sx', 'parameters': []})
    """

    qubits: tuple[int, ...]
    gate: str = field(intern=True)
    parameters: tuple[FrozenNduv, ...]
    name: str = ABSENT

    if TYPE_CHECKING:

        def __init__(
            self,
            qubits: tuple[int, ...],
            gate: str,
            parameters: tuple[FrozenNduv, ...],
            *,
            name: str = ...,
            **extras: Any,
        ) -> None: ...


class BackendProperties(Model, PropertyAccessors[GateProperties], extras_as_attributes=True):
    """The calibration data of a backend: qubit, gate and general properties.

    The successor of Qiskit 1.4's ``BackendProperties``, with its accessors
    (``t1``, ``t2``, ``frequency``, ``readout_error``, ``readout_length``,
    ``qubit_property``, ``gate_property``, ``gate_error``, ``gate_length``,
    ``faulty_qubits``, ``faulty_gates``, ``is_qubit_operational``,
    ``is_gate_operational``), which give the same values, in SI units, and
    raise ``BackendPropertyError`` with the same messages. What differs:

    - ``to_dict`` writes the payload back exactly, ``last_update_date``
      included as its text (Qiskit wrote a ``datetime``);
    - the date in each ``(value, date)`` pair is a ``datetime`` (Qiskit gave
      the payload's text);
    - values are converted to SI units when an accessor reads them, so a unit
      with an unknown prefix raises ``BackendPropertyError`` in the accessor
      that reaches it, not when the object is built;
    - the accessors use an index built by the first accessor call, and on
      a mutable instance never answer from data the instance no longer
      holds: a changed value shows, and an entry, row, gate or list replaced,
      added or renamed makes the next call build the index anew (Qiskit's
      reflected the data at construction). Once Qiskit's private index
      (``props._gates``) is used, the accessors read it, as Qiskit's did.

    Extra keys (``general_qlists``) are kept and readable as attributes.

    >>> payload = {
    ...     "backend_name": "ibm_x", "backend_version": "1.2.3",
    ...     "last_update_date": "2024-02-28T08:32:31-05:00",
    ...     "qubits": [[{"date": "2024-02-28T04:05:12-05:00", "name": "T1", "unit": "us",
    ...                  "value": 182.6611165336624}]],
    ...     "gates": [], "general": [], "general_qlists": []}
    >>> props = BackendProperties.from_dict(payload)
    >>> props.t1(0), props.general_qlists
    (0.00018266111653366242, [])
    >>> props.to_dict() == payload
    True
    """

    __slots__ = ("_index",)

    backend_name: str
    backend_version: str
    last_update_date: datetime | None
    qubits: list[list[Nduv]]
    gates: list[GateProperties]
    general: list[Nduv]

    if TYPE_CHECKING:

        def __init__(
            self,
            backend_name: str,
            backend_version: str,
            last_update_date: datetime | None,
            qubits: list[list[Nduv]],
            gates: list[GateProperties],
            general: list[Nduv],
            **extras: Any,
        ) -> None: ...

    def __getstate__(self) -> Any:
        # Pickles and copies leave the accessors' index behind.
        return without_index(super().__getstate__())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], /) -> Self:
        """Check and convert a payload; a row of ``qubits`` may also be an
        iterator (read into a list), as Qiskit's own code passes one."""
        return cls._qpm_from_dict(_rows_as_lists(data))  # type: ignore[attr-defined, no-any-return]


class FrozenBackendProperties(
    FrozenModel, PropertyAccessors[FrozenGateProperties], extras_as_attributes=True
):
    """``BackendProperties`` as an immutable, hashable value, with the same
    accessors (tuples for lists; ``to_dict`` writes lists).

    >>> props = FrozenBackendProperties.from_dict({
    ...     "backend_name": "ibm_x", "backend_version": "1.2.3",
    ...     "last_update_date": "2024-02-28T08:32:31-05:00",
    ...     "qubits": [[{"date": "2024-02-28T04:05:12-05:00", "name": "frequency",
    ...                  "unit": "GHz", "value": 4.971852852405576}]],
    ...     "gates": [], "general": []})
    >>> props.frequency(0)
    4971852852.405576
    >>> props in {FrozenBackendProperties.from_dict(props.to_dict())}
    True
    """

    __slots__ = ("_index",)

    backend_name: str
    backend_version: str
    last_update_date: datetime | None
    qubits: tuple[tuple[FrozenNduv, ...], ...]
    gates: tuple[FrozenGateProperties, ...]
    general: tuple[FrozenNduv, ...]

    if TYPE_CHECKING:

        def __init__(
            self,
            backend_name: str,
            backend_version: str,
            last_update_date: datetime | None,
            qubits: tuple[tuple[FrozenNduv, ...], ...],
            gates: tuple[FrozenGateProperties, ...],
            general: tuple[FrozenNduv, ...],
            **extras: Any,
        ) -> None: ...

    def __getstate__(self) -> Any:
        # Pickles and copies leave the accessors' index behind.
        return without_index(super().__getstate__())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], /) -> Self:
        """Check and convert a payload; a row of ``qubits`` may also be an
        iterator (read into a list), as Qiskit's own code passes one."""
        return cls._qpm_from_dict(_rows_as_lists(data))  # type: ignore[attr-defined, no-any-return]
