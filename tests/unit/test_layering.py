"""Layer rules: only yuntian/ui/, yuntian/app.py and the GUI commands may load PySide6; imports
point down the layers and never run in a circle (see test_imports_point_down_the_layers)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yuntian

PACKAGE_DIR = Path(yuntian.__file__).parent
# Allowed to import Qt (module names). Everything else in the package must not.
GUI_MODULES = {"yuntian.app", "yuntian.commands.gui", "yuntian.commands.snapshot"}
GUI_PACKAGES = ("yuntian.ui", "yuntian.tools")
# Importing yuntian.__main__ runs the command line, so it is checked by its text only.
NOT_IMPORTABLE = {"yuntian.__main__"}
NAMED_IN_THE_ISSUE = [
    "yuntian.config",
    "yuntian.db",
    "yuntian.db.models",
    "yuntian.db.migrations",
    "yuntian.db.connection",
    "yuntian.db.backup",
    "yuntian.services",
    "yuntian.telephony",
    "yuntian.exports",
    "yuntian.cli",
]

_PROBE = """
import importlib, json, pkgutil, sys
import yuntian

gui_modules, gui_packages, skip, named = json.loads(sys.argv[1])

def is_gui(name):
    return name in gui_modules or any(name == p or name.startswith(p + ".") for p in gui_packages)

for name in named:
    importlib.import_module(name)
imported = ["yuntian", *named]
def onerror(name):
    raise ImportError(f"cannot import package {name}")
for info in pkgutil.walk_packages(yuntian.__path__, "yuntian.", onerror=onerror):
    if is_gui(info.name) or info.name in skip:
        continue
    importlib.import_module(info.name)
    imported.append(info.name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6")))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def _is_gui_module(name: str) -> bool:
    return name in GUI_MODULES or any(name == p or name.startswith(p + ".") for p in GUI_PACKAGES)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def test_non_gui_modules_import_without_qt():
    argument = json.dumps(
        [sorted(GUI_MODULES), GUI_PACKAGES, sorted(NOT_IMPORTABLE), NAMED_IN_THE_ISSUE]
    )
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, argument],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PACKAGE_DIR.parent,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["qt"] == [], f"PySide6 was loaded: {report['qt']}"
    # The walk really found the package's modules (not a silently empty loop).
    expected = {
        _module_name(p)
        for p in PACKAGE_DIR.rglob("*.py")
        if not _is_gui_module(_module_name(p)) and _module_name(p) not in NOT_IMPORTABLE
    }
    missing = expected - set(report["imported"])
    assert not missing, f"modules not reached by the import walk: {sorted(missing)}"
    assert {"yuntian.services.admin.users", "yuntian.passwords", "yuntian.cli"} <= set(
        report["imported"]
    )


