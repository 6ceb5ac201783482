"""The Audio pane, offscreen, driven like a user: a French voice-over spoken by the real espeak-ng
from a radio script, mixed over a bed; a jingle from the tiny MusicGen model in the worker, with
its progress, a failure and a cancel; errors in plain words; playback without a sound device; the
pane in French."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from app.core import i18n
from app.core.assets import AssetKind, GeneratedOutput
from app.providers.audio.errors import EmptyScriptError
from app.services.context import AppContext
from app.ui.bridge import JobBridge
from app.ui.panes.audio import AudioPane
from tests.fixtures.assets import add_audio, add_text, wav_bytes
from tests.fixtures.qt import english_leftovers, type_text

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed (apt-get install espeak-ng)")
RADIO = ("VOIX OFF : Cet été, protégez toute la famille.\n[SFX : vagues]\n"
         "Crème minérale, disponible en pharmacie.")
SPOKEN = "Cet été, protégez toute la famille.\nCrème minérale, disponible en pharmacie."


@pytest.fixture
def app(workspace, settings):
    ctx = AppContext(workspace=workspace, settings=settings)
    yield ctx
    if ctx.engine is not None:
        ctx.engine.shutdown()


def make_pane(app, campaign, qtbot) -> AudioPane:
    bridge = JobBridge()
    app.add_job_listener(bridge.post)
    pane = AudioPane(app, bridge)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    pane.activateWindow()  # shortcuts (Ctrl+Enter, Esc) act in the active window
    qtbot.waitUntil(pane.isActiveWindow, timeout=5000)
    pane.set_campaign(campaign)
    qtbot.waitUntil(lambda: pane.voices is not None and pane.music_models is not None,
                    timeout=20000)
    return pane


def wait_idle(pane, qtbot, timeout=120000) -> None:
    qtbot.waitUntil(lambda: not pane.submitting and not pane.jobs, timeout=timeout)


def wait_submitted(pane, qtbot) -> None:
    """Requests are checked and queued off the GUI thread: wait for the answer."""
    qtbot.waitUntil(lambda: not pane.submitting, timeout=30000)


@needs_espeak
def test_french_voice_over_from_a_radio_script_lands_with_transcript_and_waveform(
        app, campaign, qtbot):
    ws = app.workspace
    radio = add_text(ws, campaign.id, RADIO, channel="radio-30")
    add_text(ws, campaign.id, "Une légende pour Instagram", channel="instagram")  # newer
    pane = make_pane(app, campaign, qtbot)
    assert pane.results.stack.currentWidget() is pane.results.empty  # says what to do
    assert pane.script_source.currentData() == radio.id  # radio scripts come first
    qtbot.mouseClick(pane.use_script, Qt.MouseButton.LeftButton)
    assert pane.script.toPlainText() == SPOKEN  # labels and sound directions are not read
    assert pane.voice.itemData(1) == "espeak:fr"  # the campaign's language comes first
    pane.voice.setCurrentIndex(1)
    pane.rate.setValue(1.1)

    QTest.keyClick(pane.script, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_submitted(pane, qtbot)
    assert pane.jobs and pane.cancel_button.isEnabled() and pane.progress.isVisible()
    wait_idle(pane, qtbot)
    assert not pane.error_label.isVisible(), pane.error_label.text()
    voice = pane.results.selected()
    assert voice is not None and voice.kind.value == "audio"
    assert Path(voice.path).is_relative_to(ws.folder) and Path(voice.path).is_file()
    assert voice.transcript == SPOKEN
    assert voice.channel == "radio-30" and voice.parent_id == radio.id
    gen = voice.generation
    assert gen.provider == "espeak" and gen.parameters["voice"] == "espeak:fr"
    assert gen.parameters["rate"] == pytest.approx(1.1)
    assert gen.parameters["loudness_lufs"] == -16.0 and voice.ext == "wav"
    assert pane.results.stack.currentIndex() == 1 and pane.results.list.count() == 1
    assert "Cet été" in pane.results.list.item(0).text()
    assert pane.results.transcript.toPlainText() == SPOKEN
    qtbot.waitUntil(lambda: bool(pane.results.waveform.envelope), timeout=10000)  # read off-thread
    assert max(pane.results.waveform.envelope) > 0.1
    assert not pane.results.list.item(0).icon().isNull()
    assert pane.results.player.source() == QUrl.fromLocalFile(voice.path)

    # the same script over the first result as a bed, for broadcast, as MP3
    pane.bed.setCurrentIndex(pane.bed.findData(voice.id))
    assert pane.ducking.isEnabled()
    pane.ducking.setValue(15)
    pane.loudness.setCurrentIndex(pane.loudness.findData("broadcast"))
    pane.format.setCurrentIndex(pane.format.findData("mp3"))
    qtbot.mouseClick(pane.generate_button, Qt.MouseButton.LeftButton)
    wait_idle(pane, qtbot)
    mixed = pane.results.selected()
    assert mixed.id != voice.id and mixed.ext == "mp3" and mixed.meta["bed"] == voice.id
    assert mixed.generation.parameters["loudness_lufs"] == -23.0
    assert mixed.generation.parameters["duck_db"] == 15.0
    assert mixed.duration_s > voice.duration_s + 2  # the bed's pre-roll and tail
    assert [a.id for a in pane.results.assets] == [mixed.id, voice.id]

    QTest.keyClick(pane.results.list, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ws.get_asset(mixed.id).status.value == "approved"
    assert "Approved" in pane.results.list.item(0).text()
    QTest.keyClick(pane.results.list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert pane.results.selected().id == voice.id
    qtbot.mouseClick(pane.results.reject_button, Qt.MouseButton.LeftButton)
    assert ws.get_asset(voice.id).status.value == "rejected"


def test_a_jingle_from_the_tiny_musicgen_with_progress_failure_and_cancel(
        app, campaign, qtbot):
    from scripts.tiny_models import ensure

    musicgen = ensure("music-musicgen")
    pane = make_pane(app, campaign, qtbot)
    pane.add_model_folder(str(musicgen.parent))
    qtbot.waitUntil(lambda: pane.model.findData(str(musicgen.resolve())) >= 0, timeout=20000)
    pane.model.setCurrentIndex(pane.model.findData(str(musicgen.resolve())))
    assert "non-commercial use only" in pane.model.currentText()  # MusicGen's CC-BY-NC card
    qtbot.mouseClick(pane.music_mode, Qt.MouseButton.LeftButton)
    assert pane.pages.currentIndex() == 1 and not pane.bed.isVisible()
    type_text(pane.prompt, "jingle été plage joyeuse")
    pane.duration.setValue(1.0)
    pane.seed.setValue(11)
    pane.seed_lock.setChecked(True)
    steps: list[int] = []
    pane.progress.valueChanged.connect(steps.append)
    qtbot.mouseClick(pane.generate_button, Qt.MouseButton.LeftButton)
    wait_idle(pane, qtbot, timeout=240000)
    assert not pane.error_label.isVisible(), pane.error_label.text()
    jingle = pane.results.selected()
    assert jingle.generation.model == musicgen.name and jingle.generation.seed == 11
    assert jingle.generation.commercial_use == "no"
    assert jingle.duration_s == pytest.approx(1.0, abs=0.05)
    assert max(steps) > 0 and pane.seed.value() == 11  # progress was shown; seed kept
    assert pane.results.transcript.toPlainText() == "jingle été plage joyeuse"  # the prompt
    qtbot.waitUntil(lambda: bool(pane.results.waveform.envelope), timeout=10000)

    pane.duration.setValue(30.0)  # longer than this model can make: the job fails, in words
    qtbot.mouseClick(pane.generate_button, Qt.MouseButton.LeftButton)
    wait_idle(pane, qtbot)
    assert pane.error_label.isVisible()
    assert "this model makes at most 10 s" in pane.error_label.text()

    pane.seed_lock.setChecked(False)  # a new seed each time, shown so it can be locked
    pane.duration.setValue(9.0)
    qtbot.mouseClick(pane.generate_button, Qt.MouseButton.LeftButton)
    wait_submitted(pane, qtbot)
    job_id = next(iter(pane.jobs))
    assert app.workspace.get_job(job_id)["request"]["seed"] == pane.seed.value()
    qtbot.waitUntil(lambda: pane.progress.maximum() > 0 and pane.progress.value() > 0,
                    timeout=60000)
    QTest.keyClick(pane.prompt, Qt.Key.Key_Escape)
    wait_idle(pane, qtbot, timeout=30000)
    assert app.workspace.get_job(job_id)["state"] == "cancelled"
    assert pane.status.text().startswith("Cancelled") and not pane.error_label.isVisible()
    assert [a.id for a in pane.results.assets] == [jingle.id]


def test_errors_are_shown_in_plain_words_and_nothing_is_queued(app, campaign, qtbot):
    pane = make_pane(app, campaign, qtbot)
    qtbot.mouseClick(pane.generate_button, Qt.MouseButton.LeftButton)  # no script
    wait_submitted(pane, qtbot)
    assert pane.error_label.isVisible()
    assert pane.error_label.text() == str(EmptyScriptError())
    assert "nothing to speak" in pane.error_label.text()
    qtbot.mouseClick(pane.music_mode, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pane.generate_button, Qt.MouseButton.LeftButton)  # no prompt
    wait_submitted(pane, qtbot)
    assert "the prompt is empty" in pane.error_label.text()
    assert not pane.jobs and app.workspace.list_jobs() == []
    qtbot.mouseClick(pane.voice_mode, Qt.MouseButton.LeftButton)
    type_text(pane.script, "Bonjour.")
    pane.voice.setCurrentIndex(pane.voice.findData("openai:alloy"))
    app.set_offline(True)  # the cloud voice is refused by the policy, before any job
    qtbot.mouseClick(pane.generate_button, Qt.MouseButton.LeftButton)
    wait_submitted(pane, qtbot)
    assert "Offline mode is on" in pane.error_label.text()
    assert pane.script.toPlainText() == "Bonjour." and app.workspace.list_jobs() == []


def test_playback_gets_the_right_source_and_says_when_there_is_no_sound_output(
        app, campaign, qtbot):
    first = add_audio(app.workspace, campaign.id, transcript="Premier")
    second = app.workspace.add_asset(campaign.id, GeneratedOutput(
        kind=AssetKind.AUDIO, data=wav_bytes(seconds=1.5, freq=660), ext="wav",
        duration_s=1.5, sample_rate=16000, transcript="Second"))
    pane = make_pane(app, campaign, qtbot)
    results = pane.results
    assert results.selected().id == second.id  # the newest first
    player = results.player
    assert player.source() == QUrl.fromLocalFile(second.path)
    assert player.time.text() == "0:00 / 0:01"
    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    if player.has_output():
        assert not player.notice.isVisible()
    else:  # this machine (and CI) has none: the pane says so and keeps working
        assert player.notice.isVisible() and "No sound output" in player.notice.text()
    qtbot.waitUntil(lambda: results.waveform.fraction > 0 or player.notice.property("kind")
                    == "error", timeout=10000)
    assert player.notice.property("kind") != "error", player.notice.text()
    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)
    assert not player.is_playing()
    results.step(1)
    assert results.selected().id == first.id
    assert player.source() == QUrl.fromLocalFile(first.path) and not player.is_playing()
    assert not player.notice.isVisible()


def test_the_pane_in_french_leaves_no_english(app, campaign, qtbot):
    add_text(app.workspace, campaign.id, RADIO, channel="radio-15")
    add_audio(app.workspace, campaign.id)
    i18n.set_language("fr")
    try:
        pane = make_pane(app, campaign, qtbot)
        assert english_leftovers(pane) == []
        qtbot.mouseClick(pane.generate_button, Qt.MouseButton.LeftButton)  # no script
        wait_submitted(pane, qtbot)
        assert pane.error_label.text().startswith("Le texte est vide")
        qtbot.mouseClick(pane.music_mode, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(pane.results.approve_button, Qt.MouseButton.LeftButton)
        assert english_leftovers(pane) == []
    finally:
        i18n.set_language("en")


def test_the_studio_builds_the_audio_pane_when_its_tab_is_first_shown(qapp, qtbot, tmp_path):
    from app.ui.studio import Studio, parse
    from app.workspace import Workspace

    ws = Workspace(tmp_path / "ws")
    campaign = ws.create_campaign("Été 2027", {"languages": ["fr"]})
    add_audio(ws, campaign.id, transcript="Bonjour à tous")
    ws.close()
    studio = Studio(qapp, parse(["--workspace", str(tmp_path / "ws")]))
    assert studio.start()
    try:
        window = studio.window
        qtbot.waitUntil(lambda: window.ready)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[:4] == ["Brief", "Text", "Images", "Audio"]  # other rooms still there
        window.tabs.setCurrentIndex(titles.index("Audio"))
        pane = window.tabs.currentWidget()
        assert isinstance(pane, AudioPane) and pane.campaign.id == campaign.id
        assert [a.transcript for a in pane.results.assets] == ["Bonjour à tous"]
    finally:
        window.close()
        studio.shutdown()
