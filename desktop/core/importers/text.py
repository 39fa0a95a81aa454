"""Plain text: the decoded file content, with line endings unified and nothing else changed."""

from __future__ import annotations

from desktop.core.document import DocumentError, ImportedText
from desktop.core.importers.encoding import decode


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n: offsets index the text we show, whose lines end in \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def require_content(text: str) -> None:
    if not text.strip():
        raise DocumentError("blank", "The document contains only blank space, no text.")


def import_text(data: bytes) -> ImportedText:
    """A text file of any common encoding; ``encoding`` reports what was detected."""
    decoded = decode(data)
    text = normalise_newlines(decoded.text)
    require_content(text)
    return ImportedText(text, "text", (), decoded.encoding)


def import_pasted(text: str) -> ImportedText:
    """Pasted text: already Unicode, so only a leading BOM and line endings are touched."""
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if not text:
        raise DocumentError("empty", "There is no text to open: the clipboard text is empty.")
    require_content(text)
    return ImportedText(text, "text")
