"""The image pane's model picker: the models of the library (found off the GUI thread), each with
its licence and whether commercial use is allowed, the image providers configured in the settings
(a team's server, OpenAI), a file of one's own, and a visible warning when a model's licence does
not fit a commercial campaign. Pickled checkpoints are listed as refused, never loadable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import VitrineError
from app.core.i18n import tr, tr_noop

COMMERCIAL_LABELS = {
    "yes": tr_noop("commercial use allowed"),
    "no": tr_noop("non-commercial use only"),
    "restricted": tr_noop("commercial use with restrictions"),
    "unknown": tr_noop("commercial use unknown"),
}
FORMAT_LABELS = {"diffusers": tr_noop("diffusers folder"), "single-file": tr_noop("single file"),
                 "lora": tr_noop("LoRA"), "pickle": tr_noop("pickled checkpoint: refused")}
WHERE_LABELS = {"local": tr_noop("this computer"), "lan": tr_noop("local network"),
                "cloud": tr_noop("cloud"), "auto": tr_noop("network")}
_HUB_SOURCES = ("hf-cache", "vitrine")


def licence_text(licence: str) -> str:
    return tr("unknown licence") if not licence or licence == "unknown" else licence


def commercial_text(value: str) -> str:
    return tr(COMMERCIAL_LABELS.get(value or "unknown", COMMERCIAL_LABELS["unknown"]))


def licence_line(entry) -> str:
    """"Licence: X · commercial use ..." for a library entry."""
    commercial = commercial_text(entry.commercial_use)
    if not entry.licence or entry.licence == "unknown":
        return tr("Licence unknown \u00b7 {commercial}", commercial=commercial)
    return tr("Licence: {licence} \u00b7 {commercial}", licence=entry.licence,
              commercial=commercial)


def usage_warning(commercial_use: str, campaign) -> tuple[str, str]:
    """(level, text) for a model's commercial use on this campaign: level is "block" (shown in
    red), "note", or "" (nothing to say)."""
    if campaign is None or commercial_use == "yes" or \
            getattr(campaign.usage, "value", campaign.usage) != "commercial":
        return "", ""
    if commercial_use == "no":
        return "block", tr("This model's licence does not allow commercial use, and this "
                           "campaign is commercial. Choose another model, or mark the campaign "
                           "non-commercial in its brief.")
    if commercial_use == "restricted":
        return "note", tr("Its licence restricts commercial use: check its terms before "
                          "publishing.")
    return "note", tr("Its licence is unknown: check it before any commercial use.")


def request_model(entry) -> str:
    """What a request names the model by: its Hub id when it came from a cache (so that the
    record says which model it was), its path otherwise."""
    return entry.id if entry.source in _HUB_SOURCES and "/" in entry.id and \
        not Path(entry.id).is_absolute() else entry.path


def scan_library(settings: dict) -> list:
    """Every model on disk (runs off the GUI thread: it reads folders and file headers)."""
    from app.providers.models import library

    return library.list_models(settings)


class ModelPicker(QWidget):
    """`changed` when the choice changes; `current()` is ("model", entry), ("provider",
    config) or None; `loras` are the LoRA files found."""

    changed = Signal()
    failed = Signal(str)  # a model that cannot be used, in plain words
    manageRequested = Signal()

    def __init__(self, app, background, parent=None):
        super().__init__(parent)
        self.app = app
        self.background = background
        self.campaign = None
        self.entries: list = []
        self.loras: list = []
        self.extra = None  # a file chosen with "Choose a file…"
        self.scanning = False
        self._scan_id = 0
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Model"))
        self.combo.setToolTip(tr("The models found on this computer and the image providers "
                                 "configured in the settings"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(18)
        self.combo.currentIndexChanged.connect(self._changed)
        self.browse = QPushButton(tr("File\u2026"))
        self.browse.setAccessibleName(tr("Choose a model file or folder"))
        self.browse.setToolTip(tr("Use a .safetensors file or a diffusers folder of your own"))
        self.browse.clicked.connect(self._browse)
        self.manage = QPushButton(tr("Models\u2026"))
        self.manage.setAccessibleName(tr("Open the model library in the settings"))
        self.manage.setToolTip(tr("Import, download and find models (Settings, Models)"))
        self.manage.clicked.connect(self.manageRequested)
        self.licence = QLabel()
        self.licence.setWordWrap(True)
        self.licence.setAccessibleName(tr("Licence of the chosen model"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("licenceWarning")
        self.warning.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.browse)
        row.addWidget(self.manage)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addLayout(row)
        layout.addWidget(self.licence)
        layout.addWidget(self.warning)

    # --- the library, found off the GUI thread -------------------------------------------------
    def refresh(self) -> None:
        self.scanning = True
        self._scan_id += 1
        self.licence.setText(tr("Looking for models on this computer\u2026"))
        settings = self.app.settings.to_dict()
        self.background.run(lambda: scan_library(settings),
                            lambda result, error, n=self._scan_id: self._scanned(n, result,
                                                                                 error))

    def _scanned(self, scan_id: int, entries, error) -> None:
        if scan_id != self._scan_id:
            return  # an older search, overtaken by a newer one
        self.scanning = False
        if error is not None:
            entries = []
            self.failed.emit(str(error) if isinstance(error, VitrineError) else
                             tr("The model folders could not be read: {reason}",
                                reason=str(error)))
        self.entries = [e for e in entries or [] if e.kind == "checkpoint"]
        self.loras = [e for e in entries or [] if e.kind == "lora"]
        self._fill()

    def _fill(self, select: str | None = None) -> None:
        keep = select if select is not None else self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        usable = [e for e in self.entries if e.format != "pickle"]
        if self.extra is not None:
            self.combo.addItem(self._entry_text(self.extra), f"model:{self.extra.path}")
        for entry in usable:
            self.combo.addItem(self._entry_text(entry), f"model:{entry.path}")
            self.combo.setItemData(self.combo.count() - 1, entry.path, Qt.ItemDataRole.ToolTipRole)
        for config in self._providers():
            where = tr(WHERE_LABELS.get(config.where, WHERE_LABELS["auto"]))
            self.combo.addItem(f"{config.label or config.id} ({where})", f"provider:{config.id}")
        refused = [e for e in self.entries if e.format == "pickle"]
        model = self.combo.model()
        for entry in refused:
            self.combo.addItem(tr("{name} \u2014 refused: pickled checkpoint", name=entry.name),
                               f"refused:{entry.path}")
            if isinstance(model, QStandardItemModel):
                model.item(self.combo.count() - 1).setEnabled(False)
        if self.combo.count() == len(refused):
            self.combo.insertItem(0, tr("No model found yet"), "")
        index = self.combo.findData(keep) if keep else -1
        self.combo.setCurrentIndex(index if index >= 0 else self._default_index())
        self.combo.blockSignals(False)
        self._changed()

    def _providers(self) -> list:
        return [p for p in self.app.settings.providers if p.kind == "image"]

    def _default_index(self) -> int:
        preferred = self.app.settings.default_image_model
        usable = [e for e in self.entries if e.format != "pickle"]
        for entry in usable:
            if preferred and preferred in (entry.id, entry.name, entry.path):
                return self.combo.findData(f"model:{entry.path}")
        if self.extra is not None:
            return 0
        usable.sort(key=lambda e: (e.licence == "unknown", e.source != "vitrine",
                                   e.name.lower()))
        return self.combo.findData(f"model:{usable[0].path}") if usable else 0

    @staticmethod
    def _entry_text(entry) -> str:
        return f"{entry.name} \u2014 {licence_text(entry.licence)}"

    # --- the choice -----------------------------------------------------------------------------
    def current(self):
        data = self.combo.currentData() or ""
        kind, _, value = data.partition(":")
        if kind == "model":
            if self.extra is not None and value == self.extra.path:
                return "model", self.extra
            return next((("model", e) for e in self.entries if e.path == value), None)
        if kind == "provider":
            return next((("provider", p) for p in self._providers() if p.id == value), None)
        return None

    def request_fields(self) -> dict | None:
        """{"provider", "model"} for the request, or None when nothing usable is chosen."""
        chosen = self.current()
        if chosen is None:
            return None
        kind, value = chosen
        if kind == "provider":
            return {"provider": value.id, "model": value.model}
        return {"provider": "diffusers", "model": request_model(value)}

    def set_campaign(self, campaign) -> None:
        self.campaign = campaign
        self._changed()

    def _changed(self, *_args) -> None:
        chosen = self.current()
        commercial = ""
        if chosen is None:
            self.licence.setText("" if self.scanning else tr(
                "No model yet: import a model file or folder, or download one, in Models\u2026"))
        elif chosen[0] == "model":
            entry = chosen[1]
            commercial = entry.commercial_use
            self.licence.setText(licence_line(entry))
        else:
            config = chosen[1]
            self.licence.setText(tr("{provider}: the provider's terms apply to {model}.",
                                    provider=config.label or config.id,
                                    model=config.model or tr("its default model")))
        level, text = usage_warning(commercial, self.campaign) if commercial else ("", "")
        self.warning.setText(text)
        self.warning.setStyleSheet("color: #B00020; font-weight: bold;" if level == "block"
                                   else "color: #8A5A00;")
        self.warning.setVisible(bool(text))
        self.changed.emit()

    @property
    def blocked(self) -> bool:
        """A non-commercial model on a commercial campaign (shown in red)."""
        chosen = self.current()
        return chosen is not None and chosen[0] == "model" and \
            usage_warning(chosen[1].commercial_use, self.campaign)[0] == "block"

    # --- a file of one's own --------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a model"), str(Path.home()),
            tr("Models (*.safetensors *.ckpt *.bin *.pt *.pth);;All files (*)"))
        if path:
            self.choose_path(path)

    def choose_path(self, path: str) -> None:
        """Use a model file or folder: a pickled checkpoint is refused at once, in plain words;
        anything else is checked from its headers off the GUI thread."""
        from app.providers.models import checkpoints

        try:
            checkpoints.refuse_pickle(Path(path))
        except VitrineError as exc:
            self.failed.emit(str(exc))
            return

        def inspect():
            from app.providers.models import discovery

            return discovery.inspect_path(Path(path))

        self.background.run(inspect, self._inspected)

    def _inspected(self, entry, error) -> None:
        if error is not None:
            self.failed.emit(str(error) if isinstance(error, VitrineError) else
                             tr("This model cannot be used: {reason}", reason=str(error)))
            return
        if entry.kind != "checkpoint":
            self.failed.emit(tr("{name} is a LoRA: choose it under Advanced, LoRA.",
                                name=entry.name))
            return
        self.extra = entry
        self._fill(select=f"model:{entry.path}")
