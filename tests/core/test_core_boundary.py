"""desktop.core is plain Python: importing all of it, and analysing a policy, loads no Qt."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO, SEEDS


def test_core_imports_no_qt() -> None:
    script = f"""
import importlib, pkgutil, sys
import desktop.core
for module in pkgutil.walk_packages(desktop.core.__path__, "desktop.core."):
    importlib.import_module(module.name)
from desktop.core.analysis import open_document
from desktop.core.policy import analyze_policy
analyze_policy(open_document({str(SEEDS[0])!r}))
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
print(qt)
sys.exit(1 if qt else 0)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
