"""The outline: the document's sections as a tree; activating one scrolls the reader there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desktop.core.document import Document

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


class OutlinePanel(QTreeView):
    """Sections nested by heading level. Emits the heading paragraph of the chosen section."""

    section_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.activated.connect(self._emit)
        self.clicked.connect(self._emit)

    def show_document(self, document: Document | None) -> None:
        self._model.clear()
        if document is None:
            return
        stack: list[tuple[int, QStandardItem]] = [(0, self._model.invisibleRootItem())]
        for section in document.sections:
            item = QStandardItem(section.title)
            item.setData(section.heading, SECTION_ROLE)
            item.setToolTip(section.title)
            while len(stack) > 1 and stack[-1][0] >= section.level:
                stack.pop()
            stack[-1][1].appendRow(item)
            stack.append((section.level, item))
        self.expandAll()

    def section_count(self) -> int:
        def count(parent: QModelIndex) -> int:
            rows = self._model.rowCount(parent)
            return rows + sum(count(self._model.index(r, 0, parent)) for r in range(rows))

        return count(QModelIndex())

    def _emit(self, index: QModelIndex) -> None:
        heading = index.data(SECTION_ROLE)
        if heading is not None:
            self.section_activated.emit(int(heading))
