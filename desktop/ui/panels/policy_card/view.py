"""The tree that shows the card: lines wrap to the dock's width, "Not stated" stands out in
any palette, Enter opens a fact, and Ctrl+C asks for the whole card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop.ui.panels.policy_card.card import LineKind
from desktop.ui.panels.policy_card.model import LINE_KIND_ROLE, SENTENCE_ROLE

# Okabe–Ito vermillion: darkened on light backgrounds, lightened on dark ones, for contrast.
NOT_STATED_ON_LIGHT = QColor("#B34700")
NOT_STATED_ON_DARK = QColor("#FFA066")

Index = QModelIndex | QPersistentModelIndex


def not_stated_colour(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return NOT_STATED_ON_DARK if dark else NOT_STATED_ON_LIGHT


class WrappingDelegate(QStyledItemDelegate):
    """Row heights follow the wrapped text at the view's current width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.data(LINE_KIND_ROLE) == LineKind.NOT_STATED.value:
            colour = not_stated_colour(option.palette)
            option.palette.setColor(QPalette.ColorRole.Text, colour)
            option.palette.setColor(QPalette.ColorRole.WindowText, colour)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        wrapped = QStyleOptionViewItem(option)
        depth = 1 if index.parent().isValid() else 0
        if self._view.rootIsDecorated():
            depth += 1
        width = self._view.viewport().width() - depth * self._view.indentation()
        wrapped.rect.setWidth(max(width, 60))
        if wrapped.rect.height() <= 0:
            wrapped.rect.setHeight(1)  # a valid rect: the style then wraps to its width
        hint = super().sizeHint(wrapped, index)
        return QSize(min(hint.width(), wrapped.rect.width()), hint.height() + 4)


class CardView(QTreeView):
    fact_entered = Signal(QModelIndex)  # Enter or Return on a line
    copy_requested = Signal()  # the copy shortcut while the card has focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyCardView")
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setIndentation(14)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(WrappingDelegate(self))
        self._laid_out_width = -1
        self.setMouseTracking(True)  # a pointing hand over the lines that open a sentence

    def event(self, event: QEvent) -> bool:
        # Claim Ctrl+C before the window's Edit ▸ Copy does, while the card has focus.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.fact_entered.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        opens = self.indexAt(event.position().toPoint()).data(SENTENCE_ROLE) is not None
        if opens:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._laid_out_width:  # wrapped rows change height with the width
            self._laid_out_width = width
            self.scheduleDelayedItemsLayout()
