"""The comparison window: the matrix, a cell's passages, aligned reading, export and print.

It is given analyses that are already built (no file I/O here) and lays out and wires the
parts; the matrix model, the passage list and the aligned view each live in their own module.
Exports render and write in the background and report through ``export_finished`` /
``export_failed``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.align import align_sections
from desktop.core.compare import compare
from desktop.core.policy import PolicyAnalysis
from desktop.ui.compare.aligned import AlignedView
from desktop.ui.compare.model import ComparisonModel, DifferencesFilter
from desktop.ui.compare.passages import PassageList
from desktop.ui.export.exporter import ReportExporter

DEFAULT_SIZE = (1360, 820)


class ComparisonWindow(QMainWindow):
    """Two or more policies side by side, topic by topic."""

    passage_activated = Signal(str, int)  # document path ("" for pasted text), sentence index
    export_finished = Signal(str)  # the written file
    export_failed = Signal(str)  # a one-line reason

    def __init__(
        self,
        analyses: Sequence[PolicyAnalysis],
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        if len(analyses) < 2:
            raise ValueError("a comparison needs two or more policies")
        self.setObjectName("comparisonWindow")
        self.setWindowTitle(self.tr("Compare policies — %d policies") % len(analyses))
        self.resize(*DEFAULT_SIZE)
        self.analyses = tuple(analyses)
        self.comparison = compare(self.analyses)  # milliseconds: facts are already extracted
        self._column = 0
        self.exporter = ReportExporter(pool or QThreadPool.globalInstance(), self)
        self.exporter.finished.connect(self._exported)
        self.exporter.failed.connect(self._export_error)

        self.model = ComparisonModel(self.comparison, self)
        self.proxy = DifferencesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.passages = PassageList(self)
        self.passages.passage_activated.connect(self._passage_activated)
        self.passage_title = QLabel(self)
        self.passage_title.setWordWrap(True)
        self.aligned_view = AlignedView(self)
        self.aligned_view.section_activated.connect(self._section_activated)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 0, 0)
        side_layout.addWidget(self.passage_title)
        side_layout.addWidget(self.passages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.aligned_view)
        self.setCentralWidget(self.pages)
        self._build_actions()

    # --- layout ------------------------------------------------------------------------
    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("comparisonMatrix")
        table.setModel(self.proxy)
        table.setWordWrap(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        # Row heights follow the wrapped text once column widths have settled (stretching
        # resizes the columns one by one; fitting after each would use stale widths).
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(table.resizeRowsToContents)
        table.horizontalHeader().sectionResized.connect(self._fit_rows.start)
        self.proxy.layoutChanged.connect(self._fit_rows.start)
        self.proxy.rowsInserted.connect(self._fit_rows.start)
        table.selectionModel().currentChanged.connect(self._current_changed)
        table.clicked.connect(self._show_passages)
        return table

    def _build_actions(self) -> None:
        toolbar = self.addToolBar(self.tr("Comparison"))
        toolbar.setObjectName("comparisonToolbar")
        self.only_differences = self._action(
            self.tr("Only differences"), self.proxy.set_only_differences, checkable=True
        )
        self.aligned = self._action(self.tr("Aligned reading"), self.set_aligned, checkable=True)
        self.aligned.setEnabled(len(self.analyses) == 2)
        if len(self.analyses) != 2:
            self.aligned.setToolTip(self.tr("Aligned reading pairs the sections of two policies"))
        self.export_html_action = self._action(self.tr("Export HTML…"), self.export_html_dialog)
        self.export_pdf_action = self._action(self.tr("Export PDF…"), self.export_pdf_dialog)
        self.print_action = self._action(self.tr("Print…"), self.print_report)
        for action in (self.only_differences, self.aligned):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.export_html_action, self.export_pdf_action, self.print_action):
            toolbar.addAction(action)

    def _action(self, text: str, slot: Callable, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        return action

    # --- matrix and passages -----------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_passages(current)

    def _show_passages(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        cell = self.model.cell(source)
        if cell is None:
            return
        self._column = source.column()
        row = self.comparison.rows[source.row()]
        column = self.comparison.columns[self._column]
        self.passage_title.setText(f"<b>{self.tr(row.title)}</b> — {column.name}")
        self.passages.show_cell(self.analyses[self._column], cell, self.tr(row.title))

    def _passage_activated(self, sentence: int) -> None:
        self.passage_activated.emit(self.analyses[self._column].document.path or "", sentence)

    def _section_activated(self, side: int, sentence: int) -> None:
        self.passage_activated.emit(self.analyses[side].document.path or "", sentence)

    # --- aligned reading ---------------------------------------------------------------
    def set_aligned(self, on: bool) -> None:
        """Switch between the matrix and aligned reading (two policies only)."""
        on = on and len(self.analyses) == 2
        if on and not self.aligned_view.pairs:
            a, b = self.analyses
            names = (self.comparison.columns[0].name, self.comparison.columns[1].name)
            self.aligned_view.show_pairs(align_sections(a, b), a, b, names)
        self.pages.setCurrentIndex(1 if on else 0)
        self.only_differences.setEnabled(not on)

    # --- export and print --------------------------------------------------------------
    def export_html(self, path: str | Path) -> None:
        """Write the HTML report to ``path`` in the background."""
        self.exporter.export(Path(path).with_suffix(".html"), self.analyses, self.comparison)

    def export_pdf(self, path: str | Path) -> None:
        """Write the PDF report to ``path`` in the background (Qt's own text layout)."""
        self.exporter.export(Path(path).with_suffix(".pdf"), self.analyses, self.comparison)

    def export_html_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export HTML report"), "comparison.html", self.tr("HTML (*.html)")
        )
        if path:
            self.export_html(path)

    def export_pdf_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF report"), "comparison.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_pdf(path)

    def print_report(self) -> bool:
        """Print the same report as the exports; False when the user cancels the dialog."""
        printed = self.exporter.print_report(self, self.analyses, self.comparison)
        if printed:
            self.statusBar().showMessage(self.tr("Sent to the printer"), 5000)
        return printed

    def _exported(self, path: object) -> None:
        self.statusBar().showMessage(self.tr("Saved %s") % path, 5000)
        self.export_finished.emit(str(path))

    def _export_error(self, reason: str) -> None:
        message = self.tr("Could not export the report: %s") % reason
        self.statusBar().showMessage(message, 10000)
        self.export_failed.emit(reason)
