"""qiskit-provider-models, frozen: FrozenJobStatus and its typed subclass."""

from __future__ import annotations

from qiskit_provider_models import FrozenJobStatus, Model

from .ours import model_peer
from cases import Peer


class FrozenIBMJobStatus(FrozenJobStatus, frozen=True):
    queue_position: int
    backend: str


class FrozenJobList(Model, frozen=True):
    jobs: tuple[FrozenJobStatus, ...]
    backend: str


def peer() -> Peer:
    return model_peer(
        "qiskit-provider-models, frozen", FrozenJobStatus, FrozenIBMJobStatus, FrozenJobList
    )
