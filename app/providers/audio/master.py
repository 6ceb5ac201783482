"""The last step of every audio job, whatever the engine: mix over a bed when asked, bring the
loudness to the target under the true-peak ceiling, encode, and describe the result (duration,
sample rate, transcript with its timing, the loudness measured)."""

from __future__ import annotations

import math

import numpy as np

from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord
from app.core.i18n import tr
from app.core.jobs import Stage
from app.providers.audio import dsp, options
from app.providers.audio.audiofile import encode_under_ceiling, read_audio
from app.providers.audio.errors import BedError, SilentOutputError
from app.providers.audio.mix import mix_over_bed


def render(audio, rate: int, request, ctx, *, record: GenerationRecord, title: str = "",
           transcript: str = "", timing: list[dict] | None = None,
           meta: dict | None = None) -> GeneratedOutput:
    m = options.mastering(request)
    audio = dsp.as_frames(audio)
    if not len(audio) or not np.isfinite(audio).all():
        raise SilentOutputError(provider=record.provider, model=record.model)
    ctx.check()
    ctx.progress(0, 0, tr("Mixing and levelling"), stage=Stage.SAVING)
    offset = 0.0
    meta = dict(meta or {})
    if m.bed_path:
        bed, bed_rate = _read_bed(m.bed_path)
        audio, rate, offset = mix_over_bed(audio, rate, bed, bed_rate, m)
        meta["voice_starts_s"] = round(offset, 3)
    if m.target_lufs is not None:
        audio, report = dsp.normalize(audio, rate, m.target_lufs, m.ceiling_db)
        meta["loudness"] = report.to_dict()
    else:  # level left alone, but never clipped
        peak = dsp.true_peak_db(audio)
        if math.isfinite(peak) and peak > 0.0:
            audio = audio * np.float32(10 ** (-peak / 20 - 0.01))
    ctx.check()
    ceiling = m.ceiling_db if m.target_lufs is not None else None
    data, out_rate, peak = encode_under_ceiling(audio, rate, m.output_format, ceiling)
    if "loudness" in meta:
        meta["loudness"]["true_peak_dbtp"] = round(peak, 2) if math.isfinite(peak) else None
    if timing:
        meta["timing"] = [{**t, "start": round(t["start"] + offset, 3),
                           "end": round(t["end"] + offset, 3)} for t in timing]
    meta["channels"] = dsp.channels(audio)
    record.parameters = {**record.parameters, **m.to_dict()}
    return GeneratedOutput(kind=AssetKind.AUDIO, data=data, ext=m.output_format,
                           mime=options.FORMATS[m.output_format], record=record,
                           duration_s=round(len(audio) / rate, 3), sample_rate=out_rate,
                           title=title, transcript=transcript, meta=meta)


def _read_bed(path: str):
    try:
        bed, rate = read_audio(path)
    except Exception as exc:  # missing, unreadable, not audio: all say the same to a user
        raise BedError(ident=path, reason=str(exc) or type(exc).__name__) from exc
    if not len(bed):
        raise BedError(ident=path, reason=tr("it is empty"))
    return bed, rate


def excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
