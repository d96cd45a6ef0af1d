"""Type checking: mypy --strict accepts the library and the right uses of it,
and reports each deliberate mistake."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPING = Path(__file__).resolve().parent / "typing"


def mypy(*targets: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, targets)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.parametrize(
    "target",
    [ROOT / "src", TYPING / "accepted.py", ROOT / "examples"],
    ids=["src", "accepted", "examples"],
)
def test_mypy_strict_accepts(target: Path) -> None:
    result = mypy(target)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_reports_each_mistake() -> None:
    path = TYPING / "mistakes.py"
    expected = {}
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        match = re.search(r"# E: ([\w-]+)$", line)
        if match:
            expected[number] = match.group(1)
    assert len(expected) >= 8
    result = mypy(path)
    reported: dict[int, set[str]] = {}
    for match in re.finditer(r"mistakes\.py:(\d+): error: .*\[([\w-]+)\]$", result.stdout, re.M):
        reported.setdefault(int(match.group(1)), set()).add(match.group(2))
    missing = {n: code for n, code in expected.items() if code not in reported.get(n, set())}
    unexpected = set(reported) - set(expected)
    assert not missing, f"not reported: {missing}\n{result.stdout}"
    assert not unexpected, f"reported but not expected: {sorted(unexpected)}\n{result.stdout}"
