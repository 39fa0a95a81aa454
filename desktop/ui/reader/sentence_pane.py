"""A read-only pane that shows blocks of sentences and knows where each sentence is.

The original and the translation are both shown by this pane: each keeps a map from sentence
index to its character range in the pane, so the two sides can be linked by sentence (hover,
click, synchronised scrolling) rather than by pixel position.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from desktop.core.document import BlockKind

READING_COLUMN_CHARS = 78  # a comfortable line length for long reading
LINE_HEIGHT_PERCENT = 150
HEADING_SIZE_STEP = {1: 6, 2: 3, 3: 1}


@dataclass(frozen=True, slots=True)
class PaneBlock:
    """One paragraph as a pane shows it: its text and where its sentences are in that text."""

    kind: BlockKind
    level: int
    text: str
    sentences: tuple[tuple[int, int, int], ...]  # (sentence index, start, end) within text
    note: str = ""  # tooltip, e.g. "This passage is in English"
    pending: bool = False  # a placeholder waiting for its translation
    other_language: bool = False  # a passage in another language than the document


class SentencePane(QTextBrowser):
    """Shows a document as blocks and reports the sentence under the pointer."""

    sentence_hovered = Signal(int)
    sentence_clicked = Signal(int)
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setMouseTracking(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setUndoRedoEnabled(False)
        self._starts: list[int] = []  # pane positions where sentences start, sorted
        self._indexes: list[int] = []  # sentence index for each entry of _starts
        self._ranges: dict[int, tuple[int, int]] = {}
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._layer_spans: dict[str, list[tuple[int, int]]] = {}
        self._hovered: int | None = None
        self._zoom = 0
        # Explains a sentence on hover (its highlight categories and why); set by the owner.
        self.tooltip_provider: Callable[[int], str] | None = None

    # --- content -----------------------------------------------------------------------
    def show_blocks(self, blocks: Sequence[PaneBlock]) -> None:
        """Replace the content; sentence positions are recorded as the text is inserted."""
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(8)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        ranges: dict[int, tuple[int, int]] = {}
        base = self.font().pointSizeF()
        for number, block in enumerate(blocks):
            block_format, char_format = _formats(block, base, self.palette())
            if number == 0:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            origin = cursor.position()
            # Newlines inside a block would start new blocks; a space keeps offsets intact.
            cursor.insertText(block.text.replace("\n", " ").replace("\r", " "), char_format)
            for index, start, end in block.sentences:
                ranges[index] = (origin + start, origin + end)
        cursor.endEditBlock()
        self.setDocument(document)
        self._ranges = ranges
        ordered = sorted((start, index) for index, (start, _) in ranges.items())
        self._starts = [start for start, _ in ordered]
        self._indexes = [index for _, index in ordered]
        self._layers.clear()
        self._layer_spans.clear()
        self._hovered = None
        self.setExtraSelections([])

    def sentence_range(self, index: int) -> tuple[int, int] | None:
        return self._ranges.get(index)

    def sentence_at(self, position: int) -> int | None:
        """The sentence containing pane position ``position``, if any."""
        slot = bisect.bisect_right(self._starts, position) - 1
        if slot < 0:
            return None
        index = self._indexes[slot]
        start, end = self._ranges[index]
        return index if start <= position <= end else None

    def sentence_at_point(self, point: QPoint) -> int | None:
        return self.sentence_at(self.cursorForPosition(point).position())

    def top_sentence(self) -> int | None:
        """The first sentence visible at the top of the viewport."""
        position = self.cursorForPosition(QPoint(8, 4)).position()
        slot = max(bisect.bisect_right(self._starts, position) - 1, 0)
        return self._indexes[slot] if self._indexes else None

    # --- navigation --------------------------------------------------------------------
    def scroll_to_sentence(self, index: int, *, top: bool = False) -> None:
        """Bring a sentence into view: at the top (sync scrolling) or centred if off-screen."""
        found = self._ranges.get(index)
        if not found:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(found[0])
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        if top:
            bar.setValue(bar.value() + rect.top() - 4)
        elif rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def select_sentence(self, index: int) -> None:
        """Put the text cursor on a sentence (keyboard users and copy start from there)."""
        found = self._ranges.get(index)
        if not found:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(found[0])
        cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # --- decorations -------------------------------------------------------------------
    def set_layer(self, name: str, spans: Sequence[tuple[int, int, QTextCharFormat]]) -> None:
        """Decorate pane ranges; layers ("link", "find", categories) draw in insertion order."""
        selections = []
        for start, end, char_format in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self._layers[name] = selections
        self._layer_spans[name] = [(start, end) for start, end, _ in spans]
        self.setExtraSelections([s for layer in self._layers.values() for s in layer])

    def layer_spans(self, name: str) -> list[tuple[int, int]]:
        """The pane ranges a decoration layer currently covers."""
        return list(self._layer_spans.get(name, []))

    def mark_linked(self, index: int | None) -> None:
        """Show the sentence linked to the one under the pointer on the other side."""
        spans = []
        if index is not None and index in self._ranges:
            linked = QTextCharFormat()
            linked.setBackground(_link_colour(self.palette()))
            start, end = self._ranges[index]
            spans.append((start, end, linked))
        self.set_layer("link", spans)

    # --- zoom ----------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        steps = max(-5, min(12, steps))
        if steps != self._zoom:
            self.zoomIn(steps - self._zoom)
            self._zoom = steps
            self._update_margins()
            self.zoom_changed.emit(steps)

    # --- events ----------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        index = self.sentence_at_point(event.position().toPoint())
        if index != self._hovered:
            self._hovered = index
            if index is not None:
                self.sentence_hovered.emit(index)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            index = self.sentence_at_point(event.position().toPoint())
            if index is not None:
                self.sentence_clicked.emit(index)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.sentence_at_point(event.pos())
            provider = self.tooltip_provider
            text = provider(index) if provider and index is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                return super().viewportEvent(event)
            return True
        return super().viewportEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._hovered = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def _update_margins(self) -> None:
        """Keep the text in a readable column, centred, however wide the pane is."""
        column = self.fontMetrics().averageCharWidth() * READING_COLUMN_CHARS
        spare = max(0, self.width() - column - 32)
        side = spare // 2
        self.setViewportMargins(side, 0, side, 0)


def _formats(
    block: PaneBlock, base_size: float, palette: QPalette
) -> tuple[QTextBlockFormat, QTextCharFormat]:
    block_format = QTextBlockFormat()
    block_format.setLineHeight(LINE_HEIGHT_PERCENT, 1)  # 1 = ProportionalHeight
    char_format = QTextCharFormat()
    if block.kind is BlockKind.HEADING:
        level = max(1, block.level or 1)
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setFontPointSize(base_size + HEADING_SIZE_STEP.get(level, 0))
        block_format.setTopMargin(18 if level <= 2 else 10)
        block_format.setBottomMargin(6)
        block_format.setHeadingLevel(min(level, 6))
    elif block.kind is BlockKind.LIST_ITEM:
        block_format.setLeftMargin(24)
        block_format.setBottomMargin(4)
    elif block.kind is BlockKind.TABLE_ROW:
        block_format.setLeftMargin(12)
        block_format.setBottomMargin(2)
        block_format.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
    elif block.kind is BlockKind.BOILERPLATE:
        char_format.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        char_format.setFontItalic(True)
        char_format.setFontPointSize(max(6.0, base_size - 2))
        block_format.setBottomMargin(4)
    else:
        block_format.setBottomMargin(10)
    if block.other_language:
        char_format.setFontItalic(True)
        block_format.setLeftMargin(block_format.leftMargin() + 16)
    if block.pending:
        char_format.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
    if block.note:
        char_format.setToolTip(block.note)
        block_format.setProperty(QTextFormat.Property.UserProperty, block.note)
    return block_format, char_format


def _link_colour(palette: QPalette) -> QColor:
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(60)
    return colour
