"""The Highlights panel: a legend with a toggle, count and previous/next per category, a
one-glance summary ("not stated" stands out), and every passage of each category."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.classify import CATEGORIES, CORE
from desktop.core.policy import PolicyAnalysis
from desktop.ui.highlights.style import STYLES, category_label

SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_CHARS = 140


class HighlightsPanel(QWidget):
    """Emits what the reader asks for; the HighlightPresenter and the reader act on it."""

    category_toggled = Signal(str, bool)
    step_requested = Signal(str, int)  # category, +1 next / -1 previous
    sentence_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightsPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("highlightsSummary")
        self.summary.setWordWrap(True)
        self.toggles: dict[str, QCheckBox] = {}
        self.counts: dict[str, QLabel] = {}
        self.current = CORE[0]
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for row, key in enumerate(CATEGORIES):
            style = STYLES[key]
            toggle = QCheckBox(f"{style.mark} {category_label(key)}", self)
            toggle.setChecked(key in CORE)
            toggle.setStyleSheet(f"QCheckBox {{ color: {style.colour}; font-weight: 600; }}")
            toggle.toggled.connect(lambda on, k=key: self.category_toggled.emit(k, on))
            count = QLabel(self)
            previous = _arrow(
                self,
                "◀",
                self.tr("Previous {category} passage").format(category=category_label(key)),
            )
            following = _arrow(
                self, "▶", self.tr("Next {category} passage").format(category=category_label(key))
            )
            previous.clicked.connect(lambda _c=False, k=key: self._step(k, -1))
            following.clicked.connect(lambda _c=False, k=key: self._step(k, 1))
            grid.addWidget(toggle, row, 0)
            grid.addWidget(count, row, 1)
            grid.addWidget(previous, row, 2)
            grid.addWidget(following, row, 3)
            self.toggles[key] = toggle
            self.counts[key] = count
        grid.setColumnStretch(1, 1)
        self.passages = QTreeView(self)
        self.passages.setObjectName("passages")
        self.passages.setHeaderHidden(True)
        self.passages.setWordWrap(True)
        self.passages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.model = QStandardItemModel(self)
        self.passages.setModel(self.model)
        self.passages.clicked.connect(self._activate)
        self.passages.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.passages, 1)
        self.show_analysis(None)

    def show_analysis(self, analysis: PolicyAnalysis | None) -> None:
        self.model.clear()
        if analysis is None:
            self.summary.setText(self.tr("Open a policy to see what it says about your data."))
            for key in CATEGORIES:
                self.counts[key].setText("")
            return
        summary = analysis.summary
        missing = [category_label(k) for k in CORE if not summary[k]["addressed"]]
        if missing:
            self.summary.setText(
                self.tr("<b>Not stated:</b> {topics}. The policy never addresses these.").format(
                    topics=", ".join(missing)
                )
            )
        else:
            self.summary.setText(self.tr("The policy addresses all four core topics."))
        for key in CATEGORIES:
            passages = summary[key]["passages"]
            label = self.counts[key]
            if summary[key]["addressed"]:
                label.setText(self.tr("· {count}").format(count=passages))
                label.setToolTip(self.tr("{count} passages").format(count=passages))
                label.setStyleSheet("")
            else:
                label.setText(self.tr("⚠ not stated"))
                label.setToolTip(self.tr("The policy says nothing about this"))
                label.setStyleSheet("font-style: italic; color: #D55E00;")
            self._add_passages(analysis, key)

    def _add_passages(self, analysis: PolicyAnalysis, key: str) -> None:
        document = analysis.document
        style = STYLES[key]
        group = QStandardItem(f"{style.mark} {category_label(key)}")
        group.setForeground(QColor(style.colour))
        bold = QFont()
        bold.setBold(True)
        group.setFont(bold)
        group.setSelectable(False)
        seen: set[int] = set()
        for index, label in enumerate(analysis.labels):
            sentence = document.sentences[index]
            if key not in label.categories or sentence.paragraph in seen:
                continue
            seen.add(sentence.paragraph)
            paragraph = document.paragraphs[sentence.paragraph]
            text = " ".join(document.text[paragraph.start : paragraph.end].split())
            item = QStandardItem(text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + "…")
            item.setToolTip(text[:600])
            item.setData(index, SENTENCE_ROLE)
            group.appendRow(item)
        if group.rowCount():
            self.model.appendRow(group)

    def passage_count(self, key: str) -> int:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.text().endswith(category_label(key)):
                return item.rowCount()
        return 0

    def _step(self, key: str, direction: int) -> None:
        self.current = key
        self.step_requested.emit(key, direction)

    def _activate(self, index) -> None:
        sentence = index.data(SENTENCE_ROLE)
        if sentence is not None:
            self.sentence_activated.emit(int(sentence))


def _arrow(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button
