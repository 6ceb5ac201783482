"""Signal work on float arrays (frames, or frames x channels): joining pieces without clicks,
resampling, loudness (ITU-R BS.1770-4 / EBU R128), true peak, a look-ahead limiter, and
normalisation to a loudness target under a true-peak ceiling.

The meter is our own, vectorised (pyloudnorm loops in Python per 100 ms block, seconds for a long
voice-over); the tests check it against pyloudnorm."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

EDGE_FADE_S = 0.008  # a raised-cosine fade this long at each piece's edges removes clicks
_TP_OVERSAMPLE = 4  # BS.1770-4 annex 2: true peak from 4x oversampling


def as_frames(audio) -> np.ndarray:
    """float32 array, frames first; mono stays 1-D."""
    x = np.asarray(audio, dtype=np.float32)
    if x.ndim == 2 and x.shape[0] <= 8 and x.shape[1] > x.shape[0]:
        x = x.T  # (channels, frames) from torch models
    if x.ndim == 2 and x.shape[1] == 1:
        x = x[:, 0]
    return np.ascontiguousarray(x)


def channels(x: np.ndarray) -> int:
    return 1 if x.ndim == 1 else x.shape[1]


def to_channels(x: np.ndarray, count: int) -> np.ndarray:
    if channels(x) == count:
        return x
    mono = x if x.ndim == 1 else x.mean(axis=1)
    return mono if count == 1 else np.repeat(mono[:, None], count, axis=1)


def resample(x: np.ndarray, rate_from: int, rate_to: int) -> np.ndarray:
    if rate_from == rate_to or len(x) == 0:
        return x
    from scipy.signal import resample_poly

    g = math.gcd(int(rate_from), int(rate_to))
    return resample_poly(x, rate_to // g, rate_from // g, axis=0).astype(np.float32)


def fade(x: np.ndarray, rate: int, fade_in_s: float = 0.0, fade_out_s: float = 0.0) -> np.ndarray:
    """Raised-cosine fades (no kink at either end, so no click)."""
    x = x.copy()
    for seconds, head in ((fade_in_s, True), (fade_out_s, False)):
        n = min(len(x), round(seconds * rate))
        if n <= 1:
            continue
        ramp = (0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, n))).astype(np.float32)
        if not head:
            ramp = ramp[::-1]
        shape = (n,) if x.ndim == 1 else (n, 1)
        if head:
            x[:n] *= ramp.reshape(shape)
        else:
            x[-n:] *= ramp.reshape(shape)
    return x


def trim_silence(x: np.ndarray, rate: int, threshold_db: float = -50.0,
                 keep_s: float = 0.03) -> np.ndarray:
    """Drop leading and trailing silence (engines pad differently), keeping a short margin."""
    if len(x) == 0:
        return x
    level = np.abs(x) if x.ndim == 1 else np.abs(x).max(axis=1)
    peak = float(level.max())
    if peak <= 0:
        return x[:0]
    loud = np.nonzero(level > peak * 10 ** (threshold_db / 20))[0]
    keep = int(keep_s * rate)
    return x[max(0, loud[0] - keep): min(len(x), loud[-1] + 1 + keep)]


def join(pieces: list[np.ndarray], rate: int, pause_s: float = 0.0,
         ) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """Concatenate pieces with faded edges and `pause_s` of silence between them; returns the
    audio and each piece's (start, end) in seconds."""
    count = max((channels(p) for p in pieces), default=1)
    gap = np.zeros((round(pause_s * rate),) + (() if count == 1 else (count,)), np.float32)
    out: list[np.ndarray] = []
    spans: list[tuple[float, float]] = []
    position = 0
    for index, piece in enumerate(pieces):
        piece = fade(to_channels(as_frames(piece), count), rate, EDGE_FADE_S, EDGE_FADE_S)
        if index and len(gap):
            out.append(gap)
            position += len(gap)
        spans.append((position / rate, (position + len(piece)) / rate))
        out.append(piece)
        position += len(piece)
    if not out:
        return gap[:0], []
    return np.concatenate(out, axis=0), spans


