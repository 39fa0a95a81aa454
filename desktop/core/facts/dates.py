"""Effective and last-updated dates, in each language's way of writing a date.

"Cập nhật lần cuối: ngày 1 tháng 1 năm 2020", "Čas aktualizace: 29. prosince 2023",
"hyri në fuqi që nga 8 prilli 2024", "Last updated: March 3, 2024", "2024年3月3日".
A numeric date whose day and month could be swapped (03/04/2024 in English) is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.facts.context import SentenceIndex
from desktop.core.facts.lexicon import caseless_cues, folded_text, load, symbols, trie_regex
from desktop.core.facts.model import DateFact

_WINDOW = 80  # characters after a cue in which its date must start
_VIETNAMESE = r"(?:ngày\s+(?P<d>\d{1,2})\s+)?tháng\s+(?P<mo>\d{1,2}),?\s+năm\s+(?P<y>\d{4})"
_NEEDS = {_VIETNAMESE: "tháng"}  # a word some patterns cannot match without


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    date: str  # YYYY-MM-DD or YYYY-MM


def find_dates(text: str, languages: Sequence[str]) -> list[FoundDate]:
    """Every calendar date written in ``text``, in order, without overlaps."""
    found: list[FoundDate] = []
    low = folded_text(text)
    for pattern, reader in _readers(tuple(languages)):
        needs = _NEEDS.get(pattern.pattern)
        if needs and low is not None and needs not in low:
            continue  # a cheap test first: the pattern cannot match without this word
        for match in pattern.finditer(text):
            date = reader(match, languages)
            if date and not any(f.start < match.end() and match.start() < f.end for f in found):
                found.append(FoundDate(match.start(), match.end(), date))
    return sorted(found, key=lambda f: f.start)


def extract_dates(
    text: str, languages: Sequence[str], index: SentenceIndex, dates: Sequence[FoundDate]
) -> list[DateFact]:
    """Dates introduced by an "updated" or "effective" cue, one fact per kind and date."""
    cues = load("dates")
    found: dict[tuple[str, str], DateFact] = {}
    for kind in ("updated", "effective"):
        for cue in caseless_cues(tuple(cues[kind])).finditer(text):
            following = [d for d in dates if cue.end() <= d.start <= cue.end() + _WINDOW]
            if not following or "\n\n" in text[cue.end() : following[0].start]:
                continue
            date = following[0]
            sentence = index.at(cue.start())
            if sentence is not None and (kind, date.date) not in found:
                found[(kind, date.date)] = DateFact(
                    kind, date.date, sentence, cue.start(), date.end
                )
    return sorted(found.values(), key=lambda f: (f.start, f.kind))


def _iso(year: int, month: int, day: int | None) -> str | None:
    if not (1900 <= year <= 2100 and 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _month_number(word: str, languages: Sequence[str]) -> int | None:
    word = word.lower().rstrip(".")
    for language in languages:
        for number, forms in enumerate(load("dates")["months"].get(language, []), start=1):
            if any(word.startswith(f) for f in forms):
                return number
    return None


def _numeric(match: re.Match[str], languages: Sequence[str]) -> str | None:
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if first > 12:
        return _iso(year, second, first)
    if second > 12:
        return _iso(year, first, second)
    if languages and languages[0] == "en":
        return None  # 03/04/2024: April 3rd or March 4th — not guessed
    return _iso(year, second, first)


@cache
def _readers(languages: tuple[str, ...]) -> tuple:
    forms = [
        f for lang in languages for month in load("dates")["months"].get(lang, []) for f in month
    ]
    month = "(?P<m>" + trie_regex((symbols(f, True), "") for f in forms) + r")[^\W\d]*\.?"
    flags = re.IGNORECASE

    def ymd(m: re.Match[str], _: Sequence[str]) -> str | None:
        return _iso(int(m["y"]), int(m["mo"]), int(m["d"]) if m["d"] else None)

    def named(m: re.Match[str], langs: Sequence[str]) -> str | None:
        number = _month_number(m["m"], langs)
        day = m.groupdict().get("d")
        return _iso(int(m["y"]), number, int(day) if day else None) if number else None

    return (
        (re.compile(r"(?P<y>\d(?<!\d\d)\d{3})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?!\d)"), ymd),
        (
            re.compile(
                r"(?P<y>\d{4})\s*[年년]\s*(?P<mo>\d{1,2})\s*[月월](?:\s*(?P<d>\d{1,2})\s*[日일])?"
            ),
            ymd,
        ),
        (
            re.compile(_VIETNAMESE, flags),
            ymd,
        ),
        (re.compile(r"(?P<a>\d(?<![\d.]\d)\d?)[./](?P<b>\d{1,2})[./](?P<y>\d{4})(?!\d)"), _numeric),
        (
            re.compile(
                rf"(?P<d>\d(?<!\d\d)\d?)(?:er|st|nd|rd|th)?\.?\s*(?:de\s+)?{month},?\s*(?:de\s+)?(?P<y>\d{{4}})",
                flags,
            ),
            named,
        ),
        (
            re.compile(
                rf"(?<!\w){month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", flags
            ),
            named,
        ),
        (re.compile(rf"(?<!\w){month}\s+(?:de\s+)?(?P<y>\d{{4}})(?!\d)", flags), named),
    )
