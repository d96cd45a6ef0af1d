"""BackendProperties, GateProperties and Nduv: exact payloads, Qiskit's accessors."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given

from qiskit_provider_models import (
    BackendProperties,
    BackendPropertyError,
    FrozenBackendProperties,
    FrozenGateProperties,
    FrozenNduv,
    Gate,
    GateProperties,
    Nduv,
    ValidationError,
)
from qiskit_provider_models.strategies import payloads

from ..backend_payloads import DATE, DATE_FRACTION, copied, gate, nduv, old_properties, properties

BOTH = pytest.mark.parametrize("cls", [BackendProperties, FrozenBackendProperties])
PAYLOADS = pytest.mark.parametrize("make", [properties, old_properties], ids=["new", "old"])
Props = BackendProperties | FrozenBackendProperties
WHEN = datetime(2024, 2, 28, 8, 32, 31, tzinfo=timezone(timedelta(hours=-5)))


def built(cls: type[Props], payload: dict[str, Any] | None = None) -> Props:
    return cls.from_dict(payload if payload is not None else properties())


def with_qubit(*entries: dict[str, Any], gates: list[Any] | None = None) -> dict[str, Any]:
    """A payload whose qubit 0 has ``entries`` (and the given gates)."""
    payload = properties()
    payload["qubits"][0] = list(entries)
    if gates is not None:
        payload["gates"] = gates
    return payload


def index_is_built(props: Props) -> bool:
    try:
        object.__getattribute__(props, "_index")
    except AttributeError:
        return False
    return True


# --- the payload, exactly ---


@BOTH
@PAYLOADS
def test_round_trip_is_exact(cls: type[Props], make: Any) -> None:
    payload = make()
    out = built(cls, payload).to_dict()
    assert out == payload
    # json text too: an int written back as a float would show there
    assert json.dumps(out, sort_keys=True) == json.dumps(payload, sort_keys=True)


@BOTH
@PAYLOADS
def test_input_is_never_changed(cls: type[Props], make: Any) -> None:
    payload = make()
    before = copied(payload)
    props = built(cls, payload)
    props.t1(0)
    props.faulty_gates()
    props.to_dict()
    assert payload == before


@BOTH
def test_int_values_stay_ints(cls: type[Props]) -> None:
    props = built(cls)
    assert type(props.qubits[0][7].value) is int  # readout_length 1300
    assert type(props.gates[3].parameters[0].value) is int  # rz gate_error 0
    assert props.readout_length(0) == 1300 / 10**9
    assert type(props.gate_property("rz", 0, "gate_error")[0]) is int
    assert props.to_dict()["qubits"][0][7]["value"] == 1300


@BOTH
def test_dates_are_datetimes_written_back_as_given(cls: type[Props]) -> None:
    props = built(cls)
    assert props.last_update_date == WHEN
    assert props.qubits[0][1].date == datetime.fromisoformat(DATE_FRACTION)
    assert props.to_dict()["qubits"][0][1]["date"] == DATE_FRACTION
    assert props.to_dict()["last_update_date"] == DATE


@BOTH
def test_extras_are_kept_and_read_as_attributes(cls: type[Props]) -> None:
    props = built(cls)
    assert props.general_qlists == [{"name": "lf_2", "qubits": [0, 1]}]  # type: ignore[union-attr]
    assert props.gates[4].name == "cx0_1"  # type: ignore[union-attr]
    old = built(cls, old_properties())
    assert not hasattr(old, "general_qlists")
    assert not hasattr(old.gates[0], "name")  # real old payloads have gates without one


def test_frozen_containers_are_tuples() -> None:
    props = built(FrozenBackendProperties)
    assert type(props.qubits) is tuple
    assert type(props.qubits[0]) is tuple
    assert type(props.gates[0]) is FrozenGateProperties
    assert type(props.gates[0].qubits) is tuple
    assert type(props.general[0]) is FrozenNduv


def test_nduv_keeps_extra_keys() -> None:
    # Qiskit refused them; a payload that gains a key must still load.
    item = Nduv.from_dict({**nduv("T1", "us", 1.0), "error": 0.1})
    assert item.extras["error"] == 0.1
    assert item.to_dict()["error"] == 0.1
    # Qiskit's Nduv had no extras at all, so none are read as attributes: a
    # plain model's attribute reads stay fast (to_dict on 3.11: see performance.md).
    with pytest.raises(AttributeError):
        item.error  # type: ignore[attr-defined]  # noqa: B018


def test_wrong_payloads_are_validation_errors() -> None:
    payload = properties()
    payload["qubits"][1][0]["value"] = "90"
    with pytest.raises(ValidationError) as info:
        BackendProperties.from_dict(payload)
    assert info.value.path == ("qubits", 1, 0, "value")
    payload = properties()
    payload["last_update_date"] = "yesterday"
    with pytest.raises(ValidationError, match="last_update_date"):
        FrozenBackendProperties.from_dict(payload)
    payload = properties()
    del payload["general"]
    with pytest.raises(ValidationError, match="general: required key is missing"):
        BackendProperties.from_dict(payload)


def test_gate_is_gate_properties() -> None:
    assert Gate is GateProperties


# --- qubit accessors ---


@BOTH
def test_qubit_accessors_give_si_units(cls: type[Props]) -> None:
    props = built(cls)
    assert props.t1(0) == 182.6611165336624 / 10**6
    assert props.t1(0) == 0.00018266111653366242  # division, not * 1e-6
    assert props.t2(1) == 60.5 / 10**6
    assert props.frequency(0) == 4.971852852405576 * 10**9
    assert props.readout_error(0) == 0.0113
    assert props.readout_length(1) == 4977.777777777777 / 10**9
    assert props.qubit_property(0, "T1") == (props.t1(0), WHEN)


@BOTH
def test_qubit_property_without_name_gives_every_property(cls: type[Props]) -> None:
    props = built(cls)
    found = props.qubit_property(1)
    assert list(found) == [
        "T1",
        "T2",
        "frequency",
        "anharmonicity",
        "readout_error",
        "prob_meas0_prep1",
        "prob_meas1_prep0",
        "readout_length",
    ]
    assert found["frequency"] == (5.1 * 10**9, WHEN)
    assert found["T1"] == (90 / 10**6, WHEN)
    found.clear()  # a new dict each call: the index is untouched
    assert props.qubit_property(1)["T1"] == (90 / 10**6, WHEN)


@BOTH
def test_missing_qubit_properties_raise_qiskits_messages(cls: type[Props]) -> None:
    props = built(cls)
    with pytest.raises(BackendPropertyError) as info:
        props.frequency(2)  # a Heron-like qubit without frequency
    assert str(info.value) == "Couldn't find the property 'frequency' for qubit 2."
    assert info.value.message == str(info.value)
    with pytest.raises(BackendPropertyError, match=r"^Couldn't find the properties for qubit 3\.$"):
        props.qubit_property(3)
    with pytest.raises(
        BackendPropertyError, match=r"^Couldn't find the property 'T1' for qubit -1"
    ):
        props.t1(-1)
    with pytest.raises(LookupError):  # what new code may catch
        props.is_qubit_operational(7)


def test_a_qubit_with_no_properties_is_not_indexed() -> None:
    # As in Qiskit: its properties are "not found", and faulty_qubits skips it.
    props = BackendProperties.from_dict(with_qubit())
    with pytest.raises(BackendPropertyError, match="properties for qubit 0"):
        props.qubit_property(0)
    assert props.faulty_qubits() == []
    assert props.t1(1) == 90 / 10**6


def test_a_later_duplicate_wins() -> None:
    payload = with_qubit(nduv("T1", "us", 1.0), nduv("T2", "us", 2.0), nduv("T1", "us", 3.0))
    payload["gates"].append(gate("sx", [0], 0.5, 10.0))
    props = BackendProperties.from_dict(payload)
    assert list(props.qubit_property(0)) == ["T1", "T2"]
    assert props.t1(0) == 3.0 / 10**6
    assert props.gate_error("sx", 0) == 0.5


# --- gate accessors ---


@BOTH
def test_gate_accessors(cls: type[Props]) -> None:
    props = built(cls)
    assert props.gate_error("cx", [0, 1]) == 0.0077
    assert props.gate_error("sx", 0) == 0.00021
    assert props.gate_length("cx", (1, 0)) == 483.55555555555554 / 10**9
    assert props.gate_length("reset", [2]) == 1320 / 10**9
    assert props.gate_property("cx", [0, 1], "gate_length") == (519.1111111111111 / 10**9, WHEN)


@BOTH
def test_gate_property_forms(cls: type[Props]) -> None:
    props = built(cls)
    by_qubits = props.gate_property("sx")
    assert list(by_qubits) == [(0,), (1,)]
    assert by_qubits[(1,)] == {
        "gate_error": (0, WHEN),
        "gate_length": (35.55555555555556 / 10**9, WHEN),
    }
    # an int, a list and a tuple name the same qubits
    assert props.gate_property("sx", 0) == props.gate_property("sx", [0]) == by_qubits[(0,)]
    assert props.gate_property("sx", (0,)) == by_qubits[(0,)]
    assert props.gate_property("cx", iter([0, 1])) == props.gate_property("cx", (0, 1))


@BOTH
def test_missing_gate_properties_raise_qiskits_messages(cls: type[Props]) -> None:
    props = built(cls)
    message = r"^Could not find the desired property for cx$"
    with pytest.raises(BackendPropertyError, match=message):
        props.gate_error("cx", [0, 2])
    with pytest.raises(BackendPropertyError, match=r"^Could not find the desired property for cz$"):
        props.gate_property("cz")
    with pytest.raises(BackendPropertyError, match=message):
        props.gate_property("cx", [0, 1], "operational")
    with pytest.raises(BackendPropertyError, match=r"^Could not find .* for reset$"):
        props.gate_error("reset", 2)  # reset gates have a length only
    with pytest.raises(BackendPropertyError, match=r"^Provide qubits to get gate_error of cx$"):
        props.gate_property("cx", name="gate_error")
    with pytest.raises(BackendPropertyError, match=r"^Provide qubits to get gate_length of cx$"):
        props.gate_length("cx", None)  # type: ignore[arg-type]
    # the gate is looked up first, as in Qiskit
    with pytest.raises(BackendPropertyError, match=r"^Could not find .* for cz$"):
        props.gate_property("cz", name="gate_error")


# --- units ---


@pytest.mark.parametrize(
    ("unit", "value", "expected"),
    [
        ("us", 182.6611165336624, 182.6611165336624 / 10**6),
        ("\u00b5s", 182.6611165336624, 182.6611165336624 / 10**6),
        ("ns", 35.55555555555556, 35.55555555555556 / 10**9),
        ("ns", 0, 0.0),
        ("GHz", 5, 5_000_000_000),
        ("GHz", 4.971852852405576, 4.971852852405576 * 10**9),
        ("", 0.0113, 0.0113),
        ("s", 2.5, 2.5),  # one character: no prefix
        ("m", 2.5, 2.5),  # metres, not milli
        ("ms", 2.5, 2.5 / 10**3),
        ("min", 2.5, 2.5 / 10**3),  # read as milli, as Qiskit did
        ("fs", 3.0, 3.0 / 10**15),
        ("ps", 3.0, 3.0 / 10**12),
        ("kHz", 3, 3000),
        ("MHz", 3.5, 3.5 * 10**6),
        ("THz", 1, 10**12),
        ("PHz", 1, 10**15),
    ],
)
def test_units_are_scaled_with_qiskits_arithmetic(unit: str, value: float, expected: float) -> None:
    props = BackendProperties.from_dict(with_qubit(nduv("T1", unit, value)))
    result = props.t1(0)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize("unit", ["Hz", "dBm", "\u03bcs", "xs"])
def test_an_unknown_prefix_raises_when_an_accessor_reaches_it(unit: str) -> None:
    payload = with_qubit(nduv("T1", "us", 1.0), nduv("frequency", unit, 5.0))
    for cls in (BackendProperties, FrozenBackendProperties):
        props = cls.from_dict(payload)  # not at construction
        assert props.t1(0) == 1.0 / 10**6  # nor for the other properties
        assert props.is_qubit_operational(0)
        with pytest.raises(BackendPropertyError, match=f"^Could not understand units: {unit}$"):
            props.frequency(0)
        with pytest.raises(BackendPropertyError, match="Could not understand units"):
            props.qubit_property(0)
        assert props.to_dict() == payload


# --- operational ---


def operational_payload() -> dict[str, Any]:
    payload = properties()
    payload["qubits"][1].append(nduv("operational", "", 0))
    payload["qubits"][0].append(nduv("operational", "", 1))
    payload["gates"][1]["parameters"].append(nduv("operational", "", 0))  # sx1
    payload["gates"][4]["parameters"].append(nduv("operational", "", 0.0))  # cx0_1
    payload["gates"][0]["parameters"].append(nduv("operational", "", 1))  # sx0
    return payload


@BOTH
def test_operational_properties(cls: type[Props]) -> None:
    props = built(cls, operational_payload())
    assert [props.is_qubit_operational(q) for q in range(3)] == [True, False, True]
    assert props.faulty_qubits() == [1]
    assert props.is_gate_operational("sx", 0)
    assert not props.is_gate_operational("sx", [1])
    assert not props.is_gate_operational("cx", (0, 1))
    assert props.is_gate_operational("cx", (1, 0))
    assert props.is_gate_operational("sx")  # without qubits: true for any gate there
    faulty = props.faulty_gates()
    assert faulty == [props.gates[1], props.gates[4]]
    assert faulty[0] is props.gates[1]  # the entries themselves


@BOTH
def test_without_operational_properties_everything_works(cls: type[Props]) -> None:
    props = built(cls)
    assert props.faulty_qubits() == []
    assert props.faulty_gates() == []
    assert all(props.is_qubit_operational(q) for q in range(3))


@BOTH
def test_operational_of_what_is_not_there_raises(cls: type[Props]) -> None:
    props = built(cls)
    with pytest.raises(BackendPropertyError, match="properties for qubit 9"):
        props.is_qubit_operational(9)
    with pytest.raises(BackendPropertyError, match="desired property for cz"):
        props.is_gate_operational("cz")
    with pytest.raises(BackendPropertyError, match="desired property for sx"):
        props.is_gate_operational("sx", [2])


# --- the index ---


@BOTH
def test_the_index_is_built_once_on_first_use(cls: type[Props]) -> None:
    props = built(cls)
    assert not index_is_built(props)
    props.t1(0)
    index = object.__getattribute__(props, "_index")
    props.gate_error("cx", [0, 1])
    props.faulty_gates()
    assert object.__getattribute__(props, "_index") is index


@BOTH
def test_an_extra_named_like_the_index_is_only_data(cls: type[Props]) -> None:
    payload = {**properties(), "_index": {"T1": 1}}
    props = built(cls, payload)
    assert props.t1(0) == 182.6611165336624 / 10**6
    assert props.to_dict() == payload


@BOTH
@pytest.mark.parametrize(
    "duplicate",
    [
        copy.copy,
        copy.deepcopy,
        dataclasses.replace,
        lambda p: pickle.loads(pickle.dumps(p)),
        lambda p: pickle.loads(pickle.dumps(p, protocol=0)),
    ],
    ids=["copy", "deepcopy", "replace", "pickle", "pickle0"],
)
def test_copies_leave_the_index_behind_and_still_work(cls: type[Props], duplicate: Any) -> None:
    props = built(cls)
    props.t1(0)
    assert index_is_built(props)
    other = duplicate(props)
    assert other == props
    assert not index_is_built(other)
    assert other.t1(0) == props.t1(0)
    assert other.faulty_gates() == []
    assert other.to_dict() == properties()


@BOTH
def test_the_index_is_not_pickled(cls: type[Props]) -> None:
    props = built(cls)
    before = pickle.dumps(props)
    props.gate_property("cx")
    assert pickle.dumps(props) == before
    assert b"PropertyIndex" not in pickle.dumps(props)


def test_a_mutable_instance_is_never_answered_from_data_it_no_longer_holds() -> None:
    # Issue 19, item 1: changed values, replaced entries, rows, lists, names.
    props = BackendProperties.from_dict(properties())
    assert props.t1(0) == 182.6611165336624 / 10**6
    props.qubits[0][0].value = 100
    props.qubits[0][0].unit = "ns"
    assert props.t1(0) == 100 / 10**9  # the index holds that very Nduv
    props.qubits[0][0] = Nduv(WHEN, "T1", "us", 250.0)  # a new entry in the same row
    assert props.t1(0) == 250.0 / 10**6
    props.qubits[0][0].name = "T9"  # renamed in place
    with pytest.raises(BackendPropertyError, match="'T1' for qubit 0"):
        props.t1(0)
    props.qubits.append([Nduv(WHEN, "T1", "us", 5.0)])
    assert props.t1(3) == 5.0 / 10**6  # a qubit added
    props.qubits = [props.qubits[1]]  # the list assigned: qubit 1 is gone
    with pytest.raises(BackendPropertyError, match="for qubit 1"):
        props.t1(1)
    assert props.t1(0) == properties()["qubits"][1][0]["value"] / 10**6
    props.gates.append(GateProperties([2], "y", [Nduv(WHEN, "operational", "", 0)]))
    assert props.faulty_gates() == [props.gates[-1]]  # a gate added
    cx = next(g for g in props.gates if g.gate == "cx")
    cx.qubits = [5, 6]  # its qubits changed in place
    with pytest.raises(BackendPropertyError, match="desired property for cx"):
        props.gate_error("cx", [0, 1])
    assert props.gate_error("cx", [5, 6]) == cx.parameters[0].value
    cx.parameters[0] = Nduv(WHEN, "gate_error", "", 0.5)
    assert props.gate_error("cx", [5, 6]) == 0.5


def test_a_plugins_subclass_keeps_the_accessors_and_the_index_slot() -> None:
    class IBMProperties(BackendProperties):
        region: str = "eu"

    class FrozenIBMProperties(FrozenBackendProperties):
        region: str = "eu"

    for cls in (IBMProperties, FrozenIBMProperties):
        payload = {**properties(), "region": "us"}
        props = cls.from_dict(payload)
        assert props.t1(0) == 182.6611165336624 / 10**6
        assert index_is_built(props)
        other = copy.deepcopy(props)
        assert not index_is_built(other)
        assert other == props
        assert other.to_dict() == payload


# --- value semantics ---


def test_frozen_instances_are_equal_and_hash_equal() -> None:
    one = FrozenBackendProperties.from_dict(properties())
    two = FrozenBackendProperties.from_dict(properties())
    one.t1(0)  # an index on one only changes nothing
    assert one == two
    assert hash(one) == hash(two)
    assert len({one, two, FrozenBackendProperties.from_dict(old_properties())}) == 2
    changed = properties()
    changed["qubits"][0][0]["value"] = 182
    assert FrozenBackendProperties.from_dict(changed) != one
    assert hash(FrozenNduv.from_dict(nduv("T1", "us", 1))) == hash(FrozenNduv(WHEN, "T1", "us", 1))


def test_int_and_float_values_are_told_apart() -> None:
    assert Nduv.from_dict(nduv("T1", "us", 1)) != Nduv.from_dict(nduv("T1", "us", 1.0))


def test_mutable_instances_are_not_hashable() -> None:
    with pytest.raises(TypeError):
        hash(BackendProperties.from_dict(properties()))


def test_frozen_instances_refuse_assignment() -> None:
    props = FrozenBackendProperties.from_dict(properties())
    with pytest.raises(dataclasses.FrozenInstanceError):
        props.backend_name = "x"  # type: ignore[misc]
    props.t1(0)  # the index is no field: setting it is allowed
    with pytest.raises(dataclasses.FrozenInstanceError):
        props._index = None  # type: ignore[attr-defined]


def test_constructor_takes_models() -> None:
    t1 = Nduv(WHEN, "T1", "us", 50)
    cx = GateProperties([0, 1], "cx", [Nduv(WHEN, "gate_error", "", 0.01)], name="cx0_1")
    props = BackendProperties("b", "1.0.0", WHEN, [[t1]], [cx], [], general_qlists=[])
    assert props.t1(0) == 50 / 10**6
    assert props.gate_error("cx", [0, 1]) == 0.01
    assert props.to_dict()["gates"][0]["name"] == "cx0_1"
    assert props.to_dict()["last_update_date"] == WHEN.isoformat()
    frozen = FrozenBackendProperties(
        "b", "1.0.0", WHEN, ((FrozenNduv.from_dict(t1.to_dict()),),), (), ()
    )
    assert frozen.t1(0) == props.t1(0)


# --- the error ---


def test_backend_property_error() -> None:
    error = BackendPropertyError("Could not understand units:", "Hz")
    assert str(error) == error.message == "Could not understand units: Hz"
    assert isinstance(error, LookupError)
    assert not isinstance(error, KeyError)  # str(KeyError) would add quotes
    copied_error = pickle.loads(pickle.dumps(error))
    # BackendPropertyError itself, or, where Qiskit is loaded, its subclass
    # that is Qiskit's too (tests/qiskit_models/test_drop_in.py)
    assert type(copied_error) is type(error)
    assert isinstance(copied_error, BackendPropertyError)
    assert copied_error.message == error.message
    assert repr(error).startswith("BackendPropertyError(")


# --- any valid payload ---


@pytest.mark.parametrize(
    "cls",
    [
        Nduv,
        FrozenNduv,
        GateProperties,
        FrozenGateProperties,
        BackendProperties,
        FrozenBackendProperties,
    ],
)
def test_any_payload_round_trips(cls: Any) -> None:
    @given(payloads(cls))
    def check(payload: dict[str, Any]) -> None:
        before = copied(payload)
        instance = cls.from_dict(payload)
        assert instance.to_dict() == payload
        assert payload == before
        assert cls.from_dict(instance.to_dict()) == instance

    check()


def test_a_gates_name_is_a_field_whose_key_may_be_absent() -> None:
    # A field, not an extra: one extras dict less per gate, which the
    # collector would track (docs/performance.md); read and written as before.
    named = GateProperties.from_dict(
        {"qubits": [0, 1], "gate": "cx", "parameters": [], "name": "cx0_1"}
    )
    assert named.name == "cx0_1"
    assert named.extras == {}
    assert list(named.to_dict()) == ["qubits", "gate", "parameters", "name"]
    unnamed = FrozenGateProperties.from_dict({"qubits": [0], "gate": "x", "parameters": []})
    assert not hasattr(unnamed, "name")
    assert unnamed.to_dict() == {"qubits": [0], "gate": "x", "parameters": []}
    built = GateProperties([0], "x", [], name="x0", note="kept")
    assert (built.name, built.extras) == ("x0", {"note": "kept"})
