"""qiskit-provider-models: the same three fields on a plain ``Model``.

``JobStatus`` reads extras as attributes (Qiskit's behaviour), which needs a
``__getattr__``; a plugin's own models do without one unless they ask for
it. Up to CPython 3.11 that hook slows every attribute read, ``to_dict``'s
included: this peer shows the difference.
"""

from __future__ import annotations

from qiskit_provider_models import Model

from .ours import model_peer
from cases import Peer


class PlainJobStatus(Model):
    job_id: str
    status: str
    status_msg: str


class PlainIBMJobStatus(PlainJobStatus):
    queue_position: int
    backend: str


class PlainJobList(Model):
    jobs: list[PlainJobStatus]
    backend: str


def peer() -> Peer:
    return model_peer(
        "qiskit-provider-models, plain Model", PlainJobStatus, PlainIBMJobStatus, PlainJobList
    )
