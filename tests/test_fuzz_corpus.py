"""Replays the fuzz corpus (seeds and every crash the fuzzer found) through
the fuzz target's checks, without the fuzzer."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fuzz.fuzz_from_dict import check

CORPUS = sorted((Path(__file__).parent / "fuzz" / "corpus").iterdir())


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_input(path: Path) -> None:
    check(path.read_bytes())


def test_the_corpus_is_there() -> None:
    assert len(CORPUS) >= 10
