"""The reading area: original and translation side by side, linked sentence by sentence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.core.document import Document
from desktop.ui.reader.content import original_blocks, translated_blocks
from desktop.ui.reader.find_bar import FindBar
from desktop.ui.reader.sentence_pane import SentencePane
from desktop.ui.translation.translation_bar import TranslationBar

REBUILD_DELAY_MS = 120  # coalesce translation batches into one repaint


class ReaderView(QWidget):
    """Two panes over one document. Scrolling is synchronised by sentence anchors."""

    sentence_selected = Signal(int)
    panes_rendered = Signal()  # a pane was rebuilt: decorations must be drawn again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.translations: list[str | None] = []
        self.sync_scroll = True
        self._syncing = False
        self.original = SentencePane(self)
        self.original.setObjectName("originalPane")
        self.original.setPlaceholderText(
            # Drawn on one line, unwrapped: short. The status bar names the Samples menu too.
            self.tr("Open a policy: File ▸ Open… (Ctrl+O)")
        )
        self.translation = SentencePane(self)
        self.translation.setObjectName("translationPane")
        self.translation.setPlaceholderText(
            self.tr("The English translation appears here.")
        )
        self.translation_bar = TranslationBar(self)
        self.translation_side = QWidget(self)
        side = QVBoxLayout(self.translation_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(self.translation_bar)
        side.addWidget(self.translation, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.original)
        self.splitter.addWidget(self.translation_side)
        self.find_bar = FindBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self._last_pane = self.original
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(REBUILD_DELAY_MS)
        self._rebuild.timeout.connect(self._show_translation)
        for pane, other in ((self.original, self.translation), (self.translation, self.original)):
            pane.sentence_hovered.connect(self._link)
            pane.sentence_clicked.connect(self._select)
            pane.verticalScrollBar().valueChanged.connect(
                lambda _value, source=pane, target=other: self._follow(source, target)
            )
            pane.installEventFilter(self)

    # --- content ------------------------------------------------------------------------
    def show_document(self, document: Document | None) -> None:
        self.document = document
        self.find_bar.close_bar()
        self.original.show_blocks(original_blocks(document) if document else [])
        self.translations = [None] * (len(document.sentences) if document else 0)
        self.translation.show_blocks([])
        self.panes_rendered.emit()

    def add_translations(self, batch: Iterable[tuple[int, str]]) -> None:
        """Fill in translated sentences; the pane repaints shortly after, once per burst."""
        for index, text in batch:
            if 0 <= index < len(self.translations):
                self.translations[index] = text
        if not self._rebuild.isActive():
            self._rebuild.start()

    def set_translations(self, translations: Sequence[str | None]) -> None:
        self.translations = list(translations)
        self._show_translation()

    def clear_translation(self) -> None:
        self._rebuild.stop()
        self.translations = [None] * len(self.translations)
        self.translation.show_blocks([])

    def visible_sentences(self) -> list[int]:
        """Sentences from the top of the original's viewport down: translated first."""
        if self.document is None:
            return []
        top = self.original.top_sentence() or 0
        return list(range(top, min(top + 40, len(self.document.sentences))))

    def _show_translation(self) -> None:
        """Re-render the translation pane where the reader is, without moving the original.

        Replacing the pane's text resets its scroll bar; were that followed like a user's
        scroll, every batch of translation would yank the original back to the top.
        """
        if self.document is None:
            return
        self._rebuild.stop()  # everything known is rendered now; a pending burst is moot
        anchor = (self.original if self.sync_scroll else self.translation).top_sentence()
        self._syncing = True
        try:
            self.translation.show_blocks(translated_blocks(self.document, self.translations))
            if anchor is not None:
                self.translation.scroll_to_sentence(anchor, top=True)
        finally:
            self._syncing = False
        self.panes_rendered.emit()

    # --- linking ------------------------------------------------------------------------
    def _link(self, index: int) -> None:
        """Hovering a sentence marks it and its counterpart, bringing the counterpart into view."""
        self.original.mark_linked(index)
        self.translation.mark_linked(index)
        other = self.translation if self.sender() is self.original else self.original
        if other.isVisible():
            self._syncing = True
            other.scroll_to_sentence(index)
            self._syncing = False

    def _select(self, index: int) -> None:
        self._link(index)
        self.sentence_selected.emit(index)

    def _follow(self, source: SentencePane, target: SentencePane) -> None:
        if not self.sync_scroll or self._syncing or not target.isVisible():
            return
        anchor = source.top_sentence()
        if anchor is None:
            return
        self._syncing = True
        target.scroll_to_sentence(anchor, top=True)
        self._syncing = False

    # --- layout ---------------------------------------------------------------------------
    @property
    def swapped(self) -> bool:
        return self.splitter.indexOf(self.translation_side) == 0

    def set_swapped(self, swapped: bool) -> None:
        if swapped != self.swapped:
            self.splitter.insertWidget(0, self.translation_side if swapped else self.original)

    def set_pane_visible(self, which: str, visible: bool) -> None:
        """Show or hide "original" or "translation"; at least one pane stays visible."""
        pane = self.original if which == "original" else self.translation_side
        other = self.translation_side if which == "original" else self.original
        if not visible and other.isHidden():
            other.show()
        pane.setVisible(visible)

    # --- navigation and clipboard -----------------------------------------------------------
    def active_pane(self) -> SentencePane:
        return self._last_pane

    def open_find(self) -> None:
        self.find_bar.open_on(self._last_pane if self._last_pane.isVisible() else self.original)

    def go_to_paragraph(self, paragraph: int) -> None:
        """Scroll both panes to the first sentence of a paragraph (a heading, say)."""
        if self.document is None:
            return
        sentences = self.document.sentences_in(paragraph)
        if sentences:
            self.go_to_sentence(sentences[0].index, top=True)

    def go_to_sentence(self, index: int, *, top: bool = False) -> None:
        self._syncing = True
        for pane in (self.original, self.translation):
            if pane.isVisible():
                pane.scroll_to_sentence(index, top=top)
        self._syncing = False
        self.original.select_sentence(index)
        self.original.mark_linked(index)
        self.translation.mark_linked(index)

    def selected_sentences(self) -> list[int]:
        """Sentences touched by the selection in the active pane (or the linked one)."""
        pane = self._last_pane
        cursor = pane.textCursor()
        if not cursor.hasSelection():
            return []
        first = pane.sentence_at(cursor.selectionStart())
        last = pane.sentence_at(max(cursor.selectionEnd() - 1, cursor.selectionStart()))
        indexes = [i for i in (first, last) if i is not None]
        return list(range(min(indexes), max(indexes) + 1)) if indexes else []

    def copy_both(self) -> None:
        """Put the selected sentences (or all) in the clipboard, original beside translation."""
        if self.document is None:
            return
        indexes = self.selected_sentences() or range(len(self.document.sentences))
        rows = [(self.document.sentences[i].text, self.translations[i] or "") for i in indexes]
        # Tab-separated: pastes as two columns into spreadsheets and word processors.
        QGuiApplication.clipboard().setText(
            "\n".join(f"{source}\t{english}" for source, english in rows)
        )

    def set_zoom(self, steps: int) -> None:
        for pane in (self.original, self.translation):
            pane.set_zoom(steps)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.FocusIn and isinstance(watched, SentencePane):
            self._last_pane = watched
        return super().eventFilter(watched, event)
