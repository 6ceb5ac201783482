"""The Text pane, offscreen, driven like a user: real jobs through the engine against a real
chat-completions server on 127.0.0.1 (a configured provider) and the tiny local model."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core import i18n, net
from app.core.settings import ProviderConfig
from app.services.context import AppContext
from app.ui.bridge import JobBridge
from app.ui.panes.text import TextPane
from app.ui.panes.text_variants import SafeBrowser
from tests.fixtures.qt import english_leftovers, type_text

REPLY = ("Voici 2 variantes :\n\n"
         "1. Titre : Le soleil sans souci\n"
         "   Description : Filtres minéraux, SPF 50, pour toute la famille.\n"
         "2. Titre : La meilleure crème solaire de l'été 2027\n"
         "   Description : 99 % de protection, à 14,90 € seulement.\n")
TEAM = "configured:team"


@pytest.fixture
def app(workspace, settings, chat_server):
    settings.providers.append(ProviderConfig(id="team", base_url=chat_server.base_url,
                                             model="tiny-chat", label="Team server"))
    settings.providers.append(ProviderConfig(id="cloudy", base_url=chat_server.base_url,
                                             model="big-model", label="Cloudy", where="cloud"))
    ctx = AppContext(workspace=workspace, settings=settings)
    yield ctx
    ctx.close()
    net.set_offline(False)


@pytest.fixture
def make_pane(app, qtbot):
    def make(campaign):
        bridge = JobBridge()
        app.add_job_listener(bridge.post)
        pane = TextPane(app, bridge)
        qtbot.addWidget(pane)
        pane.resize(1280, 820)
        pane.show()
        pane.set_campaign(campaign)
        qtbot.waitUntil(lambda: pane.models_ready, timeout=10000)
        return pane

    return make


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def run_to_end(pane, qtbot, timeout=30000) -> None:
    qtbot.waitUntil(lambda: not pane.submitting and pane.current_job is None, timeout=timeout)


def test_a_generation_streams_into_the_pane_and_ends_as_variants(
        make_pane, campaign, chat_server, qtbot):
    chat_server.reply(REPLY)
    chat_server.token_interval = 0.03
    pane = make_pane(campaign)
    assert [pane.channel.itemData(i) for i in range(2)] == ["instagram", "google-ads"]
    choose(pane.channel, "google-ads")
    choose(pane.model_picker, TEAM)
    pane.variant_count.setValue(2)
    type_text(pane.assistant.prompt, "Deux annonces pour l'été")
    qtbot.keyClick(pane.assistant.prompt, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter generates
    qtbot.waitUntil(lambda: pane.current_job is not None, timeout=10000)  # queued off-thread
    qtbot.waitUntil(lambda: "Titre" in pane.output.toPlainText(), timeout=10000)
    assert pane.current_job is not None  # text on screen while the model still writes
    assert "Writing" in pane.status.text()
    run_to_end(pane, qtbot)

    assert len(chat_server.bodies) == 1 and chat_server.bodies[0]["model"] == "tiny-chat"
    view = pane.variants
    assert [a.meta["variant"] for a in view.assets] == [1, 2]
    first, second = (view.list.item(i).text() for i in range(2))
    assert "Titre 20/30" in first and "Description 48/90" in first
    assert "Titre 40/30" in second and "Over the limit" in second  # flagged, not cut
    view.list.setCurrentRow(1)
    rows = [[view.fields.item(r, c).text() for c in range(3)]
            for r in range(view.fields.rowCount())]
    assert rows == [["Titre", "40", "30 characters"], ["Description", "40", "90 characters"]]
    assert view.fields.item(0, 1).foreground().color().name() == "#b00020"
    assert view.fields.item(1, 1).foreground().color().name() != "#b00020"
    assert "La meilleure crème solaire de l'été 2027" in view.view.toPlainText()
    assert pane.status.text() == "2 variant(s) written."
    assert len(pane.app.workspace.list_assets(campaign.id, kind="text")) == 2


def test_grounding_flags_are_highlighted_with_their_explanation(
        make_pane, campaign, chat_server, qtbot):
    chat_server.reply(REPLY)
    pane = make_pane(campaign)
    choose(pane.channel, "google-ads")
    choose(pane.model_picker, TEAM)
    pane.generate()
    run_to_end(pane, qtbot)
    view = pane.variants
    view.list.setCurrentRow(0)
    assert not view.flags.isVisibleTo(view)  # SPF 50 is in the fact sheet: nothing to flag
    view.next()
    highlighted = [f.charFormat() for f in _fragments(view.view) if f.charFormat().isAnchor()]
    marked = {f.text() for f in _fragments(view.view) if f.charFormat().isAnchor()}
    assert {"meilleure", "2027", "99 %", "14,90 €"} <= marked and highlighted
    assert all(f.background().color().name() == "#ffe08a" for f in highlighted)
    explanations = [view.flags.item(i).text() for i in range(view.flags.count())]
    assert any("\u201c99 %\u201d (percentage) is not backed by the fact sheet" in e
               for e in explanations) and len(explanations) == 4
    flag = view._flag_of(_anchor_of(view.view, "14,90 €"))
    assert flag["kind"] == "price"  # what hovering the highlight explains


def _fragments(browser):
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def _anchor_of(browser, text):
    from PySide6.QtCore import QUrl

    for fragment in _fragments(browser):
        if fragment.text() == text:
            return QUrl(fragment.charFormat().anchorHref())
    raise AssertionError(text)


def test_hostile_model_output_shows_nothing_dangerous(
        make_pane, campaign, chat_server, local_server, qtbot, socket_guard):
    base = local_server.url
    chat_server.reply(
        "1. Summer <script>alert('x')</script> [click](javascript:alert(1))\n"
        f"![pixel]({base}/evil-pixel.png) <img src=\"{base}/evil-img.png\" onerror=\"x()\">"
        f" \u00ab Le n\u00b01 <img src=\"{base}/evil-quote.png\"> \u00bb\n"
        f"2. <a href=\"JaVaScRiPt:steal()\">go</a> <style>p{{background:url({base}/evil-css.png)}}"
        "</style> fin\n")
    chat_server.token_interval = 0.01
    pane = make_pane(campaign)
    choose(pane.channel, "instagram")
    choose(pane.model_picker, TEAM)
    pane.generate()
    qtbot.waitUntil(lambda: "<script>" in pane.output.toPlainText(), timeout=10000)
    run_to_end(pane, qtbot)
    assert pane.variants.assets
    view, flagged = pane.variants, 0
    for row in range(pane.variants.list.count()):
        pane.variants.list.setCurrentRow(row)
        QApplication.processEvents()
        shown = pane.variants.view.toHtml().lower()
        assert "<img" not in shown and 'href="javascript' not in shown
        assert "<script" in pane.variants.view.toPlainText() or row  # shown as words
        tips = [view.flags.item(i).toolTip() for i in range(view.flags.count())]
        assert all(t.startswith("<p>") and "<img" not in t for t in tips)  # escaped rich text
        flagged += len(tips)
    assert flagged  # the quotation and the superlative are flagged, their words escaped
    answer = pane.output.toHtml().lower()
    for bad in ("<img", "javascript:", "<script", "evil-", "onerror"):
        assert bad not in answer
    qtbot.wait(200)  # any fetch a widget would attempt happens on layout and paint
    browsers = pane.findChildren(SafeBrowser)
    assert len(browsers) == 2 and [b.requested for b in browsers] == [[], []]
    assert [r.path for r in local_server.log if "evil" in r.path] == []
    assert socket_guard == []


def test_cancel_mid_stream_keeps_the_text_as_a_cancelled_draft(
        make_pane, campaign, chat_server, qtbot):
    chat_server.reply(" ".join(f"mot{i}" for i in range(200)))
    chat_server.token_interval = 0.01
    chat_server.stall_after = 8
    pane = make_pane(campaign)
    choose(pane.channel, "x")
    choose(pane.model_picker, TEAM)
    pane.generate()
    qtbot.waitUntil(lambda: "mot0" in pane.output.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: len(chat_server.sent) == 8, timeout=10000)
    qtbot.wait(100)  # the server is now stalled mid-answer
    pane.activateWindow()
    qtbot.keyClick(pane.assistant.prompt, Qt.Key.Key_Escape)  # Esc cancels
    run_to_end(pane, qtbot, timeout=5000)
    [draft] = pane.variants.assets
    assert draft.text == " ".join(f"mot{i}" for i in range(8))
    assert draft.meta["cancelled"] and draft.status.value == "draft"
    assert pane.variants.list.item(0).text().startswith("Cancelled draft")
    assert "kept as a draft" in pane.status.text() and pane.generate_button.isEnabled()


def test_a_cloud_provider_is_refused_for_a_confidential_campaign_before_any_request(
        make_pane, app, workspace, chat_server, local_server, qtbot):
    secret = workspace.create_campaign("Projet X", {"channels": ["linkedin"]},
                                       confidentiality="confidential")
    pane = make_pane(secret)
    picker = pane.model_picker
    cloud = picker.findData("configured:cloudy")
    assert "(cloud)" in picker.itemText(cloud)
    assert not picker.model().item(cloud).isEnabled()
    assert "confidential" in picker.model().item(cloud).toolTip()
    assert pane.refused.isVisibleTo(pane) and "confidential" in pane.refused.text()
    assert picker.currentData() != "configured:cloudy"
    assert picker.model().item(picker.findData(TEAM)).isEnabled()  # loopback stays allowed
    pane.select_model("configured:cloudy")  # forced anyway: the policy still refuses it
    assert "Cloud" in pane.where.text()
    pane.generate()
    qtbot.waitUntil(lambda: not pane.submitting, timeout=10000)
    assert pane.current_job is None
    assert "confidential" in pane.error_label.text() and pane.error_label.isVisibleTo(pane)
    assert chat_server.bodies == [] and local_server.log == []

    app.offline_override = True  # offline: every network provider is off, with the reason
    pane.set_campaign(app.workspace.get_campaign(secret.id))
    assert "Offline mode is on" in picker.model().item(cloud).toolTip()
    assert picker.model().item(picker.findData(TEAM)).isEnabled()  # loopback: not the network


def test_prompt_hints_follow_typing_and_the_rewrites_apply(
        make_pane, campaign, settings, qtbot):
    from scripts.tiny_models import ensure

    model = ensure("tiny-text-llama")
    settings.model_folders = [str(model.parent)]
    pane = make_pane(campaign)
    assistant = pane.assistant
    type_text(assistant.prompt, "Write something catchy")
    qtbot.waitUntil(lambda: any("catchy" in h for h in assistant.hint_texts()), timeout=3000)
    assert assistant.score.text().startswith("Prompt score:")
    assert any("vague" in h for h in assistant.hint_texts())
    qtbot.mouseClick(assistant.apply_button, Qt.MouseButton.LeftButton)
    rewritten = assistant.prompt.toPlainText()
    assert rewritten != "Write something catchy" and "Write something catchy" in rewritten
    assistant.prompt.undo()
    assert assistant.prompt.toPlainText() == "Write something catchy"

    local = next(c for c in pane.choices if c.model == str(model))
    assert "model on this computer" in local.label
    pane.select_model(local.key)
    assert assistant.local_model == str(model)
    qtbot.mouseClick(assistant.model_button, Qt.MouseButton.LeftButton)
    assert not assistant.model_button.isEnabled()
    qtbot.waitUntil(lambda: assistant.model_button.isEnabled(), timeout=180000)
    assert "Rewritten by the local model" in assistant.status.text(), assistant.status.text()
    assert assistant.prompt.toPlainText().strip()
    assert pane.app.workspace.list_assets(campaign.id) == []  # a rewrite stores nothing


def test_navigate_edit_approve_and_use_a_radio_script(make_pane, campaign, chat_server, qtbot):
    chat_server.reply("Variante 1 :\nCet été, protégez toute la famille avec SPF 50.\n\n"
                      "Variante 2 :\nLe soleil sans souci, SPF 50, filtres minéraux.\n")
    pane = make_pane(campaign)
    choose(pane.channel, "radio-15")
    choose(pane.model_picker, TEAM)
    pane.generate()
    run_to_end(pane, qtbot)
    view = pane.variants
    assert len(view.assets) == 2 and view.list.currentRow() == 0
    pane.activateWindow()
    qtbot.keyClick(view.list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.list.currentRow() == 1
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.list.currentRow() == 0
    first = view.current()
    qtbot.keyClick(view.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert pane.app.workspace.get_asset(first.id).status.value == "approved"
    assert "Approved" in view.list.item(0).text()

    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    view.editor.setPlainText("Cet été, la meilleure protection : SPF 50.")
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)  # Save
    stored = pane.app.workspace.get_asset(first.id)
    assert stored.version == 2 and stored.text == "Cet été, la meilleure protection : SPF 50."
    assert stored.meta["fields"][0]["length"] == 7 and stored.meta["edited"]
    assert [f["text"] for f in stored.meta["grounding"]["flags"]] == ["meilleure"]
    assert "Edited (version 2)." in view.note.text()

    assert view.script_button.isVisibleTo(view)
    with qtbot.waitSignal(pane.useAsScript) as signal:
        qtbot.mouseClick(view.script_button, Qt.MouseButton.LeftButton)
    assert signal.args == [first.id]


def test_local_servers_are_found_off_the_gui_thread(
        make_pane, campaign, chat_server, monkeypatch, qtbot):
    from app.providers.text import discovery

    port = int(chat_server.base_url.rsplit(":", 1)[1].split("/")[0])
    monkeypatch.setattr(discovery, "KNOWN_SERVERS",
                        (discovery.KnownServer("llamacpp", "llama.cpp server", port),))
    probed_on = []
    real = discovery.discover_local_servers

    def recording(*args, **kwargs):  # the real probe, noting which thread runs it
        probed_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(discovery, "discover_local_servers", recording)
    pane = make_pane(campaign)
    assert probed_on and threading.main_thread() not in probed_on
    labels = [pane.model_picker.itemText(i) for i in range(pane.model_picker.count())]
    assert "llama.cpp server: tiny-chat (local server)" in labels
    assert "llama.cpp server: other-model (local server)" in labels
    if any(c.draft for c in pane.choices):  # the built-in model, when installed
        assert labels[0] == "SmolLM2 135M, built in (draft quality)"
        assert "Draft quality" in pane.where.text()


def test_the_pane_in_french_leaves_no_english(app, workspace, chat_server, qtbot):
    i18n.set_language("fr")
    try:
        campaign = workspace.create_campaign(
            "Été", {"product": "Crème SPF 50", "languages": ["fr"], "channels": ["google-ads"],
                    "facts": [{"claim": "SPF 50", "evidence": "ISO 24444"}]})
        chat_server.reply(REPLY)
        bridge = JobBridge()
        app.add_job_listener(bridge.post)
        pane = TextPane(app, bridge)
        qtbot.addWidget(pane)
        pane.show()
        pane.set_campaign(campaign)
        qtbot.waitUntil(lambda: pane.models_ready, timeout=10000)
        choose(pane.model_picker, TEAM)
        type_text(pane.assistant.prompt, "Quelque chose de sympa")
        qtbot.waitUntil(lambda: bool(pane.assistant.hint_texts()), timeout=3000)
        pane.generate()
        run_to_end(pane, qtbot)
        pane.variants.list.setCurrentRow(1)
        assert pane.channel.currentText().startswith("Google Ads (annonce")
        assert english_leftovers(pane) == []
        assert "variante" in pane.status.text()
    finally:
        i18n.set_language("en")


def test_the_window_builds_the_text_room_and_routes_radio_scripts(qapp, qtbot, tmp_path):
    from app.ui.main_window import PANES
    from app.ui.studio import Studio, parse

    s = Studio(qapp, parse(["--workspace", str(tmp_path / "ws")]))
    assert s.start()
    try:
        w = s.window
        qtbot.waitUntil(lambda: w.ready)
        c = s.app.workspace.create_campaign("Radio", {"channels": ["radio-30"]})
        w.sidebar.refresh()
        w.sidebar.select(c.id)
        index = next(i for i in range(w.tabs.count()) if w.tabs.tabText(i) == "Text")
        w.tabs.setCurrentIndex(index)
        pane = w.tabs.currentWidget()
        assert isinstance(pane, TextPane) and pane.campaign.id == c.id
        assert pane.channel.currentData() == "radio-30"  # the campaign's channel first
        from tests.fixtures.assets import add_text

        script = add_text(s.app.workspace, c.id, "Cet été, protégez toute la famille.",
                          channel="radio-30")
        pane.useAsScript.emit(script.id)
        assert "audio" in PANES and w.tabs.tabText(w.tabs.currentIndex()) == "Audio"
        audio = w.tabs.currentWidget()
        assert audio.script.toPlainText() == "Cet été, protégez toute la famille."
        assert audio.script_asset.id == script.id  # the voice-over will be linked to it
    finally:
        w.close()
        s.shutdown()
