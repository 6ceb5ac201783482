"""The whole journey through the studio window, offscreen, as a designer makes a campaign:
create it and write its brief, generate copy (a local chat server), turn a radio script into a
French voice-over (espeak-ng), make an image pack (the tiny diffusion model in the worker),
review, sign off, export — then check the bundle."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLineEdit

from app.core.settings import ProviderConfig, Settings, save_settings
from app.ui.studio import Studio, parse
from tests.fixtures.qt import type_text

COPY = ("Variante 1 :\nCet été, protégez toute la famille avec notre crème solaire minérale "
        "SPF 50.\n\nVariante 2 :\nLe soleil sans souci : filtres minéraux et SPF 50 pour petits "
        "et grands.\n")
ALT = "Un flacon de crème solaire posé sur le sable, au soleil"

pytestmark = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="needs espeak-ng")


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def studio(qapp, qtbot, tmp_path, chat_server, tiny_sd):
    models = tmp_path / "my-models"
    models.mkdir()
    (models / "sd-tiny").symlink_to(tiny_sd, target_is_directory=True)
    save_settings(Settings(
        language="en", model_folders=[str(models)],
        providers=[ProviderConfig(id="team", base_url=chat_server.base_url, model="tiny-chat",
                                  label="Team server")]))
    s = Studio(qapp, parse(["--workspace", str(tmp_path / "ws")]))
    assert s.start()
    qtbot.waitUntil(lambda: s.window.ready, timeout=20000)
    s.window.resize(1500, 950)
    yield s, None
    s.window.close()
    s.shutdown()


def test_a_campaign_from_brief_to_exported_bundle(studio, qtbot, chat_server, tmp_path,
                                                 opened_urls):
    s, _ = studio
    w = s.window

    # 1. a campaign and its brief
    qtbot.mouseClick(w.sidebar.new_button, Qt.MouseButton.LeftButton)
    editor = w.sidebar.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(editor, "Été 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    brief = w.brief
    type_text(brief.product, "Crème solaire minérale SPF 50")
    type_text(brief.audience, "Familles")
    for widget, keys in ((brief.languages, {"fr"}),
                         (brief.text_channels, {"instagram", "radio-30"}),
                         (brief.image_formats, {"iab-300x250", "iab-320x50"})):
        for i in range(widget.count()):
            if widget.item(i).data(Qt.ItemDataRole.UserRole) in keys:
                widget.item(i).setCheckState(Qt.CheckState.Checked)
    brief.facts.add_row()
    brief.facts.table.item(0, 0).setText("SPF 50")
    brief.facts.table.item(0, 1).setText("Test ISO 24444, 2026")
    brief.facts.add_row()
    brief.facts.table.item(1, 0).setText("Filtres minéraux")
    brief.facts.table.item(1, 1).setText("Formule, fiche technique")
    assert brief.save()
    campaign = s.app.workspace.get_campaign(brief.campaign.id)
    assert campaign.name == "Été 2027" and campaign.brief.languages == ["fr"]

    # 2. copy: a radio script from the team's local server, approved
    text = w.pane("text")
    qtbot.waitUntil(lambda: text.models_ready, timeout=20000)
    chat_server.reply(COPY)
    choose(text.channel, "radio-30")
    choose(text.model_picker, "configured:team")
    text.variant_count.setValue(2)
    type_text(text.assistant.prompt, "Deux spots radio de 30 secondes pour les familles")
    text.generate()
    qtbot.waitUntil(lambda: text.submitting or text.current_job is not None
                    or text.error_label.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: not text.submitting and text.current_job is None, timeout=60000)
    assert not text.error_label.isVisible(), text.error_label.text()
    assert len(text.variants.assets) == 2, text.status.text()
    script = text.variants.assets[0]
    text.variants.list.setCurrentRow(0)
    text.variants.approve()
    assert s.app.workspace.get_asset(script.id).status.value == "approved"

    # 3. the script becomes a French voice-over in the Audio room
    text.variants.use_as_script()
    audio = w.tabs.currentWidget()
    assert audio is w.pane("audio") and audio.script_asset.id == script.id
    qtbot.waitUntil(lambda: audio.voice.findData("espeak:fr") >= 0, timeout=20000)
    choose(audio.voice, "espeak:fr")
    audio.generate()
    qtbot.waitUntil(lambda: not audio.submitting and not audio.jobs, timeout=120000)
    assert not audio.error_label.isVisible(), audio.error_label.text()
    voice = audio.results.selected()
    assert voice.kind.value == "audio" and voice.parent_id == script.id and voice.transcript
    s.app.workspace.update_asset(voice.id, status="approved")

    # 4. an image pack in the campaign's formats, each with its alt text, approved
    image = w.pane("image")
    qtbot.waitUntil(lambda: not image.models.scanning, timeout=20000)
    combo = image.models.combo
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemText(i).startswith("sd-tiny")))
    image.advanced.set_open(True)
    image.advanced.steps.setValue(2)
    type_text(image.prompt, "un flacon de crème solaire, éclairage zénithal")
    image.formats.set_pack("brief")
    image.generate()
    qtbot.waitUntil(lambda: not image.submitting and not image.jobs, timeout=240000)
    assert not image.error_label.isVisible(), image.error_label.text()
    made = [s.app.workspace.get_asset(i) for i in image.last_assets]
    assert {(a.channel, a.width, a.height) for a in made} == {("iab-300x250", 300, 250),
                                                             ("iab-320x50", 320, 50)}
    for asset in made:
        s.app.workspace.update_asset(asset.id, alt_text=ALT, status="approved")

    # 5. review: sign off every item that asks for it, through the sign-off dialog
    w.gallery.refresh()
    review = w.pane("review")
    review.scope_export.setChecked(True)  # what the export will take: the approved assets
    qtbot.waitUntil(lambda: review.checklist is not None and not review.running
                    and review.approved_only, timeout=120000)
    signed = []
    for _ in range(12):
        pending = [i for i in review.checklist.items if i.open]
        if not pending:
            break
        item = pending[0]
        signed.append(item.id)
        assert item.signable_assets or item.needs_campaign_signoff, (item.id, item.reason)
        review.select_item(item.id)
        dialog = review.sign(item.id)
        type_text(dialog.who, "Camille Durand")
        type_text(dialog.note, "Vérifié avec le juridique")
        with qtbot.waitSignal(review.reviewed, timeout=120000):
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not review.checklist.blocking
    assert "licences" in signed  # the tiny model's licence is unknown: someone must sign

    # 6. export (public profile): a complete bundle, opened at the end
    dialog = w.open_export()
    qtbot.waitUntil(lambda: not dialog.checking.isVisible(), timeout=120000)
    assert dialog.reason_buttons() == [], dialog.check_label.text()
    dest = tmp_path / "exports" / "ete-2027"
    dialog.destination.setText(str(dest))
    with qtbot.waitSignal(dialog.exported, timeout=180000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    for name in ("report.html", "report.md", "manifest.json"):
        assert (dest / name).is_file()
    files = [f["path"] for f in manifest["files"]]
    assert sum(p.endswith(".png") for p in files) == 2
    assert any(p.endswith((".wav", ".mp3")) for p in files)
    assert any(p.startswith("text/") for p in files)
    for entry in manifest["files"]:
        assert hashlib.sha256((dest / entry["path"]).read_bytes()).hexdigest() == \
            entry["sha256"], entry["path"]
    report = (dest / "report.md").read_text(encoding="utf-8")
    assert "Camille Durand" in report
    every_byte = b"".join(p.read_bytes() for p in dest.rglob("*") if p.is_file())
    assert "zénithal".encode() not in every_byte  # the public profile carries no prompt
    assert b"Deux spots radio" not in every_byte
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(dest))]
