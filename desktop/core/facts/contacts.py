"""Who to contact: the organisation, e-mail addresses, postal address, phone, DPO, forms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from desktop.core.facts.context import SentenceIndex, SentenceView
from desktop.core.facts.lexicon import CaselessPattern, caseless_cues, cue_set, load, trie_regex
from desktop.core.facts.model import ContactFact
from desktop.core.facts.rights import CONTEXT
from desktop.core.patterns import EMAIL, PHRASE_END

_STREET = re.compile(
    r"#?\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|"
    r"Hwy|Highway|Pkwy|Parkway|Sq|Square)\b\.?(?:[^.\n]{0,80}?\b\d{4,6}(?:\s*-\s*\d{4})?\b)?"
)
_LOCAL_PART = re.compile(r"[\w.+\-]").match  # what comes before the "@" of an EMAIL
_PHONE = re.compile(r"\+?\(?\d[\d\s().\-]{6,}\d")
FORM = cue_set("contacts.form", {"en": load("contacts")["form"]})  # every language's, as one


def extract_contacts(
    text: str, views: Sequence[SentenceView], index: SentenceIndex
) -> list[ContactFact]:
    """Contact facts in document order, each value once."""
    found: dict[tuple[str, str], ContactFact] = {}

    def add(kind: str, value: str, start: int, end: int) -> None:
        value = " ".join(value.split()).strip(" ,;:.")
        key = (kind, re.sub(r"\s*-\s*", "-", value.lower()))
        sentence = index.at(start)
        if value and sentence is not None and key not in found:
            found[key] = ContactFact(kind, value, sentence, start, end)

    organisation = _organisation(text)
    if organisation:
        add("organisation", *organisation)
    cues = load("contacts")
    for match in _labelled(tuple(cues["organisation_labels"])).finditer(text):
        add("organisation", _value(text, match), match.start("value"), match.end("value"))
    for match in _emails(text):
        add("email", match.group(0), match.start(), match.end())
    for match in _STREET.finditer(text):
        add("postal_address", match.group(0), match.start(), match.end())
    for match in _labelled(tuple(cues["address_labels"])).finditer(text):
        if "mail" in text[max(0, match.start() - 12) : match.start()].lower():
            continue  # "E-mailová adresa:" is an e-mail address, not a postal one
        value = _value(text, match)
        if "@" in value or "protected]" in value:
            continue
        add("postal_address", value, match.start("value"), match.end("value"))
    for match in _labelled(tuple(cues["phone_labels"]), loose=True).finditer(text):
        if phone := _PHONE.search(_value(text, match)):
            add(
                "phone",
                phone.group(0),
                match.start("value") + phone.start(),
                match.start("value") + phone.end(),
            )
    if dpo := caseless_cues(tuple(cues["dpo"])).search(text):
        add("dpo", text[dpo.start() : dpo.end()], dpo.start(), dpo.end())
    for view in views:
        forms = view.find(FORM, ("en",))
        if forms and view.has(CONTEXT):
            start, end = forms[0]
            words = re.split(PHRASE_END, view.text[start:])[0].split()[:6]
            add("form", " ".join(words), view.start + start, view.start + end)
            break
    return sorted(found.values(), key=lambda f: f.start)


def _emails(text: str) -> Iterator[re.Match[str]]:
    """What ``EMAIL.finditer(text)`` gives, found from each "@" rather than tried at every
    character: a match starts where the run of address characters before its "@" does."""
    last_end = 0
    at = text.find("@")
    while at != -1:
        start = at
        while start > last_end and _LOCAL_PART(text, start - 1):
            start -= 1
        match = EMAIL.match(text, start) if start < at else None
        if match:
            last_end = match.end()
            yield match
        at = text.find("@", max(at + 1, last_end))


def _value(text: str, match: re.Match[str]) -> str:
    return text[match.start("value") : match.end("value")]


def postal_spans(contacts: Sequence[ContactFact], text: str) -> list[tuple[int, int]]:
    """Every place a postal address of the policy appears (countries there are addresses)."""
    spans = []
    for fact in contacts:
        if fact.kind == "postal_address":
            spans.extend(
                m.span() for m in re.finditer(re.escape(text[fact.start : fact.end]), text)
            )
    return spans


def _organisation(text: str) -> tuple[str, int, int] | None:
    """The organisation named most often with a company form ("Aclaro Inc.", "CÔNG TY …")."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for match in _company().finditer(text):
        name = " ".join(match.group(0).split()).rstrip(",")
        counts[name] += 1
        first.setdefault(name, match.span())
    if not counts:
        return None
    best = max(counts, key=lambda n: (counts[n], -first[n][0]))
    return best, *first[best]


@cache
def _company() -> re.Pattern[str]:
    cues = load("contacts")
    suffixes = "|".join(
        re.escape(s) for s in sorted(cues["organisation_suffixes"], key=len, reverse=True)
    )
    prefixes = "|".join(
        re.escape(p) for p in sorted(cues["organisation_prefixes"], key=len, reverse=True)
    )
    word = r"[A-Z0-9][\w&'’\-]*"
    first = r"[A-Z0-9](?<![\w.][A-Z0-9])[\w&'’\-]*"  # the test after the letter: see after_start
    return re.compile(
        rf"{first}(?:\s+{word}){{0,3}},?\s+(?:{suffixes})(?![\w])"
        rf"|(?:{prefixes})\s+[^\n,.;:()]{{2,60}}"
    )


@cache
def _labelled(labels: tuple[str, ...], loose: bool = False) -> CaselessPattern:
    """A label ("Address:", "Trụ sở chính:") and the rest of its line; case-insensitive.
    Read the value from the original text by its offsets."""
    gap = r"(?!\w)[^\n\d+]{0,12}" if loose else r"\s*"

    def build(to_symbols: Callable[[str], list[str]]) -> str:
        alternation = trie_regex((_word_start(to_symbols(label)), "") for label in labels)
        return rf"(?:{alternation}){gap}(?P<value>[^\n]{{3,120}}?)(?=\n|$|\.\s|;)"

    return CaselessPattern(build)


def _word_start(pieces: list[str]) -> list[str]:
    """Labels start at a word start even when they begin with a sign ("(주)")."""
    if "(?<!" in pieces[0]:
        return pieces
    return [r"(?<!\w)" + pieces[0], *pieces[1:]]
