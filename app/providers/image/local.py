"""The local image provider: diffusers pipelines on this machine's GPU (CUDA, Apple MPS) or CPU,
run in the worker process. SD 1.x/2.x, SDXL, their Turbo/LCM variants, SD3 and FLUX through the
AutoPipeline classes; text-to-image, image-to-image and inpainting."""

from __future__ import annotations

import logging
from pathlib import Path

from app.core.assets import Where
from app.core.errors import (
    CancelledError,
    ModelNotFoundError,
    OutOfMemoryError,
    UsageError,
    VitrineError,
)
from app.core.i18n import tr
from app.providers.base import JobContext, ProviderInfo, RunsIn

log = logging.getLogger(__name__)


class LocalDiffusersProvider:
    id = "diffusers"
    kind = "image"

    def __init__(self):
        self._cache = None

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        """Cheap: the model is resolved from headers and the catalog, nothing is loaded."""
        from app.providers.models import discovery

        model, licence, commercial = request.model, "unknown", "unknown"
        try:
            entry = discovery.resolve(request.model, _settings_dict(settings))
            model, licence, commercial = entry.name, entry.licence, entry.commercial_use
        except (VitrineError, OSError) as exc:  # reported when the job runs, in full
            log.info("describe: %s", exc)
        return ProviderInfo(id=cls.id, kind="image", label=tr("Diffusers (this computer)"),
                            where=Where.LOCAL, runs_in=RunsIn.WORKER, model=model,
                            licence=licence, commercial_use=commercial)

    @property
    def cache(self):
        if self._cache is None:
            from app.providers.image.pipelines import PipelineCache

            self._cache = PipelineCache()
        return self._cache

    def generate(self, request, ctx: JobContext):
        from app.providers.image import devices, generation, pipelines
        from app.providers.models import discovery

        settings = ctx.settings or {}
        ctx.loading(tr("Finding the model"))
        entry = discovery.resolve(request.model, settings)
        if entry.kind != "checkpoint":
            raise UsageError(what=f"{entry.name} is a LoRA; name it with --lora, not --model")
        loras = [(_lora_path(ref, settings), weight) for ref, weight in request.loras]
        steps, guidance, seed = generation.settings_for(request, entry)
        weights = pipelines.fp32_bytes(entry)
        pixels = (request.width or 1024) * (request.height or 1024)
        plan = devices.plan(settings, weights, pixels)
        for attempt in (1, 2):
            loaded = self.cache.get(entry, plan, weights * (2 if plan.dtype != "float32" else 4)
                                    // 4, on_load=lambda: ctx.loading(
                                        tr("Loading {model}", model=entry.name)))
            ctx.check()  # a cancel during a long load ends the job before the first step
            pipelines.apply_loras(loaded, loras)
            job = generation.Job(request=request, ctx=ctx, loaded=loaded, cache=self.cache,
                                 steps=steps, guidance=guidance, seed=seed)
            try:
                return generation.run(job)
            except CancelledError as exc:
                raise generation.cancelled_with(job, exc) from None
            except Exception as exc:
                if not devices.is_out_of_memory(exc):
                    raise
                self.cache.clear()
                lower = _lower_mode(plan.memory_mode)
                if attempt == 2 or lower is None or settings.get("memory_mode", "auto") != "auto":
                    raise OutOfMemoryError(model=entry.name, details=repr(exc)) from exc
                log.warning("out of memory in %s mode; retrying in %s mode", plan.memory_mode,
                            lower)
                plan = devices.DevicePlan(plan.device, plan.dtype, lower, plan.label)
        raise AssertionError("unreachable")


def _lower_mode(mode: str) -> str | None:
    from app.providers.image.devices import MODES

    index = MODES.index(mode) if mode in MODES else len(MODES) - 1
    return MODES[index + 1] if index + 1 < len(MODES) else None


def _lora_path(ref: str, settings: dict) -> Path:
    from app.providers.models import discovery

    path = Path(ref).expanduser()
    if path.is_file():
        from app.providers.models import checkpoints

        checkpoints.refuse_pickle(path)
        checkpoints.read_header(path)
        return path
    try:
        return Path(discovery.resolve(ref, settings, kind="lora").path)
    except ModelNotFoundError:
        raise ModelNotFoundError(model=ref) from None


def _settings_dict(settings) -> dict:
    if settings is None:
        return {}
    return settings if isinstance(settings, dict) else settings.to_dict()
