"""Local text-to-music and sound: MusicGen through transformers, Stable Audio and AudioLDM 2
through diffusers, each loaded from a local folder in the model worker. Duration and seed are
honoured; the model's licence is recorded (MusicGen's weights are non-commercial)."""

from __future__ import annotations

import math
import time
from pathlib import Path

from app.core.assets import GenerationRecord, Where
from app.core.i18n import tr
from app.core.util import now_iso
from app.providers.audio import devices, models, options, voices
from app.providers.audio.errors import (
    InvalidAudioSettingError,
    NoMusicModelError,
    NotAMusicModelError,
)
from app.providers.base import ProviderInfo, RunsIn

TRANSFORMERS_FAMILIES = models.MUSIC_TRANSFORMERS_FAMILIES
DIFFUSERS_FAMILIES = models.MUSIC_DIFFUSERS_FAMILIES
KNOWN_IDS = models.KNOWN_MUSIC_IDS
_DEFAULT_STEPS = {"StableAudioPipeline": 100, "AudioLDM2Pipeline": 200, "AudioLDMPipeline": 100}


def find_music_model(settings) -> Path:
    """The first music model on this machine: a known id in the Hugging Face cache, else a
    music-model folder in the model folders."""
    found = models.list_music_models(settings)
    if not found:
        raise NoMusicModelError()
    return found[0]


def music_dir_for(request, settings) -> Path:
    if request.model:
        return models.resolve_model_dir(request.model, models.model_folders(settings))
    return find_music_model(settings)


