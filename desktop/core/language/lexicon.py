"""The word lists under ``resources/languages/`` and how texts are scored against them.

``stopwords.json`` maps a language code to its most frequent function words.
``groups.json`` describes sets of close languages that langdetect cannot tell apart (or does
not know); see ``resources/languages/FORMAT.md``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.resources import resource_path

_Entry = tuple[tuple[str, ...], float, str]  # (patterns after the first, weight, class)


class MarkerTable:
    """Weighted markers, matched against word tokens and letters in one pass.

    A marker is a word (``maklumat``), a stem ending in ``*`` (``perkhidmatan*``), a phrase of
    such tokens (``laman web``) or a single non-ASCII letter (``ř``), counted per occurrence.
    """

    def __init__(self, classes: dict[str, dict[str, float]]) -> None:
        self._exact: dict[str, list[_Entry]] = defaultdict(list)
        self._prefix: dict[str, list[_Entry]] = defaultdict(list)
        self._chars: list[tuple[str, float, str]] = []
        for cls, markers in classes.items():
            for marker, weight in markers.items():
                tokens = marker.split()
                if len(marker) == 1:
                    self._chars.append((marker, weight, cls))
                elif tokens[0].endswith("*"):
                    self._prefix[tokens[0][:-1]].append((tuple(tokens[1:]), weight, cls))
                else:
                    self._exact[tokens[0]].append((tuple(tokens[1:]), weight, cls))
        self._prefix_lengths = sorted({len(p) for p in self._prefix})

    def score(self, tokens: Sequence[str], lower_text: str) -> Counter[str]:
        """Summed marker weights per class for lower-cased ``tokens`` of ``lower_text``."""
        scores: Counter[str] = Counter()
        exact, prefix, lengths = self._exact, self._prefix, self._prefix_lengths
        for i, token in enumerate(tokens):
            entries = exact.get(token, [])
            for length in lengths:
                if length > len(token):
                    break
                entries = entries + prefix.get(token[:length], [])
            for rest, weight, cls in entries:
                if not rest or _phrase_matches(rest, tokens, i + 1):
                    scores[cls] += weight
        for char, weight, cls in self._chars:
            count = lower_text.count(char)
            if count:
                scores[cls] += weight * count
        return scores


def _phrase_matches(patterns: tuple[str, ...], tokens: Sequence[str], start: int) -> bool:
    if start + len(patterns) > len(tokens):
        return False
    for pattern, token in zip(patterns, tokens[start:], strict=False):
        if pattern.endswith("*"):
            if not token.startswith(pattern[:-1]):
                return False
        elif token != pattern:
            return False
    return True


@dataclass(frozen=True)
class LanguageGroup:
    """Close languages decided between by weighted markers (see FORMAT.md)."""

    name: str
    triggers: frozenset[str]
    languages: dict[str, tuple[str, ...]]  # language -> the marker classes it sums
    min_score: float
    min_ratio: float
    markers: MarkerTable

    def scores(self, tokens: Sequence[str], lower_text: str) -> dict[str, float]:
        """Evidence per member language."""
        by_class = self.markers.score(tokens, lower_text)
        return {
            code: sum(by_class[cls] for cls in classes) for code, classes in self.languages.items()
        }


class StopwordIndex:
    """Which languages each frequent function word belongs to."""

    def __init__(self, lists: dict[str, list[str]]) -> None:
        index: dict[str, list[str]] = defaultdict(list)
        for code, stopwords in lists.items():
            for word in set(stopwords):
                index[word].append(code)
        self._index = {word: tuple(codes) for word, codes in index.items()}
        self.languages = frozenset(lists)

    def counts(self, tokens: Sequence[str]) -> Counter[str]:
        """How many of ``tokens`` are function words of each language."""
        counts: Counter[str] = Counter()
        index = self._index
        for token in tokens:
            codes = index.get(token)
            if codes:
                counts.update(codes)
        return counts


def _load_json(name: str) -> dict[str, Any]:
    with resource_path("languages", name).open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def stopwords() -> StopwordIndex:
    """The function-word index, loaded once."""
    return StopwordIndex(_load_json("stopwords.json"))


@cache
def groups() -> tuple[LanguageGroup, ...]:
    """The close-language groups, loaded once."""
    result = []
    for name, spec in _load_json("groups.json").items():
        result.append(
            LanguageGroup(
                name=name,
                triggers=frozenset(spec["triggers"]),
                languages={code: tuple(cls) for code, cls in spec["languages"].items()},
                min_score=float(spec["min_score"]),
                min_ratio=float(spec["min_ratio"]),
                markers=MarkerTable(spec["classes"]),
            )
        )
    return tuple(result)
