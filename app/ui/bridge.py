"""The one bridge from worker threads to the GUI thread: the job engine calls `post` from any
thread; Qt queues the signal to the GUI thread, where widgets update."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.jobs import JobEvent


class JobBridge(QObject):
    jobEvent = Signal(object)  # JobEvent, delivered on the GUI thread

    def post(self, event: JobEvent) -> None:
        """Called by the job engine from any thread."""
        self.jobEvent.emit(event)
