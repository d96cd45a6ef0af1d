"""Hand-written classes that do all the work ``JobStatus`` and
``FrozenJobStatus`` must do, as fast as pure Python allows: the baseline
for the "same work" ratios of run.py.

Beyond the baseline (``handwritten.py``) they check that extra keys are
``str`` (a non-str key is an error, and could pose as a field's name), read
extras as attributes through ``__getattr__`` (what Qiskit code does, so the
Qiskit-compatible models must; up to CPython 3.11 any ``__getattr__`` slows
every attribute read of the class), and ``to_dict`` refuses an extra named
like a field, which would silently replace the field's value. The frozen
one refuses assignment and is built as its mutable twin, then given its
class (faster than ``object.__setattr__`` per field).
"""

from __future__ import annotations

import platform
from typing import Any

from cases import Peer, builders
from peers.handwritten_checked import JobStatus as _Checked


class PlainJobStatus(_Checked):
    """What a plain ``Model`` does: no extras as attributes."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        extras = self.extras
        if not extras:
            return {"job_id": self.job_id, "status": self.status, "status_msg": self.status_msg}
        payload = {
            "job_id": self.job_id,
            "status": self.status,
            "status_msg": self.status_msg,
            **extras,
        }
        if len(payload) != 3 + len(extras):
            raise TypeError("an extra has a field's name")
        return payload


class JobStatus(PlainJobStatus):
    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self.extras[name]
        except KeyError:
            raise AttributeError(name) from None


class FrozenJobStatus(JobStatus):
    __slots__ = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FrozenJobStatus:
        self: Any = JobStatus.from_dict(data)
        self.__class__ = cls
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")


def _peer(name: str, cls: type[PlainJobStatus]) -> Peer:
    return Peer(
        name=name,
        version=f"CPython {platform.python_version()}",
        extras="yes",
        namespace={"JobStatus": cls},
        statements={
            "from_dict A": "JobStatus.from_dict(p)",
            "from_dict B": "JobStatus.from_dict(p)",
            "to_dict A": "x.to_dict()",
            "to_dict B": "x.to_dict()",
        },
        build=builders(cls.from_dict),
        dump=cls.to_dict,
    )


def peer() -> Peer:
    return _peer("hand-written, same work as JobStatus", JobStatus)


def plain_peer() -> Peer:
    return _peer("hand-written, same work as a plain Model", PlainJobStatus)


def frozen_peer() -> Peer:
    return _peer("hand-written, same work as FrozenJobStatus", FrozenJobStatus)
