"""The Policy card panel: the facts a reader wants, grouped, each opening its sentence."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.policy import PolicyAnalysis
from desktop.ui.panels.policy_card.card import NOT_STATED_MARK, Card, build_card, card_text
from desktop.ui.panels.policy_card.model import SENTENCE_ROLE, PolicyCardModel
from desktop.ui.panels.policy_card.view import CardView, not_stated_colour


class PolicyCardPanel(QWidget):
    """Shows one analysis at a time; emits the sentence of the fact the reader chooses."""

    sentence_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyCardPanel")
        self._analysis: PolicyAnalysis | None = None
        self.hint = QLabel(self)
        self.hint.setObjectName("policyCardHint")
        self.hint.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("policyCardNotice")
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(4)
        emphasis = QFont(self.notice.font())
        emphasis.setItalic(True)
        emphasis.setBold(True)
        self.notice.setFont(emphasis)
        self.model = PolicyCardModel(self)
        self.view = CardView(self)
        self.view.setModel(self.model)
        self.view.clicked.connect(self._activate)
        self.view.fact_entered.connect(self._activate)
        self.view.copy_requested.connect(self.copy_card)
        self.copy_button = QPushButton(self.tr("Copy card"), self)
        self.copy_button.setObjectName("copyCard")
        self.copy_button.setToolTip(self.tr("Copy the whole card as plain text (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy_card)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.show_analysis(None)

    @property
    def card(self) -> Card | None:
        return self.model.card

    def show_analysis(self, analysis: PolicyAnalysis | None) -> None:
        """Show the facts of ``analysis`` (again, when its translation arrives), or nothing."""
        same_document = (
            analysis is not None
            and self._analysis is not None
            and analysis.document is self._analysis.document
        )
        scrolled = self.view.verticalScrollBar().value()
        self._analysis = analysis
        card = build_card(analysis) if analysis is not None else None
        self.model.set_card(card)
        self.view.expandAll()
        if same_document:
            self.view.verticalScrollBar().setValue(scrolled)
        self.copy_button.setEnabled(card is not None)
        if card is None:
            self.hint.setText(self.tr("Open a policy to see its key facts here."))
        else:
            self.hint.setText(
                self.tr("The key facts of this policy. Click one to read its sentence.")
            )
        keeps_quiet = card is not None and not card.group("retention").stated
        if keeps_quiet:
            self.notice.setText(
                self.tr("{mark} This policy never says how long it keeps your data.").format(
                    mark=NOT_STATED_MARK
                )
            )
            palette = self.notice.palette()
            palette.setColor(QPalette.ColorRole.WindowText, not_stated_colour(self.palette()))
            self.notice.setPalette(palette)
        self.notice.setVisible(keeps_quiet)

    def card_text(self) -> str:
        """The whole card as plain text, as "Copy card" puts it on the clipboard."""
        card = self.model.card
        return card_text(card) if card is not None else ""

    def copy_card(self) -> None:
        text = self.card_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def _activate(self, index: QModelIndex) -> None:
        sentence = index.data(SENTENCE_ROLE)
        if sentence is not None:
            self.sentence_activated.emit(int(sentence))
