"""The offline system voice (Debian's espeak-ng, really run) through the services: voice-overs
land in the workspace with their transcript and timing; bad input and a missing espeak-ng give
clear errors and leave nothing behind."""

from __future__ import annotations

import itertools
import re
import shutil
import threading
from pathlib import Path

import pytest

from app.core.jobs import JobState
from app.core.requests import AudioRequest
from app.providers.audio.errors import (
    EmptyScriptError,
    EspeakMissingError,
    ScriptTooLongError,
    UnsupportedLanguageError,
)
from app.providers.audio.espeak import EspeakProvider
from app.providers.audio.script import split_sentences
from app.providers.base import JobContext
from app.services.generate import generate
from tests.fixtures.audio import nothing_stored, read

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                reason="espeak-ng is not installed (apt-get install espeak-ng)")

FR = ("Cet été, protégez toute la famille avec notre crème solaire minérale. Indice cinquante, "
      "testée selon la norme ISO. Disponible dès maintenant en pharmacie.")
EN = ("This summer, protect the whole family with our mineral sunscreen. Factor fifty, tested "
      "to the ISO standard. Available now in pharmacies.")


def run(app, **fields):
    result = generate(app, AudioRequest(**fields)).wait(120)
    assert result.state == JobState.SUCCEEDED, result.error
    return result.assets[0]


@pytest.mark.parametrize(("voice", "text"), [("espeak:fr", FR), ("espeak:en", EN)])
def test_voice_over_lands_in_the_workspace_with_transcript_and_a_fitting_duration(
        audio_app, campaign, voice, text):
    asset = run(audio_app, campaign_id=campaign.id, speech=text, voice=voice)
    assert asset.kind.value == "audio" and asset.ext == "wav"
    assert asset.transcript == text
    audio, rate = read(asset.path)
    assert Path(asset.path).is_relative_to(audio_app.workspace.folder)
    assert rate == asset.sample_rate == 22050
    assert asset.duration_s == pytest.approx(len(audio) / rate, abs=0.01)
    words = len(re.findall(r"\w+", text))
    wpm = words / (asset.duration_s / 60)
    assert 110 < wpm < 260, wpm  # espeak-ng's normal pace is about 175 words a minute
    timing = asset.meta["timing"]
    assert [t["text"] for t in timing] == split_sentences(text)
    assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(timing))
    assert timing[-1]["end"] == pytest.approx(asset.duration_s, abs=0.05)
    gen = asset.generation
    assert gen.provider == "espeak" and gen.model == f"espeak-ng:{voice.split(':')[1]}"
    assert gen.where.value == "local" and gen.commercial_use == "yes"
    assert gen.parameters["loudness_lufs"] == -16.0  # web loudness unless asked otherwise


def test_the_campaign_language_chooses_the_voice_and_rate_changes_the_pace(audio_app, campaign):
    normal = run(audio_app, campaign_id=campaign.id, speech=FR)
    assert normal.meta["voice"] == "espeak:fr"  # the campaign's first language
    fast = run(audio_app, campaign_id=campaign.id, speech=FR, rate=1.6)
    assert fast.duration_s < normal.duration_s * 0.8
    assert fast.generation.parameters["words_per_minute"] == 280


def test_an_empty_script_is_refused_before_anything_is_queued(audio_app, campaign):
    for text in ("", "   \n "):
        with pytest.raises(EmptyScriptError):
            generate(audio_app, AudioRequest(campaign_id=campaign.id, speech=text,
                                             voice="espeak:fr"))
    assert audio_app.workspace.list_jobs() == []
    assert nothing_stored(audio_app.workspace, campaign.id)


def test_an_unsupported_language_says_which_ones_exist(audio_app, campaign):
    with pytest.raises(UnsupportedLanguageError) as info:
        generate(audio_app, AudioRequest(campaign_id=campaign.id, speech=FR,
                                         voice="espeak:tlh"))
    message = str(info.value)
    assert "espeak-ng has no voice for the language \u201ctlh\u201d" in message
    assert re.search(r"[:,] fr,", message) and re.search(r"[:,] en,", message)
    assert nothing_stored(audio_app.workspace, campaign.id)


def test_missing_espeak_gives_the_install_hint_and_stores_nothing(audio_app, campaign,
                                                                   monkeypatch, tmp_path):
    empty = tmp_path / "no-espeak"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("VITRINE_ESPEAK_NG", raising=False)
    with pytest.raises(EspeakMissingError) as info:
        generate(audio_app, AudioRequest(campaign_id=campaign.id, speech=FR))
    assert "espeak-ng, which is not installed" in str(info.value)
    assert "sudo apt-get install espeak-ng" in str(info.value)
    assert nothing_stored(audio_app.workspace, campaign.id)
    # the provider itself says the same when called from a job
    ctx = JobContext(job_id="j", cancel=threading.Event(), report=lambda p: None,
                     scratch=tmp_path)
    with pytest.raises(EspeakMissingError):
        EspeakProvider().generate(AudioRequest(campaign_id="c", speech=FR), ctx)


