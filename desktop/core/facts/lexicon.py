"""The hand-written word lists under ``resources/facts`` and the one way they are matched.

Cue phrases are plain text so that a linguist can edit them: a phrase matches at a word start
and by prefix (``uchov`` covers ``uchováváme``, which is how inflected languages stay short),
``*`` stands for a few words, and spaces match any run of whitespace. Scripts written without
spaces (Chinese, Japanese) and Arabic (which glues particles to the front of words) match
anywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from desktop.core.resources import resource_path

SUPPORTED = (
    "en",
    "ms",
    "id",
    "vi",
    "cs",
    "sk",
    "sq",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "ru",
    "tr",
    "ja",
    "zh",
    "ko",
    "ar",
)
NO_WORD_START = frozenset({"ja", "zh", "ar"})
# Languages close enough that one's cues help with the other.
_FAMILIES = {"ms": ("id",), "id": ("ms",), "cs": ("sk",), "sk": ("cs",)}
_GAP = r"[^.;:!?。！？\n]{0,60}?"


@cache
def load(name: str) -> dict[str, Any]:
    """One JSON file of ``resources/facts``, parsed once per process."""
    with resource_path("facts", f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def base_code(code: str | None) -> str:
    """``zh-cn`` → ``zh``; unknown or empty codes become ``""``."""
    return (code or "").split("-")[0].split("_")[0].lower()


def languages_for(code: str | None) -> tuple[str, ...]:
    """The cue languages to try for text in ``code``: itself, its close kin and English.

    A language without word lists of its own gets all of them: better a cue from a
    neighbour than silence.
    """
    code = base_code(code)
    if code not in SUPPORTED:
        return SUPPORTED
    return tuple(dict.fromkeys((code, *_FAMILIES.get(code, ()), "en")))


def symbols(phrase: str, fold: bool) -> list[str]:
    """The regex pieces of a phrase, one per character, space run or ``*``."""
    symbols: list[str] = []
    for piece in re.split(r"(\*|\s+)", phrase.strip()):
        if piece == "*":
            symbols.append(_GAP)
        elif piece.isspace():
            symbols.append(r"\s+")
        else:
            symbols.extend(
                "['’]" if c in "'’" else re.escape(c.lower() if fold else c) for c in piece
            )
    return symbols


def _tail(phrase: str, language: str, whole_word: bool) -> str:
    if whole_word:
        return r"(?!\w)"
    if phrase[-1:].isalnum() and language not in NO_WORD_START:
        return r"\w*"  # a prefix cue takes the rest of its word
    return ""


def _needs_word_start(phrase: str, language: str) -> bool:
    return (phrase[:1].isalnum() or phrase[:1] == "_") and language not in NO_WORD_START


def trie_regex(entries: Iterable[tuple[Sequence[str], str]]) -> str:
    """One alternation for many phrases, shared prefixes factored out so that matching costs
    little more than for one phrase. ``entries`` are (symbols, tail) pairs."""
    root: dict[str, Any] = {}
    for symbols, tail in entries:
        node = root
        for symbol in symbols:
            node = node.setdefault(symbol, {})
        node.setdefault("", set()).add(tail)

    def build(node: dict[str, Any]) -> str:
        parts = [symbol + build(child) for symbol, child in node.items() if symbol]
        parts += sorted(node.get("", ()), key=len, reverse=True)
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return build(root) if root else r"(?!x)x"


def phrase_regex(phrase: str, language: str = "en", *, whole_word: bool = False) -> str:
    """The regular expression for one cue phrase (see the module docstring)."""
    return cues_regex([phrase], language, whole_word=whole_word)


def after_start(symbols: Sequence[str], behind: str = r"\w") -> list[str]:
    r"""``symbols`` that match only where no ``behind`` character comes before them.

    The test follows the first character (``a(?<!\wa)`` rather than ``(?<!\w)a``) so that a
    pattern still begins with plain characters, which lets the regular expression engine skip
    ahead to them instead of trying every position.
    """
    first, *rest = symbols
    return [f"{first}(?<!{behind}{first})", *rest]


def cues_regex(
    phrases: Iterable[str],
    language: str = "en",
    *,
    whole_word: bool = False,
    fold: bool = True,
    caseless: bool = False,
) -> str:
    """One regular expression matching any of ``phrases`` (see the module docstring);
    ``caseless`` when it will be compiled with re.IGNORECASE."""
    bounded, free = [], []
    for phrase in set(phrases):
        if phrase.strip():
            pieces = symbols(phrase, fold)
            tail = _tail(phrase, language, whole_word)
            if _needs_word_start(phrase, language):
                bounded.append((pieces if caseless else after_start(pieces), tail))
            else:
                free.append((pieces, tail))
    if caseless:  # no skipping ahead without case: one test of the word start is cheaper
        parts = [r"(?<!\w)" + trie_regex(bounded)] if bounded else []
        return "|".join([*parts, trie_regex(free)] if free else parts) or r"(?!x)x"
    return trie_regex(bounded + free)


@cache
def _compiled(
    phrases: tuple[str, ...], language: str, case: bool, whole: bool, lowered: bool = False
) -> re.Pattern[str]:
    """``lowered``: lower-cased phrases, matched case-sensitively against lower-cased text."""
    caseless = not (case or lowered)
    regex = cues_regex(phrases, language, whole_word=whole, fold=not case, caseless=caseless)
    return re.compile(regex, re.IGNORECASE if caseless else 0)


def cue_pattern(
    phrases: Iterable[str], language: str = "en", *, case: bool = False, whole_word: bool = False
) -> re.Pattern[str]:
    """A compiled, cached pattern matching any of ``phrases``."""
    return _compiled(tuple(phrases), language, case, whole_word)


# Letters that re.IGNORECASE holds equal although their lower cases differ (CPython's
# re/_casefix.py): "I" matches "ı", "S" matches "ſ", "σ" matches "ς"…
_SAME_LETTERS = (
    "iı", "sſ", "µμ", "\u0345ι\u1fbe", "ΐ\u1fd3", "ΰ\u1fe3", "βϐ", "εϵ", "θϑ", "κϰ", "πϖ", "ρϱ",
    "σς", "φϕ", "вᲀ", "дᲁ", "оᲂ", "сᲃ", "тᲄᲅ", "ъᲆ", "ѣᲇ", "ꙋᲈ", "ṡẛ", "ﬅﬆ",
)  # fmt: skip
_CANONICAL = str.maketrans({c: group[0] for group in _SAME_LETTERS for c in group[1:]})
_UNCANONICAL = re.compile("[" + "".join(c for group in _SAME_LETTERS for c in group[1:]) + "]")


def folded(text: str) -> str:
    """``text`` lower-cased so that two strings equal under re.IGNORECASE become equal
    (offsets kept: only for text whose :func:`lowered` form is not ``None``)."""
    low = text.lower()
    return low.translate(_CANONICAL) if _UNCANONICAL.search(low) else low


@lru_cache(maxsize=8192)
def lowered(text: str) -> str | None:
    """``text`` lower-cased, or ``None`` when lower-casing would move offsets ("İ")."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _folded(phrases: Sequence[str], language: str, text: str) -> tuple[re.Pattern[str], str]:
    """A pattern and the text to run it on: lower-cased text with a case-sensitive pattern
    (much faster than IGNORECASE), unless lower-casing would move offsets."""
    low = lowered(text)
    if low is not None:
        return _compiled(tuple(phrases), language, False, False, lowered=True), low
    return cue_pattern(phrases, language), text


