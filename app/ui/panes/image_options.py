"""The image pane's settings: format and channel pack, count, seed (locked or random), and the
"Advanced" section (steps, guidance, scheduler, exact size, LoRA). Each widget turns itself into
request fields; none reads the request back."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import current_language, tr
from app.providers.image import formats, schedulers

MAX_SEED = 2 ** 32 - 1


def format_label(fmt) -> str:
    return f"{fmt.label_in(current_language())} \u2014 {fmt.width}\u00d7{fmt.height}"


def brief_formats(campaign) -> list[str]:
    """The image formats the campaign's brief asks for, in the presets' order."""
    wanted = set(campaign.brief.channels) if campaign is not None else set()
    return [f.id for f in formats.formats() if f.id in wanted]


class FormatPicker(QWidget):
    """One format (or the model's own size), or a channel pack: the brief's formats or all."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.campaign = None
        self.exact = False  # an exact size (Advanced) replaces the format
        self.format = QComboBox()
        self.format.setAccessibleName(tr("Format"))
        self.format.addItem(tr("The model's own size"), "")
        for fmt in formats.formats():
            self.format.addItem(format_label(fmt), fmt.id)
        self.pack = QComboBox()
        self.pack.setAccessibleName(tr("Channel pack"))
        self.pack.setToolTip(tr("Make every format from one prompt: one seed, each size "
                                "composed for its ratio"))
        self.pack.addItem(tr("One format"), "")
        self.pack.addItem("", "brief")
        self.pack.addItem(tr("Channel pack: all {n} formats", n=len(formats.formats())), "all")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pack.currentIndexChanged.connect(self._changed)
        self.format.currentIndexChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.format)
        layout.addWidget(self.pack)
        layout.addWidget(self.summary)
        self.set_campaign(None)

    def set_campaign(self, campaign) -> None:
        self.campaign = campaign
        wanted = brief_formats(campaign)
        self.pack.setItemText(1, tr("Channel pack: the brief's formats ({n})", n=len(wanted)))
        item = self.pack.model().item(1)
        if item is not None:
            item.setEnabled(bool(wanted))
        if not wanted and self.pack.currentData() == "brief":
            self.pack.setCurrentIndex(0)
        self._changed()

    def pack_formats(self) -> list[str]:
        mode = self.pack.currentData()
        if mode == "all":
            return [f.id for f in formats.formats()]
        if mode == "brief":
            return brief_formats(self.campaign)
        return []

    def set_pack(self, mode: str) -> None:
        self.pack.setCurrentIndex(max(0, self.pack.findData(mode)))

    def set_format(self, ident: str) -> None:
        self.format.setCurrentIndex(max(0, self.format.findData(ident)))

    def set_exact(self, on: bool) -> None:
        self.exact = on
        self._changed()

    def _changed(self, *_args) -> None:
        ids = self.pack_formats()
        self.format.setEnabled(not ids and not self.exact)
        if ids:
            sizes = ", ".join(f"{formats.get_format(i).width}\u00d7{formats.get_format(i).height}"
                              for i in ids)
            self.summary.setText(tr("{n} images from one prompt: {sizes}", n=len(ids),
                                    sizes=sizes))
        else:
            self.summary.setText("")
        self.summary.setVisible(bool(ids))
        self.changed.emit()


