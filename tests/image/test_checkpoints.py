"""Single-file checkpoints from the shipped configs, offline; clear errors for what cannot load."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from app.core.errors import ModelNotFoundError, UnsafeCheckpointError
from app.core.requests import ImageRequest
from app.providers.models import checkpoints, configs, discovery
from tests.fixtures.image import png_pixels


def _request(model, **kw):
    return ImageRequest(campaign_id="cmp_x", model=str(model), prompt="a photo of the cat",
                        seed=3, steps=3, width=64, height=64, **kw)


def test_a_single_file_checkpoint_loads_offline_and_equals_its_diffusers_folder(
        tiny_single_file, tiny_sd, image_provider, recorder, socket_guard, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    single = image_provider.generate(_request(tiny_single_file), recorder().ctx)
    folder = image_provider.generate(_request(tiny_sd), recorder().ctx)
    assert np.array_equal(png_pixels(single[0].data), png_pixels(folder[0].data))
    assert socket_guard == []  # nothing tried to reach the hub


def test_single_file_without_a_config_uses_the_shipped_one_for_its_family(tmp_path):
    from app.providers.image import pipelines

    header = checkpoints.Header(path=tmp_path / "x.safetensors", tensors={
        "model.diffusion_model.input_blocks.0.0.weight": {"shape": [320, 4, 3, 3]},
        "conditioner.embedders.1.model.transformer.resblocks.9.mlp.c_proj.bias":
            {"shape": [1280]}})
    assert checkpoints.family_of(header) == "sdxl"
    assert pipelines.SINGLE_FILE_CONFIGS["sdxl"] == "sdxl"
    folder = configs.config_folder("sdxl")
    assert (folder / "tokenizer_2" / "vocab.json").is_file()
    assert (folder / "unet" / "config.json").is_file()


@pytest.mark.parametrize("family, expected", [
    ("sd15", {"unet": 859_520_964, "vae": 83_653_863, "text_encoder": 123_060_480}),
    ("sdxl", {"unet": 2_567_463_684, "vae": 83_653_863, "text_encoder": 123_060_480,
              "text_encoder_2": 694_659_840}),
])
def test_shipped_configs_build_the_published_architectures(family, expected):
    """Built on the meta device (no memory): SD 1.5 UNet 859.5 M, SDXL UNet 2.57 B..."""
    from accelerate import init_empty_weights
    from diffusers import AutoencoderKL, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    folder = configs.config_folder(family)
    counts = {}
    with init_empty_weights():
        counts["unet"] = UNet2DConditionModel.from_config(
            UNet2DConditionModel.load_config(folder / "unet"))
        counts["vae"] = AutoencoderKL.from_config(AutoencoderKL.load_config(folder / "vae"))
        counts["text_encoder"] = CLIPTextModel(
            CLIPTextConfig.from_pretrained(folder / "text_encoder"))
        if "text_encoder_2" in expected:
            counts["text_encoder_2"] = CLIPTextModelWithProjection(
                CLIPTextConfig.from_pretrained(folder / "text_encoder_2"))
    got = {name: sum(p.numel() for p in model.parameters()) for name, model in counts.items()}
    assert got == expected


def test_the_shipped_tokenizer_is_clips():
    from transformers import CLIPTokenizer

    tokenizer = CLIPTokenizer.from_pretrained(configs.config_folder("sd15") / "tokenizer")
    assert len(tokenizer) == 49408 and tokenizer.model_max_length == 77
    assert tokenizer("a photo of a cat").input_ids == [49406, 320, 1125, 539, 320, 2368, 49407]
    xl2 = CLIPTokenizer.from_pretrained(configs.config_folder("sdxl") / "tokenizer_2")
    assert xl2.pad_token == "!"


def test_a_truncated_safetensors_file_says_so(tiny_single_file, tmp_path, image_provider,
                                              recorder):
    cut = tmp_path / "cut.safetensors"
    data = tiny_single_file.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(checkpoints.TruncatedModelError) as caught:
        image_provider.generate(_request(cut), recorder().ctx)
    assert "incomplete" in str(caught.value) and "cut.safetensors" in str(caught.value)
    (tmp_path / "tiny.safetensors").write_bytes(b"\x05")
    with pytest.raises(checkpoints.TruncatedModelError):
        discovery.inspect_path(tmp_path / "tiny.safetensors")


def test_a_folder_missing_a_component_says_which(tiny_sd, tmp_path, image_provider, recorder):
    broken = tmp_path / "broken"
    shutil.copytree(tiny_sd, broken)
    shutil.rmtree(broken / "vae")
    with pytest.raises(checkpoints.MissingComponentError) as caught:
        image_provider.generate(_request(broken), recorder().ctx)
    assert "missing its vae" in str(caught.value)


def test_a_pickled_checkpoint_is_refused_without_being_opened(tmp_path, image_provider,
                                                              recorder):
    import pickle

    marker = tmp_path / "code-ran"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    ckpt = tmp_path / "model.ckpt"
    ckpt.write_bytes(pickle.dumps(Payload()))
    with pytest.raises(UnsafeCheckpointError) as caught:
        image_provider.generate(_request(ckpt), recorder().ctx)
    assert "pickled checkpoint" in str(caught.value) and ".safetensors" in str(caught.value)
    assert not marker.exists()
    folder = tmp_path / "pickled-folder"
    (folder / "unet").mkdir(parents=True)
    (folder / "model_index.json").write_text('{"_class_name": "StableDiffusionPipeline", '
                                             '"unet": ["diffusers", "UNet2DConditionModel"]}')
    (folder / "unet" / "config.json").write_text("{}")
    (folder / "unet" / "diffusion_pytorch_model.bin").write_bytes(pickle.dumps(Payload()))
    with pytest.raises(UnsafeCheckpointError):
        discovery.inspect_path(folder)
    assert not marker.exists()


def test_an_unknown_model_name_says_what_to_do(model_home, image_provider, recorder):
    with pytest.raises(ModelNotFoundError) as caught:
        image_provider.generate(_request("someone/unknown-model"), recorder().ctx)
    assert "someone/unknown-model" in str(caught.value)
    assert "download" in str(caught.value)


@pytest.mark.slow
def test_an_sd15_size_single_file_loads_from_the_shipped_config(tmp_path, recorder):
    """A full-size SD 1.5 checkpoint (random weights, fp16, ~2 GB on disk) loads offline through
    the shipped config and generates."""
    import torch
    from diffusers import StableDiffusionPipeline
    from safetensors.torch import save_file

    from app.providers.image.local import LocalDiffusersProvider
    from scripts.tiny_models.ldm_layout import pipeline_to_ldm

    folder = configs.config_folder("sd15")
    torch.manual_seed(0)
    from diffusers import AutoencoderKL, PNDMScheduler, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    parts = StableDiffusionPipeline(
        unet=UNet2DConditionModel.from_config(UNet2DConditionModel.load_config(folder / "unet")),
        vae=AutoencoderKL.from_config(AutoencoderKL.load_config(folder / "vae")),
        text_encoder=CLIPTextModel(CLIPTextConfig.from_pretrained(folder / "text_encoder")),
        tokenizer=CLIPTokenizer.from_pretrained(folder / "tokenizer"),
        scheduler=PNDMScheduler.from_pretrained(folder / "scheduler"), safety_checker=None,
        feature_extractor=None, requires_safety_checker=False)
    state = {k: v.half().contiguous() for k, v in pipeline_to_ldm(parts).items()}
    del parts
    path = tmp_path / "v1-5-random.safetensors"
    save_file(state, path)
    del state
    entry = discovery.inspect_path(path)
    assert entry.family == "sd15"
    out = LocalDiffusersProvider().generate(_request(path),
                                            recorder().ctx)
    assert out[0].width == 64
