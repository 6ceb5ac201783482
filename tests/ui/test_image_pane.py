"""The Images room, offscreen, driven like a user: the tiny diffusers models through the real job
engine and worker process, the real workspace, drag and drop with real file URLs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.core import i18n
from app.core.settings import Settings
from app.services.context import AppContext
from app.ui.bridge import JobBridge
from app.ui.panes.image import ImagePane
from tests.fixtures.qt import english_leftovers, type_text

ROOT = Path(__file__).resolve().parents[2]
BRIEF = {"product": "Crème solaire", "channels": ["instagram", "iab-300x250", "facebook-link"],
         "brand": {"style_words": ["lumière dorée", "grain argentique"],
                   "negative_prompt": "texte, filigrane"}}


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    """One workspace and one job engine (one worker process, torch warmed once) for the tests
    that generate; each test makes its own campaign."""
    folder = tmp_path_factory.mktemp("image-pane")
    app = AppContext.open(folder / "workspace", settings=Settings())
    bridge = JobBridge()
    app.add_job_listener(bridge.post)
    yield app, bridge
    app.close()


@pytest.fixture
def models(model_home, tiny_sd, tiny_sdxl, tmp_path) -> Path:
    """A model folder of the user's with the tiny SD and SDXL pipelines."""
    folder = tmp_path / "my-models"
    folder.mkdir()
    (folder / "sd-tiny").symlink_to(tiny_sd, target_is_directory=True)
    (folder / "sdxl-tiny").symlink_to(tiny_sdxl, target_is_directory=True)
    return folder


@pytest.fixture
def pane(studio, models, qtbot):
    app, bridge = studio
    app.settings.model_folders = [str(models)]
    campaign = app.workspace.create_campaign("Été 2027", BRIEF)
    widget = ImagePane(app, bridge)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    widget.set_campaign(campaign)
    qtbot.waitUntil(lambda: not widget.models.scanning, timeout=10000)
    choose_model(widget, "sd-tiny")
    widget.advanced.set_open(True)
    widget.advanced.steps.setValue(4)
    return widget


def choose_model(pane, name: str) -> None:
    combo = pane.models.combo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(name))
    combo.setCurrentIndex(index)


def wait_for_job(pane, qtbot, timeout=180000) -> list[str]:
    """Wait until the request is submitted (off the GUI thread) and its jobs have ended."""
    qtbot.waitUntil(lambda: not pane.submitting and not pane.jobs, timeout=timeout)
    assert not pane.error_label.isVisible(), pane.error_label.text()
    return pane.last_assets


def write_png(path: Path, colour=(200, 120, 40), size=(64, 64)) -> Path:
    from PIL import Image

    Image.new("RGB", size, colour).save(path)
    return path


