"""Isolation for every test: no test reads or writes the user's settings, data or packs."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# argostranslate reads these at import time, so they are set before any test module loads.
_SANDBOX = Path(tempfile.mkdtemp(prefix="policylens-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
os.environ["ARGOS_PACKAGES_DIR"] = str(_SANDBOX / "argos-packages")
os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"  # nothing listens: no test goes online
os.environ["POLICYLENS_DATA_DIR"] = str(_SANDBOX / "policylens")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder per test (library, translation cache)."""
    data = tmp_path / "data"
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(data))
    return data


@pytest.fixture
def seed_paths() -> list[Path]:
    return SEEDS

