"""`vitrine generate image` and `vitrine models ...` as a user runs them: the installed entry
point, the job engine, the worker process, the workspace."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from app.core.settings import Settings, save_settings
from app.providers.image import metadata
from tests.fixtures.image import png_pixels

VITRINE = str(Path(sys.executable).with_name("vitrine"))


def run(tmp_path, *args, check=True, env=None):
    full_env = {**os.environ, "VITRINE_WORKSPACE": str(tmp_path / "ws"), **(env or {})}
    proc = subprocess.run([VITRINE, *args], capture_output=True, text=True, env=full_env,
                          timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture
def campaign_id(tmp_path):
    return json.loads(run(tmp_path, "campaign", "new", "Été", "--json").stdout)["id"]


def test_generate_image_stores_assets_with_the_pixels_of_diffusers(tmp_path, campaign_id,
                                                                   tiny_sd):
    proc = run(tmp_path, "generate", "image", "--campaign", campaign_id, "--prompt",
               "a photo of the cat", "--model", str(tiny_sd), "--seed", "5", "--steps", "3",
               "--width", "64", "--height", "64", "--count", "2", "--json")
    data = json.loads(proc.stdout)
    assets = data["assets"]
    assert [a["seed"] for a in assets] == [5, 6]
    first = assets[0]
    assert first["kind"] == "image" and first["campaign"] == campaign_id
    assert first["model"] == tiny_sd.name and Path(first["path"]).is_file()
    assert first["generation"]["parameters"]["sampler"] == "Euler"
    stored = Path(first["path"]).read_bytes()
    assert "Sampler: Euler" in metadata.read_parameters(stored)
    assert "trainedAlgorithmicMedia" in metadata.read_xmp(stored)
    from diffusers import AutoPipelineForText2Image

    pipe = AutoPipelineForText2Image.from_pretrained(str(tiny_sd), local_files_only=True)
    pipe.set_progress_bar_config(disable=True)
    expected = pipe("a photo of the cat", num_inference_steps=3, width=64, height=64,
                    generator=torch.Generator("cpu").manual_seed(5)).images[0]
    assert np.array_equal(png_pixels(stored), np.array(expected))


@pytest.mark.slow
def test_a_format_is_generated_then_fitted_to_its_exact_pixels(tmp_path, campaign_id, tiny_sdxl):
    proc = run(tmp_path, "generate", "image", "--campaign", campaign_id, "--prompt", "x",
               "--model", str(tiny_sdxl), "--steps", "2", "--format", "iab-320x50", "--json")
    asset = json.loads(proc.stdout)
    assert (asset["width"], asset["height"], asset["channel"]) == (320, 50, "iab-320x50")


def test_bad_input_fails_in_plain_words_and_nothing_is_stored(tmp_path, campaign_id, tiny_sd):
    ckpt = tmp_path / "model.ckpt"
    ckpt.write_bytes(b"not even a pickle")
    proc = run(tmp_path, "generate", "image", "--campaign", campaign_id, "--prompt", "x",
               "--model", str(ckpt), "--json", check=False)
    assert proc.returncode != 0 and proc.stdout == ""
    assert "pickled checkpoint" in proc.stderr
    proc = run(tmp_path, "generate", "image", "--campaign", campaign_id, "--prompt", "x",
               "--width", "64", "--json", check=False)
    assert proc.returncode == 2 and "both --width and --height" in proc.stderr
    proc = run(tmp_path, "generate", "image", "--campaign", campaign_id, "--prompt", "x",
               "--format", "billboard", check=False)
    assert proc.returncode == 2 and "unknown format" in proc.stderr
    listed = json.loads(run(tmp_path, "assets", "list", "--campaign", campaign_id,
                            "--json").stdout)
    assert listed["assets"] == []


def test_a_confidential_campaign_never_goes_to_a_cloud_image_api(tmp_path, local_server):
    from app.core.settings import ProviderConfig

    cid = json.loads(run(tmp_path, "campaign", "new", "Secret", "--confidentiality",
                         "confidential", "--json").stdout)["id"]
    settings = Settings()  # a server on loopback that the user declared as cloud
    settings.providers.append(ProviderConfig(id="studio-cloud", kind="image",
                                             type="openai-compatible",
                                             base_url=local_server.url + "/v1", where="cloud"))
    save_settings(settings)
    proc = run(tmp_path, "generate", "image", "--campaign", cid, "--prompt", "x",
               "--provider", "studio-cloud", check=False)
    assert proc.returncode == 4 and "confidential" in proc.stderr
    assert local_server.log == []


def test_models_list_import_and_download(tmp_path, tiny_sd, tiny_single_file, model_home,
                                         local_server):
    mine = tmp_path / "mine"
    shutil.copytree(tiny_sd, mine / "tiny-one")
    settings = Settings(model_folders=[str(mine)])
    save_settings(settings)
    listed = json.loads(run(tmp_path, "models", "list", "--json").stdout)["models"]
    assert [(m["name"], m["format"], m["source"]) for m in listed] == \
        [("tiny-one", "diffusers", "folder")]
    imported = json.loads(run(tmp_path, "models", "import", str(tiny_single_file),
                              "--json").stdout)
    assert imported["format"] == "single-file" and imported["source"] == "vitrine"
    bad = tmp_path / "x.ckpt"
    bad.write_bytes(b"x")
    proc = run(tmp_path, "models", "import", str(bad), check=False)
    assert proc.returncode != 0 and "pickled checkpoint" in proc.stderr

    from tests.image.test_library import FakeHub

    FakeHub(local_server, "vitrine-test/tiny-sd", tiny_sd)
    env = {"HF_ENDPOINT": local_server.url, "HF_HUB_OFFLINE": "0"}
    proc = run(tmp_path, "--offline", "models", "download", "vitrine-test/tiny-sd", check=False,
               env=env)
    assert proc.returncode == 4 and "Offline mode is on" in proc.stderr
    downloaded = json.loads(run(tmp_path, "models", "download", "vitrine-test/tiny-sd", "--json",
                                env=env).stdout)
    assert downloaded["id"] == "vitrine-test/tiny-sd" and downloaded["format"] == "diffusers"
    names = {m["name"] for m in json.loads(run(tmp_path, "models", "list",
                                               "--json").stdout)["models"]}
    assert names == {"tiny-one", "tiny-sd", "vitrine-test/tiny-sd"}
