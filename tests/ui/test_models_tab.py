"""Settings, Models, offscreen: the models found with their licences, import of a file and a
folder, download from a local server speaking the Hugging Face Hub's protocol (progress, cancel,
resume), and the model folders, saved with the settings."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from app.core import i18n
from app.core.settings import load_settings
from app.services.context import AppContext
from app.ui.settings_dialog import SettingsDialog
from tests.fixtures.qt import english_leftovers
from tests.image.test_library import FakeHub

REPO = "vitrine-test/tiny-sd"


@pytest.fixture
def app(workspace, settings, model_home):
    ctx = AppContext(workspace=workspace, settings=settings)
    yield ctx
    ctx.close()


@pytest.fixture
def dialog(app, qtbot):
    d = SettingsDialog(app)
    qtbot.addWidget(d)
    d.show_tab("models")
    d.show()
    qtbot.waitUntil(lambda: not d.models.scanning, timeout=10000)
    return d


def rows(tab) -> dict[str, list[str]]:
    table = tab.table
    return {table.item(r, 0).text().rstrip(" \u2605"): [table.item(r, c).text()
                                                        for c in range(table.columnCount())]
            for r in range(table.rowCount())}


def scanned(tab, qtbot) -> dict[str, list[str]]:
    qtbot.waitUntil(lambda: not tab.scanning, timeout=10000)
    return rows(tab)


def test_found_models_show_their_licence_and_commercial_use(app, model_home, tiny_sd,
                                                           tiny_sdxl, qtbot, tmp_path):
    hub = model_home / ".cache/huggingface/hub/models--stabilityai--sdxl-turbo"
    shutil.copytree(tiny_sdxl, hub / "snapshots" / ("b" * 40))
    (hub / "refs").mkdir()
    (hub / "refs" / "main").write_text("b" * 40)
    mine = tmp_path / "mine"
    shutil.copytree(tiny_sd, mine / "tiny-sd")
    (mine / "old.ckpt").write_bytes(b"\x80\x04pickle")
    app.settings.model_folders = [str(mine)]
    d = SettingsDialog(app)
    qtbot.addWidget(d)
    d.show_tab("models")
    assert d.tabs.currentWidget() is d.models
    found = scanned(d.models, qtbot)
    assert set(found) == {"stabilityai/sdxl-turbo", "tiny-sd", "old"}
    turbo = found["stabilityai/sdxl-turbo"]
    assert turbo[3] == "Stability AI Community License"  # from the catalog
    assert turbo[4] == "commercial use with restrictions"
    assert found["tiny-sd"][3:5] == ["unknown licence", "commercial use unknown"]
    assert found["old"][1] == "pickled checkpoint: refused"
    assert "refused" in d.models.found.text()


def test_import_a_file_and_a_folder_and_refuse_a_pickle(dialog, tiny_single_file, tiny_sd,
                                                        qtbot, tmp_path):
    tab = dialog.models
    tab.import_path(str(tiny_single_file))
    qtbot.waitUntil(lambda: "imported" in tab.found.text() or "tiny-sd" in rows(tab),
                    timeout=10000)
    found = scanned(tab, qtbot)
    assert found["tiny-sd"][5] == "Vitrine" and found["tiny-sd"][1] == "single file"
    folder = tmp_path / "my-sd"
    shutil.copytree(tiny_sd, folder)
    tab.import_path(str(folder))
    qtbot.waitUntil(lambda: "my-sd" in rows(tab), timeout=10000)
    assert rows(tab)["my-sd"][1] == "diffusers folder"

    pickle = tmp_path / "danger.ckpt"
    pickle.write_bytes(b"\x80\x04pickle")
    tab.import_path(str(pickle))
    qtbot.waitUntil(lambda: "pickled checkpoint" in tab.found.text(), timeout=10000)
    assert ".safetensors" in tab.found.text()
    assert tab.import_file_button.isEnabled()  # ready for the next try


def test_model_folders_are_edited_and_saved(dialog, app, tiny_sd, qtbot, tmp_path):
    tab = dialog.models
    assert "tiny-sd" not in rows(tab)
    mine = tmp_path / "models"
    shutil.copytree(tiny_sd, mine / "tiny-sd")
    tab.add_folder(str(mine))
    assert "tiny-sd" in scanned(tab, qtbot)  # searched at once, before saving
    tab.table.selectRow(0)
    assert tab.default_button.isEnabled()
    qtbot.mouseClick(tab.default_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    saved = load_settings()
    assert saved.model_folders == [str(mine)]
    assert saved.default_image_model == str((mine / "tiny-sd").resolve())

    again = SettingsDialog(app)
    qtbot.addWidget(again)
    assert again.models.folder_list() == [str(mine)]
    again.models.folders.setCurrentRow(0)
    qtbot.mouseClick(again.models.remove_folder_button, Qt.MouseButton.LeftButton)
    assert "tiny-sd" not in scanned(again.models, qtbot)
    again.reject()
    assert load_settings().model_folders == [str(mine)]  # cancelled: nothing changed


@pytest.fixture
def hub(local_server, tiny_sd, monkeypatch):
    import huggingface_hub.constants as constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "DOWNLOAD_CHUNK_SIZE", 64 * 1024)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", local_server.url)
    return FakeHub(local_server, REPO, tiny_sd)


def test_download_by_hub_id_with_progress(dialog, hub, socket_guard, qtbot):
    tab = dialog.models
    values = []
    tab.progress.valueChanged.connect(values.append)
    tab.repo.setText(REPO)
    qtbot.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    assert tab.cancel_button.isEnabled() and not tab.download_button.isEnabled()
    qtbot.waitUntil(lambda: tab.download_ticket is None, timeout=60000)
    assert "downloaded" in tab.download_status.text(), tab.download_status.text()
    assert values[-1] == 1000 and len(set(values)) > 3  # progress moved as bytes came
    assert values == sorted(values)
    assert REPO in scanned(tab, qtbot)
    assert socket_guard == []


def test_a_cancelled_download_stops_and_continues_next_time(dialog, hub, local_server, qtbot):
    tab = dialog.models
    slow = f"/{REPO}/resolve/{FakeHub.COMMIT}/vae/diffusion_pytorch_model.safetensors"
    local_server.delays[slow] = 1.0
    tab.repo.setText(REPO)
    tab.download()
    qtbot.waitUntil(lambda: bool(local_server.requests_to(slow)), timeout=60000)  # in flight
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert tab.download_status.text() == "Cancelling\u2026"
    qtbot.waitUntil(lambda: tab.download_ticket is None, timeout=30000)
    assert "cancelled" in tab.download_status.text()
    assert REPO not in scanned(tab, qtbot)  # unfinished: not offered as a model

    local_server.delays.clear()
    tab.download()
    qtbot.waitUntil(lambda: tab.download_ticket is None, timeout=60000)
    assert "downloaded" in tab.download_status.text()
    gets = [r.path for r in local_server.log if r.method == "GET" and "/resolve/" in r.path]
    unet = f"/{REPO}/resolve/{FakeHub.COMMIT}/unet/diffusion_pytorch_model.safetensors"
    assert gets.count(unet) == 1  # what was finished before the cancel was kept
    assert REPO in scanned(tab, qtbot)


def test_an_offline_download_is_refused_in_plain_words(dialog, app, hub, qtbot):
    from app.core import net

    net.set_offline(True)
    try:
        dialog.models.repo.setText(REPO)
        dialog.models.download()
        qtbot.waitUntil(lambda: dialog.models.download_ticket is None, timeout=10000)
        assert "offline" in dialog.models.download_status.text().lower()
    finally:
        net.set_offline(False)


def test_the_models_tab_in_french(app, tiny_sd, qtbot, tmp_path):
    (tmp_path / "m").mkdir()
    shutil.copytree(tiny_sd, tmp_path / "m" / "tiny-sd")
    (tmp_path / "m" / "old.ckpt").write_bytes(b"\x80\x04pickle")
    app.settings.model_folders = [str(tmp_path / "m")]
    i18n.set_language("fr")
    try:
        d = SettingsDialog(app)
        qtbot.addWidget(d)
        d.show_tab("models")
        d.show()
        qtbot.waitUntil(lambda: not d.models.scanning, timeout=10000)
        assert d.models.table.rowCount() == 2
        d.models.repo.setText("")
        d.models.download()  # says what to type, in French
        assert english_leftovers(d.models) == []
        assert d.tabs.tabText(d.tabs.indexOf(d.models)) == "Modèles"
        assert "licence inconnue" in [d.models.table.item(r, 3).text() for r in range(2)]
    finally:
        i18n.set_language("en")
