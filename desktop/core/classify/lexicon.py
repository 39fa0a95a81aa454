"""Cue lexicons: loading, validation and compilation of ``resources/lexicons/<code>.json``.

The file format is fixed by ``resources/lexicons/FORMAT.md`` (other people write lexicons for
dozens of languages against it). Two optional keys are understood on top of it, both only
used to explain or find durations: ``number_words`` (words for small numbers, "two", "dva",
"tujuh") and ``duration_glosses`` (unit pattern → English, {"tahun*": "years"}).
A lexicon is compiled once per language and cached; compiling is pure data, no pickle.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.core.classify.model import CATEGORIES
from desktop.core.classify.tokens import fold, split_tokens
from desktop.core.resources import resource_path

MODES = ("words", "substring")
REQUIRED_KEYS = ("language", "mode", "cues", "duration_units")


class LexiconError(ValueError):
    """A lexicon file that does not follow FORMAT.md."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled cue. ``tokens`` holds (text, is_prefix) pairs; substring cues have one."""

    category: str
    pattern: str
    tokens: tuple[tuple[str, bool], ...]
    weight: float
    gloss: str


@dataclass(frozen=True)
class Lexicon:
    """A compiled lexicon: cues indexed by their first token for fast matching."""

    language: str
    mode: str
    cues: tuple[Cue, ...]
    units: tuple[Cue, ...]
    number_words: frozenset[str] = frozenset()
    unit_glosses: Mapping[str, str] = field(default_factory=dict)
    by_first: Mapping[str, tuple[Cue, ...]] = field(default_factory=dict)
    by_stem: Mapping[str, tuple[Cue, ...]] = field(default_factory=dict)
    stem_lengths: tuple[int, ...] = ()


def lexicon_dir() -> Path:
    return resource_path("lexicons")


def available_languages() -> tuple[str, ...]:
    """Codes of every lexicon file present, sorted."""
    return tuple(sorted(p.stem for p in lexicon_dir().glob("*.json")))


@lru_cache(maxsize=64)
def load_lexicon(code: str) -> Lexicon | None:
    """The compiled lexicon for ``code``, or None when there is no file for that language."""
    path = lexicon_dir() / f"{code}.json"
    if not path.is_file():
        return None
    return compile_lexicon(read_lexicon_file(path))


def read_lexicon_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise LexiconError(f"{path.name}: {error}") from error
    problems = validate(data)
    if problems:
        raise LexiconError(f"{path.name}: " + "; ".join(problems))
    return data


def validate(data: Any) -> list[str]:
    """Every way ``data`` departs from FORMAT.md (empty when it is valid)."""
    if not isinstance(data, dict):
        return ["top level is not an object"]
    problems = [f"missing key {key!r}" for key in REQUIRED_KEYS if key not in data]
    if data.get("mode") not in MODES:
        problems.append(f"mode must be one of {MODES}")
    cues = data.get("cues")
    if not isinstance(cues, dict):
        return [*problems, "cues is not an object"]
    missing = [c for c in CATEGORIES if c not in cues]
    extra = [c for c in cues if c not in CATEGORIES]
    if missing or extra:
        problems.append(f"cue categories: missing {missing}, unknown {extra}")
    for category, entries in cues.items():
        if not isinstance(entries, list):
            problems.append(f"{category}: not a list")
            continue
        for entry in entries:
            problems.extend(_validate_cue(category, entry, data.get("mode")))
    units = data.get("duration_units")
    if not isinstance(units, list) or not all(isinstance(u, str) and u.strip() for u in units):
        problems.append("duration_units must be a list of non-empty strings")
    return problems


def _validate_cue(category: str, entry: Any, mode: Any) -> list[str]:
    if not (isinstance(entry, list) and len(entry) == 3):
        return [f"{category}: cue {entry!r} is not [pattern, weight, gloss]"]
    pattern, weight, gloss = entry
    if not isinstance(pattern, str) or not isinstance(gloss, str):
        return [f"{category}: cue {entry!r} needs a string pattern and gloss"]
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
        return [f"{category}: weight of {pattern!r} must be in (0, 1]"]
    try:
        compile_pattern(pattern, mode if mode in MODES else "words")
    except LexiconError as error:
        return [f"{category}: {error}"]
    return []


def compile_pattern(pattern: str, mode: str) -> tuple[tuple[str, bool], ...]:
    """Pattern text → tokens. ``*`` may only end a word (words mode) and is absent in substring."""
    text = unicodedata.normalize("NFC", pattern.strip())
    if not text:
        raise LexiconError("empty pattern")
    if mode == "substring":
        if "*" in text:
            raise LexiconError(f"pattern {pattern!r}: '*' is not used in substring mode")
        return ((fold(text), False),)
    tokens: list[tuple[str, bool]] = []
    for piece in text.split():
        prefix = piece.endswith("*")
        core = piece[:-1] if prefix else piece
        if "*" in core:
            raise LexiconError(f"pattern {pattern!r}: '*' only at the end of a word")
        words = [fold(word) for _, _, word in split_tokens(core)]
        if not words:
            raise LexiconError(f"pattern {pattern!r}: no word in {piece!r}")
        tokens.extend((word, False) for word in words[:-1])
        tokens.append((words[-1], prefix))
    return tuple(tokens)


def compile_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """Index a validated lexicon for matching."""
    mode = data["mode"]
    cues = tuple(
        Cue(category, pattern, compile_pattern(pattern, mode), float(weight), gloss)
        for category in CATEGORIES
        for pattern, weight, gloss in data["cues"].get(category, ())
    )
    units = tuple(
        Cue("retention", unit, compile_pattern(unit, mode), 1.0, "")
        for unit in data["duration_units"]
    )
    by_first: dict[str, list[Cue]] = {}
    by_stem: dict[str, list[Cue]] = {}
    for cue in cues:
        first, prefix = cue.tokens[0]
        (by_stem if prefix else by_first).setdefault(first, []).append(cue)
    glosses = {
        compile_pattern(str(key), mode): str(value)
        for key, value in dict(data.get("duration_glosses", {})).items()
    }
    return Lexicon(
        language=str(data["language"]),
        mode=mode,
        cues=cues,
        units=units,
        number_words=frozenset(fold(w) for w in data.get("number_words", ())),
        unit_glosses={_key(k): v for k, v in glosses.items()},
        by_first={k: tuple(v) for k, v in by_first.items()},
        by_stem={k: tuple(v) for k, v in by_stem.items()},
        stem_lengths=tuple(sorted({len(k) for k in by_stem})),
    )


def _key(tokens: tuple[tuple[str, bool], ...]) -> str:
    return " ".join(text + ("*" if prefix else "") for text, prefix in tokens)


def unit_key(unit: Cue) -> str:
    """The key under which ``duration_glosses`` names a unit."""
    return _key(unit.tokens)
