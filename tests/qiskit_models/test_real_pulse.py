"""Every real pulse payload: the pulse defaults (``defs_*.json``) and the
OpenPulse configurations (``conf_*.json`` with ``"open_pulse": true``) that
qiskit-ibm-runtime 0.40.0 (the last release that ships pulse defaults) and
Qiskit 1.4's ``backends_v1`` fake backends ship: exact round trips, and the
attributes and methods equal to Qiskit 1.4.6's classes on the same file.

The payloads are read where those packages installed them; nothing is copied
into this repository. Install them with ``pip install '.[pulse-data]'``.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "qiskit.providers.models", reason="Qiskit 1.4 is the oracle: pip install '.[pulse-data]'"
)

from qiskit.providers.exceptions import BackendConfigurationError as QiskitConfigurationError
from qiskit.providers.models import backendconfiguration, pulsedefaults
from qiskit.pulse import channels as qiskit_channels

from qiskit_provider_models import (
    BackendConfigurationError,
    Channel,
    ControlChannel,
    DriveChannel,
    FrozenPulseBackendConfiguration,
    FrozenPulseDefaults,
    PulseBackendConfiguration,
    PulseDefaults,
    channel_from_name,
    configuration_from_dict,
)

from ..backend_payloads import load

QiskitPulseConfiguration = backendconfiguration.PulseBackendConfiguration
QiskitPulseDefaults = pulsedefaults.PulseDefaults


def _payloads(package: str, *parts: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent.joinpath(*parts)


RUNTIME = _payloads("qiskit_ibm_runtime", "fake_provider", "backends")
QISKIT = _payloads("qiskit", "providers", "fake_provider", "backends_v1")
if RUNTIME is None or not any(RUNTIME.glob("*/defs_*.json")):
    pytest.skip(
        "the pulse payloads come with qiskit-ibm-runtime 0.40.0: pip install '.[pulse-data]'",
        allow_module_level=True,
    )
assert QISKIT is not None

pytestmark = pytest.mark.pulse_data

#: Qiskit 1.4 warns on every model it builds and every error it raises.
QISKIT_WARNINGS = pytest.mark.filterwarnings(
    r"ignore:.*(qiskit\.(providers|pulse|qobj)|Qobj|pulse).*:DeprecationWarning"
)


def _open_pulse(path: Path) -> bool:
    return bool(json.loads(path.read_text()).get("open_pulse"))


DEFS = [*sorted(RUNTIME.glob("*/defs_*.json")), *sorted(QISKIT.glob("*/defs_*.json"))]
CONFS = [
    path
    for path in (*sorted(RUNTIME.glob("*/conf_*.json")), *sorted(QISKIT.glob("*/conf_*.json")))
    if _open_pulse(path)
]
#: The Heron confs whose hamiltonian has no ``vars``: Qiskit 1.4.6 raises
#: ``KeyError: 'vars'`` reading them.
QISKIT_CANNOT_READ = {"conf_fez.json", "conf_marrakesh.json", "conf_torino.json"}


def by_name(paths: list[Path]) -> Any:
    return pytest.mark.parametrize("path", paths, ids=[f"{p.parent.name}/{p.name}" for p in paths])


def test_the_payloads_are_found() -> None:
    assert len(DEFS) == 49, (RUNTIME, QISKIT)  # 46 from runtime 0.40.0, 3 from Qiskit 1.4
    assert len(CONFS) == 52, (RUNTIME, QISKIT)  # 49 and 3
    assert {p.name for p in CONFS} >= QISKIT_CANNOT_READ


def exactly(out: dict[str, Any], payload: dict[str, Any]) -> None:
    """Equal, type for type (JSON text tells ``1`` from ``1.0``)."""
    assert out == payload
    assert json.dumps(out, sort_keys=True) == json.dumps(payload, sort_keys=True)


# --- round trips ---


@by_name(DEFS)
@pytest.mark.parametrize("cls", [PulseDefaults, FrozenPulseDefaults])
def test_defaults_round_trip_exactly(path: Path, cls: type[PulseDefaults]) -> None:
    payload = load(path)
    before = copy.deepcopy(payload)
    out = cls.from_dict(payload).to_dict()
    assert payload == before
    exactly(out, payload)


@by_name(CONFS)
@pytest.mark.parametrize("cls", [PulseBackendConfiguration, FrozenPulseBackendConfiguration])
def test_configurations_round_trip_exactly(
    path: Path, cls: type[PulseBackendConfiguration]
) -> None:
    payload = load(path)
    before = copy.deepcopy(payload)
    conf = cls.from_dict(payload)
    if "channels" in payload:
        conf.control_channels  # noqa: B018 - reading the channels changes nothing
    out = conf.to_dict()
    assert payload == before
    exactly(out, payload)
    frozen = cls is FrozenPulseBackendConfiguration
    assert type(configuration_from_dict(payload, frozen=frozen)) is cls


# --- against Qiskit 1.4.6 ---


def _amp_complex(command: dict[str, Any]) -> dict[str, Any]:
    """A command's payload as Qiskit's ``to_dict`` gives it: a parametric
    pulse's ``amp`` as a ``complex``."""
    sequence = []
    for instruction in command.get("sequence", []):
        parameters = instruction.get("parameters")
        if parameters is not None and "amp" in parameters:
            amp = parameters["amp"]
            amp = complex(*amp) if isinstance(amp, list) else amp
            instruction = {**instruction, "parameters": {**parameters, "amp": amp}}
        sequence.append(instruction)
    return {**command, "sequence": sequence}


