"""Run slow, blocking work (reading audio files, asking espeak-ng for its voices, scanning model
folders) on a small thread pool and get the result back on the GUI thread, so the window never
waits on a disk or a subprocess."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object, object)  # token, result, exception


class _Task(QRunnable):
    def __init__(self, token: int, fn: Callable, signals: _Signals):
        super().__init__()
        self.token, self.fn, self.signals = token, fn, signals

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # reported to the caller, on the GUI thread
            result, error = None, exc
        try:
            self.signals.done.emit(self.token, result, error)
        except RuntimeError:  # the widget that asked is gone: nobody to tell
            pass


class Background(QObject):
    """`run(fn, on_done)`: fn() runs in the pool; on_done(result, error) runs on the GUI
    thread (error is None on success)."""

    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._callbacks: dict[int, Callable] = {}
        self._tokens = itertools.count(1)

    def run(self, fn: Callable, on_done: Callable) -> int:
        token = next(self._tokens)
        self._callbacks[token] = on_done
        self.pool.start(_Task(token, fn, self._signals))
        return token

    def pending(self) -> int:
        return len(self._callbacks)

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, token: int, result, error) -> None:
        callback = self._callbacks.pop(token, None)
        if error is not None:
            log.warning("background task failed: %s", error, exc_info=error)
        if callback is not None:
            callback(result, error)