# --- loudness ----------------------------------------------------------------------------------
def _k_weighting(rate: float) -> tuple[np.ndarray, np.ndarray]:
    """The BS.1770 pre-filter (high shelf) and RLB high-pass, designed for any sample rate from
    their analogue prototypes (exactly the standard's coefficients at 48 kHz)."""
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh ** 0.4996667741545416
    a0 = 1.0 + k / q + k * k
    shelf_b = np.array([(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0,
                        (vh - vb * k / q + k * k) / a0])
    shelf_a = np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0])
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    a0 = 1.0 + k / q + k * k
    hp_b = np.array([1.0, -2.0, 1.0])
    hp_a = np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0])
    return np.convolve(shelf_b, hp_b), np.convolve(shelf_a, hp_a)


_CHANNEL_WEIGHTS = (1.0, 1.0, 1.0, 1.41, 1.41)


def loudness(x: np.ndarray, rate: int) -> float:
    """Integrated loudness in LUFS (gated, BS.1770-4); -inf for silence or under 400 ms."""
    from scipy.signal import lfilter

    x = np.asarray(x, dtype=np.float64)
    x = x[:, None] if x.ndim == 1 else x
    step = round(0.1 * rate)
    if len(x) < 4 * step:
        return float("-inf")
    b, a = _k_weighting(rate)
    weighted = lfilter(b, a, x, axis=0)
    # mean squares per 100 ms step, weighted over channels; a 400 ms block is 4 steps
    steps = len(x) // step
    power = np.square(weighted[: steps * step]).reshape(steps, step, x.shape[1]).sum(axis=1)
    weights = np.array([_CHANNEL_WEIGHTS[min(c, 4)] for c in range(x.shape[1])])
    power = power @ weights
    z = (power[:-3] + power[1:-2] + power[2:-1] + power[3:]) / (4 * step)
    with np.errstate(divide="ignore"):
        levels = -0.691 + 10.0 * np.log10(z)
    z = z[levels >= -70.0]
    if not len(z):
        return float("-inf")
    relative = -0.691 + 10.0 * np.log10(z.mean()) - 10.0
    with np.errstate(divide="ignore"):
        z = z[-0.691 + 10.0 * np.log10(z) > relative]
    return float(-0.691 + 10.0 * math.log10(z.mean())) if len(z) else float("-inf")


@lru_cache(maxsize=1)
def _interpolation_phases() -> tuple[np.ndarray, ...]:
    """The 4x oversampling low-pass (48 taps, as BS.1770-4 annex 2), split into its 4 phases."""
    from scipy.signal import firwin

    taps = (firwin(48, 1.0 / _TP_OVERSAMPLE) * _TP_OVERSAMPLE).astype(np.float32)
    return tuple(taps[k::_TP_OVERSAMPLE] for k in range(_TP_OVERSAMPLE))


def _peaks_per_frame(x: np.ndarray) -> np.ndarray:
    """The true (inter-sample) peak magnitude around each frame, from 4x oversampling: each
    phase of the polyphase filter is one short convolution at the original rate (no 4x-long
    array, which matters for a voice-over of twenty minutes)."""
    if len(x) == 0:
        return np.zeros(0, np.float32)
    x = np.asarray(x, dtype=np.float32)
    delay = 24 // _TP_OVERSAMPLE  # the filter's group delay, in frames
    peaks = np.zeros(len(x), np.float32)
    for channel in ([x] if x.ndim == 1 else [x[:, c] for c in range(x.shape[1])]):
        np.maximum(peaks, np.abs(channel), out=peaks)
        for phase in _interpolation_phases():
            y = np.convolve(channel, phase)[delay: delay + len(x)]
            np.maximum(peaks, np.abs(y, out=y), out=peaks)
    return peaks


def true_peak_db(x: np.ndarray) -> float:
    """True peak in dBTP."""
    peaks = _peaks_per_frame(x)
    peak = float(peaks.max()) if len(peaks) else 0.0
    return 20.0 * math.log10(peak) if peak > 0 else float("-inf")


def _gain_curve(peaks: np.ndarray, ceiling: float, rate: int,
                lookahead_s: float = 0.005) -> np.ndarray | None:
    """The limiter's gain per frame, or None when no peak is over `ceiling` (linear)."""
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12)).astype(np.float32)
    if need.min() >= 1.0:
        return None
    w = max(1, int(lookahead_s * rate))
    # min over +-w, then a moving mean over w: every output gain is an average of values that
    # are each <= the need at that point, so no peak escapes, and the ramps have no corner.
    gain = uniform_filter1d(minimum_filter1d(need, size=2 * w + 1, mode="nearest"),
                            size=w, mode="nearest")
    return np.minimum(gain, 1.0)


