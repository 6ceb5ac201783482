"""A voice over a music bed: the bed plays alone for a moment, ducks under the voice, comes back
after it and fades out. The bed is looped (with a crossfade) when it is shorter than the spot."""

from __future__ import annotations

import numpy as np

from app.providers.audio import dsp
from app.providers.audio.options import Mastering

MIX_RATE = 44100  # a mixed spot is made at CD rate whatever its sources (MP3-friendly too)
_FRAME_S = 0.02  # the voice-activity frame for ducking
_ATTACK_S, _RELEASE_S = 0.08, 0.45


def loop_to(x: np.ndarray, frames: int, rate: int, crossfade_s: float = 0.5) -> np.ndarray:
    """`x` repeated (each joint crossfaded) until it lasts `frames`, then cut."""
    if len(x) >= frames or len(x) == 0:
        return x[:frames]
    overlap = min(int(crossfade_s * rate), len(x) // 4)
    out = x.copy()
    while len(out) < frames:
        if overlap:
            ramp = np.linspace(0.0, 1.0, overlap, dtype=np.float32)
            ramp = ramp if x.ndim == 1 else ramp[:, None]
            joint = out[-overlap:] * (1.0 - ramp) + x[:overlap] * ramp
            out = np.concatenate([out[:-overlap], joint, x[overlap:]], axis=0)
        else:
            out = np.concatenate([out, x], axis=0)
    return out[:frames]


def ducking_gain(voice: np.ndarray, rate: int, duck_db: float) -> np.ndarray:
    """Per-frame gain for the bed: 1 where the voice is silent, 10^(-duck/20) where it speaks,
    with a quick attack and a slower release so the bed does not pump between words."""
    mono = voice if voice.ndim == 1 else voice.mean(axis=1)
    hop = max(1, int(_FRAME_S * rate))
    frames = len(mono) // hop + 1
    padded = np.zeros(frames * hop, np.float32)
    padded[: len(mono)] = mono
    rms = np.sqrt((padded.reshape(frames, hop) ** 2).mean(axis=1))
    threshold = max(float(rms.max()) * 10 ** (-35 / 20), 1e-6)
    target = np.where(rms > threshold, 10 ** (-duck_db / 20), 1.0)
    # hold through short gaps between words (250 ms)
    from scipy.ndimage import minimum_filter1d

    target = minimum_filter1d(target, size=max(1, int(0.25 / _FRAME_S)), mode="nearest")
    attack = 1 - np.exp(-_FRAME_S / _ATTACK_S)
    release = 1 - np.exp(-_FRAME_S / _RELEASE_S)
    smooth = np.empty_like(target)
    level = 1.0
    for i, want in enumerate(target):  # frames, not samples: a few thousand steps
        level += (want - level) * (attack if want < level else release)
        smooth[i] = level
    return np.interp(np.arange(len(mono)) / hop, np.arange(frames), smooth).astype(np.float32)


def mix_over_bed(voice: np.ndarray, voice_rate: int, bed: np.ndarray, bed_rate: int,
                 m: Mastering) -> tuple[np.ndarray, int, float]:
    """The mixed spot, its sample rate, and where the voice starts (seconds)."""
    rate = max(MIX_RATE, voice_rate)
    voice = dsp.resample(dsp.as_frames(voice), voice_rate, rate)
    bed = dsp.resample(dsp.as_frames(bed), bed_rate, rate)
    count = max(dsp.channels(voice), dsp.channels(bed))
    voice, bed = dsp.to_channels(voice, count), dsp.to_channels(bed, count)
    start = int(m.preroll_s * rate)
    total = start + len(voice) + int(m.tail_s * rate)
    bed = loop_to(bed, total, rate)
    bed = np.concatenate([bed, np.zeros((total - len(bed), *bed.shape[1:]), np.float32)])
    # the bed sits `bed_db` under the voice's loudness before ducking
    voice_lufs, bed_lufs = dsp.loudness(voice, rate), dsp.loudness(bed, rate)
    if np.isfinite(voice_lufs) and np.isfinite(bed_lufs):
        bed = bed * np.float32(10 ** ((voice_lufs + m.bed_db - bed_lufs) / 20))
    placed = np.zeros_like(bed)
    placed[start:start + len(voice)] = voice
    gain = ducking_gain(placed, rate, m.duck_db)
    bed = bed * (gain if bed.ndim == 1 else gain[:, None])
    bed = dsp.fade(bed, rate, m.fade_in_s, m.fade_out_s)
    return (bed + placed).astype(np.float32), rate, start / rate
