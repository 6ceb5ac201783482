"""The model library: what is found on disk, the catalog's licences, import, and download from
a local HTTP server standing in for the Hugging Face Hub (progress, resume)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from app.core.errors import OfflineError, UnsafeCheckpointError
from app.providers.models import catalog, checkpoints, discovery, library


def _hub_cache_copy(folder: Path, hub: Path, repo_id: str, commit: str = "a" * 40) -> Path:
    """Lay a model out as the Hugging Face cache does."""
    storage = hub / ("models--" + repo_id.replace("/", "--"))
    shutil.copytree(folder, storage / "snapshots" / commit)
    (storage / "refs").mkdir(parents=True)
    (storage / "refs" / "main").write_text(commit)
    return storage / "snapshots" / commit


def test_models_are_found_where_users_keep_them(model_home, tiny_sd, tiny_sdxl,
                                                tiny_single_file, tiny_lora, tmp_path):
    _hub_cache_copy(tiny_sdxl, model_home / ".cache/huggingface/hub", "stabilityai/sdxl-turbo")
    a1111 = model_home / "stable-diffusion-webui/models/Stable-diffusion"
    a1111.mkdir(parents=True)
    shutil.copy(tiny_single_file, a1111 / "dreamy.safetensors")
    (a1111 / "old.ckpt").write_bytes(b"pickle")
    loras = model_home / "ComfyUI/models/loras"
    loras.mkdir(parents=True)
    shutil.copy(tiny_lora, loras / "style.safetensors")
    mine = tmp_path / "my-models"
    shutil.copytree(tiny_sd, mine / "nested" / "tiny-sd")

    found = {e.name: e for e in discovery.scan({"model_folders": [str(mine)]})}
    assert set(found) == {"stabilityai/sdxl-turbo", "dreamy", "old", "style", "tiny-sd"}
    turbo = found["stabilityai/sdxl-turbo"]
    assert (turbo.format, turbo.source, turbo.revision) == ("diffusers", "hf-cache", "a" * 40)
    assert turbo.family == "sdxl" and turbo.commercial_use == "restricted"
    assert (found["dreamy"].format, found["dreamy"].source) == ("single-file", "a1111")
    assert (found["style"].format, found["style"].source) == ("lora", "comfyui")
    assert found["old"].format == "pickle" and not found["old"].to_dict()["loadable"]
    assert found["tiny-sd"].format == "diffusers"
    with pytest.raises(UnsafeCheckpointError):
        discovery.resolve("old", {})
    assert discovery.resolve("stabilityai/sdxl-turbo", {}).path == turbo.path


def test_the_catalog_knows_licences_and_commercial_use():
    assert catalog.lookup("black-forest-labs/FLUX.1-dev").commercial_use == "no"
    schnell = catalog.lookup("black-forest-labs/FLUX.1-schnell")
    assert (schnell.licence, schnell.commercial_use) == ("Apache-2.0", "yes")
    sd15 = catalog.lookup("v1-5-pruned-emaonly.safetensors")
    assert sd15.licence == "CreativeML OpenRAIL-M" and sd15.commercial_use == "restricted"
    assert catalog.lookup("stabilityai/stable-diffusion-xl-base-1.0").commercial_use == \
        "restricted"
    unknown = catalog.lookup("someone/merged-model-v3")
    assert (unknown.licence, unknown.commercial_use) == ("unknown", "unknown")


def test_describe_reports_the_licence_without_importing_torch(model_home, tiny_sdxl):
    import os
    import subprocess
    import sys

    _hub_cache_copy(tiny_sdxl, model_home / ".cache/huggingface/hub",
                    "black-forest-labs/FLUX.1-dev")
    code = (
        "import sys, json\n"
        "from app.core.requests import ImageRequest\n"
        "from app.core.settings import Settings\n"
        "from app.providers import registry\n"
        "cls, info = registry.resolve(ImageRequest(campaign_id='c', "
        "model='black-forest-labs/FLUX.1-dev'), Settings())\n"
        "print(json.dumps([info.id, info.licence, info.commercial_use, info.where.value, "
        "info.runs_in.value, 'torch' in sys.modules, 'diffusers' in sys.modules]))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ), check=True, timeout=60)
    assert json.loads(proc.stdout) == ["diffusers", "FLUX.1 [dev] Non-Commercial License", "no",
                                       "local", "worker", False, False]


def test_import_a_file_and_a_folder(model_home, tiny_sd, tiny_single_file, tmp_path):
    folder = library.import_model(tiny_sd, name="my-sd")
    assert folder.format == "diffusers" and folder.source == "vitrine"
    single = library.import_model(tiny_single_file)
    assert single.format == "single-file"
    assert (Path(single.path).parent / "tiny-sd.config" / "model_index.json").is_file()
    names = {e.name for e in library.list_models({})}
    assert {"my-sd", "tiny-sd"} <= names
    with pytest.raises(Exception, match="already in the library"):
        library.import_model(tiny_sd, name="my-sd")
    bad = tmp_path / "bad.ckpt"
    bad.write_bytes(b"x")
    with pytest.raises(UnsafeCheckpointError):
        library.import_model(bad)
    cut = tmp_path / "cut.safetensors"
    cut.write_bytes(tiny_single_file.read_bytes()[:5000])
    with pytest.raises(checkpoints.TruncatedModelError):
        library.import_model(cut)
    assert not (model_home.parent / "vitrine-models" / "imported" / "cut").exists()


def test_select_files_takes_one_set_of_safetensors_and_no_pickles():
    files = ["model_index.json", "unet/config.json", "unet/diffusion_pytorch_model.safetensors",
             "unet/diffusion_pytorch_model.fp16.safetensors", "unet/diffusion_pytorch_model.bin",
             "vae/config.json", "vae/diffusion_pytorch_model.fp16.safetensors",
             "tokenizer/vocab.json", "tokenizer/merges.txt", "v1-5-pruned.ckpt",
             "v1-5-pruned.safetensors", "scheduler/scheduler_config.json"]
    assert library.select_files(files) == [
        "model_index.json", "scheduler/scheduler_config.json", "tokenizer/merges.txt",
        "tokenizer/vocab.json", "unet/config.json", "unet/diffusion_pytorch_model.safetensors",
        "vae/config.json", "vae/diffusion_pytorch_model.fp16.safetensors"]
    with pytest.raises(UnsafeCheckpointError):
        library.select_files(["model.ckpt", "README.md"])


# --- a local HTTP server standing in for the Hub ------------------------------------------------
class FakeHub:
    """Serves one repository as the Hub's API does: model info, HEAD and GET (with Range) on
    /{repo}/resolve/{revision}/{file}. `drop_after` cuts the first GET of a file after that many
    bytes, as a flaky connection would."""

    COMMIT = "0123456789abcdef0123456789abcdef01234567"

    def __init__(self, server, repo_id: str, folder: Path):
        self.server, self.repo_id = server, repo_id
        self.files = {str(p.relative_to(folder)): p.read_bytes()
                      for p in sorted(folder.rglob("*")) if p.is_file()
                      and not p.name.startswith(".")}
        self.drop_after: dict[str, int] = {}
        self.ranges: list[tuple[str, str]] = []
        server.route("GET", f"/api/models/{repo_id}/revision/main", self.info)
        server.route("GET", f"/api/models/{repo_id}", self.info)
        server.route("HEAD", f"/{repo_id}/resolve/*", self.resolve)
        server.route("GET", f"/{repo_id}/resolve/*", self.resolve)

    def info(self, request, response):
        siblings = [{"rfilename": name, "size": len(data)} for name, data in self.files.items()]
        response.send(200, {"id": self.repo_id, "modelId": self.repo_id, "sha": self.COMMIT,
                            "siblings": siblings, "private": False})

    def resolve(self, request, response):
        name = request.path.split("/resolve/", 1)[1].split("/", 1)[1]
        data = self.files.get(name)
        if data is None:
            response.send(404, {"error": "Entry not found"},
                          headers={"X-Error-Code": "EntryNotFound"})
            return
        etag = hashlib.sha256(data).hexdigest()
        headers = {"X-Repo-Commit": self.COMMIT, "ETag": f'"{etag}"', "Accept-Ranges": "bytes"}
        if request.method == "HEAD":
            response._h.send_response(200)
            for key, value in {**headers, "Content-Length": str(len(data)),
                               "Content-Type": "application/octet-stream"}.items():
                response._h.send_header(key, value)
            response._h.end_headers()
            return
        start = 0
        range_header = {k.lower(): v for k, v in request.headers.items()}.get("range")
        if range_header:
            self.ranges.append((name, range_header))
            start = int(range_header.split("=")[1].split("-")[0])
        body = data[start:]
        status = 206 if start else 200
        if start:
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        cut = self.drop_after.pop(name, None)
        response.start_stream(status, "application/octet-stream",
                              {**headers, "Content-Length": str(len(body))})
        if cut is not None:
            response.write(body[:cut])
            response._h.close_connection = True
            response._h.wfile.flush()
            response._h.connection.shutdown(2)
            return
        response.write(body)


@pytest.fixture
def hub(local_server, tiny_sd, model_home, monkeypatch):
    import huggingface_hub.constants as constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    # small chunks, so that a break mid-file leaves something on disk to continue from
    monkeypatch.setattr(constants, "DOWNLOAD_CHUNK_SIZE", 64 * 1024)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return FakeHub(local_server, "vitrine-test/tiny-sd", tiny_sd)


def test_download_from_the_hub_with_progress_and_resume(hub, local_server, socket_guard):
    weights = "unet/diffusion_pytorch_model.safetensors"
    hub.drop_after[weights] = 100_000  # the connection breaks mid-file once
    seen = []
    entry = library.download("vitrine-test/tiny-sd", endpoint=local_server.url,
                             progress=lambda done, total, name: seen.append((done, total)))
    assert entry.id == "vitrine-test/tiny-sd" and entry.format == "diffusers"
    assert entry.revision == FakeHub.COMMIT and entry.source == "vitrine"
    snapshot = Path(entry.path)
    assert snapshot.parent.name == "downloads"
    assert (snapshot / weights).read_bytes() == hub.files[weights]
    assert any(name == weights and value.startswith("bytes=") and value != "bytes=0-"
               for name, value in hub.ranges), hub.ranges  # continued, not restarted
    total = sum(len(hub.files[f]) for f in library.select_files(list(hub.files)))
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert socket_guard == []
    assert "vitrine-test/tiny-sd" in {e.id for e in library.list_models({})}


def test_download_is_refused_offline(hub, local_server):
    from app.core import net

    net.set_offline(True)
    try:
        with pytest.raises(OfflineError):
            library.download("vitrine-test/tiny-sd", endpoint=local_server.url)
    finally:
        net.set_offline(False)


def test_a_cancelled_download_continues_where_it_stopped(hub, local_server, model_home):
    import threading

    from app.core.errors import CancelledError

    cancel = threading.Event()
    weights = "unet/diffusion_pytorch_model.safetensors"

    def progress(done, total, name):
        if name == weights and done > 1_500_000 and not cancel.is_set():
            cancel.set()

    with pytest.raises(CancelledError):
        library.download("vitrine-test/tiny-sd", endpoint=local_server.url, progress=progress,
                         cancel=cancel)
    assert "vitrine-test/tiny-sd" not in {e.id for e in library.list_models({})}  # unfinished

    def gets():
        return [r.path.split("/resolve/", 1)[1].split("/", 1)[1] for r in local_server.log
                if r.method == "GET" and "/resolve/" in r.path]

    first = gets()
    entry = library.download("vitrine-test/tiny-sd", endpoint=local_server.url)
    again = gets()[len(first):]
    assert again == [weights, *(f for f in again if f > weights)]  # finished files kept
    assert next(value for name, value in hub.ranges if name == weights) != "bytes=0-"
    assert (Path(entry.path) / weights).read_bytes() == hub.files[weights]
    assert json.loads((Path(entry.path) / "model_index.json").read_text())["_class_name"] == \
        "StableDiffusionPipeline"
    assert not list(Path(entry.path).rglob("*.part"))
