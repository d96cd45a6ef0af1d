"""The docstrings' examples and the docs' code blocks run as written."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import qiskit_provider_models

ROOT = Path(__file__).resolve().parent.parent
MODULES = [
    qiskit_provider_models,
    *(
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(
            qiskit_provider_models.__path__, "qiskit_provider_models."
        )
    ),
]
OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=OPTIONS)
    assert result.failed == 0


MARKDOWN = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]


class _DocModule:
    """Stands in sys.modules for a document, so that models declared in its
    examples resolve their annotations in the examples' own globals."""


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.name)
def test_markdown_examples(path: Path) -> None:
    name = f"_docs_{path.stem.replace('-', '_')}"
    test = doctest.DocTestParser().get_doctest(
        path.read_text(), {"__name__": name}, name, str(path), 0
    )
    holder = _DocModule()
    holder.__dict__ = test.globs
    sys.modules[name] = holder  # type: ignore[assignment]
    try:
        runner = doctest.DocTestRunner(optionflags=OPTIONS)
        runner.run(test)
    finally:
        del sys.modules[name]
    assert runner.failures == 0
    assert runner.tries > 0 or ">>>" not in test.docstring  # type: ignore[operator]


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.py")), ids=lambda p: p.name)
def test_example_runs(path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout


def test_guarantees_name_tests_that_exist() -> None:
    text = (ROOT / "docs" / "guarantees.md").read_text()
    named = set(re.findall(r"(?<![/\w])(test_\w+)\b(?!\.py)", text))
    defined = {
        match
        for path in (ROOT / "tests").rglob("test_*.py")
        for match in re.findall(r"^def (test_\w+)", path.read_text(), re.M)
    }
    assert len(named) >= 10
    assert named <= defined, named - defined
