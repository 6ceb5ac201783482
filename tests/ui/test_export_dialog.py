"""The export dialog, offscreen, on a real workspace with realistic assets: refused while the
checklist blocks (each reason leads to its item), then a real bundle written on a worker thread
with its progress, cancellable, and its folder opened through Qt (intercepted: nothing is
launched)."""

from __future__ import annotations

import hashlib
import json

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl

from app.core import i18n
from app.services.context import AppContext
from app.ui.export_dialog import ExportDialog
from tests.export.helpers import sign_everything
from tests.fixtures.qt import english_leftovers

FIRST_REVIEW_MS = 90_000  # the first review of the session loads spaCy and NudeNet
ALT = "Un flacon blanc posé sur le sable doré"


@pytest.fixture
def app(workspace, settings):
    return AppContext(workspace=workspace, settings=settings)


@pytest.fixture
def dialog(app, qtbot):
    def build(campaign):
        d = ExportDialog(app, campaign)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitUntil(lambda: not d.checking.isVisible(), timeout=FIRST_REVIEW_MS)
        return d

    return build


def reason_text(d) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in d.reasons.findChildren(QLabel))


def test_refused_while_blocked_with_a_way_to_each_reason(app, campaign, make, dialog, qtbot):
    make.image(campaign, alt="", licence="", commercial_use="unknown", title="Plage")
    make.text(campaign, "Notre crème éco-responsable protège toute la famille.", title="Post")
    d = dialog(campaign)
    assert d.check_label.text().startswith("Export blocked: ")
    assert not d.export_button.isEnabled()
    items = [b.property("item") for b in d.reason_buttons()]
    assert {"accessibility", "licences", "green-claims"} <= set(items)
    text = reason_text(d)
    assert "Plage: No alt text" in text and "\u201céco-responsable\u201d" in text
    button = d.reason_buttons()[items.index("licences")]
    with qtbot.waitSignal(d.showItem) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown.args == ["licences"]
    assert not d.isVisible()


def test_nothing_approved_nothing_to_export(app, campaign, make, dialog):
    from app.core.assets import AssetStatus

    make.image(campaign, status=AssetStatus.DRAFT)
    d = dialog(campaign)
    assert d.check_label.text().startswith("Nothing to export yet: approve assets")
    assert not d.export_button.isEnabled()


def test_after_alt_text_and_signoffs_it_writes_the_bundle_with_progress(
        app, campaign, make, dialog, qtbot, tmp_path, opened_urls):
    image = make.image(campaign, alt="", licence="", commercial_use="unknown", title="Plage")
    make.image(campaign, seed=42, alt=ALT, title="Piscine")
    make.text(campaign, "Protégez votre peau cet été.", title="Post")
    make.audio(campaign)
    d = dialog(campaign)
    assert not d.export_button.isEnabled()
    app.workspace.update_asset(image.id, alt_text=ALT)
    sign_everything(app, campaign.id, by="Camille Durand")
    d.recheck.click()
    assert d.checking.isVisible()
    qtbot.waitUntil(lambda: not d.checking.isVisible(), timeout=30000)
    assert d.check_label.text() == "Nothing blocks the export of 4 approved asset(s)."
    assert d.reason_buttons() == []

    # an existing folder with something in it is refused, in plain words
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("à garder", encoding="utf-8")
    d.destination.setText(str(busy))
    assert "already exists and is not empty" in d.destination_error.text()
    assert not d.export_button.isEnabled()
    dest = tmp_path / "exports" / "ete-2027"
    d.destination.setText(str(dest))
    assert d.destination_error.text() == "" and d.export_button.isEnabled()
    d.formats["image"].setCurrentIndex(d.formats["image"].findData("jpeg"))
    d.formats["text"].setCurrentIndex(d.formats["text"].findData("html"))

    values, clock, ticks = [], QElapsedTimer(), []
    d.progress.valueChanged.connect(values.append)
    clock.start()
    timer = QTimer(interval=10, timeout=lambda: ticks.append(clock.elapsed()))
    timer.start()
    with qtbot.waitSignal(d.exported, timeout=120_000) as done:
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
        assert d.close_button.text() == "Cancel export" and not d.destination.isEnabled()
    timer.stop()
    gaps = [b - a for a, b in zip([0, *ticks], ticks, strict=False)]
    assert len(ticks) >= 3 and max(gaps) < 1500, gaps  # the window kept ticking

    assert done.args[0]["path"] == str(dest)
    assert d.progress.value() == d.progress.maximum()  # 100%
    assert 4 in values  # one step per asset
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    for name in ("report.html", "report.md"):
        assert (dest / name).is_file()
    assert any(f["path"].endswith(".jpg") for f in manifest["files"])
    assert any(f["path"].endswith(".html") and f["path"] != "report.html"
               for f in manifest["files"])
    for entry in manifest["files"]:
        assert hashlib.sha256((dest / entry["path"]).read_bytes()).hexdigest() == \
            entry["sha256"], entry["path"]
    assert "Camille Durand" in (dest / "report.md").read_text(encoding="utf-8")
    assert str(dest) in d.done_label.text() and d.open_button.isVisible()
    qtbot.mouseClick(d.open_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(dest))]


def test_an_export_can_be_cancelled_and_leaves_nothing(app, campaign, make, dialog, qtbot,
                                                       tmp_path):
    for seed in range(4):
        make.image(campaign, seed=seed, alt=ALT, title=f"Visuel {seed}")
    sign_everything(app, campaign.id)
    d = dialog(campaign)
    assert d.export_button.isEnabled()
    dest = tmp_path / "bundle"
    d.destination.setText(str(dest))
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(d.close_button, Qt.MouseButton.LeftButton)  # "Cancel export"
    qtbot.waitUntil(lambda: d.task is None, timeout=60_000)
    assert d.progress_label.text() == "Export cancelled: nothing was written."
    assert d.isVisible()  # the dialog stays to say so
    assert not dest.exists()
    assert not any(p.name.startswith(".bundle") for p in tmp_path.iterdir())  # no partial
    assert d.export_button.isEnabled()


def test_the_export_dialog_in_french(app, campaign, make, dialog):
    make.image(campaign, alt="", licence="", commercial_use="unknown", title="Plage")
    i18n.set_language("fr")
    try:
        d = dialog(campaign)
        assert d.windowTitle() == "Exporter \u00ab Été 2027 \u00bb"
        assert d.check_label.text().startswith("Export bloqué")
        assert "Pas de texte alternatif" in reason_text(d)
        assert english_leftovers(d) == []
    finally:
        i18n.set_language("en")
