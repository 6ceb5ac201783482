"""Signal work: our loudness meter agrees with pyloudnorm, the true peak with FFT interpolation,
normalisation lands on the target under the ceiling, joins do not click, and the waveform
view's facts (duration, sample rate, envelope) come from the file."""

from __future__ import annotations

import numpy as np
import pytest

from app.providers.audio import dsp
from app.providers.audio.audiofile import audio_info, encode, read_audio
from tests.fixtures.audio import independent_true_peak_db, pyloudnorm_lufs, speech_like


@pytest.mark.parametrize("rate", [16000, 22050, 44100, 48000])
def test_meter_agrees_with_pyloudnorm(rate):
    rng = np.random.default_rng(rate)
    stereo = np.stack([speech_like(6, rate), 0.3 * rng.standard_normal(6 * rate)], axis=1)
    for audio in (speech_like(6, rate), stereo.astype(np.float32)):
        assert dsp.loudness(audio, rate) == pytest.approx(pyloudnorm_lufs(audio, rate), abs=0.15)


def test_meter_on_silence_and_on_too_short_audio_says_unmeasurable():
    assert dsp.loudness(np.zeros(48000, np.float32), 48000) == float("-inf")
    assert dsp.loudness(np.ones(1000, np.float32) * 0.1, 48000) == float("-inf")


def test_true_peak_sees_the_peak_between_samples():
    n = np.arange(4800)
    # a quarter-rate sine sampled at 45 degrees: samples at 0.707, the wave itself at 1.0
    wave = np.sin(2 * np.pi * n / 4 + np.pi / 4).astype(np.float32)
    assert 20 * np.log10(np.abs(wave).max()) == pytest.approx(-3.01, abs=0.01)
    assert dsp.true_peak_db(wave) == pytest.approx(0.0, abs=0.1)
    noise = (np.random.default_rng(1).standard_normal(48000) * 0.3).astype(np.float32)
    assert dsp.true_peak_db(noise) == pytest.approx(independent_true_peak_db(noise), abs=0.1)


@pytest.mark.parametrize(("target", "ceiling"), [(-16.0, -1.0), (-23.0, -1.0), (-14.0, -2.0)])
def test_normalize_lands_on_target_under_the_ceiling(target, ceiling):
    rate = 22050
    audio = speech_like(8, rate) * 0.05  # quiet: needs gain, and then limiting
    out, report = dsp.normalize(audio, rate, target, ceiling)
    assert pyloudnorm_lufs(out, rate) == pytest.approx(target, abs=0.5)
    assert independent_true_peak_db(out) <= ceiling + 0.05
    assert report.output_lufs == pytest.approx(target, abs=0.1)


def test_join_fades_the_edges_so_no_piece_starts_or_ends_with_a_jump():
    rate = 22050
    loud = np.full(rate // 2, 0.8, np.float32)  # a DC block: the worst case for clicks
    audio, spans = dsp.join([loud, loud, loud], rate, pause_s=0.0)
    assert len(audio) == 3 * len(loud)
    assert spans[1] == pytest.approx((0.5, 1.0), abs=1e-3)
    steps = np.abs(np.diff(audio))
    assert steps.max() < 0.8 * np.pi / (2 * dsp.EDGE_FADE_S * rate) + 1e-3  # a ramp, not a step
    assert abs(audio[0]) < 1e-3 and abs(audio[-1]) < 1e-3


def test_pauses_are_inserted_and_reported_in_the_timing():
    rate = 16000
    audio, spans = dsp.join([np.ones(rate, np.float32) * 0.1] * 2, rate, pause_s=0.5)
    assert len(audio) == int(2.5 * rate)
    assert spans == [(0.0, 1.0), (1.5, 2.5)]


@pytest.mark.parametrize("fmt", ["wav", "flac", "mp3"])
def test_audio_info_gives_duration_rate_and_envelope_of_a_file(tmp_path, fmt):
    rate = 22050
    audio = np.concatenate([np.zeros(rate, np.float32), speech_like(2, rate)])
    data, out_rate = encode(audio, rate, fmt)
    path = tmp_path / f"a.{fmt}"
    path.write_bytes(data)
    info = audio_info(path, points=300)
    assert info.sample_rate == out_rate == rate
    assert info.duration_s == pytest.approx(3.0, abs=0.06)
    assert len(info.envelope) == 300 and all(0.0 <= v <= 1.0 for v in info.envelope)
    # the first third is silent, the rest is not
    assert max(info.envelope[:95]) < 0.02 < min(max(info.envelope[110 + i:130 + i])
                                               for i in range(0, 160, 20))
    assert audio_info(data, points=50).duration_s == pytest.approx(info.duration_s)


def test_a_streamed_wav_with_an_unknown_length_is_read():
    data, _rate = encode(speech_like(1, 16000), 16000, "wav")
    broken = data[:4] + b"\xff\xff\xff\x7f" + data[8:40] + b"\xff\xff\xff\x7f" + data[44:]
    audio, got = read_audio(broken)
    assert got == 16000 and len(audio) == 16000
