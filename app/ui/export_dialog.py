"""The export dialog: profile, destination, formats; the checklist of the approved assets first
(blocked: the reasons, each with a way to its item in the review room); then the bundle written
on a worker thread with its progress, cancellable; when done, the path and "Open folder"."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import tr
from app.ui.background import Task

FORMATS = {
    "image": [("png", "PNG"), ("jpeg", "JPEG"), ("webp", "WebP")],
    "audio": [("wav", "WAV"), ("mp3", "MP3")],
    "text": [("md", "Markdown"), ("html", "HTML"), ("txt", None)],  # None: "Plain text"
}


def check_export(app, campaign_id: str) -> dict:
    """What an export would take and whether anything blocks it (worker thread)."""
    from app.services.review import review, review_assets

    assets = review_assets(app, campaign_id, approved_only=True)
    checklist = review(app, campaign_id, approved_only=True) if assets else None
    return {"assets": assets, "checklist": checklist}


def run_export(app, campaign_id: str, destination: str, options: dict, *, task: Task) -> dict:
    from app.services.export import export

    return export(app, campaign_id, destination, progress=task.report, cancel=task.cancelled,
                  **options)


def destination_problem(text: str) -> str:
    """Why this folder cannot receive the bundle, in plain words ("" when it can)."""
    if not text.strip():
        return tr("Choose the folder to create for the bundle.")
    path = Path(text.strip()).expanduser()
    if path.exists() and not path.is_dir():
        return tr("{path} is a file: choose a new folder for the bundle.", path=str(path))
    if path.is_dir() and any(path.iterdir()):
        return tr("{path} already exists and is not empty: choose a new folder for the bundle "
                  "(the export never writes into an existing one).", path=str(path))
    return ""


def default_destination(campaign_name: str) -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
        or str(Path.home())
    slug = re.sub(r"[^\w\-]+", "-", campaign_name, flags=re.UNICODE).strip("-") or "campaign"
    name = f"{slug}-{datetime.date.today().isoformat()}"
    candidate = Path(base) / name
    n = 2
    while candidate.exists():
        candidate = Path(base) / f"{name}-{n}"
        n += 1
    return str(candidate)


class ExportDialog(QDialog):
    showItem = Signal(str)  # review item id: the review room selects it
    exported = Signal(dict)  # the export's summary (path, files, assets...)

    def __init__(self, app, campaign, parent=None):
        super().__init__(parent)
        self.app, self.campaign = app, campaign
        self.task: Task | None = None
        self.summary: dict | None = None  # what the export wrote (not QDialog.result)
        self.blocked = True
        self.setWindowTitle(tr("Export \u201c{campaign}\u201d", campaign=campaign.name))
        self.setModal(True)
        self.setMinimumWidth(560)
        self.resize(660, 760)
        layout = QVBoxLayout(self)
        layout.addWidget(self._profile_box())
        layout.addWidget(self._destination_box())
        layout.addWidget(self._formats_box())
        layout.addWidget(self._check_box(), 1)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Export progress"))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(tr("Open folder"))
        self.open_button.setAccessibleName(tr("Open the bundle's folder"))
        self.open_button.clicked.connect(self.open_folder)
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_label, 1)
        done_row.addWidget(self.open_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addLayout(done_row)
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setAccessibleName(tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.clicked.connect(self._close_or_cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for w in (self.progress, self.progress_label, self.done_label, self.open_button):
            w.hide()
        self._destination_changed()
        self.check()

    # --- the form -----------------------------------------------------------------------------
    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(tr("Profile"))
        self.public = QRadioButton(tr("Public"))
        self.internal = QRadioButton(tr("Internal"))
        self.public.setChecked(True)
        group = QButtonGroup(box)
        form = QFormLayout(box)
        for button, text in (
                (self.public, tr("To publish: provenance and the AI disclosure on every file; "
                                 "no prompt, seed or internal note anywhere.")),
                (self.internal, tr("For the team's archive: the full recipe (prompts, seeds, "
                                   "settings, notes). Do not publish it."))):
            group.addButton(button)
            button.setAccessibleName(button.text())
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            form.addRow(button, explanation)
        return box

    def _destination_box(self) -> QGroupBox:
        box = QGroupBox(tr("Destination"))
        self.destination = QLineEdit(default_destination(self.campaign.name))
        self.destination.setAccessibleName(tr("Bundle folder to create"))
        self.destination.setToolTip(tr("The export creates this folder; it must not exist yet "
                                       "or be empty."))
        self.destination.textChanged.connect(self._destination_changed)
        self.browse = QPushButton(tr("Choose\u2026"))
        self.browse.setAccessibleName(tr("Choose where to create the bundle"))
        self.browse.clicked.connect(self.choose_destination)
        self.destination_error = QLabel()
        self.destination_error.setWordWrap(True)
        self.destination_error.setStyleSheet("color: #B00020;")
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.destination_error)
        return box

    def _formats_box(self) -> QGroupBox:
        box = QGroupBox(tr("Formats"))
        form = QFormLayout(box)
        self.formats: dict[str, QComboBox] = {}
        for kind, label, name in (("image", tr("Images"), tr("Image format")),
                                  ("audio", tr("Audio"), tr("Audio format")),
                                  ("text", tr("Text"), tr("Text format"))):
            combo = QComboBox()
            combo.setAccessibleName(name)
            for value, name in FORMATS[kind]:
                combo.addItem(name or tr("Plain text"), value)
            self.formats[kind] = combo
            form.addRow(label, combo)
        return box

    def _check_box(self) -> QGroupBox:
        box = QGroupBox(tr("Checklist"))
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.checking = QProgressBar()
        self.checking.setRange(0, 0)
        self.checking.setMaximumHeight(8)
        self.checking.setTextVisible(False)
        self.checking.setAccessibleName(tr("Checking\u2026"))
        self.reasons = QWidget()
        self.reasons_layout = QVBoxLayout(self.reasons)
        self.reasons_layout.setContentsMargins(0, 0, 0, 0)
        self.reasons_scroll = QScrollArea()
        self.reasons_scroll.setWidgetResizable(True)
        self.reasons_scroll.setWidget(self.reasons)
        self.reasons_scroll.setMinimumHeight(120)
        self.reasons_scroll.hide()
        self.recheck = QPushButton(tr("Check again"))
        self.recheck.setAccessibleName(tr("Run the checklist again"))
        self.recheck.clicked.connect(self.check)
        head = QHBoxLayout()
        head.addWidget(self.check_label, 1)
        head.addWidget(self.recheck)
        layout = QVBoxLayout(box)
        layout.addLayout(head)
        layout.addWidget(self.checking)
        layout.addWidget(self.reasons_scroll, 1)
        return box

    def options(self) -> dict:
        return {"profile": "internal" if self.internal.isChecked() else "public",
                "image_format": self.formats["image"].currentData(),
                "audio_format": self.formats["audio"].currentData(),
                "text_format": self.formats["text"].currentData()}

    def choose_destination(self) -> None:
        current = Path(self.destination.text().strip() or default_destination(
            self.campaign.name))
        folder = QFileDialog.getExistingDirectory(
            self, tr("Where to create the bundle"), str(current.parent))
        if folder:
            self.destination.setText(str(Path(folder) / current.name))

    def _destination_changed(self) -> None:
        problem = destination_problem(self.destination.text())
        self.destination_error.setText(problem)
        self.destination_error.setVisible(bool(problem))
        self._update_buttons()

    def _update_buttons(self) -> None:
        exporting = self.task is not None
        self.export_button.setEnabled(not exporting and not self.blocked and
                                      not self.destination_error.text())
        self.close_button.setText(tr("Cancel export") if exporting else tr("Close"))
        for w in (self.public, self.internal, self.destination, self.browse, self.recheck,
                  *self.formats.values()):
            w.setEnabled(not exporting)

    # --- the checklist first ------------------------------------------------------------------
    def check(self) -> None:
        self.blocked = True
        self.check_label.setText(tr("Checking the approved assets\u2026"))
        self.checking.show()
        self.recheck.setEnabled(False)
        self._update_buttons()
        task = Task(self, check_export, self.app, self.campaign.id)
        task.done.connect(self._checked)
        task.failed.connect(self._check_failed)
        task.start()

    def _checked(self, result: dict) -> None:
        self.checking.hide()
        self.recheck.setEnabled(True)
        self._clear_reasons()
        checklist, assets = result["checklist"], result["assets"]
        if not assets:
            self.check_label.setText(tr("Nothing to export yet: approve assets in the gallery "
                                        "first (an export takes only approved assets)."))
        elif checklist.blocking:
            items = [item for item in checklist.items if item.open]
            self.check_label.setText(tr("Export blocked: {n} item(s) of the checklist need "
                                        "attention.", n=len(items)))
            names = {a.id: a.title or a.channel or a.kind.value for a in assets}
            for item in items:
                self._add_reason(item, names)
            self.reasons_scroll.show()
        else:
            self.check_label.setText(tr("Nothing blocks the export of {n} approved asset(s).",
                                        n=len(assets)))
        self.blocked = not assets or checklist.blocking
        self._update_buttons()

    def _check_failed(self, exc: BaseException) -> None:
        self.checking.hide()
        self.recheck.setEnabled(True)
        self.check_label.setText(str(exc))
        self._update_buttons()

    def _add_reason(self, item, names: dict) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 2, 0, 2)
        by_reason: dict[str, list[str]] = {}  # one line per reason, with the assets it hits
        for f in item.findings:
            if f.open:
                where = by_reason.setdefault(f.reason, [])
                if f.asset_id and names.get(f.asset_id, f.asset_id) not in where:
                    where.append(names.get(f.asset_id, f.asset_id))
        lines = [f"{', '.join(where)}: {reason}" if where else reason
                 for reason, where in by_reason.items()]
        text = QLabel(f"<b>{_escape(item.title)}</b><br>" +
                      "<br>".join(_escape(line) for line in lines[:5]) +
                      (f"<br>\u2026 (+{len(lines) - 5})" if len(lines) > 5 else ""))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        button = QPushButton(tr("Show in the review"))
        button.setAccessibleName(tr("Show \u201c{item}\u201d in the review", item=item.title))
        button.setProperty("item", item.id)
        button.clicked.connect(lambda _=False, i=item.id: self.go_to_item(i))
        row.addWidget(text, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.reasons_layout.addWidget(box)

    def _clear_reasons(self) -> None:
        self.reasons_scroll.hide()
        while self.reasons_layout.count():
            child = self.reasons_layout.takeAt(0).widget()
            if child is not None:
                child.deleteLater()

    def reason_buttons(self) -> list[QPushButton]:
        return [b for b in self.reasons.findChildren(QPushButton) if b.property("item")]

    def go_to_item(self, item_id: str) -> None:
        self.reject()
        self.showItem.emit(item_id)

    # --- exporting ----------------------------------------------------------------------------
    def start_export(self) -> None:
        problem = destination_problem(self.destination.text())
        if problem or self.blocked or self.task is not None:
            self._destination_changed()
            return
        destination = str(Path(self.destination.text().strip()).expanduser())
        self.summary = None
        self.done_label.hide()
        self.open_button.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(tr("Preparing the export\u2026"))
        self.progress_label.show()
        self.task = Task(self, run_export, self.app, self.campaign.id, destination,
                         self.options(), pass_task=True)
        self.task.progress.connect(self._progress)
        self.task.done.connect(self._exported)
        self.task.failed.connect(self._export_failed)
        self._update_buttons()
        self.task.start()

    def _progress(self, done: int, total: int, name: str) -> None:
        # one step per asset, then one for the report and the manifest
        self.progress.setRange(0, total + 1)
        self.progress.setValue(done)
        self.progress_label.setText(
            tr("Written {name} ({done} of {total})", name=name, done=done, total=total)
            if done < total else tr("Writing the report and the manifest\u2026"))

    def _exported(self, result: dict) -> None:
        self.task = None
        self.summary = result
        self.progress.setValue(self.progress.maximum())
        self.progress_label.hide()
        text = tr("Exported {n} asset(s) to {path}", n=result["assets"], path=result["path"])
        if result.get("warnings"):
            text += "\n" + "\n".join(result["warnings"])
        self.done_label.setText(text)
        self.done_label.show()
        self.open_button.show()
        self.export_button.hide()
        self._update_buttons()
        self.close_button.setText(tr("Close"))
        self.exported.emit(result)

    def _export_failed(self, exc: BaseException) -> None:
        from app.core.errors import CancelledError, ExportBlockedError

        self.task = None
        self.progress.hide()
        if isinstance(exc, CancelledError):
            self.progress_label.setText(tr("Export cancelled: nothing was written."))
        else:
            self.progress_label.setText(str(exc))
            if isinstance(exc, ExportBlockedError):
                self.check()  # something changed since the check: show the reasons
        self.progress_label.show()
        self._destination_changed()
        self._update_buttons()

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress_label.setText(tr("Cancelling\u2026"))

    def _close_or_cancel(self) -> None:
        if self.task is not None:
            self.cancel_export()
        else:
            self.reject()

    def reject(self) -> None:
        if self.task is not None:  # Esc while exporting cancels; the dialog stays to say so
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.task is not None:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)

    def open_folder(self) -> bool:
        if not self.summary:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(self.summary["path"]))


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)
