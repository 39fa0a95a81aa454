"""Opening policies off the GUI thread, with the user's remembered language applied."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from desktop.core.analysis import document_from_import, with_language
from desktop.core.document import Document, DocumentError
from desktop.core.importers import from_text, load_file
from desktop.core.library import Library
from desktop.core.policy import PolicyAnalysis, analyze_policy
from desktop.ui.workers import CancelToken, Operation


def _tr(text: str) -> str:
    return QCoreApplication.translate("Opening", text)


def error_message(error: Exception, source: str) -> str:
    """A human sentence for a failure to open ``source`` (a file name or "the clipboard")."""
    if isinstance(error, DocumentError):
        return _tr("Could not open {source}: {reason}").format(source=source, reason=error.message)
    return _tr("Could not open {source}: an unexpected error occurred ({error}).").format(
        source=source, error=type(error).__name__
    )


class DocumentOpener(QObject):
    """Loads a file or pasted text in the background and reports its PolicyAnalysis."""

    opened = Signal(object)  # PolicyAnalysis
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, library: Library, pool: QThreadPool, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._source = ""
        self._operation = Operation(pool, self._succeeded, self._failed, parent=self)

    def open_path(self, path: str) -> None:
        self._start(os.path.basename(path) or path, lambda: load_file(path), path)

    def open_text(self, text: str) -> None:
        self._start(_tr("the clipboard"), lambda: from_text(text), None)

    def _start(self, source: str, load: Callable, path: str | None) -> None:
        library = self._library
        self._source = source

        def work(token: CancelToken, report: Callable) -> PolicyAnalysis:
            imported = load()
            document = document_from_import(
                imported, path=path, language=library.language_for(imported.text)
            )
            return analyze_policy(document)

        self.busy_changed.emit(True)
        self._operation.start(work)

    def cancel(self) -> None:
        """Forget the file being opened (the window was closed or moved on)."""
        if self._operation.running:
            self._operation.cancel()
            self.busy_changed.emit(False)

    def set_language(self, document: Document, code: str | None) -> Document:
        """Apply (and remember) the user's language, or return to detection with ``None``."""
        self._library.remember_language(document.text, code)
        return with_language(document, code)

    def _succeeded(self, analysis: PolicyAnalysis) -> None:
        self.busy_changed.emit(False)
        self.opened.emit(analysis)

    def _failed(self, error: Exception) -> None:
        self.busy_changed.emit(False)
        self.failed.emit(error_message(error, self._source))
