"""The main window: lays out the reader and its panels and wires actions to them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.document import Document
from desktop.core.library import Library
from desktop.core.policy import PolicyAnalysis, analyze_policy
from desktop.core.translate.service import TranslationResult
from desktop.ui.compare_launcher import ComparisonLauncher
from desktop.ui.export.exporter import ReportExporter
from desktop.ui.highlights.panel import HighlightsPanel
from desktop.ui.highlights.presenter import HighlightPresenter
from desktop.ui.highlights.style import category_label
from desktop.ui.language_menu import LanguageButton
from desktop.ui.menus import build_menus
from desktop.ui.notice import NoticeBar
from desktop.ui.opening import DocumentOpener
from desktop.ui.panels.outline import OutlinePanel
from desktop.ui.panels.policy_card import PolicyCardPanel
from desktop.ui.reader.reader_view import ReaderView
from desktop.ui.settings import Settings
from desktop.ui.translation.presenter import TranslationPresenter
from desktop.ui.workers import Operation

OPEN_FILTER = (
    "Policies (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;"
    "Text (*.txt);;Markdown (*.md *.markdown);;Web pages (*.html *.htm);;PDF (*.pdf);;"
    "Word (*.docx);;All files (*)"
)
DEFAULT_SIZE = (1280, 820)


class MainWindow(QMainWindow):
    """One policy at a time in the reader, with its outline and status."""

    analysis_changed = Signal(object)  # PolicyAnalysis (opened, new language, re-scored) or None

    def __init__(self, settings: Settings, library: Library, pool: QThreadPool) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("PolicyLens")
        self.setAcceptDrops(True)
        self.settings = settings
        self.analysis: PolicyAnalysis | None = None
        self.opener = DocumentOpener(library, pool, self)
        self.opener.opened.connect(self.show_analysis)
        self.opener.failed.connect(self.show_error)
        self.opener.busy_changed.connect(self._set_busy)

        self.notice = NoticeBar(self)
        self.reader = ReaderView(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.reader, 1)
        self.setCentralWidget(central)

        self.translation = TranslationPresenter(self.reader, pool, self)
        self.translation.packs_dialog_requested.connect(self.open_packs_dialog)
        self.translation.translation_finished.connect(self._rescore_with_translation)
        self._reanalysis = Operation(
            pool, self._analysis_updated, self._analysis_failed, parent=self
        )

        self.comparisons = ComparisonLauncher(self, pool)
        self.comparisons.failed.connect(self.show_error)
        self.comparisons.progressed.connect(self.statusBar().showMessage)
        self.comparisons.opened.connect(self._comparison_opened)
        self._pending_sentence: tuple[str, int] | None = None
        self.exporter = ReportExporter(pool, self)
        self.exporter.finished.connect(
            lambda path: self.statusBar().showMessage(self.tr("Saved {path}").format(path=path))
        )
        self.exporter.failed.connect(
            lambda reason: self.show_error(
                self.tr("Could not save the report: {reason}").format(reason=reason)
            )
        )

        self.highlights = HighlightPresenter(self.reader, self)
        self.reader.panes_rendered.connect(self.highlights.refresh)
        self.highlights_panel = HighlightsPanel(self)
        self.highlights_panel.category_toggled.connect(self.highlights.set_enabled)
        self.highlights_panel.step_requested.connect(self.highlights.step)
        self.highlights_panel.sentence_activated.connect(self.go_to_sentence)
        self.highlights_dock = self._dock(
            "highlightsDock", self.tr("Highlights"), self.highlights_panel
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.highlights_dock)
        self.policy_card = PolicyCardPanel(self)
        self.policy_card.sentence_activated.connect(self.go_to_sentence)
        self.card_dock = self._dock("policyCardDock", self.tr("Policy card"), self.policy_card)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.card_dock)
        self.tabifyDockWidget(self.card_dock, self.highlights_dock)
        self.card_dock.raise_()

        self.outline = OutlinePanel(self)
        self.outline.section_activated.connect(self.reader.go_to_paragraph)
        self.outline_dock = self._dock("outlineDock", self.tr("Outline"), self.outline)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)

        self.language_button = LanguageButton(self)
        self.language_button.language_chosen.connect(self.set_language)
        self.size_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        status = self.statusBar()
        status.addPermanentWidget(self.busy)
        status.addPermanentWidget(self.size_label)
        status.addPermanentWidget(self.language_button)
        status.addPermanentWidget(self.zoom_label)

        self.actions_ = build_menus(self)
        self.reader.original.zoom_changed.connect(self._show_zoom)
        self._restore_layout()
        self._show_document_state()

    # --- opening ---------------------------------------------------------------------------
    def open_path(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=Path(path).name))
        self.opener.open_path(path)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a privacy policy"), self.settings.get("files/last_dir"), OPEN_FILTER
        )
        if path:
            self.settings.set("files/last_dir", str(Path(path).parent))
            self.open_path(path)

    def paste_policy(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error(self.tr("The clipboard holds no text to open. Copy a policy first."))
            return
        self.opener.open_text(text)

    @property
    def document(self) -> Document | None:
        return self.analysis.document if self.analysis else None

    def show_analysis(self, analysis: PolicyAnalysis) -> None:
        """A newly opened policy (or one with a new language): show it and translate it."""
        self._present(analysis)
        document = analysis.document
        pending = self._pending_sentence
        if pending and pending[0] == document.path:
            self._pending_sentence = None
            self.reader.go_to_sentence(pending[1])
        if document.path:
            self.settings.add_recent(document.path)
            self.actions_.refresh_recent()
        self.statusBar().clearMessage()
        self._show_document_state()
        self.analysis_changed.emit(analysis)

    def close_document(self) -> None:
        """File ▸ Close: the window without a policy, any translation or opening stopped.

        Cancelling drops the pending results by job id, so nothing of the closed policy (a
        late batch of translation, a re-scoring, a file still opening) can reappear.
        """
        self.opener.cancel()
        self._reanalysis.cancel()
        self._present(None)
        self.statusBar().clearMessage()
        self._show_document_state()
        self.analysis_changed.emit(None)

    def _present(self, analysis: PolicyAnalysis | None) -> None:
        """Hand the policy (or none) to every pane; translation starts (or stops) last."""
        self.analysis = analysis
        document = analysis.document if analysis else None
        self.notice.hide()
        self.highlights.analysis = analysis
        self.reader.show_document(document)
        self.outline.show_document(document)
        self.highlights_panel.show_analysis(analysis)
        self.policy_card.show_analysis(analysis)
        self.translation.show_document(document)

    def show_error(self, message: str) -> None:
        self.statusBar().clearMessage()
        self.notice.show_message(message, error=True)

    def set_language(self, code: str | None) -> None:
        """The user's language override for this document (``None``: detect again)."""
        if self.document is None:
            return
        document = self.opener.set_language(self.document, code)
        self._reanalysis.start(lambda _token, _report: ("new", analyze_policy(document)))

    @property
    def reanalysing(self) -> bool:
        return self._reanalysis.running

    def go_to_sentence(self, index: int) -> None:
        self.reader.go_to_sentence(index)

    def _rescore_with_translation(self, result: TranslationResult) -> None:
        """The English translation is a second opinion for the highlights and facts."""
        document = self.document
        if document is None or result.status != "done":
            return
        self._reanalysis.start(
            lambda _token, _report: ("rescored", analyze_policy(document, result))
        )

    def _analysis_updated(self, outcome: tuple[str, PolicyAnalysis]) -> None:
        kind, analysis = outcome
        if kind == "new":
            self.show_analysis(analysis)
            return
        if self.document is not analysis.document:
            return  # the reader moved on to another document meanwhile
        self.analysis = analysis
        self.highlights.show_analysis(analysis)
        self.highlights_panel.show_analysis(analysis)
        self.policy_card.show_analysis(analysis)
        self.analysis_changed.emit(analysis)

    def _analysis_failed(self, error: Exception) -> None:
        self.show_error(self.tr("The analysis failed: {error}").format(error=error))

    # --- navigation ---------------------------------------------------------------------
    def step_section(self, direction: int) -> None:
        """Jump to the next (1) or previous (-1) section from the top of the view."""
        document = self.document
        if document is None or not document.sections:
            return
        top = self.reader.original.top_sentence() or 0
        here = document.sentences[top].start if document.sentences else 0
        starts = [s.start for s in document.sections]
        if direction > 0:
            later = [i for i, start in enumerate(starts) if start > here + 1]
            target = later[0] if later else None
        else:
            earlier = [i for i, start in enumerate(starts) if start < here - 1]
            target = earlier[-1] if earlier else None
        if target is not None:
            self.reader.go_to_paragraph(document.sections[target].heading)

    def compare_dialog(self) -> None:
        """Choose policies to compare with the one open (if any)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose policies to compare"),
            self.settings.get("files/last_dir"),
            OPEN_FILTER,
        )
        if paths:
            self.compare_paths(paths)

    def compare_paths(self, paths: list[str]) -> None:
        self.statusBar().showMessage(self.tr("Preparing the comparison…"))
        self.comparisons.compare(paths, self.analysis)

    def open_passage(self, path: str, sentence: int) -> None:
        """Show a passage chosen in a comparison: in this document, or after opening its file."""
        self.raise_()
        self.activateWindow()
        if self.document is not None and (path or None) == self.document.path:
            self.reader.go_to_sentence(sentence)
        elif path:
            self._pending_sentence = (path, sentence)
            self.open_path(path)

    def _comparison_opened(self, window: object) -> None:
        self.statusBar().clearMessage()
        window.passage_activated.connect(self.open_passage)  # type: ignore[attr-defined]

    def export_report(self) -> None:
        """Save this policy's analysis as a self-contained HTML or PDF report."""
        if self.analysis is None:
            return
        stem = Path(self.document.path).stem if self.document and self.document.path else "policy"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            f"{stem}-report.html",
            self.tr("HTML report (*.html);;PDF report (*.pdf)"),
        )
        if path:
            self.exporter.export(path, [self.analysis])

    def print_report(self) -> bool:
        if self.analysis is None:
            return False
        return self.exporter.print_report(self, [self.analysis])

    def open_packs_dialog(self) -> None:
        from desktop.ui.translation.packs_dialog import PacksDialog

        dialog = PacksDialog(self.translation.jobs, self)
        dialog.packs_changed.connect(self.translation.translate)
        dialog.open()

    def set_sync_scroll(self, on: bool) -> None:
        self.reader.sync_scroll = on
        self.settings.set("reader/sync_scroll", on)

    def set_swapped(self, swapped: bool) -> None:
        self.reader.set_swapped(swapped)
        self.settings.set("reader/swapped", swapped)

    def set_pane_visible(self, which: str, visible: bool) -> None:
        self.reader.set_pane_visible(which, visible)
        self.settings.set("reader/show_original", not self.reader.original.isHidden())
        self.settings.set("reader/show_translation", not self.reader.translation_side.isHidden())
        self.actions_.sync_panes()

    def step_highlight(self, direction: int, category: str | None = None) -> None:
        """Next/previous passage of a category (the one last chosen in the Highlights panel)."""
        key = category or self.highlights_panel.current
        self.highlights_panel.current = key
        if self.highlights.step(key, direction) is None:
            self.statusBar().showMessage(
                self.tr("No {category} passages in this policy.").format(
                    category=category_label(key)
                ),
                4000,
            )

    def zoom_by(self, steps: int | None) -> None:
        zoom = 0 if steps is None else self.reader.original.zoom + steps
        self.reader.set_zoom(zoom)
        self.settings.set("reader/zoom", self.reader.original.zoom)

    # --- drag and drop ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_paths(event.mimeData()) or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_paths(event.mimeData())
        if len(paths) > 1:
            self.comparisons.compare(paths)
        elif paths:
            self.open_path(paths[0])
        elif event.mimeData().hasText():
            self.opener.open_text(event.mimeData().text())
        event.acceptProposedAction()

    # --- state ------------------------------------------------------------------------------
    def _show_document_state(self) -> None:
        document = self.document
        self.language_button.show_language(document.language if document else None)
        if document is None:
            self.setWindowTitle("PolicyLens")
            self.size_label.setText(self.tr("No document — open a policy or pick a sample"))
            return
        words = len(document.text.split())
        self.size_label.setText(
            self.tr("{words:,} words · {sentences:,} sentences · {sections} sections").format(
                words=words, sentences=len(document.sentences), sections=len(document.sections)
            )
        )
        name = Path(document.path).name if document.path else self.tr("Pasted policy")
        self.setWindowTitle(f"{name} — PolicyLens")

    def _show_zoom(self, steps: int) -> None:
        self.zoom_label.setText(self.tr("Zoom {percent}%").format(percent=100 + steps * 10))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def _restore_layout(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        state = self.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        self.reader.set_zoom(self.settings.get("reader/zoom"))
        splitter = self.settings.get("reader/splitter")
        if not splitter.isEmpty():
            self.reader.splitter.restoreState(splitter)
        self.reader.sync_scroll = self.settings.get("reader/sync_scroll")
        self.reader.set_swapped(self.settings.get("reader/swapped"))
        self.reader.set_pane_visible("original", self.settings.get("reader/show_original"))
        self.reader.set_pane_visible("translation", self.settings.get("reader/show_translation"))
        self.actions_.sync_panes()
        self._show_zoom(self.reader.original.zoom)

    def save_layout(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("reader/splitter", self.reader.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.translation.shutdown()
        super().closeEvent(event)


def _dropped_paths(mime: QMimeData) -> list[str]:
    urls: list[QUrl] = mime.urls() if mime.hasUrls() else []
    return [url.toLocalFile() for url in urls if url.isLocalFile()]
