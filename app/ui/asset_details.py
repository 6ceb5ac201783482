"""The details of one asset: a large preview, its title, alt text or transcript (editable: the
checklist needs them), and how it was made."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import VitrineError
from app.core.i18n import tr, tr_noop
from app.ui.gallery_model import STATUS_LABELS

WHERE_LABELS = {"local": tr_noop("This computer"), "lan": tr_noop("Local network"),
                "cloud": tr_noop("Cloud")}
ALT_MAX = 250


class AssetDetails(QScrollArea):
    changed = Signal(str)

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.asset = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        body = QWidget()
        self.setWidget(body)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(tr("Preview"))
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Title"))
        self.alt = QPlainTextEdit()
        self.alt.setAccessibleName(tr("Alt text"))
        self.alt.setPlaceholderText(tr("Describe the image for people who cannot see it"))
        self.alt.setMaximumHeight(90)
        self.alt_count = QLabel()
        self.alt.textChanged.connect(self._count)
        self.transcript = QPlainTextEdit()
        self.transcript.setAccessibleName(tr("Transcript"))
        self.transcript.setMaximumHeight(120)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setAccessibleName(tr("Save the title and descriptions"))
        self.save_button.clicked.connect(self.save)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.addRow(tr("Title"), self.title)
        self.form.addRow(tr("Alt text"), self.alt)
        self.form.addRow("", self.alt_count)
        self.form.addRow(tr("Transcript"), self.transcript)
        layout = QVBoxLayout(body)
        layout.addWidget(self.preview)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.info)
        layout.addStretch(1)
        self.show_asset(None)

    def _count(self) -> None:
        n = len(self.alt.toPlainText().strip())
        self.alt_count.setText(tr("{n} / {max} characters", n=n, max=ALT_MAX))

    def _set_row_visible(self, widget, visible: bool) -> None:
        widget.setVisible(visible)
        label = self.form.labelForField(widget)
        if label is not None:
            label.setVisible(visible)

    def show_asset(self, asset) -> None:
        self.asset = asset
        self.setEnabled(asset is not None)
        if asset is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("Select one asset to see its details."))
            for w in (self.title, self.alt, self.transcript):
                w.blockSignals(True)
                w.clear() if hasattr(w, "clear") else None
                w.blockSignals(False)
            self.info.clear()
            return
        kind = asset.kind.value
        if kind == "image":
            pixmap = QPixmap(asset.path)
            self.preview.setPixmap(pixmap.scaled(
                260, 260, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation) if not pixmap.isNull() else QPixmap())
            if pixmap.isNull():
                self.preview.setText(tr("This image file cannot be read."))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(asset.text[:1200] if kind == "text" else
                                 tr("Audio, {seconds} s", seconds=f"{asset.duration_s or 0:.1f}"))
        self.title.setText(asset.title)
        self.alt.setPlainText(asset.alt_text)
        self.transcript.setPlainText(asset.transcript)
        self._set_row_visible(self.alt, kind == "image")
        self._set_row_visible(self.alt_count, kind == "image")
        self._set_row_visible(self.transcript, kind == "audio")
        self.info.setText(self._describe(asset))

    def _describe(self, asset) -> str:
        lines = [tr("Status: {status}", status=tr(STATUS_LABELS[asset.status.value]))]
        if asset.width and asset.height:
            lines.append(tr("Size: {w}\u00d7{h} px", w=asset.width, h=asset.height))
        gen = asset.generation
        if gen is not None:
            lines.append(tr("Model: {model}", model=gen.model or "\u2014"))
            lines.append(tr("Provider: {provider} ({where})", provider=gen.provider,
                            where=tr(WHERE_LABELS.get(gen.where.value, gen.where.value))))
            if gen.seed is not None:
                lines.append(tr("Seed: {seed}", seed=gen.seed))
            lines.append(tr("Licence: {licence}", licence=gen.licence))
            if gen.energy.wh is not None:
                kind = tr("estimated") if gen.energy.method.is_estimate else tr("measured")
                lines.append(tr("Energy: {wh} Wh ({kind})", wh=f"{gen.energy.wh:.4f}",
                                kind=kind))
            if gen.prompt:
                lines.append(tr("Prompt: {prompt}", prompt=gen.prompt))
        lines.append(tr("Version {n}", n=asset.version))
        return "\n".join(lines)

    def save(self) -> None:
        if self.asset is None:
            return
        changes = {"title": self.title.text().strip()}
        if self.asset.kind.value == "image":
            changes["alt_text"] = self.alt.toPlainText().strip()
        if self.asset.kind.value == "audio":
            changes["transcript"] = self.transcript.toPlainText().strip()
        try:
            self.asset = self.app.workspace.update_asset(self.asset.id, **changes)
        except VitrineError as exc:
            self.info.setText(str(exc))
            return
        self.changed.emit(self.asset.id)
