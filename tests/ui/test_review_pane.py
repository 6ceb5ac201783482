"""The review room, offscreen, on a real workspace with realistic assets (real PNGs with their
generation parameters, copy, a voice-over) and the real checklist (spaCy, NudeNet)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core import i18n
from app.core.assets import AssetStatus
from app.services import review as review_service
from app.services.context import AppContext
from app.ui.bridge import JobBridge
from app.ui.panes.review import ReviewPane
from tests.fixtures.ethics_assets import png_bytes
from tests.fixtures.qt import english_leftovers, type_text

FIRST_REVIEW_S = 90  # the first review of the session loads spaCy and NudeNet


@pytest.fixture
def app(workspace, settings):
    return AppContext(workspace=workspace, settings=settings)


@pytest.fixture
def pane(app, qtbot):
    def build(campaign):
        p = ReviewPane(app, JobBridge())
        qtbot.addWidget(p)
        p.resize(1200, 800)
        with qtbot.waitSignal(p.reviewed, timeout=FIRST_REVIEW_S * 1000):
            p.set_campaign(campaign)
            p.show()
        return p

    return build


def row_of(pane, item_id):
    for row in range(pane.items.count()):
        if pane.items.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
            return pane.items.item(row)
    raise AssertionError(f"no row for {item_id}")


def finding_rows(pane):
    table = pane.details.findings
    return [(table.item(r, 0).data(Qt.ItemDataRole.UserRole), table.item(r, 0).text(),
             table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def test_blocking_items_are_listed_with_their_assets_which_open_in_the_gallery(
        app, campaign, make, pane, qtbot):
    image = make.image(campaign, alt="", title="Plage")
    copy = make.text(campaign, "Notre crème éco-responsable protège toute la famille.",
                     title="Post été")
    make.audio(campaign)
    p = pane(campaign)
    open_items = {item.id for item in p.checklist.items if item.open}
    assert {"accessibility", "green-claims"} <= open_items
    assert p.status.text() == f"Export blocked: {len(open_items)} item(s) need attention."
    accessibility = row_of(p, "accessibility")
    assert accessibility.text().startswith("Accessibility \u2014 Blocks\nNo alt text")
    assert row_of(p, "green-claims").text().startswith("Green claims \u2014 Blocks\n")
    assert row_of(p, "licences").text().startswith("Model licences \u2014 Passes")
    assert p.current_item_id() == "personal-data" or p.checklist.item(
        p.current_item_id()).open  # the first open item is shown

    p.select_item("green-claims")
    assert finding_rows(p) == [(copy.id, "Post été", p.checklist.item("green-claims")
                                .findings[0].reason, "")]
    assert "\u201céco-responsable\u201d" in finding_rows(p)[0][2]
    assert not p.details.sign_button.isEnabled()  # evidence or new copy, not a signature
    assert "cannot clear" in p.details.sign_hint.text()

    p.select_item("accessibility")
    (asset_id, name, reason, _), = finding_rows(p)
    assert (asset_id, name) == (image.id, "Plage")
    assert reason.startswith("No alt text")
    table = p.details.findings
    rect = table.visualItemRect(table.item(0, 0))
    with qtbot.waitSignal(p.openAsset) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [image.id]

    # the footprint: per kind and per provider, measured (NVML) apart from estimates
    p.tabs.setCurrentWidget(p.footprint)
    kinds = {b.label: b for b in p.footprint.by_kind.bars}
    assert set(kinds) == {"Images", "Text", "Audio"}
    assert kinds["Images"].measured_wh == pytest.approx(0.8)
    assert kinds["Images"].estimated_wh == 0
    assert kinds["Images"].measured_g == pytest.approx(0.8 / 1000 * 21.7)
    providers = {b.label for b in p.footprint.by_provider.bars}
    assert providers == {"diffusers", "llama-local", "espeak"}
    assert "Grid intensity: 21.7 g CO\u2082e/kWh (RTE" in p.footprint.grid.text()
    assert p.footprint.table.rowCount() == 3
    # nothing went to a network provider
    assert p.flows.summary.text().startswith("Nothing left this machine")
    # and the way out: the export dialog, from the pane
    qtbot.mouseClick(p.export_button, Qt.MouseButton.LeftButton)
    assert p.export_dialog is not None and p.export_dialog.isVisible()
    qtbot.waitUntil(lambda: not p.export_dialog.checking.isVisible(), timeout=30000)
    p.export_dialog.reject()
    assert p.export_dialog is None


def test_footprint_bars_are_painted_by_hand_without_qtcharts(qtbot, monkeypatch):
    from app.ui.panes import review_footprint as rf

    monkeypatch.setattr(rf, "_charts", lambda: None)
    chart = rf.BarChart("By provider")
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_bars([rf.Bar("diffusers", measured_wh=0.8, estimated_wh=0.2),
                    rf.Bar("openai", estimated_wh=0.05)], "wh")
    image = chart.grab().toImage()
    assert chart.view is None and chart.painted.bars[0].label == "diffusers"
    colours = {image.pixelColor(x, y).name() for x in range(0, 400, 3) for y in range(0, 200, 3)}
    assert rf.MEASURED_COLOUR.name() in colours and rf.ESTIMATED_COLOUR.name() in colours


def test_signing_off_from_the_dialog_clears_the_item_and_shows_who_signed(
        app, campaign, make, pane, qtbot):
    a = make.image(campaign, licence="", commercial_use="unknown", seed=1, title="Plage")
    b = make.image(campaign, licence="", commercial_use="unknown", seed=2, title="Piscine")
    p = pane(campaign)
    p.select_item("licences")
    assert row_of(p, "licences").text().startswith("Model licences \u2014 Needs sign-off")
    assert {r[0] for r in finding_rows(p)} == {a.id, b.id}
    assert p.details.sign_button.isEnabled()
    qtbot.mouseClick(p.details.sign_button, Qt.MouseButton.LeftButton)
    dialog = p.sign_dialog
    assert dialog.isVisible()
    assert dialog.scope.currentData() == ""  # everything the item concerns, by default
    assert [dialog.scope.itemText(i) for i in range(1, 3)] == ["Plage", "Piscine"]
    type_text(dialog.who, "Camille Durand")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "note" in dialog.error.text()  # a note is needed
    type_text(dialog.note, "Licence vérifiée sur la fiche du modèle")
    with qtbot.waitSignal(p.reviewed, timeout=30000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert p.sign_dialog is None  # closed
    item = p.checklist.item("licences")
    assert not item.open
    assert row_of(p, "licences").text().startswith("Model licences \u2014 Signed off")
    assert p.current_item_id() == "licences"
    assert [r[3] for r in finding_rows(p)] == ["Camille Durand", "Camille Durand"]
    signoffs = p.details.signoffs
    assert signoffs.rowCount() == 2
    assert {signoffs.item(r, 0).text() for r in range(2)} == {"Camille Durand"}
    assert {signoffs.item(r, 3).text() for r in range(2)} == {
        "Licence vérifiée sur la fiche du modèle"}
    assert {signoffs.item(r, 4).text() for r in range(2)} == {"Valid"}

    # the content of one image changes: its sign-off goes stale and the item opens again
    app.workspace.replace_asset_file(a.id, png_bytes(128, seed=77))
    with qtbot.waitSignal(p.reviewed, timeout=30000):
        qtbot.mouseClick(p.refresh_button, Qt.MouseButton.LeftButton)
    assert p.checklist.item("licences").open
    states = {signoffs.item(r, 2).text(): signoffs.item(r, 4).text() for r in range(2)}
    assert states == {"Plage": "Stale: the asset changed since; sign again",
                      "Piscine": "Valid"}
    assert signoffs.item(0, 0).font().strikeOut() != signoffs.item(1, 0).font().strikeOut()
    # one asset at a time this time; the last signer is suggested
    qtbot.mouseClick(p.details.sign_button, Qt.MouseButton.LeftButton)
    dialog = p.sign_dialog
    assert dialog.who.text() == "Camille Durand"
    assert [dialog.scope.itemText(i) for i in range(1, 3)] == ["Plage",
                                                              "Piscine (signed off)"]
    assert dialog.scope.currentData() == a.id  # the one still open
    dialog.note.setPlainText("Nouvelle version vérifiée")
    with qtbot.waitSignal(p.reviewed, timeout=30000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not p.checklist.item("licences").open


def test_the_words_a_check_found_are_quoted(app, campaign, make, pane):
    make.text(campaign, "Écrivez à marie.dupont@example.fr ou appelez le 06 12 34 56 78.",
              title="Newsletter")
    p = pane(campaign)
    p.select_item("personal-data")
    found = " | ".join(row[2] for row in finding_rows(p) if row[1] == "Newsletter")
    assert "\u201cmarie.dupont@example.fr\u201d" in found
    assert "\u201c06 12 34 56 78\u201d" in found


def test_drafts_too_versus_what_an_export_takes(app, campaign, make, pane, qtbot):
    make.image(campaign, alt="", status=AssetStatus.DRAFT, title="Brouillon")
    make.image(campaign, seed=5, title="Validée")
    p = pane(campaign)
    assert p.scope_drafts.isChecked()
    assert row_of(p, "accessibility").text().startswith("Accessibility \u2014 Blocks")
    p.select_item("accessibility")
    assert finding_rows(p)[0][1] == "Brouillon (draft)"
    with qtbot.waitSignal(p.reviewed, timeout=30000):
        p.scope_export.setChecked(True)
    assert row_of(p, "accessibility").text().startswith("Accessibility \u2014 Passes")
    assert not p.checklist.item("accessibility").open
    assert p.checklist.asset_ids == [a.id for a in app.workspace.list_assets(
        campaign.id, status="approved")]
    make.image(campaign, alt="", seed=6, title="Nouvelle")  # a job stored a new asset
    with qtbot.waitSignal(p.reviewed, timeout=30000):
        p.assets_ready(["x"])
    assert row_of(p, "accessibility").text().startswith("Accessibility \u2014 Blocks")


def test_the_review_runs_off_the_gui_thread_and_the_window_keeps_ticking(
        app, campaign, make, qtbot, monkeypatch):
    for seed in range(6):
        make.image(campaign, seed=100 + seed, alt="Un flacon blanc sur le sable doré")
    make.text(campaign, "Protégez votre peau cet été avec Marie Dupont à Marseille.")
    threads = []
    real = review_service.review

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(review_service, "review", spy)
    p = ReviewPane(app, JobBridge())
    qtbot.addWidget(p)
    clock, ticks = QElapsedTimer(), []
    clock.start()
    timer = QTimer(interval=10, timeout=lambda: ticks.append(clock.elapsed()))
    timer.start()
    p.set_campaign(campaign)
    p.show()
    QApplication.processEvents()
    assert p.busy.isVisible() and p.busy_label.text() == "Checking\u2026"
    with qtbot.waitSignal(p.reviewed, timeout=FIRST_REVIEW_S * 1000):
        pass
    elapsed = clock.elapsed()
    timer.stop()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert not p.busy.isVisible()
    gaps = [b - a for a, b in zip([0, *ticks], ticks, strict=False)]
    assert len(ticks) >= 3, (elapsed, ticks)
    assert max(gaps) < 1500, gaps  # spaCy's and NudeNet's loading hold the GIL in bursts


def test_from_the_window_export_reasons_lead_to_the_review_and_assets_to_the_gallery(
        qapp, qtbot, tmp_path):
    from app.ui.studio import Studio, parse
    from app.workspace import Workspace
    from tests.fixtures.ethics_assets import AssetMaker

    with Workspace(tmp_path / "ws") as ws:
        c = ws.create_campaign("Été 2027", {"languages": ["fr"]})
        image = AssetMaker(ws).image(c, alt="", title="Plage")
    s = Studio(qapp, parse(["--workspace", str(tmp_path / "ws")]))
    assert s.start()
    try:
        w = s.window
        qtbot.waitUntil(lambda: w.ready and w.brief.campaign is not None)
        qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File > Export…
        dialog = w.export_dialog
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: bool(dialog.reason_buttons()), timeout=FIRST_REVIEW_S * 1000)
        button = next(b for b in dialog.reason_buttons() if b.property("item") ==
                      "accessibility")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        review = w._panes["review"]
        assert w.tabs.currentWidget() is review
        qtbot.waitUntil(lambda: review.current_item_id() == "accessibility", timeout=30000)
        table = review.details.findings
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualItemRect(table.item(0, 0)).center())
        assert w.tabs.currentWidget() is w.gallery
        assert [a.id for a in w.gallery.selected()] == [image.id]
    finally:
        w.close()
        s.shutdown()


def test_the_review_room_in_french(app, campaign, make, pane, qtbot):
    make.image(campaign, alt="", licence="", commercial_use="unknown", title="Plage")
    make.text(campaign, "Notre crème éco-responsable.", title="Post")
    i18n.set_language("fr")
    try:
        p = pane(campaign)
        assert p.status.text().startswith("Export bloqué")
        assert row_of(p, "accessibility").text().startswith(
            "Accessibilité \u2014 Bloquant\nPas de texte alternatif")
        assert english_leftovers(p) == []
        p.select_item("licences")
        qtbot.mouseClick(p.details.sign_button, Qt.MouseButton.LeftButton)
        assert english_leftovers(p.sign_dialog) == []
        p.sign_dialog.reject()
        for index in range(p.tabs.count()):
            p.tabs.setCurrentIndex(index)
            assert english_leftovers(p) == []
        assert p.footprint.grid.text().startswith("Intensité")
    finally:
        i18n.set_language("en")
