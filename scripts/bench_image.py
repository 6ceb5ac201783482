"""Vitrine's local image provider against a plain diffusers call, on the same loaded tiny model,
with the same settings, alternated in one run (CPU). Prints the figures and the ratio.

    .venv/bin/python scripts/bench_image.py [--model sd-tiny|sdxl-tiny] [--size 96] [--steps 8]
                                            [--rounds 5] [--json]

"vitrine" is the whole provider call a job makes: model lookup, the step callback (progress,
previews every few steps, cancel check), the PNG with its metadata. "plain" is
`pipe(...).images[0]` saved as a PNG, as a script would. Target: ratio <= 1.05. Both the ratio of
medians and of the fastest runs are printed (other processes on a shared machine only add time)."""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="sd-tiny", choices=["sd-tiny", "sdxl-tiny"])
    parser.add_argument("--size", type=int, default=96)
    parser.add_argument("--steps", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    import numpy as np
    import torch

    from app.core.requests import ImageRequest
    from app.providers.base import JobContext
    from app.providers.image.local import LocalDiffusersProvider
    from scripts.tiny_models import ensure

    folder = ensure(args.model)
    provider = LocalDiffusersProvider()
    ctx = JobContext(job_id="bench", cancel=threading.Event(), report=lambda p: None,
                     scratch=Path("."), settings={})
    request = ImageRequest(campaign_id="bench", model=str(folder), prompt="a photo of the cat",
                           negative_prompt="blurry", seed=1, steps=args.steps, guidance=7.0,
                           width=args.size, height=args.size)
    provider.generate(request, ctx)  # load and warm up
    pipe = next(iter(provider.cache.models.values())).base

    def vitrine() -> bytes:
        return provider.generate(request, ctx)[0].data

    def plain() -> bytes:
        image = pipe(prompt=request.prompt, negative_prompt=request.negative_prompt,
                     num_inference_steps=args.steps, guidance_scale=7.0, width=args.size,
                     height=args.size, generator=torch.Generator("cpu").manual_seed(1)).images[0]
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()

    plain()
    times: dict[str, list[float]] = {"vitrine": [], "plain": []}
    outputs = {}
    for _ in range(args.rounds):
        for name, fn in (("plain", plain), ("vitrine", vitrine)):
            start = time.perf_counter()
            outputs[name] = fn()
            times[name].append(time.perf_counter() - start)
    same = all(np.array_equal(_pixels(outputs["vitrine"]), _pixels(outputs["plain"])) for _ in [0])
    result = {
        "model": args.model, "size": args.size, "steps": args.steps, "rounds": args.rounds,
        "threads": torch.get_num_threads(),
        "plain_median_s": round(statistics.median(times["plain"]), 4),
        "vitrine_median_s": round(statistics.median(times["vitrine"]), 4),
        "same_pixels": bool(same),
    }
    result["plain_min_s"] = round(min(times["plain"]), 4)
    result["vitrine_min_s"] = round(min(times["vitrine"]), 4)
    result["ratio"] = round(result["vitrine_median_s"] / result["plain_median_s"], 3)
    # on a shared machine other processes only add time: the fastest runs show the overhead best
    result["ratio_min"] = round(result["vitrine_min_s"] / result["plain_min_s"], 3)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:18s} {value}")
    return 0 if same else 1


def _pixels(data: bytes):
    import numpy as np
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return np.array(image.convert("RGB"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
