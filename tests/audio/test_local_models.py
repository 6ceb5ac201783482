"""Tiny random-weight TTS and music models, built offline, through the real pipelines (transformers
VitsModel and MusicGen, diffusers StableAudioPipeline) from local folders, in the model worker."""

from __future__ import annotations

import threading

import pytest

from app.core.errors import ModelNotFoundError
from app.core.jobs import JobState
from app.core.requests import AudioRequest
from app.providers.audio.errors import InvalidAudioSettingError, UnreadableScriptError
from app.providers.audio.music import LocalMusicProvider
from app.providers.audio.neural_tts import LocalTtsProvider
from app.providers.base import JobContext
from app.services.generate import generate
from scripts.tiny_models import ensure
from tests.fixtures.audio import nothing_stored, read


@pytest.fixture(scope="module")
def vits():
    return ensure("tts-vits")


@pytest.fixture(scope="module")
def musicgen():
    return ensure("music-musicgen")


@pytest.fixture(scope="module")
def stable_audio():
    return ensure("music-stable-audio")


@pytest.fixture(scope="module")
def worker_app(tmp_path_factory):
    """One app (and so one model worker) for the tests that go through the job engine: the
    worker's start-up (importing torch) is paid once."""
    from app.core.settings import Settings
    from app.services.context import AppContext
    from app.workspace import Workspace

    ctx = AppContext(workspace=Workspace(tmp_path_factory.mktemp("ws")), settings=Settings())
    campaign = ctx.workspace.create_campaign("Jingles", {"languages": ["fr"]})
    yield ctx, campaign
    ctx.close()


def ctx_for(tmp_path, events=None, cancel=None):
    return JobContext(job_id="j", cancel=cancel or threading.Event(),
                      report=(events.append if events is not None else lambda p: None),
                      scratch=tmp_path, settings={})


def test_vits_voice_over_through_the_worker(worker_app, vits):
    audio_app, campaign = worker_app
    script = "Bonjour à tous. Découvrez notre crème minérale."
    result = generate(audio_app, AudioRequest(campaign_id=campaign.id, speech=script,
                                              voice=f"tts:{vits}", seed=7)).wait(180)
    assert result.state == JobState.SUCCEEDED, result.error
    asset = result.assets[0]
    audio, rate = read(asset.path)
    assert rate == asset.sample_rate == 16000 and len(audio) > 0
    assert asset.transcript == script
    assert [t["text"] for t in asset.meta["timing"]] == ["Bonjour à tous.",
                                                         "Découvrez notre crème minérale."]
    gen = asset.generation
    assert gen.provider == "tts-local" and gen.seed == 7 and gen.where.value == "local"
    assert gen.licence == "cc-by-nc-4.0" and gen.commercial_use == "no"  # MMS-style card


def test_vits_same_seed_same_voice_and_unreadable_script(tmp_path, vits):
    provider = LocalTtsProvider()
    request = AudioRequest(campaign_id="c", speech="Une phrase.", voice=str(vits), seed=3)
    first = provider.generate(request, ctx_for(tmp_path))[0]
    again = provider.generate(request, ctx_for(tmp_path))[0]
    assert first.data == again.data
    with pytest.raises(UnreadableScriptError, match="cannot read this script"):
        provider.generate(request.replace(speech="Привет, мир."), ctx_for(tmp_path))


def test_an_unknown_local_voice_is_a_clear_error(audio_app, campaign, tmp_path):
    with pytest.raises(ModelNotFoundError, match="was not found"):
        generate(audio_app, AudioRequest(campaign_id=campaign.id, speech="Bonjour.",
                                         voice=f"tts:{tmp_path / 'nowhere'}"))
    assert nothing_stored(audio_app.workspace, campaign.id)


def test_musicgen_jingle_through_the_worker_records_its_non_commercial_licence(
        worker_app, musicgen):
    audio_app, campaign = worker_app
    result = generate(audio_app, AudioRequest(campaign_id=campaign.id, music="upbeat summer "
                                              "jingle", model=str(musicgen), duration=1.5,
                                              seed=11)).wait(180)
    assert result.state == JobState.SUCCEEDED, result.error
    asset = result.assets[0]
    audio, rate = read(asset.path)
    assert rate == 16000 and len(audio) == pytest.approx(1.5 * rate, abs=2)
    assert asset.duration_s == pytest.approx(1.5, abs=0.01)
    gen = asset.generation
    assert gen.provider == "music-local" and gen.seed == 11
    assert gen.licence == "cc-by-nc-4.0" and gen.commercial_use == "no"
    assert gen.prompt == "upbeat summer jingle"
    assert asset.transcript == ""


def test_stable_audio_honours_duration_seed_and_steps(tmp_path, stable_audio):
    provider, events = LocalMusicProvider(), []
    request = AudioRequest(campaign_id="c", music="calm piano", model=str(stable_audio),
                           duration=2.0, seed=5, options={"steps": 3})
    out = provider.generate(request, ctx_for(tmp_path, events))[0]
    assert out.duration_s == 2.0 and out.meta["channels"] == 2
    assert out.record.licence == "stable-audio-community"
    assert out.record.commercial_use == "restricted"
    assert [p.step for p in events if p.total == 3] == [1, 2, 3]
    same = provider.generate(request, ctx_for(tmp_path))[0]
    other = provider.generate(request.replace(seed=6), ctx_for(tmp_path))[0]
    assert same.data == out.data and other.data != out.data
    longer = provider.generate(request.replace(duration=3.5), ctx_for(tmp_path))[0]
    assert longer.duration_s == 3.5
    with pytest.raises(InvalidAudioSettingError, match="at most 8 s"):
        provider.generate(request.replace(duration=20), ctx_for(tmp_path))


def test_cancel_stops_music_generation_at_once(tmp_path, musicgen):
    cancel = threading.Event()
    steps = []

    def report(progress):
        steps.append(progress.step)
        if progress.step >= 10:
            cancel.set()

    ctx = JobContext(job_id="j", cancel=cancel, report=report, scratch=tmp_path, settings={})
    request = AudioRequest(campaign_id="c", music="drums", model=str(musicgen), duration=5)
    from app.core.errors import CancelledError

    with pytest.raises(CancelledError):
        LocalMusicProvider().generate(request, ctx)
    assert max(steps) < 20


def test_music_without_a_model_looks_in_the_model_folders(audio_app, campaign, musicgen,
                                                          tmp_path):
    empty = tmp_path / "models"
    empty.mkdir()
    audio_app.settings.model_folders = [str(empty)]
    with pytest.raises(ModelNotFoundError, match="No music model was found"):
        generate(audio_app, AudioRequest(campaign_id=campaign.id, music="jingle", duration=1))
    audio_app.settings.model_folders = [str(musicgen.parent)]
    info = LocalMusicProvider.describe(AudioRequest(campaign_id="c", music="x"),
                                       audio_app.settings)
    assert info.model in ("music-musicgen-v1", "music-stable-audio-v1")
