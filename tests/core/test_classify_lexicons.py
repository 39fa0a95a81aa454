"""Every lexicon file follows FORMAT.md, and classifies its language's test sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.classify import CATEGORIES, CORE, classify_text
from desktop.core.classify.lexicon import (
    MODES,
    compile_pattern,
    lexicon_dir,
    load_lexicon,
    validate,
)

LEXICONS = sorted(lexicon_dir().glob("*.json"))
SENTENCES = Path(__file__).resolve().parents[1] / "data" / "classify_sentences"


def test_lexicons_present() -> None:
    codes = {p.stem for p in LEXICONS}
    assert {"en", "ms", "id", "vi", "cs", "sk", "sq"} <= codes


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.stem)
def test_lexicon_format(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert validate(data) == []
    assert data["language"] == path.stem
    assert data["mode"] in MODES
    assert set(data["cues"]) == set(CATEGORIES)  # the ten keys
    for category, cues in data["cues"].items():
        for pattern, weight, gloss in cues:
            assert 0 < weight <= 1, (category, pattern)
            assert gloss.strip(), (category, pattern)
            assert compile_pattern(pattern, data["mode"]), (category, pattern)
    for unit in data["duration_units"]:
        assert compile_pattern(unit, data["mode"])
    assert any(data["cues"][c] for c in CORE)
    assert load_lexicon(path.stem) is not None


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"language": "xx", "mode": "letters", "cues": {}, "duration_units": []}, "mode"),
        (
            {"language": "xx", "mode": "words", "cues": {"collection": []}, "duration_units": []},
            "missing",
        ),
        (
            {
                "language": "xx",
                "mode": "words",
                "cues": {c: [["sh*are", 1.0, "share"]] for c in CATEGORIES},
                "duration_units": [],
            },
            "'*' only",
        ),
        (
            {
                "language": "xx",
                "mode": "words",
                "cues": {c: [["share", 1.5, "share"]] for c in CATEGORIES},
                "duration_units": [],
            },
            "(0, 1]",
        ),
    ],
)
def test_validation_reports_problems(data: dict, problem: str) -> None:
    assert any(problem in p for p in validate(data))


def _sentence_files() -> list[Path]:
    return sorted(SENTENCES.glob("*.json")) if SENTENCES.is_dir() else []


@pytest.mark.parametrize("path", _sentence_files(), ids=lambda p: p.stem)
def test_language_sentences(path: Path) -> None:
    """≥ 80 % of sentences get all their core categories; no-category ones mostly get none."""
    code = path.stem
    assert load_lexicon(code) is not None, f"sentences for {code} but no lexicon"
    items = json.loads(path.read_text(encoding="utf-8"))
    positives = [i for i in items if set(i["categories"]) & set(CORE)]
    negatives = [i for i in items if not i["categories"]]
    assert positives
    found = [
        set(i["categories"]) & set(CORE) <= set(classify_text(i["text"], code).categories)
        for i in positives
    ]
    assert sum(found) >= 0.8 * len(positives), [
        i["text"] for i, ok in zip(positives, found, strict=True) if not ok
    ]
    clean = [not set(classify_text(i["text"], code).categories) & set(CORE) for i in negatives]
    assert sum(clean) >= 0.5 * len(negatives)
