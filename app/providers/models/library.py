"""Adding models to the library: importing a file or folder (checked first, then linked or copied
into Vitrine's models folder, atomically) and downloading from the Hugging Face Hub with progress,
resume (huggingface_hub keeps partial files and continues them) and cancel."""

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


def download(repo_id: str, *, revision: str = "main", endpoint: str | None = None,
             token: str | None = None, progress: Callable[[int, int, str], None] | None = None,
             cancel=None) -> ModelEntry:
    """Download a model from the Hub into Vitrine's cache; `progress(done, total, file)` in
    bytes. An interrupted download continues where it stopped when run again."""
    if net.is_offline():
        raise OfflineError(provider=HUB)
    from huggingface_hub import HfApi, constants, hf_hub_download
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
    sizes = {s.rfilename: (s.size or 0) for s in info.siblings or []}
    files = select_files(list(sizes))
    if not files:
        raise ModelNotFoundError(model=repo_id, details="no loadable files in the repository")
    tracker = _Tracker(sum(sizes[f] for f in files), progress, cancel)
    cache = models_dir() / "hub"
    for name in files:
        tracker.start(name)
        try:
            hf_hub_download(repo_id, name, revision=info.sha, cache_dir=str(cache),
                            endpoint=endpoint, token=token,
                            tqdm_class=tracker.tqdm_class())
        except VitrineError:
            raise
        except (hub_errors.HfHubHTTPError, OSError) as exc:
            raise NetworkError(provider=HUB, reason=f"{name}: {type(exc).__name__}",
                               details=repr(exc)) from exc
        tracker.finish(sizes[name])
    storage = cache / ("models--" + repo_id.replace("/", "--"))
    (storage / "refs").mkdir(parents=True, exist_ok=True)
    (storage / "refs" / revision).write_text(info.sha, encoding="utf-8")
    snapshot = storage / "snapshots" / info.sha
    if (snapshot / "model_index.json").is_file():
        entry = discovery.inspect_path(snapshot, source="vitrine")
    else:
        entry = discovery.inspect_path(snapshot / next(f for f in files
                                                       if f.endswith(".safetensors")), "vitrine")
    entry.id, entry.name, entry.revision = repo_id, repo_id, info.sha
    return discovery._with_catalog(entry, repo_id)


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
