"""Reading and writing audio files (soundfile: WAV, FLAC and MP3 without ffmpeg), and what the
waveform view needs to know about one: duration, sample rate, channels and an envelope."""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.providers.audio import dsp
from app.providers.audio.options import FORMATS

_SUBTYPES = {"wav": "PCM_16", "flac": "PCM_16", "mp3": "MPEG_LAYER_III"}
_MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)


@dataclass
class AudioInfo:
    duration_s: float
    sample_rate: int
    channels: int
    frames: int
    format: str
    envelope: list[float] = field(default_factory=list)  # peak per bucket, 0..1

    def to_dict(self) -> dict:
        return {"duration_s": round(self.duration_s, 3), "sample_rate": self.sample_rate,
                "channels": self.channels, "frames": self.frames, "format": self.format,
                "envelope": self.envelope}


def audio_info(source: str | Path | bytes, points: int = 800) -> AudioInfo:
    """Duration, sample rate and a downsampled envelope of an audio file (or its bytes), read in
    blocks so a long voice-over never sits whole in memory."""
    import soundfile as sf

    handle = io.BytesIO(source) if isinstance(source, bytes | bytearray) else str(source)
    with sf.SoundFile(handle) as f:
        frames, rate, chans, fmt = f.frames, f.samplerate, f.channels, f.format
        if frames <= 0:  # some MP3s do not say: count while reading
            data = f.read(dtype="float32", always_2d=True)
            frames = len(data)
            blocks = [data]
        else:
            blocks = None
        points = max(1, min(points, frames)) if frames else 0
        peaks = np.zeros(points, np.float32)
        if points:
            bucket = frames / points
            position = 0
            source_blocks = blocks or f.blocks(blocksize=max(4096, int(bucket) * 16),
                                               dtype="float32", always_2d=True)
            for block in source_blocks:
                level = np.abs(block).max(axis=1)
                index = ((position + np.arange(len(level))) / bucket).astype(int)
                np.maximum.at(peaks, np.minimum(index, points - 1), level)
                position += len(level)
    return AudioInfo(duration_s=frames / rate if rate else 0.0, sample_rate=rate,
                     channels=chans, frames=frames, format=fmt.lower(),
                     envelope=[round(float(v), 4) for v in peaks])


def read_audio(source: str | Path | bytes) -> tuple[np.ndarray, int]:
    """(float32 frames, sample rate); mono stays 1-D."""
    import soundfile as sf

    handle = io.BytesIO(source) if isinstance(source, bytes | bytearray) else str(source)
    try:
        data, rate = sf.read(handle, dtype="float32", always_2d=False)
    except sf.LibsndfileError:
        if not isinstance(source, bytes | bytearray) or source[:4] != b"RIFF":
            raise
        # a streamed WAV whose header says "unknown length": give it the real sizes
        data, rate = sf.read(io.BytesIO(_fix_wav_sizes(bytes(source))), dtype="float32",
                             always_2d=False)
    return dsp.as_frames(data), int(rate)


def encode(x: np.ndarray, rate: int, fmt: str) -> tuple[bytes, int]:
    """The file's bytes and its sample rate (MP3 takes only the MPEG rates: resampled if
    needed)."""
    import soundfile as sf

    if fmt not in FORMATS:
        raise ValueError(fmt)
    if fmt == "mp3" and rate not in _MP3_RATES:
        target = min((r for r in _MP3_RATES if r >= rate), default=48000)
        x, rate = dsp.resample(x, rate, target), target
    buffer = io.BytesIO()
    sf.write(buffer, np.clip(x, -1.0, 1.0), rate, format=fmt.upper(), subtype=_SUBTYPES[fmt])
    return buffer.getvalue(), rate


def encode_under_ceiling(x: np.ndarray, rate: int, fmt: str,
                         ceiling_db: float | None) -> tuple[bytes, int, float]:
    """Encode, and for a lossy format check the decoded true peak: MP3 can overshoot by a
    fraction of a dB, so the level is trimmed by the overshoot and encoded again."""
    data, out_rate = encode(x, rate, fmt)
    if fmt != "mp3" or ceiling_db is None:
        return data, out_rate, dsp.true_peak_db(x)
    for _ in range(3):
        decoded, _ = read_audio(data)
        peak = dsp.true_peak_db(decoded)
        if not math.isfinite(peak) or peak <= ceiling_db:
            return data, out_rate, peak
        x = x * np.float32(10 ** ((ceiling_db - peak - 0.1) / 20))
        data, out_rate = encode(x, rate, fmt)
    return data, out_rate, dsp.true_peak_db(read_audio(data)[0])


def _fix_wav_sizes(data: bytes) -> bytes:
    out = bytearray(data)
    struct.pack_into("<I", out, 4, len(out) - 8)
    pos = 12
    while pos + 8 <= len(out):
        chunk, size = out[pos:pos + 4], struct.unpack_from("<I", out, pos + 4)[0]
        if chunk == b"data":
            struct.pack_into("<I", out, pos + 4, len(out) - pos - 8)
            break
        pos += 8 + size + (size & 1)
    return bytes(out)
