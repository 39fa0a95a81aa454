"""Word tokens with their offsets in the original text, for every script.

Python's ``\\w`` does not cover combining marks, so Devanagari vowel signs, decomposed
Vietnamese tones and Hebrew points would split words; the token class adds all marks and the
zero-width joiners that Persian and Indic scripts use inside words. Offsets always refer to the
text as given; only the token strings are normalised (NFC + casefold) for comparison.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=1)
def _token_re() -> re.Pattern[str]:
    ranges: list[tuple[int, int]] = []
    for code in range(0x0300, 0x20000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    marks = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(rf"[\w{marks}\u200c\u200d]+")


def split_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, raw token) for every word in ``text``."""
    for match in _token_re().finditer(text):
        yield match.start(), match.end(), match.group()


# Arabic-script letters written in more than one way across Arabic, Persian and Urdu text (and
# keyboards): Arabic and Farsi yeh and kaf, alef with hamza or madda, teh marbuta, heh goal.
# Both cues and text are folded with the same table, so a cue written either way matches.
# Tatweel (a stretching stroke) and the short-vowel marks are dropped.
_ARABIC_FOLD = str.maketrans(
    {
        "\u06cc": "\u064a",  # ی Farsi yeh → ي
        "\u0649": "\u064a",  # ى alef maksura → ي
        "\u06a9": "\u0643",  # ک keheh → ك
        "\u0623": "\u0627",  # أ → ا
        "\u0625": "\u0627",  # إ → ا
        "\u0622": "\u0627",  # آ → ا
        "\u0671": "\u0627",  # ٱ → ا
        "\u0629": "\u0647",  # ة teh marbuta → ه
        "\u06c1": "\u0647",  # ہ heh goal (Urdu) → ه
        "\u06c0": "\u0647",  # ۀ → ه
        "\u0640": None,  # tatweel
        **{chr(code): None for code in range(0x064B, 0x0653)},  # harakat
    }
)


def fold(text: str) -> str:
    """The comparable form of a word or phrase.

    NFC, casefolded, NFC again; then Turkish/Azerbaijani dotted and dotless i are made one
    letter: casefolding turns capital I into "i" (not "ı") and capital İ into "i̇", so in
    all-caps text ("AYDINLATMA", "İŞLENMESİ") a cue spelt "aydınlat*" or "işlen*" would never
    match otherwise. Arabic-script letter variants are unified (``_ARABIC_FOLD``).
    """
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())
    return folded.replace("i\u0307", "i").replace("ı", "i").translate(_ARABIC_FOLD)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` character by character, and the original offset of each folded char.

    Used for substring-mode languages, where a cue is found anywhere in the text.
    """
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        chars.append(folded)
        origin.extend([index] * len(folded))
    return "".join(chars), origin
