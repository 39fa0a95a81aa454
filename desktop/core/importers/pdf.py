"""PDF: the text layer, page by page, reflowed into paragraphs (see ``reflow``)."""

from __future__ import annotations

import logging
from io import BytesIO

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from desktop.core.document import DocumentError, ImportedText
from desktop.core.importers.blocks import TextBuilder
from desktop.core.importers.reflow import reflow

_log = logging.getLogger(__name__)

MAX_PAGES = 500  # text extraction takes tens of milliseconds a page


def import_pdf(data: bytes) -> ImportedText:
    """A PDF with a text layer; scanned and password-protected files are refused by code."""
    reader = _open(data)
    pages = [_page_text(reader, number) for number in range(len(reader.pages))]
    builder = TextBuilder()
    for text, kind in reflow(pages):
        builder.add(text, kind)
    try:
        return builder.build("pdf")
    except DocumentError:
        raise DocumentError(
            "pdf_no_text",
            "This PDF has no text layer: it looks like a scanned document. Run it through "
            "OCR (text recognition) to add the text, then open it again.",
        ) from None


def _open(data: bytes) -> PdfReader:
    # pypdf raises many exception types on damaged input (its own, ValueError, KeyError,
    # RecursionError, ...): any failure to parse is a damaged file to the user.
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            _decrypt(reader)
        page_count = len(reader.pages)
    except DocumentError:
        raise
    except Exception as error:
        raise DocumentError(
            "corrupt", f"The PDF is damaged and cannot be read ({error})."
        ) from error
    if page_count == 0:
        raise DocumentError("corrupt", "The PDF is damaged: it has no pages.")
    if page_count > MAX_PAGES:
        raise DocumentError(
            "too_large",
            f"The PDF has {page_count} pages; PolicyLens reads PDFs of up to {MAX_PAGES} pages.",
        )
    return reader


def _decrypt(reader: PdfReader) -> None:
    """Try the empty password: files restricted only by an owner password open with it."""
    try:
        result = reader.decrypt("")
    except DependencyError as error:
        raise DocumentError(
            "pdf_encrypted",
            "The PDF is encrypted with AES, which needs the 'cryptography' package to read.",
        ) from error
    if result == PasswordType.NOT_DECRYPTED:
        raise DocumentError(
            "pdf_encrypted",
            "The PDF is protected by a password. Open it in a PDF viewer with the password, "
            "save an unprotected copy, and open that.",
        )


def _page_text(reader: PdfReader, number: int) -> str:
    """One page's text; a page pypdf cannot parse is skipped rather than losing the rest."""
    try:
        return reader.pages[number].extract_text() or ""
    except Exception:  # same reason as in _open: damage shows up as any exception type
        _log.warning("Skipped unreadable page %d of a PDF", number + 1, exc_info=True)
        return ""
