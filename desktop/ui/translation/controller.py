"""Runs document translation in the background and streams batches to the reader.

Translation gets its own one-thread pool: CTranslate2 is itself multi-threaded, and a core
is left for the interface. The engine and cache are created on first use, never at start-up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.core.document import Document
from desktop.core.translate.cache import TranslationCache, default_cache_path
from desktop.core.translate.engine import EngineCache
from desktop.core.translate.service import TranslationResult, translate_document
from desktop.ui.workers import CancelToken, Operation


class TranslationController(QObject):
    """One translation at a time; starting another cancels the previous one."""

    started = Signal(int)  # number of sentences
    batch_ready = Signal(object)  # list[(sentence index, translation)]
    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # TranslationResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._cache: TranslationCache | None = None
        self._engines = EngineCache()
        self._lock = threading.Lock()
        self._operation = Operation(
            self.pool, self._succeeded, self._failed, self._progress, parent=self
        )

    @property
    def running(self) -> bool:
        return self._operation.running

    def translate(self, document: Document, priority: Sequence[int] = ()) -> None:
        engines = self._engines
        get_cache = self._shared_cache

        def work(token: CancelToken, report: Callable[[object], None]) -> TranslationResult:
            return translate_document(
                document,
                cache=get_cache(),
                engines=engines,
                priority=priority,
                on_batch=lambda batch: report(("batch", batch)),
                on_progress=lambda done, total: report(("progress", (done, total))),
                cancel=token,
            )

        self.started.emit(len(document.sentences))
        self._operation.start(work)

    def cancel(self) -> None:
        """Stop the current job; its remaining results are dropped."""
        self._operation.cancel()

    def shutdown(self) -> None:
        """Cancel and wait: used when the window closes mid-translation."""
        self.cancel()
        self.pool.waitForDone(30_000)
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    def _shared_cache(self) -> TranslationCache:
        with self._lock:
            if self._cache is None:
                self._cache = TranslationCache(default_cache_path())
            return self._cache

    def _progress(self, value: object) -> None:
        kind, payload = value  # type: ignore[misc]
        if kind == "batch":
            self.batch_ready.emit(payload)
        else:
            self.progressed.emit(*payload)

    def _succeeded(self, result: TranslationResult) -> None:
        self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self.failed.emit(str(error) or type(error).__name__)
