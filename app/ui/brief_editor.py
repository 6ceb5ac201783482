"""The brief editor: every brief field, the fact sheet, the brand kit, confidentiality and usage.
Saves to the workspace (Ctrl+S, and on its own when the user moves to another campaign or
closes the window, so an edit is never lost)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.campaign import (
    CONFIDENTIALITY_LABELS,
    USAGE_LABELS,
    BrandKit,
    Brief,
    Campaign,
    Fact,
)
from app.core.channels import IMAGE_FORMATS, LANGUAGES, TEXT_CHANNELS
from app.core.errors import VitrineError
from app.core.i18n import tr
from app.ui.widgets import section_label

HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\n]", text) if p.strip()]


class FactTable(QWidget):
    """The fact sheet: approved claims and the evidence behind each."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Claim"), tr("Evidence")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(tr("Fact sheet"))
        self.table.setMinimumHeight(140)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        add = QPushButton(tr("Add a fact"))
        add.clicked.connect(self.add_row)
        remove = QPushButton(tr("Remove"))
        remove.setAccessibleName(tr("Remove the selected fact"))
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_facts(self, facts: list[Fact]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for fact in facts:
            self._append(fact.claim, fact.evidence)
        self.table.blockSignals(False)

    def _append(self, claim: str, evidence: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(claim))
        self.table.setItem(row, 1, QTableWidgetItem(evidence))
        return row

    def add_row(self) -> None:
        row = self._append("", "")
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def facts(self) -> list[Fact]:
        out = []
        for row in range(self.table.rowCount()):
            claim = (self.table.item(row, 0) or QTableWidgetItem()).text().strip()
            evidence = (self.table.item(row, 1) or QTableWidgetItem()).text().strip()
            if claim:
                out.append(Fact(claim, evidence))
        return out


class PaletteEdit(QWidget):
    """Brand colours as hex codes, with swatches."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("#0B3D91, #F2B705")
        self.edit.setAccessibleName(tr("Palette"))
        self.edit.textChanged.connect(self._update)
        self.swatches = QHBoxLayout()
        self.swatches.setSpacing(2)
        self.warning = QLabel()
        self.warning.setObjectName("fieldWarning")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addLayout(self.swatches)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.warning.hide()

    def _update(self) -> None:
        while self.swatches.count():
            item = self.swatches.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        bad = []
        for code in _split(self.edit.text()):
            if not HEX.match(code):
                bad.append(code)
                continue
            swatch = QLabel()
            swatch.setFixedSize(18, 18)
            swatch.setStyleSheet(f"background:{QColor(code).name()}; border:1px solid #888;")
            swatch.setToolTip(code)
            self.swatches.addWidget(swatch)
        self.warning.setVisible(bool(bad))
        self.warning.setText(tr("Not a colour code: {codes}", codes=", ".join(bad)))
        self.changed.emit()

    def colours(self) -> list[str]:
        return [c.upper() for c in _split(self.edit.text()) if HEX.match(c)]

    def set_colours(self, colours: list[str]) -> None:
        self.edit.setText(", ".join(colours))


def _check_list(entries: dict[str, str], name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    for key, label in entries.items():
        item = QListWidgetItem(tr(label))
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    # laid out as wrapping rows of check boxes: compact, and every choice visible at once
    widget.setFlow(QListView.Flow.LeftToRight)
    widget.setWrapping(True)
    widget.setResizeMode(QListView.ResizeMode.Adjust)
    widget.setSpacing(2)
    widget.setFixedHeight(28 if len(entries) <= 7 else 66)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _set_checked(widget: QListWidget, keys: list[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in keys
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class BriefEditor(QScrollArea):
    saved = Signal(str)  # campaign id
    message = Signal(str)

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.campaign: Campaign | None = None
        self._loading = False
        self.dirty = False
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.name = self._line(tr("Campaign name"))
        self.product = self._line(tr("Product or service"), tr("What is promoted"))
        self.audience = self._line(tr("Audience"), tr("Who it is for"))
        self.objective = self._line(tr("Objective"), tr("What the campaign must achieve"))
        self.key_messages = self._text(tr("Key messages"), tr("One message per line"))
        self.tone = self._line(tr("Brand voice"), tr("e.g. warm, precise, no jargon"))
        self.languages = _check_list(LANGUAGES, tr("Languages"))
        self.text_channels = _check_list(TEXT_CHANNELS, tr("Text channels"))
        self.image_formats = _check_list(IMAGE_FORMATS, tr("Image formats"))
        for widget in (self.languages, self.text_channels, self.image_formats):
            widget.itemChanged.connect(self._changed)
        self.confidentiality = QComboBox()
        self.confidentiality.setAccessibleName(tr("Confidentiality"))
        for key, label in CONFIDENTIALITY_LABELS.items():
            self.confidentiality.addItem(tr(label), key)
        self.usage = QComboBox()
        self.usage.setAccessibleName(tr("Usage"))
        for key, label in USAGE_LABELS.items():
            self.usage.addItem(tr(label), key)
        for combo in (self.confidentiality, self.usage):
            combo.currentIndexChanged.connect(self._changed)
        self.facts = FactTable()
        self.facts.changed.connect(self._changed)

        self.palette = PaletteEdit()
        self.palette.changed.connect(self._changed)
        self.fonts = self._line(tr("Fonts"), tr("e.g. Inter, Playfair Display"))
        self.style_words = self._line(tr("Style words"), tr("e.g. sunlit, natural, airy"))
        self.negative = self._line(tr("Negative prompt"), tr("What images must never show"))
        self.logo = self._line(tr("Logo"), tr("A logo file (PNG or SVG)"))
        browse = QPushButton(tr("Choose\u2026"))
        browse.setAccessibleName(tr("Choose a logo file"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)

        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Product"), self.product)
        form.addRow(tr("Audience"), self.audience)
        form.addRow(tr("Objective"), self.objective)
        form.addRow(tr("Key messages"), self.key_messages)
        form.addRow(tr("Brand voice"), self.tone)
        form.addRow(tr("Languages"), self.languages)
        form.addRow(tr("Text channels"), self.text_channels)
        form.addRow(tr("Image formats"), self.image_formats)
        form.addRow(tr("Confidentiality"), self.confidentiality)
        form.addRow(tr("Usage"), self.usage)

        brand = QFormLayout()
        brand.addRow(tr("Palette"), self.palette)
        brand.addRow(tr("Fonts"), self.fonts)
        brand.addRow(tr("Style words"), self.style_words)
        brand.addRow(tr("Negative prompt"), self.negative)
        brand.addRow(tr("Logo"), logo_row)

        self.save_button = QPushButton(tr("Save brief"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)

        layout = QVBoxLayout(body)
        layout.addWidget(section_label(tr("Brief")))
        layout.addLayout(form)
        layout.addWidget(section_label(tr("Fact sheet")))
        hint = QLabel(tr("Only these claims may appear in copy; each needs its evidence."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.facts)
        layout.addWidget(section_label(tr("Brand kit")))
        layout.addLayout(brand)
        layout.addLayout(footer)
        layout.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.setEnabled(False)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)
        return edit

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumHeight(90)
        edit.textChanged.connect(self._changed)
        return edit

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.status.setText(tr("Unsaved changes"))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a logo file"), "",
                                              tr("Images (*.png *.svg *.jpg *.jpeg *.webp)"))
        if path:
            self.logo.setText(path)

    # --- load / save --------------------------------------------------------------------------
    def load(self, campaign: Campaign | None) -> None:
        self._loading = True
        try:
            self.campaign = campaign
            self.setEnabled(campaign is not None)
            brief = campaign.brief if campaign else Brief()
            self.name.setText(campaign.name if campaign else "")
            self.product.setText(brief.product)
            self.audience.setText(brief.audience)
            self.objective.setText(brief.objective)
            self.key_messages.setPlainText("\n".join(brief.key_messages))
            self.tone.setText(brief.tone)
            _set_checked(self.languages, brief.languages)
            _set_checked(self.text_channels, brief.channels)
            _set_checked(self.image_formats, brief.channels)
            self._select(self.confidentiality,
                         campaign.confidentiality.value if campaign else "internal")
            self._select(self.usage, campaign.usage.value if campaign else "commercial")
            self.facts.set_facts(brief.facts)
            self.palette.set_colours(brief.brand.palette)
            self.fonts.setText(", ".join(brief.brand.fonts))
            self.style_words.setText(", ".join(brief.brand.style_words))
            self.negative.setText(brief.brand.negative_prompt)
            self.logo.setText(brief.brand.logo)
            self.dirty = False
            self.status.setText("")
        finally:
            self._loading = False

    def set_name(self, campaign_id: str, name: str) -> None:
        """The campaign was renamed elsewhere (the sidebar): show it without marking a change."""
        if self.campaign is not None and self.campaign.id == campaign_id:
            self._loading = True
            self.name.setText(name)
            self.campaign.name = name
            self._loading = False

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        combo.setCurrentIndex(max(index, 0))

    def brief(self) -> Brief:
        keep = [c for c in (self.campaign.brief.channels if self.campaign else [])
                if c not in TEXT_CHANNELS and c not in IMAGE_FORMATS]  # ids added elsewhere
        return Brief(
            product=self.product.text().strip(), audience=self.audience.text().strip(),
            objective=self.objective.text().strip(),
            key_messages=[m.strip() for m in self.key_messages.toPlainText().splitlines()
                          if m.strip()],
            tone=self.tone.text().strip(), languages=_checked(self.languages),
            channels=_checked(self.text_channels) + _checked(self.image_formats) + keep,
            facts=self.facts.facts(),
            brand=BrandKit(palette=self.palette.colours(), fonts=_split(self.fonts.text()),
                           logo=self.logo.text().strip(),
                           style_words=_split(self.style_words.text()),
                           negative_prompt=self.negative.text().strip()))

    def save(self) -> bool:
        if self.campaign is None or not self.dirty:
            return True
        try:
            self.campaign = self.workspace.update_campaign(
                self.campaign.id, name=self.name.text().strip() or self.campaign.name,
                brief=self.brief(), confidentiality=self.confidentiality.currentData(),
                usage=self.usage.currentData())
        except VitrineError as exc:
            self.status.setText(str(exc))
            self.message.emit(str(exc))
            return False
        self.dirty = False
        self.status.setText(tr("Saved"))
        self.saved.emit(self.campaign.id)
        return True
