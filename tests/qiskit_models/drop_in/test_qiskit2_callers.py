"""Qiskit 2 world: runtime's ``IBMBackend`` (the real backends' class) on
this package's configuration and properties; ``IBMRetiredBackend``, whose
configuration without ``max_shots`` this package refuses (documented); and
the accessors' error, which is runtime's ``BackendPropertyError`` once
runtime is loaded, in either import order, while the package alone imports
no Qiskit.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from .worlds import require

require(2)

from qiskit.exceptions import QiskitError
from qiskit_ibm_runtime import ibm_backend
from qiskit_ibm_runtime.models.exceptions import BackendPropertyError as RuntimePropertyError
from qiskit_ibm_runtime.utils import backend_decoder

import qiskit_provider_models as ours

from .support_qiskit2 import (
    ABSENT,
    BACKENDS,
    load,
    outcome,
    package_models,
    properties_difference,
    target_difference,
)

pytestmark = pytest.mark.qiskit2  # .ci/run selects these once the extra is installed

# --- 4. the accessors' error is the one runtime catches ---


def test_the_accessors_error_is_runtimes_once_runtime_is_loaded() -> None:
    """What the accessors raise is caught by ``except`` runtime's
    BackendPropertyError and its base QiskitError, and still by this
    package's class and LookupError. (Qiskit 2 has no BackendPropertyError
    of its own: ``qiskit.providers.exceptions`` dropped it.)"""
    props = ours.BackendProperties.from_dict(load(BACKENDS / "manila" / "props_manila.json"))
    for call, args, message in (
        (props.t1, (99,), "Couldn't find the property 'T1' for qubit 99."),
        (
            props.gate_error,
            ("switch_case", [0]),
            "Could not find the desired property for switch_case",
        ),
        (props.gate_property, ("if_else",), "Could not find the desired property for if_else"),
        (props.frequency, (7,), "Couldn't find the property 'frequency' for qubit 7."),
    ):
        with pytest.raises(RuntimePropertyError) as caught:
            call(*args)
        error = caught.value
        assert isinstance(error, QiskitError)
        assert isinstance(error, ours.BackendPropertyError)
        assert isinstance(error, LookupError)
        assert error.message == message


_ERROR_SCRIPT = """
import sys
{first}
import qiskit_provider_models as ours
props = ours.BackendProperties.from_dict({payload!r})
{then}
try:
    props.t1(5)
except RuntimePropertyError as error:
    assert isinstance(error, ours.BackendPropertyError)
    print("caught", error.message)
"""


@pytest.mark.parametrize("order", ["runtime first", "package first"])
def test_runtimes_except_catches_the_error_in_any_import_order(order: str) -> None:
    payload = {
        "backend_name": "b",
        "backend_version": "1",
        "last_update_date": "2024-02-28T08:32:31-05:00",
        "qubits": [],
        "gates": [],
        "general": [],
    }
    runtime = (
        "from qiskit_ibm_runtime.models.exceptions"
        " import BackendPropertyError as RuntimePropertyError"
    )
    first, then = (runtime, "") if order == "runtime first" else ("", runtime)
    script = _ERROR_SCRIPT.format(first=first, then=then, payload=payload)
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "caught Couldn't find the property 'T1' for qubit 5.\n"


def test_the_package_alone_imports_no_qiskit() -> None:
    script = """
    import sys
    import qiskit_provider_models as ours
    props = ours.BackendProperties.from_dict({
        "backend_name": "b", "backend_version": "1",
        "last_update_date": "2024-02-28T08:32:31-05:00",
        "qubits": [], "gates": [], "general": []})
    try:
        props.t1(0)
    except LookupError as error:
        assert isinstance(error, ours.BackendPropertyError)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("qiskit", "qiskit_ibm_runtime"))
    print(loaded)
    """
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "[]\n"


# --- IBMBackend, the real backends' class ---


class _StubClient:
    """What IBMBackend asks its API client for, answered from a payload."""

    def __init__(self, props: dict[str, Any]) -> None:
        self._props = props

    def backend_properties(self, name: str, **kwargs: Any) -> dict[str, Any]:
        return copy.deepcopy(self._props)


@pytest.mark.parametrize("name", ["manila", "fractional", "sherbrooke"])
def test_ibm_backend_equals_runtimes(name: str) -> None:
    """IBMBackend on a configuration from ``configuration_from_server_data``:
    it deep-copies it, reads ``rep_delay_range``, ``dtm``, ``meas_map``,
    ``simulator``, decodes its properties, and forwards attributes."""
    conf = load(BACKENDS / name / f"conf_{name}.json")
    props = load(BACKENDS / name / f"props_{name}.json")

    def build() -> Any:
        configuration = backend_decoder.configuration_from_server_data(copy.deepcopy(conf))
        assert configuration is not None
        return ibm_backend.IBMBackend(configuration, None, _StubClient(props))  # type: ignore[arg-type]

    reference = build()
    with package_models():
        backend = build()
        assert isinstance(backend.configuration(), ours.QasmBackendConfiguration)
        assert isinstance(backend.properties(), ours.BackendProperties)
        mine = backend.target
    assert target_difference(mine, reference.target) is None
    assert properties_difference(backend.properties(), reference.properties()) is None
    for attribute in ("dtm", "meas_map", "online_date", "backend_version", "max_circuits"):
        found = outcome(getattr, backend, attribute, ABSENT)
        assert found == outcome(getattr, reference, attribute, ABSENT), attribute
    validator = backend.options.validator.get("rep_delay")
    assert validator == reference.options.validator.get("rep_delay")


def test_retired_backend_configuration_refused_as_documented() -> None:
    """``IBMRetiredBackend.from_name`` constructs a configuration itself,
    without ``max_shots``: runtime 0.51 made it optional, this package keeps
    it required as Qiskit 1.4 did: the constructor refuses with Python's
    TypeError for a missing argument, naming it (docs/migration.md, the
    drop-in table)."""
    reference = ibm_backend.IBMRetiredBackend.from_name("ibm_gone")
    assert reference.configuration().to_dict()["backend_name"] == "ibm_gone"
    with package_models(), pytest.raises(TypeError, match="'max_shots'"):
        ibm_backend.IBMRetiredBackend.from_name("ibm_gone")
