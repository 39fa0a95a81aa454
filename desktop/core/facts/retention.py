"""Retention periods and open-ended retention rules, told apart from response deadlines.

A number with a unit is a retention period only when its sentence is about keeping data (the
classifier said ``retention``, or a keep/store/delete cue is present) and it is not an age, a
look-back window ("the last 12 months"), a cookie lifetime, or a response time ("within 30
days we will respond", "07 – 15 ngày" to settle a complaint) — those become deadlines for
the rights extractor instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.facts.context import SentenceView
from desktop.core.facts.lexicon import CueSet, cue_pattern, cue_set, find_cues, load, per_language
from desktop.core.facts.model import Deadline, RetentionFact
from desktop.core.facts.numbers import Duration, find_durations, to_days
from desktop.core.patterns import PHRASE_END

KIND_ORDER = (
    "account_lifetime",
    "until_deleted",
    "contract_duration",
    "legal_obligation",
    "as_long_as_necessary",
)
_WORD = re.compile(r"[\w'’\-]+")


def _cues(key: str) -> CueSet:
    return cue_set(f"retention.{key}", per_language("retention", key))


def _kind_cues(kind: str) -> CueSet:
    return cue_set(
        f"retention.kinds.{kind}",
        {
            lang: entry["kinds"][kind]
            for lang, entry in load("retention").items()
            if isinstance(entry, dict) and "kinds" in entry
        },
    )


VERBS, AGE, DEADLINE = _cues("verbs"), _cues("age"), _cues("deadline")
COOKIES = cue_set("retention.cookies", {"*": load("retention")["cookies"]})
KINDS = {kind: _kind_cues(kind) for kind in KIND_ORDER}


@dataclass(frozen=True, slots=True)
class StatedDeadline:
    """A response time found in a sentence, for the rights extractor to attach."""

    sentence: int
    start: int
    end: int
    deadline: Deadline


def extract_retention(
    views: Sequence[SentenceView], masked: Iterable[tuple[int, int]] = ()
) -> tuple[list[RetentionFact], list[StatedDeadline]]:
    """Retention facts and stated deadlines, in document order.

    ``masked`` spans (dates found elsewhere) are never read as durations.
    """
    masked = list(masked)
    facts: list[RetentionFact] = []
    deadlines: list[StatedDeadline] = []
    for view in views:
        about_keeping = _about_keeping(view)
        for duration in _durations(view, masked):
            verdict = _classify(view, duration, about_keeping)
            if verdict == "deadline":
                deadlines.append(_deadline(view, duration))
            elif verdict == "retention":
                facts.append(_period(view, duration))
        if about_keeping:
            facts.extend(_open_ended(view))
    return _first_of_each(facts), deadlines


def _first_of_each(facts: list[RetentionFact]) -> list[RetentionFact]:
    """A rule repeated in every row of a table is one fact, shown at its first mention."""
    seen: set[tuple[object, ...]] = set()
    unique = []
    for fact in facts:
        key = (fact.kind, fact.value, fact.min_value, fact.unit, fact.applies_to, fact.from_event)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    return unique


def _about_keeping(view: SentenceView) -> bool:
    if "retention" in view.categories:
        return True
    return view.has(VERBS) or view.heading_has(VERBS)


def _durations(view: SentenceView, masked: list[tuple[int, int]]) -> list[Duration]:
    seen: dict[tuple[int, int], Duration] = {}
    for language in view.languages:
        if not view.scan.may_hold_duration(view.index, language):
            continue
        for duration in find_durations(view.text, language, view.start):
            if any(s < duration.end and duration.start < e for s, e in masked):
                continue
            if any(d.start <= duration.start and duration.end <= d.end for d in seen.values()):
                continue
            seen[(duration.start, duration.end)] = duration
    return sorted(seen.values(), key=lambda d: d.start)


def _classify(view: SentenceView, duration: Duration, about_keeping: bool) -> str:
    local_start = duration.start - view.start
    local_end = duration.end - view.start
    before = view.text[max(0, local_start - 25) : local_start]
    after = view.text[local_end : local_end + 18]
    if _near(before, after, "lookback", view.languages):
        return "ignore"
    if duration.unit == "years" and (duration.high or 0) <= 21 and view.has(AGE):
        return "ignore"
    within = _near(before, after, "within", view.languages)
    responds = view.has(DEADLINE)
    if "rights" in view.categories and "retention" not in view.categories and (within or responds):
        return "deadline"  # "07 – 15 ngày" to settle a complaint
    if (within and responds) or (responds and not about_keeping):
        return "deadline"
    if not about_keeping:
        return "ignore"
    if view.has(COOKIES, ("*",)) and "retention" not in view.categories:
        return "ignore"  # a cookie's lifetime, not how long the policy keeps personal data
    return "retention"


def _near(before: str, after: str, key: str, languages: Sequence[str]) -> bool:
    phrases = per_language("retention", key)
    for language in languages:
        pattern = cue_pattern(phrases.get(language, ()), language)
        if any(m.end() >= len(before) - 3 for m in pattern.finditer(before)):
            return True
        if (m := pattern.search(after)) and m.start() <= 3:
            return True
    return False


def _period(view: SentenceView, duration: Duration) -> RetentionFact:
    """A stated period; a range ("3–5 years") is kept as its longest, with its shortest."""
    ranged = duration.low is not None and duration.low != duration.high
    return RetentionFact(
        kind="period",
        value=duration.high,
        unit=duration.unit,
        days=to_days(duration.high, duration.unit),
        applies_to=_applies_to(view, duration),
        from_event=_from_event(view, duration),
        sentence=view.index,
        start=duration.start,
        end=duration.end,
        min_value=duration.low if ranged else None,
        min_days=to_days(duration.low, duration.unit) if ranged else None,
    )


def _deadline(view: SentenceView, duration: Duration) -> StatedDeadline:
    low = duration.low if duration.low is not None else 0.0
    high = duration.high if duration.high is not None else 0.0
    deadline = Deadline(
        minimum=low,
        maximum=high,
        unit=duration.unit,
        days_min=to_days(low, duration.unit) or 0.0,
        days_max=to_days(high, duration.unit) or 0.0,
        text=duration.text,
    )
    return StatedDeadline(view.index, duration.start, duration.end, deadline)


def _open_ended(view: SentenceView) -> list[RetentionFact]:
    facts: list[RetentionFact] = []
    taken: list[tuple[int, int]] = []
    for kind in KIND_ORDER:
        for start, end in view.find(KINDS[kind]):
            span = (view.start + start, view.start + end)
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            facts.append(
                RetentionFact(kind, None, None, None, None, None, view.index, span[0], span[1])
            )
            break  # one fact per kind and sentence
    return sorted(facts, key=lambda f: f.start)


def _applies_to(view: SentenceView, duration: Duration) -> str | None:
    """The words between the keeping verb and the period, when they name something."""
    local = duration.start - view.start
    verbs = find_cues(view.text[:local], per_language("retention", "verbs"), view.languages)
    if not verbs:
        return None
    between = view.text[verbs[-1].end() : local]
    stop = {
        w.lower()
        for lang in view.languages
        for w in load("retention").get(lang, {}).get("stop", [])
    }
    words = [m for m in _WORD.finditer(between) if m.group(0).lower() not in stop]
    if not words or len(words) > 5 or any(w.group(0).isdigit() for w in words):
        return None
    return between[words[0].start() : words[-1].end()]


def _from_event(view: SentenceView, duration: Duration) -> str | None:
    """ "kể từ ngày thanh toán" after "bốn năm" → "ngày thanh toán"."""
    rest = view.text[duration.end - view.start :]
    phrases = per_language("retention", "from")
    for language in view.languages:
        match = cue_pattern(phrases.get(language, ()), language).match(rest.lstrip(" ,"))
        if match:
            tail = rest.lstrip(" ,")[match.end() :]
            event = re.split(rf"{PHRASE_END}|\s(?:and|or|và|hoặc|a|nebo|dan|atau|dhe|ose)\s", tail)[
                0
            ]
            words = event.split()
            return " ".join(words[:6]) or None
    return None
