"""The studio window, driven offscreen like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from app.ui.studio import Studio, parse
from tests.fixtures.qt import english_leftovers, type_text


@pytest.fixture
def studio(qapp, qtbot, tmp_path):
    made = []

    def start(*args):
        s = Studio(qapp, parse(["--workspace", str(tmp_path / "ws"), *args]))
        assert s.start()
        made.append(s)
        qtbot.waitUntil(lambda: s.window.ready)
        return s

    yield start
    for s in made:
        if s.window is not None:
            s.window.close()
        s.shutdown()


def test_first_run_opens_the_main_window_without_a_modal(studio, qtbot):
    s = studio()
    qtbot.waitExposed(s.window)
    assert "Vitrine" in s.window.windowTitle()
    assert QApplication.activeModalWidget() is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
    assert s.window.stack.currentWidget() is s.window.empty  # the empty state says what to do


def test_create_a_campaign_edit_its_brief_and_find_it_after_a_restart(studio, qtbot):
    s = studio()
    w = s.window
    qtbot.mouseClick(w.sidebar.new_button, Qt.MouseButton.LeftButton)
    editor = w.sidebar.view.viewport().findChild(QLineEdit)  # the name, ready to type
    assert editor is not None and editor.text() == "New campaign"
    editor.selectAll()
    type_text(editor, "Été 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.tabs
    brief = w.brief
    type_text(brief.product, "Crème solaire SPF 50")
    qtbot.keyClicks(brief.audience, "Familles")
    brief.key_messages.setPlainText("Protection très haute\nFiltres minéraux")
    brief.languages.item(0).setCheckState(Qt.CheckState.Checked)  # French
    brief.facts.add_row()
    brief.facts.table.item(0, 0).setText("SPF 50")
    brief.facts.table.item(0, 1).setText("ISO 24444, 2026")
    brief.palette.edit.setText("#0B3D91, #f2b705, nope")
    assert brief.palette.warning.isVisibleTo(brief)  # "nope" is not a colour
    brief.confidentiality.setCurrentIndex(brief.confidentiality.findData("confidential"))
    assert brief.dirty
    qtbot.keyClick(brief, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not brief.dirty
    campaign_id = brief.campaign.id
    w.close()
    s.shutdown()

    again = studio()
    w2 = again.window
    qtbot.waitUntil(lambda: w2.brief.campaign is not None)
    c = w2.brief.campaign
    assert c.id == campaign_id and c.name == "Été 2027"
    assert c.brief.product == "Crème solaire SPF 50" and c.brief.audience == "Familles"
    assert c.brief.key_messages == ["Protection très haute", "Filtres minéraux"]
    assert c.brief.languages == ["fr"]
    assert [(f.claim, f.evidence) for f in c.brief.facts] == [("SPF 50", "ISO 24444, 2026")]
    assert c.brief.brand.palette == ["#0B3D91", "#F2B705"]
    assert c.confidentiality.value == "confidential"
    assert w2.brief.product.text() == "Crème solaire SPF 50"


def test_switching_campaigns_saves_the_brief_being_edited(studio, qtbot):
    s = studio()
    ws = s.app.workspace
    a = ws.create_campaign("A")
    b = ws.create_campaign("B")
    s.window.sidebar.refresh()
    s.window.sidebar.select(a.id)
    type_text(s.window.brief.objective, "Notoriété")
    s.window.sidebar.select(b.id)
    assert ws.get_campaign(a.id).brief.objective == "Notoriété"


def test_rename_and_archive_from_the_sidebar(studio, qtbot):
    s = studio()
    ws = s.app.workspace
    c = ws.create_campaign("Brouillon")
    sidebar = s.window.sidebar
    sidebar.refresh()
    sidebar.select(c.id)
    index = sidebar.view.currentIndex()
    assert sidebar.proxy.setData(index, "Rentrée 2027")
    assert ws.get_campaign(c.id).name == "Rentrée 2027"
    qtbot.mouseClick(sidebar.archive_button, Qt.MouseButton.LeftButton)
    assert ws.get_campaign(c.id).archived
    assert sidebar.model.rowCount() == 0
    sidebar.show_archived.setChecked(True)
    assert sidebar.model.rowCount() == 1


def test_the_window_in_french(studio, qtbot):
    s = studio()
    s.change_language("fr")
    w = s.window
    qtbot.waitUntil(lambda: w.ready)
    assert w.tabs.tabText(0) == "Brief"
    texts = {label.text() for label in w.findChildren(QLabel) if label.isVisibleTo(w)}
    assert "Aucune campagne pour l'instant" in texts
    assert w.menuBar().actions()[0].text() == "&Fichier"
    assert s.app.settings.language == "fr"
    assert english_leftovers(w) == []
    c = s.app.workspace.create_campaign("Rentrée")
    w.sidebar.refresh()
    w.sidebar.select(c.id)
    assert english_leftovers(w) == []


def test_an_unexpected_error_in_a_slot_is_logged_and_told_in_plain_words(studio, qtbot,
                                                                         tmp_path):
    import logging
    import sys

    from app.core.paths import logs_dir
    from app.ui.studio import install_excepthook, setup_logging

    s = studio()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    setup_logging()
    previous = sys.excepthook
    install_excepthook(s)
    try:
        try:
            raise KeyError("boom")
        except KeyError:
            sys.excepthook(*sys.exc_info())
        assert "Something went wrong (KeyError)" in s.window.statusBar().currentMessage()
        log_file = logs_dir() / "vitrine.log"
        assert "KeyError: 'boom'" in log_file.read_text(encoding="utf-8")
    finally:
        sys.excepthook = previous
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
