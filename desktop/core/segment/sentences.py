"""Sentence boundaries inside one block of text, for every language PolicyLens opens.

A rule-based splitter rather than a statistical one: it has to be right on numbered
clauses ("1.2.1 Data …"), abbreviations in many languages ("e.g.", "dll.", "tj.", "p.sh."),
e-mail addresses, URLs and list markers, and it must return exact character offsets. The
abbreviation lists are language-independent on purpose: a policy's language may be
misdetected, and an abbreviation of one language is rarely a sentence-final word in another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from desktop.core.document import BULLETS
from desktop.core.resources import resource_path

# Sentence-final punctuation, Latin and other scripts (Devanagari danda, Urdu full stop,
# Arabic question mark, CJK full-width stops), possibly repeated ("?!", "...").
_TERMINAL = re.compile(r"[.!?…。！？।۔؟]+")
# What may follow a terminator and still belong to the sentence: closing quotes/brackets.
_CLOSERS = "\"'”’»)]}›」』】"
# Full-width terminators end a sentence with no space after them.
_NO_SPACE_NEEDED = set("。！？")
# Text that may not be cut: URLs, e-mail addresses and domain names (addresses), and dotted
# numbers. A period right after an address ends the sentence if anything does: the address
# is not an abbreviation, however short its parts ("dpo@fpt.vn.", "www.o2.cz.").
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+?(?=[.,;:!?)\]]*(?:\s|$))"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|vn|my|cz|al|eu|gov|edu|co|uk|de|info|ai|app)\b",
    re.IGNORECASE,
)
_DOTTED_NUMBER = re.compile(r"\d+(?:[.,]\d+)+")
# A block that opens with an enumerator: "1.", "1.2.1", "iv.", "a)", "(b)".
_LEADING_MARKER = re.compile(
    rf"\s*(?:[{re.escape(BULLETS)}]\s*)?"
    r"(?:\(?(?:\d+(?:\.\d+)*|[ivxlcdm]+|[IVXLCDM]+|[a-zA-Z])[.)]\s+)?"
)
_WORD_BEFORE = re.compile(r"([\w.'’-]*)$")
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.IGNORECASE)


def _word_list(name: str) -> frozenset[str]:
    """The casefolded words of a ``resources/segmentation`` list, without their final period
    ("#" starts a comment)."""
    path = resource_path("segmentation", name)
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(word.casefold().rstrip(".") for word in line.split())
    return frozenset(words)


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations after which no sentence ends."""
    return _word_list("abbreviations.txt")


@cache
def _final_abbreviations() -> frozenset[str]:
    """Dotted abbreviations that often end a sentence ("v.v.", "u.s.w."): never protected.

    Without this list the rule for dotted abbreviations ("p.sh", "e.g") would swallow the
    boundary in "tên, địa chỉ, v.v. Chúng tôi …".
    """
    return _word_list("sentence_final_abbreviations.txt")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence in ``text[start:end]``, trimmed of whitespace.

    Text without final punctuation is one sentence up to the end of the block.
    """
    end = len(text) if end is None else end
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text, start, end)]
    protected = _protected_ranges(text, start, end, addresses)
    after_address = {b for _, b in addresses}
    body_start = _LEADING_MARKER.match(text, start, end)
    marker_end = body_start.end() if body_start else start
    sentence_start = start
    depth = 0
    position = start
    for match in _TERMINAL.finditer(text, start, end):
        depth = _bracket_depth(text, position, match.start(), depth)
        position = match.start()
        if match.start() < marker_end or _inside(protected, match.start()):
            continue
        boundary = _boundary_after(text, match, end)
        if boundary is None:
            continue
        if depth > 0 and match.start() - sentence_start < 400:
            continue
        if (
            match.group() == "."
            and match.start() not in after_address
            and _is_abbreviation(text, sentence_start, match.start())
        ):
            continue
        trimmed = _trim(text, sentence_start, boundary)
        if trimmed:
            yield trimmed
        sentence_start = boundary
        depth = 0
        position = boundary
    trimmed = _trim(text, sentence_start, end)
    if trimmed:
        yield trimmed


def _boundary_after(text: str, match: re.Match[str], end: int) -> int | None:
    """Where the next sentence may start after this terminator, or None if it may not."""
    cursor = match.end()
    while cursor < end and text[cursor] in _CLOSERS:
        cursor += 1
    if cursor >= end:
        return end
    if match.group()[-1] in _NO_SPACE_NEEDED:
        return cursor
    if not text[cursor].isspace():
        return None
    following = cursor
    while following < end and text[following].isspace():
        following += 1
    if following >= end:
        return end
    nxt = text[following]
    # A lower-case continuation is never a new sentence ("29. prosince", "Inc. dhe").
    if nxt.islower():
        return None
    if nxt.isalpha() or nxt.isdigit() or nxt in "\"'“‘«(„[¿¡" + BULLETS:
        return cursor
    return None


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation, an initial or an enumerator."""
    word = _WORD_BEFORE.search(text, sentence_start, dot)
    token = word.group(1) if word else ""
    if not token:
        return False
    folded = token.casefold()
    if folded.strip(".") in _final_abbreviations():
        return False
    if folded in _abbreviations() or folded.rstrip(".") in _abbreviations():
        return True
    # Dotted abbreviations ("p.sh", "e.g", "s.r.o") and single letters ("J. Smith").
    if "." in token.strip("."):
        parts = token.strip(".").split(".")
        if all(len(part) <= 3 for part in parts):
            return True
    if len(token) == 1 and token.isalpha():
        return True
    # An enumerator standing alone after a previous sentence on the same line: "… 2. Next".
    before = text[sentence_start : dot - len(token)].strip()
    return not before and (token.isdigit() or bool(_ROMAN.match(token)))


def _protected_ranges(
    text: str, start: int, end: int, addresses: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Addresses plus the dotted numbers outside them ("10.3.2008", not the "1.2" in a URL)."""
    numbers = _DOTTED_NUMBER.finditer(text, start, end)
    return addresses + [(m.start(), m.end()) for m in numbers if not _inside(addresses, m.start())]


def _inside(ranges: list[tuple[int, int]], index: int) -> bool:
    return any(a <= index < b for a, b in ranges)


def _bracket_depth(text: str, start: int, stop: int, depth: int) -> int:
    for char in text[start:stop]:
        if char in "([{":
            depth += 1
        elif char in ")]}" and depth > 0:
            depth -= 1
    return depth


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
