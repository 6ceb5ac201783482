"""A downsampled envelope of an audio file (peak per column), for waveform views."""

from __future__ import annotations

from pathlib import Path


def envelope(path: Path, columns: int) -> list[float]:
    """Peak absolute amplitude (0..1) of each of `columns` slices of the file."""
    import numpy as np
    import soundfile as sf

    try:
        data, _rate = sf.read(str(path), dtype="float32", always_2d=True)
    except (RuntimeError, sf.LibsndfileError):
        return [0.0] * columns
    mono = np.abs(data).max(axis=1) if data.size else np.zeros(1, dtype="float32")
    if mono.size < columns:
        mono = np.pad(mono, (0, columns - mono.size))
    chunks = np.array_split(mono, columns)
    peaks = np.array([c.max() if c.size else 0.0 for c in chunks])
    top = float(peaks.max()) or 1.0
    return [float(p) / top for p in peaks]
