"""Language codes PolicyLens can report, and their English names.

Codes are ISO 639-1. langdetect's regional Chinese codes collapse to ``zh`` (the reader cares
about the language, not the script variant) and Norwegian is reported as ``no``; ``nb`` and
``nn`` are accepted as aliases so a user override or a translation pack named either way
still resolves.
"""

from __future__ import annotations

UNDETERMINED = "und"

_NAMES: dict[str, str] = {
    "af": "Afrikaans",
    "am": "Amharic",
    "ar": "Arabic",
    "az": "Azerbaijani",
    "be": "Belarusian",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "bs": "Bosnian",
    "ca": "Catalan",
    "cs": "Czech",
    "cy": "Welsh",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "eo": "Esperanto",
    "es": "Spanish",
    "et": "Estonian",
    "eu": "Basque",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "gl": "Galician",
    "gu": "Gujarati",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "hy": "Armenian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ka": "Georgian",
    "kk": "Kazakh",
    "km": "Khmer",
    "kn": "Kannada",
    "ko": "Korean",
    "ky": "Kyrgyz",
    "lo": "Lao",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mk": "Macedonian",
    "ml": "Malayalam",
    "mn": "Mongolian",
    "mr": "Marathi",
    "ms": "Malay",
    "my": "Burmese",
    "ne": "Nepali",
    "nl": "Dutch",
    "no": "Norwegian",
    "pa": "Punjabi",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "si": "Sinhala",
    "sk": "Slovak",
    "sl": "Slovenian",
    "so": "Somali",
    "sq": "Albanian",
    "sr": "Serbian",
    "sv": "Swedish",
    "sw": "Swahili",
    "ta": "Tamil",
    "te": "Telugu",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
}

_ALIASES: dict[str, str] = {
    "zh-cn": "zh",
    "zh-tw": "zh",
    "zh-hans": "zh",
    "zh-hant": "zh",
    "nb": "no",
    "nn": "no",
    "fil": "tl",
    "in": "id",  # pre-1989 ISO code, still emitted by old Java locales
    "iw": "he",
}

# Every language detect_language() can return, sorted by name for the override menu.
SUPPORTED_LANGUAGES: dict[str, str] = dict(sorted(_NAMES.items(), key=lambda item: item[1]))


def normalize_code(code: str) -> str:
    """The canonical code for ``code`` (``zh-tw`` -> ``zh``, ``nb`` -> ``no``, ``EN`` -> ``en``)."""
    key = code.strip().lower().replace("_", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    if key in _NAMES:
        return key
    base = key.split("-", 1)[0]
    return _ALIASES.get(base, base)


def language_name(code: str) -> str:
    """English name of a language code; the code itself if unknown, "Unknown" for ``und``."""
    canonical = normalize_code(code)
    if canonical in ("", UNDETERMINED):
        return "Unknown"
    return _NAMES.get(canonical, code)


# Scripts a language is written in; anything not listed is written in Latin letters.
LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("ru", "uk", "bg", "mk", "be", "kk", "ky", "mn"), frozenset({"Cyrillic"})),
    "sr": frozenset({"Latin", "Cyrillic"}),
    **dict.fromkeys(("ar", "fa", "ur"), frozenset({"Arabic"})),
    **dict.fromkeys(("hi", "mr", "ne"), frozenset({"Devanagari"})),
    "he": frozenset({"Hebrew"}),
    "el": frozenset({"Greek"}),
    "bn": frozenset({"Bengali"}),
    "pa": frozenset({"Gurmukhi"}),
    "gu": frozenset({"Gujarati"}),
    "ta": frozenset({"Tamil"}),
    "te": frozenset({"Telugu"}),
    "kn": frozenset({"Kannada"}),
    "ml": frozenset({"Malayalam"}),
    "si": frozenset({"Sinhala"}),
    "th": frozenset({"Thai"}),
    "lo": frozenset({"Lao"}),
    "my": frozenset({"Myanmar"}),
    "km": frozenset({"Khmer"}),
    "ka": frozenset({"Georgian"}),
    "hy": frozenset({"Armenian"}),
    "am": frozenset({"Ethiopic"}),
    "zh": frozenset({"Han"}),
    "ja": frozenset({"Han", "Kana"}),
    "ko": frozenset({"Hangul"}),  # Hanja is rare today: Han-only text is not Korean
}
_LATIN = frozenset({"Latin"})


def language_scripts(code: str) -> frozenset[str]:
    """The scripts ``code`` is normally written in."""
    return LANGUAGE_SCRIPTS.get(normalize_code(code), _LATIN)
