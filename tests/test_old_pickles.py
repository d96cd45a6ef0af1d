"""Pickles written by 0.1.0 (the package at 35abc9f, before the layout of
issue 21 moved its modules) load into today's classes, equal to what the
same payloads read today. They name the modules of that time: the models'
reconstructor ``qiskit_provider_models._model._blank``, the classes'
``qiskit_provider_models.job_status`` and ``.backend_properties``, and
``qiskit_provider_models._fields.ABSENT``. (Made with ``pickle.dumps(x,
protocol=2)`` by that version; base64 here.)"""

from __future__ import annotations

import base64
import pickle

from qiskit_provider_models import ABSENT, BackendProperties, FrozenNduv, JobStatus

JOB = (
    "gAJjcWlza2l0X3Byb3ZpZGVyX21vZGVscy5fbW9kZWwKX2JsYW5rCnEAY3Fpc2tpdF9wcm92aWRl"
    "cl9tb2RlbHMuam9iX3N0YXR1cwpKb2JTdGF0dXMKcQGFcQJScQMofXEEKFgGAAAAam9iX2lkcQVY"
    "AQAAADFxBlgGAAAAc3RhdHVzcQdYBAAAAERPTkVxCFgKAAAAc3RhdHVzX21zZ3EJWAEAAABtcQp1"
    "fXELWA4AAABxdWV1ZV9wb3NpdGlvbnEMSwNzfXENfXEOKGgFaAVoB2gHaAloCXV9cQ90cRBiLg=="
)
NDUV = (
    "gAJjcWlza2l0X3Byb3ZpZGVyX21vZGVscy5fbW9kZWwKX2JsYW5rCnEAY3Fpc2tpdF9wcm92aWRl"
    "cl9tb2RlbHMuYmFja2VuZF9wcm9wZXJ0aWVzCkZyb3plbk5kdXYKcQGFcQJScQMofXEEKFgEAAAA"
    "ZGF0ZXEFY2RhdGV0aW1lCmRhdGV0aW1lCnEGY19jb2RlY3MKZW5jb2RlCnEHWAsAAAAHw6gCHAgg"
    "HwAAAHEIWAYAAABsYXRpbjFxCYZxClJxC2NkYXRldGltZQp0aW1lem9uZQpxDGNkYXRldGltZQp0"
    "aW1lZGVsdGEKcQ1K/////0owCwEASwCHcQ5ScQ+FcRBScRGGcRJScRNYBAAAAG5hbWVxFFgCAAAA"
    "VDFxFVgEAAAAdW5pdHEWWAIAAAB1c3EXWAUAAAB2YWx1ZXEYR0BZIAAAAAAAdX1xGX1xGn1xGyho"
    "BWgFaBRoFGgWaBZoGGgYdX1xHGgFWBkAAAAyMDI0LTAyLTI4VDA4OjMyOjMxLTA1OjAwcR1zdHEe"
    "Yi4="
)
PROPS = (
    "gAJjcWlza2l0X3Byb3ZpZGVyX21vZGVscy5fbW9kZWwKX2JsYW5rCnEAY3Fpc2tpdF9wcm92aWRl"
    "cl9tb2RlbHMuYmFja2VuZF9wcm9wZXJ0aWVzCkJhY2tlbmRQcm9wZXJ0aWVzCnEBhXECUnEDKH1x"
    "BChYDAAAAGJhY2tlbmRfbmFtZXEFWAEAAABicQZYDwAAAGJhY2tlbmRfdmVyc2lvbnEHWAEAAAAx"
    "cQhYEAAAAGxhc3RfdXBkYXRlX2RhdGVxCWNkYXRldGltZQpkYXRldGltZQpxCmNfY29kZWNzCmVu"
    "Y29kZQpxC1gLAAAAB8OoAhwIIB8AAABxDFgGAAAAbGF0aW4xcQ2GcQ5ScQ9jZGF0ZXRpbWUKdGlt"
    "ZXpvbmUKcRBjZGF0ZXRpbWUKdGltZWRlbHRhCnERSwBLAEsAh3ESUnEThXEUUnEVhnEWUnEXWAYA"
    "AABxdWJpdHNxGF1xGV1xGmgAY3Fpc2tpdF9wcm92aWRlcl9tb2RlbHMuYmFja2VuZF9wcm9wZXJ0"
    "aWVzCk5kdXYKcRuFcRxScR0ofXEeKFgEAAAAZGF0ZXEfaApoC1gLAAAAB8OoAhwIIB8AAABxIGgN"
    "hnEhUnEiaBWGcSNScSRYBAAAAG5hbWVxJVgCAAAAVDFxJlgEAAAAdW5pdHEnWAIAAAB1c3EoWAUA"
    "AAB2YWx1ZXEpRz/wAAAAAAAAdX1xKn1xK31xLChoH2gfaCVoJWgnaCdoKWgpdX1xLWgfWBQAAAAy"
    "MDI0LTAyLTI4VDA4OjMyOjMxWnEuc3RxL2JhYVgFAAAAZ2F0ZXNxMF1xMWgAY3Fpc2tpdF9wcm92"
    "aWRlcl9tb2RlbHMuYmFja2VuZF9wcm9wZXJ0aWVzCkdhdGVQcm9wZXJ0aWVzCnEyhXEzUnE0KH1x"
    "NShoGF1xNksAYVgEAAAAZ2F0ZXE3WAEAAAB4cThYCgAAAHBhcmFtZXRlcnNxOV1xOnV9cTtoJVgC"
    "AAAAeDBxPHN9cT19cT4oaBhoGGg3aDdoOWg5dX1xP3RxQGJhWAcAAABnZW5lcmFscUFdcUJ1fXFD"
    "fXFEfXFFKGgFaAVoB2gHaAloCWgYaBhoMGgwaEFoQXV9cUZoCWguc3RxR2Iu"
)
ABSENT_PICKLE = "gAJjcWlza2l0X3Byb3ZpZGVyX21vZGVscy5fZmllbGRzCkFCU0VOVApxAC4="


def _load(text: str) -> object:
    return pickle.loads(base64.b64decode(text))


def test_a_job_status_of_0_1_loads_with_its_extras() -> None:
    job = _load(JOB)
    assert type(job) is JobStatus
    assert job == JobStatus.from_dict(
        {"job_id": "1", "status": "DONE", "status_msg": "m", "queue_position": 3}
    )


def test_a_frozen_nduv_of_0_1_loads_with_its_dates_text() -> None:
    payload = {"date": "2024-02-28T08:32:31-05:00", "name": "T1", "unit": "us", "value": 100.5}
    nduv = _load(NDUV)
    assert type(nduv) is FrozenNduv
    assert nduv == FrozenNduv.from_dict(payload)
    assert nduv.to_dict() == payload
    assert hash(nduv) == hash(FrozenNduv.from_dict(payload))


def test_backend_properties_of_0_1_load_a_gates_name_kept_as_an_extra_into_the_field() -> None:
    props = _load(PROPS)
    assert type(props) is BackendProperties
    gate = props.gates[0]
    assert (gate.name, gate.extras) == ("x0", {})  # an extra in 0.1, a field now
    assert props.t1(0) == 1.0e-6
    assert props.to_dict()["gates"] == [
        {"qubits": [0], "gate": "x", "parameters": [], "name": "x0"}
    ]


def test_absent_of_0_1_loads_as_absent() -> None:
    assert _load(ABSENT_PICKLE) is ABSENT
