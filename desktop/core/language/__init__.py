"""Language detection: which language a policy, and each of its paragraphs, is written in.

langdetect (seeded, so deterministic) gives the first answer; word lists and alphabet rules
in ``rules`` correct what it cannot know: Malay versus Indonesian, Croatian/Serbian/Bosnian,
Galician, Basque, Esperanto, Irish, Azerbaijani, Kyrgyz and other languages without a profile.
"""

from desktop.core.language.detect import detect_language, unknown_language
from desktop.core.language.engine import preload
from desktop.core.language.names import (
    SUPPORTED_LANGUAGES,
    UNDETERMINED,
    language_name,
    language_scripts,
    normalize_code,
)
from desktop.core.language.passages import detect_passage_languages

__all__ = [
    "SUPPORTED_LANGUAGES",
    "UNDETERMINED",
    "detect_language",
    "detect_passage_languages",
    "language_name",
    "language_scripts",
    "normalize_code",
    "preload",
    "unknown_language",
]
