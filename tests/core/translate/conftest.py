"""Isolation for translation tests: every folder Argos or PolicyLens might touch is a tmp dir,
and the package index points at a closed local port unless a test starts its own server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.argos_pack import build_pack

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_e4a214cb1e8f383f.txt"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("ARGOS_PACKAGES_DIR", "packs"),
        ("POLICYLENS_DATA_DIR", "policylens"),
    ):
        path = home / sub
        path.mkdir(parents=True)
        monkeypatch.setenv(variable, str(path))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    return home


@pytest.fixture
def packs_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs / "packs"


@pytest.fixture(scope="session")
def pack_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Tiny genuine packs, built once: ms→en 1.9 and 2.0, vi→en 1.9."""
    root = tmp_path_factory.mktemp("packs")
    return {
        "ms-1.9": build_pack(root / "ms19", "ms", "en", "1.9"),
        "ms-2.0": build_pack(root / "ms20", "ms", "en", "2.0"),
        "vi-1.9": build_pack(root / "vi19", "vi", "en", "1.9"),
    }
