"""Find in the document (Ctrl+F): every match marked, Enter / Shift+Enter to move between them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.ui.reader.sentence_pane import SentencePane

MAX_MARKED = 2000


class FindBar(QWidget):
    """Searches one pane at a time (the one the reader last used)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._pane: SentencePane | None = None
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.find_next)
        self.count_label = QLabel(self)
        previous = QToolButton(self)
        previous.setText("↑")
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        previous.clicked.connect(self.find_previous)
        following = QToolButton(self)
        following.setText("↓")
        following.setToolTip(self.tr("Next match (Enter)"))
        following.clicked.connect(self.find_next)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.hide()

    def open_on(self, pane: SentencePane) -> None:
        self._pane = pane
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self) -> None:
        if self._pane:
            self._pane.set_layer("find", [])
        self.hide()
        self.closed.emit()

    @property
    def match_count(self) -> int:
        return len(self._matches)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
        else:
            super().keyPressEvent(event)

    def _search(self, needle: str) -> None:
        self._matches = []
        self._current = -1
        pane = self._pane
        if pane is None:
            return
        if needle:
            cursor = QTextCursor(pane.document())
            while len(self._matches) < MAX_MARKED:
                cursor = pane.document().find(needle, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                self._matches.append((cursor.selectionStart(), cursor.selectionEnd()))
        marked = QTextCharFormat()
        marked.setBackground(QColor(240, 228, 66, 140))  # Okabe–Ito yellow
        pane.set_layer("find", [(a, b, marked) for a, b in self._matches])
        self._step(1)

    def _step(self, direction: int) -> None:
        if not self._matches or self._pane is None:
            self.count_label.setText(self.tr("No matches") if self.field.text() else "")
            return
        self._current = (self._current + direction) % len(self._matches)
        start, end = self._matches[self._current]
        cursor = QTextCursor(self._pane.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._pane.setTextCursor(cursor)
        self._pane.ensureCursorVisible()
        self.count_label.setText(
            self.tr("{current} of {total}").format(
                current=self._current + 1, total=len(self._matches)
            )
        )
