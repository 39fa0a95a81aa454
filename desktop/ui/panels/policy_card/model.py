"""The Policy card as a Qt tree model: a thin adapter over ``Card``.

Top-level rows are the groups, their children the lines. A child's internal id is its group's
row + 1 (0 for a group), so indexes carry no Python objects.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.ui.panels.policy_card.card import Card, CardGroup, CardLine, LineKind
from desktop.ui.panels.policy_card.wording import tr

SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 1  # int | None: the sentence a line opens
LINE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # LineKind value, None for a group
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the group's Facts field
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 4  # the policy's words the fact was read from
MAX_LINE_CHARS = 140  # longer lines are cut in the view; the tooltip and the copy are whole
MAX_QUOTE_CHARS = 700

Index = QModelIndex | QPersistentModelIndex


class PolicyCardModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._card: Card | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    @property
    def card(self) -> Card | None:
        return self._card

    def set_card(self, card: Card | None) -> None:
        self.beginResetModel()
        self._card = card
        self.endResetModel()

    # --- structure -------------------------------------------------------------------------

    def _groups(self) -> tuple[CardGroup, ...]:
        return self._card.groups if self._card is not None else ()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        groups = self._groups()
        if not parent.isValid():
            return len(groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(groups[parent.row()].lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- content ---------------------------------------------------------------------------

    def group_at(self, index: Index) -> CardGroup | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._groups()[row]

    def line_at(self, index: Index) -> CardLine | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups()[index.internalId() - 1].lines[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.group_at(index)
        if group is None:
            return None
        line = self.line_at(index)
        if role == GROUP_KEY_ROLE:
            return group.key
        if line is None:
            return self._group_data(group, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return _shorten(line.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(line)
        if role == Qt.ItemDataRole.FontRole and line.kind is not LineKind.FACT:
            return self._italic
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return line.text
        if role == SENTENCE_ROLE:
            return line.sentence
        if role == LINE_KIND_ROLE:
            return line.kind.value
        if role == EVIDENCE_ROLE:
            return line.evidence
        return None

    def _group_data(self, group: CardGroup, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return group.title
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            facts = sum(line.kind is LineKind.FACT for line in group.lines)
            if not group.stated:
                return tr("{title}: not stated in this policy").format(title=group.title)
            return tr("{title}: {count} found in this policy").format(
                title=group.title, count=facts
            )
        return None


def _shorten(text: str, limit: int = MAX_LINE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _tooltip(line: CardLine) -> str:
    """Rich text, so long sentences wrap: the whole line, then the sentence it came from."""
    parts = [f"<p><b>{escape(line.text, quote=False)}</b></p>"]
    if line.note:
        parts.append(f"<p>{escape(line.note, quote=False)}</p>")
    if line.source is not None and line.sentence is not None:
        label = tr("Sentence {number}:").format(number=line.sentence + 1)
        quote = escape(_shorten(line.source, MAX_QUOTE_CHARS), quote=False)
        parts.append(f"<p><i>{escape(label, quote=False)}</i> “{quote}”</p>")
        if line.english and line.english != line.source:
            english = escape(_shorten(line.english, MAX_QUOTE_CHARS), quote=False)
            parts.append(f"<p><i>{escape(tr('In English:'), quote=False)}</i> “{english}”</p>")
        parts.append(
            f"<p><small>{escape(tr('Click or press Enter to read it in the policy.'))}</small></p>"
        )
    return "<qt>" + "".join(parts) + "</qt>"
