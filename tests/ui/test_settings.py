"""The settings dialog: providers with keys kept out of the settings file, a connection test
against a real local server, offline mode, footprint, language."""

from __future__ import annotations

import json

import pytest

from app.core import net
from app.core.settings import load_settings, settings_path
from app.providers.secrets import get_api_key
from app.services.context import AppContext
from app.ui.settings_dialog import SettingsDialog


@pytest.fixture
def app(workspace, settings):
    ctx = AppContext(workspace=workspace, settings=settings)
    yield ctx
    net.set_offline(False)


def test_a_provider_is_saved_with_its_key_in_the_keyring_not_the_file(app, qtbot, local_server):
    local_server.route("GET", "/v1/models", lambda req, res: res.send(
        200, {"object": "list", "data": [{"id": "llama3.2", "object": "model"}]}))
    dialog = SettingsDialog(app)
    qtbot.addWidget(dialog)
    tab = dialog.providers
    tab.add()
    tab.ident.setText("ollama")
    tab.label.setText("Ollama")
    tab.base_url.setText(local_server.url + "/v1")
    tab.key.setText("sk-test-secret-123456")
    tab.test()
    assert "Connected" in tab.result.text() and "llama3.2" in tab.result.text()
    dialog.accept()
    saved = load_settings()
    assert [(p.id, p.base_url) for p in saved.providers] == [("ollama", local_server.url + "/v1")]
    assert "sk-test-secret" not in settings_path().read_text(encoding="utf-8")
    assert get_api_key("ollama") == ("sk-test-secret-123456", "session")  # no keyring here


def test_an_unreachable_provider_says_so(app, qtbot):
    dialog = SettingsDialog(app)
    qtbot.addWidget(dialog)
    dialog.providers.add()
    dialog.providers.base_url.setText("http://127.0.0.1:9/v1")
    dialog.providers.test()
    assert dialog.providers.result.text().startswith("Not reachable")


def test_offline_footprint_and_memory_settings_are_saved(app, qtbot):
    dialog = SettingsDialog(app)
    qtbot.addWidget(dialog)
    dialog.offline.setChecked(True)
    dialog.grid.setValue(56.0)
    dialog.grid_source.setText("ADEME Base Empreinte")
    dialog.memory.setCurrentIndex(dialog.memory.findData("cpu-offload"))
    dialog.accept()
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    assert data["offline"] is True and data["grid_intensity_g_per_kwh"] == 56.0
    assert data["memory_mode"] == "cpu-offload"
    assert net.is_offline()


def test_choosing_a_language_asks_the_window_to_rebuild(app, qtbot):
    dialog = SettingsDialog(app)
    qtbot.addWidget(dialog)
    chosen = []
    dialog.languageChosen.connect(chosen.append)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert chosen == ["fr"]
