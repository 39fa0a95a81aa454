"""Finding cues and duration phrases in one piece of text.

Matching is per token position: exact first tokens are a dict lookup, prefix (``stem*``)
first tokens are looked up by every stem length the lexicon uses, and the rest of a
multi-word cue is checked in place. Overlapping cues are all reported; the scorer decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.classify.lexicon import Cue, Lexicon, unit_key
from desktop.core.classify.tokens import fold, fold_with_offsets, split_tokens

# Digits, optionally a range or a decimal: "7", "07 – 15", "2.5".
_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)?$")
# A number written together with its unit in one word (Korean "5년간", "3개월", "30일").
_NUMBER_WITH_UNIT_RE = re.compile(r"^(\d+(?:[.,]\d+)?)(\D+)$")
# Chinese/Japanese numerals: 三年, 五年間, 十二个月, 两年.
_CJK_DIGITS = {
    "〇": 0,
    "零": 0,
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
_CJK_NUMERAL = "[〇零一二两兩三四五六七八九十百]+"
# Substring mode: a number (digits or CJK numerals) directly before a unit ("7年", "30 天", "三年").
_SUBSTRING_NUMBER_RE = re.compile(rf"(?:\d+|{_CJK_NUMERAL})\s*")


@dataclass(frozen=True, slots=True)
class Hit:
    """A cue found at [start, end) of the text that was searched."""

    cue: Cue
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Duration:
    """A number followed by a duration unit ("7 tahun", "two years"), with the unit's gloss."""

    start: int
    end: int
    gloss: str


@dataclass(frozen=True, slots=True)
class Tokens:
    spans: tuple[tuple[int, int], ...]
    words: tuple[str, ...]


def tokenize(text: str) -> Tokens:
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for start, end, raw in split_tokens(text):
        spans.append((start, end))
        words.append(fold(raw))
    return Tokens(tuple(spans), tuple(words))


def _token_matches(word: str, token: tuple[str, bool]) -> bool:
    text, prefix = token
    return word.startswith(text) if prefix else word == text


def _match_at(cue: Cue, words: tuple[str, ...], index: int) -> bool:
    if index + len(cue.tokens) > len(words):
        return False
    return all(
        _token_matches(words[index + offset], token) for offset, token in enumerate(cue.tokens)
    )


def find_hits(text: str, lexicon: Lexicon, tokens: Tokens | None = None) -> list[Hit]:
    """Every cue of ``lexicon`` in ``text`` (offsets relative to ``text``)."""
    if lexicon.mode == "substring":
        return _find_substring_hits(text, lexicon)
    tokens = tokens or tokenize(text)
    hits: list[Hit] = []
    words = tokens.words
    for index, word in enumerate(words):
        candidates = list(lexicon.by_first.get(word, ()))
        for length in lexicon.stem_lengths:
            if length > len(word):
                break
            candidates.extend(lexicon.by_stem.get(word[:length], ()))
        for cue in candidates:
            if _match_at(cue, words, index):
                last = index + len(cue.tokens) - 1
                hits.append(Hit(cue, tokens.spans[index][0], tokens.spans[last][1]))
    return hits


def _find_substring_hits(text: str, lexicon: Lexicon) -> list[Hit]:
    folded, origin = fold_with_offsets(text)
    hits: list[Hit] = []
    for cue in lexicon.cues:
        needle = cue.tokens[0][0]
        position = folded.find(needle)
        while position >= 0:
            end = position + len(needle)
            hits.append(Hit(cue, origin[position], origin[end - 1] + 1))
            position = folded.find(needle, position + 1)
    return hits


def find_durations(text: str, lexicon: Lexicon, tokens: Tokens | None = None) -> list[Duration]:
    """Number + unit phrases; the number may be digits or one of the lexicon's number words."""
    if lexicon.mode == "substring":
        return _find_substring_durations(text, lexicon)
    tokens = tokens or tokenize(text)
    words = tokens.words
    found: list[Duration] = []
    for index, word in enumerate(words):
        joined = _NUMBER_WITH_UNIT_RE.match(word)
        if joined:
            unit = next((u for u in lexicon.units if _one_token_unit(u, joined.group(2))), None)
            if unit is not None:
                start, end = tokens.spans[index]
                found.append(Duration(start, end, _gloss(lexicon, unit, joined.group(1))))
                continue
        if not (_NUMBER_RE.match(word) or word in lexicon.number_words):
            continue
        # The unit may follow directly or after one more number ("two (2) years",
        # "07 – 15 days") or a filler token ("7 calendar days" is not covered on purpose).
        for gap in (1, 2):
            at = index + gap
            if at >= len(words):
                break
            unit = next((u for u in lexicon.units if _match_at(u, words, at)), None)
            if unit is not None:
                end = tokens.spans[at + len(unit.tokens) - 1][1]
                found.append(Duration(tokens.spans[index][0], end, _gloss(lexicon, unit, word)))
                break
            if not (_NUMBER_RE.match(words[at]) or words[at] in lexicon.number_words):
                break
    return found


def _one_token_unit(unit: Cue, suffix: str) -> bool:
    return len(unit.tokens) == 1 and _token_matches(suffix, unit.tokens[0])


def cjk_number(text: str) -> int | None:
    """The value of a CJK numeral up to 999 (十二 → 12, 二十四 → 24, 三 → 3), else None."""
    if not text or any(c not in _CJK_DIGITS and c not in "十百" for c in text):
        return None
    total, digit = 0, None
    for char in text:
        if char in _CJK_DIGITS:
            if digit is not None:
                return None  # "一二" is not a number
            digit = _CJK_DIGITS[char]
        else:
            total += (1 if digit is None else digit) * (10 if char == "十" else 100)
            digit = None
    return total + (digit or 0)


# A calendar date written with the duration units ("2026年2月1日", "2月1日"): not a period.
_CJK_DATE_RE = re.compile(
    r"(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*年\s*\d{1,2}\s*月"
)


def _find_substring_durations(text: str, lexicon: Lexicon) -> list[Duration]:
    folded, origin = fold_with_offsets(text)
    dates = [m.span() for m in _CJK_DATE_RE.finditer(folded)]
    found: list[Duration] = []
    for number in _SUBSTRING_NUMBER_RE.finditer(folded):
        if any(start <= number.start() < end for start, end in dates):
            continue
        for unit in lexicon.units:
            needle = unit.tokens[0][0]
            if folded.startswith(needle, number.end()):
                end = number.end() + len(needle)
                start = origin[number.start()]
                found.append(
                    Duration(start, origin[end - 1] + 1, _gloss(lexicon, unit, number.group()))
                )
                break
    return found


def _gloss(lexicon: Lexicon, unit: Cue, number: str) -> str:
    """ "7 years" for "7 tahun" when the lexicon glosses its units; digits are kept."""
    gloss = lexicon.unit_glosses.get(unit_key(unit), "")
    digits = number.strip()
    value = cjk_number(digits)
    if value is not None:
        digits = str(value)
    if gloss and _NUMBER_RE.match(digits):
        return f"{digits} {gloss}"
    return gloss