def _apply(x: np.ndarray, gain: float, curve: np.ndarray | None) -> np.ndarray:
    if curve is None:
        return (x * np.float32(gain)).astype(np.float32)
    curve = curve * np.float32(gain)
    return (x * (curve if x.ndim == 1 else curve[:, None])).astype(np.float32)


def limit(x: np.ndarray, rate: int, ceiling_db: float, lookahead_s: float = 0.005) -> np.ndarray:
    """A look-ahead peak limiter: the gain reaches what each true peak needs before the peak and
    recovers over the same time, never going above what any nearby peak allows."""
    curve = _gain_curve(_peaks_per_frame(x), 10.0 ** (ceiling_db / 20.0), rate, lookahead_s)
    return _apply(x, 1.0, curve)


@dataclass
class LoudnessReport:
    input_lufs: float
    output_lufs: float
    true_peak_db: float
    gain_db: float
    limited: bool
    target_lufs: float | None = None
    ceiling_db: float | None = None
    note: str = ""

    def to_dict(self) -> dict:
        def num(v):
            return None if v is None or not math.isfinite(v) else round(v, 2)

        return {"input_lufs": num(self.input_lufs), "output_lufs": num(self.output_lufs),
                "true_peak_dbtp": num(self.true_peak_db), "gain_db": num(self.gain_db),
                "limited": self.limited, "target_lufs": self.target_lufs,
                "ceiling_dbtp": self.ceiling_db, "note": self.note}


def normalize(x: np.ndarray, rate: int, target_lufs: float, ceiling_db: float,
              margin_db: float = 0.15) -> tuple[np.ndarray, LoudnessReport]:
    """Gain to `target_lufs`, limited so the true peak stays under `ceiling_db`. Limiting lowers
    the loudness a little, so the gain is corrected over a few rounds. The true peaks are
    measured once on the input (a gain scales them) and checked once at the end: oversampling a
    long voice-over is the costly part."""
    x = as_frames(x).astype(np.float32)
    measured = loudness(x, rate)
    if not math.isfinite(measured):
        tp = true_peak_db(x)
        return x, LoudnessReport(measured, measured, tp, 0.0, False, target_lufs, ceiling_db,
                                 note="too short or silent to measure; left as it is")
    peaks = _peaks_per_frame(x)
    ceiling = 10.0 ** ((ceiling_db - margin_db) / 20.0)
    gain_db, tried = target_lufs - measured, []
    for _ in range(8):
        gain = 10.0 ** (gain_db / 20.0)
        curve = _gain_curve(peaks * np.float32(gain), ceiling, rate)
        y = _apply(x, gain, curve)
        # without limiting, loudness follows the gain exactly: no need to measure again
        current = measured + gain_db if curve is None else loudness(y, rate)
        if abs(current - target_lufs) < 0.05:
            break
        tried.append((gain_db, current))
        gain_db += (target_lufs - current) / _slope(tried)
    limited = curve is not None
    tp = true_peak_db(y)
    if tp > ceiling_db:  # a last safety: never above the ceiling, even if a little quieter
        y = (y * np.float32(10.0 ** ((ceiling_db - margin_db - tp) / 20.0))).astype(np.float32)
        current, tp = loudness(y, rate), true_peak_db(y)
    return y, LoudnessReport(measured, current, tp, current - measured, limited, target_lufs,
                             ceiling_db)


def _slope(tried: list[tuple[float, float]]) -> float:
    """dLoudness/dGain from the last two tries (secant), within sane bounds."""
    if len(tried) < 2 or tried[-1][0] == tried[-2][0]:
        return 1.0
    (g0, l0), (g1, l1) = tried[-2:]
    return min(1.0, max(0.2, (l1 - l0) / (g1 - g0)))


def envelope(x: np.ndarray, points: int = 800) -> list[float]:
    """Peak magnitude per bucket (0..1), `points` buckets at most: the waveform view's data."""
    x = np.abs(as_frames(x))
    if x.ndim == 2:
        x = x.max(axis=1)
    if len(x) == 0:
        return []
    points = max(1, min(points, len(x)))
    edges = np.linspace(0, len(x), points + 1).astype(int)
    return [round(float(v), 4) for v in np.maximum.reduceat(x, edges[:-1])]
