"""What the text, image and audio panes share: the selected campaign, submitting a request
through the services (policy first), following its job through the bridge, showing errors in
plain words, and the keyboard shortcuts (Ctrl+Enter generates, Esc cancels)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from app.core.errors import CancelledError, VitrineError
from app.core.jobs import JobEvent, JobState


class PaneBase(QWidget):
    """Subclasses build their widgets, define `build_request()` and `on_progress`,
    `on_done`, and call `submit()` from their Generate button."""

    message = Signal(str)
    kind = ""

    def __init__(self, app, bridge, parent=None):
        super().__init__(parent)
        self.app = app
        self.bridge = bridge
        self.campaign = None
        self.jobs: set[str] = set()
        self.submitting = False
        self.error_label = QLabel()
        self.error_label.setObjectName("paneError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        bridge.jobEvent.connect(self._on_event)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.generate)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel)

    # --- hooks for the subclass. Each pane also defines build_request(): the frozen request
    # from its widgets, or None after show_error when something is missing. ---------------------
    def on_started(self, job_id: str) -> None:
        """A job of this pane was submitted."""

    def on_progress(self, event: JobEvent) -> None:
        """Progress of one of this pane's jobs (steps, previews, streamed text)."""

    def on_done(self, event: JobEvent) -> None:
        """One of this pane's jobs ended (any final state); event.asset_ids holds its assets."""

    def campaign_changed(self) -> None:
        """The selected campaign changed (self.campaign)."""

    # --- shared behaviour ---------------------------------------------------------------------
    def set_campaign(self, campaign) -> None:
        self.campaign = campaign
        self.setEnabled(campaign is not None)
        self.campaign_changed()

    def generate(self) -> bool:
        """Build the request and submit it off the GUI thread; True if it was sent."""
        if self.campaign is None or not self.isEnabled() or self.submitting:
            return False
        self.clear_error()
        try:
            request = self.build_request()
        except VitrineError as exc:
            self.show_error(str(exc))
            return False
        if request is None:
            return False
        from app.ui.submit import run_in_pool

        self.submitting = True
        self.on_submitting(request)
        run_in_pool(lambda: self.submit_in_pool(request), self._all_submitted)
        return True

    def submit_in_pool(self, request):
        """Runs on a pool thread: queue the request; returns its job handle (or a list of
        handles, for a request that makes several jobs)."""
        from app.services.generate import generate

        return generate(self.app, request)

    def _all_submitted(self, handles, error) -> None:
        if error is not None or not isinstance(handles, list):
            self._submitted(handles, error)
            return
        self.submitting = False
        for handle in handles:
            self._submitted(handle, None)

    def on_submitting(self, request) -> None:
        """The request is being checked and queued (policy, preparers): show a busy state."""

    def _submitted(self, handle, error) -> None:
        self.submitting = False
        if error is not None:
            self.show_error(str(error))
            self.on_refused(error)
            return
        self.jobs.add(handle.id)
        self.on_started(handle.id)
        if handle.state.finished:  # it ended before we could listen (an instant failure)
            result = handle.wait(0)
            self._on_event(JobEvent(job_id=handle.id, state=result.state,
                                    error=str(result.error) if result.error else "",
                                    asset_ids=[a.id for a in result.assets]))

    def on_refused(self, error) -> None:
        """The request was refused before any job started (policy, bad input)."""

    def cancel(self) -> None:
        if self.app.engine is None:
            return
        for job_id in list(self.jobs):
            self.app.engine.cancel(job_id)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.message.emit(text)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _on_event(self, event: JobEvent) -> None:
        if event.job_id not in self.jobs:
            return
        if event.state.finished:
            self.jobs.discard(event.job_id)
            if event.state == JobState.FAILED:
                self.show_error(event.error)
            self.on_done(event)
        elif event.progress is not None:
            self.on_progress(event)


def is_quiet(exc: BaseException) -> bool:
    """A cancelled job is not an error: the GUI says nothing."""
    return isinstance(exc, CancelledError)
