"""The queue dock: every job with its progress, preview, time elapsed; cancel and retry; a
failed job shows its error in plain words."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import tr, tr_noop
from app.core.jobs import JobEvent, JobState, Stage

STATE_LABELS = {
    JobState.QUEUED: tr_noop("Waiting"),
    JobState.RUNNING: tr_noop("Running"),
    JobState.SUCCEEDED: tr_noop("Done"),
    JobState.FAILED: tr_noop("Failed"),
    JobState.CANCELLED: tr_noop("Cancelled"),
    JobState.INTERRUPTED: tr_noop("Interrupted"),
}
KIND_LABELS = {"image": tr_noop("Image"), "text": tr_noop("Text"), "audio": tr_noop("Audio")}
JobIdRole = Qt.ItemDataRole.UserRole + 1
PREVIEW = 56


@dataclass
class JobRow:
    job_id: str
    kind: str
    title: str
    state: JobState
    campaign_id: str = ""
    fraction: float | None = None
    message: str = ""
    error: str = ""
    started: float | None = None  # time.monotonic() when it started running (this session)
    elapsed: float | None = None  # seconds, once finished
    preview: QPixmap | None = None
    asset_ids: tuple = ()


class JobListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[JobRow] = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or tr(KIND_LABELS.get(row.kind, row.kind))
        if role == JobIdRole:
            return row.job_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error or row.message or tr(STATE_LABELS[row.state])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title} \u2014 {self.status_text(row)}"
        return None

    def row_of(self, job_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.job_id == job_id), -1)

    def load_history(self, jobs: list[dict]) -> None:
        self.beginResetModel()
        self.rows = []
        for job in jobs:
            state = JobState(job["state"])
            self.rows.append(JobRow(job["id"], job["kind"], job["title"], state,
                                    job["campaign_id"], error=job["error"],
                                    elapsed=job["duration_s"],
                                    asset_ids=tuple(job["asset_ids"])))
        self.endResetModel()

    def apply(self, event: JobEvent) -> None:
        i = self.row_of(event.job_id)
        if i < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.rows.insert(0, JobRow(event.job_id, event.kind, event.title, event.state,
                                       event.campaign_id))
            self.endInsertRows()
            i = 0
        row = self.rows[i]
        if event.state == JobState.RUNNING and row.started is None:
            row.started = time.monotonic()
        if event.state.finished and row.started is not None and row.elapsed is None:
            row.elapsed = time.monotonic() - row.started
        row.state = event.state
        row.error = event.error or row.error
        row.asset_ids = tuple(event.asset_ids) or row.asset_ids
        progress = event.progress
        if progress is not None:
            if progress.stage == Stage.LOADING:
                row.message = tr("Loading: {what}", what=progress.message)
            elif progress.message:
                row.message = progress.message
            if progress.total:
                row.fraction = progress.step / progress.total
            if progress.preview:
                image = QImage.fromData(progress.preview)
                if not image.isNull():
                    row.preview = QPixmap.fromImage(image.scaled(
                        PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation))
        if event.state == JobState.SUCCEEDED:
            row.fraction = 1.0
        self.dataChanged.emit(self.index(i), self.index(i))

    def status_text(self, row: JobRow) -> str:
        state = tr(STATE_LABELS[row.state])
        seconds = row.elapsed
        if seconds is None and row.started is not None and not row.state.finished:
            seconds = time.monotonic() - row.started
        parts = [state]
        if row.state == JobState.RUNNING and row.message:
            parts.append(row.message)
        if seconds is not None:
            parts.append(tr("{seconds} s", seconds=f"{seconds:.1f}"))
        if row.state == JobState.FAILED and row.error:
            parts = [state, row.error]
        return " \u00b7 ".join(parts)

    def tick(self) -> None:
        """Refresh the elapsed time of running jobs."""
        for i, row in enumerate(self.rows):
            if row.state == JobState.RUNNING:
                self.dataChanged.emit(self.index(i), self.index(i))


class JobDelegate(QStyledItemDelegate):
    """Preview, title, status line, progress bar."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(option.rect.width(), PREVIEW + 12)

    def paint(self, painter, option, index) -> None:
        model = index.model()
        row = model.rows[index.row()]
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            option.widget)
        rect = option.rect.adjusted(6, 6, -6, -6)
        thumb = QRect(rect.left(), rect.top(), PREVIEW, PREVIEW)
        if row.preview is not None:
            target = row.preview.rect()
            target.moveCenter(thumb.center())
            painter.drawPixmap(target, row.preview)
        else:
            painter.drawRect(thumb.adjusted(0, 0, -1, -1))
            painter.drawText(thumb, Qt.AlignmentFlag.AlignCenter,
                             tr(KIND_LABELS.get(row.kind, row.kind)))
        text_left = thumb.right() + 10
        width = rect.right() - text_left
        title_rect = QRect(text_left, rect.top(), width, 18)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, width))
        font.setBold(False)
        painter.setFont(font)
        status_rect = QRect(text_left, rect.top() + 19, width, 18)
        painter.drawText(status_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(model.status_text(row),
                                                          Qt.TextElideMode.ElideRight, width))
        if row.state in (JobState.RUNNING, JobState.QUEUED):
            bar = QStyleOptionProgressBar()
            bar.rect = QRect(text_left, rect.top() + 40, width, 12)
            bar.minimum, bar.maximum = 0, 1000
            bar.progress = int((row.fraction or 0) * 1000) if row.fraction is not None else 0
            if row.fraction is None and row.state == JobState.RUNNING:
                bar.minimum = bar.maximum = 0  # busy indicator: loading, no step count yet
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class QueueWidget(QWidget):
    """The list of jobs with Cancel and Retry for the selected one."""

    assetsReady = Signal(list)  # asset ids of a job that succeeded

    def __init__(self, app, bridge, parent=None):
        super().__init__(parent)
        self.app = app
        self.model = JobListModel(self)
        self.model.load_history(app.workspace.list_jobs(limit=100))
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(JobDelegate(self.view))
        self.view.setAccessibleName(tr("Jobs"))
        self.view.setUniformItemSizes(True)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel the selected job"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button = QPushButton(tr("Retry"))
        self.retry_button.setAccessibleName(tr("Run the selected job again"))
        self.retry_button.clicked.connect(self.retry_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        bridge.jobEvent.connect(self.on_event)
        self.timer = QTimer(self, interval=500, timeout=self.model.tick)
        self.timer.start()
        self._update_buttons()

    def on_event(self, event: JobEvent) -> None:
        self.model.apply(event)
        if event.state == JobState.SUCCEEDED and event.asset_ids:
            self.assetsReady.emit(list(event.asset_ids))
        self._update_buttons()

    def selected(self) -> JobRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        self.cancel_button.setEnabled(bool(row) and not row.state.finished)
        self.retry_button.setEnabled(bool(row) and row.state in (
            JobState.FAILED, JobState.CANCELLED, JobState.INTERRUPTED))

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is not None and self.app.engine is not None:
            self.app.engine.cancel(row.job_id)

    def cancel_running(self) -> bool:
        """Cancel the most recent running (or waiting) job; True if there was one."""
        for row in self.model.rows:
            if not row.state.finished and self.app.engine is not None:
                self.app.engine.cancel(row.job_id)
                return True
        return False

    def retry_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        from app.ui.submit import retry

        def done(handle, error):
            if error is not None:
                row.error = str(error)
                self.model.dataChanged.emit(self.view.currentIndex(), self.view.currentIndex())

        retry(self.app, row.job_id, done)
