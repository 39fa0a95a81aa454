"""Every cue of a document found in one pass, instead of one pass per sentence and cue list.

The sentences are lower-cased and joined with a separator no cue can match across
(``"\\n.\\n"``: a gap stops at a line break or a full stop, and no word of a phrase begins
with a full stop). One pattern — every phrase of every cue set in every language of the
document, as one trie — finds each position where some phrase matches; there only the cue
sets whose phrases begin with the text at hand are tried, each with its own pattern.
Replaying each set's matches left to right gives exactly what ``find_cues`` gives on the
sentence alone, offsets included, at a small part of the cost. A sentence whose
lower-casing would move offsets ("İ") is read the slow way.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from desktop.core.facts.lexicon import CueSet, cue_sets, find_cues, folded, lowered, starts
from desktop.core.facts.numbers import duration_hint

Span = tuple[int, int]
_SEPARATOR = "\n.\n"


class CueScan:
    """The cue matches of one document's sentences, found on first use, per language."""

    def __init__(self, texts: Sequence[str], languages: Iterable[str]) -> None:
        """``texts``: the sentences; ``languages``: every cue language they will be read in."""
        self._languages = tuple(dict.fromkeys(languages))
        self._scanned = frozenset(self._languages)  # others are read the slow way
        self._texts = list(texts)
        self._lows = [lowered(text) for text in self._texts]
        pieces, bases = [], []
        position = len(_SEPARATOR)
        for low in self._lows:
            bases.append(position)
            piece = low if low is not None else ""
            pieces.append(piece)
            position += len(piece) + len(_SEPARATOR)
        self._joined = _SEPARATOR + _SEPARATOR.join(pieces) + _SEPARATOR
        self._bases = bases
        self._found: dict[tuple[CueSet, int], dict[str, list[Span]]] | None = None
        self._folded: str | None = None
        self._timed: dict[str, frozenset[int]] = {}

    def may_hold_duration(self, sentence: int, language: str) -> bool:
        """False when sentence ``sentence`` cannot hold a duration written the ``language``
        way (it names no unit of time), so that only the others are read for one."""
        if self._lows[sentence] is None:
            return True
        timed = self._timed.get(language)
        if timed is None:
            if self._folded is None:
                self._folded = folded(self._joined)
            text = self._folded
            timed = self._timed[language] = frozenset(
                bisect.bisect_right(self._bases, m.start()) - 1
                for m in duration_hint(language).finditer(text)
            )
        return sentence in timed

    def find(self, sentence: int, cues: CueSet, languages: Sequence[str]) -> list[Span]:
        """The cue matches in sentence ``sentence``, as offsets into its text, in order."""
        if self._lows[sentence] is None or not self._scanned.issuperset(languages):
            found = find_cues(self._texts[sentence], cues.by_language, languages)
            return [m.span() for m in found]
        by_language = self._hits().get((cues, sentence))
        if not by_language:
            return []
        parts = [by_language[code] for code in languages if code in by_language]
        if len(parts) == 1:
            return list(parts[0])
        return sorted((span for part in parts for span in part), key=lambda s: (s[0], -s[1]))

    def has(self, sentence: int, cues: CueSet, languages: Sequence[str]) -> bool:
        """Whether sentence ``sentence`` holds any cue of ``cues``."""
        if self._lows[sentence] is None or not self._scanned.issuperset(languages):
            return bool(find_cues(self._texts[sentence], cues.by_language, languages))
        by_language = self._hits().get((cues, sentence))
        return bool(by_language) and any(code in by_language for code in languages)

    def _hits(self) -> dict[tuple[CueSet, int], dict[str, list[Span]]]:
        """``{(cue set, sentence): {language: spans}}`` for every cue in the document."""
        if self._found is None:
            self._found = self._scan()
        return self._found

    def _scan(self) -> dict[tuple[CueSet, int], dict[str, list[Span]]]:
        union, by_start = starts(cue_sets(), self._languages)
        joined = self._joined
        hits: dict[tuple[CueSet, str], list[Span]] = {}
        always = by_start.get("", ())
        for position in _positions(_compiled(union), joined):
            head = joined[position : position + 2]
            candidates = by_start.get(head, ()) + by_start.get(head[:1], ()) + always
            for cues, language in dict.fromkeys(candidates):
                match = cues.pattern(language).match(joined, position)
                if match:
                    hits.setdefault((cues, language), []).append(match.span())
        found: dict[tuple[CueSet, int], dict[str, list[Span]]] = {}
        for (cues, language), spans in hits.items():
            for sentence, local in self._replay(spans).items():
                found.setdefault((cues, sentence), {})[language] = local
        return found

    def _replay(self, spans: list[Span]) -> dict[int, list[Span]]:
        """What ``finditer`` gives: left to right, each match after the end of the last."""
        by_sentence: dict[int, list[Span]] = {}
        last_end = 0
        for start, end in spans:
            if start < last_end:
                continue
            last_end = end
            sentence = bisect.bisect_right(self._bases, start) - 1
            base = self._bases[sentence]
            by_sentence.setdefault(sentence, []).append((start - base, end - base))
        return by_sentence


@cache
def _compiled(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def _positions(pattern: re.Pattern[str], text: str) -> Iterator[int]:
    """Every position where ``pattern`` matches, overlapping matches included."""
    found = pattern.search(text)
    while found:
        yield found.start()
        found = pattern.search(text, found.start() + 1)
