"""Fact extraction time per seed, next to the time to open it (extraction should add little:
the target is at most a quarter of the opening time, once patterns are compiled)."""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.benchmarks.timing import best_of
from desktop.core.analysis import open_document
from desktop.core.facts import extract_facts
from desktop.core.samples import SEEDS_DIR


def run(report: Callable[[str], None]) -> None:
    paths = sorted(SEEDS_DIR.glob("*.txt"))
    documents = [open_document(path) for path in paths]
    started = time.perf_counter()
    extract_facts(documents[0])  # the first call also compiles the cue patterns
    first = (time.perf_counter() - started) * 1000
    report(f"facts: first extraction (compiles cue patterns) {first:.0f} ms")
    report("facts: extraction per seed (best of 5) vs. opening it (best of 3)")
    for path, document in zip(paths, documents, strict=True):
        extract_facts(document)  # patterns for this seed's languages
        extract = best_of(5, lambda d=document: extract_facts(d))
        opening = best_of(3, lambda p=path: open_document(p))
        facts = extract_facts(document)
        count = sum(len(getattr(facts, name)) for name in facts.__dataclass_fields__)
        report(
            f"  {path.name}  {len(document.sentences):>4} sentences  {count:>3} facts"
            f"  extract {extract * 1000:6.1f} ms  open {opening * 1000:6.1f} ms"
            f"  ({extract / opening:4.0%} of opening)"
        )
