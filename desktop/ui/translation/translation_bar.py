"""The strip above the translation pane: what the translation is doing and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.translate.catalogue import CatalogueEntry


class TranslationBar(QFrame):
    """Shows one state at a time: working, done, unavailable (with an offer), stopped, failed."""

    cancel_requested = Signal()
    retry_requested = Signal()
    download_requested = Signal(object)  # CatalogueEntry
    search_requested = Signal()  # look the pack up in the online catalogue (user's consent)
    packs_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retry_button = QPushButton(self.tr("Translate"), self)
        self.retry_button.clicked.connect(self.retry_requested)
        self.download_button = QPushButton(self)
        self.download_button.clicked.connect(self._download)
        self.packs_button = QPushButton(self.tr("Language packs…"), self)
        self.packs_button.clicked.connect(self.packs_requested)
        # The message gets the pane's whole width (a narrow pane would squeeze it beside the
        # buttons into a column of single words); the actions sit under it, to the right.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for widget in (
            self.progress,
            self.cancel_button,
            self.retry_button,
            self.download_button,
            self.packs_button,
        ):
            actions.addWidget(widget)
        layout.addLayout(actions)
        self._offer: CatalogueEntry | None = None
        self.show_idle()

    def _show(
        self,
        text: str,
        *,
        progress: bool = False,
        cancel: bool = False,
        retry: str = "",
        download: bool = False,
        packs: bool = False,
    ) -> None:
        self.label.setText(text)
        self.progress.setVisible(progress)
        self.cancel_button.setVisible(cancel)
        self.retry_button.setVisible(bool(retry))
        self.retry_button.setText(retry)
        self.download_button.setVisible(download)
        self.packs_button.setVisible(packs)

    def show_idle(self) -> None:
        self._show(self.tr("English translation"))

    def show_english(self) -> None:
        self._show(self.tr("This policy is in English: it is shown as it is."))

    def show_running(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m"))
        self._show(self.tr("Translating offline…"), progress=True, cancel=True)

    def show_done(self, pack: str) -> None:
        self._show(self.tr("Translated on this computer with {pack}.").format(pack=pack))

    def show_cancelled(self, done: int, total: int) -> None:
        self._show(
            self.tr("Translation stopped after {done} of {total} sentences.").format(
                done=done, total=total
            ),
            retry=self.tr("Resume"),
        )

    def show_failed(self, reason: str) -> None:
        self._show(
            self.tr("Translation failed: {reason}").format(reason=reason),
            retry=self.tr("Try again"),
            packs=True,
        )

    def show_unavailable(self, language: str, offer: CatalogueEntry | None) -> None:
        """No pack for this language: say so plainly and offer the matching download."""
        self._offer = offer
        text = self.tr(
            "No {language} → English language pack is installed, so there is no translation "
            "yet. Highlights and facts work without it."
        ).format(language=language)
        if offer is not None:
            self.download_button.setText(
                self.tr("Download {source} → English").format(source=offer.from_name)
            )
        else:
            self.download_button.setText(self.tr("Find a pack online"))
            self.download_button.setToolTip(
                self.tr("Asks the Argos package index which packs exist (needs the internet)")
            )
        self._show(text, download=True, packs=True)

    def show_not_offered(self, language: str) -> None:
        self._show(
            self.tr(
                "The Argos package index has no {language} → English pack. Highlights and "
                "facts work without a translation."
            ).format(language=language),
            packs=True,
        )

    def show_downloading(self, text: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1) if total else 0)
        self.progress.setValue(done)
        self.progress.setFormat("%p%")
        self._show(text, progress=True, cancel=True)

    def _download(self) -> None:
        if self._offer is not None:
            self.download_requested.emit(self._offer)
        else:
            self.search_requested.emit()
