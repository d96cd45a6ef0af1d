"""The package's shape (docs/architecture.md): three parts over a common
base, imports going one way, and no import circles, at any level (a
function's own imports and ``TYPE_CHECKING`` ones count too)."""

from __future__ import annotations

import ast
import importlib
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import qiskit_provider_models
from qiskit_provider_models import strategies

SOURCE = Path(__file__).resolve().parent.parent / "src" / "qiskit_provider_models"
PACKAGE = "qiskit_provider_models"

#: Each part, and the parts below it that it may import.
PARTS: dict[str, set[str]] = {
    "_common": set(),
    "_field_types": {"_common"},
    "_machinery": {"_common", "_field_types"},
    "_qiskit_models": {"_machinery"},  # its public names only, as a plugin would
}


def _module_name(path: Path) -> str:
    parts = [PACKAGE, *path.relative_to(SOURCE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(SOURCE.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """The package's modules (or subpackages) that ``name`` imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif node.module and node.module.startswith(PACKAGE):
                target = node.module
            else:
                continue
            for alias in node.names:
                child = f"{target}.{alias.name}"
                found.add(child if child in MODULES else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith(PACKAGE))
    return found - {name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _part(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in PARTS else None


def test_the_three_parts_and_their_base_exist_with_a_docstring_that_says_what_they_import() -> None:
    for part in PARTS:
        module = f"{PACKAGE}.{part}"
        assert module in MODULES, part
        docstring = ast.get_docstring(ast.parse(MODULES[module].read_text()))
        assert docstring is not None
        assert "May import" in docstring, part


@pytest.mark.parametrize("name", sorted(GRAPH))
def test_a_module_imports_only_its_own_part_and_the_parts_below(name: str) -> None:
    part = _part(name)
    if part is None:  # the top level (__init__, strategies, the old paths) may import all
        return
    for imported in GRAPH[name]:
        other = _part(imported)
        if other == part:
            continue
        assert other in PARTS[part], f"{name} imports {imported}, a part above or beside it"
        if part == "_qiskit_models":
            assert imported == f"{PACKAGE}._machinery", (
                f"{name} imports {imported}: Qiskit's models use the public machinery only"
            )


def test_no_module_imports_itself_through_others() -> None:
    # Depth-first search; a module seen again while still on the path closes a circle.
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for imported in sorted(GRAPH.get(name, ())):
            if state.get(imported) == 1:
                circle = [*path[path.index(imported) :], imported]
                pytest.fail("import circle: " + " -> ".join(circle))
            if imported not in state:
                visit(imported)
        path.pop()
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name)


def test_the_graph_is_read_from_the_source() -> None:
    # The checks above are only as good as the graph: it sees the imports
    # that are known to be there, relative, aliased and inside functions.
    assert f"{PACKAGE}._field_types.converter" in GRAPH[f"{PACKAGE}._field_types.nested"]
    assert f"{PACKAGE}._machinery.build" in GRAPH[f"{PACKAGE}._machinery.meta"]
    assert f"{PACKAGE}.strategies" in GRAPH[f"{PACKAGE}._hypothesis_hook"]  # in a function
    assert len(GRAPH) >= 35


# --- the public paths stay where they were ---


def test_qiskits_models_are_imported_on_first_use_not_with_the_package() -> None:
    code = (
        "import sys, qiskit_provider_models as q\n"
        "loaded = [m for m in sys.modules if m.startswith('qiskit_provider_models._qiskit')]\n"
        "assert loaded == [], loaded\n"
        "assert q.JobStatus.__name__ == 'JobStatus'\n"
        "assert 'qiskit_provider_models._qiskit_models.job_status' in sys.modules\n"
        "assert 'qiskit_provider_models._qiskit_models.backend_properties' not in sys.modules\n"
        "from qiskit_provider_models import *\n"
        "assert BackendProperties.__name__ == 'BackendProperties'\n"
        "assert set(q.__all__) <= set(dir(q))\n"
        "assert 'Any' not in dir(q) and 'importlib' not in dir(q)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout == "ok\n", result.stderr


def test_an_unknown_name_of_the_package_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'JobStatuz'"):
        qiskit_provider_models.JobStatuz  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize(
    ("old", "name"),
    [
        ("job_status", "JobStatus"),
        ("backend_status", "FrozenBackendStatus"),
        ("backend_properties", "Nduv"),
        ("backend_configuration", "GateConfig"),
    ],
)
def test_the_modules_of_0_1_still_import_and_load_their_pickles(old: str, name: str) -> None:
    module = importlib.import_module(f"{PACKAGE}.{old}")
    cls = getattr(qiskit_provider_models, name)
    assert getattr(module, name) is cls
    assert set(module.__all__) == set(importlib.import_module(cls.__module__).__all__)
    with warnings.catch_warnings():  # .example() outside @given warns
        warnings.simplefilter("ignore")
        instance = strategies.instances(cls).example()
    # A pickle of 0.1 named the class by the module it lived in then.
    written = pickle.dumps(instance, protocol=0)
    assert cls.__module__.encode() in written
    old_pickle = written.replace(cls.__module__.encode(), f"{PACKAGE}.{old}".encode())
    assert pickle.loads(old_pickle) == instance
