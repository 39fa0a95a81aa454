"""Open-and-segment time per seed and for a 1 MB policy, and start-up time to first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable

from desktop.benchmarks.timing import best_of
from desktop.core.analysis import document_from_text, open_document
from desktop.core.samples import SEEDS_DIR

ONE_MB = 1_000_000




def run(report: Callable[[str], None]) -> None:
    open_document(next(SEEDS_DIR.glob("*.txt")))  # load language profiles once
    report("open + segment + detect language (best of 5)")
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        seconds = best_of(5, lambda p=path: open_document(p))
        document = open_document(path)
        report(
            f"  {path.name}  {len(document.text):>7,} chars  {len(document.sentences):>4} sentences"
            f"  {seconds * 1000:7.1f} ms"
        )
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    longest = max(seeds, key=lambda p: p.stat().st_size).read_text(encoding="utf-8")
    mixed = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)
    for label, source in (
        ("1 MB policy (one language)", longest),
        ("1 MB of five languages (worst case for passage detection)", mixed),
    ):
        big = (source * (ONE_MB // len(source) + 1))[:ONE_MB]
        seconds = best_of(3, lambda b=big: document_from_text(b))
        document = document_from_text(big)
        report(
            f"  {label}: {len(big):,} chars, {len(document.sentences):,} sentences,"
            f" {seconds * 1000:,.0f} ms"
        )
    report(f"start-up to first paint (cold process, seed 000): {_startup_seconds():.2f} s")


def _startup_seconds() -> float:
    """Wall time from launching a fresh interpreter to the main window's first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    seed = str(sorted(SEEDS_DIR.glob("*.txt"))[0])
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop.benchmarks.first_paint", seed],
        check=True,
        env=env,
        capture_output=True,
    )
    return time.perf_counter() - start


if __name__ == "__main__":
    run(print)
    sys.exit(0)
