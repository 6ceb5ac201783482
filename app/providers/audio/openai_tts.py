"""OpenAI text-to-speech (and any server speaking its `/v1/audio/speech` API) through the `openai`
package, in the network pool. A script longer than the API takes (4,096 characters) is sent in
pieces cut at sentence boundaries and joined without clicks."""

from __future__ import annotations

import logging
import time

from app.core.assets import GenerationRecord, Where
from app.core.errors import ProviderError
from app.core.i18n import tr
from app.core.net import classify_url, host_of
from app.core.settings import Settings
from app.core.util import now_iso
from app.providers.audio import options, voices
from app.providers.audio.script import chunk_script, clean_script
from app.providers.base import ProviderInfo, RunsIn

log = logging.getLogger(__name__)
DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini-tts"
DEFAULT_VOICE = "alloy"
MAX_INPUT_CHARS = 4096
_PIECE_CHARS = 4000  # a margin under the API's limit
_RESPONSE_FORMATS = ("wav", "flac", "pcm", "mp3")
LICENCE = "OpenAI terms of use (the output is yours; say that the voice is AI-generated)"


def _settings(settings) -> Settings:
    return Settings.from_dict(settings) if isinstance(settings, dict) else settings or Settings()


def endpoint_for(request, settings) -> dict:
    """Base URL, model, timeout, where, and the id its API key is stored under."""
    settings = _settings(settings)
    config = settings.provider(request.provider) if request.provider else None
    base_url = request.base_url or (config.base_url if config else "") or DEFAULT_BASE_URL
    where = classify_url(base_url)
    if config is not None and config.where in ("local", "lan", "cloud"):
        where = Where(config.where)
    return {"base_url": base_url, "model": request.model or (config.model if config else "")
            or DEFAULT_MODEL, "timeout": float(config.timeout_s) if config else 60.0,
            "where": where, "cloud": bool(config and config.where == "cloud"),
            "key_id": config.id if config else "openai",
            "label": (config.label or config.id) if config else "OpenAI TTS"}


class OpenAITtsProvider:
    id = voices.OPENAI
    kind = "audio"

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        ep = endpoint_for(request, settings)
        return ProviderInfo(id=request.provider or cls.id, kind="audio", label=ep["label"],
                            where=ep["where"], runs_in=RunsIn.POOL, model=ep["model"],
                            licence=LICENCE, commercial_use="yes",
                            endpoint=host_of(ep["base_url"]), configured_as_cloud=ep["cloud"])

    def generate(self, request, ctx) -> list:
        from app.providers.audio import dsp
        from app.providers.audio.master import excerpt, render
        from app.providers.openai_common import call_with_retries, make_client
        from app.providers.secrets import get_api_key

        started, clock = now_iso(), time.perf_counter()
        script = clean_script(request.speech)
        rate = options.rate_of(request)
        if options.pitch_of(request):
            log.info("pitch is not adjustable on OpenAI voices; ignored")
        options.mastering(request)
        ep = endpoint_for(request, ctx.settings)
        label = ep["label"]
        voice = voices.voice_name(request, DEFAULT_VOICE)
        fmt = str((request.options or {}).get("response_format", "wav")).lower()
        if fmt not in _RESPONSE_FORMATS:
            fmt = "wav"
        key, _ = get_api_key(ep["key_id"])
        client = make_client(ep["base_url"], key, timeout=ep["timeout"])
        params = {"model": ep["model"], "voice": {"id": voice} if voice.startswith("voice_")
                  else voice, "response_format": fmt}
        if rate != 1.0:
            params["speed"] = rate
        if (request.options or {}).get("instructions"):
            params["instructions"] = str(request.options["instructions"])
        pieces_text = chunk_script(script, _PIECE_CHARS)
        pieces, sample_rate = [], 24000
        for index, text in enumerate(pieces_text, 1):
            ctx.check()
            data = call_with_retries(
                lambda text=text: client.audio.speech.create(input=text, **params).content,
                provider=label, cancel=ctx.cancel, timeout=ep["timeout"])
            audio, sample_rate = _decode(data, fmt, label)
            pieces.append(dsp.trim_silence(audio, sample_rate))
            ctx.progress(index, len(pieces_text), tr("Speaking part {n} of {total}", n=index,
                                                     total=len(pieces_text)))
        audio, spans = dsp.join(pieces, sample_rate, options.pause_of(request))
        timing = [{"start": s, "end": e, "text": t}
                  for (s, e), t in zip(spans, pieces_text, strict=True)]
        record = GenerationRecord(
            provider=request.provider or self.id, model=ep["model"], licence=LICENCE,
            commercial_use="yes", where=ep["where"], endpoint=host_of(ep["base_url"]),
            prompt=script, started_at=started, tokens={"characters": len(script)},
            parameters={"voice": f"openai:{voice}", "rate": rate,
                        "requests": len(pieces_text)})
        output = render(audio, sample_rate, request, ctx, record=record, title=excerpt(script),
                        transcript=script, timing=timing, meta={"voice": f"openai:{voice}"})
        record.duration_s = round(time.perf_counter() - clock, 3)
        return [output]


def _decode(data: bytes, fmt: str, label: str):
    import numpy as np

    from app.providers.audio.audiofile import read_audio

    if fmt == "pcm":  # raw 24 kHz 16-bit little-endian mono, as the API documents
        return np.frombuffer(data[: len(data) // 2 * 2], "<i2").astype(np.float32) / 32768, 24000
    try:
        return read_audio(data)
    except Exception as exc:
        raise ProviderError(provider=label, reason=tr("its answer is not audio ({size} bytes)",
                                                      size=len(data)),
                            details=repr(exc)) from exc
