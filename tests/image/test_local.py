"""The local diffusers provider on the tiny SD- and SDXL-shaped pipelines (64 px, a few steps)."""

from __future__ import annotations

import time

import numpy as np
import pytest
import torch

from app.core.errors import CancelledError, UsageError
from app.core.jobs import Stage
from app.core.requests import ImageRequest
from tests.fixtures.image import png_pixels


def _request(model, **kw) -> ImageRequest:
    base = {"campaign_id": "cmp_x", "model": str(model), "prompt": "a photo of the cat",
            "seed": 42, "steps": 3, "width": 64, "height": 64}
    base.update(kw)
    return ImageRequest(**base)


def _plain(folder, task="txt2img", **kwargs):
    """What a plain diffusers script gives for the same settings."""
    from diffusers import (
        AutoPipelineForImage2Image,
        AutoPipelineForText2Image,
    )

    cls = AutoPipelineForText2Image if task == "txt2img" else AutoPipelineForImage2Image
    pipe = cls.from_pretrained(str(folder), local_files_only=True)
    pipe.set_progress_bar_config(disable=True)
    seed = kwargs.pop("seed")
    image = pipe(generator=torch.Generator("cpu").manual_seed(seed), **kwargs).images[0]
    return np.array(image.convert("RGB"))


@pytest.mark.parametrize("model_fixture", ["tiny_sd", "tiny_sdxl"])
def test_same_settings_give_the_pixels_of_a_plain_diffusers_script(
        request, model_fixture, image_provider, recorder):
    folder = request.getfixturevalue(model_fixture)
    outputs = image_provider.generate(
        _request(folder, negative_prompt="blurry", guidance=6.0), recorder().ctx)
    expected = _plain(folder, prompt="a photo of the cat", negative_prompt="blurry",
                      guidance_scale=6.0, num_inference_steps=3, width=64, height=64, seed=42)
    assert len(outputs) == 1
    assert np.array_equal(png_pixels(outputs[0].data), expected)
    record = outputs[0].record
    assert record.seed == 42 and record.parameters["steps"] == 3
    assert record.parameters["sampler"] == "Euler" and record.where.value == "local"


def test_flux_shaped_models_run_through_the_same_path(tiny_flux, image_provider, recorder):
    rec = recorder()
    outputs = image_provider.generate(_request(tiny_flux, steps=4, guidance=3.5, width=32,
                                               height=32), rec.ctx)
    expected = _plain(tiny_flux, prompt="a photo of the cat", guidance_scale=3.5,
                      num_inference_steps=4, width=32, height=32, seed=42)
    assert np.array_equal(png_pixels(outputs[0].data), expected)
    assert outputs[0].record.parameters["sampler"] == "Euler"  # flow-matching Euler
    assert any(p.preview for p in rec.events)  # packed latents unpacked for the preview


def test_a_batch_uses_consecutive_seeds(tiny_sd, image_provider, recorder):
    batch = image_provider.generate(_request(tiny_sd, seed=10, count=2), recorder().ctx)
    alone = image_provider.generate(_request(tiny_sd, seed=11), recorder().ctx)
    assert [o.record.seed for o in batch] == [10, 11]
    assert np.array_equal(png_pixels(batch[1].data), png_pixels(alone[0].data))
    assert not np.array_equal(png_pixels(batch[0].data), png_pixels(batch[1].data))


def test_progress_says_loading_first_then_each_step_with_previews(tiny_sdxl, image_provider,
                                                                  recorder, tmp_path):
    from app.providers.image.pipelines import PipelineCache

    image_provider._cache = PipelineCache()  # a cold cache: the model is loaded in this job
    rec = recorder()
    image_provider.generate(_request(tiny_sdxl, steps=6), rec.ctx)
    stages = [p.stage for p in rec.events]
    assert stages[0] == Stage.LOADING
    assert any(p.stage == Stage.LOADING and "Loading" in p.message for p in rec.events)
    assert rec.steps == [1, 2, 3, 4, 5, 6]
    previews = [p.preview for p in rec.events if p.preview]
    assert 2 <= len(previews) <= 5
    assert all(p.startswith(b"\x89PNG") for p in previews)


