"""Settings: general (language, theme, offline), providers (base URLs, keys kept in the OS
keyring, test connection), devices and memory, footprint (grid intensity), models."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import tr, tr_noop
from app.core.settings import ProviderConfig

MEMORY_MODES = {
    "auto": tr_noop("Automatic (from the free memory)"),
    "none": tr_noop("Everything on the GPU (fastest)"),
    "attention-slicing": tr_noop("Attention slicing"),
    "vae-tiling": tr_noop("VAE tiling (large images)"),
    "cpu-offload": tr_noop("Model CPU offload (small cards)"),
    "sequential-offload": tr_noop("Sequential offload (smallest memory, slowest)"),
}
DEVICES = {"auto": tr_noop("Automatic"), "cuda": "CUDA (NVIDIA)", "mps": "Apple Metal (MPS)",
           "cpu": tr_noop("Processor (CPU)")}
THEMES = {"system": tr_noop("Follow the system"), "light": tr_noop("Light"),
          "dark": tr_noop("Dark")}
PROVIDER_TYPES = {"openai-compatible": tr_noop("OpenAI-compatible server (Ollama, LM Studio, "
                                               "llama.cpp, vLLM\u2026)"),
                  "openai": tr_noop("OpenAI (cloud)")}
KINDS = {"text": tr_noop("Text"), "image": tr_noop("Images"), "audio": tr_noop("Audio")}
WHERE = {"auto": tr_noop("From the address"), "local": tr_noop("This computer"),
         "lan": tr_noop("Local network"), "cloud": tr_noop("Cloud")}


def _combo(entries: dict, name: str, current: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for key, label in entries.items():
        combo.addItem(tr(label), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class ProvidersTab(QWidget):
    """Configured network providers; keys go to the OS keyring, never to the settings file."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.providers = [ProviderConfig(**vars(p)) for p in settings.providers]
        self.keys: dict[str, str] = {}
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Providers"))
        self.list.currentRowChanged.connect(self._show)
        self.ident = QLineEdit()
        self.ident.setAccessibleName(tr("Identifier"))
        self.ident.setPlaceholderText("ollama")
        self.label = QLineEdit()
        self.label.setAccessibleName(tr("Name"))
        self.type = _combo(PROVIDER_TYPES, tr("Type"), "openai-compatible")
        self.kind = _combo(KINDS, tr("Kind"), "text")
        self.base_url = QLineEdit()
        self.base_url.setAccessibleName(tr("Address (base URL)"))
        self.base_url.setPlaceholderText("http://127.0.0.1:11434/v1")
        self.model = QLineEdit()
        self.model.setAccessibleName(tr("Model"))
        self.where = _combo(WHERE, tr("Where it runs"), "auto")
        self.key = QLineEdit()
        self.key.setAccessibleName(tr("API key"))
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(tr("Stored in the system keyring"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        add = QPushButton(tr("Add"))
        add.clicked.connect(self.add)
        remove = QPushButton(tr("Remove"))
        remove.setAccessibleName(tr("Remove the selected provider"))
        remove.clicked.connect(self.remove)
        test = QPushButton(tr("Test connection"))
        test.clicked.connect(self.test)
        for widget in (self.ident, self.label, self.base_url, self.model, self.key):
            widget.editingFinished.connect(self._store)
        for combo in (self.type, self.kind, self.where):
            combo.currentIndexChanged.connect(self._store)
        form = QFormLayout()
        for label, widget in ((tr("Identifier"), self.ident), (tr("Name"), self.label),
                              (tr("Type"), self.type), (tr("Kind"), self.kind),
                              (tr("Address (base URL)"), self.base_url),
                              (tr("Model"), self.model), (tr("Where it runs"), self.where),
                              (tr("API key"), self.key)):
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        for button in (add, remove, test):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)
        self._fill()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for provider in self.providers:
            self.list.addItem(QListWidgetItem(provider.label or provider.id))
        self.list.blockSignals(False)
        if self.providers:
            self.list.setCurrentRow(0)
            self._show(0)
        else:
            self._show(-1)

    def current(self) -> ProviderConfig | None:
        row = self.list.currentRow()
        return self.providers[row] if 0 <= row < len(self.providers) else None

    def _show(self, row: int) -> None:
        provider = self.current()
        for widget in (self.ident, self.label, self.base_url, self.model, self.key, self.type,
                       self.kind, self.where):
            widget.blockSignals(True)
            widget.setEnabled(provider is not None)
        if provider is not None:
            self.ident.setText(provider.id)
            self.label.setText(provider.label)
            self.base_url.setText(provider.base_url)
            self.model.setText(provider.model)
            for combo, value in ((self.type, provider.type), (self.kind, provider.kind),
                                 (self.where, provider.where)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.key.setText(self.keys.get(provider.id, ""))
        for widget in (self.ident, self.label, self.base_url, self.model, self.key, self.type,
                       self.kind, self.where):
            widget.blockSignals(False)
        self.result.clear()

    def _store(self, *_args) -> None:
        provider = self.current()
        if provider is None:
            return
        ident = re.sub(r"[^a-z0-9\-_.]", "-", self.ident.text().strip().lower()) or provider.id
        if self.key.text():
            self.keys[ident] = self.key.text()
        provider.id = ident
        provider.label = self.label.text().strip()
        provider.base_url = self.base_url.text().strip()
        provider.model = self.model.text().strip()
        provider.type = self.type.currentData()
        provider.kind = self.kind.currentData()
        provider.where = self.where.currentData()
        item = self.list.currentItem()
        if item is not None:
            item.setText(provider.label or provider.id)

    def add(self) -> None:
        taken = {p.id for p in self.providers}
        n, ident = 1, "server"
        while ident in taken:
            n += 1
            ident = f"server-{n}"
        self.providers.append(ProviderConfig(id=ident, base_url="http://127.0.0.1:11434/v1"))
        self._fill()
        self.list.setCurrentRow(len(self.providers) - 1)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.providers):
            del self.providers[row]
            self._fill()

    def test(self) -> None:
        from app.services.doctor import http_probe

        self._store()
        provider = self.current()
        if provider is None or not provider.base_url:
            return
        result = http_probe(provider.base_url.rstrip("/") + "/models", timeout=2.0)
        if not result.get("reachable"):
            self.result.setText(tr("Not reachable: {reason}", reason=result.get("error", "")))
        elif result.get("status") == 401:
            self.result.setText(tr("Reachable, but the key was refused (401)."))
        else:
            models = ", ".join(result.get("models", [])[:8]) or "\u2014"
            self.result.setText(tr("Connected in {ms} ms. Models: {models}", ms=result["ms"],
                                   models=models))


class SettingsDialog(QDialog):
    languageChosen = Signal(str)

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        settings = app.settings
        self.setWindowTitle(tr("Settings"))
        self.resize(760, 520)
        tabs = QTabWidget()

        general = QWidget()
        form = QFormLayout(general)
        self.language = _combo({"system": tr_noop("System"), "en": "English", "fr": "Français"},
                               tr("Language"), settings.language)
        self.theme = _combo(THEMES, tr("Theme"), settings.theme)
        self.offline = QCheckBox(tr("Offline mode: nothing leaves this computer"))
        self.offline.setChecked(settings.offline)
        self.offline.setEnabled(not app.offline_override)
        self.redact = _combo({"block": tr_noop("Block the request"),
                              "redact": tr_noop("Redact it, then send")},
                             tr("Personal data in a prompt for a cloud provider"),
                             settings.personal_data_action)
        self.disclosure = QLineEdit(settings.disclosure_line)
        self.disclosure.setAccessibleName(tr("Disclosure line"))
        self.disclosure.setPlaceholderText(tr("Default: a sentence saying the text was made "
                                              "with AI"))
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Theme"), self.theme)
        form.addRow("", self.offline)
        form.addRow(tr("Personal data in a prompt for a cloud provider"), self.redact)
        form.addRow(tr("Disclosure line"), self.disclosure)
        form.addRow(tr("Workspace"), QLabel(str(app.workspace.folder)))
        tabs.addTab(general, tr("General"))

        self.providers = ProvidersTab(settings)
        tabs.addTab(self.providers, tr("Providers"))

        devices = QWidget()
        dform = QFormLayout(devices)
        self.device = _combo(DEVICES, tr("Device"), settings.device)
        self.memory = _combo(MEMORY_MODES, tr("Memory mode"), settings.memory_mode)
        dform.addRow(tr("Device"), self.device)
        dform.addRow(tr("Memory mode"), self.memory)
        tabs.addTab(devices, tr("Devices"))

        footprint = QWidget()
        fform = QFormLayout(footprint)
        self.grid = QDoubleSpinBox()
        self.grid.setRange(0, 2000)
        self.grid.setDecimals(1)
        self.grid.setSuffix(" gCO\u2082e/kWh")
        self.grid.setValue(settings.grid_intensity_g_per_kwh)
        self.grid.setAccessibleName(tr("Grid carbon intensity"))
        self.grid_source = QLineEdit(settings.grid_intensity_source)
        self.grid_source.setAccessibleName(tr("Source of the figure"))
        fform.addRow(tr("Grid carbon intensity"), self.grid)
        fform.addRow(tr("Source of the figure"), self.grid_source)
        note = QLabel(tr("Used to turn the energy of each job into CO\u2082e in the review. "
                         "Never turned into a claim."))
        note.setWordWrap(True)
        fform.addRow("", note)
        tabs.addTab(footprint, tr("Footprint"))

        from app.ui.models_tab import ModelsTab

        self.models = ModelsTab(app)
        tabs.addTab(self.models, tr("Models"))
        self.tabs = tabs
        self.finished.connect(lambda _result: self.models.stop())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def show_tab(self, key: str) -> None:
        """Open on a tab: "models"."""
        if key == "models":
            self.tabs.setCurrentWidget(self.models)

    def accept(self) -> None:
        from app.providers.secrets import set_api_key

        s = self.app.settings
        self.providers._store()
        language_changed = self.language.currentData() != s.language
        s.theme = self.theme.currentData()
        s.personal_data_action = self.redact.currentData()
        s.disclosure_line = self.disclosure.text().strip()
        s.device = self.device.currentData()
        s.memory_mode = self.memory.currentData()
        s.grid_intensity_g_per_kwh = self.grid.value()
        s.grid_intensity_source = self.grid_source.text().strip()
        s.providers = self.providers.providers
        self.models.apply(s)
        for ident, key in self.providers.keys.items():
            set_api_key(ident, key)
        self.app.save_settings()
        if self.offline.isEnabled() and self.offline.isChecked() != self.app.settings.offline:
            self.app.set_offline(self.offline.isChecked())
        from app.ui.theme import apply_theme

        apply_theme(s.theme)
        super().accept()
        if language_changed:
            self.languageChosen.emit(self.language.currentData())
