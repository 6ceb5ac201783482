"""One audio file, exported: decoded and re-encoded (no tags carried over from the stored file),
then signed with a C2PA manifest."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from app.export import c2pa_io

FORMATS = {"wav": ("WAV", "PCM_16"), "mp3": ("MP3", None)}


@dataclass
class AudioJob:
    source: Path
    dest: Path
    fmt: str = "wav"
    model: str = ""
    model_version: str = ""
    recipe: dict | None = None


def export_audio(job: AudioJob, signer) -> dict:
    import soundfile as sf

    data, rate = sf.read(str(job.source), always_2d=False)
    container, subtype = FORMATS[job.fmt]
    buf = io.BytesIO()
    kwargs = {"subtype": subtype} if subtype else {}
    sf.write(buf, data, rate, format=container, **kwargs)
    buf.seek(0)
    mime = c2pa_io.MIME[job.fmt]
    manifest = c2pa_io.build_manifest(title=job.dest.name, model=job.model,
                                      model_version=job.model_version, recipe=job.recipe)
    with open(job.dest, "wb") as fh:
        c2pa_io.sign(signer, mime, buf, fh, manifest)
    return {"c2pa": True, "mime": mime, "sample_rate": rate,
            "duration_s": round(len(data) / rate, 3) if rate else None}