def test_previews_use_a_tiny_autoencoder_when_one_is_installed(tiny_sd, model_home, recorder):
    import shutil

    from app.providers.image.local import LocalDiffusersProvider
    from scripts.tiny_models import ensure

    linear = recorder()
    first = LocalDiffusersProvider().generate(_request(tiny_sd, steps=6), linear.ctx)
    storage = model_home / ".cache/huggingface/hub/models--madebyollin--taesd"
    shutil.copytree(ensure("taesd-tiny"), storage / "snapshots" / ("b" * 40))
    (storage / "refs").mkdir()
    (storage / "refs" / "main").write_text("b" * 40)
    taesd = recorder()
    second = LocalDiffusersProvider().generate(_request(tiny_sd, steps=6), taesd.ctx)
    assert first[0].record.parameters["preview"] == "linear"
    assert second[0].record.parameters["preview"] == "taesd"
    assert [p.preview for p in linear.events if p.preview] != \
        [p.preview for p in taesd.events if p.preview]
    assert np.array_equal(png_pixels(first[0].data), png_pixels(second[0].data))  # same image


def test_cancel_during_step_2_of_20_stops_within_one_step_and_the_next_job_succeeds(
        tiny_sd, image_provider, recorder):
    image_provider.generate(_request(tiny_sd, steps=2), recorder().ctx)  # warm, loaded
    rec = recorder(cancel_at=2)
    started = time.perf_counter()
    with pytest.raises(CancelledError):
        image_provider.generate(_request(tiny_sd, steps=20), rec.ctx)
    elapsed = time.perf_counter() - started
    assert rec.steps == [1, 2]  # the cancel came during step 2: step 3 never reported
    after = recorder()
    started = time.perf_counter()
    outputs = image_provider.generate(_request(tiny_sd, steps=20, seed=5), after.ctx)
    full = time.perf_counter() - started
    assert after.steps[-1] == 20 and len(outputs) == 1
    assert elapsed < full / 2  # stopped early, not after running all 20 steps
    fresh = _plain(tiny_sd, prompt="a photo of the cat", num_inference_steps=20, width=64,
                   height=64, seed=5)
    assert np.array_equal(png_pixels(outputs[0].data), fresh)  # the pipeline is intact


def test_a_cancelled_batch_keeps_the_images_already_made(tiny_sd, image_provider, recorder):
    rec = recorder(cancel_at=4)  # image 1 = steps 1-3; cancel during image 2
    with pytest.raises(CancelledError) as caught:
        image_provider.generate(_request(tiny_sd, count=3), rec.ctx)
    assert [o.record.seed for o in caught.value.outputs] == [42]


def test_image_to_image_reuses_the_loaded_weights_and_matches_diffusers(
        tiny_sd, image_provider, recorder, tmp_path):
    from PIL import Image

    init = tmp_path / "init.png"
    Image.fromarray((np.indices((64, 64)).sum(0) % 255).astype("uint8")).convert("RGB").save(init)
    image_provider.generate(_request(tiny_sd), recorder().ctx)
    outputs = image_provider.generate(
        _request(tiny_sd, init_image=str(init), strength=0.6, steps=5), recorder().ctx)
    loaded = next(m for m in image_provider.cache.models.values()
                  if m.entry.path == str(tiny_sd.resolve()))
    assert loaded.pipes["img2img"].unet is loaded.base.unet  # from_pipe: no second copy
    with Image.open(init) as source:
        expected = _plain(tiny_sd, "img2img", prompt="a photo of the cat",
                          image=source.convert("RGB"), strength=0.6, num_inference_steps=5,
                          seed=42)
    assert np.array_equal(png_pixels(outputs[0].data), expected)
    assert outputs[0].record.parameters["task"] == "img2img"
    assert outputs[0].record.parameters["strength"] == 0.6


def test_inpainting_keeps_the_unmasked_part(tiny_sd, image_provider, recorder, tmp_path):
    from PIL import Image

    init, mask = tmp_path / "init.png", tmp_path / "mask.png"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(init)
    mask_image = Image.new("L", (64, 64), 0)
    mask_image.paste(255, (32, 0, 64, 64))
    mask_image.save(mask)
    out = image_provider.generate(
        _request(tiny_sd, init_image=str(init), mask_image=str(mask), strength=1.0),
        recorder().ctx)
    pixels = png_pixels(out[0].data).astype(int)
    kept = np.abs(pixels[:, :24] - [200, 30, 30]).mean()
    painted = np.abs(pixels[:, 40:] - [200, 30, 30]).mean()
    assert out[0].record.parameters["task"] == "inpaint"
    assert kept < painted


