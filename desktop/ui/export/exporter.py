"""Reports out of the app: HTML and PDF written in the background, and printing.

One object serves the reader (one policy) and the comparison window (several), so both
produce the same report, from the same HTML, in the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.compare import Comparison
from desktop.core.policy import PolicyAnalysis
from desktop.core.report import render_html
from desktop.ui.export.pdf import print_to, write_pdf
from desktop.ui.workers import CancelToken, Operation

LANDSCAPE_FROM = 3  # policies side by side need the width


class ReportExporter(QObject):
    finished = Signal(str)  # the written file
    failed = Signal(str)  # a one-line reason

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operation = Operation(pool, self._done, self._failed, parent=self)

    def export(
        self,
        path: str | Path,
        analyses: Sequence[PolicyAnalysis],
        comparison: Comparison | None = None,
    ) -> None:
        """Write an ``.html`` or ``.pdf`` report to ``path`` in the background."""
        target = Path(path)
        analyses = tuple(analyses)

        def work(_token: CancelToken, _report: Callable) -> str:
            html = render_html(analyses, comparison)
            if target.suffix.lower() == ".pdf":
                write_pdf(html, target, landscape=len(analyses) >= LANDSCAPE_FROM)
            else:
                target.write_text(html, encoding="utf-8")
            return str(target)

        self._operation.start(work)

    def print_report(
        self,
        parent: QWidget,
        analyses: Sequence[PolicyAnalysis],
        comparison: Comparison | None = None,
    ) -> bool:
        """Print the same report as the exports; False when the user cancels the dialog."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if len(analyses) >= LANDSCAPE_FROM:
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_to(render_html(analyses, comparison), printer)
        return True

    def _done(self, path: str) -> None:
        self.finished.emit(path)

    def _failed(self, error: Exception) -> None:
        self.failed.emit(str(error) or type(error).__name__)
