"""Threads sharing model classes and frozen instances get only right answers,
including the very first calls on a class whose methods are built lazily."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from qiskit_provider_models import FrozenJobStatus, JobStatus, Model

THREADS = 8
ROUNDS = 200


@pytest.fixture(autouse=True)
def switch_often() -> Iterator[None]:
    # Switch threads every few microseconds, to interleave them finely.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def run_together(work: Callable[[int], Any]) -> list[Any]:
    """Run ``work(i)`` in THREADS threads released at the same moment."""
    barrier = threading.Barrier(THREADS)
    results: list[Any] = [None] * THREADS
    errors: list[BaseException] = []

    def target(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work(index)
        except BaseException as error:  # reported below, in the main thread
            errors.append(error)

    threads = [threading.Thread(target=target, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results


def payload(i: int) -> dict[str, Any]:
    return {
        "job_id": f"job-{i}",
        "status": "RUNNING",
        "status_msg": "m",
        "position": i,
        "tags": [i],
    }


@pytest.mark.parametrize("cls", [JobStatus, FrozenJobStatus], ids=lambda c: c.__name__)
def test_from_dict_to_dict_and_hash_on_shared_classes(cls: type[JobStatus]) -> None:
    def work(thread: int) -> bool:
        for i in range(ROUNDS):
            data = payload(thread * ROUNDS + i)
            status = cls.from_dict(data)
            assert status.to_dict() == data
            assert status.extras["position"] == thread * ROUNDS + i
            if cls is FrozenJobStatus:
                assert hash(status) == hash(cls.from_dict(data))
        return True

    assert run_together(work) == [True] * THREADS


def test_shared_frozen_instance() -> None:
    shared = FrozenJobStatus.from_dict(payload(7))
    expected_hash = hash(FrozenJobStatus.from_dict(payload(7)))

    def work(thread: int) -> tuple[int, dict[str, Any], dict[str, Any]]:
        # The first look at extras wraps them; every thread must see the same.
        return hash(shared), dict(shared.extras), shared.to_dict()

    for result in run_together(work):
        assert result == (expected_hash, {"position": 7, "tags": [7]}, payload(7))


def test_first_calls_on_a_lazily_built_class() -> None:
    # A forward reference makes the class build its methods on first use.
    namespace: dict[str, Any] = {"Model": Model, "__name__": __name__}
    exec(  # noqa: S102 - a module-level class with a forward reference, on demand
        "from __future__ import annotations\n"
        "class Lazy(Model):\n"
        "    name: str\n"
        "    later: Later | None = None\n"
        "class Later(Model, frozen=True):\n"
        "    value: int\n",
        namespace,
    )
    lazy, later = namespace["Lazy"], namespace["Later"]
    module = sys.modules[__name__]
    module.Lazy, module.Later = lazy, later  # type: ignore[attr-defined]
    assert not lazy.__dict__["_qpm_built"]

    def work(thread: int) -> bool:
        for i in range(ROUNDS):
            data = {"name": f"n{thread}-{i}", "later": {"value": i}}
            instance = lazy.from_dict(data)
            assert instance.to_dict() == data
            assert instance == lazy(f"n{thread}-{i}", later=later(value=i))
        return True

    assert run_together(work) == [True] * THREADS
    assert lazy.__dict__["_qpm_built"]


def test_first_looks_at_the_extras_from_many_threads_lose_no_write() -> None:
    for _ in range(50):
        status = JobStatus.from_dict({"job_id": "1", "status": "a", "status_msg": "b", "pre": 0})
        run_together(lambda i, status=status: status.extras.__setitem__(f"k{i}", i))
        assert status.extras == {"pre": 0, **{f"k{i}": i for i in range(THREADS)}}
