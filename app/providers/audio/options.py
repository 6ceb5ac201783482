"""What an audio request asks for beyond its fields, read and checked once (no heavy import: the
services check a request with it before the job is queued).

`AudioRequest.options` keys:
  loudness     "web" (-16 LUFS), "broadcast" (-23 LUFS, EBU R128), "none", or a number (LUFS)
  true_peak    the true-peak ceiling in dBTP (default -1.0)
  bed_path     a music bed to mix the voice over (the services fill it from `bed`, an asset id)
  duck_db      how far the bed goes down under the voice (default 12 dB)
  bed_db       the bed's level before ducking, relative to the voice's loudness (default -6 LU)
  preroll_s    bed alone before the voice starts (default 1.5 s); tail_s: after it ends (2.0 s)
  fade_in_s    fade-in of the bed (0.5 s); fade_out_s: fade-out at the end (1.5 s)
  pause_s      silence between sentences (default 0.25 s)
  language     the language of the script (chooses a voice when none is given)
  steps, guidance, negative   diffusion settings for music models
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.core.i18n import tr
from app.providers.audio.errors import InvalidAudioSettingError, UnsupportedFormatError

FORMATS = {"wav": "audio/wav", "flac": "audio/flac", "mp3": "audio/mpeg"}
LOUDNESS_PRESETS = {"web": -16.0, "podcast": -16.0, "broadcast": -23.0, "ebu": -23.0,
                    "r128": -23.0}
DEFAULT_LOUDNESS = "web"
DEFAULT_TRUE_PEAK = -1.0


@dataclass(frozen=True)
class Mastering:
    target_lufs: float | None  # None: leave the level as the engine made it
    ceiling_db: float
    output_format: str
    bed_path: str = ""
    duck_db: float = 12.0
    bed_db: float = -6.0
    preroll_s: float = 1.5
    tail_s: float = 2.0
    fade_in_s: float = 0.5
    fade_out_s: float = 1.5

    def to_dict(self) -> dict:
        data = {"loudness_lufs": self.target_lufs, "true_peak_dbtp": self.ceiling_db,
                "format": self.output_format}
        if self.bed_path:
            data.update(duck_db=self.duck_db, bed_db=self.bed_db, preroll_s=self.preroll_s,
                        tail_s=self.tail_s, fade_in_s=self.fade_in_s, fade_out_s=self.fade_out_s)
        return data


def output_format(request) -> str:
    fmt = (request.output_format or "wav").lower().lstrip(".")
    if fmt not in FORMATS:
        raise UnsupportedFormatError(format=request.output_format)
    return fmt


def loudness_target(value) -> float | None:
    if value is None or value == "":
        value = DEFAULT_LOUDNESS
    if isinstance(value, str):
        key = value.strip().lower()
        if key in ("none", "off", "raw"):
            return None
        if key in LOUDNESS_PRESETS:
            return LOUDNESS_PRESETS[key]
        value = key.removesuffix("lufs").strip()
    number = _number("loudness", value)
    if not -40.0 <= number <= -5.0:
        raise InvalidAudioSettingError(what=tr("{name} = {value} (between {low} and {high})",
                                               name="loudness", value=f"{number:g}", low="-40",
                                               high="-5"))
    return number


def mastering(request) -> Mastering:
    """The mastering a request asks for, checked (raises a clear error on a bad value)."""
    opts = request.options or {}
    ceiling = _number("true_peak", opts.get("true_peak", DEFAULT_TRUE_PEAK))
    if not -20.0 <= ceiling <= 0.0:
        raise InvalidAudioSettingError(what=tr("{name} = {value} (between {low} and {high})",
                                               name="true_peak", value=f"{ceiling:g}",
                                               low="-20", high="0"))
    values = {}
    for key, low, high in (("duck_db", 0, 40), ("bed_db", -40, 10), ("preroll_s", 0, 30),
                           ("tail_s", 0, 30), ("fade_in_s", 0, 30), ("fade_out_s", 0, 30)):
        if opts.get(key) is not None:
            values[key] = _bounded(key, opts[key], low, high)
    return Mastering(target_lufs=loudness_target(opts.get("loudness")), ceiling_db=ceiling,
                     output_format=output_format(request), bed_path=opts.get("bed_path", ""),
                     **values)


def rate_of(request) -> float:
    """Speaking rate as a factor of the voice's normal speed (1.0)."""
    if request.rate is None:
        return 1.0
    return _bounded("rate", request.rate, 0.25, 4.0)


def pitch_of(request) -> float:
    """Pitch shift from -1 (lowest) to 1 (highest); 0 is the voice's own."""
    if request.pitch is None:
        return 0.0
    return _bounded("pitch", request.pitch, -1.0, 1.0)


def pause_of(request) -> float:
    return _bounded("pause_s", (request.options or {}).get("pause_s", 0.25), 0.0, 5.0)


def duration_of(request, default: float = 10.0, maximum: float = 600.0) -> float:
    value = default if request.duration is None else request.duration
    return _bounded("duration", value, 0.5, maximum)


def _number(name: str, value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidAudioSettingError(what=f"{name} = {value!r}") from None
    if not math.isfinite(number):
        raise InvalidAudioSettingError(what=f"{name} = {value!r}")
    return number


def _bounded(name: str, value, low: float, high: float) -> float:
    number = _number(name, value)
    if not low <= number <= high:
        raise InvalidAudioSettingError(what=tr("{name} = {value} (between {low} and {high})",
                                               name=name, value=f"{number:g}", low=f"{low:g}",
                                               high=f"{high:g}"))
    return number