def test_a_20000_character_script_is_spoken_whole_with_progress(audio_app, campaign):
    sentences = [f"Phrase numéro {i}, pour un long texte d'accessibilité." for i in range(400)]
    script = " ".join(sentences)[:20000].rsplit(" ", 1)[0] + "."
    assert 19900 < len(script) <= 20000
    steps = []
    audio_app.jobs().add_listener(lambda e: e.progress and e.progress.total and
                                  steps.append(e.progress.step))
    asset = run(audio_app, campaign_id=campaign.id, speech=script, voice="espeak:fr")
    assert asset.transcript == script
    assert asset.duration_s > 12 * 60  # about 2,900 words at 175 a minute
    assert len(asset.meta["timing"]) == len(split_sentences(script))
    assert steps and max(steps) == len(asset.meta["timing"])


def test_a_script_over_the_limit_is_refused_and_nothing_is_written(audio_app, campaign):
    with pytest.raises(ScriptTooLongError):
        generate(audio_app, AudioRequest(campaign_id=campaign.id, speech="Oui. " * 25000,
                                         voice="espeak:fr"))
    assert nothing_stored(audio_app.workspace, campaign.id)


def test_cancel_between_sentences_ends_cancelled_with_nothing_stored(audio_app, campaign):
    started = threading.Event()
    audio_app.jobs().add_listener(lambda e: e.progress and e.progress.step and started.set())
    handle = generate(audio_app, AudioRequest(campaign_id=campaign.id, speech=FR * 40,
                                              voice="espeak:fr"))
    assert started.wait(60)
    handle.cancel()
    result = handle.wait(60)
    assert result.state == JobState.CANCELLED
    assert nothing_stored(audio_app.workspace, campaign.id)


def test_the_voice_list_offers_espeak_local_models_and_openai(settings, tmp_path):
    from app.providers.audio.voices import list_voices
    from scripts.tiny_models import ensure

    settings.model_folders = [str(ensure("tts-vits").parent)]
    ids = {v["id"]: v for v in list_voices(settings)}
    assert {"espeak:fr", "espeak:en", "openai:alloy"} <= set(ids)
    assert ids["openai:alloy"]["where"] == "cloud" and ids["espeak:fr"]["where"] == "local"
    assert any(v["engine"] == "tts" and v["label"] == "tts-vits-v1" for v in ids.values())


def test_a_radio_script_longer_than_its_channel_is_flagged(audio_app, campaign):
    from app.core.assets import AssetKind, GeneratedOutput

    script = audio_app.workspace.add_asset(campaign.id, GeneratedOutput(
        kind=AssetKind.TEXT, data=b"", ext="md", channel="radio-15", text=FR * 3))
    asset = run(audio_app, campaign_id=campaign.id, parent_id=script.id, voice="espeak:fr")
    assert asset.channel == "radio-15" and asset.parent_id == script.id
    assert asset.duration_s > 15.5
    assert asset.meta["flags"] == [{"id": "too-long-for-channel", "limit_s": 15.0,
                                    "duration_s": asset.duration_s}]


def test_pitch_moves_the_voice_up_and_down(tmp_path):
    import io

    import numpy as np
    import soundfile as sf

    def f0(pitch):
        ctx = JobContext(job_id="j", cancel=threading.Event(), report=lambda p: None,
                         scratch=tmp_path)
        out = EspeakProvider().generate(AudioRequest(campaign_id="c", speech=EN,
                                                     voice="espeak:en", pitch=pitch,
                                                     options={"loudness": "none"}), ctx)[0]
        audio, rate = sf.read(io.BytesIO(out.data))
        # the fundamental of each voiced frame from its cepstrum (60-400 Hz), then the median
        frame, found = 2048, []
        for i in range(0, len(audio) - frame, frame):
            x = audio[i:i + frame] * np.hanning(frame)
            if np.abs(x).max() < 0.05:
                continue
            cepstrum = np.fft.irfft(np.log(np.abs(np.fft.rfft(x)) + 1e-9))
            lo, hi = rate // 400, rate // 60
            found.append(rate / (lo + int(np.argmax(cepstrum[lo:hi]))))
        return float(np.median(found))

    low, high = f0(-1.0), f0(1.0)
    assert high / low > 1.4, (low, high)
