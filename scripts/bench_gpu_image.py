"""GPU benchmark (CUDA): SD 1.5- and SDXL-size pipelines with random weights, built from the configs
shipped in resources/ (no download), fp16, 20 steps at 512² and 1024²: it/s and peak memory,
Vitrine's provider vs a plain diffusers call on the same loaded pipeline, alternated.

    .venv/bin/python scripts/bench_gpu_image.py [--steps 20] [--rounds 3] [--sizes 512,1024]
                                                [--models sd15,sdxl] [--modes none,cpu-offload]

Prints a table, then one JSON line. About 2-3 minutes on an H200. Random weights give noise
images (and may give NaNs in fp16): the timing and memory are what count here. it/s is end to
end (steps / seconds for the whole image: text encoders, denoising, VAE decode, PNG file)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build(family: str, device: str, dtype):
    """A pipeline of the real architecture with random weights, made on the GPU directly."""
    import torch
    from accelerate import init_empty_weights
    from diffusers import (
        AutoencoderKL,
        EulerDiscreteScheduler,
        StableDiffusionPipeline,
        StableDiffusionXLPipeline,
        UNet2DConditionModel,
    )
    from transformers import (
        CLIPTextConfig,
        CLIPTextModel,
        CLIPTextModelWithProjection,
        CLIPTokenizer,
    )

    from app.providers.models.configs import config_folder

    folder = config_folder(family)

    def materialize(model):
        model = model.to_empty(device=device)
        with torch.no_grad():
            for name, param in model.named_parameters():
                if param.ndim >= 2:
                    param.normal_(0.0, 0.02)
                elif "norm" in name and name.endswith("weight"):
                    param.fill_(1.0)
                else:
                    param.zero_()
            for buffer_name, buffer in model.named_buffers():
                if "position_ids" in buffer_name:
                    buffer.copy_(torch.arange(buffer.shape[-1], device=device).expand_as(buffer))
        return model.to(dtype).eval()

    with init_empty_weights():
        unet = UNet2DConditionModel.from_config(UNet2DConditionModel.load_config(folder / "unet"))
        vae = AutoencoderKL.from_config(AutoencoderKL.load_config(folder / "vae"))
        te = CLIPTextModel(CLIPTextConfig.from_pretrained(folder / "text_encoder"))
        te2 = CLIPTextModelWithProjection(CLIPTextConfig.from_pretrained(
            folder / "text_encoder_2")) if family == "sdxl" else None
    scheduler = EulerDiscreteScheduler.from_pretrained(folder / "scheduler")
    common = {"unet": materialize(unet), "vae": materialize(vae),
              "text_encoder": materialize(te), "scheduler": scheduler,
              "tokenizer": CLIPTokenizer.from_pretrained(folder / "tokenizer")}
    if family == "sdxl":
        return StableDiffusionXLPipeline(
            **common, text_encoder_2=materialize(te2),
            tokenizer_2=CLIPTokenizer.from_pretrained(folder / "tokenizer_2"))
    return StableDiffusionPipeline(**common, safety_checker=None, feature_extractor=None,
                                   requires_safety_checker=False)


def install(provider, family: str, pipe, mode: str):
    """Put the built pipeline in the provider's cache, as if it had loaded it from disk."""
    from app.providers.image import devices
    from app.providers.image.pipelines import LoadedModel
    from app.providers.models import discovery

    entry = discovery.ModelEntry(id=f"bench-{family}", name=f"bench-{family}",
                                 path=f"/bench/{family}", format="diffusers", family=family)
    plan = devices.DevicePlan(device="cuda", dtype="float16", memory_mode=mode, label="cuda")
    provider.cache.clear()
    devices.apply_memory_mode(pipe, mode, "cuda")
    pipe.set_progress_bar_config(disable=True)
    weights = sum(p.numel() * 2 for c in pipe.components.values()
                  if hasattr(c, "parameters") for p in c.parameters())
    provider.cache.models[(entry.path, "cuda", "float16", mode)] = LoadedModel(
        entry=entry, plan=plan, bytes=weights, pipes={"txt2img": pipe},
        default_scheduler=pipe.scheduler)
    discovery.resolve = lambda ref, settings=None, kind="checkpoint": entry  # the bench model
    devices.plan = lambda settings, w, px: plan
    return entry, weights


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", default="512,1024")
    parser.add_argument("--models", default="sd15,sdxl")
    parser.add_argument("--modes", default="none")
    args = parser.parse_args(argv)

    import torch

    if not torch.cuda.is_available():
        print("no CUDA device: this benchmark needs one", file=sys.stderr)
        return 2
    from app.core.requests import ImageRequest
    from app.providers.base import JobContext
    from app.providers.image import pipelines
    from app.providers.image.local import LocalDiffusersProvider

    pipelines.fp32_bytes = lambda entry: 0  # nothing on disk to read
    started_all = time.perf_counter()
    device_name = torch.cuda.get_device_name()
    ctx = JobContext(job_id="bench", cancel=threading.Event(), report=lambda p: None,
                     scratch=Path("."), settings={})
    rows = []
    for family in args.models.split(","):
        t0 = time.perf_counter()
        pipe = build(family, "cuda", torch.float16)
        build_s = time.perf_counter() - t0
        for mode in args.modes.split(","):
            provider = LocalDiffusersProvider()
            install(provider, family, pipe, mode)
            for size in (int(s) for s in args.sizes.split(",")):
                rows.append(measure(provider, pipe, family, mode, size, args, ctx,
                                    ImageRequest, build_s))
                print(_row(rows[-1]), flush=True)
        del pipe
        torch.cuda.empty_cache()
    total = time.perf_counter() - started_all
    print(json.dumps({"device": device_name, "steps": args.steps, "rounds": args.rounds,
                      "total_s": round(total, 1), "results": rows}))
    return 0


