"""Adding models to the library: importing a file or folder (checked first, then linked or copied
into Vitrine's models folder, atomically) and downloading from the Hugging Face Hub (through
huggingface_hub's API and transfer code) with progress, cancel, and resume of partial files."""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from app.core import net
from app.core.errors import (
    CancelledError,
    ModelNotFoundError,
    NetworkError,
    OfflineError,
    UnsafeCheckpointError,
    UsageError,
    VitrineError,
)
from app.core.paths import models_dir
from app.providers.models import checkpoints, discovery
from app.providers.models.discovery import ModelEntry

log = logging.getLogger(__name__)
HUB = "Hugging Face Hub"
_TEXT_FILES = (".json", ".txt", ".model", ".md")


def list_models(settings: dict | None = None) -> list[ModelEntry]:
    return discovery.scan(settings)


def import_model(source: Path | str, *, name: str = "") -> ModelEntry:
    """Check `source` (a diffusers folder or a .safetensors file), then bring it into the library
    (`<models>/imported/<name>`): hard links where the disk allows, copies otherwise."""
    source = Path(source).expanduser().resolve()
    discovery.inspect_path(source)  # clear errors for pickles, truncated files, missing parts
    root = models_dir() / "imported"
    root.mkdir(parents=True, exist_ok=True)
    target = root / (name or (source.name if source.is_dir() else source.stem))
    if target.exists():
        raise UsageError(what=f"a model named \u201c{target.name}\u201d is already in the library")
    work = root / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        if source.is_dir():
            shutil.copytree(source, work, copy_function=_link_or_copy)
        else:
            work.mkdir()
            _link_or_copy(source, work / source.name)
            sidecar = checkpoints.sidecar_config(source)
            if sidecar is not None:
                shutil.copytree(sidecar, work / sidecar.name, copy_function=_link_or_copy)
        os.replace(work, target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    path = target if source.is_dir() else target / source.name
    return discovery.inspect_path(path, source="vitrine")


def _link_or_copy(src, dst) -> str:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
    return str(dst)


def select_files(files: list[str]) -> list[str]:
    """The files a pipeline needs: configs, tokenizers and one set of safetensors weights per
    component (full precision if present, else the fp16 variant). Pickles are never fetched."""
    if "model_index.json" in files:
        chosen = ["model_index.json"]
        by_dir: dict[str, list[str]] = {}
        for f in files:
            p = PurePosixPath(f)
            if len(p.parts) != 2:
                continue
            if p.suffix in _TEXT_FILES or p.name.endswith(".safetensors.index.json"):
                chosen.append(f)
            elif p.suffix == ".safetensors":
                by_dir.setdefault(p.parts[0], []).append(f)
        for group in by_dir.values():
            full = [f for f in group if ".fp16." not in f]
            chosen += full or group
        return sorted(set(chosen))
    weights = [f for f in files if f.endswith(".safetensors") and "/" not in f]
    if not weights:
        if any(PurePosixPath(f).suffix in checkpoints.PICKLE_SUFFIXES for f in files):
            raise UnsafeCheckpointError(model=next(
                f for f in files if PurePosixPath(f).suffix in checkpoints.PICKLE_SUFFIXES))
        return []
    return sorted(weights + [f for f in files if f in ("README.md", "LICENSE", "LICENSE.md")])


DOWNLOAD_MARKER = discovery.DOWNLOAD_MARKER


def download(repo_id: str, *, revision: str = "main", endpoint: str | None = None,
             token: str | None = None, progress: Callable[[int, int, str], None] | None = None,
             cancel=None) -> ModelEntry:
    """Download a model from the Hub into `<models>/downloads/<org>--<name>/`, file by file;
    `progress(done, total, file)` in bytes. A file is written as `<name>.part` and renamed when
    whole: a download cut short (network, cancel, a closed laptop) continues from the bytes
    already there when it is run again; huggingface_hub also retries a broken transfer from
    where it stopped within a run."""
    if net.is_offline():
        raise OfflineError(provider=HUB)
    from huggingface_hub import HfApi, constants
    from huggingface_hub import errors as hub_errors

    if constants.HF_HUB_OFFLINE:
        raise OfflineError(provider=HUB, details="HF_HUB_OFFLINE is set")
    endpoint = endpoint or os.environ.get("HF_ENDPOINT") or None
    api = HfApi(endpoint=endpoint, token=token)
    try:
        info = api.model_info(repo_id, revision=revision, files_metadata=True)
    except hub_errors.RepositoryNotFoundError as exc:
        raise ModelNotFoundError(model=repo_id, details=repr(exc)) from exc
    except (hub_errors.HfHubHTTPError, OSError) as exc:
        raise NetworkError(provider=HUB, reason=type(exc).__name__, details=repr(exc)) from exc
    siblings = {s.rfilename: s for s in info.siblings or []}
    files = select_files(list(siblings))
    if not files:
        raise ModelNotFoundError(model=repo_id, details="no loadable files in the repository")
    sizes = {name: int(siblings[name].size or 0) for name in files}
    target = downloads_dir() / repo_id.replace("/", "--")
    target.mkdir(parents=True, exist_ok=True)
    _write_marker(target, repo_id, info.sha, files, complete=False)
    tracker = _Tracker(sum(sizes.values()), progress, cancel)
    for name in files:
        tracker.start(name)
        _fetch(repo_id, name, info.sha, target, sizes[name], siblings[name], endpoint, token,
               tracker)
        tracker.finish(sizes[name])
    _write_marker(target, repo_id, info.sha, files, complete=True)
    return downloaded_entry(target)


def downloads_dir() -> Path:
    return models_dir() / "downloads"


def _fetch(repo_id, name, commit, target: Path, size: int, sibling, endpoint, token,
           tracker) -> None:
    from huggingface_hub import errors as hub_errors
    from huggingface_hub import hf_hub_url
    from huggingface_hub.file_download import get_hf_file_metadata, http_get
    from huggingface_hub.utils import build_hf_headers

    dest = target / name
    if dest.is_file() and (not size or dest.stat().st_size == size):
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    done = part.stat().st_size if part.exists() else 0
    if size and done > size:
        part.unlink()
        done = 0
    url = hf_hub_url(repo_id, name, revision=commit, endpoint=endpoint)
    headers = build_hf_headers(token=token)
    try:
        meta = get_hf_file_metadata(url, token=token, endpoint=endpoint)
        with open(part, "ab") as fh:
            http_get(meta.location or url, fh, resume_size=done, headers=headers,
                     expected_size=meta.size or size or None, displayed_filename=name,
                     tqdm_class=tracker.tqdm_class())
    except VitrineError:
        raise
    except (hub_errors.HfHubHTTPError, OSError) as exc:
        raise NetworkError(provider=HUB, reason=f"{name}: {type(exc).__name__}",
                           details=repr(exc)) from exc
    _verify(part, sibling)
    os.replace(part, dest)


def _verify(part: Path, sibling) -> None:
    """Large (LFS) files come with their sha256: check it, and drop a file that does not match."""
    import hashlib

    lfs = getattr(sibling, "lfs", None)
    expected = getattr(lfs, "sha256", None) if lfs is not None else None
    if not expected:
        return
    digest = hashlib.sha256()
    with open(part, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    if digest.hexdigest() != expected:
        part.unlink(missing_ok=True)
        raise NetworkError(provider=HUB, reason=f"{part.name[:-5]}: checksum mismatch")


def _write_marker(target: Path, repo_id: str, commit: str, files: list[str], *,
                  complete: bool) -> None:
    import json

    data = {"repo_id": repo_id, "revision": commit, "files": files, "complete": complete}
    tmp = target / (DOWNLOAD_MARKER + ".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(tmp, target / DOWNLOAD_MARKER)


def downloaded_entry(target: Path) -> ModelEntry:
    return discovery.download_entry(target)


class _Tracker:
    """Turns huggingface_hub's per-file progress bars into one byte count, and cancels."""

    def __init__(self, total: int, progress, cancel):
        self.total, self.progress, self.cancel = total, progress, cancel
        self.done_before = 0
        self.current = ""

    def start(self, name: str) -> None:
        self.current = name
        self._check()

    def finish(self, size: int) -> None:
        self.done_before += size
        self._report(0)

    def _check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise CancelledError()

    def _report(self, in_file: int) -> None:
        if self.progress is not None:
            self.progress(min(self.total, self.done_before + in_file), self.total, self.current)

    def tqdm_class(self):
        from huggingface_hub.utils import tqdm as hf_tqdm

        tracker = self

        class Progress(hf_tqdm):
            def __init__(self, *args, **kwargs):
                kwargs["disable"] = True
                super().__init__(*args, **kwargs)
                self.vitrine_bytes = int(kwargs.get("initial") or 0)
                tracker._report(self.vitrine_bytes)

            def update(self, n=1):
                tracker._check()  # raising here stops the transfer; the partial file stays
                self.vitrine_bytes += int(n or 0)
                tracker._report(self.vitrine_bytes)
                return super().update(n)

        return Progress
