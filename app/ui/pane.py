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
    """Subclasses build their widgets, implement `build_request()` and `on_progress`,
    `on_done`, and call `submit()` from their Generate button."""

    message = Signal(str)
    kind = ""

    def __init__(self, app, bridge, parent=None):
        super().__init__(parent)
        self.app = app
        self.bridge = bridge
        self.campaign = None
        self.jobs: set[str] = set()
        self.error_label = QLabel()
        self.error_label.setObjectName("paneError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        bridge.jobEvent.connect(self._on_event)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.generate)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel)

    # --- to implement -------------------------------------------------------------------------
    def build_request(self):
        """The frozen request from the widgets (or None, with show_error, if incomplete)."""
        raise NotImplementedError

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

    def generate(self) -> str | None:
        if self.campaign is None or not self.isEnabled():
            return None
        self.clear_error()
        try:
            request = self.build_request()
            if request is None:
                return None
            from app.services.generate import generate

            handle = generate(self.app, request)
        except VitrineError as exc:
            self.show_error(str(exc))
            return None
        self.jobs.add(handle.id)
        self.on_started(handle.id)
        return handle.id

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
