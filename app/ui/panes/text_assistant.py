"""The prompt editor of the Text pane with the prompt assistant beside it: hints about what the
prompt lacks or gets wrong, refreshed as the designer types (debounced, rule-based, instant),
the rule-based rewrite one click away, and a rewrite by the local model that runs as a job."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import VitrineError
from app.core.i18n import tr
from app.core.jobs import JobEvent, JobState
from app.ui.panes.text_variants import safe_tip

LINT_DELAY_MS = 300  # after the last keystroke: typing stays fluid, hints follow within a beat
MUTED = QColor("#6B6B6B")


class PromptAssistant(QWidget):
    def __init__(self, app, bridge, parent=None):
        super().__init__(parent)
        self.app = app
        self.campaign = None
        self.channel = ""
        self.language = ""
        self.local_model = ""  # the in-process model the rewrite uses ("" = the built-in one)
        self.report = None
        self.rewrite_job = None
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=LINT_DELAY_MS)
        self._timer.timeout.connect(self.relint)
        self.prompt.textChanged.connect(self._timer.start)
        bridge.jobEvent.connect(self._on_event)

    def _build(self) -> None:
        self.prompt = QPlainTextEdit()
        self.prompt.setAccessibleName(tr("Prompt: what to write"))
        self.prompt.setPlaceholderText(tr("What should the copy say? The brief, the brand voice "
                                          "and the fact sheet are added for you."))
        self.prompt.setTabChangesFocus(True)
        self.prompt.setMinimumHeight(70)
        self.prompt.setMaximumHeight(150)
        self.score = QLabel()
        self.score.setAccessibleName(tr("Prompt score"))
        self.hints = QListWidget()
        self.hints.setAccessibleName(tr("Prompt assistant hints"))
        self.hints.setWordWrap(True)
        self.hints.setMaximumHeight(150)
        self.hints.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.apply_button = QPushButton(tr("Apply the suggested rewrite"))
        self.apply_button.setAccessibleName(tr("Apply the suggested rewrite"))
        self.apply_button.setToolTip(tr("Replace the prompt with a structured version that "
                                        "answers what it lacks (Ctrl+Z undoes it)"))
        self.apply_button.clicked.connect(self.apply_rewrite)
        self.model_button = QPushButton(tr("Rewrite with the local model"))
        self.model_button.setAccessibleName(tr("Rewrite with the local model"))
        self.model_button.setToolTip(tr("The local model polishes the suggested rewrite; "
                                        "nothing leaves this computer"))
        self.model_button.clicked.connect(self.rewrite_with_model)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may quote a model or a server
        self.status.setWordWrap(True)
        self.status.hide()
        buttons = QVBoxLayout()  # one above the other: the form stays narrow in any language
        for button in (self.apply_button, self.model_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.score)
        layout.addWidget(self.hints)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    # --- context ---------------------------------------------------------------------------
    def set_context(self, campaign, channel: str, language: str, local_model: str = "") -> None:
        changed = (campaign, channel, language) != (self.campaign, self.channel, self.language)
        self.campaign, self.channel, self.language = campaign, channel, language
        self.local_model = local_model
        if changed:
            self._timer.start()

    def text(self) -> str:
        return self.prompt.toPlainText().strip()

    # --- hints -----------------------------------------------------------------------------
    def relint(self) -> None:
        self._timer.stop()
        if self.campaign is None:
            return
        from app.services.text import lint

        try:
            self.report = lint(self.app, self.prompt.toPlainText(), self.campaign.id,
                               channel=self.channel, language=self.language)
        except VitrineError as exc:
            self.report = None
            self._show_status(str(exc))
            return
        self.score.setText(tr("Prompt score: {score}/100", score=self.report.score))
        self.hints.clear()
        # what to fix first, then what the brief or the channel already supplies
        findings = sorted(self.report.findings, key=lambda f: f.kind == "covered")
        for finding in findings:
            item = QListWidgetItem(finding.text())
            item.setToolTip(safe_tip(finding.text()))
            item.setData(Qt.ItemDataRole.UserRole, finding.kind)
            if finding.kind == "covered":
                item.setForeground(MUTED)
            self.hints.addItem(item)
        if not findings:
            self.hints.addItem(QListWidgetItem(tr("Nothing to add: the prompt says it all.")))
        rewrite = self.report.rewrite.strip()
        self.apply_button.setEnabled(bool(rewrite) and rewrite != self.text())

    def hint_texts(self) -> list[str]:
        return [self.hints.item(i).text() for i in range(self.hints.count())]

    def apply_rewrite(self) -> None:
        if self.report is None or self._timer.isActive():
            self.relint()
        if self.report is not None and self.report.rewrite.strip():
            self._replace(self.report.rewrite.strip())

    def _replace(self, text: str) -> None:
        """Replace the prompt in one undoable step."""
        cursor = self.prompt.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.prompt.setTextCursor(cursor)

    # --- the local model's rewrite, as a job -----------------------------------------------
    def rewrite_with_model(self) -> None:
        if self.campaign is None or self.rewrite_job is not None:
            return
        from app.services.text import start_prompt_rewrite

        try:
            self.rewrite_job = start_prompt_rewrite(
                self.app, self.prompt.toPlainText(), self.campaign.id, channel=self.channel,
                model=self.local_model)
        except VitrineError as exc:
            self._show_status(str(exc))
            return
        self.model_button.setEnabled(False)
        self._show_status(tr("The local model is rewriting the prompt\u2026"))

    def _on_event(self, event: JobEvent) -> None:
        job = self.rewrite_job
        if job is None or event.job_id != job.handle.id or not event.state.finished:
            return
        self.rewrite_job = None
        self.model_button.setEnabled(True)
        if event.state == JobState.SUCCEEDED:
            try:
                text = job.text(timeout=5)
            except VitrineError as exc:
                self._show_status(str(exc))
                return
            self._replace(text)
            self._show_status(tr("Rewritten by the local model (Ctrl+Z undoes it)."))
        elif event.state == JobState.CANCELLED:
            self._show_status(tr("The rewrite was cancelled."))
        else:
            self._show_status(event.error or tr("The rewrite failed."))

    def cancel(self) -> None:
        if self.rewrite_job is not None:
            self.rewrite_job.handle.cancel()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
