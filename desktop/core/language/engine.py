"""langdetect behind a private, seeded factory.

langdetect draws random samples of n-grams; its module-level ``detect()`` shares one global
factory whose seed anyone may change, so results would depend on call order. A factory of
our own with a fixed seed makes every call a pure function of its text. Loading the 55
profiles takes about a third of a second, so it happens once, on first use (or ``preload``).
"""

from __future__ import annotations

import os
import threading

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from desktop.core.language.names import normalize_code

SEED = 20240531
# Languages langdetect has profiles for, after normalize_code (zh-cn/zh-tw are one "zh").
PROFILE_LANGUAGES = frozenset(normalize_code(name) for name in os.listdir(PROFILES_DIRECTORY))

_lock = threading.Lock()
_factory: DetectorFactory | None = None


def _get_factory() -> DetectorFactory:
    global _factory
    with _lock:
        if _factory is None:
            factory = DetectorFactory()
            factory.load_profile(PROFILES_DIRECTORY)
            factory.set_seed(SEED)
            _factory = factory
        return _factory


def preload() -> None:
    """Load the language profiles now (e.g. from a worker at start-up) instead of on first use."""
    _get_factory()


def probabilities(text: str, max_chars: int) -> list[tuple[str, float]]:
    """langdetect's (code, probability) list for ``text``, best first; empty if undecidable."""
    detector = _get_factory().create()
    detector.set_max_text_length(max_chars)
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        return []
    merged: dict[str, float] = {}
    for item in ranked:
        code = normalize_code(item.lang)
        merged[code] = merged.get(code, 0.0) + item.prob
    return sorted(merged.items(), key=lambda pair: (-pair[1], pair[0]))
