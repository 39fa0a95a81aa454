"""The status-bar language control: shows the document's language and lets the user override it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.core.document import Language
from desktop.core.language import SUPPORTED_LANGUAGES

AUTO = ""


class LanguageButton(QToolButton):
    """Emits ``language_chosen(code)``; ``None`` means "detect automatically"."""

    language_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.menu_ = QMenu(self)
        self.group = QActionGroup(self)
        self.auto_action = self._add(self.tr("Detect automatically"), AUTO)
        self.menu_.addSeparator()
        for code, name in SUPPORTED_LANGUAGES.items():
            self._add(f"{name} ({code})", code)
        self.setMenu(self.menu_)
        self.setEnabled(False)

    def _add(self, label: str, code: str) -> QAction:
        action = QAction(label, self.menu_)
        action.setCheckable(True)
        action.setData(code)
        action.triggered.connect(
            lambda _checked=False, c=code: self.language_chosen.emit(c or None)
        )
        self.group.addAction(action)
        self.menu_.addAction(action)
        return action

    def action_for(self, code: str) -> QAction | None:
        return next((a for a in self.group.actions() if a.data() == code), None)

    def show_language(self, language: Language | None) -> None:
        self.setEnabled(language is not None)
        if language is None:
            self.setText(self.tr("Language: —"))
            return
        chosen = language.source == "user"
        suffix = (
            self.tr("chosen by you")
            if chosen
            else self.tr("detected, {confidence:.0%} sure").format(confidence=language.confidence)
        )
        self.setText(self.tr("Language: {name}").format(name=language.name))
        self.setToolTip(
            self.tr("{name} ({suffix}). Click to change.").format(name=language.name, suffix=suffix)
        )
        action = self.action_for(language.code) if chosen else self.auto_action
        if action:
            action.setChecked(True)