class SeedControl(QWidget):
    """A seed field with a lock: unlocked, every generation draws a new seed (the one used is
    shown on each result); locked, the seed in the field is used again."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setAccessibleName(tr("Seed"))
        self.field.setValidator(QRegularExpressionValidator(r"\d{0,10}"))
        self.field.setPlaceholderText(tr("Random"))
        self.field.setMaximumWidth(130)
        self.lock = QCheckBox(tr("Lock"))
        self.lock.setAccessibleName(tr("Lock the seed"))
        self.lock.setToolTip(tr("Locked: the same seed each time. Unlocked: a new random seed "
                                "for each generation."))
        self.lock.toggled.connect(self._locked)
        self.dice = QToolButton()
        self.dice.setText(tr("New"))
        self.dice.setAccessibleName(tr("Draw a new random seed"))
        self.dice.setToolTip(tr("Draw a new random seed"))
        self.dice.clicked.connect(lambda: self.set_seed(secrets.randbelow(MAX_SEED + 1)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.lock)
        layout.addWidget(self.dice)
        layout.addStretch(1)
        self._locked(False)

    def _locked(self, on: bool) -> None:
        self.field.setReadOnly(not on)
        self.field.setStyleSheet("" if on else "color: palette(mid);")

    def set_seed(self, seed: int, *, lock: bool = True) -> None:
        self.field.setText(str(seed))
        if lock:
            self.lock.setChecked(True)

    def show_used(self, seed: int) -> None:
        """The seed of the latest result, shown (greyed) while the seed is not locked."""
        if not self.lock.isChecked():
            self.field.setText(str(seed))

    def value(self) -> int | None:
        """The seed for the request: None (random) unless locked."""
        if not self.lock.isChecked():
            return None
        text = self.field.text().strip()
        if not text:
            seed = secrets.randbelow(MAX_SEED + 1)
            self.field.setText(str(seed))
            return seed
        return min(int(text), MAX_SEED)


def _spin(minimum, maximum, special: str, name: str, *, decimals: int | None = None,
          step: float = 1):
    spin = QDoubleSpinBox() if decimals is not None else QSpinBox()
    if decimals is not None:
        spin.setDecimals(decimals)
    spin.setRange(minimum, maximum)
    spin.setSingleStep(step)
    spin.setSpecialValueText(special)
    spin.setValue(minimum)
    spin.setAccessibleName(name)
    spin.setMaximumWidth(160)
    return spin


class AdvancedOptions(QWidget):
    """Folded by default: steps, guidance, scheduler, an exact size, a LoRA and its weight."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(tr("Advanced"))
        self.toggle.setAccessibleName(tr("Show the advanced settings"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_open)
        self.body = QWidget()
        self.steps = _spin(0, 150, tr("Model default"), tr("Steps"))
        self.guidance = _spin(0, 30, tr("Model default"), tr("Guidance"), decimals=1, step=0.5)
        self.scheduler = QComboBox()
        self.scheduler.setAccessibleName(tr("Scheduler"))
        self.scheduler.addItem(tr("The model's own"), "")
        for ident in schedulers.SCHEDULERS:
            self.scheduler.addItem(schedulers.A1111_NAMES.get(ident, ident), ident)
        self.exact = QCheckBox(tr("Exact size"))
        self.exact.setAccessibleName(tr("Generate at an exact size instead of a format"))
        self.width_spin = _spin(8, 4096, "", tr("Width"))
        self.height_spin = _spin(8, 4096, "", tr("Height"))
        for spin in (self.width_spin, self.height_spin):
            spin.setSingleStep(8)
            spin.setValue(512)
            spin.setSuffix(" px")
            spin.setEnabled(False)
        self.exact.toggled.connect(self._exact)
        self.lora = QComboBox()
        self.lora.setEditable(True)
        self.lora.setAccessibleName(tr("LoRA"))
        self.lora.lineEdit().setPlaceholderText(tr("None"))
        self.lora_browse = QPushButton(tr("File\u2026"))
        self.lora_browse.setAccessibleName(tr("Choose a LoRA file"))
        self.lora_browse.clicked.connect(self._browse_lora)
        self.lora_weight = _spin(-2, 2, "", tr("LoRA weight"), decimals=2, step=0.05)
        self.lora_weight.setValue(1.0)
        size = QHBoxLayout()
        size.addWidget(self.exact)
        size.addWidget(self.width_spin)
        size.addWidget(QLabel("\u00d7"))
        size.addWidget(self.height_spin)
        size.addStretch(1)
        lora = QHBoxLayout()
        lora.addWidget(self.lora, 1)
        lora.addWidget(self.lora_browse)
        form = QFormLayout(self.body)
        form.setContentsMargins(16, 0, 0, 0)
        form.addRow(tr("Steps"), self.steps)
        form.addRow(tr("Guidance"), self.guidance)
        form.addRow(tr("Scheduler"), self.scheduler)
        form.addRow(tr("Size"), size)
        form.addRow(tr("LoRA"), lora)
        form.addRow(tr("LoRA weight"), self.lora_weight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.set_open(False)

    def set_open(self, on: bool) -> None:
        self.toggle.setChecked(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def _exact(self, on: bool) -> None:
        self.width_spin.setEnabled(on)
        self.height_spin.setEnabled(on)
        self.changed.emit()

    def set_loras(self, entries) -> None:
        text = self.lora.currentText()
        self.lora.clear()
        self.lora.addItem("", "")
        for entry in entries:
            self.lora.addItem(entry.name, entry.path)
        self.lora.setEditText(text)

    def _browse_lora(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a LoRA file"), str(Path.home()),
                                              tr("LoRA (*.safetensors)"))
        if path:
            self.lora.setEditText(path)

    def lora_path(self) -> str:
        text = self.lora.currentText().strip()
        index = self.lora.findText(text)
        data = self.lora.itemData(index) if index >= 0 else None
        return data or text

    def fields(self) -> dict:
        lora = self.lora_path()
        return {
            "steps": self.steps.value() or None,
            "guidance": self.guidance.value() or None,
            "scheduler": self.scheduler.currentData() or "",
            "width": self.width_spin.value() if self.exact.isChecked() else None,
            "height": self.height_spin.value() if self.exact.isChecked() else None,
            "loras": ((lora, round(self.lora_weight.value(), 3)),) if lora else (),
        }
