"""Channel formats: presets, generation sizes, the exact fit, outpainting, the channel pack; and the
metadata every image file carries."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from app.core.assets import GenerationRecord
from app.core.errors import UsageError
from app.core.requests import ImageRequest
from app.providers.image import formats, metadata

DESIGN_IDS = ["instagram-square", "instagram-portrait", "story", "facebook-link", "linkedin-link",
              "x-post", "youtube-thumb", "iab-300x250", "iab-728x90", "iab-160x600",
              "iab-320x50", "a4-300dpi"]


def test_presets_have_the_ids_and_pixels_of_the_design():
    presets = {f.id: f for f in formats.formats()}
    assert list(presets) == DESIGN_IDS
    sizes = {k: (f.width, f.height) for k, f in presets.items()}
    assert sizes["instagram-square"] == (1080, 1080)
    assert sizes["instagram-portrait"] == (1080, 1350)
    assert sizes["story"] == (1080, 1920)
    assert sizes["facebook-link"] == (1200, 628) and sizes["x-post"] == (1600, 900)
    assert sizes["youtube-thumb"] == (1280, 720) and sizes["iab-728x90"] == (728, 90)
    assert sizes["a4-300dpi"] == (2480, 3508) and presets["a4-300dpi"].dpi == 300
    assert presets["youtube-thumb"].label_in("fr") == "Miniature YouTube"
    assert presets["youtube-thumb"].label_in("de") == "YouTube thumbnail"
    with pytest.raises(UsageError):
        formats.get_format("billboard")


@pytest.mark.parametrize("native", [64, 512, 1024])
def test_generation_sizes_keep_the_ratio_within_the_models_budget(native):
    for fmt in formats.formats():
        plan = formats.plan_format(fmt, native)
        step = formats.multiple_for(native)
        for w, h in filter(None, [plan.generate, plan.outpaint]):
            assert w % step == 0 and h % step == 0
            assert w * h <= native * native
        gw, gh = plan.generate
        if 1 / formats.MAX_RATIO <= fmt.ratio <= formats.MAX_RATIO:
            assert plan.outpaint is None
            assert abs(gw / gh - fmt.ratio) / fmt.ratio < 0.25
        else:  # extreme banners: generated at 2:1, then outpainted to their ratio
            assert plan.outpaint is not None
            assert abs(gw / gh - formats.MAX_RATIO) < 0.6 or abs(gh / gw - formats.MAX_RATIO) < 0.6
    assert formats.plan_format(formats.get_format("instagram-square"), 1024).generate == \
        (1024, 1024)
    assert formats.plan_format(formats.get_format("a4-300dpi"), 1024).upscale > 2.5


def test_fit_gives_the_exact_pixels_and_keeps_the_focus_point():
    source = Image.new("RGB", (200, 100), (0, 0, 255))
    source.paste((255, 0, 0), (0, 0, 40, 100))  # a red subject on the left
    centred = formats.fit(source, 100, 100)
    assert centred.size == (100, 100)
    assert np.array(centred)[50, 5].tolist() == [0, 0, 255]  # the centre crop lost the subject
    left = formats.fit(source, 100, 100, focus=(0.1, 0.5))
    assert left.size == (100, 100) and np.array(left)[50, 5].tolist() == [255, 0, 0]
    up = formats.fit(source, 2480, 3508)
    assert up.size == (2480, 3508)


def test_outpaint_canvas_marks_only_the_new_areas():
    image = Image.new("RGB", (80, 40), (10, 200, 10))
    canvas, mask = formats.outpaint_canvas(image, (320, 40))
    assert canvas.size == mask.size == (320, 40)
    m = np.array(mask)
    assert m[:, :100].min() == 255 and m[:, -100:].min() == 255  # the sides are painted
    assert m[:, 150:170].max() == 0  # the middle is kept
    assert np.array(canvas)[20, 160].tolist() == [10, 200, 10]


def test_the_channel_pack_makes_every_preset_at_its_exact_size(tiny_sd, image_provider, recorder):
    request = ImageRequest(campaign_id="c", model=str(tiny_sd), prompt="a photo of the cat",
                           seed=1, steps=2, options={"formats": DESIGN_IDS, "focus": [0.5, 0.4]})
    outputs = image_provider.generate(request, recorder().ctx)
    assert [o.channel for o in outputs] != []
    assert sorted(o.channel for o in outputs) == sorted(DESIGN_IDS)
    packs = {o.meta["pack"] for o in outputs}
    assert len(packs) == 1
    for output in outputs:
        fmt = formats.get_format(output.channel)
        with Image.open(io.BytesIO(output.data)) as image:
            assert image.size == (fmt.width, fmt.height), fmt.id
            if fmt.dpi:
                assert round(image.info["dpi"][0]) == fmt.dpi
        assert output.record.parameters["format"] == fmt.id
    banner = next(o for o in outputs if o.channel == "iab-728x90")
    assert banner.record.parameters["size_plan"]["outpaint"] is not None


def test_one_format_from_the_command_line_is_exact(tiny_sdxl, image_provider, recorder):
    outputs = image_provider.generate(
        ImageRequest(campaign_id="c", model=str(tiny_sdxl), prompt="x", seed=2, steps=2,
                     format="facebook-link"), recorder().ctx)
    assert (outputs[0].width, outputs[0].height) == (1200, 628)
    assert outputs[0].channel == "facebook-link"


# --- files -----------------------------------------------------------------------------------
def _record(**kw) -> GenerationRecord:
    base = {"provider": "diffusers", "model": "stabilityai/sdxl-turbo", "prompt": "un chat",
            "negative_prompt": "flou", "seed": 7, "app_version": "0.1.0",
            "parameters": {"steps": 4, "sampler": "Euler a", "guidance": 1.5}}
    base.update(kw)
    return GenerationRecord(**base)


def test_png_carries_a1111_parameters_and_the_iptc_source_type():
    data = metadata.png_bytes(Image.new("RGB", (64, 48)), _record())
    text = metadata.read_parameters(data)
    assert text == ("un chat\nNegative prompt: flou\nSteps: 4, Sampler: Euler a, CFG scale: 1.5, "
                    "Seed: 7, Size: 64x48, Model: sdxl-turbo, Version: Vitrine 0.1.0")
    xmp = metadata.read_xmp(data)
    assert "Iptc4xmpExt:DigitalSourceType" in xmp and \
        "digitalsourcetype/trainedAlgorithmicMedia" in xmp
    assert "un chat" not in xmp  # the prompt stays out of XMP (the public profile strips it)


def test_parameters_always_name_a_sampler_and_survive_any_script():
    data = metadata.png_bytes(Image.new("RGB", (8, 8)),
                              _record(prompt="夏の日焼け止め", negative_prompt="",
                                      provider="openai-images", parameters={}))
    text = metadata.read_parameters(data)
    assert text.startswith("夏の日焼け止め\nSteps: 0, Sampler: openai-images,")
    assert "Negative prompt" not in text


def test_rewriting_keeps_the_pixels_and_adds_the_metadata():
    image = Image.new("RGB", (16, 16), (1, 2, 3))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=100)
    data = metadata.with_metadata(buffer.getvalue(), _record())
    with Image.open(io.BytesIO(data)) as out:
        assert out.format == "PNG" and out.size == (16, 16)
    assert "Sampler: Euler a" in metadata.read_parameters(data)


@pytest.mark.parametrize("fmt", ["jpeg", "webp"])
def test_jpeg_and_webp_carry_the_same_metadata(fmt):
    data = metadata.export_bytes(Image.new("RGB", (40, 30), (5, 90, 200)), _record(), fmt)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == ("WEBP" if fmt == "webp" else "JPEG")
        xmp = image.info.get("xmp", b"")
    text = metadata.read_exif_parameters(data)
    assert text.startswith("un chat\nNegative prompt: flou\nSteps: 4, Sampler: Euler a")
    assert b"trainedAlgorithmicMedia" in (xmp if isinstance(xmp, bytes) else xmp.encode())