def find_cues(
    text: str, phrases_by_language: dict[str, Sequence[str]], languages: Iterable[str]
) -> list[re.Match[str]]:
    """Every cue match in ``text`` for the given languages, ordered by position.

    Matches may be against the lower-cased text: use their offsets, not their groups.
    """
    found: list[re.Match[str]] = []
    for language in languages:
        phrases = phrases_by_language.get(language)
        if phrases:
            pattern, target = _folded(phrases, language, text)
            found.extend(pattern.finditer(target))
    return sorted(found, key=lambda m: (m.start(), -m.end()))


def has_cue(
    text: str, phrases_by_language: dict[str, Sequence[str]], languages: Iterable[str]
) -> bool:
    """Whether any cue of the given languages occurs in ``text``."""
    for language in languages:
        phrases = phrases_by_language.get(language)
        if phrases:
            pattern, target = _folded(phrases, language, text)
            if pattern.search(target):
                return True
    return False


def per_language(resource: str, key: str) -> dict[str, list[str]]:
    """``{language: phrases}`` for a per-language key of a resource (``retention``/``verbs``)."""
    data = load(resource)
    return {
        lang: entry[key] for lang, entry in data.items() if isinstance(entry, dict) and key in entry
    }


class CueSet:
    """One named list of cue phrases per language ("retention verbs", "the right of access").

    Made once per name by :func:`cue_set`, so it compares and hashes by identity; every cue
    set made is also scanned for by :class:`desktop.core.facts.scan.CueScan`.
    """

    __slots__ = ("by_language", "name")

    def __init__(self, name: str, by_language: Mapping[str, Sequence[str]]) -> None:
        self.name = name
        self.by_language = {lang: tuple(p) for lang, p in by_language.items() if p}
        for phrases in self.by_language.values():
            for phrase in phrases:
                if re.search(r"(?:^|\s)\.", phrase):  # see desktop.core.facts.scan
                    raise ValueError(f"{name}: a word of {phrase!r} begins with a full stop")

    def __repr__(self) -> str:
        return f"CueSet({self.name!r})"

    def pattern(self, language: str) -> re.Pattern[str]:
        """The set's pattern for lower-cased text (see :func:`find_cues`)."""
        return _compiled(self.by_language[language], language, False, False, lowered=True)


