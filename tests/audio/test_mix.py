"""Mixing: a voice over a music bed, ducked, faded, levelled to a broadcast or web loudness
target under a true-peak ceiling, as an independent meter (pyloudnorm) measures it."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from app.core.assets import AssetKind, GeneratedOutput
from app.core.jobs import JobState
from app.core.requests import AudioRequest
from app.providers.audio.audiofile import encode
from app.providers.audio.errors import BedError, InvalidAudioSettingError, UnsupportedFormatError
from app.providers.audio.mix import mix_over_bed
from app.providers.audio.options import Mastering
from app.services.generate import generate
from tests.fixtures.audio import (
    independent_true_peak_db,
    nothing_stored,
    pyloudnorm_lufs,
    read,
    speech_like,
    stored_files,
)

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed")
SCRIPT = ("Cet été, protégez toute la famille. Crème solaire minérale, indice cinquante. "
          "En pharmacie dès maintenant.")


def chords(seconds: float, rate: int = 32000) -> np.ndarray:
    """A stereo bed: a chord progression with a beat, like a jingle."""
    t = np.arange(int(seconds * rate)) / rate
    roots = np.array([261.6, 349.2, 392.0, 329.6])[(t // 1.0).astype(int) % 4]
    tone = sum(np.sin(2 * np.pi * roots * ratio * t) for ratio in (1, 1.26, 1.5)) / 3
    beat = 0.6 + 0.4 * (np.sin(2 * np.pi * 2 * t) > 0.9)
    left, right = tone * beat, np.roll(tone * beat, 200)
    return (np.stack([left, right], axis=1) * 0.4).astype(np.float32)


def amplitude_at(audio, rate, freq, start, seconds=0.5):
    mono = audio if audio.ndim == 1 else audio.mean(axis=1)
    window = mono[int(start * rate): int((start + seconds) * rate)]
    t = np.arange(len(window)) / rate
    return 2 * abs(np.mean(window * np.exp(-2j * np.pi * freq * t)))


def test_the_bed_ducks_under_the_voice_loops_and_fades():
    rate = 16000
    voice = speech_like(4, rate)
    bed = (0.3 * np.sin(2 * np.pi * 3000 * np.arange(3 * rate) / rate)).astype(np.float32)
    m = Mastering(target_lufs=None, ceiling_db=-1.0, output_format="wav", bed_path="x",
                  duck_db=12.0, preroll_s=1.5, tail_s=2.0, fade_in_s=0.5, fade_out_s=1.0)
    mix, out_rate, start = mix_over_bed(voice, rate, bed, rate, m)
    assert out_rate == 44100 and start == 1.5
    assert len(mix) == pytest.approx((1.5 + 4 + 2) * out_rate, abs=2)  # the 3 s bed was looped
    alone = amplitude_at(mix, out_rate, 3000, 0.8)
    under = amplitude_at(mix, out_rate, 3000, 3.0)
    after = amplitude_at(mix, out_rate, 3000, 6.1)
    assert 20 * np.log10(under / alone) == pytest.approx(-12, abs=1.5)
    assert after == pytest.approx(alone, rel=0.2)  # back up once the voice ends
    assert np.abs(mix[:10]).max() < 0.01 and np.abs(mix[-10:]).max() < 0.01  # faded


@needs_espeak
@pytest.mark.parametrize(("loudness", "target", "ceiling", "fmt"),
                         [("broadcast", -23.0, -1.0, "wav"), ("web", -16.0, -1.0, "mp3"),
                          ("-14", -14.0, -2.0, "flac")])
def test_a_mixed_spot_meets_its_loudness_target_and_true_peak_ceiling(
        audio_app, campaign, tmp_path, loudness, target, ceiling, fmt):
    data, _ = encode(chords(6.0), 32000, "wav")
    bed = audio_app.workspace.add_asset(campaign.id, GeneratedOutput(
        kind=AssetKind.AUDIO, data=data, ext="wav", duration_s=6.0, sample_rate=32000))
    request = AudioRequest(campaign_id=campaign.id, speech=SCRIPT, voice="espeak:fr",
                           output_format=fmt, options={"bed": bed.id, "loudness": loudness,
                                                       "true_peak": ceiling})
    result = generate(audio_app, request).wait(120)
    assert result.state == JobState.SUCCEEDED, result.error
    spot = result.assets[0]
    audio, rate = read(spot.path)
    assert spot.ext == fmt and audio.ndim == 2  # stereo, as the bed
    assert pyloudnorm_lufs(audio, rate) == pytest.approx(target, abs=0.5)
    assert independent_true_peak_db(audio) <= ceiling
    assert spot.meta["bed"] == bed.id and spot.meta["voice_starts_s"] == 1.5
    assert spot.meta["timing"][0]["start"] >= 1.5  # the transcript's timing follows the voice
    assert spot.duration_s > 1.5 + 2.0 + 3.0
    assert spot.generation.parameters["loudness_lufs"] == target


@needs_espeak
def test_bad_mixing_requests_are_refused_with_nothing_stored(audio_app, campaign, tmp_path):
    other = audio_app.workspace.create_campaign("Autre")
    text = audio_app.workspace.add_asset(other.id, GeneratedOutput(
        kind=AssetKind.TEXT, data=b"x", ext="md", text="x"))
    before = stored_files(audio_app.workspace)
    cases = [({"bed": "ast_missing"}, BedError), ({"bed": str(tmp_path / "none.wav")}, BedError),
             ({"bed": text.id}, BedError), ({"loudness": "loud"}, InvalidAudioSettingError),
             ({"loudness": -60}, InvalidAudioSettingError),
             ({"true_peak": 3}, InvalidAudioSettingError)]
    for options, error in cases:
        with pytest.raises(error):
            generate(audio_app, AudioRequest(campaign_id=campaign.id, speech=SCRIPT,
                                             voice="espeak:fr", options=options))
    with pytest.raises(UnsupportedFormatError, match="wav, flac or mp3"):
        generate(audio_app, AudioRequest(campaign_id=campaign.id, speech=SCRIPT,
                                         voice="espeak:fr", output_format="ogg"))
    assert audio_app.workspace.list_jobs() == []
    assert nothing_stored(audio_app.workspace, campaign.id, before)