class LocalMusicProvider:
    id = voices.MUSIC
    kind = "audio"

    def __init__(self):
        self._loaded: tuple | None = None  # (folder, device, objects...)

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        folder = music_dir_for(request, settings)
        family = models.family(folder)
        licence, commercial = models.licence_of(folder, family)
        return ProviderInfo(id=cls.id, kind="audio", label=tr("Local music ({model})",
                                                              model=folder.name),
                            where=Where.LOCAL, runs_in=RunsIn.WORKER, model=folder.name,
                            licence=licence, commercial_use=commercial)

    def generate(self, request, ctx) -> list:
        import torch

        from app.providers.audio.master import render

        started, clock = now_iso(), time.perf_counter()
        prompt = " ".join((request.music or "").split())
        if not prompt:
            raise InvalidAudioSettingError(what=tr("the music prompt is empty"))
        duration = options.duration_of(request)
        options.mastering(request)
        folder = music_dir_for(request, ctx.settings)
        family = models.family(folder)
        if family not in TRANSFORMERS_FAMILIES + DIFFUSERS_FAMILIES:
            raise NotAMusicModelError(model=folder.name, reason=family or "no config")
        seed = request.seed if request.seed is not None else int(time.time() * 1000) % 2**31
        device = devices.pick_device(ctx.settings)
        with torch.inference_mode():
            if family in TRANSFORMERS_FAMILIES:
                audio, rate, params = self._musicgen(folder, device, prompt, duration, seed,
                                                     request, ctx)
            else:
                audio, rate, params = self._diffusers(folder, family, device, prompt, duration,
                                                      seed, request, ctx)
        licence, commercial = models.licence_of(folder, family)
        record = GenerationRecord(
            provider=self.id, model=folder.name, licence=licence, commercial_use=commercial,
            where=Where.LOCAL, prompt=prompt,
            negative_prompt=str((request.options or {}).get("negative", "")), seed=seed,
            parameters={"duration_s": duration, "family": family, **params},
            started_at=started, device=devices.device_label(device))
        output = render(audio, rate, request, ctx, record=record,
                        title=tr("Music, {seconds} s", seconds=f"{duration:g}"),
                        meta={"family": family})
        record.duration_s = round(time.perf_counter() - clock, 3)
        return [output]

    # --- MusicGen (transformers) --------------------------------------------------------------
    def _musicgen(self, folder, device, prompt, duration, seed, request, ctx):
        import torch
        from transformers import AutoProcessor, MusicgenForConditionalGeneration
        from transformers.generation import StoppingCriteria, StoppingCriteriaList

        def load():
            processor = AutoProcessor.from_pretrained(folder, local_files_only=True)
            model = MusicgenForConditionalGeneration.from_pretrained(
                folder, local_files_only=True, use_safetensors=True,
                dtype=torch.float16 if device == "cuda" else torch.float32).to(device).eval()
            return processor, model

        processor, model = self._cached(folder, device, load, ctx)
        frame_rate = model.config.audio_encoder.frame_rate
        codebooks = model.decoder.num_codebooks
        limit = (model.config.decoder.max_position_embeddings - codebooks) / frame_rate
        if duration > limit:
            raise InvalidAudioSettingError(what=tr("duration {seconds} s (this model makes at "
                                                   "most {limit} s)", seconds=f"{duration:g}",
                                                   limit=f"{math.floor(limit):g}"))
        tokens = math.ceil(duration * frame_rate) + codebooks - 1
        guidance = float((request.options or {}).get("guidance") or
                         model.generation_config.guidance_scale or 3.0)

        class Steps(StoppingCriteria):
            """Reports each generated frame and stops at once on cancel."""

            def __init__(self):
                self.step = 0

            def __call__(self, input_ids, scores, **kwargs):
                self.step += 1
                ctx.check()
                if self.step % 10 == 0 or self.step == tokens:
                    ctx.progress(self.step, tokens, tr("Composing"))
                return torch.zeros(input_ids.shape[0], dtype=torch.bool, device=input_ids.device)

        inputs = processor(text=[prompt], padding=True, return_tensors="pt").to(device)
        torch.manual_seed(seed)
        values = model.generate(**inputs, max_new_tokens=tokens, do_sample=True,
                                guidance_scale=guidance,
                                stopping_criteria=StoppingCriteriaList([Steps()]))
        rate = model.config.audio_encoder.sampling_rate
        audio = values[0].float().cpu().numpy().T[: round(duration * rate)]
        return audio, rate, {"guidance": guidance, "tokens": tokens}

    # --- Stable Audio, AudioLDM 2 (diffusers) -------------------------------------------------
    def _diffusers(self, folder, family, device, prompt, duration, seed, request, ctx):
        import torch
        from diffusers import DiffusionPipeline

        def load():
            dtype = torch.float16 if device == "cuda" else torch.float32
            pipe = DiffusionPipeline.from_pretrained(folder, local_files_only=True,
                                                     use_safetensors=True, dtype=dtype)
            pipe.set_progress_bar_config(disable=True)
            return (pipe.to(device),)

        (pipe,) = self._cached(folder, device, load, ctx)
        opts = request.options or {}
        steps = int(opts.get("steps") or _DEFAULT_STEPS.get(family, 50))
        kwargs = {"num_inference_steps": steps,
                  "generator": torch.Generator("cpu").manual_seed(seed)}
        if opts.get("guidance") is not None:
            kwargs["guidance_scale"] = float(opts["guidance"])
        if opts.get("negative"):
            kwargs["negative_prompt"] = str(opts["negative"])
        if family == "StableAudioPipeline":
            rate = pipe.vae.config.sampling_rate
            limit = pipe.transformer.config.sample_size * pipe.vae.hop_length / rate
            kwargs["audio_end_in_s"] = duration
        else:
            rate = pipe.vocoder.config.sampling_rate
            limit = 600.0
            kwargs["audio_length_in_s"] = duration
        if duration > limit + 1e-6:
            raise InvalidAudioSettingError(what=tr("duration {seconds} s (this model makes at "
                                                   "most {limit} s)", seconds=f"{duration:g}",
                                                   limit=f"{math.floor(limit):g}"))

        def on_step(step, timestep, latents):
            ctx.check()  # raising here stops the pipeline at once; it stays usable
            ctx.progress(step + 1, steps, tr("Composing"))

        result = pipe(prompt, callback=on_step, callback_steps=1, **kwargs)
        audio = result.audios[0]
        audio = audio.float().cpu().numpy() if hasattr(audio, "cpu") else audio
        from app.providers.audio import dsp

        audio = dsp.as_frames(audio)[: round(duration * rate)]
        return audio, rate, {"steps": steps, **({"guidance": kwargs["guidance_scale"]}
                                                if "guidance_scale" in kwargs else {})}

    def _cached(self, folder: Path, device: str, load, ctx):
        key = (str(folder), device)
        if self._loaded is None or self._loaded[0] != key:
            self._loaded = None  # free the previous model before loading the next
            ctx.loading(tr("Loading the music model {model}", model=folder.name))
            try:
                self._loaded = (key, load())
            except OSError as exc:
                raise NotAMusicModelError(model=folder.name, reason=str(exc)[:200]) from exc
        return self._loaded[1]
