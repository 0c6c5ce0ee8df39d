"""The core never sees Qt: it must import, and work, in a process with no PySide6."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "core"


def test_no_core_module_imports_qt_or_the_gui():
    offenders = []
    for path in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            for name in names:
                if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "gui"} or ".gui" in name \
                        or name.startswith("..gui"):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = [f"gossip_timeline.core.{p.stem}" for p in sorted(CORE.glob("*.py")) if p.stem != "__init__"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'gossip_timeline.gui'))]\n"
            "assert not bad, bad\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_installed_packages_live_inside_one_import_package():
    import gossip_timeline.core
    import gossip_timeline.gui

    assert Path(gossip_timeline.core.__file__).parent == CORE
    assert Path(gossip_timeline.gui.__file__).parent.name == "gui"
