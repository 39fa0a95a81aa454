"""The sample policies shipped in ``seeds/`` (offered under the Samples menu)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


@dataclass(frozen=True, slots=True)
class Sample:
    path: Path
    title: str


def samples() -> list[Sample]:
    entries = json.loads((SEEDS_DIR / "samples.json").read_text(encoding="utf-8"))
    return [Sample(SEEDS_DIR / entry["file"], entry["title"]) for entry in entries]
