"""The baseline plus the check that extra keys are ``str``, which
qiskit-provider-models must make (a non-str key is an error) and the
baseline does not: the like-for-like comparison for payload B."""

from __future__ import annotations

import platform
from typing import Any

from cases import Peer
from peers.handwritten import JobStatus as _Baseline


class JobStatus(_Baseline):
    """The baseline's from_dict, written out again with the key check."""

    __slots__ = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobStatus:
        try:
            job_id = data["job_id"]
            status = data["status"]
            status_msg = data["status_msg"]
        except KeyError as error:
            raise TypeError(f"missing key {error}") from None
        if type(job_id) is not str or type(status) is not str or type(status_msg) is not str:
            raise TypeError("job_id, status and status_msg must be str")
        self = object.__new__(cls)
        self.job_id = job_id
        self.status = status
        self.status_msg = status_msg
        if len(data) == 3:
            self.extras = {}
        else:
            # Every key, before the fields' are deleted: a non-str key could
            # have posed as a field's name.
            for key in data:
                if type(key) is not str:
                    raise TypeError(f"keys must be str, got {key!r}")
            extras = data.copy()
            del extras["job_id"], extras["status"], extras["status_msg"]
            self.extras = extras
        return self


def peer() -> Peer:
    return Peer(
        name="hand-written + str-key check",
        version=f"CPython {platform.python_version()}",
        extras="yes",
        namespace={"JobStatus": JobStatus},
        statements={
            "from_dict A": "JobStatus.from_dict(p)",
            "from_dict B": "JobStatus.from_dict(p)",
        },
        dump=JobStatus.to_dict,
    )
