"""An inline message bar: errors and hints appear in the window, never as a traceback."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class NoticeBar(QFrame):
    """A dismissible message with an optional action button."""

    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setObjectName("noticeText")
        self._action = QPushButton(self)
        self._action.clicked.connect(self.action_triggered)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(close)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_message(self, text: str, *, error: bool = False, action: str = "") -> None:
        self.setProperty("error", error)
        self.setStyleSheet(
            "#notice { background: palette(alternate-base); border-left: 4px solid %s; }"
            % ("#d55e00" if error else "#0072b2")
        )
        self._label.setText(text)
        self._action.setVisible(bool(action))
        self._action.setText(action)
        self.show()
