"""Qiskit 2 world: qiskit-ibm-runtime 0.51's ``convert_to_target`` on every
conf/props pair runtime ships, fed as JSON, as runtime's decoders feed it
(dates as datetimes, scales as complex, through runtime's own
``configuration_from_server_data`` with this package's classes swapped in)
and, on a spread, as this package's frozen models: the same Target as
runtime's classes give. And its ``except BackendPropertyError`` clause,
which must catch this package's error as it is.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from .worlds import require

require(2)

from qiskit_ibm_runtime import models as runtime_models
from qiskit_ibm_runtime.models.exceptions import BackendPropertyError as RuntimePropertyError
from qiskit_ibm_runtime.utils import backend_decoder
from qiskit_ibm_runtime.utils.backend_converter import convert_to_target

import qiskit_provider_models as ours

from .support_qiskit2 import load, package_models, payload_pairs, target_difference

pytestmark = pytest.mark.qiskit2  # .ci/run selects these once the extra is installed

PAIRS = payload_pairs()


def _runtime_objects(conf: dict[str, Any], props: dict[str, Any], feed: str) -> tuple[Any, Any]:
    if feed == "decoded":
        return (
            backend_decoder.configuration_from_server_data(conf),
            backend_decoder.properties_from_server_data(props),
        )
    return (
        runtime_models.QasmBackendConfiguration.from_dict(conf),
        runtime_models.BackendProperties.from_dict(props),
    )


def _package_objects(conf: dict[str, Any], props: dict[str, Any], feed: str) -> tuple[Any, Any]:
    if feed == "decoded":  # as runtime's decoders feed them: datetimes, complex
        with package_models():
            found = (
                backend_decoder.configuration_from_server_data(conf),
                backend_decoder.properties_from_server_data(props),
            )
        # configuration_from_server_data returns None on any error: say which
        if found[0] is None:
            backend_decoder.decode_backend_configuration(conf)
            ours.QasmBackendConfiguration.from_dict(conf)
        return found
    if feed == "frozen json":
        return (
            ours.FrozenQasmBackendConfiguration.from_dict(conf),
            ours.FrozenBackendProperties.from_dict(props),
        )
    return ours.QasmBackendConfiguration.from_dict(conf), ours.BackendProperties.from_dict(props)


#: Every pair, as plain JSON and as runtime's decoders feed it; the frozen
#: models (which runtime never builds) on a spread of them.
SPREAD = ("armonk", "manila", "fractional", "cambridge_alt", "sherbrooke", "fez", "nighthawk")
FEEDS = [(conf, props, "json") for conf, props in PAIRS]
FEEDS += [(conf, props, "decoded") for conf, props in PAIRS]
FEEDS += [(conf, props, "frozen json") for conf, props in PAIRS if props.stem[6:] in SPREAD]


@pytest.mark.parametrize(
    ("conf_path", "props_path", "feed"), FEEDS, ids=[f"{p.stem}-{feed}" for _, p, feed in FEEDS]
)
def test_convert_to_target_equals_runtimes(conf_path: Path, props_path: Path, feed: str) -> None:
    conf, props = load(conf_path), load(props_path)
    conf_theirs, props_theirs = _runtime_objects(copy.deepcopy(conf), copy.deepcopy(props), feed)
    conf_mine, props_mine = _package_objects(copy.deepcopy(conf), copy.deepcopy(props), feed)
    assert isinstance(
        conf_mine, ours.QasmBackendConfiguration | ours.FrozenQasmBackendConfiguration
    )
    assert isinstance(props_mine, ours.BackendProperties | ours.FrozenBackendProperties)
    theirs = convert_to_target(conf_theirs, props_theirs)
    assert target_difference(convert_to_target(conf_mine, props_mine), theirs) is None
    if feed != "json":
        return
    # without properties (simulators), and with runtime's other switches
    assert target_difference(convert_to_target(conf_mine), convert_to_target(conf_theirs)) is None
    options = {"include_control_flow": False, "include_fractional_gates": False}
    assert (
        target_difference(
            convert_to_target(conf_mine, props_mine, **options),
            convert_to_target(conf_theirs, props_theirs, **options),
        )
        is None
    )


def test_convert_to_target_takes_its_except_clause() -> None:
    """Real backends list instructions with no gate properties (switch_case,
    if_else, measure, delay, ...): convert_to_target asks for them and
    catches runtime's BackendPropertyError. Ours must be that error."""
    reached = 0
    for conf_path, props_path in PAIRS:
        conf = ours.QasmBackendConfiguration.from_dict(load(conf_path))
        props = ours.BackendProperties.from_dict(load(props_path))
        reported = {gate.gate for gate in props.gates}
        asked = set(conf.basis_gates) | set(getattr(conf, "supported_instructions", []))
        missing = sorted(asked - reported)
        reached += bool(missing)
        for name in missing:
            with pytest.raises(RuntimePropertyError) as caught:
                props.gate_property(name)
            expected = f"Could not find the desired property for {name}"
            assert caught.value.message == expected, props_path.name
    # the older payloads (no supported_instructions) report every basis gate
    assert reached >= 55, reached
