"""Running slow, blocking work off the GUI thread, with results delivered back on it:
- `Background.run(fn, on_done)`: small reads and scans (audio files, espeak-ng's voices, model
  folders) on a small pool of the widget's own;
- `Task`: long service calls (a review loads spaCy and NudeNet; an export signs every file) with
  progress and a cancel flag the call can poll.
Either way the window never waits on a disk, a subprocess or a model load."""

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



class Task(QObject):
    """One call running in the background. Connect to its signals (with methods of QObjects
    living on the GUI thread, so Qt queues them there) before `start()`.

    The task is a child of its owner (a widget on the GUI thread): Python references dropped on
    the worker thread never delete it there, it deletes itself (deleteLater) once it has
    reported, and an owner closed meanwhile takes it along (what it reports then goes nowhere)."""

    done = Signal(object)  # the call's result
    failed = Signal(object)  # the exception it raised (a VitrineError, a CancelledError...)
    progress = Signal(int, int, str)  # done, total, what

    def __init__(self, owner: QObject, fn: Callable, *args, pass_task: bool = False,
                 **kwargs):
        """`fn(*args, **kwargs)` runs on the pool; with pass_task, `task=self` is passed too,
        for its `report` (progress) and `cancelled` (cancel) callables."""
        super().__init__(owner)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        if pass_task:
            self._kwargs["task"] = self
        self._cancel = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, what: str = "") -> None:
        """A progress callback for the call (any thread)."""
        with contextlib.suppress(RuntimeError):  # the owner is gone: nobody to tell
            self.progress.emit(int(done), int(total), str(what))

    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        self.done.connect(self.deleteLater)
        self.failed.connect(self.deleteLater)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    def _run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # every failure reaches the GUI, in plain words
            if not _is_quiet(exc):
                log.info("background task failed: %s", exc, exc_info=True)
            self._finish(self.failed, exc)
        else:
            self._finish(self.done, result)

    def _finish(self, signal, value) -> None:
        self.running = False
        with contextlib.suppress(RuntimeError):  # the owner is gone: nobody to tell
            signal.emit(value)


class _Runner(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def _is_quiet(exc: BaseException) -> bool:
    from app.core.errors import CancelledError, VitrineError

    return isinstance(exc, CancelledError | VitrineError)