@QISKIT_WARNINGS
@by_name(DEFS)
def test_defaults_equal_qiskits(path: Path) -> None:
    payload = load(path)
    theirs = QiskitPulseDefaults.from_dict(copy.deepcopy(payload))
    compared = 0
    for ours in (PulseDefaults.from_dict(payload), FrozenPulseDefaults.from_dict(payload)):
        assert ours.qubit_freq_est == theirs.qubit_freq_est
        assert ours.meas_freq_est == theirs.meas_freq_est
        assert ours.buffer == theirs.buffer
        assert ours.meas_kernel.to_dict() == theirs.meas_kernel.to_dict()
        assert ours.discriminator.to_dict() == theirs.discriminator.to_dict()
        assert dict(ours.extras) == theirs._data  # the keys it took as **kwargs
        compared += 6
        assert len(ours.pulse_library) == len(theirs.pulse_library)
        for mine, item in zip(ours.pulse_library, theirs.pulse_library, strict=True):
            assert mine.name == item.name
            assert list(mine.samples) == [complex(sample) for sample in item.samples]
            compared += 2
        assert len(ours.cmd_def) == len(theirs.cmd_def)
        for mine, command in zip(ours.cmd_def, theirs.cmd_def, strict=True):
            assert (mine.name, list(mine.qubits)) == (command.name, command.qubits)
            assert _amp_complex(mine.to_dict()) == command.to_dict()
            compared += 2
    print(f"{path.name}: {compared} comparisons")


