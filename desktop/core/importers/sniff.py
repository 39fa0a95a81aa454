"""Tell what a file is from its first bytes, falling back to its name only for plain text.

Content wins over the extension: a PNG renamed ``policy.txt`` is still an image, and a saved
web page called ``policy.txt`` is still HTML.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

from desktop.core.document import DocumentError

HEAD_BYTES = 8192  # enough for every signature below and for an HTML preamble

SUPPORTED = "plain text (.txt), Markdown (.md), HTML (.html), PDF (.pdf) and Word (.docx)"

_IMAGES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x00\x00\x01\x00", "icon"),
)
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"mif1", b"msf1", b"avif"})
_BINARIES: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "a program (ELF executable)"),
    (b"\xfe\xed\xfa\xce", "a program (Mach-O executable)"),
    (b"\xfe\xed\xfa\xcf", "a program (Mach-O executable)"),
    (b"\xce\xfa\xed\xfe", "a program (Mach-O executable)"),
    (b"\xcf\xfa\xed\xfe", "a program (Mach-O executable)"),
    (b"\xca\xfe\xba\xbe", "a program (Mach-O or Java class)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls or .ppt)"),
    (b"{\\rtf", "a Rich Text Format (.rtf) file"),
)
# Formats people try to open that are not text; used only when the content is not text either.
UNSUPPORTED_EXTENSIONS = {
    ".doc": "Word 97-2003 (.doc)",
    ".odt": "OpenDocument (.odt)",
    ".rtf": "Rich Text Format (.rtf)",
    ".pages": "Apple Pages (.pages)",
    ".epub": "EPUB (.epub)",
    ".xls": "Excel (.xls)",
    ".xlsx": "Excel (.xlsx)",
    ".ppt": "PowerPoint (.ppt)",
    ".pptx": "PowerPoint (.pptx)",
    ".ods": "OpenDocument spreadsheet (.ods)",
    ".odp": "OpenDocument presentation (.odp)",
}
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
HTML_EXTENSIONS = frozenset({".htm", ".html", ".xhtml", ".xht", ".shtml"})
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_SVG_START = re.compile(
    r"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!doctype\s+svg[^>]*>\s*)?<svg[\s>]",
    re.IGNORECASE | re.DOTALL,
)


def extension(name: str) -> str:
    return PurePath(name).suffix.lower()


def sniff(head: bytes, name: str) -> str:
    """The format of a file: "pdf", "zip", "html", "markdown" or "text".

    Raises ``DocumentError`` for images, executables and known unsupported formats.
    """
    _reject_images(head, name)
    for magic, what in _BINARIES:
        if head.startswith(magic):
            raise DocumentError("binary", f"This is {what}, not a document.")
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        raise DocumentError("binary", "This is a program (Windows executable), not a document.")
    for magic, what in _UNSUPPORTED_MAGIC:
        if head.startswith(magic):
            raise unsupported(what)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    text_head = _head_as_text(head)
    if _HTML_START.search(text_head[:4096]) and text_head.lstrip().startswith("<"):
        return "html"
    suffix = extension(name)
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in MARKDOWN_EXTENSIONS:
        return "markdown"
    return "text"


def unsupported(what: str) -> DocumentError:
    return DocumentError(
        "unsupported",
        f"PolicyLens cannot open {what}. Supported formats: {SUPPORTED}. "
        "Save the document in one of those formats and open it again.",
    )


def _reject_images(head: bytes, name: str) -> None:
    kind = next((what for magic, what in _IMAGES if head.startswith(magic)), None)
    if kind is None and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        kind = "WebP"
    if kind is None and head[:2] == b"BM" and head[6:10] == b"\x00\x00\x00\x00":
        kind = "BMP"
    if kind is None and head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        kind = "HEIF/AVIF"
    text_head = _head_as_text(head).lstrip()
    if kind is None and (extension(name) == ".svg" or _SVG_START.match(text_head)):
        kind = "SVG"
    if kind is not None:
        raise DocumentError(
            "image",
            f"This is a {kind} image, not text. PolicyLens needs the policy as text; "
            "for a scanned or photographed policy, run it through OCR (text recognition) "
            "first and open the result.",
        )


def _head_as_text(head: bytes) -> str:
    """A loose decoding of the first bytes, only for spotting markup."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore")
    if head[1::2].count(0) > len(head) // 4:
        return head.decode("utf-16-le", errors="ignore")
    if head[0::2].count(0) > len(head) // 4:
        return head.decode("utf-16-be", errors="ignore")
    return head.decode("latin-1")
