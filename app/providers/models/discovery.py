"""Finding the models already on disk, and resolving what a request names to one of them.

Where: the Hugging Face cache, Vitrine's own models folder, the folders in the settings, and the
folders where A1111 / Forge, ComfyUI, InvokeAI and Fooocus keep theirs. What: diffusers folders
(model_index.json), single .safetensors checkpoints and LoRAs (told apart by their header), and
pickled checkpoints, which are listed as refused. Only headers are read."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from app.core.errors import ModelFormatError, ModelNotFoundError, UnsafeCheckpointError
from app.core.paths import models_dir
from app.providers.models import catalog, checkpoints

log = logging.getLogger(__name__)
MAX_DEPTH = 4
DOWNLOAD_MARKER = ".vitrine-download.json"  # in each folder Vitrine downloaded from the Hub
_SKIP_DIRS = {".git", "__pycache__", "node_modules", ".cache", "blobs", ".locks"}

# folder (relative to the home folder) -> the tool it belongs to
TOOL_FOLDERS = [
    ("stable-diffusion-webui/models/Stable-diffusion", "a1111"),
    ("stable-diffusion-webui/models/Lora", "a1111"),
    ("stable-diffusion-webui-forge/models/Stable-diffusion", "forge"),
    ("stable-diffusion-webui-forge/models/Lora", "forge"),
    ("ComfyUI/models/checkpoints", "comfyui"),
    ("ComfyUI/models/loras", "comfyui"),
    ("ComfyUI/models/diffusers", "comfyui"),
    ("Documents/ComfyUI/models/checkpoints", "comfyui"),
    ("Documents/ComfyUI/models/loras", "comfyui"),
    ("invokeai/models", "invokeai"),
    ("Fooocus/models/checkpoints", "fooocus"),
    ("Fooocus/models/loras", "fooocus"),
]


@dataclass
class ModelEntry:
    id: str  # a Hub repo id, or the absolute path of a file or folder
    name: str
    path: str
    format: str  # diffusers | single-file | lora | pickle
    family: str = "unknown"
    source: str = "folder"  # hf-cache | vitrine | folder | a1111 | forge | comfyui | ...
    revision: str = ""
    size_bytes: int = 0
    licence: str = "unknown"
    commercial_use: str = "unknown"
    variant: str = ""
    notes: str = ""
    defaults: dict | None = None

    @property
    def kind(self) -> str:
        return "lora" if self.format == "lora" else "checkpoint"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["kind"] = self.kind
        data["loadable"] = self.format != "pickle"
        return data


def hf_cache_dirs() -> list[Path]:
    """The user's Hugging Face hub cache (read at call time, as the environment says) and the
    cache Vitrine downloads into."""
    env = os.environ
    if env.get("HF_HUB_CACHE"):
        user = Path(env["HF_HUB_CACHE"])
    elif env.get("HF_HOME"):
        user = Path(env["HF_HOME"]) / "hub"
    else:
        user = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "huggingface" / "hub"
    return [models_dir() / "hub", user]


def search_folders(settings: dict | None = None) -> list[tuple[Path, str]]:
    settings = settings or {}
    home = Path.home()
    folders = [(models_dir() / "imported", "vitrine")]
    folders += [(Path(f).expanduser(), "folder") for f in settings.get("model_folders") or []]
    invoke_root = os.environ.get("INVOKEAI_ROOT")
    if invoke_root:
        folders.append((Path(invoke_root) / "models", "invokeai"))
    folders += [(home / rel, tool) for rel, tool in TOOL_FOLDERS]
    return [(f, tool) for f, tool in folders if f.is_dir()]


def scan(settings: dict | None = None) -> list[ModelEntry]:
    """Every model found, each once (by resolved path)."""
    found: dict[str, ModelEntry] = {}
    for cache in hf_cache_dirs():
        source = "vitrine" if cache == models_dir() / "hub" else "hf-cache"
        for entry in _scan_hf_cache(cache, source):
            found.setdefault(entry.path, entry)
    downloads = models_dir() / "downloads"
    if downloads.is_dir():
        for folder in sorted(downloads.iterdir()):
            if (folder / DOWNLOAD_MARKER).is_file():
                try:
                    entry = download_entry(folder)
                except (ModelFormatError, OSError, ValueError, KeyError, StopIteration) as exc:
                    log.info("skipping %s: %s", folder, exc)  # unfinished or damaged
                    continue
                found.setdefault(entry.path, entry)
    for folder, source in search_folders(settings):
        for entry in _scan_folder(folder, source):
            found.setdefault(entry.path, entry)
    return sorted(found.values(), key=lambda e: (e.kind, e.name.lower()))


def _scan_hf_cache(cache: Path, source: str) -> list[ModelEntry]:
    if not cache.is_dir():
        return []
    out = []
    for repo in sorted(cache.glob("models--*")):
        snapshot, revision = _snapshot(repo)
        if snapshot is None:
            continue
        repo_id = repo.name.removeprefix("models--").replace("--", "/")
        entry = None
        if (snapshot / "model_index.json").is_file():
            entry = _diffusers_entry(snapshot, source, ident=repo_id, name=repo_id)
        else:
            files = sorted(snapshot.glob("*.safetensors"))
            if len(files) == 1:
                entry = _file_entry(files[0], source, ident=repo_id, name=repo_id)
        if entry is not None:
            entry.revision = revision
            out.append(entry)
    return out


def _snapshot(repo: Path) -> tuple[Path | None, str]:
    ref = repo / "refs" / "main"
    if ref.is_file():
        revision = ref.read_text(encoding="utf-8").strip()
        snapshot = repo / "snapshots" / revision
        if snapshot.is_dir():
            return snapshot, revision
    snapshots = sorted((repo / "snapshots").glob("*"), key=lambda p: p.stat().st_mtime)
    if snapshots:
        return snapshots[-1], snapshots[-1].name
    return None, ""


def _scan_folder(root: Path, source: str) -> list[ModelEntry]:
    out: list[ModelEntry] = []

    def walk(folder: Path, depth: int) -> None:
        if (folder / "model_index.json").is_file():
            try:
                entry = _diffusers_entry(folder, source)
            except OSError as exc:
                log.info("skipping %s: %s", folder, exc)
                return
            if entry is not None:
                out.append(entry)
            return
        try:
            children = sorted(folder.iterdir())
        except OSError:
            return
        for child in children:
            if child.is_dir():
                if depth < MAX_DEPTH and child.name not in _SKIP_DIRS \
                        and not child.name.endswith(".config"):
                    walk(child, depth + 1)
            elif child.suffix.lower() in (".safetensors", ".ckpt"):
                try:
                    entry = _file_entry(child, source)
                except OSError as exc:  # a broken link, a file without read permission
                    log.info("skipping %s: %s", child, exc)
                    continue
                if entry is not None:
                    out.append(entry)

    walk(root, 0)
    return out


def _diffusers_entry(folder: Path, source: str, *, ident: str = "", name: str = ""):
    try:
        family = checkpoints.folder_family(folder)
    except ModelFormatError as exc:
        log.info("skipping %s: %s", folder, exc.details or exc)
        return None
    size = sum(f.stat().st_size for f in folder.rglob("*.safetensors") if f.is_file())
    entry = ModelEntry(id=ident or str(folder.resolve()), name=name or folder.name,
                       path=str(folder.resolve()), format="diffusers", family=family,
                       source=source, size_bytes=size)
    return _with_catalog(entry, ident or folder.name)


def _file_entry(path: Path, source: str, *, ident: str = "", name: str = ""):
    resolved = path.resolve()
    entry = ModelEntry(id=ident or str(resolved), name=name or path.stem, path=str(resolved),
                       format="single-file", source=source, size_bytes=resolved.stat().st_size)
    if path.suffix.lower() in checkpoints.PICKLE_SUFFIXES:
        entry.format = "pickle"
        entry.notes = "pickled checkpoint: refused (it can run code when loaded)"
        return _with_catalog(entry, ident or path.name)
    try:
        header = checkpoints.read_header(path)
    except ModelFormatError as exc:
        log.info("skipping %s: %s", path, exc)
        return None
    family = checkpoints.family_of(header)
    if family == "lora":
        entry.format = "lora"
    elif family in ("component", "unknown"):
        return None
    entry.family = family
    return _with_catalog(entry, ident or path.name)


def download_entry(folder: Path) -> ModelEntry:
    """The entry of a folder Vitrine downloaded (named by its Hub id); unfinished ones raise."""
    import json

    data = json.loads((folder / DOWNLOAD_MARKER).read_text(encoding="utf-8"))
    if not data.get("complete"):
        raise ValueError("download not finished")
    if (folder / "model_index.json").is_file():
        entry = inspect_path(folder, source="vitrine")
    else:
        weights = next(f for f in data["files"] if f.endswith(".safetensors"))
        entry = inspect_path(folder / weights, source="vitrine")
    entry.id, entry.name, entry.revision = data["repo_id"], data["repo_id"], data["revision"]
    return _with_catalog(entry, data["repo_id"])


def _with_catalog(entry: ModelEntry, ref: str) -> ModelEntry:
    known = catalog.lookup(ref)
    if known.id:
        entry.licence, entry.commercial_use = known.licence, known.commercial_use
        entry.variant, entry.notes = known.variant, entry.notes or known.notes
        entry.defaults = dict(known.defaults)
        if entry.family in ("unknown", "sd") and known.family:
            entry.family = known.family
    return entry


def inspect_path(path: Path, source: str = "folder") -> ModelEntry:
    """The entry for a file or folder the user named, checked (clear errors when it is not a
    model Vitrine can load)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ModelNotFoundError(model=str(path))
    if path.is_dir():
        if not (path / "model_index.json").is_file():
            raise checkpoints.MissingComponentError(model=path.name, component="model_index.json",
                                                    path=str(path))
        checkpoints.check_folder(path)
        entry = _diffusers_entry(path, source)
        if entry is None:
            raise ModelFormatError(model=path.name, reason="model_index.json cannot be read")
        return entry
    checkpoints.refuse_pickle(path)
    if path.suffix.lower() != ".safetensors":
        raise checkpoints.NotSafetensorsError(model=path.name, reason=path.suffix or "no suffix")
    entry = _file_entry(path, source)
    if entry is None:
        header = checkpoints.read_header(path)
        raise checkpoints.UnsupportedCheckpointError(model=path.name,
                                                     family=checkpoints.family_of(header))
    return entry


