"""Text preparation for language decisions: noise removal, sampling, words and scripts.

Everything here is deterministic and cheap; detection quality depends on feeding the
detectors words of the language, not URLs, numbers or product names.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from desktop.core.document import BULLETS
from desktop.core.patterns import EMAIL

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,6}\b")
_HANDLE = re.compile(r"@\w+")
_NUMBER = re.compile(r"\d[\d.,:/%-]*")
_NON_LETTER = re.compile(r"[\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_OPENERS = frozenset('.!?:;"“”«»„(\n' + BULLETS)

# Scripts by 16-code-point block: every range below starts and ends on a block boundary.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0000, 0x02AF, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x137F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x3040, 0x30FF, "Kana"),
    (0x3130, 0x318F, "Hangul"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
)


def _block_table() -> list[str | None]:
    table: list[str | None] = [None] * (0x10000 >> 4)
    for start, end, script in _SCRIPT_RANGES:
        for block in range(start >> 4, (end >> 4) + 1):
            table[block] = script
    return table


_BLOCK_SCRIPT = _block_table()


def strip_noise(text: str) -> str:
    """``text`` without URLs, e-mail addresses, domains, handles and numbers."""
    for pattern in (_URL, EMAIL, _DOMAIN, _HANDLE, _NUMBER):
        text = pattern.sub(" ", text)
    return text


def strip_names(text: str) -> str:
    """Drop words that look like names: capitalised mid-sentence, CamelCase or ALL CAPS.

    Product and company names ("Google Analytics") say nothing about a paragraph's language;
    a capitalised word right after a sentence break is kept because it is usually ordinary.
    """
    kept: list[str] = []
    previous_end = 0
    last_char = ""  # the last non-space character before the current word
    for match in _WORD.finditer(text):
        gap = text[previous_end : match.start()].rstrip()
        if gap:
            last_char = gap[-1]
        word = match.group()
        previous_end = match.end()
        opens_sentence = not last_char or last_char in _SENTENCE_OPENERS
        last_char = word[-1]
        camel_case = any(c.isupper() for c in word[1:]) and not word.isupper()
        if (word[0].isupper() and not opens_sentence) or camel_case:
            continue
        if len(word) > 1 and word.isupper():
            continue
        kept.append(word)
    return " ".join(kept)


def sample_text(text: str, budget: int, windows: int = 8) -> str:
    """At most ``budget`` characters taken from ``windows`` evenly spaced parts of ``text``.

    A policy often opens with navigation and ends with legal boilerplate in another
    language; sampling across the whole text keeps both from deciding alone, and bounds cost.
    """
    if len(text) <= budget:
        return text
    width = budget // windows
    step = (len(text) - width) / (windows - 1)
    parts = []
    for i in range(windows):
        start = int(i * step)
        end = start + width
        # Move the cut points to whitespace so no window starts or ends mid-word.
        space = text.find(" ", start, start + 40)
        start = space + 1 if space >= 0 else start
        space = text.rfind(" ", end - 40, end)
        end = space if space > start else end
        parts.append(text[start:end])
    return "\n".join(parts)


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` contains."""
    counts: Counter[str] = Counter()
    table = _BLOCK_SCRIPT
    # Counting characters first keeps the per-character work in C.
    for ch, n in Counter(_NON_LETTER.sub("", text)).items():
        code = ord(ch)
        counts[(table[code >> 4] or "Other") if code < 0x10000 else "Other"] += n
    return counts


class TextEvidence:
    """One text's features, each computed once on first use."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.lower)

    @cached_property
    def scripts(self) -> Counter[str]:
        return script_counts(self.text)

    @property
    def letters(self) -> int:
        return sum(self.scripts.values())

    def dominant_script(self) -> str | None:
        """The script most letters are written in, None for a text without letters."""
        common = self.scripts.most_common(1)
        return common[0][0] if common else None

    def char_count(self, chars: str) -> int:
        """Occurrences of any of ``chars`` (lower-case letters) in the text."""
        lower = self.lower
        return sum(lower.count(ch) for ch in chars)