def measure(provider, pipe, family, mode, size, args, ctx, ImageRequest, build_s) -> dict:
    import torch

    request = ImageRequest(campaign_id="bench", model=f"bench-{family}", prompt="a photo of a cat",
                           seed=1, steps=args.steps, guidance=7.0, width=size, height=size)

    def vitrine():
        provider.generate(request, ctx)

    def plain():  # a script's call, and the PNG it saves (vitrine's job writes one too)
        import io

        image = pipe(prompt=request.prompt, num_inference_steps=args.steps, guidance_scale=7.0,
                     width=size, height=size,
                     generator=torch.Generator("cpu").manual_seed(1)).images[0]
        image.save(io.BytesIO(), format="PNG")

    plain()  # warm-up (kernels, allocator)
    vitrine()
    times = {"plain": [], "vitrine": []}
    peaks = {"plain": 0, "vitrine": 0}
    for _ in range(args.rounds):
        for name, fn in (("plain", plain), ("vitrine", vitrine)):
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
            start = time.perf_counter()
            fn()
            torch.cuda.synchronize()
            times[name].append(time.perf_counter() - start)
            peaks[name] = max(peaks[name], torch.cuda.max_memory_allocated())
    plain_s, vitrine_s = statistics.median(times["plain"]), statistics.median(times["vitrine"])
    return {"model": family, "mode": mode, "size": size, "build_s": round(build_s, 1),
            "plain_s": round(plain_s, 3), "vitrine_s": round(vitrine_s, 3),
            "plain_it_s": round(args.steps / plain_s, 2),
            "vitrine_it_s": round(args.steps / vitrine_s, 2),
            "ratio": round(vitrine_s / plain_s, 3),
            "plain_peak_gib": round(peaks["plain"] / 2 ** 30, 2),
            "vitrine_peak_gib": round(peaks["vitrine"] / 2 ** 30, 2)}


def _row(r: dict) -> str:
    return (f"{r['model']:5s} {r['mode']:18s} {r['size']:5d}²  plain {r['plain_it_s']:6.2f} it/s "
            f"{r['plain_peak_gib']:6.2f} GiB   vitrine {r['vitrine_it_s']:6.2f} it/s "
            f"{r['vitrine_peak_gib']:6.2f} GiB   ratio {r['ratio']:.3f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
