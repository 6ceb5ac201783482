"""One image job on a loaded pipeline: sizes, seeds (diffusers' convention: a CPU generator per
image, consecutive seeds for a batch), the step callback (progress, previews, cancel within one
step), outpainting for extreme formats, the fit to exact pixels, the files with their metadata."""

from __future__ import annotations

import inspect
import io
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord, Where
from app.core.errors import CancelledError, UsageError
from app.core.i18n import tr
from app.core.util import new_id
from app.providers.image import formats, metadata, previews, schedulers
from app.providers.image.pipelines import LoadedModel, PipelineCache

DEFAULT_STEPS = 30
DEFAULT_STRENGTH = 0.75


@dataclass
class Job:
    request: object  # ImageRequest
    ctx: object  # JobContext
    loaded: LoadedModel
    cache: PipelineCache
    steps: int
    guidance: float | None
    seed: int
    calls_total: int = 1
    calls_done: int = 0
    outputs: list = field(default_factory=list)

    @property
    def family(self) -> str:
        return self.loaded.entry.family


def native_size(pipe) -> int:
    """The size the model was trained at: the UNet's (or transformer's) sample size times the
    VAE's scale factor."""
    scale = getattr(pipe, "vae_scale_factor", 8)
    unet = getattr(pipe, "unet", None)
    if unet is not None:
        sample = unet.config.sample_size
    else:
        sample = getattr(pipe, "default_sample_size", 64)
    sample = sample[0] if isinstance(sample, list | tuple) else sample
    return int(sample * scale)


def settings_for(request, entry) -> tuple[int, float | None, int]:
    defaults = entry.defaults or {}
    steps = request.steps or int(defaults.get("steps") or DEFAULT_STEPS)
    if steps < 1:
        raise UsageError(what="steps must be at least 1")
    guidance = request.guidance if request.guidance is not None else defaults.get("guidance")
    seed = request.seed if request.seed is not None else secrets.randbelow(2 ** 32)
    return steps, guidance, int(seed)


def run(job: Job) -> list[GeneratedOutput]:
    request = job.request
    base = job.loaded.base
    native = native_size(base)
    fmt_ids = list(request.options.get("formats") or ([request.format] if request.format else []))
    count = max(1, int(request.count or 1))
    if fmt_ids:
        plans = [(formats.get_format(f), formats.plan_format(formats.get_format(f), native))
                 for f in fmt_ids]
        groups: dict[tuple, list] = {}
        for fmt, plan in plans:
            groups.setdefault((plan.generate, plan.outpaint), []).append((fmt, plan))
        job.calls_total = count * sum(1 + (key[1] is not None) for key in groups)
        pack_id = new_id("pack") if len(fmt_ids) > 1 else ""
        for i in range(count):
            for (gen, outpaint), members in groups.items():
                _format_group(job, job.seed + i, gen, outpaint, members, pack_id)
        return job.outputs
    width = request.width or native
    height = request.height or native
    gen = formats.exact_size(width, height)
    job.calls_total = count
    for i in range(count):
        seed = job.seed + i
        image = _call(job, seed, gen)
        if image.size != (width, height):
            image = formats.fit(image, width, height)
        job.outputs.append(_output(job, image, seed, gen))
    return job.outputs


def _format_group(job: Job, seed: int, gen, outpaint, members, pack_id: str) -> None:
    image = _call(job, seed, gen)
    if outpaint is not None:
        canvas, mask = formats.outpaint_canvas(image, outpaint)
        image = _call(job, seed, outpaint, task="inpaint", image=canvas, mask=mask, strength=1.0)
    focus = tuple(job.request.options.get("focus") or (0.5, 0.5))
    for fmt, plan in members:
        fitted = formats.fit_for_format(image, fmt, focus)
        output = _output(job, fitted, seed, gen, fmt=fmt, plan=plan)
        if pack_id:
            output.meta["pack"] = pack_id
        job.outputs.append(output)


def _task(request) -> str:
    if request.mask_image:
        if not request.init_image:
            raise UsageError(what="a mask needs an init image (--init-image)")
        return "inpaint"
    return "img2img" if request.init_image else "txt2img"


def _call(job: Job, seed: int, size, *, task: str | None = None, image=None, mask=None,
          strength: float | None = None):
    """One pipeline call: one image at `size` with `seed`."""
    import torch

    request = job.request
    task = task or _task(request)
    pipe = PipelineCache.task_pipe(job.loaded, task)
    pipe.scheduler = _scheduler(job)
    width, height = size
    kwargs = {"prompt": request.prompt, "num_inference_steps": job.steps,
              "generator": torch.Generator("cpu").manual_seed(seed),
              "width": width, "height": height,
              "callback_on_step_end": _callback(job, seed, size),
              "callback_on_step_end_tensor_inputs": ["latents"]}
    if request.negative_prompt:
        kwargs["negative_prompt"] = request.negative_prompt
    if job.guidance is not None:
        kwargs["guidance_scale"] = float(job.guidance)
    if task != "txt2img":
        kwargs["image"] = image if image is not None else _load_image(request.init_image, size)
        kwargs["strength"] = float(strength if strength is not None else
                                   request.strength if request.strength is not None
                                   else DEFAULT_STRENGTH)
    if task == "inpaint":
        kwargs["mask_image"] = mask if mask is not None else \
            _load_image(request.mask_image, size, mode="L")
    accepted = inspect.signature(pipe.__call__).parameters
    kwargs = {k: v for k, v in kwargs.items() if k in accepted}
    result = pipe(**kwargs).images[0]
    job.calls_done += 1
    return result


