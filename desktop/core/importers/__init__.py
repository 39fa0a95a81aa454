"""Turn a file, dropped bytes or clipboard content into ``ImportedText``.

The format is sniffed from the content first (a PNG renamed ``.txt`` is still an image) and
from the extension only for plain-text kinds. Every failure is a ``DocumentError`` with a
stable code: not_found, unreadable, empty, blank, binary, image, too_large, pdf_no_text,
pdf_encrypted, corrupt, unsupported.

Size limits are checked before the file is read (a privacy policy is rarely over 1 MB), so an
oversized file is refused in well under a millisecond. Measured on this code: plain text up
to ``MAX_TEXT_BYTES`` (4 MB of cp1250 text imports in well under a second); HTML and Markdown up to
``MAX_MARKUP_BYTES`` (parsing costs about 1 s per MB of dense markup); PDF and DOCX up to
``MAX_DOCUMENT_BYTES`` (their size is mostly images and fonts; PDFs are also capped by pages).

Whatever the format, the extracted text is then capped at ``MAX_TEXT_CHARS``: what costs time
is not reading but analysing and showing the text (about 3 s per million characters to
classify and extract facts, and 0.6 s per million on the GUI thread to lay out highlights), so
a longer text would open only after minutes. The longest real policies are near 150,000
characters; a million (what the benchmark's "1 MB policy" measures) opens in about 5 s.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.core.document import DocumentError, ImportedText
from desktop.core.importers.docx import import_docx
from desktop.core.importers.encoding import decode
from desktop.core.importers.html import import_html, import_html_bytes
from desktop.core.importers.markdown import import_markdown
from desktop.core.importers.pdf import import_pdf
from desktop.core.importers.sniff import (
    HEAD_BYTES,
    UNSUPPORTED_EXTENSIONS,
    extension,
    sniff,
    unsupported,
)
from desktop.core.importers.text import import_pasted, import_text

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_MARKUP_BYTES",
    "MAX_TEXT_BYTES",
    "MAX_TEXT_CHARS",
    "from_html",
    "from_text",
    "load_bytes",
    "load_file",
]

MAX_TEXT_CHARS = 1_000_000
MAX_TEXT_BYTES = 4 * 1024 * 1024  # room for the widest encoding (UTF-32) of allowed text
MAX_MARKUP_BYTES = 5 * 1024 * 1024
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024


def load_file(path: str | os.PathLike[str]) -> ImportedText:
    """Open a document from disk; oversized files are refused before being read."""
    file = Path(path)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError("unreadable", f"{file.name} is a folder, not a file.")
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError("unreadable", f"{file.name} is not a regular file.")
        _check_size(info.st_size, MAX_DOCUMENT_BYTES)
        with file.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
            if not head:
                raise _empty()
            kind = sniff(head, file.name)
            _check_size(info.st_size, _limit(kind))
            data = head + stream.read()
    except FileNotFoundError as error:
        raise DocumentError("not_found", f"The file {file} does not exist.") from error
    except IsADirectoryError as error:
        raise DocumentError("unreadable", f"{file.name} is a folder, not a file.") from error
    except PermissionError as error:
        raise DocumentError(
            "unreadable", f"PolicyLens is not allowed to read {file.name} (permission denied)."
        ) from error
    except OSError as error:
        raise DocumentError(
            "unreadable", f"{file.name} could not be read: {error.strerror or error}."
        ) from error
    return _check_length(_import(data, file.name, kind))


def load_bytes(data: bytes, name: str) -> ImportedText:
    """Open dropped or downloaded bytes; ``name`` supplies the extension hint."""
    if not data:
        raise _empty()
    _check_size(len(data), MAX_DOCUMENT_BYTES)
    kind = sniff(data[:HEAD_BYTES], name)
    _check_size(len(data), _limit(kind))
    return _check_length(_import(data, name, kind))


def from_text(text: str) -> ImportedText:
    """Pasted clipboard text; only a leading BOM and line endings are normalised."""
    if len(text) > MAX_TEXT_CHARS:
        raise _too_long(len(text))
    return import_pasted(text)


def from_html(html: str) -> ImportedText:
    """Clipboard HTML (already text, so no charset to detect)."""
    _check_size(len(html), MAX_MARKUP_BYTES)
    return _check_length(import_html(html))


def _import(data: bytes, name: str, kind: str) -> ImportedText:
    if kind == "pdf":
        return import_pdf(data)
    if kind == "zip":
        return import_docx(data)
    try:
        if kind == "html":
            return import_html_bytes(data)
        if kind == "markdown":
            decoded = decode(data)
            return import_markdown(decoded.text, decoded.encoding)
        return import_text(data)
    except DocumentError as error:
        if error.code != "binary":
            raise
        suffix = extension(name)
        if suffix in (".pdf", ".docx"):
            raise DocumentError(
                "corrupt", f"The file is named {suffix} but is not a readable {suffix} file."
            ) from error
        if suffix in UNSUPPORTED_EXTENSIONS:
            raise unsupported(UNSUPPORTED_EXTENSIONS[suffix]) from error
        raise


def _limit(kind: str) -> int:
    if kind in ("pdf", "zip"):
        return MAX_DOCUMENT_BYTES
    return MAX_MARKUP_BYTES if kind in ("html", "markdown") else MAX_TEXT_BYTES


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise DocumentError(
            "too_large",
            f"The file is {size / 2**20:.1f} MB; PolicyLens opens documents of this kind up "
            f"to {limit // 2**20} MB (a privacy policy is rarely over 1 MB).",
        )


def _check_length(imported: ImportedText) -> ImportedText:
    """Refuse text too long to analyse in seconds, whatever file it came from."""
    if len(imported.text) > MAX_TEXT_CHARS:
        raise _too_long(len(imported.text))
    return imported


def _too_long(length: int) -> DocumentError:
    return DocumentError(
        "too_large",
        f"The document has {length / 1e6:.1f} million characters of text; PolicyLens opens "
        f"documents of up to {MAX_TEXT_CHARS:,} characters (a long privacy policy has about "
        "100,000), because analysing more would take minutes.",
    )


def _empty() -> DocumentError:
    return DocumentError("empty", "The file is empty (0 bytes).")
