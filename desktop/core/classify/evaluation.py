"""Passage-level evaluation: OPP-115 segments and the hand-labelled seeds.

A passage counts as predicted for a category when any sentence overlapping it is labelled with
it (categories.md, "Granularity"), so the sentence splitter neither helps nor hurts.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.classify.model import CATEGORIES, CORE, SECONDARY, SentenceLabels
from desktop.core.classify.pipeline import classify_document
from desktop.core.document import Document, Language
from desktop.core.segment import segment

# categories.md / the OPP-115 README. "International and Specific Audiences" mixes children
# and transfers, so it is not mapped; categories OPP-115 cannot tell apart are not scored.
OPP115_MAP: Mapping[str, str | None] = {
    "First Party Collection/Use": "collection",
    "Third Party Sharing/Collection": "sharing",
    "Data Retention": "retention",
    "User Access, Edit and Deletion": "rights",
    "User Choice/Control": "rights",
    "Data Security": "security",
    "Policy Change": "changes",
    "Privacy contact information": "contact",
    "International and Specific Audiences": None,
    "Do Not Track": None,
    "Introductory/Generic": None,
    "Practice not covered": None,
}
OPP115_SCORED: tuple[str, ...] = (*CORE, "security", "changes", "contact")


class EvaluationError(ValueError):
    """Labelled data that cannot be read or does not match its text."""


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int  # labelled passages
    predicted: int


@dataclass(frozen=True)
class Report:
    """Per-category scores and the two macro averages."""

    passages: int
    per_category: Mapping[str, Scores]
    macro_core: float
    macro_secondary: float | None


def score(
    pairs: Sequence[tuple[frozenset[str], frozenset[str]]], categories: Iterable[str]
) -> Report:
    """``pairs`` are (gold, predicted) per passage; only ``categories`` are scored."""
    per: dict[str, Scores] = {}
    for category in categories:
        tp = sum(1 for gold, pred in pairs if category in gold and category in pred)
        gold_n = sum(1 for gold, _ in pairs if category in gold)
        pred_n = sum(1 for _, pred in pairs if category in pred)
        precision = tp / pred_n if pred_n else 0.0
        recall = tp / gold_n if gold_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per[category] = Scores(precision, recall, f1, gold_n, pred_n)
    core = [per[c].f1 for c in CORE if c in per]
    secondary = [per[c].f1 for c in SECONDARY if c in per]
    return Report(
        passages=len(pairs),
        per_category=per,
        macro_core=sum(core) / len(core) if core else 0.0,
        macro_secondary=sum(secondary) / len(secondary) if secondary else None,
    )


def passage_document(text: str, language: str) -> Document:
    """A Document from a bare passage in a known language (OPP-115 segments carry no file)."""
    structure = segment(text)
    return Document(
        path=None,
        format="text",
        text=text,
        paragraphs=structure.paragraphs,
        sentences=structure.sentences,
        sections=structure.sections,
        language=Language(language, language, 1.0, "user"),
    )


def english_document(text: str) -> Document:
    return passage_document(text, "en")


def predicted_in(
    doc: Document, labels: Sequence[SentenceLabels], start: int, end: int
) -> frozenset[str]:
    """Categories of the sentences overlapping [start, end)."""
    return frozenset(
        category
        for sentence, lab in zip(doc.sentences, labels, strict=True)
        if sentence.start < end and sentence.end > start
        for category in lab.categories
    )


def read_opp115(path: Path) -> list[tuple[str, frozenset[str]]]:
    """(segment text, mapped categories) per distinct segment, in file order."""
    gold: dict[str, set[str]] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                if len(row) != 2:
                    raise EvaluationError(f"{path.name}: expected 2 columns, got {len(row)}")
                text, label = row
                if label not in OPP115_MAP:
                    raise EvaluationError(f"{path.name}: unknown OPP-115 category {label!r}")
                if not text.strip() or text.startswith("#NAME?"):
                    continue  # spreadsheet damage in the published split
                mapped = OPP115_MAP[label]
                gold.setdefault(text, set()).update({mapped} if mapped else set())
    except OSError as error:
        raise EvaluationError(f"cannot read {path}: {error}") from error
    return [(text, frozenset(cats)) for text, cats in gold.items()]


def evaluate_opp115(path: Path) -> Report:
    pairs = [(gold, _predict_english(text)) for text, gold in read_opp115(path)]
    return score(pairs, OPP115_SCORED)


def _predict_english(text: str) -> frozenset[str]:
    doc = english_document(text)
    return predicted_in(doc, classify_document(doc), 0, len(text))


def segment_key(text: str) -> str:
    """How a relabelled OPP-115 segment is named: its text is not copied out of the corpus."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def read_relabelled(path: Path) -> dict[str, frozenset[str]]:
    """Segment key → categories, as labelled against categories.md (``tests/data/opp115/``)."""
    try:
        labels = json.loads(path.read_text(encoding="utf-8"))["labels"]
        result = {str(key): frozenset(cats) for key, cats in labels.items()}
    except (OSError, KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
        raise EvaluationError(f"cannot read {path}: {error}") from error
    for key, cats in result.items():
        if cats - set(CATEGORIES):
            raise EvaluationError(f"{path.name}: {key}: unknown {sorted(cats - set(CATEGORIES))}")
    return result


@dataclass(frozen=True)
class RelabelledReports:
    """The highlighter against our labels of OPP-115 text, and how far the two label sets agree."""

    highlighter: Report
    agreement: Report  # our labels scored against OPP-115's: the best a faithful reader gets


def evaluate_opp115_relabelled(path: Path, relabelled: Path) -> RelabelledReports:
    ours = read_relabelled(relabelled)
    rows = [
        (text, gold, ours[segment_key(text)])
        for text, gold in read_opp115(path)
        if segment_key(text) in ours
    ]
    if len(rows) != len(ours):
        raise EvaluationError(
            f"{relabelled.name}: {len(ours) - len(rows)} labelled segments are not in {path.name}"
        )
    return RelabelledReports(
        highlighter=score([(mine, _predict_english(text)) for text, _, mine in rows], CATEGORIES),
        agreement=score([(gold, mine) for _, gold, mine in rows], OPP115_SCORED),
    )


def evaluate_seeds(
    labels_path: Path,
    seeds_dir: Path,
    open_seed: Callable[[Path], Document],
) -> Report:
    """Score the seeds' hand labels; ``open_seed`` opens a seed like the app does."""
    return score(labelled_pairs(labels_path, seeds_dir, open_seed), CATEGORIES)


def read_labels(labels_path: Path) -> list[dict]:
    """The passages of a labels file (format of ``tests/data/seed_labels.json``)."""
    try:
        return list(json.loads(labels_path.read_text(encoding="utf-8"))["passages"])
    except (OSError, KeyError, TypeError, json.JSONDecodeError) as error:
        raise EvaluationError(f"cannot read {labels_path}: {error}") from error


def labelled_pairs(
    labels_path: Path,
    seeds_dir: Path,
    open_seed: Callable[[Path], Document],
) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(gold, predicted) per labelled passage; several files' pairs can be pooled."""
    raw = read_labels(labels_path)
    documents: dict[str, tuple[Document, tuple[SentenceLabels, ...]]] = {}
    pairs = []
    for entry in raw:
        seed = entry["seed"]
        if seed not in documents:
            doc = open_seed(seeds_dir / seed)
            documents[seed] = (doc, classify_document(doc))
        doc, labels = documents[seed]
        start, end = locate(doc.text, entry["start"], entry["end"], entry.get("prefix", ""), seed)
        gold = frozenset(entry["categories"])
        if gold - set(CATEGORIES):
            raise EvaluationError(
                f"{seed}@{start}: unknown categories {sorted(gold - set(CATEGORIES))}"
            )
        pairs.append((gold, predicted_in(doc, labels, start, end)))
    return pairs


def locate(text: str, start: int, end: int, prefix: str, name: str = "") -> tuple[int, int]:
    """The labelled span, moved to the nearest occurrence of its prefix if the text shifted."""
    if not prefix or text.startswith(prefix, start):
        return start, end
    found = list(_occurrences(text, prefix))
    if not found:
        raise EvaluationError(f"{name}: passage {prefix!r} not found in the text")
    nearest = min(found, key=lambda i: abs(i - start))
    return nearest, nearest + (end - start)


def _occurrences(text: str, needle: str) -> Iterable[int]:
    position = text.find(needle)
    while position >= 0:
        yield position
        position = text.find(needle, position + 1)