def _scheduler(job: Job):
    """The scheduler asked for (built once from the model's own config, then kept), or the
    model's own. Pipelines reset a scheduler's state at each call (set_timesteps)."""
    loaded = job.loaded
    if not job.request.scheduler:
        return loaded.default_scheduler
    name = schedulers.normalize(job.request.scheduler)
    if name not in loaded.schedulers:
        import diffusers

        cls_name, extra = schedulers.SCHEDULERS[name]
        loaded.schedulers[name] = getattr(diffusers, cls_name).from_config(
            loaded.default_scheduler.config, **extra)
    return loaded.schedulers[name]


def _callback(job: Job, seed: int, size):
    ctx = job.ctx
    every = previews.every(job.steps)
    decoder = job.loaded.preview_decoder()
    message = tr("Generating (seed {seed})", seed=seed)

    stream = previews.PreviewStream()

    def on_step_end(pipe, step, timestep, tensors):
        ctx.check()  # raises CancelledError: the call stops now, nothing is decoded
        per_call = int(getattr(pipe, "num_timesteps", 0) or job.steps)
        done = job.calls_done * per_call + step + 1
        preview = stream.take()  # the one started a step or more ago, once its copy landed
        due = (step + 1) % every == 0 and step + 1 < per_call and "latents" in tensors
        if due and not stream.busy:
            stream.start(previews.latents_to_rgb(tensors["latents"], job.family, pipe=pipe,
                                                 size=size, tiny_vae=decoder))
            preview = preview or stream.take()  # on the CPU it is ready at once
        ctx.progress(done, job.calls_total * per_call, message, preview=preview)
        return tensors

    return on_step_end


def _load_image(path: str, size, mode: str = "RGB"):
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(Path(path).expanduser()) as image:
            image = image.convert(mode)
    except FileNotFoundError as exc:
        raise UsageError(what=f"image not found: {path}") from exc
    except (UnidentifiedImageError, OSError) as exc:
        raise UsageError(what=f"not an image Vitrine can read: {path}") from exc
    return formats.fit(image, *size)


def _output(job: Job, image, seed: int, gen, *, fmt=None, plan=None) -> GeneratedOutput:
    record = _record(job, image, seed, gen, fmt=fmt, plan=plan)
    dpi = fmt.dpi if fmt is not None else None
    data = metadata.png_bytes(image, record, dpi=dpi)
    return GeneratedOutput(kind=AssetKind.IMAGE, data=data, ext="png", mime="image/png",
                           record=record, width=image.width, height=image.height,
                           channel=fmt.id if fmt else "",
                           meta={"seed": seed, **({"format": fmt.id} if fmt else {})})


def _record(job: Job, image, seed, gen, *, fmt=None, plan=None) -> GenerationRecord:
    request, loaded = job.request, job.loaded
    entry, device = loaded.entry, loaded.plan
    pipe = loaded.base
    task = _task(request)
    scheduler = _scheduler(job)
    params = {
        "task": task, "steps": job.steps, "sampler": schedulers.sampler_name(scheduler),
        "scheduler": type(scheduler).__name__, "guidance": _guidance(job, pipe),
        "width": image.width, "height": image.height, "generated_size": list(gen),
        "device": device.device, "dtype": device.dtype, "memory_mode": device.memory_mode,
        "attention": "sliced" if device.memory_mode != "none" and device.device != "cpu"
        else "sdpa",
        "preview": "taesd" if loaded.tiny_decoder else "linear",
    }
    if task != "txt2img":
        params["strength"] = request.strength if request.strength is not None \
            else DEFAULT_STRENGTH
    if loaded.loras:
        params["loras"] = [[Path(p).stem, w] for p, w in loaded.loras]
    if fmt is not None:
        params["format"] = fmt.id
        params["size_plan"] = plan.to_dict()
    return GenerationRecord(
        provider="diffusers", model=entry.name, model_revision=entry.revision,
        licence=entry.licence, commercial_use=entry.commercial_use, where=Where.LOCAL,
        prompt=request.prompt, negative_prompt=request.negative_prompt, parameters=params,
        seed=seed, device=device.label)


def _guidance(job: Job, pipe) -> float | None:
    if job.guidance is not None:
        return float(job.guidance)
    default = inspect.signature(pipe.__call__).parameters.get("guidance_scale")
    return float(default.default) if default is not None and \
        isinstance(default.default, int | float) else None


def cancelled_with(job: Job, exc: CancelledError) -> CancelledError:
    """Keep the images finished before the cancel (a batch's first ones) as cancelled drafts."""
    exc.outputs = list(job.outputs)
    return exc


def png_to_image(data: bytes):
    from PIL import Image

    return Image.open(io.BytesIO(data))
