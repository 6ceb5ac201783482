"""Text generation in process with transformers, for no server at all: model folders
(safetensors) and GGUF files, and the built-in SmolLM2 GGUF (draft quality). Runs in the worker
process; the loaded model is kept for the next job. Streams the text through the job's progress
and stops at the next token when the user cancels, keeping the text so far as a partial output
(carried by the CancelledError, as the engine expects)."""

from __future__ import annotations

import copy
import logging
import os
import shutil
import threading
import time
from pathlib import Path

from app.core.assets import GeneratedOutput, GenerationRecord, Where
from app.core.errors import CancelledError, ModelFormatError
from app.core.i18n import tr
from app.core.paths import models_dir
from app.core.util import now_iso
from app.providers.base import JobContext, ProviderInfo, RunsIn
from app.providers.text.models import LocalTextModel, resolve_model
from app.providers.text.outputs import cancelled_with, text_output

log = logging.getLogger(__name__)
DEFAULT_MAX_NEW_TOKENS = 512
REPORT_EVERY_S = 0.03


class TransformersTextProvider:
    id = "transformers"
    kind = "text"

    def __init__(self):
        self._loaded: tuple | None = None  # (model key, tokenizer, model, device)
        self._lock = threading.Lock()

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        model = resolve_model(request.model)
        return ProviderInfo(
            id=request.provider or cls.id, kind="text", label=model.label or model.id,
            where=Where.LOCAL, runs_in=RunsIn.WORKER, model=model.id, licence=model.licence,
            commercial_use=model.commercial_use,
            notes="draft quality" if model.draft_quality else "")

    def generate(self, request, ctx: JobContext) -> list[GeneratedOutput]:
        spec = resolve_model(request.model)
        with self._lock:  # one generation at a time per loaded model
            tokenizer, model, device = self._load(spec, ctx)
            ctx.check()
            return [self._run(request, ctx, spec, tokenizer, model, device)]

    # --- loading ---------------------------------------------------------------------------
    def _load(self, spec: LocalTextModel, ctx: JobContext):
        if self._loaded and self._loaded[0] == spec.key:
            return self._loaded[1:]
        ctx.loading(tr("Loading the text model {name}", name=spec.label or spec.id))
        self._loaded = None  # free the previous model before loading the next
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        device = _device(ctx.settings)
        dtype = torch.float16 if device == "cuda" else torch.float32
        converted = converted_folder(spec)
        try:
            if converted is not None and (converted / ".complete").is_file():
                tokenizer = AutoTokenizer.from_pretrained(converted, local_files_only=True)
                model = AutoModelForCausalLM.from_pretrained(
                    converted, local_files_only=True, use_safetensors=True, dtype=dtype)
            else:
                kwargs = {"gguf_file": spec.gguf_file} if spec.gguf_file else {
                    "use_safetensors": True}
                tokenizer = AutoTokenizer.from_pretrained(spec.folder, local_files_only=True,
                                                          **kwargs)
                model = AutoModelForCausalLM.from_pretrained(
                    spec.folder, local_files_only=True, dtype=dtype, **kwargs)
                if converted is not None:
                    _save_converted(tokenizer, model, converted)
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise ModelFormatError(provider=self.id, model=spec.label or spec.id,
                                   reason=str(exc)[:300], details=repr(exc)) from exc
        model.to(device).eval()
        self._loaded = (spec.key, tokenizer, model, device)
        return tokenizer, model, device

    # --- generating ------------------------------------------------------------------------
    def _run(self, request, ctx, spec, tokenizer, model, device) -> GeneratedOutput:
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList, TextStreamer

        inputs = _encode(tokenizer, request.system_prompt, request.prompt).to(device)
        n_in = inputs["input_ids"].shape[1]
        max_new = int(request.max_tokens or DEFAULT_MAX_NEW_TOKENS)
        state = {"text": "", "pieces": 0, "last": 0.0, "ttft": None}
        t0 = time.perf_counter()

        class Streamer(TextStreamer):
            def on_finalized_text(self, text: str, stream_end: bool = False) -> None:
                if not text:
                    return
                state["text"] += text
                state["pieces"] += 1
                now = time.perf_counter()
                if state["ttft"] is None:
                    state["ttft"] = now - t0
                if state["pieces"] == 1 or stream_end or now - state["last"] >= REPORT_EVERY_S:
                    ctx.progress(state["pieces"], max_new, text=state["text"])
                    state["last"] = now

        class StopOnCancel(StoppingCriteria):
            def __call__(self, input_ids, scores, **kwargs):
                return torch.full((input_ids.shape[0],), ctx.cancelled, dtype=torch.bool,
                                  device=input_ids.device)

        options = _sampling(request, tokenizer, max_new)
        started = now_iso()
        with torch.inference_mode():
            out = model.generate(**inputs, streamer=Streamer(tokenizer, skip_prompt=True,
                                                             skip_special_tokens=True),
                                 stopping_criteria=StoppingCriteriaList([StopOnCancel()]),
                                 **options)
        elapsed = time.perf_counter() - t0
        new_ids = out[0][n_in:]
        text = tokenizer.decode(new_ids, skip_special_tokens=True).strip()
        partial = ctx.cancelled
        if partial and not text:
            raise CancelledError()
        ctx.progress(len(new_ids), len(new_ids), text=text)
        record = GenerationRecord(
            provider=self.id, model=spec.id, licence=spec.licence,
            commercial_use=spec.commercial_use, where=Where.LOCAL, prompt=request.prompt,
            system_prompt=request.system_prompt,
            parameters={k: v for k, v in options.items() if k != "pad_token_id"},
            seed=request.options.get("seed"), started_at=started, finished_at=now_iso(),
            duration_s=round(elapsed, 3), tokens={"prompt": n_in, "completion": len(new_ids)},
            device=device, job_id=ctx.job_id)
        meta = {"ttft_s": _round(state["ttft"]), "draft_quality": spec.draft_quality}
        if len(new_ids) and elapsed > 0:
            meta["tokens_per_s"] = round(len(new_ids) / elapsed, 1)
        output = text_output(text, record, channel=request.channel, meta=meta, partial=partial)
        if partial:
            raise cancelled_with(output)
        return output


