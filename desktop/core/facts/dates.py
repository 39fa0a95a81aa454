"""Effective and last-updated dates, in each language's way of writing a date.

"Cập nhật lần cuối: ngày 1 tháng 1 năm 2020", "Čas aktualizace: 29. prosince 2023",
"hyri në fuqi që nga 8 prilli 2024", "Last updated: March 3, 2024", "2024年3月3日".
A numeric date whose day and month could be swapped (03/04/2024 in English) is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.facts.context import SentenceIndex
from desktop.core.facts.lexicon import (
    after_start,
    caseless_cues,
    folded,
    folded_text,
    load,
    symbols,
    trie_regex,
)
from desktop.core.facts.model import DateFact

_WINDOW = 80  # characters after a cue in which its date must start
_VIETNAMESE = r"(?:ngày\s+(?P<d>\d{1,2})\s+)?tháng\s+(?P<mo>\d{1,2}),?\s+năm\s+(?P<y>\d{4})"
_CJK = r"(?P<y>\d{4})\s*[年년]\s*(?P<mo>\d{1,2})\s*[月월](?:\s*(?P<d>\d{1,2})\s*[日일])?"
# words some patterns cannot match without (one of them, in the folded text)
_NEEDS = {_VIETNAMESE: ("tháng",), _CJK: ("年", "년")}


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    date: str  # YYYY-MM-DD or YYYY-MM


def find_dates(text: str, languages: Sequence[str]) -> list[FoundDate]:
    """Every calendar date written in ``text``, in order, without overlaps."""
    found: list[FoundDate] = []
    low = folded_text(text)
    target = text if low is None else low
    for fast, plain, reader in _readers(tuple(languages)):
        needs = _NEEDS.get(plain.pattern)
        if needs and low is not None and not any(word in low for word in needs):
            continue  # a cheap test first: the pattern cannot match without this word
        matches = plain.finditer(text) if low is None or fast is plain else fast.finditer(target)
        for match in matches:
            date = reader(match, text, languages)
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


def _numeric(match: re.Match[str], _: str, languages: Sequence[str]) -> str | None:
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if first > 12:
        return _iso(year, second, first)
    if second > 12:
        return _iso(year, first, second)
    if languages and languages[0] == "en":
        return None  # 03/04/2024: April 3rd or March 4th — not guessed
    return _iso(year, second, first)


Reader = Callable[[re.Match[str], str, Sequence[str]], str | None]


@cache
def _readers(
    languages: tuple[str, ...],
) -> tuple[tuple[re.Pattern[str], re.Pattern[str], Reader], ...]:
    """(pattern for :func:`folded_text`, pattern for the text as written, reader) per way of
    writing a date. The first is case-sensitive, which is much faster than re.IGNORECASE, and
    is the second itself where case does not matter. Readers take the original text, since a
    match may be against the folded one."""
    forms = [
        f for lang in languages for month in load("dates")["months"].get(lang, []) for f in month
    ]

    def month(to_symbols: Callable[[str], list[str]], word_start: bool) -> str:
        pieces = (to_symbols(f) for f in forms)
        alternation = trie_regex((after_start(p) if word_start else p, "") for p in pieces)
        return f"(?P<m>{alternation})" + r"[^\W\d]*\.?"

    def fold(form: str) -> list[str]:
        return symbols("".join(folded(c) for c in form), True)

    def plain(form: str) -> list[str]:
        return symbols(form, True)

    def ymd(m: re.Match[str], _: str, __: Sequence[str]) -> str | None:
        return _iso(int(m["y"]), int(m["mo"]), int(m["d"]) if m["d"] else None)

    def named(m: re.Match[str], text: str, langs: Sequence[str]) -> str | None:
        number = _month_number(text[m.start("m") : m.end("m")], langs)
        day = m.groupdict().get("d")
        return _iso(int(m["y"]), number, int(day) if day else None) if number else None

    def caseless(
        build: Callable[[Callable[[str], list[str]]], str],
    ) -> tuple[re.Pattern[str], re.Pattern[str]]:
        return re.compile(build(fold)), re.compile(build(plain), re.IGNORECASE)

    def case_free(regex: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
        pattern = re.compile(regex)
        return pattern, pattern

    return (
        (*case_free(r"(?P<y>\d(?<!\d\d)\d{3})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?!\d)"), ymd),
        (*case_free(_CJK), ymd),
        (*caseless(lambda _: _VIETNAMESE), ymd),
        (
            *case_free(r"(?P<a>\d(?<![\d.]\d)\d?)[./](?P<b>\d{1,2})[./](?P<y>\d{4})(?!\d)"),
            _numeric,
        ),
        (
            *caseless(
                lambda s: (
                    rf"(?P<d>\d(?<!\d\d)\d?)(?:er|st|nd|rd|th)?\.?\s*(?:de\s+)?"
                    rf"{month(s, False)},?\s*(?:de\s+)?(?P<y>\d{{4}})"
                )
            ),
            named,
        ),
        (
            *caseless(
                lambda s: rf"{month(s, True)}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
            ),
            named,
        ),
        (*caseless(lambda s: rf"{month(s, True)}\s+(?:de\s+)?(?P<y>\d{{4}})(?!\d)"), named),
    )
