"""The comparison matrix as a Qt table model: a thin adapter over ``desktop.core.compare``.

Rows are topics, columns are policies. The model only maps indexes and roles to the core's
``Comparison``; every decision (what differs, what is notable) was made in the core.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.compare import Cell, Comparison

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the core Cell
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: the row's cells differ
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's topic key
NOT_STATED_COLOUR = QColor("#B34700")  # Okabe–Ito vermillion, darkened for text contrast
DIFFERS_BACKGROUND = QColor("#FFF6DB")  # a faint Okabe–Ito orange tint
MAX_FACTS_SHOWN = 6
MAX_HEADER_CHARS = 28  # longer names are cut; the tooltip has the whole name
MAX_FACT_CHARS = 60  # a fact longer than this is cut in the cell, whole in the tooltip

Index = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    """One row per topic, one column per policy."""

    def __init__(self, comparison: Comparison, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison = comparison
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def comparison(self) -> Comparison:
        return self._comparison

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._comparison.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._comparison.columns)

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid():
            return None
        return self._comparison.rows[index.row()].cells[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        row = self._comparison.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell, bool(row.fact_kinds))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.FontRole and not cell.stated:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole and not cell.stated:
            return QBrush(NOT_STATED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        if role == Qt.ItemDataRole.BackgroundRole and row.differs:
            return QBrush(DIFFERS_BACKGROUND)
        if role == CELL_ROLE:
            return cell
        if role == DIFFERS_ROLE:
            return row.differs
        if role == TOPIC_ROLE:
            return row.topic
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._comparison.columns):
                return None
            column = self._comparison.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                status = self.tr("translation: %s") % column.translation
                name = column.name
                if len(name) > MAX_HEADER_CHARS:
                    name = name[: MAX_HEADER_CHARS - 1].rstrip() + "…"
                return f"{name}\n{column.language_name} ({column.language})\n{status}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{column.name}\n{column.path or self.tr('Pasted text')}"
            return None
        if not 0 <= section < len(self._comparison.rows):
            return None
        row = self._comparison.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.tr(row.title)
            return f"≠ {title}\n{self.tr('(differs)')}" if row.differs else title
        if role == Qt.ItemDataRole.FontRole and row.differs:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and row.differs:
            return self.tr("The policies differ on this topic")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, cell: Cell, has_facts: bool) -> str:
        if not cell.stated:
            return "⚠ " + self.tr("Not stated")
        lines = [_shorten(fact.text) for fact in cell.facts[:MAX_FACTS_SHOWN]]
        if len(cell.facts) > MAX_FACTS_SHOWN:
            lines.append(self.tr("+%d more") % (len(cell.facts) - MAX_FACTS_SHOWN))
        if not cell.facts:
            lines.append(
                self.tr("Mentioned, no details found") if has_facts else self.tr("Mentioned")
            )
        lines += [f"▲ {note.text}" for note in cell.notes]
        lines.append(self._passages(cell.passages))
        return "\n".join(lines)

    def _passages(self, count: int) -> str:
        return self.tr("1 passage") if count == 1 else self.tr("%d passages") % count

    def _tooltip(self, cell: Cell) -> str:
        if not cell.stated:
            return self.tr("The policy does not say anything about this topic")
        return "\n".join([f.text for f in cell.facts] + [self._passages(cell.passages)])


def _shorten(text: str, limit: int = MAX_FACT_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class DifferencesFilter(QSortFilterProxyModel):
    """Shows every row, or with ``only_differences`` just the rows whose cells differ."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_differences = False

    @property
    def only_differences(self) -> bool:
        return self._only_differences

    def set_only_differences(self, on: bool) -> None:
        if on != self._only_differences:
            self.beginFilterChange()
            self._only_differences = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_differences:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(DIFFERS_ROLE))
