"""Classification time per seed: milliseconds per sentence (target: a few ms at most)."""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.benchmarks.timing import best_of
from desktop.core.analysis import open_document
from desktop.core.classify import classify_document
from desktop.core.classify.lexicon import load_lexicon
from desktop.core.samples import SEEDS_DIR


def run(report: Callable[[str], None]) -> None:
    paths = sorted(SEEDS_DIR.glob("*.txt"))
    documents = [open_document(path) for path in paths]
    started = time.perf_counter()
    for document in documents:
        load_lexicon(document.language.code)
    load_lexicon("en")
    report(f"classify: loading the lexicons {(time.perf_counter() - started) * 1000:.0f} ms")
    report("classify: per seed (best of 5)")
    for path, document in zip(paths, documents, strict=True):
        seconds = best_of(5, lambda d=document: classify_document(d))
        count = max(len(document.sentences), 1)
        report(
            f"  {path.name}  {document.language.code:>3}  {len(document.sentences):>4} sentences"
            f"  {seconds * 1000:7.1f} ms  {seconds * 1000 / count:6.3f} ms/sentence"
        )