def _imports_qt(path: Path) -> list[int]:
    """Line numbers of import statements that load PySide6 or shiboken6, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] if node.level == 0 else []
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names = [str(node.args[0].value)]
        else:
            continue
        if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
            lines.append(node.lineno)
    return sorted(lines)


def test_no_source_outside_the_gui_layer_imports_qt():
    offenders = []
    checked = 0
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if _is_gui_module(_module_name(path)):
            continue
        checked += 1
        offenders += [f"{path.relative_to(PACKAGE_DIR.parent)}:{n}" for n in _imports_qt(path)]
    assert checked > 10
    assert not offenders, "PySide6 imported outside yuntian/ui/: " + ", ".join(offenders)


def test_the_static_check_recognises_qt_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\n"
        "def f():\n"
        "    from PySide6.QtCore import QObject\n"
        "import PySide6\n"
        "import importlib\n"
        "importlib.import_module('PySide6.QtWidgets')\n"
        "from yuntian.ui import x\n",
        encoding="utf-8",
    )
    assert _imports_qt(sample) == [3, 4, 6]


# --- Layer rule 2: imports run one way and never in a circle ------------------------------------
#
# A static import graph over every module of the package, built with `ast`. Every import statement
# counts wherever it stands: a function-level (lazy) import still makes the importer depend on the
# imported module, and so does an `if TYPE_CHECKING:` import (a type is a dependency too).
# `from pkg import name` points at the submodule `pkg.name` when that is a module, else at `pkg`.
# Importing `a.b.c` also runs the `__init__` of `a` and `a.b`; those implied edges are left out:
# package `__init__` files hold only docstrings, except yuntian.services, which builds every
# service, and counting them would put each service module in a circle through its package.
# The ranks are explained in test_imports_point_down_the_layers.

RANKS: list[tuple[int, tuple[str, ...]]] = [
    (
        6,
        (
            "yuntian.__main__",
            "yuntian.cli",
            "yuntian.commands",
            "yuntian.app",
            "yuntian.tools",
            "yuntian.benchmarks",
        ),
    ),
    (5, ("yuntian.ui",)),
    (4, ("yuntian.services", "yuntian.demo")),
    (3, ("yuntian.exports", "yuntian.telephony")),
    (2, ("yuntian.db",)),
    (
        1,
        (
            "yuntian.config",
            "yuntian.phone_numbers",
            "yuntian.passwords",
            "yuntian.i18n_marker",
            "yuntian.logging_setup",
            "yuntian.device_settings",
            "yuntian.user_errors",
            "yuntian",
        ),
    ),
]

# (importer, imported) pairs tolerated for now. None: nothing may point upwards.
KNOWN_BACK_EDGES: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class ImportEdge:
    importer: str
    imported: str
    where: str  # "path:line" of the import statement


def _package_modules(package_dir: Path) -> dict[str, Path]:
    """Module name -> file for every .py file under package_dir (a package directory)."""
    modules = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The module `name` loads: itself, or its longest prefix that is a module (pkg.Class)."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def _imported_names(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """Dotted names an import node may load; `from pkg import a` gives `pkg.a` and `pkg`."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".")
            if not is_package:
                base.pop()
            base = base[: len(base) - (node.level - 1)]
            source = ".".join([*base, node.module] if node.module else base)
        else:
            source = node.module or ""
        return [f"{source}.{a.name}" for a in node.names if a.name != "*"] + [source]
    if (
        isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", ""))
        in ("import_module", "__import__")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return [node.args[0].value]
    return []


def import_graph(package_dir: Path) -> list[ImportEdge]:
    """Every import of one package module by another, at any depth in the file."""
    modules = _package_modules(package_dir)
    root = package_dir.parent
    edges = []
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            names = _imported_names(node, module, is_package)
            if not names:
                continue
            if isinstance(node, ast.ImportFrom):
                # `from pkg import name`: the submodule when name is one, else pkg itself.
                *members, source = names
                targets = {m for m in members if m in modules}
                if len(targets) < len(members) or not members:
                    targets.add(_resolve(source, modules))
            else:
                targets = {_resolve(n, modules) for n in names}
            where = f"{path.relative_to(root)}:{node.lineno}"
            edges += [ImportEdge(module, t, where) for t in sorted(t for t in targets if t)]
    return edges


def rank_of(module: str, ranks: list[tuple[int, tuple[str, ...]]] = RANKS) -> int:
    """The rank of the longest matching prefix (exact name or package)."""
    best, best_len = None, -1
    for rank, prefixes in ranks:
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = rank, len(prefix)
    if best is None:
        raise AssertionError(f"{module} has no rank in the layering test; give it one")
    return best


def back_edges(edges: list[ImportEdge], ranks=RANKS) -> list[str]:
    """Each import that points from a lower rank to a higher one, as a readable line."""
    return [
        f"{e.where}: {e.importer} (rank {rank_of(e.importer, ranks)}) imports "
        f"{e.imported} (rank {rank_of(e.imported, ranks)}) — imports must point down"
        for e in edges
        if rank_of(e.imported, ranks) > rank_of(e.importer, ranks)
    ]


def import_cycles(edges: list[ImportEdge]) -> list[list[str]]:
    """Strongly connected components with more than one module, and self-imports (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for e in edges:
        graph.setdefault(e.importer, set()).add(e.imported)
        graph.setdefault(e.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative Tarjan: the module graph is deep enough to worry the recursion limit.
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(cycles)


def _cycle_report(cycles: list[list[str]], edges: list[ImportEdge]) -> str:
    lines = []
    for cycle in cycles:
        members = set(cycle)
        lines.append("circle: " + " ↔ ".join(cycle))
        lines += [
            f"    {e.where}: {e.importer} imports {e.imported}"
            for e in edges
            if e.importer in members and e.imported in members
        ]
    return "\n".join(lines)


def test_imports_point_down_the_layers():
    """Imports point down the layers (or stay within a rank); only KNOWN_BACK_EDGES may not.

    Ranks, top to bottom; a module may import modules of its own rank or any lower rank:
      6  entry points and tools: yuntian.__main__, yuntian.cli, yuntian.commands.*, yuntian.app,
         yuntian.tools.* (snapshot/probe tooling), yuntian.benchmarks.* (drives services, demo, ui)
      5  yuntian.ui.*
      4  yuntian.services.*, yuntian.demo.* (demo data is written through the services and the
         models, and nothing below the UI imports it)
      3  yuntian.exports.* (writers and readers that take plain rows; never services),
         yuntian.telephony.* (drivers and parsers; the phone-settings service reads its device kinds)
      2  yuntian.db.*
      1  yuntian.config and the plain helpers every layer uses: yuntian.phone_numbers,
         yuntian.passwords, yuntian.i18n_marker, yuntian.logging_setup, yuntian.device_settings
         (the caller-ID device configuration that config stores and telephony reads),
         yuntian.user_errors (the translatable error base that services and file readers raise),
         and the package itself (yuntian/__init__.py, only the version).
    So config never reaches telephony (rank 3), exports never reach services (rank 4), and within
    yuntian.ui the circle check forbids any loop between pages, dialogs and the common parts.
    """
    edges = import_graph(PACKAGE_DIR)
    assert len({e.importer for e in edges}) > 100  # the walk really saw the package
    found = back_edges([e for e in edges if (e.importer, e.imported) not in KNOWN_BACK_EDGES])
    assert not found, "imports against the layer order:\n" + "\n".join(found)
    # The allow-list holds only edges that still exist, so it cannot go stale silently.
    present = {(e.importer, e.imported) for e in edges}
    assert present >= KNOWN_BACK_EDGES, f"stale KNOWN_BACK_EDGES: {KNOWN_BACK_EDGES - present}"


def test_no_import_circles():
    # A known back-edge closes a circle with the service that calls the exporter; the back-edge
    # test reports it, so it is left out here.
    edges = [
        e for e in import_graph(PACKAGE_DIR) if (e.importer, e.imported) not in KNOWN_BACK_EDGES
    ]
    cycles = import_cycles(edges)
    assert not cycles, "import circles:\n" + _cycle_report(cycles, edges)


def test_the_graph_check_finds_planted_back_edges_and_circles(tmp_path):
    package = tmp_path / "pkg"
    files = {
        "__init__.py": "",
        "config.py": "def later():\n    from pkg.ui import page\n",  # lazy back-edge
        "ui/__init__.py": "",
        "ui/page.py": "from pkg.ui import dialog\nfrom pkg import config\n",
        "ui/dialog.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from .card import Card\n",
        "ui/card.py": "import pkg.ui.page\nfrom pkg.ui.card import Card\n",  # circle + self
        "ui/alone.py": "from ..config import later\nfrom . import alone\n",
    }
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    ranks = [(2, ("pkg.ui",)), (1, ("pkg.config", "pkg"))]
    edges = import_graph(package)
    assert {(e.importer, e.imported, e.where.replace("\\", "/")) for e in edges} == {
        ("pkg.config", "pkg.ui.page", "pkg/config.py:2"),
        ("pkg.ui.page", "pkg.ui.dialog", "pkg/ui/page.py:1"),
        ("pkg.ui.page", "pkg.config", "pkg/ui/page.py:2"),
        ("pkg.ui.dialog", "pkg.ui.card", "pkg/ui/dialog.py:3"),
        ("pkg.ui.card", "pkg.ui.page", "pkg/ui/card.py:1"),
        ("pkg.ui.card", "pkg.ui.card", "pkg/ui/card.py:2"),
        ("pkg.ui.alone", "pkg.config", "pkg/ui/alone.py:1"),
        ("pkg.ui.alone", "pkg.ui.alone", "pkg/ui/alone.py:2"),
    }
    assert back_edges(edges, ranks) == [
        "pkg/config.py:2: pkg.config (rank 1) imports pkg.ui.page (rank 2) — imports must point down"
    ]
    assert import_cycles(edges) == [
        ["pkg.config", "pkg.ui.card", "pkg.ui.dialog", "pkg.ui.page"],
        ["pkg.ui.alone"],
    ]
    assert "pkg/ui/card.py:1: pkg.ui.card imports pkg.ui.page" in _cycle_report(
        import_cycles(edges), edges
    ).replace("\\", "/")
