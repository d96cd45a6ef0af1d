"""Qiskit 2 world: qiskit-ibm-runtime 0.51's fake backends, every one it
ships, built with this package's classes in place of runtime's vendored
models (``support_qiskit2.package_models``), give runtime's targets,
properties, configuration values, status and ``refresh`` output; and
``to_dict`` of decoded input and faulty qubits and gates as runtime's.

Where the package deliberately follows Qiskit 1.4 rather than runtime 0.51
(docs/migration.md), the documented behaviour is asserted instead:
``meas_levels``, ``meas_kernels`` and ``discriminators`` absent from the
payload are no attribute (runtime: None), and ``to_dict`` of decoded input
is JSON-ready (runtime: the decoded objects back).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from .worlds import require

require(2)

from qiskit import QuantumCircuit
from qiskit_ibm_runtime import models as runtime_models
from qiskit_ibm_runtime.fake_provider.backend_encoder import BackendEncoder
from qiskit_ibm_runtime.fake_provider.fake_backend import FakeBackendV2
from qiskit_ibm_runtime.utils import backend_decoder

import qiskit_provider_models as ours

from .support_qiskit2 import (
    ABSENT,
    BACKENDS,
    RUNTIME_NONE_DEFAULTS,
    absent_none_defaults,
    check_absent_as_documented,
    check_swap_points,
    configuration_difference,
    configuration_names,
    decoded_props,
    fake_backend_classes,
    load,
    outcome,
    package_models,
    payload_pairs,
    properties_difference,
    read_like_runtime_backends,
    target_difference,
)

pytestmark = pytest.mark.qiskit2  # .ci/run selects these once the extra is installed

#: FakeNighthawk warns on every first construction that its values are made up.
MADE_UP_VALUES = pytest.mark.filterwarnings(
    r"ignore:Properties of fake_\w+ are not intended:UserWarning"
)

FAKE_BACKENDS = fake_backend_classes()
PAIRS = payload_pairs()


def by_class(classes: list[type[FakeBackendV2]]) -> Any:
    return pytest.mark.parametrize("cls", classes, ids=[cls.__name__ for cls in classes])


def test_the_backends_and_payloads_are_found() -> None:
    assert len(FAKE_BACKENDS) >= 60, BACKENDS
    assert len(PAIRS) >= 60, BACKENDS
    check_swap_points()


@MADE_UP_VALUES
@by_class(FAKE_BACKENDS)
def test_fake_backend_target_equals_runtimes(cls: type[FakeBackendV2]) -> None:
    reference = cls()
    theirs = reference.target
    with package_models():
        backend = cls()
        mine = backend.target
        assert isinstance(backend.configuration(), ours.QasmBackendConfiguration)
        assert isinstance(backend.properties(), ours.BackendProperties)
    assert target_difference(mine, theirs) is None
    assert (backend.num_qubits, backend.dt) == (reference.num_qubits, reference.dt)
    assert sorted(backend.coupling_map.get_edges()) == sorted(reference.coupling_map.get_edges())


@MADE_UP_VALUES
@by_class(FAKE_BACKENDS)
def test_fake_backend_properties_and_configuration_equal_runtimes(
    cls: type[FakeBackendV2],
) -> None:
    reference = cls()
    props_theirs, conf_theirs = reference.properties(), reference.configuration()
    with package_models():
        backend = cls()
        props_mine, conf_mine = backend.properties(), backend.configuration()
        status_mine = backend.status()
    assert type(props_mine) is ours.BackendProperties
    assert type(conf_mine) is ours.BackendConfiguration
    assert properties_difference(props_mine, props_theirs) is None
    names = configuration_names(backend._conf_dict, conf_theirs)
    assert configuration_difference(conf_mine, conf_theirs, names) is None
    check_absent_as_documented(conf_mine, conf_theirs, absent_none_defaults(backend._conf_dict))
    assert isinstance(status_mine, ours.BackendStatus)
    assert status_mine.to_dict() == reference.status().to_dict()


@MADE_UP_VALUES
@by_class(FAKE_BACKENDS)
def test_fake_backend_forwards_configuration_attributes_as_runtime_does(
    cls: type[FakeBackendV2],
) -> None:
    """FakeBackendV2 and IBMBackend answer an unknown attribute with
    ``configuration.__getattribute__(name)``, which skips ``__getattr__``:
    whatever runtime's configuration answers that way, ours must answer the
    same (ours may answer more: runtime's keeps ``max_shots`` in a dict),
    except the documented ``RUNTIME_NONE_DEFAULTS`` the payload lacks: no
    attribute there, so ``getattr(backend, name, None)`` is runtime's None."""
    reference = cls()
    conf_theirs = reference.configuration()
    with package_models():
        backend = cls()
        conf_mine = backend.configuration()
    absent = absent_none_defaults(backend._conf_dict)
    names = sorted(set(backend._conf_dict) | set(vars(conf_theirs)) - {"_data", *absent})
    answered = [
        name
        for name in names
        if not isinstance(outcome(read_like_runtime_backends, conf_theirs, name), tuple)
    ]
    assert "basis_gates" in answered
    assert (
        configuration_difference(conf_mine, conf_theirs, answered, read_like_runtime_backends)
        is None
    )
    check_absent_as_documented(conf_mine, conf_theirs, absent, read_like_runtime_backends)
    forwarded = {name: getattr(reference, name) for name in absent}  # runtime's: None
    assert forwarded == dict.fromkeys(absent)
    with package_models():
        for name in ("basis_gates", "n_qubits", "backend_version", "processor_type"):
            assert outcome(getattr, backend, name, ABSENT) == outcome(
                getattr, reference, name, ABSENT
            ), name
        for name in absent:  # through FakeBackendV2.__getattr__
            assert getattr(backend, name, None) is None, name
            assert not hasattr(backend, name), name


def test_configuration_none_defaults_as_documented() -> None:
    """Runtime 0.51's configuration stores ``meas_levels``, ``meas_kernels``
    and ``discriminators`` as None when the payload lacks them (8 of its
    confs do); this package, as Qiskit 1.4, has no such attribute
    (AttributeError, ``getattr(conf, name, None) is None``). Where the
    payload has them, both give its values."""
    lacking = 0
    for conf_path, _ in PAIRS:
        payload = load(conf_path)
        backend_decoder.decode_backend_configuration(payload)
        theirs = runtime_models.QasmBackendConfiguration.from_dict(copy.deepcopy(payload))
        mine = ours.QasmBackendConfiguration.from_dict(copy.deepcopy(payload))
        absent = absent_none_defaults(payload)
        lacking += bool(absent)
        check_absent_as_documented(mine, theirs, absent)
        for name in sorted(set(RUNTIME_NONE_DEFAULTS) - set(absent)):
            found = outcome(getattr, mine, name, ABSENT)
            assert found == outcome(getattr, theirs, name, ABSENT), (conf_path.name, name)
    assert lacking > 0


@MADE_UP_VALUES
@by_class(FAKE_BACKENDS)
def test_fake_backend_refresh_writes_back_what_it_read(cls: type[FakeBackendV2]) -> None:
    """``FakeBackendV2.refresh`` writes ``to_dict()`` through BackendEncoder:
    the decoded payload (datetimes, complex scales) must come back."""
    with package_models():
        backend = cls()
        props, conf = backend.properties(), backend.configuration()
    for model, payload in ((props, backend._props_dict), (conf, backend._conf_dict)):
        written = json.loads(json.dumps(model.to_dict(), cls=BackendEncoder))
        assert written == json.loads(json.dumps(payload, cls=BackendEncoder)), type(model)


def encoded(value: Any) -> Any:
    """``value`` as runtime's ``BackendEncoder`` writes it, read back."""
    return json.loads(json.dumps(value, cls=BackendEncoder))


#: Runtime's configuration ``to_dict`` converts these back from Hz in floating
#: point (documented: this package writes the payload's numbers).
LO_RANGES = ("qubit_lo_range", "meas_lo_range")


@pytest.mark.parametrize("name", ["manila", "fez", "sherbrooke"])
def test_to_dict_of_decoded_values_is_json_ready(name: str) -> None:
    """Runtime's ``to_dict`` gives back the ``datetime`` dates and complex
    scales its decoders passed in; this package's writes JSON-ready values
    (docs/migration.md): through runtime's own ``BackendEncoder``, both are
    the same."""
    payload = decoded_props(load(BACKENDS / name / f"props_{name}.json"))
    theirs = runtime_models.BackendProperties.from_dict(copy.deepcopy(payload)).to_dict()
    mine = ours.BackendProperties.from_dict(copy.deepcopy(payload)).to_dict()
    assert theirs == payload
    assert isinstance(mine["last_update_date"], str)
    assert all(isinstance(nduv["date"], str) for nduv in mine["qubits"][0])
    assert encoded(mine) == encoded(theirs)
    conf = load(BACKENDS / name / f"conf_{name}.json")
    backend_decoder.decode_backend_configuration(conf)
    theirs = runtime_models.QasmBackendConfiguration.from_dict(copy.deepcopy(conf)).to_dict()
    mine = ours.QasmBackendConfiguration.from_dict(copy.deepcopy(conf)).to_dict()
    assert encoded(mine) == encoded(conf)
    assert {k: v for k, v in encoded(mine).items() if k not in LO_RANGES} == {
        k: v for k, v in encoded(theirs).items() if k not in LO_RANGES
    }
    for key in LO_RANGES:
        flat_theirs = [x for pair in encoded(theirs[key]) for x in pair]
        flat_mine = [x for pair in encoded(mine[key]) for x in pair]
        assert flat_theirs == pytest.approx(flat_mine, rel=1e-12), key


def _faulty_manila() -> dict[str, Any]:
    """Manila's real properties with qubit 2 and the cx on (3, 4) marked
    non-operational (no real payload has a faulty qubit or gate)."""
    props = load(BACKENDS / "manila" / "props_manila.json")
    date = props["qubits"][2][0]["date"]
    props["qubits"][2].append({"date": date, "name": "operational", "unit": "", "value": 0})
    for gate in props["gates"]:
        if gate["gate"] == "cx" and gate["qubits"] == [3, 4]:
            gate["parameters"].append({"date": date, "name": "operational", "unit": "", "value": 0})
    return decoded_props(props)


def test_faulty_qubits_and_gates_as_runtimes() -> None:
    """convert_to_target's ``filter_faulty`` (``set.intersection`` with the
    qubits, ``del`` of the qargs) and ``check_faulty`` on faulty data."""
    from qiskit_ibm_runtime.fake_provider import FakeManilaV2

    reference = FakeManilaV2()
    reference._props_dict = _faulty_manila()
    with package_models():
        backend = FakeManilaV2()
        backend._props_dict = _faulty_manila()
        mine = backend.target
    theirs = reference.target
    assert reference.properties().faulty_qubits() == [2]
    assert target_difference(mine, theirs) is None
    circuits = [QuantumCircuit(5), QuantumCircuit(5), QuantumCircuit(5)]
    circuits[0].x(2)
    circuits[1].cx(3, 4)
    circuits[2].cx(0, 1)
    for circuit in circuits:
        with package_models():
            found = outcome(backend.check_faulty, circuit)
        assert found == outcome(reference.check_faulty, circuit)
    assert outcome(reference.check_faulty, circuits[0])[0] == "raised"