# GGUF files are parsed in pure Python three times per load (config, weights, tokenizer): 25 s
# for the built-in 98 MB model on a small CPU. Small ones are converted once into a safetensors
# folder (fp16) that loads in about a second; large ones are not (the copy would be huge).
CONVERT_MAX_BYTES = 256 * 1024 * 1024


def converted_folder(spec: LocalTextModel) -> Path | None:
    if not spec.gguf_file:
        return None
    source = spec.folder / spec.gguf_file
    try:
        stat = source.stat()
    except OSError:
        return None
    if stat.st_size > CONVERT_MAX_BYTES:
        return None
    return models_dir() / "converted" / f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}"


def _save_converted(tokenizer, model, target: Path) -> None:
    """Write the converted copy atomically; a failure only costs the next load its speed.
    transformers refuses save_pretrained on a GGUF-loaded model, so the weights are written
    with safetensors and the config without its GGUF quantization entry."""
    import torch
    from safetensors.torch import save_model

    work = target.with_name(f".{target.name}-{os.getpid()}")
    dtype = model.dtype
    try:
        work.mkdir(parents=True, exist_ok=True)
        tokenizer.save_pretrained(work)
        config = copy.deepcopy(model.config)
        if hasattr(config, "quantization_config"):
            del config.quantization_config
        config.dtype = "float16"
        config.save_pretrained(work)
        model.generation_config.save_pretrained(work)
        save_model(model.to(torch.float16), str(work / "model.safetensors"),
                   metadata={"format": "pt"})
        (work / ".complete").write_text("1")
        os.replace(work, target)
    except (OSError, ValueError, RuntimeError) as exc:
        log.warning("could not keep a converted copy of the model: %s", exc)
    finally:
        model.to(dtype)  # the session goes on with the same (now fp16-rounded) weights
        shutil.rmtree(work, ignore_errors=True)


def _encode(tokenizer, system: str, user: str):
    messages = ([{"role": "system", "content": system}] if system else []) + [
        {"role": "user", "content": user}]
    if getattr(tokenizer, "chat_template", None):
        return tokenizer.apply_chat_template(messages, add_generation_prompt=True,
                                             return_tensors="pt", return_dict=True)
    text = "\n\n".join(m["content"] for m in messages) + "\n\n"
    return tokenizer(text, return_tensors="pt")


def _sampling(request, tokenizer, max_new: int) -> dict:
    temperature = 0.7 if request.temperature is None else float(request.temperature)
    options = {"max_new_tokens": max_new,
               "repetition_penalty": float(request.options.get("repetition_penalty", 1.1))}
    if temperature > 0:
        options.update(do_sample=True, temperature=temperature,
                       top_p=float(request.options.get("top_p", 0.9)))
    else:
        options["do_sample"] = False
    seed = request.options.get("seed")
    if seed is not None:
        import torch

        torch.manual_seed(int(seed))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    if pad is not None:
        options["pad_token_id"] = pad
    return options


def _device(settings) -> str:
    import torch

    wanted = (settings or {}).get("device", "auto") if isinstance(settings, dict) else getattr(
        settings, "device", "auto")
    if wanted == "cpu":
        return "cpu"
    if torch.cuda.is_available() and wanted in ("auto", "cuda"):
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available() and wanted in (
            "auto", "mps"):
        return "mps"
    return "cpu"


def _round(value):
    return round(value, 4) if value is not None else None
