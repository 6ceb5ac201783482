"""Running slow service calls (a review loads spaCy and NudeNet; an export signs every file) off the
GUI thread: a QRunnable on a thread pool, its result, error and progress delivered as queued
signals on the GUI thread, and a cancel flag the call can poll."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


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
