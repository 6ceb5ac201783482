"""Submitting a request without freezing the window: the services' plan (policy checks,
preparers that may read model folders or ask espeak-ng for its voices, the first import of a
capability's modules) runs on a pool thread; the handle or the error comes back on the GUI
thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.errors import VitrineError

log = logging.getLogger(__name__)
_live: set = set()  # keeps each task's signal object alive until it has reported


class _Signals(QObject):
    done = Signal(object, object)  # result (a JobHandle) or None, VitrineError or None


class _Task(QRunnable):
    def __init__(self, call, signals: _Signals):
        super().__init__()
        self.call, self.signals = call, signals

    def run(self) -> None:
        handle, error = None, None
        try:
            handle = self.call()
        except VitrineError as exc:
            error = exc
        except Exception as exc:  # never lose an error silently on a pool thread
            log.exception("submitting a job failed")
            error = VitrineError("The job could not be started: {reason}", reason=str(exc))
        self.signals.done.emit(handle, error)


def submit(app, request, callback) -> None:
    """callback(handle, error) is called on the GUI thread when the job is submitted (or not)."""
    from app.services.generate import generate

    run_in_pool(lambda: generate(app, request), callback)


def retry(app, job_id: str, callback) -> None:
    from app.services.generate import retry as retry_job

    run_in_pool(lambda: retry_job(app, job_id), callback)


def run_in_pool(call, callback) -> None:
    """Run `call()` on a pool thread; callback(result, error) on the GUI thread."""
    signals = _Signals()
    _live.add(signals)

    def finished(handle, error):
        _live.discard(signals)
        callback(handle, error)

    signals.done.connect(finished)
    QThreadPool.globalInstance().start(_Task(call, signals))
