"""The passages behind one matrix cell: each original with its English translation under it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from desktop.core.compare import Cell
from desktop.core.policy import PolicyAnalysis

SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 1  # the passage's first sentence in the cell
TRANSLATION_ROLE = Qt.ItemDataRole.UserRole + 2  # its English, or None


class PassageList(QListWidget):
    """Lists a cell's passages; activating one (double-click, Enter) reports its sentence."""

    passage_activated = Signal(int)  # sentence index in the shown policy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemActivated.connect(self._activated)
        self.show_hint(self.tr("Click a cell to see the passages behind it."))

    def show_hint(self, text: str) -> None:
        self.clear()
        item = QListWidgetItem(text, self)
        item.setFlags(Qt.ItemFlag.NoItemFlags)

    def show_cell(self, analysis: PolicyAnalysis, cell: Cell, topic_title: str) -> None:
        """One item per paragraph among the cell's sentences, in reading order."""
        if not cell.sentences:
            self.show_hint(
                self.tr("Not stated: no passage of this policy is about “%s”.") % topic_title
            )
            return
        self.clear()
        document = analysis.document
        english = analysis.translations()
        by_paragraph: dict[int, list[int]] = {}
        for index in cell.sentences:
            by_paragraph.setdefault(document.sentences[index].paragraph, []).append(index)
        for indices in by_paragraph.values():
            original = " ".join(document.sentences[i].text for i in indices)
            translated = [english[i] for i in indices if english[i]]
            text = original
            translation = " ".join(translated) if translated else None
            if translation and translation != original:
                text += "\n↳ " + translation
            item = QListWidgetItem(text, self)
            item.setData(SENTENCE_ROLE, indices[0])
            item.setData(TRANSLATION_ROLE, translation)
            item.setToolTip(self.tr("Double-click to open the policy at this passage"))

    def _activated(self, item: QListWidgetItem) -> None:
        sentence = item.data(SENTENCE_ROLE)
        if sentence is not None:
            self.passage_activated.emit(int(sentence))
