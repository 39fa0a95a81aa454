"""Where data goes: countries and regions named for storage, transfer or processing.

A name counts only in a sentence about where data is stored, sent or processed (the
classifier's ``transfer`` or ``sharing`` label, or a cue such as "servers", "přenos",
"transferimi"), or in a row of a table or list that follows such a sentence — never a
company's own address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from desktop.core.document import BlockKind
from desktop.core.facts.context import SentenceView
from desktop.core.facts.lexicon import after_start, cue_set, load, symbols, trie_regex
from desktop.core.facts.model import CountryFact

_CARRY = 12  # sentences a table or list keeps the context of the sentence introducing it
CONTEXT = cue_set("countries.context", load("countries")["context"])


def extract_countries(
    views: Sequence[SentenceView], masked: Iterable[tuple[int, int]] = ()
) -> list[CountryFact]:
    """One fact per country or region, at its first mention about where data goes."""
    masked = list(masked)
    data = load("countries")
    found: dict[str, CountryFact] = {}
    last_context = -_CARRY - 1
    for position, view in enumerate(views):
        if view.kind == BlockKind.BOILERPLATE:
            continue
        if _about_location(view):
            last_context = position
        elif not (position - last_context <= _CARRY and _is_row(view)):
            continue
        for code, match in _mentions(view):
            start, end = view.start + match.start(), view.start + match.end()
            if code in found or any(s < end and start < e for s, e in masked):
                continue
            name = data["countries"][code]["name"]
            found[code] = CountryFact(code, name, view.index, start, end)
    return sorted(found.values(), key=lambda f: f.start)


def _about_location(view: SentenceView) -> bool:
    if "transfer" in view.categories:
        return True
    languages = ("*", *view.languages)
    return view.has(CONTEXT, languages) or view.heading_has(CONTEXT, languages)


def _is_row(view: SentenceView) -> bool:
    """A table row or list fragment (no closing full stop), not a prose sentence."""
    if view.kind in (BlockKind.TABLE_ROW, BlockKind.LIST_ITEM):
        return True
    return not view.text.rstrip().endswith((".", "!", "?", "。")) and len(view.text.split()) <= 40


def _mentions(view: SentenceView) -> list[tuple[str, re.Match[str]]]:
    """Country mentions, the longest first where names overlap ("Bashkimi Evropian" is the
    EU, not also Europe)."""
    patterns, heads, by_head = _patterns(view.languages)
    named: set[str] = set()  # a cheap test first: the countries whose first letters occur
    found = heads.search(view.text)
    while found:
        position = found.start()
        for size in (1, 2, 3):
            named.update(by_head.get(view.text[position : position + size], ()))
        found = heads.search(view.text, position + 1)
    candidates = [
        (code, match)
        for code, pattern in patterns.items()
        if code in named
        for match in pattern.finditer(view.text)
        if not _shouting(view.text, match)
    ]
    candidates.sort(key=lambda hit: hit[1].start() - hit[1].end())
    kept: list[tuple[str, re.Match[str]]] = []
    for code, match in candidates:
        if not any(m.start() < match.end() and match.start() < m.end() for _, m in kept):
            kept.append((code, match))
    return sorted(kept, key=lambda hit: hit[1].start())


def _shouting(text: str, match: re.Match[str]) -> bool:
    """ "CONTACT US" is not the United States: an acronym inside an all-capitals phrase."""
    if not match.group(0).isupper():
        return False
    before = text[: match.start()].split()
    return bool(before) and before[-1].isupper() and len(before[-1]) > 2 and before[-1].isalpha()


@cache
def _patterns(
    languages: tuple[str, ...],
) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """Each country's pattern; a pattern for the first three letters of every name; and the
    countries by those letters."""
    patterns = {}
    by_head: dict[str, dict[str, None]] = {}
    for code, entry in load("countries")["countries"].items():
        forms = {f for key in ("*", *languages) for f in entry.get(key, [])}
        exact = [f for f in forms if (f.isupper() and len(f) <= 6) or not f[-1].isalnum()]
        cased = [f for f in forms - set(exact) if f[0].isupper()]
        free = forms - set(exact) - set(cased)  # 中国, アメリカ, الصين: no word boundaries
        entries = [
            *((after_start(symbols(f, False), r"[\w.]"), r"(?!\w)") for f in exact),
            *((after_start(symbols(f, False)), r"\w{0,3}(?!\w)") for f in cased),
            *((symbols(f, False), "") for f in free),
        ]
        for form in forms:
            by_head.setdefault(form[:3], {})[code] = None
        patterns[code] = re.compile(trie_regex(entries))
    heads = trie_regex(([re.escape(c) for c in head], "") for head in by_head)
    return (
        patterns,
        re.compile(heads),
        {head: tuple(codes) for head, codes in by_head.items()},
    )
