"""Layer rule 1: only yuntian/ui/, yuntian/app.py and the GUI commands may load PySide6."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
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
