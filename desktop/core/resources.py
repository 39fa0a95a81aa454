"""One way to find the plain files under ``resources/`` (lexicons, word lists, catalogues)."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under the project's ``resources/`` directory."""
    return RESOURCES_DIR.joinpath(*parts)
