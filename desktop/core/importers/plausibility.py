"""How plausible a candidate decoding of a legacy-encoded text looks.

Detectors guess from byte statistics, which are thin on a short file: ISO-8859-2 "vaše" read
as cp1250 is "vaąe", cp1258 Vietnamese read as cp1252 is "caìc". Only the characters outside
ASCII differ between candidates, so only they are judged: control characters, capitals inside
words, symbols glued to letters, and accented letters that no single language uses together.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_VIETNAMESE = "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
# Lower-case non-ASCII letters of Latin-script languages (the letters in everyday use).
_ALPHABETS = (
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Croatian, Bosnian, Serbian (Latin), Slovene
    "ăâîșțşţ",  # Romanian
    "çë",  # Albanian
    "äöüß",  # German
    "àâæçéèêëîïôœùûüÿ",  # French
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìòù",  # Italian
    "àçèéíïòóúü",  # Catalan
    "éëïóöü",  # Dutch
    "æøåéäö",  # Danish, Norwegian, Swedish
    "áðéíóúýþæö",  # Icelandic
    "äöåšžõü",  # Finnish, Estonian
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "çğıöşü",  # Turkish
    _VIETNAMESE,
)
_VIETNAMESE_ONLY = frozenset(_VIETNAMESE) - frozenset("".join(_ALPHABETS[:-1]))
_USERS = Counter(char for alphabet in _ALPHABETS for char in set(alphabet))
_BENIGN = frozenset("\u2019\u2010\u2011\u00ad\u00b0")  # may touch or sit inside a word
# Signs prose never uses: ISO-8859-15's €, Š, š, ž read as Latin-1 or cp1252.
_NEVER_IN_PROSE = frozenset("\u00a4\u00a6\u00a8\u00b8")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_VOWELS = frozenset("aeiouyâêôăơư")


def implausibility(text: str) -> float:
    """Average oddness of the non-ASCII characters of ``text`` (0 = all look fine).

    Lower is better; the score only compares decodings of the same bytes.
    """
    bonus = _vietnamese_tone_marks(text)
    text = unicodedata.normalize("NFC", text)
    penalty = 0.0
    letters: Counter[str] = Counter()
    total = 0
    for match in _NON_ASCII.finditer(text):
        char, pos = match.group(), match.start()
        total += 1
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        category = unicodedata.category(char)
        if category[0] == "L":
            lower = char.lower()
            letters[lower if len(lower) == 1 else char] += 1
            penalty += _letter_penalty(char, before, after)
        elif category[0] == "C" or char == "\ufffd":
            penalty += 10
        elif char in _NEVER_IN_PROSE:
            penalty += 5
        elif category[0] == "M":
            # A Thai or Arabic mark on a Latin letter is a misreading; a stray accent too.
            fits = before.isalpha() and (_COMBINING.match(char) or not before.isascii())
            penalty += 0 if fits else 3
        elif char not in _BENIGN and category[0] in "SNP" and category != "Nd":
            glued = before.isalpha() + after.isalpha()
            penalty += (0, 2, 3)[glued] if category[0] != "P" else 3 * (glued == 2)
    misfit, vietnamese = _misfit_letters(letters)
    penalty += misfit - (bonus if vietnamese else 0)
    return penalty / max(1, total)


def _letter_penalty(char: str, before: str, after: str) -> float:
    penalty = 0.0
    if char.isupper() and before.isalpha() and (before.islower() or after.islower()):
        penalty += 3  # "ThÞng", "PŠrjashtimi": a capital inside a word
    if not unicodedata.name(char, "").startswith("LATIN"):
        glued = _ascii_letter(before) + _ascii_letter(after)
        return penalty + (0.2, 2, 3)[glued]  # "va塄e": another script inside a Latin word
    users = _USERS.get(char.lower(), 0)
    if users:
        penalty += 0.2 / users  # prefer "vaše" to "vaąe": the letter more languages use
    return penalty


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _vietnamese_tone_marks(text: str) -> int:
    """Tone marks that compose with the vowel before them: cp1258's way of writing Vietnamese."""
    count = 0
    for match in _COMBINING.finditer(text):
        pos = match.start()
        base = text[pos - 1] if pos else ""
        if base.lower() not in _VOWELS:
            continue
        composed = unicodedata.normalize("NFC", base + match.group())
        count += len(composed) == 1 and composed.lower() in _VIETNAMESE
    return count


def _misfit_letters(letters: Counter[str]) -> tuple[int, bool]:
    """How many accented letters fall outside the best-fitting script or alphabet, and
    whether that alphabet is Vietnamese."""
    if not letters:
        return 0, False
    by_script: Counter[str] = Counter()
    for char, count in letters.items():
        by_script[unicodedata.name(char, "UNKNOWN").split()[0]] += count
    script, in_script = by_script.most_common(1)[0]
    total = sum(letters.values())
    if script != "LATIN":
        # No alphabet table for other scripts: coherence within one script is the signal.
        return total - in_script, False
    # Vietnamese has nearly every accented vowel: let it fit only text with its own letters,
    # or it excuses any mix ("údajù").
    alphabets = _ALPHABETS if letters.keys() & _VIETNAMESE_ONLY else _ALPHABETS[:-1]
    fits = [sum(letters[c] for c in alphabet) for alphabet in alphabets]
    best = max(fits)
    return total - best, alphabets[fits.index(best)] is _VIETNAMESE
