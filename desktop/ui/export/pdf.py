"""HTML reports to PDF and to a printer through ``QTextDocument``: no browser engine needed.

Both need a ``QGuiApplication`` (fonts and layout); the CLI creates an offscreen one.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

RESOLUTION_DPI = 300
MARGINS_MM = QMarginsF(15, 15, 15, 15)


class ExportError(Exception):
    """The report could not be written (a stable ``code`` for the UI, a message for logs)."""


def report_document(html: str) -> QTextDocument:
    """The report laid out by Qt's rich-text engine, ready to print on any paged device."""
    if QGuiApplication.instance() is None:
        raise ExportError("a QGuiApplication is needed to lay out a report")
    document = QTextDocument()
    document.setHtml(html)
    return document


def print_to(html: str, device: QPagedPaintDevice) -> None:
    """Lay ``html`` out on ``device``'s pages (a ``QPdfWriter`` or a ``QPrinter``)."""
    document = report_document(html)
    document.print_(device)


def write_pdf(html: str, path: str | os.PathLike[str], *, landscape: bool = False) -> None:
    """Write ``html`` as an A4 PDF at ``path``; an old file goes first, so none is left stale.

    ``landscape`` suits a comparison of three or more policies (a wide matrix).
    """
    Path(path).unlink(missing_ok=True)
    writer = QPdfWriter(os.fspath(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle("PolicyLens report")
    writer.setCreator("PolicyLens")
    print_to(html, writer)
    del writer  # the file is finished when the writer goes away
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise ExportError(f"could not write {os.fspath(path)}")
