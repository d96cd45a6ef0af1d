"""Fuzz target for ``from_dict``: payloads decoded from the fuzzer's bytes.

    python3 tests/fuzz/fuzz_from_dict.py -max_total_time=60 CORPUS_DIR

(atheris; ``.ci/run`` runs it for about a minute on a copy of
``tests/fuzz/corpus``). A crash is any exception other than
``ValidationError``, or a broken invariant: the input changed, or a built
instance that does not round-trip. ``tests/test_fuzz_corpus.py`` replays the
corpus, and every crash found is added there as a regression input.
"""

from __future__ import annotations

import copy
import dataclasses
import keyword
import sys
from typing import Any

from qiskit_provider_models import (
    BackendStatus,
    FrozenJobStatus,
    JobStatus,
    Model,
    ValidationError,
)


class QueueInfo(Model, frozen=True):
    position: int
    status: str | None = None


class Job(Model):
    job_id: str
    queue_info: QueueInfo | None = None
    tags: list[str] = dataclasses.field(default_factory=list)


class JobList(Model, extra="forbid"):
    jobs: list[Job]
    by_name: dict[str, Job] = dataclasses.field(default_factory=dict)


class Node(Model, frozen=True):
    name: str
    children: tuple[Node, ...] = ()


MODELS: list[type[Model]] = [JobStatus, FrozenJobStatus, BackendStatus, Job, JobList, Node]
NAMES = sorted({f.name for m in MODELS for f in dataclasses.fields(m)})
HOSTILE = sorted({*dir(object), *dir(JobStatus), *keyword.kwlist, "self", "cls", "", "a b"})


class Source:
    """Reads the fuzzer's bytes as small numbers and strings; zeros when used up."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def byte(self) -> int:
        if self.at >= len(self.data):
            return 0
        self.at += 1
        return self.data[self.at - 1]

    def pick(self, options: list[Any]) -> Any:
        return options[self.byte() % len(options)]

    def text(self) -> str:
        size = self.byte() % 16
        raw = self.data[self.at : self.at + size]
        self.at += size
        return raw.decode("utf-8", "replace")

    def integer(self) -> int:
        return int.from_bytes(
            bytes(self.byte() for _ in range(self.byte() % 9)), "big", signed=True
        )


def key(source: Source) -> Any:
    kind = source.byte() % 10
    if kind < 4:
        return source.pick(NAMES)
    if kind < 6:
        return source.pick(HOSTILE)
    return [source.text, source.integer, lambda: None, lambda: (source.byte(),)][kind - 6]()


def value(source: Source, depth: int) -> Any:
    kind = source.byte() % (11 if depth < 4 else 7)
    simple = [
        lambda: None,
        lambda: bool(source.byte() & 1),
        source.integer,
        lambda: source.integer() / 7,
        source.text,
        source.text,
        lambda: source.pick(["RUNNING", "DONE", "leaf", ""]),
    ]
    if kind < len(simple):
        return simple[kind]()
    if kind in (7, 8):
        return [value(source, depth + 1) for _ in range(source.byte() % 4)]
    return payload(source, depth + 1)


def payload(source: Source, depth: int = 0) -> dict[Any, Any]:
    result: dict[Any, Any] = {}
    for _ in range(source.byte() % 8):
        result[key(source)] = value(source, depth)
    return result


def check(data: bytes) -> None:
    source = Source(data)
    model = source.pick(MODELS)
    given = payload(source)
    identities = [(id(k), id(v)) for k, v in given.items()]
    values = copy.deepcopy(list(given.values()))
    try:
        instance = model.from_dict(given)
    except ValidationError as error:  # anything else is a crash
        if error.model is not model:
            raise AssertionError(f"the error names {error.model}, not {model}") from error
    else:
        assert type(instance) is model
        assert model.from_dict(instance.to_dict()) == instance
    assert [(id(k), id(v)) for k, v in given.items()] == identities, "the input changed"
    assert list(given.values()) == values, "the input changed"


def main() -> None:
    import atheris  # type: ignore[import-not-found]

    # Coverage feedback from every function loaded so far: the library's, and
    # the methods it generated for the models above.
    atheris.instrument_all()
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
