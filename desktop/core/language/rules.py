"""Corrections to langdetect's answer, each from evidence in the text itself.

langdetect knows 55 languages. For scripts only one language uses, for Cyrillic and Latin
alphabets with letters of their own, for languages it lacks and for close neighbours it
confuses, the text carries clearer evidence than its character n-grams; the rules below read
that evidence and only overrule langdetect when it is strong.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from desktop.core.language.engine import PROFILE_LANGUAGES
from desktop.core.language.lexicon import groups, stopwords
from desktop.core.language.names import UNDETERMINED, language_scripts
from desktop.core.language.text import TextEvidence

Decision = tuple[str, float]  # (code, confidence)

# Scripts used by a single language langdetect has no profile for.
_SCRIPT_ONLY = {
    "Armenian": "hy",
    "Georgian": "ka",
    "Khmer": "km",
    "Lao": "lo",
    "Myanmar": "my",
    "Sinhala": "si",
    "Ethiopic": "am",
}
_KYRGYZ_KAZAKH = "ңөү"  # shared by Kyrgyz and Kazakh (ө ү also Mongolian), absent from Russian
_KAZAKH_ONLY = "әғқұ"
_SERBIAN_ONLY = "ђћ"
_MACEDONIAN_ONLY = "ѓќѕ"
_SERBO_MACEDONIAN = "јљњџ"
_BELARUSIAN_ONLY = "ў"
_AZERBAIJANI_ONLY = "ə"
_MIN_STOPWORD_SHARE = 0.1
_MIN_STOPWORDS = 3


@cache
def _stopword_only() -> frozenset[str]:
    """Languages only stopword evidence can name: no langdetect profile and no group."""
    in_groups = {code for group in groups() for code in group.languages}
    return frozenset(stopwords().languages - PROFILE_LANGUAGES - in_groups)


def margin_confidence(winner: float, runner_up: float) -> float:
    """Confidence from two evidence totals: the smoothed share of the winner."""
    return (winner + 1.0) / (winner + runner_up + 2.0)


def decide(evidence: TextEvidence, ranked: Sequence[tuple[str, float]]) -> Decision:
    """The language of ``evidence``, starting from langdetect's ``ranked`` guesses."""
    code, prob = ranked[0] if ranked else (UNDETERMINED, 0.0)
    decision = (
        _by_script(evidence, ranked) or _by_letters(evidence) or _by_stopwords(evidence, code)
    )
    if decision is None:
        # Groups refine langdetect's own picks; the rules above already chose between neighbours.
        return _by_group(evidence, (code, prob))
    if decision[0] == code:  # two independent kinds of evidence agree
        return code, max(decision[1], prob)
    return decision


def _by_script(evidence: TextEvidence, ranked: Sequence[tuple[str, float]]) -> Decision | None:
    """Scripts of one language, and langdetect answers in a script the text does not use."""
    code = ranked[0][0] if ranked else UNDETERMINED
    scripts = evidence.scripts
    letters = evidence.letters
    script = evidence.dominant_script()
    if not letters or script is None:
        return None
    share = scripts[script] / letters
    if script in _SCRIPT_ONLY and share >= 0.5:
        return _SCRIPT_ONLY[script], share
    kana, han = scripts["Kana"], scripts["Han"]
    if kana >= 0.05 * letters:
        return "ja", margin_confidence(kana + han, letters - kana - han)
    if script == "Han" and code == "ja" and kana == 0:
        return "zh", share
    if code != UNDETERMINED and script not in language_scripts(code):
        # e.g. Traditional Chinese called Korean: take the best guess written in this script.
        possible = [(other, p) for other, p in ranked if script in language_scripts(other)]
        if possible:
            return possible[0][0], possible[0][1] / sum(p for _, p in possible)
        if script == "Han":
            return "zh", share
    return None


def _by_letters(evidence: TextEvidence) -> Decision | None:
    """Alphabets with letters only one language (or a known few) use."""
    cyrillic = evidence.scripts["Cyrillic"]
    if cyrillic >= 0.5 * evidence.letters:
        return _cyrillic(evidence, cyrillic)
    latin = evidence.scripts["Latin"]
    schwa = evidence.char_count(_AZERBAIJANI_ONLY)
    if latin >= 0.5 * evidence.letters and schwa >= max(3, 0.005 * latin):
        return "az", margin_confidence(schwa, 0)
    return None


def _cyrillic(evidence: TextEvidence, cyrillic: int) -> Decision | None:
    central_asian = evidence.char_count(_KYRGYZ_KAZAKH)
    if central_asian >= max(3, 0.01 * cyrillic):
        kazakh = evidence.char_count(_KAZAKH_ONLY)
        if kazakh >= 0.25 * central_asian:
            return "kk", margin_confidence(central_asian + kazakh, 0)
        if evidence.char_count("ң"):
            return "ky", margin_confidence(central_asian, kazakh * 4)
        return "mn", margin_confidence(central_asian, kazakh * 4)
    belarusian = evidence.char_count(_BELARUSIAN_ONLY)
    if belarusian >= max(2, 0.003 * cyrillic):
        return "be", margin_confidence(belarusian, 0)
    serbian = evidence.char_count(_SERBIAN_ONLY)
    macedonian = evidence.char_count(_MACEDONIAN_ONLY)
    if serbian + macedonian + evidence.char_count(_SERBO_MACEDONIAN) >= 3:
        counts = stopwords().counts(evidence.words)
        sr = 2 * serbian + counts["sr"]
        mk = 2 * macedonian + counts["mk"]
        if sr != mk:
            winner = "sr" if sr > mk else "mk"
            return winner, margin_confidence(max(sr, mk), min(sr, mk))
    return None


def _by_stopwords(evidence: TextEvidence, code: str) -> Decision | None:
    """Languages langdetect lacks (Basque, Esperanto, Irish, ...) by their function words."""
    tokens = evidence.words
    if not tokens:
        return None
    counts = stopwords().counts(tokens)
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    best, hits = ranked[0] if ranked else ("", 0)
    if best not in _stopword_only() or best == code:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    strong = hits >= _MIN_STOPWORDS and hits >= _MIN_STOPWORD_SHARE * len(tokens)
    if strong and hits >= 1.5 * counts[code] and hits > runner_up:
        return best, margin_confidence(hits, runner_up)
    return None


def _by_group(evidence: TextEvidence, decision: Decision) -> Decision:
    """Settle close neighbours (Malay/Indonesian, Czech/Slovak, ...) with weighted markers."""
    code, probability = decision
    group = next((g for g in groups() if code in g.triggers), None)
    if group is None:
        return decision
    scores = group.scores(evidence.words, evidence.lower)
    ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
    (winner, best), (_, second) = ranked[0], ranked[1]
    if best >= group.min_score and best >= group.min_ratio * second:
        confidence = margin_confidence(best, second)
        # langdetect's probability is evidence only if it knew every language in the group.
        if winner == code and set(group.languages) <= PROFILE_LANGUAGES:
            confidence = max(confidence, probability)
        return winner, confidence
    # Too little evidence to choose: keep langdetect's pick, but no surer than the markers.
    rival = max(score for other, score in scores.items() if other != code)
    return code, min(probability, margin_confidence(scores.get(code, 0.0), rival))