def test_scheduler_choice_is_used_recorded_and_not_kept_for_the_next_job(
        tiny_sd, image_provider, recorder):
    karras = image_provider.generate(_request(tiny_sd, scheduler="DPM++ 2M Karras"),
                                     recorder().ctx)
    default = image_provider.generate(_request(tiny_sd), recorder().ctx)
    assert karras[0].record.parameters["sampler"] == "DPM++ 2M Karras"
    assert default[0].record.parameters["sampler"] == "Euler"
    assert not np.array_equal(png_pixels(karras[0].data), png_pixels(default[0].data))
    with pytest.raises(UsageError):
        image_provider.generate(_request(tiny_sd, scheduler="warp-drive"), recorder().ctx)


def test_a_lora_changes_the_image_by_its_weight(tiny_sd, tiny_lora, image_provider, recorder):
    plain = png_pixels(image_provider.generate(_request(tiny_sd), recorder().ctx)[0].data)
    zero = image_provider.generate(_request(tiny_sd, loras=((str(tiny_lora), 0.0),)),
                                   recorder().ctx)
    full = image_provider.generate(_request(tiny_sd, loras=((str(tiny_lora), 1.0),)),
                                   recorder().ctx)
    after = png_pixels(image_provider.generate(_request(tiny_sd), recorder().ctx)[0].data)
    assert np.abs(png_pixels(zero[0].data).astype(int) - plain).mean() < 1.0
    assert np.abs(png_pixels(full[0].data).astype(int) - plain).mean() > 3.0
    assert full[0].record.parameters["loras"] == [["tiny-lora", 1.0]]
    assert np.array_equal(after, plain)  # unloaded when the next job asks for none


def test_width_and_height_are_exact_even_off_the_multiple_of_8(tiny_sd, image_provider,
                                                              recorder):
    out = image_provider.generate(_request(tiny_sd, width=70, height=50), recorder().ctx)
    assert (out[0].width, out[0].height) == (70, 50)
    assert png_pixels(out[0].data).shape == (50, 70, 3)
    assert out[0].record.parameters["generated_size"] == [72, 56]


def test_cpu_threads_leave_a_core_for_the_studio_on_small_machines(monkeypatch):
    import psutil

    from app.providers.image import devices

    monkeypatch.delenv("VITRINE_THREADS", raising=False)
    monkeypatch.setattr(psutil, "cpu_count", lambda logical=True: 2)
    assert devices.set_cpu_threads() == 1
    monkeypatch.setattr(psutil, "cpu_count", lambda logical=True: 8)
    before = torch.get_num_threads()
    try:
        assert devices.set_cpu_threads() == 8
    finally:
        torch.set_num_threads(before)


def test_memory_mode_is_chosen_from_free_memory_unless_forced():
    from app.providers.image.devices import GIB, pick_memory_mode

    sdxl = int(6.9 * GIB)  # fp16 weights
    px = 1024 * 1024
    assert pick_memory_mode("cuda", sdxl, px, free=24 * GIB) == "none"
    assert pick_memory_mode("cuda", sdxl, px, free=8 * GIB) == "vae-tiling"
    assert pick_memory_mode("cuda", sdxl, px, free=6 * GIB) == "cpu-offload"
    assert pick_memory_mode("cuda", sdxl, px, free=2 * GIB) == "sequential-offload"
    assert pick_memory_mode("cpu", sdxl, px, free=1 * GIB) == "none"
    assert pick_memory_mode("cuda", sdxl, px, free=80 * GIB,
                            requested="cpu-offload") == "cpu-offload"


def test_the_cache_is_bounded_and_evicts_the_least_recently_used(tiny_sd, tiny_sdxl, recorder,
                                                                 monkeypatch):
    from app.providers.image.local import LocalDiffusersProvider
    from app.providers.image.pipelines import PipelineCache

    provider = LocalDiffusersProvider()
    provider._cache = PipelineCache(max_entries=1)
    provider.generate(_request(tiny_sd, steps=1), recorder().ctx)
    provider.generate(_request(tiny_sdxl, steps=1), recorder().ctx)
    assert [m.entry.name for m in provider.cache.models.values()] == [tiny_sdxl.name]
    monkeypatch.setattr(PipelineCache, "budget", lambda self, device: 1)  # nothing fits
    provider.generate(_request(tiny_sd, steps=1), recorder().ctx)
    assert [m.entry.name for m in provider.cache.models.values()] == [tiny_sd.name]