def resolve(ref: str, settings: dict | None = None, *, kind: str = "checkpoint") -> ModelEntry:
    """What a request's `model` names: a path, a Hub repo id, a library id or name; empty means
    the default model (the first checkpoint found, known models first)."""
    ref = (ref or "").strip()
    if not ref:
        return default_model(settings)
    path = Path(ref).expanduser()
    if path.exists():
        entry = inspect_path(path)
        if entry.format == "pickle":
            raise UnsafeCheckpointError(model=path.name)
        return entry
    if Path(ref).suffix.lower() in checkpoints.PICKLE_SUFFIXES:
        raise UnsafeCheckpointError(model=Path(ref).name)
    for entry in scan(settings):
        if ref in (entry.id, entry.name, entry.path) and entry.kind == kind:
            if entry.format == "pickle":
                raise UnsafeCheckpointError(model=entry.name)
            return entry
    raise ModelNotFoundError(model=ref)


def default_model(settings: dict | None = None) -> ModelEntry:
    settings = settings or {}
    preferred = settings.get("default_image_model") or ""
    if preferred:
        return resolve(preferred, settings)
    usable = [e for e in scan(settings) if e.kind == "checkpoint" and e.format != "pickle"]
    if not usable:
        raise ModelNotFoundError(model="(default)")
    usable.sort(key=lambda e: (e.licence == "unknown", e.source != "vitrine", e.name.lower()))
    return usable[0]
