"""Decode the bytes of a text file whose encoding nobody told us.

Order: a BOM wins; then BOM-less UTF-16 (recognised by its NUL pattern); then strict UTF-8
(a legacy file that happens to decode as UTF-8 is vanishingly rare); then charset-normalizer.
charset-normalizer alone is not trusted for the final pick: on short Central European texts it
confuses cp1250 with ISO-8859-2 (and even cp775 for Albanian), so its candidates plus the common
single-byte encodings are re-ranked by how plausible each decoding looks (see ``plausibility``).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from desktop.core.document import DocumentError
from desktop.core.importers.plausibility import implausibility

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32 LE BOM starts with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Single-byte encodings always considered for a non-UTF-8 file, most common first (the order
# breaks ties between encodings that decode the file identically).
_LEGACY = (
    "cp1252",
    "cp1250",
    "iso8859-2",
    "iso8859-15",
    "iso8859-1",
    "cp1257",
    "iso8859-13",
    "cp1258",
    "cp1254",
    "iso8859-9",
    "iso8859-16",
)

_RARE_ENCODING_PRIOR = 0.15
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f-\x9f]")
_NON_ASCII_BYTES = re.compile(rb"[\x80-\xff]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SAMPLE_WINDOWS = 800  # runs of non-ASCII bytes sampled for detection in a large file
_WHOLE_FILE_SAMPLE = 256 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name that re-decodes the file ("utf-8-sig", "cp1250", ...)


def decode(data: bytes) -> Decoded:
    """Decode ``data`` to text, or raise ``DocumentError("binary")`` when it is not text."""
    for bom, codec, reported in _BOMS:
        if data.startswith(bom):
            return validated(data[len(bom) :].decode(codec, errors="replace"), reported)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return validated(data.decode(utf16, errors="replace"), utf16)
    if b"\x00" in data:
        raise DocumentError("binary", "The file contains NUL bytes, so it is not a text file.")
    try:
        return validated(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return validated(mostly_utf8, "utf-8")
    return validated(*_detect_legacy(data))


def control_ratio_too_high(text: str) -> bool:
    """True when control characters make up enough of ``text`` that it cannot be prose."""
    count = len(_CONTROL.findall(text))
    return count > max(2, len(text) // 200)


def validated(text: str, encoding: str) -> Decoded:
    """Refuse text that is mostly control characters or replacement marks; tidy cp1258."""
    replaced = text.count("\ufffd")
    if control_ratio_too_high(text) or replaced > max(2, len(text) // 100):
        raise DocumentError(
            "binary", "The file is not readable text (it contains control characters)."
        )
    if encoding == "cp1258":
        # cp1258 stores Vietnamese tone marks as separate combining characters; compose them
        # so the text matches what every other encoding of the same words yields.
        text = unicodedata.normalize("NFC", text)
    return Decoded(text, encoding)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in (almost) only the odd or only the even bytes."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.3 * pairs and other <= 0.02 * pairs:
            try:
                data[: len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (two files pasted together) reads better as UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    return text if good >= 4 * bad and good >= 8 else None


def _detect_legacy(data: bytes) -> tuple[str, str]:
    sample = data if len(data) <= _WHOLE_FILE_SAMPLE else _non_ascii_windows(data)
    best = charset_normalizer.from_bytes(sample).best()
    # The common Latin encodings always compete (listed first: among equally plausible
    # decodings the common one wins); the detector adds its pick, e.g. cp1251 or Shift-JIS.
    suggested = [_canonical(best.encoding)] if best is not None else []
    candidates = list(dict.fromkeys([*_LEGACY, *suggested]))
    ranked: list[tuple[float, int, str]] = []
    for order, encoding in enumerate(candidates):
        try:
            decoded = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        # A rare encoding (hp-roman8, cp775) has to look clearly better to be believed.
        prior = 0.0 if encoding in _LEGACY else _RARE_ENCODING_PRIOR
        ranked.append((round(implausibility(decoded) + prior, 3), order, encoding))
    for _score, _order, encoding in sorted(ranked):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:  # the sample decoded but a byte elsewhere did not
            continue
    raise DocumentError("binary", "The file is not text in any encoding PolicyLens knows.")


def _canonical(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def _non_ascii_windows(data: bytes) -> bytes:
    """The non-ASCII runs of a big file with some context: all that tells encodings apart."""
    windows = []
    for index, match in enumerate(_NON_ASCII_BYTES.finditer(data)):
        if index >= _SAMPLE_WINDOWS:
            break
        start, end = max(0, match.start() - 24), match.end() + 24
        windows.append(data[start:end])
    return b"\n".join(windows)