def drop_files(widget, paths: list[Path]) -> bool:
    """A user drags files from the file manager onto `widget` and lets go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_a_generation_shows_previews_then_lands_with_its_seed(pane, studio, tiny_sd, qtbot):
    app, _ = studio
    type_text(pane.prompt, "un pique-nique à la plage")
    assert "lumière dorée" not in pane.prompt.toPlainText()  # style words never added silently
    chip = pane.chips.buttons[0]
    assert chip.isEnabled()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert pane.prompt.toPlainText() == "un pique-nique à la plage, lumière dorée"
    assert not chip.isEnabled() and pane.chips.buttons[1].isEnabled()
    assert pane.negative.toPlainText() == "" and pane.negative_suggestion.isVisible()
    qtbot.mouseClick(pane.negative_suggestion, Qt.MouseButton.LeftButton)
    assert pane.negative.toPlainText() == "texte, filigrane"
    assert not pane.negative_suggestion.isVisible()
    pane.seed.set_seed(1234)
    states = []  # (busy bar, status line) after each event the pane handled

    def record(_event):
        states.append((pane.progress.maximum() == 0, pane.status.text()))

    pane.bridge.jobEvent.connect(record)
    try:
        pane.prompt.setFocus()
        qtbot.keyClick(pane.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert pane.submitting, "Ctrl+Enter sends the request"
        qtbot.waitUntil(lambda: bool(pane.jobs), timeout=30000)
        assert pane.cancel_button.isEnabled()
        assets = wait_for_job(pane, qtbot)
    finally:
        pane.bridge.jobEvent.disconnect(record)

    assert pane.previews_seen >= 1  # the worker's previews were shown as they came
    assert any(busy and text.startswith("Loading the model") for busy, text in states)
    assert any(not busy and text.startswith("Step 4 of 4") for busy, text in states)
    assert len(assets) == 1
    asset = app.workspace.get_asset(assets[0])
    assert (asset.kind.value, asset.width, asset.height) == ("image", 64, 64)
    assert asset.generation.seed == 1234 and asset.generation.model == tiny_sd.name
    assert asset.generation.prompt == "un pique-nique à la plage, lumière dorée"
    assert asset.generation.negative_prompt == "texte, filigrane"
    assert pane.results.selected().id == asset.id
    row = next(i for i, a in enumerate(pane.results.model.assets) if a.id == asset.id)
    assert "1234" in pane.results.model.index(row).data()  # the seed shown on the result
    assert "1234" in pane.status.text() and not pane.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: pane.preview.pixmap() is not None and
                    not pane.preview.pixmap().isNull())

    # approve with Ctrl+Shift+A, describe it, reuse it
    pane.results.view.setFocus()
    qtbot.keyClick(pane.results.view, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert app.workspace.get_asset(asset.id).status.value == "approved"
    pane.results.alt.setPlainText("Une famille pique-nique sur une plage au soleil")
    qtbot.mouseClick(pane.results.alt_save, Qt.MouseButton.LeftButton)
    assert app.workspace.get_asset(asset.id).alt_text.startswith("Une famille")
    qtbot.mouseClick(pane.results.init_button, Qt.MouseButton.LeftButton)
    assert pane.init_drop.path == asset.path
    assert pane.build_request().init_image == asset.path


def test_advanced_settings_and_count_reach_the_job(pane, studio, tiny_lora, qtbot):
    app, _ = studio
    adv = pane.advanced
    adv.steps.setValue(3)
    adv.guidance.setValue(5.5)
    adv.scheduler.setCurrentIndex(adv.scheduler.findData("euler-a"))
    adv.exact.setChecked(True)
    assert not pane.formats.format.isEnabled()  # an exact size replaces the format
    adv.width_spin.setValue(72)
    adv.height_spin.setValue(48)
    adv.lora.setEditText(str(tiny_lora))
    adv.lora_weight.setValue(0.8)
    pane.count.setValue(2)
    pane.seed.set_seed(77)
    type_text(pane.prompt, "deux variantes")
    pane.generate()
    assets = [app.workspace.get_asset(i) for i in wait_for_job(pane, qtbot)]
    assert sorted(a.generation.seed for a in assets) == [77, 78]  # consecutive seeds
    for asset in assets:
        params = asset.generation.parameters
        assert (asset.width, asset.height) == (72, 48)
        assert (params["steps"], params["sampler"], params["guidance"]) == (3, "Euler a", 5.5)
        assert params["loras"] == [[tiny_lora.stem, 0.8]]

    # Alt+Right / Alt+Left walk through the results; Ctrl+Shift+R rejects
    pane.results.select_asset(pane.results.model.assets[0].id)
    first = pane.results.selected().id
    qtbot.keyClick(pane.results.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    second = pane.results.selected().id
    assert second == pane.results.model.assets[1].id
    qtbot.keyClick(pane.results.view, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert app.workspace.get_asset(second).status.value == "rejected"
    qtbot.keyClick(pane.results.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert pane.results.selected().id == first


def test_escape_cancels_the_running_generation(pane, studio, qtbot):
    app, _ = studio
    pane.advanced.steps.setValue(150)
    type_text(pane.prompt, "une longue génération")
    assert pane.generate()
    qtbot.waitUntil(lambda: pane.status.text().startswith("Step "), timeout=120000)
    job_id = next(iter(pane.jobs))
    qtbot.keyClick(pane.prompt, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not pane.jobs, timeout=30000)
    assert pane.status.text() == "Cancelled." and not pane.error_label.isVisible()
    assert app.workspace.get_job(job_id)["state"] == "cancelled"
    assert not pane.cancel_button.isEnabled() and pane.generate_button.isEnabled()


def test_a_channel_pack_makes_one_image_per_format_at_its_exact_pixels(pane, studio, qtbot):
    app, _ = studio
    pane.advanced.steps.setValue(2)
    type_text(pane.prompt, "un flacon de crème solaire sur le sable")
    pane.formats.set_pack("brief")
    assert pane.formats.pack_formats() == ["facebook-link", "iab-300x250"]  # the brief's
    assert not pane.formats.format.isEnabled()
    pane.generate()
    assets = wait_for_job(pane, qtbot)
    made = {a.channel: a for a in (app.workspace.get_asset(i) for i in assets)}
    assert set(made) == {"facebook-link", "iab-300x250"}
    assert (made["facebook-link"].width, made["facebook-link"].height) == (1200, 628)
    assert (made["iab-300x250"].width, made["iab-300x250"].height) == (300, 250)
    from PIL import Image

    for asset in made.values():
        with Image.open(asset.path) as image:
            assert image.size == (asset.width, asset.height)  # the file itself, exactly
    assert len({a.generation.seed for a in made.values()}) == 1  # one prompt, one seed
    shown = {a.id for a in pane.results.model.assets}
    assert set(assets) <= shown


def test_dropping_an_init_image_and_a_mask_sets_image_to_image_and_inpainting(
        pane, studio, qtbot, tmp_path):
    app, _ = studio
    photo = write_png(tmp_path / "photo.png")
    notes = tmp_path / "notes.txt"
    notes.write_text("pas une image")
    assert not drop_files(pane.init_drop, [notes])  # refused: not an image
    assert pane.init_drop.path == "" and pane.mode.text() == "Text to image."
    assert not pane.strength.isEnabled()

    assert drop_files(pane.init_drop, [photo])
    assert pane.init_drop.path == str(photo)
    assert pane.mode.text().startswith("Image to image") and pane.strength.isEnabled()
    qtbot.waitUntil(lambda: not pane.init_drop.thumb.pixmap().isNull())
    type_text(pane.prompt, "la même scène au coucher du soleil")
    pane.strength.setValue(0.6)
    request = pane.build_request()
    assert (request.init_image, request.strength, request.mask_image) == (str(photo), 0.6, "")
    pane.generate()
    assets = wait_for_job(pane, qtbot)
    asset = app.workspace.get_asset(assets[0])
    assert asset.generation.parameters["task"] == "img2img"
    assert asset.generation.parameters["strength"] == 0.6

    mask = write_png(tmp_path / "mask.png", colour=(255, 255, 255))
    assert drop_files(pane.mask_drop, [mask])
    assert pane.mode.text().startswith("Inpainting")
    assert pane.build_request().mask_image == str(mask)
    qtbot.mouseClick(pane.init_drop.clear_button, Qt.MouseButton.LeftButton)
    assert pane.init_drop.path == "" and pane.mode.text().startswith("A mask needs")
    assert pane.build_request() is None and "init image" in pane.error_label.text()


def test_a_pickled_checkpoint_is_refused_in_plain_words(pane, models, qtbot, tmp_path):
    (models / "old-model.ckpt").write_bytes(b"\x80\x04pickle")
    pane.models.refresh()
    qtbot.waitUntil(lambda: not pane.models.scanning, timeout=10000)
    combo = pane.models.combo
    listed = [i for i in range(combo.count()) if "old-model" in combo.itemText(i)]
    assert listed and not combo.model().item(listed[0]).isEnabled()  # shown, not choosable
    before = combo.currentText()

    pane.models.choose_path(str(models / "old-model.ckpt"))
    assert pane.error_label.isVisible()
    assert "pickled checkpoint" in pane.error_label.text()
    assert ".safetensors" in pane.error_label.text()
    assert combo.currentText() == before  # the usable choice is kept


def test_configured_image_providers_are_offered_beside_local_models(pane, studio, qtbot):
    from app.core.settings import ProviderConfig

    app, _ = studio
    app.settings.providers = [ProviderConfig(id="team-gpu", label="Team GPU", kind="image",
                                             base_url="http://10.0.0.5:8000/v1",
                                             model="sdxl", where="lan")]
    try:
        pane.models.refresh()
        qtbot.waitUntil(lambda: not pane.models.scanning, timeout=10000)
        choose_model(pane, "Team GPU")
        assert pane.models.combo.currentText() == "Team GPU (local network)"
        pane.prompt.setPlainText("une plage")
        request = pane.build_request()
        assert (request.provider, request.model) == ("team-gpu", "sdxl")
        assert "Team GPU" in pane.models.licence.text()
    finally:
        app.settings.providers = []


def test_a_non_commercial_model_is_warned_on_a_commercial_campaign(pane, studio, model_home,
                                                                   tiny_sdxl, qtbot):
    app, _ = studio
    hub = model_home / ".cache/huggingface/hub/models--black-forest-labs--FLUX.1-dev"
    shutil.copytree(tiny_sdxl, hub / "snapshots" / ("a" * 40), symlinks=True)
    (hub / "refs").mkdir()
    (hub / "refs" / "main").write_text("a" * 40)
    pane.models.refresh()
    qtbot.waitUntil(lambda: not pane.models.scanning, timeout=10000)
    choose_model(pane, "black-forest-labs/FLUX.1-dev")
    assert "commercial" in pane.models.licence.text()
    assert pane.models.warning.isVisible()
    assert "does not allow commercial use" in pane.models.warning.text()
    assert pane.models.blocked
    pane.prompt.setPlainText("une plage")
    assert pane.build_request().model == "black-forest-labs/FLUX.1-dev"

    app.workspace.update_campaign(pane.campaign.id, usage="non-commercial")
    pane.set_campaign(app.workspace.get_campaign(pane.campaign.id))
    assert not pane.models.warning.isVisible() and not pane.models.blocked


def test_the_pane_in_french(studio, models, qtbot, tmp_path):
    app, bridge = studio
    app.settings.model_folders = [str(models)]
    i18n.set_language("fr")
    try:
        campaign = app.workspace.create_campaign("Printemps", BRIEF)
        widget = ImagePane(app, bridge)
        qtbot.addWidget(widget)
        widget.set_campaign(campaign)
        widget.show()
        widget.advanced.set_open(True)
        widget.formats.set_pack("brief")
        qtbot.waitUntil(lambda: not widget.models.scanning, timeout=10000)
        assert drop_files(widget.mask_drop, [write_png(tmp_path / "masque.png")])
        qtbot.waitUntil(lambda: not widget.mask_drop.thumb.pixmap().isNull())
        widget.build_request()  # a mask without an init image: the error is in French too
        assert widget.error_label.isVisible()
        assert english_leftovers(widget) == []
        assert widget.generate_button.text() == "Générer"
    finally:
        i18n.set_language("en")


def test_the_gui_process_never_imports_torch(models, tiny_sd, tmp_path):
    """Drive the pane through a real generation in a fresh process (this test process has
    imported torch for other tests), then look at that process's modules."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("drive_image_pane.py")), str(models),
         str(tmp_path / "workspace")],
        capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["assets"] == 1 and report["previews"] >= 1
    assert report["heavy"] == [], report["heavy"]
