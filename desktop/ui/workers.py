"""One background primitive for every long operation: run, report progress, cancel, finish.

Work runs on a ``QThreadPool`` with an immutable input and returns plain data; its signals are
delivered on the GUI thread. Each operation gets a job id, and a result that arrives after a
newer job of the same kind started is dropped, so a slow stale job never overwrites fresh work.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_job_ids = itertools.count(1)


class CancelToken(threading.Event):
    """Checked by the work between steps; cancelling never kills a thread.

    An ``Event``, so core functions that take a ``threading.Event`` accept it as is.
    """

    def cancel(self) -> None:
        self.set()

    @property
    def cancelled(self) -> bool:
        return self.is_set()


class _Signals(QObject):
    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, object)


class _Task(QRunnable):
    def __init__(
        self, job_id: int, work: Callable[..., Any], signals: _Signals, token: CancelToken
    ):
        super().__init__()
        self.job_id = job_id
        self.work = work
        self.signals = signals
        self.token = token

    def run(self) -> None:
        try:
            result = self.work(
                self.token, lambda value: self.signals.progressed.emit(self.job_id, value)
            )
        except Exception as error:  # every failure reaches a handler and the log
            log.exception("background job %s failed", self.job_id)
            self.signals.failed.emit(self.job_id, error)
        else:
            self.signals.succeeded.emit(self.job_id, result)


class Operation(QObject):
    """A kind of background job (open a file, translate a document) with its handlers.

    ``work(token, report)`` runs off the GUI thread; ``report(value)`` sends progress. Only the
    latest job's results reach the handlers.
    """

    def __init__(
        self,
        pool: QThreadPool,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_progress: Callable[[Any], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.progressed.connect(self._progressed)
        self._current: tuple[int, CancelToken] | None = None

    @property
    def running(self) -> bool:
        return self._current is not None

    def start(self, work: Callable[[CancelToken, Callable[[Any], None]], Any]) -> int:
        """Start a job, cancelling the previous one of this operation."""
        self.cancel()
        job_id = next(_job_ids)
        token = CancelToken()
        self._current = (job_id, token)
        self._pool.start(_Task(job_id, work, self._signals, token))
        return job_id

    def cancel(self) -> None:
        if self._current:
            self._current[1].cancel()
            self._current = None

    def _is_current(self, job_id: int) -> bool:
        return self._current is not None and self._current[0] == job_id

    def _succeeded(self, job_id: int, result: object) -> None:
        if self._is_current(job_id):
            self._current = None
            self._on_success(result)

    def _failed(self, job_id: int, error: object) -> None:
        if self._is_current(job_id):
            self._current = None
            self._on_failure(error if isinstance(error, Exception) else RuntimeError(str(error)))

    def _progressed(self, job_id: int, value: object) -> None:
        if self._on_progress and self._is_current(job_id):
            self._on_progress(value)
