"""Tiny genuine ``.argosmodel`` packs for tests (trained SentencePiece + random CTranslate2).

The builder lives in ``desktop.benchmarks.random_pack`` so the benchmark can use it without
importing from ``tests``; this module is the tests' entry point to it.
"""

from __future__ import annotations

from pathlib import Path

from desktop.benchmarks.random_pack import build_pack as _build_pack
from desktop.benchmarks.random_pack import pack_filename

__all__ = ["build_pack", "pack_filename"]


def build_pack(
    tmp_dir: Path,
    from_code: str = "ms",
    to_code: str = "en",
    version: str = "1.9",
    *,
    size: str = "tiny",
    extra_metadata: dict[str, object] | None = None,
) -> Path:
    """Build ``translate-<from>_<to>-<ver>.argosmodel`` in ``tmp_dir``; ``size`` "tiny"/"base"."""
    return _build_pack(
        tmp_dir, from_code, to_code, version, size=size, extra_metadata=extra_metadata
    )
