"""Local neural text-to-speech through transformers: VITS models (Meta's MMS voices, Kakao's VITS)
loaded from a local folder, in the model worker. One sentence at a time: the transcript gets its
timing, memory stays bounded, and cancel is honoured between sentences."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from app.core.assets import GenerationRecord, Where
from app.core.i18n import tr
from app.core.util import now_iso
from app.providers.audio import devices, models, options, voices
from app.providers.audio.errors import NotATtsModelError, UnreadableScriptError
from app.providers.audio.script import chunk_script, clean_script
from app.providers.base import ProviderInfo, RunsIn

log = logging.getLogger(__name__)
SUPPORTED = ("vits",)
_SENTENCE_LIMIT = 400  # characters a VITS model takes comfortably at once


def model_dir_for(request, settings) -> Path:
    ident = request.model or voices.voice_name(request)
    return models.resolve_model_dir(ident, models.model_folders(settings))


class LocalTtsProvider:
    id = voices.LOCAL_TTS
    kind = "audio"

    def __init__(self):
        self._loaded: tuple[str, object, object, str] | None = None  # folder, model, tok, device

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        folder = model_dir_for(request, settings)
        kind = models.family(folder)
        licence, commercial = models.licence_of(folder, kind)
        return ProviderInfo(id=cls.id, kind="audio", label=tr("Local voice ({model})",
                                                              model=folder.name),
                            where=Where.LOCAL, runs_in=RunsIn.WORKER, model=folder.name,
                            licence=licence, commercial_use=commercial)

    def _load(self, folder: Path, ctx):
        import torch
        from transformers import AutoTokenizer, VitsModel

        device = devices.pick_device(ctx.settings)
        if self._loaded and self._loaded[0] == str(folder) and self._loaded[3] == device:
            return self._loaded[1], self._loaded[2], device
        kind = models.family(folder)
        if kind not in SUPPORTED:
            raise NotATtsModelError(model=folder.name, reason=kind or "no config.json")
        ctx.loading(tr("Loading the voice {model}", model=folder.name))
        self._loaded = None
        try:
            tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
            model = VitsModel.from_pretrained(folder, local_files_only=True,
                                              use_safetensors=True).to(device).eval()
        except OSError as exc:
            raise NotATtsModelError(model=folder.name, reason=str(exc)[:200]) from exc
        torch.set_grad_enabled(False)
        self._loaded = (str(folder), model, tokenizer, device)
        return model, tokenizer, device

    def generate(self, request, ctx) -> list:
        import torch

        from app.providers.audio import dsp
        from app.providers.audio.master import excerpt, render

        started, clock = now_iso(), time.perf_counter()
        script = clean_script(request.speech)
        rate, pause = options.rate_of(request), options.pause_of(request)
        if options.pitch_of(request):
            log.info("pitch is not adjustable on VITS voices; ignored")
        options.mastering(request)
        folder = model_dir_for(request, ctx.settings)
        model, tokenizer, device = self._load(folder, ctx)
        seed = request.seed if request.seed is not None else int(time.time()) % 2**31
        sentences = chunk_script(script, _SENTENCE_LIMIT, per_sentence=True)
        model.speaking_rate = rate
        torch.manual_seed(seed)  # VITS samples its noise from the global generator
        pieces, spoken = [], []
        for index, sentence in enumerate(sentences, 1):
            ctx.check()
            inputs = tokenizer(sentence, return_tensors="pt")
            if inputs["input_ids"].shape[-1] == 0:
                continue  # nothing this voice can read in this sentence (digits, symbols)
            with torch.inference_mode():
                wave = model(**{k: v.to(device) for k, v in inputs.items()}).waveform
            pieces.append(dsp.trim_silence(wave[0].float().cpu().numpy(),
                                           model.config.sampling_rate))
            spoken.append(sentence)
            ctx.progress(index, len(sentences), tr("Speaking sentence {n} of {total}",
                                                   n=index, total=len(sentences)))
        if not pieces:
            raise UnreadableScriptError(voice=folder.name)
        sr = model.config.sampling_rate
        audio, spans = dsp.join(pieces, sr, pause)
        timing = [{"start": s, "end": e, "text": t} for (s, e), t in zip(spans, spoken,
                                                                          strict=True)]
        licence, commercial = models.licence_of(folder, models.family(folder))
        record = GenerationRecord(
            provider=self.id, model=folder.name, licence=licence, commercial_use=commercial,
            where=Where.LOCAL, prompt=script, seed=seed, started_at=started,
            parameters={"voice": request.voice or folder.name, "rate": rate, "pause_s": pause},
            device=devices.device_label(device))
        output = render(audio, sr, request, ctx, record=record, title=excerpt(script),
                        transcript=script, timing=timing,
                        meta={"voice": request.voice or f"tts:{folder.name}",
                              "skipped_sentences": len(sentences) - len(spoken)})
        record.duration_s = round(time.perf_counter() - clock, 3)
        return [output]

