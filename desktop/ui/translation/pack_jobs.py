"""Language-pack work off the GUI thread: fetch the catalogue, download, install, remove.

Shared by the translation bar's one-click download and the Language packs dialog, so both
report progress and errors the same way. Nothing here touches the network unless asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.core.translate.catalogue import CatalogueEntry, fetch_catalogue
from desktop.core.translate.download import DownloadProgress, download_pack
from desktop.core.translate.errors import PackError
from desktop.core.translate.pack_file import install_pack_file
from desktop.core.translate.packs import remove_pack
from desktop.ui.workers import CancelToken, Operation


class PackJobs(QObject):
    """One pack operation at a time; signals carry plain data to the GUI thread."""

    catalogue_loaded = Signal(object)  # list[CatalogueEntry]
    download_progressed = Signal(object)  # DownloadProgress
    installed = Signal(object)  # InstalledPack
    removed = Signal(object)  # list[InstalledPack]
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler: Callable[[object], None] = lambda _result: None
        self._operation = Operation(
            pool, self._succeeded, self._failed, self.download_progressed.emit, parent=self
        )

    @property
    def running(self) -> bool:
        return self._operation.running

    def fetch_catalogue(self) -> None:
        self._start(lambda _token, _report: fetch_catalogue(), self.catalogue_loaded.emit)

    def download(self, entry: CatalogueEntry) -> None:
        def work(token: CancelToken, report: Callable[[DownloadProgress], None]) -> object:
            return download_pack(entry, on_progress=report, cancel=token)

        self._start(work, self.installed.emit)

    def install_file(self, path: str | Path) -> None:
        self._start(lambda _token, _report: install_pack_file(Path(path)), self.installed.emit)

    def remove(self, pair: str) -> None:
        self._start(lambda _token, _report: remove_pack(pair), self.removed.emit)

    def cancel(self) -> None:
        if self._operation.running:
            self._operation.cancel()
            self.busy_changed.emit(False)

    def _start(self, work: Callable, handler: Callable[[object], None]) -> None:
        self._handler = handler
        self.busy_changed.emit(True)
        self._operation.start(work)

    def _succeeded(self, result: object) -> None:
        self.busy_changed.emit(False)
        self._handler(result)

    def _failed(self, error: Exception) -> None:
        self.busy_changed.emit(False)
        if isinstance(error, PackError):
            self.failed.emit(error.message)
        elif isinstance(error, OSError):
            self.failed.emit(
                self.tr("The catalogue or pack could not be reached: {error}").format(
                    error=error.strerror or str(error)
                )
            )
        else:
            self.failed.emit(str(error) or type(error).__name__)
