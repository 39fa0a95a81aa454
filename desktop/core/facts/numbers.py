"""Durations written with digits or number words, in every language with word lists.

"7 tahun", "Dva roky", "12 tháng", "dy vjet", "bốn năm", "07 – 15 ngày", "七年", "vài năm"
(several years: the number is not stated, so the value is ``None``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop.core.facts.lexicon import folded, load, symbols, trie_regex

DAYS_PER_UNIT = {"years": 365.0, "months": 30.0, "weeks": 7.0, "days": 1.0, "hours": 1 / 24}
UNITS = tuple(DAYS_PER_UNIT)
_CJK_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK_NUMBER = r"[零〇一二两兩三四五六七八九十百]+"
_RANGE = r"(?:[-–—~〜～]|to|or|and|und|et|y|en|i|dan|dhe|và|и|until|đến|tới|hoặc|až|nebo|do|bis|oder|à|ou|a|o|al|e|hingga|sampai|atau|deri në|ose|tot|of|до|или|ile|veya|至|到|或|から|에서|إلى|أو)"  # noqa: E501


@dataclass(frozen=True, slots=True)
class Duration:
    """A stated duration: ``low == high`` unless a range; both ``None`` for "several"."""

    start: int
    end: int
    low: float | None
    high: float | None
    unit: str
    text: str

    @property
    def days(self) -> float | None:
        return None if self.high is None else round(self.high * DAYS_PER_UNIT[self.unit], 3)


def to_days(value: float | None, unit: str | None) -> float | None:
    """Normalise a value to days (year = 365, month = 30, week = 7)."""
    if value is None or unit not in DAYS_PER_UNIT:
        return None
    return round(value * DAYS_PER_UNIT[unit], 3)


def number_value(token: str, language: str) -> float | None:
    """The value of a number written in digits or in words of ``language``, else ``None``."""
    token = token.strip()
    cleaned = token.replace(",", ".")
    try:
        return float(cleaned) if "." in cleaned else float(int(token))
    except ValueError:
        pass
    if re.fullmatch(_CJK_NUMBER, token):
        return _cjk_value(token)
    words = _words(language)
    key = re.sub(r"\s+", " ", token.lower())
    if key in words:
        return float(words[key])
    parts = [p for p in re.split(r"[\s\-]+", key) if p and p not in _joins(language)]
    for split in range(1, len(parts)):
        head, tail = " ".join(parts[:split]), " ".join(parts[split:])
        if head in words and tail in words:
            tens, ones = words[head], words[tail]
            if tens >= 20 and tens % 10 == 0 and 0 < ones < 10:
                return float(tens + ones)
    return None


def _cjk_value(token: str) -> float | None:
    total, current = 0, 0
    for char in token:
        if char in _CJK_DIGITS:
            current = _CJK_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    return float(total + current)


@cache
def _words(language: str) -> dict[str, int]:
    entry = load("numbers").get(language, {})
    return {k.lower(): v for k, v in entry.get("words", {}).items()}


@cache
def _joins(language: str) -> frozenset[str]:
    return frozenset(j.lower() for j in load("numbers").get(language, {}).get("join", []))


@cache
def _unit_lookup(language: str) -> tuple[dict[str, str], bool]:
    entry = load("units").get(language, {})
    lookup = {form.lower(): unit for unit in UNITS for form in entry.get(unit, [])}
    return lookup, bool(entry.get("open_end"))


@cache
def _pattern(language: str) -> re.Pattern[str]:
    entry = load("units").get(language, {})
    lookup, open_end = _unit_lookup(language)
    unit_alt = trie_regex((symbols(f, True), "" if open_end else r"(?!\w)") for f in lookup)
    words = _words(language)
    word_alt = trie_regex((symbols(w, True), r"(?!\w)") for w in words) if words else ""
    digits = r"\d+(?:[.,]\d+)?"
    number = digits + "|" + _CJK_NUMBER if language in ("ja", "zh") else digits
    if word_alt:
        joins = "|".join(map(re.escape, _joins(language)))
        joiner = rf"(?:(?:{joins})\s+)?" if joins else ""
        number = rf"{number}|(?:{word_alt})(?:[\s\-]+{joiner}(?:{word_alt}))?"
    several = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in entry.get("several", []))
    fixed = "|".join(re.escape(s) for s in entry.get("fixed", {}))
    boundary = "" if language in ("ja", "zh") else r"(?<![\w.,])"
    alternatives = [
        rf"{boundary}(?:(?P<low>{number})\s*{_RANGE}\s*)?(?P<high>{number})\s*-?\s*(?P<unit>{unit_alt})"
    ]
    if several:
        alternatives.append(rf"{boundary}(?P<several>{several})\s*(?P<sunit>{unit_alt})")
    if fixed:
        alternatives.append(rf"(?P<fixed>{fixed})")
    return re.compile("|".join(alternatives), re.IGNORECASE)


@cache
def duration_hint(language: str) -> re.Pattern[str]:
    """What every duration written the ``language`` way holds: the first word of a unit
    ("year", "tháng") or of a fixed phrase, to be searched in :func:`folded` text."""
    entry = load("units").get(language, {})
    lookup, _ = _unit_lookup(language)
    words = {folded(form.split()[0]) for form in (*lookup, *entry.get("fixed", {})) if form.split()}
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or r"(?!x)x")


def find_durations(text: str, language: str, offset: int = 0) -> list[Duration]:
    """Every duration in ``text`` written the ``language`` way; offsets shifted by ``offset``."""
    lookup, _ = _unit_lookup(language)
    fixed = load("units").get(language, {}).get("fixed", {})
    found = []
    for match in _pattern(language).finditer(text):
        if match.groupdict().get("fixed"):
            value, unit = fixed[match.group("fixed")]
            low = high = float(value)
        elif match.groupdict().get("several"):
            unit = _unit_of(match.group("sunit"), lookup)
            low = high = None
        else:
            unit = _unit_of(match.group("unit"), lookup)
            high = number_value(match.group("high"), language)
            low = number_value(match.group("low"), language) if match.group("low") else high
            if low is not None and high is not None and low > high:
                joined = number_value(f"{match.group('low')} {match.group('high')}", language)
                low = high = joined  # "twenty-four" is one number, not a range
            if high is None or low is None or _looks_like_a_date(text, match, high, unit):
                continue
        if unit is None:
            continue
        found.append(
            Duration(offset + match.start(), offset + match.end(), low, high, unit, match.group(0))
        )
    return found


def _unit_of(written: str, lookup: dict[str, str]) -> str | None:
    key = re.sub(r"\s+", " ", written.lower())
    while key and key not in lookup:
        key = key[:-1]  # an open-ended unit carried a suffix ("yıllık", "5년간")
    return lookup.get(key)


def _looks_like_a_date(text: str, match: re.Match[str], value: float, unit: str | None) -> bool:
    """ "tháng 1 năm 2020", "2023年", "1 năm 2020": calendar words, not durations."""
    if unit == "years" and value >= 1000:
        return True
    after = text[match.end() : match.end() + 6]
    before = text[max(0, match.start() - 2) : match.start()]
    return bool(re.match(r"\s*\d", after)) or before.endswith(("月", "월 ", "월"))
