"""Connects the document in the reader with translation: start, stream, cancel, offer packs."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.core.document import Document
from desktop.core.translate.catalogue import CatalogueEntry, find_entry
from desktop.core.translate.download import DownloadProgress
from desktop.core.translate.service import TranslationResult
from desktop.ui.formatting import human_size
from desktop.ui.reader.reader_view import ReaderView
from desktop.ui.translation.controller import TranslationController
from desktop.ui.translation.pack_jobs import PackJobs

ENGLISH = "en"


class TranslationPresenter(QObject):
    """Owns the translation of the current document and what the translation bar says."""

    translation_finished = Signal(object)  # TranslationResult, for re-scoring with English
    packs_dialog_requested = Signal()

    def __init__(self, reader: ReaderView, pool: QThreadPool, parent: QObject | None = None):
        super().__init__(parent)
        self.reader = reader
        self.bar = reader.translation_bar
        self.controller = TranslationController(self)
        self.jobs = PackJobs(pool, self)
        self.document: Document | None = None
        self.result: TranslationResult | None = None
        self._done = 0
        self._total = 0
        self.controller.started.connect(lambda total: self._progress(0, total))
        self.controller.batch_ready.connect(reader.add_translations)
        self.controller.progressed.connect(self._progress)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self.bar.show_failed)
        self.bar.cancel_requested.connect(self.cancel)
        self.bar.retry_requested.connect(self.translate)
        self.bar.download_requested.connect(self.download)
        self.bar.search_requested.connect(self.find_pack_online)
        self.jobs.catalogue_loaded.connect(self._catalogue_loaded)
        self.bar.packs_requested.connect(self.packs_dialog_requested)
        self.jobs.download_progressed.connect(self._download_progress)
        self.jobs.installed.connect(lambda _pack: self.translate())
        self.jobs.failed.connect(self.bar.show_failed)

    def show_document(self, document: Document | None) -> None:
        """A new document (or a new language for it): translate it if it is not English."""
        self.controller.cancel()
        self.document = document
        self.result = None
        self.reader.clear_translation()
        if document is None:
            self.bar.show_idle()
        elif document.language.code == ENGLISH:
            self.bar.show_english()
            self.reader.set_translations([s.text for s in document.sentences])
        else:
            self.translate()

    def translate(self) -> None:
        if self.document is not None and self.document.language.code != ENGLISH:
            self.controller.translate(self.document, priority=self.reader.visible_sentences())

    def cancel(self) -> None:
        if self.jobs.running:
            self.jobs.cancel()
            self.bar.show_failed(self.tr("download cancelled"))
            return
        self.controller.cancel()
        self.bar.show_cancelled(self._done, self._total)

    def download(self, entry: CatalogueEntry) -> None:
        self.bar.show_downloading(self.tr("Downloading {name}…").format(name=entry.name), 0, 0)
        self.jobs.download(entry)

    def find_pack_online(self) -> None:
        """Fetch the catalogue (only now, on request) to offer this language's pack."""
        self.bar.show_downloading(self.tr("Asking the Argos package index…"), 0, 0)
        self.jobs.fetch_catalogue()

    def _catalogue_loaded(self, entries: list[CatalogueEntry]) -> None:
        document = self.document
        if document is None or self.result is None or self.result.status != "unavailable":
            return
        offer = find_entry(entries, document.language.code)
        if offer is None:
            self.bar.show_not_offered(document.language.name)
        else:
            self.bar.show_unavailable(document.language.name, offer)

    def shutdown(self) -> None:
        self.jobs.cancel()
        self.controller.shutdown()

    def _progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self.bar.show_running(done, total)

    def _download_progress(self, progress: DownloadProgress) -> None:
        total = progress.total or 0
        text = self.tr("Downloading: {done} of {total}, {speed}/s, {eta} left").format(
            done=human_size(progress.done),
            total=human_size(total) if total else "?",
            speed=human_size(int(progress.speed)),
            eta=f"{progress.eta:.0f} s" if progress.eta is not None else "?",
        )
        self.bar.show_downloading(text, progress.done // 1024, total // 1024)

    def _finished(self, result: TranslationResult) -> None:
        self.result = result
        document = self.document
        if result.status == "done":
            self.reader.set_translations(result.sentences)
            self.bar.show_done(result.pack or "")
        elif result.status == "unavailable" and document is not None:
            self.bar.show_unavailable(document.language.name, result.offer)
        elif result.status == "cancelled":
            self.bar.show_cancelled(self._done, self._total)
        else:
            self.bar.show_failed(result.reason or self.tr("unknown error"))
        self.translation_finished.emit(result)
