"""Starting a comparison from the main window: analyse the chosen files in the background,
then open the comparison window; its passages open back in the reader."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.analysis import open_document
from desktop.core.document import DocumentError
from desktop.core.policy import PolicyAnalysis, analyze_policy
from desktop.core.translate.service import translate_document
from desktop.ui.compare import ComparisonWindow
from desktop.ui.workers import CancelToken, Operation


def analyse_for_comparison(path: str) -> PolicyAnalysis:
    """Open and analyse one policy, with its English when a pack can provide it (cached)."""
    document = open_document(path)
    translation = translate_document(document)
    return analyze_policy(document, translation if translation.status == "done" else None)


class ComparisonLauncher(QObject):
    """Builds the analyses off the GUI thread and shows the comparison window."""

    opened = Signal(object)  # ComparisonWindow
    failed = Signal(str)
    progressed = Signal(str)

    def __init__(self, parent_window: QWidget, pool: QThreadPool) -> None:
        super().__init__(parent_window)
        self._parent_window = parent_window
        self._pool = pool
        self._operation = Operation(pool, self._show, self._failed, self.progressed.emit, self)
        self.windows: list[ComparisonWindow] = []

    @property
    def running(self) -> bool:
        return self._operation.running

    def compare(self, paths: Sequence[str], current: PolicyAnalysis | None = None) -> None:
        """Compare the files at ``paths`` (and the policy already open, if given)."""
        wanted = [p for p in dict.fromkeys(paths) if not current or p != current.document.path]

        def work(token: CancelToken, report: Callable[[str], None]) -> list[PolicyAnalysis]:
            analyses = [current] if current else []
            for number, path in enumerate(wanted, 1):
                if token.cancelled:
                    break
                report(self.tr("Analysing {n} of {total}…").format(n=number, total=len(wanted)))
                try:
                    analyses.append(analyse_for_comparison(path))
                except DocumentError as error:
                    raise DocumentError(error.code, f"{path}: {error.message}") from error
            return analyses

        self._operation.start(work)

    def _show(self, analyses: list[PolicyAnalysis]) -> None:
        if len(analyses) < 2:
            self.failed.emit(self.tr("Choose at least two policies to compare."))
            return
        window = ComparisonWindow(analyses, self._parent_window, self._pool)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        self.windows.append(window)
        window.show()
        self.opened.emit(window)

    def _forget(self, window: ComparisonWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def _failed(self, error: Exception) -> None:
        message = error.message if isinstance(error, DocumentError) else str(error)
        self.failed.emit(self.tr("Could not compare: {reason}").format(reason=message))