def mapped(value: Any) -> Any:
    """Qiskit's channels, and ours, as ``(class name, index)``; containers of
    them alike (tuples as lists); a ``[re, im]`` pair of floats as a ``complex``."""
    if isinstance(value, (Channel, qiskit_channels.Channel)):
        return (type(value).__name__, value.index)
    if isinstance(value, dict):
        return {_key(key): mapped(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):  # the frozen twins' tuples as lists
        if len(value) == 2 and all(type(x) is float for x in value):
            return complex(*value)
        return [mapped(item) for item in value]
    return value


def _key(key: Any) -> Any:
    if isinstance(key, (Channel, qiskit_channels.Channel)):
        return mapped(key)
    return key


def outcome(call: Any, *args: Any, ordered: bool = True) -> Any:
    """What a call gives, mapped, or the error's message."""
    try:
        value = call(*args)
    except (BackendConfigurationError, QiskitConfigurationError) as error:
        return ("error", error.message)
    found = mapped(value)
    return found if ordered else sorted(found)


def theirs_channel(channel: Channel) -> Any:
    kind: Any = getattr(qiskit_channels, type(channel).__name__)
    return kind(channel.index)


@QISKIT_WARNINGS
@by_name(CONFS)
def test_configurations_equal_qiskits(path: Path) -> None:
    payload = load(path)
    ours_all = (PulseBackendConfiguration.from_dict(payload),)
    ours_all += (FrozenPulseBackendConfiguration.from_dict(payload),)
    if path.name in QISKIT_CANNOT_READ:
        with pytest.raises(KeyError, match="vars"):
            QiskitPulseConfiguration.from_dict(copy.deepcopy(payload))
        for ours in ours_all:  # the hamiltonian as it is; everything else works
            assert ours.hamiltonian == payload["hamiltonian"]
            assert "vars" not in payload["hamiltonian"]
            assert ours.drive(0) == DriveChannel(0)
        return
    theirs = QiskitPulseConfiguration.from_dict(copy.deepcopy(payload))
    n_qubits = payload["n_qubits"]
    # Before control() runs: without channels, Qiskit's control() adds keys to it.
    controls = mapped(theirs.control_channels)
    compared = 0
    for ours in ours_all:
        for name in (
            "dt",
            "dtm",
            "sample_rate",
            "qubit_lo_range",
            "meas_lo_range",
            "rep_times",
            "hamiltonian",
            "n_uchannels",
            "meas_levels",
            "meas_kernels",
            "discriminators",
            "meas_map",
            "acquisition_latency",
            "conditional_latency",
            "n_qubits",
            "default_rep_delay",
            "rep_delay_range",
        ):
            if name in payload or name in ("sample_rate", "hamiltonian"):
                assert mapped(getattr(ours, name)) == mapped(getattr(theirs, name)), name
                compared += 1
        assert [[(lo.q, lo.scale) for lo in row] for row in ours.u_channel_lo] == [
            [(lo.q, mapped(lo.scale)) for lo in row] for row in theirs.u_channel_lo
        ]
        assert mapped(ours.control_channels) == controls
        compared += 2
        for qubit in range(-1, n_qubits + 1):
            for method in ("drive", "measure", "acquire"):
                expected = outcome(getattr(theirs, method), qubit)
                assert outcome(getattr(ours, method), qubit) == expected, (method, qubit)
                compared += 1
        for qubits in [*(payload.get("coupling_map") or []), [n_qubits, 0], (0, 0)]:
            assert outcome(ours.control, qubits) == outcome(theirs.control, qubits), qubits
            compared += 1
        names = [*payload.get("channels", {}), "d999", "u999"]
        for name in names:
            mine = channel_from_name(name)
            expected = outcome(theirs.get_channel_qubits, theirs_channel(mine))
            assert outcome(ours.get_channel_qubits, mine) == expected, name
            compared += 1
        keys = [*{tuple(c["operates"]["qubits"]) for c in payload.get("channels", {}).values()}]
        for qubit in [*range(n_qubits + 1), *keys, [0, n_qubits]]:
            # Qiskit's order was a set's: compared sorted
            expected = outcome(theirs.get_qubit_channels, qubit, ordered=False)
            found = outcome(ours.get_qubit_channels, qubit, ordered=False)
            assert found == expected, qubit
            mine = outcome(ours.get_qubit_channels, qubit)
            assert mine[0] == "error" or len(set(mine)) == len(mine)
            compared += 1
        for index in range(payload["n_uchannels"]):
            expected = outcome(theirs.describe, qiskit_channels.ControlChannel(index))
            assert outcome(ours.describe, ControlChannel(index)) == expected, index
            compared += 1
        assert outcome(ours.describe, DriveChannel(0)) == outcome(
            theirs.describe, qiskit_channels.DriveChannel(0)
        )
        for key in ("dt", "rep_times", "hamiltonian", "channels", "meas_map", "channel_bandwidth"):
            assert (key in ours) == (key in theirs), key
            compared += 1
    print(f"{path.name}: {compared} comparisons")


@QISKIT_WARNINGS
@by_name([path for path in CONFS if path.name not in QISKIT_CANNOT_READ][:3])
def test_without_channels_the_methods_answer_as_qiskits(path: Path) -> None:
    payload = load(path)
    payload.pop("channels", None)
    ours = PulseBackendConfiguration.from_dict(payload)
    theirs = QiskitPulseConfiguration.from_dict(copy.deepcopy(payload))
    assert outcome(ours.get_channel_qubits, DriveChannel(0)) == outcome(
        theirs.get_channel_qubits, qiskit_channels.DriveChannel(0)
    )
    assert outcome(ours.get_qubit_channels, 0) == outcome(theirs.get_qubit_channels, 0)
    assert outcome(ours.control, (0, 1)) == outcome(theirs.control, (0, 1)) == []
