"""On a CUDA device (skipped elsewhere): fp16 generation and every memory mode, on the tiny
pipelines. Run with `pytest -m gpu tests/image/test_gpu.py`."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from app.core.requests import ImageRequest
from tests.fixtures.image import png_pixels

pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")]


def _request(model, **kw):
    return ImageRequest(campaign_id="c", model=str(model), prompt="a photo of the cat", seed=4,
                        steps=4, width=64, height=64, **kw)


@pytest.mark.parametrize("model_fixture", ["tiny_sd", "tiny_sdxl"])
def test_fp16_on_cuda_matches_plain_diffusers_in_fp16(request, model_fixture, recorder):
    from diffusers import AutoPipelineForText2Image

    from app.providers.image.local import LocalDiffusersProvider

    folder = request.getfixturevalue(model_fixture)
    out = LocalDiffusersProvider().generate(_request(folder), recorder({"device": "cuda"}).ctx)
    params = out[0].record.parameters
    assert (params["device"], params["dtype"], params["memory_mode"]) == \
        ("cuda", "float16", "none")
    pipe = AutoPipelineForText2Image.from_pretrained(str(folder), local_files_only=True,
                                                     dtype=torch.float16).to("cuda")
    pipe.set_progress_bar_config(disable=True)
    expected = pipe("a photo of the cat", num_inference_steps=4, width=64, height=64,
                    generator=torch.Generator("cpu").manual_seed(4)).images[0]
    pixels = png_pixels(out[0].data)
    # GPU kernels may pick other algorithms between two loads: allow rounding, not drift
    diff = np.abs(pixels.astype(int) - np.array(expected).astype(int))
    assert diff.mean() < 0.5 and diff.max() <= 8
    assert pixels.std() > 0  # not a black (NaN) image


@pytest.mark.parametrize("mode", ["none", "attention-slicing", "vae-tiling", "cpu-offload",
                                  "sequential-offload"])
def test_every_memory_mode_generates_and_is_recorded(mode, tiny_sdxl, tmp_path, recorder):
    from PIL import Image

    from app.providers.image.local import LocalDiffusersProvider

    provider = LocalDiffusersProvider()
    settings = {"device": "cuda", "memory_mode": mode}
    out = provider.generate(_request(tiny_sdxl, count=2), recorder(settings).ctx)
    assert len(out) == 2 and out[0].record.parameters["memory_mode"] == mode
    init = tmp_path / "init.png"
    Image.new("RGB", (64, 64), (120, 30, 60)).save(init)
    again = provider.generate(_request(tiny_sdxl, init_image=str(init), strength=0.5),
                              recorder(settings).ctx)  # img2img through from_pipe, same mode
    assert again[0].record.parameters["task"] == "img2img"
    loaded = next(iter(provider.cache.models.values()))
    if mode in ("cpu-offload", "sequential-offload"):
        assert loaded.base.unet.device.type in ("cpu", "meta")  # parked off the GPU between uses
    else:
        assert loaded.base.unet.device.type == "cuda"


def test_auto_mode_uses_no_saver_on_a_large_gpu(tiny_sd, recorder):
    from app.providers.image.local import LocalDiffusersProvider

    out = LocalDiffusersProvider().generate(_request(tiny_sd), recorder({"device": "auto"}).ctx)
    assert out[0].record.parameters["memory_mode"] == "none"
    assert out[0].record.device.startswith("cuda:")
