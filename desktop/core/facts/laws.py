"""Laws and frameworks a policy cites, under one name each (RGPD, DSGVO → GDPR)."""

from __future__ import annotations

import re
from functools import cache

from desktop.core.facts.context import SentenceIndex
from desktop.core.facts.lexicon import after_start, load, lowered, symbols, trie_regex
from desktop.core.facts.model import LawFact


def extract_laws(text: str, index: SentenceIndex) -> list[LawFact]:
    """One fact per law, at its first citation."""
    names, acronyms, lowercase = _patterns()
    low = lowered(text)
    matches = [(m.lastgroup, m) for m in acronyms.finditer(text)]
    if low is not None:
        matches += [(m.lastgroup, m) for m in lowercase.finditer(low)]
    else:  # the rare text whose lower-casing moves offsets
        caseless = re.compile(lowercase.pattern, re.IGNORECASE)
        matches += [(m.lastgroup, m) for m in caseless.finditer(text)]
    found: dict[str, LawFact] = {}
    taken: list[tuple[int, int]] = []
    for group, match in sorted(matches, key=lambda item: (item[1].start(), -item[1].end())):
        if group is None or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        taken.append(match.span())
        law = names[int(group[1:].split("_")[0])]
        sentence = index.at(match.start())
        if law not in found and sentence is not None:
            found[law] = LawFact(law, sentence, match.start(), match.end())
    return sorted(found.values(), key=lambda f: f.start)


@cache
def _patterns() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """Law names, one pattern for acronyms as written (GDPR, RGPD), one for the names in
    lower-cased text. Each is a single trie, so one pass finds every law; the empty group
    ``g<law>_<cue>`` closing a match says which law it was."""
    names: list[str] = []
    acronyms, bounded, unbounded = [], [], []
    for i, entry in enumerate(load("laws")["laws"]):
        names.append(entry["law"])
        for k, cue in enumerate(entry["cues"]):
            marker = f"(?P<g{i}_{k}>)"
            if cue.isupper() and len(cue) <= 6:
                acronyms.append((after_start(symbols(cue, False), r"[\w-]"), r"(?!\w)" + marker))
            elif ord(cue[0]) >= 0x2E80:  # CJK: no word boundaries
                unbounded.append((symbols(cue, True), marker))
            else:
                tail = r"\w*" if cue[-1].isalnum() else ""
                bounded.append((after_start(symbols(cue, True)), tail + marker))
    spelled = trie_regex(bounded + unbounded)
    return tuple(names), re.compile(trie_regex(acronyms)), re.compile(spelled)
