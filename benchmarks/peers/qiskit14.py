"""Qiskit 1.4's ``qiskit.providers.models.JobStatus``, as shipped."""

from __future__ import annotations

import warnings
from importlib.metadata import version

from cases import Peer, builders


def peer() -> Peer:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from qiskit.providers.models import JobStatus  # type: ignore[import-not-found]
    # Every construction warns; the benchmark runs with warnings ignored, as
    # a user silencing them would, and still pays for the warning machinery.
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="qiskit")
    return Peer(
        name="qiskit 1.4 JobStatus",
        version=version("qiskit"),
        extras="yes",
        namespace={"JobStatus": JobStatus},
        statements={
            "from_dict A": "JobStatus.from_dict(p)",
            "from_dict B": "JobStatus.from_dict(p)",
            "to_dict A": "x.to_dict()",
            "to_dict B": "x.to_dict()",
            "init + extras": "JobStatus(**p)",
        },
        build=builders(JobStatus.from_dict),
        dump=lambda x: x.to_dict(),
    )
