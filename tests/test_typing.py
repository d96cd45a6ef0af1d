"""Type checking: ``mypy --strict`` and pyright (strict) accept the library
and the right uses of it, and each reports every deliberate mistake."""

from __future__ import annotations

import ast
import doctest
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPING = Path(__file__).resolve().parent / "typing"
MISTAKES = TYPING / "mistakes.py"
CHECKERS = ["mypy", "pyright"]

#: ``# E: mypy[code,...] pyright[rule,...]`` at the end of a line.
MARKER = re.compile(r"# E: ((?:\w+\[[\w,-]+\]\s*)+)")
ENTRY = re.compile(r"(\w+)\[([\w,-]+)\]")


def run(checker: str, *targets: Path) -> dict[tuple[str, int], set[str]]:
    """The errors ``checker`` reports, as {(file name, line): {code, ...}}."""
    if checker == "mypy":
        command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-O", "json"]
    else:
        command = [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable]
    result = subprocess.run(
        [*command, *map(str, targets)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    reported: dict[tuple[str, int], set[str]] = {}
    if checker == "mypy":
        for line in result.stdout.splitlines():
            if not line.startswith("{"):  # "Success: ..." when there is nothing to report
                continue
            error = json.loads(line)
            if error["severity"] == "error":
                where = (Path(error["file"]).name, error["line"])
                reported.setdefault(where, set()).add(error["code"])
    else:
        try:
            diagnostics = json.loads(result.stdout)["generalDiagnostics"]
        except (json.JSONDecodeError, KeyError):
            pytest.fail(f"pyright did not run:\n{result.stdout}\n{result.stderr}")
        for diagnostic in diagnostics:
            if diagnostic["severity"] == "error":
                line = diagnostic["range"]["start"]["line"] + 1  # 0-based in the JSON
                where = (Path(diagnostic["file"]).name, line)
                reported.setdefault(where, set()).add(diagnostic.get("rule", "<no rule>"))
    if result.returncode not in (0, 1):
        pytest.fail(f"{checker} failed to run:\n{result.stdout}\n{result.stderr}")
    return reported


@pytest.mark.parametrize("checker", CHECKERS)
@pytest.mark.parametrize(
    "target",
    [ROOT / "src", TYPING / "accepted.py", ROOT / "examples"],
    ids=["src", "accepted", "examples"],
)
def test_checker_accepts(checker: str, target: Path) -> None:
    assert run(checker, target) == {}


def expected(checker: str) -> dict[tuple[str, int], set[str]]:
    found: dict[tuple[str, int], set[str]] = {}
    for number, line in enumerate(MISTAKES.read_text().splitlines(), start=1):
        match = MARKER.search(line)
        if match:
            for name, codes in ENTRY.findall(match.group(1)):
                if name == checker:
                    found[(MISTAKES.name, number)] = set(codes.split(","))
    return found


@pytest.mark.parametrize("checker", CHECKERS)
def test_checker_reports_each_mistake_and_nothing_else(checker: str) -> None:
    want = expected(checker)
    assert len(want) >= 15
    assert run(checker, MISTAKES) == want


DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def docs_code(path: Path) -> str:
    """The code of one page, as one module: its ``pycon`` examples (those that
    show an exception are left out: they demonstrate errors) and its
    ``python`` blocks (those that import Qiskit, for old code, are left out)."""
    text = path.read_text()
    parts = []
    for block in re.findall(r"```pycon\n(.*?)```", text, re.S):
        for example in doctest.DocTestParser().get_examples(block):
            if example.exc_msg is None:
                parts.append(_as_statement(example.source, f"_shown{len(parts)}"))
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        if "import qiskit" not in block and "from qiskit." not in block:
            parts.append(block)
    return "".join(parts)


def _as_statement(source: str, name: str) -> str:
    """An example that shows a value (``>>> status.extras``) as an assignment:
    a bare expression is what the page is about, not an unused one."""
    try:
        ast.parse(source, mode="eval")
    except SyntaxError:
        return source
    return f"{name} = {source}"


@pytest.mark.parametrize("checker", CHECKERS)
def test_the_code_in_the_docs_passes_both_checkers(checker: str, tmp_path: Path) -> None:
    for page in DOCS:
        module = tmp_path / (page.stem.replace("-", "_") + ".py")
        module.write_text(docs_code(page))
    assert run(checker, *sorted(tmp_path.glob("*.py"))) == {}
