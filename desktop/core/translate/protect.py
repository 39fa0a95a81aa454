"""Keeping clause numbers, list markers, e-mail addresses and URLs out of the model's hands.

A leading marker ("1.2.1", "IV.", "a)", "(ii)", "•") is split off and put back in front of the
translation, so headings keep their numbering. E-mail addresses and URLs inside a sentence
become private-use characters: SentencePiece maps them to ``<unk>``, which CTranslate2's
``replace_unknowns`` copies from the source, so they usually come back where they belong;
any the model drops are appended, so they always survive. A sentence made only of such
things is never sent to the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.document import BULLETS
from desktop.core.patterns import EMAIL

PLACEHOLDER_BASE = 0xE000  # Unicode private use area: never in a real policy or a vocabulary
_MAX_ITEMS = 0x1000

_MARKER = re.compile(
    r"""^\s*(?:
        ["""
    + re.escape(BULLETS)
    + r"""]                                 # list bullets
      | \(?\d{1,3}(?:\.\d{1,3})+\.?\)?      # 1.2 / 1.2.1 / 1.2.1.
      | \(?\d{1,3}[.)]                      # 1. / 1) / (1)
      | \(\d{1,3}\)
      | [IVXLCDM]{1,7}[.)]                  # IV. / IV)
      | \(?[ivxlcdm]{1,7}[.)]               # iv. / iv) / (iv)
      | \([IVXLCDMivxlcdm]{1,7}\)
      | \(?[A-Za-z][.)]                     # a. / a) / (a)
      | \([A-Za-z]\)
    )(?:\s+|$)""",
    re.VERBOSE,
)
_URL = r"(?:https?://|www\.)[^\s<>\"'()\[\]]+"
_DOMAIN = (
    r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
    r"(?:com|org|net|io|gov|edu|info|eu|co|uk|de|fr|my|vn|cz|al|id|sg|au|in)\b(?:/[^\s<>\"']*)?"
)
_PROTECTED = re.compile(f"{EMAIL.pattern}|{_URL}|{_DOMAIN}", re.IGNORECASE)
_TRAILING = ".,;:!?'\"»)]}"
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Protected:
    """A sentence split into what the model sees (``core``) and what it must not touch."""

    prefix: str
    core: str
    items: tuple[str, ...]

    @property
    def needs_model(self) -> bool:
        """False when nothing translatable is left (only numbers, URLs, e-mails, symbols)."""
        return bool(_LETTER.search(_strip_placeholders(self.core)))


def placeholder(index: int) -> str:
    return chr(PLACEHOLDER_BASE + index)


def _strip_placeholders(text: str) -> str:
    return re.sub(f"[{placeholder(0)}-{placeholder(_MAX_ITEMS - 1)}]", "", text)


def protect(sentence: str) -> Protected:
    """Split off the leading marker and replace e-mails and URLs with placeholders."""
    marker = _MARKER.match(sentence)
    prefix = marker.group(0) if marker else ""
    rest = sentence[len(prefix) :]
    items: list[str] = []

    def swap(match: re.Match[str]) -> str:
        text = match.group(0)
        kept = text.rstrip(_TRAILING)
        if len(items) >= _MAX_ITEMS or not kept:
            return text
        items.append(kept)
        return placeholder(len(items) - 1) + text[len(kept) :]

    core = _PROTECTED.sub(swap, rest)
    return Protected(prefix=prefix, core=core, items=tuple(items))


def restore(protected: Protected, translated_core: str | None = None) -> str:
    """Put the prefix and protected items back into a translation of ``core``.

    Without a translation (nothing to translate) the original core is restored as is.
    """
    text = protected.core if translated_core is None else translated_core.replace("⁇", "")
    missing = []
    for index, item in enumerate(protected.items):
        mark = placeholder(index)
        if mark in text:
            text = text.replace(mark, item)
        else:
            missing.append(item)
    text = " ".join(_strip_placeholders(text).split()) if translated_core is not None else text
    if missing:
        text = f"{text} {' '.join(missing)}".strip()
    return protected.prefix + text
