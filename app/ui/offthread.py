"""Slow, blocking work (scanning model folders, importing a model, downloading one) on a small
thread pool, its result, error and progress delivered on the GUI thread, with a cancel flag the
work can poll. The window never waits on a disk or the network."""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object, object)  # token, result, exception
    progress = Signal(int, int, int, str)  # token, done, total, what


class Ticket:
    """One piece of work: `cancel()` it (the work polls `is_set()`), `report()` its progress
    from any thread. A Ticket is also a cancel token for the providers' APIs."""

    def __init__(self, token: int, signals: _Signals):
        self.token = token
        self._signals = signals
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_set(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, what: str = "") -> None:
        with contextlib.suppress(RuntimeError):  # the widget that asked is gone
            self._signals.progress.emit(self.token, int(done), int(total), str(what))


class _Task(QRunnable):
    def __init__(self, ticket: Ticket, fn: Callable, signals: _Signals):
        super().__init__()
        self.ticket, self.fn, self.signals = ticket, fn, signals

    def run(self) -> None:
        try:
            result, error = self.fn(self.ticket), None
        except BaseException as exc:  # every failure reaches the GUI, in plain words
            result, error = None, exc
        with contextlib.suppress(RuntimeError):
            self.signals.done.emit(self.ticket.token, result, error)


class OffThread(QObject):
    """`run(fn, on_done, on_progress=None)`: fn(ticket) runs in the pool; on_done(result, error)
    and on_progress(done, total, what) run on the GUI thread (error is None on success)."""

    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.progress.connect(self._progress)
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable, Callable | None]] = {}

    def run(self, fn: Callable, on_done: Callable,
            on_progress: Callable | None = None) -> Ticket:
        ticket = Ticket(next(self._tokens), self._signals)
        self._callbacks[ticket.token] = (on_done, on_progress)
        self.pool.start(_Task(ticket, fn, self._signals))
        return ticket

    def pending(self) -> int:
        return len(self._callbacks)

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    def _progress(self, token: int, done: int, total: int, what: str) -> None:
        callbacks = self._callbacks.get(token)
        if callbacks is not None and callbacks[1] is not None:
            callbacks[1](done, total, what)

    def _done(self, token: int, result, error) -> None:
        on_done, _ = self._callbacks.pop(token, (None, None))
        if error is not None:
            log.info("background work failed: %r", error)
        if on_done is not None:
            on_done(result, error)