_CUE_SETS: dict[str, CueSet] = {}


def cue_set(name: str, by_language: Mapping[str, Sequence[str]] | None = None) -> CueSet:
    """The cue set called ``name``, made from ``by_language`` the first time it is asked for."""
    if name not in _CUE_SETS:
        if by_language is None:
            raise KeyError(name)
        _CUE_SETS[name] = CueSet(name, by_language)
    return _CUE_SETS[name]


def cue_sets() -> tuple[CueSet, ...]:
    """Every cue set made so far."""
    return tuple(_CUE_SETS.values())


def _literal_start(phrase: str) -> str:
    """The lower-cased characters every match of ``phrase`` starts with, up to its first
    space, gap or apostrophe (which match more than one character)."""
    stripped = phrase.strip()
    end = next((i for i, c in enumerate(stripped) if c.isspace() or c in "*'’"), len(stripped))
    return "".join(c.lower() for c in stripped[:end])


@cache
def starts(
    sets: tuple[CueSet, ...], languages: tuple[str, ...]
) -> tuple[str, dict[str, tuple[tuple[CueSet, str], ...]]]:
    """For the cue sets in ``languages``: one regular expression that matches (lower-cased
    text) wherever any of their phrases does, and the (set, language) pairs that can match
    where a text begins with given one or two characters ("" for those that can start with
    any)."""
    bounded, free = [], []
    by_start: dict[str, dict[tuple[CueSet, str], None]] = {}
    for language in languages:
        for cues in sets:
            for phrase in set(cues.by_language.get(language, ())):
                if phrase.strip():
                    pieces, tail = symbols(phrase, True), _tail(phrase, language, False)
                    if _needs_word_start(phrase, language):
                        bounded.append((after_start(pieces), tail))
                    else:
                        free.append((pieces, tail))
                    by_start.setdefault(_literal_start(phrase)[:2], {})[(cues, language)] = None
    union = trie_regex(bounded + free)
    return union, {start: tuple(pairs) for start, pairs in by_start.items()}


@lru_cache(maxsize=4096)
def text_has(text: str, cues: CueSet, languages: tuple[str, ...]) -> bool:
    """Whether ``text`` (a heading, say, met again and again) holds a cue of ``cues``."""
    return has_cue(text, cues.by_language, languages)


@lru_cache(maxsize=64)
def folded_text(text: str) -> str | None:
    """:func:`folded` ``text`` (a whole document, cached), or ``None`` when lower-casing it
    would move offsets."""
    return folded(text) if lowered(text) is not None else None


def caseless_regex(build: Callable[[Callable[[str], list[str]]], str]) -> tuple[str, str]:
    """A regular expression to be matched without regard to case, two ways: for
    :func:`folded` text, case-sensitive (which is much faster), and for re.IGNORECASE.

    ``build`` makes the expression from a function that turns a cue phrase into symbols.
    """

    def fast(phrase: str) -> list[str]:
        pieces = symbols("".join(folded(c) for c in phrase), True)
        return after_start(pieces) if _needs_word_start(phrase, "en") else pieces

    def plain(phrase: str) -> list[str]:
        pieces = symbols(phrase, True)
        if _needs_word_start(phrase, "en"):
            pieces[0] = r"(?<!\w)" + pieces[0]
        return pieces

    return build(fast), build(plain)


class CaselessPattern:
    """A pattern that ignores case, run on folded text when it can (see
    :func:`caseless_regex`). Its matches give offsets; read their text from the original."""

    def __init__(self, build: Callable[[Callable[[str], list[str]]], str]) -> None:
        fast, plain = caseless_regex(build)
        self._fast = re.compile(fast)
        self._plain = re.compile(plain, re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        target = folded_text(text)
        if target is None:
            return self._plain.finditer(text)
        return self._fast.finditer(target)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


@cache
def caseless_cues(phrases: tuple[str, ...]) -> CaselessPattern:
    """Any of ``phrases`` at a word start, by prefix, whatever the case (like
    :func:`cue_pattern`, only faster on whole documents)."""

    def build(to_symbols: Callable[[str], list[str]]) -> str:
        ordered = sorted(set(phrases), key=lambda p: not _needs_word_start(p, "en"))
        return trie_regex((to_symbols(p), _tail(p, "en", False)) for p in ordered if p.strip())

    return CaselessPattern(build)
