"""Local audio models: where a model id points on disk, what its licence says, which device runs
it. Cheap (JSON and the model card's front matter only): `describe` uses it. (Devices, which
need torch, are in `devices`.)"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from app.core.errors import ModelNotFoundError, UnsafeCheckpointError
from app.core.paths import models_dir

# Licences by model family when the folder has no model card saying otherwise. MusicGen's and
# MMS's weights are CC-BY-NC 4.0, AudioLDM 2's CC-BY-NC-SA 4.0; Stable Audio Open's is the
# Stability AI Community licence (commercial use under conditions).
FAMILY_LICENCES = {"musicgen": "cc-by-nc-4.0", "musicgen_melody": "cc-by-nc-4.0",
                   "AudioLDM2Pipeline": "cc-by-nc-sa-4.0", "AudioLDMPipeline": "cc-by-nc-sa-4.0",
                   "StableAudioPipeline": "stable-audio-community", "mms": "cc-by-nc-4.0"}
# The music models `music.py` runs, and the well-known ids looked for in the Hugging Face cache.
MUSIC_TRANSFORMERS_FAMILIES = ("musicgen", "musicgen_melody")
MUSIC_DIFFUSERS_FAMILIES = ("StableAudioPipeline", "AudioLDM2Pipeline", "AudioLDMPipeline")
KNOWN_MUSIC_IDS = ("facebook/musicgen-small", "stabilityai/stable-audio-open-1.0",
                   "facebook/musicgen-medium", "cvssp/audioldm2", "cvssp/audioldm2-music")
_COMMERCIAL = {"apache-2.0": "yes", "mit": "yes", "bsd-3-clause": "yes", "cc-by-4.0": "yes",
               "cc0-1.0": "yes", "openrail": "restricted", "creativeml-openrail-m": "restricted",
               "stable-audio-community": "restricted"}


def resolve_model_dir(ident: str, folders: list[str] | tuple = ()) -> Path:
    """A local folder for `ident`: a path, a folder of that name in the model folders, or a
    Hugging Face id already in the local cache. Never downloads."""
    if not ident:
        raise ModelNotFoundError(model="(none)")
    path = Path(ident).expanduser()
    if path.is_dir():
        return path.resolve()
    if path.is_file():
        if path.suffix.lower() in (".ckpt", ".bin", ".pt", ".pth"):
            raise UnsafeCheckpointError(model=ident)
        return path.parent.resolve()
    names = {ident, ident.replace("/", "--"), ident.rsplit("/", 1)[-1]}
    for root in [*folders, str(models_dir())]:
        for name in names:
            candidate = Path(root).expanduser() / name
            if candidate.is_dir():
                return candidate.resolve()
    cached = _hf_cached(ident)
    if cached is not None:
        return cached
    raise ModelNotFoundError(model=ident)


def _hf_cached(repo_id: str) -> Path | None:
    if not re.fullmatch(r"[\w.\-]+/[\w.\-]+", repo_id):
        return None
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception:  # not in the cache (or no hub library): not found
        return None


def list_music_models(settings) -> list[Path]:
    """Every music model on this machine, the one `music.find_music_model` prefers first: the
    known ids in the Hugging Face cache, then the music-model folders in the model folders.
    Cheap enough for a picker (folder listings and small JSON files), but it reads the disk:
    the window calls it off the GUI thread."""
    found = [f for f in (_hf_cached(repo_id) for repo_id in KNOWN_MUSIC_IDS) if f is not None]
    for root in [*model_folders(settings), str(models_dir())]:
        base = Path(root).expanduser()
        for folder in sorted(base.iterdir()) if base.is_dir() else ():
            if folder.is_dir() and family(folder) in MUSIC_TRANSFORMERS_FAMILIES + \
                    MUSIC_DIFFUSERS_FAMILIES and folder.resolve() not in found:
                found.append(folder.resolve())
    return found


def model_folders(settings) -> list[str]:
    """The user's model folders, from a Settings object or its plain copy (in a job)."""
    if isinstance(settings, dict):
        return list(settings.get("model_folders") or [])
    return list(getattr(settings, "model_folders", None) or [])


def read_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def family(folder: Path) -> str:
    """The pipeline class (diffusers folders) or the model type (transformers folders)."""
    index = read_json(folder / "model_index.json")
    if index.get("_class_name"):
        return index["_class_name"]
    return read_json(folder / "config.json").get("model_type", "")


@lru_cache(maxsize=64)
def card_licence(folder: str) -> str:
    """`license` (or `license_name` for "other") from the model card's YAML front matter."""
    try:
        text = (Path(folder) / "README.md").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    match = re.match(r"---\s*\n(.*?)\n---", text, re.S)
    if not match:
        return ""
    fields = dict(re.findall(r"^(license(?:_name)?):\s*['\"]?([^'\"\n]+?)['\"]?\s*$",
                             match.group(1), re.M))
    licence = fields.get("license", "").strip().lower()
    if licence == "other" and fields.get("license_name"):
        return fields["license_name"].strip().lower()
    return licence


def licence_of(folder: Path, kind: str) -> tuple[str, str]:
    """(licence, commercial_use) of a model folder."""
    licence = card_licence(str(folder))
    if not licence:
        key = "mms" if kind == "vits" and "mms" in folder.name.lower() else kind
        licence = FAMILY_LICENCES.get(key, "unknown")
    return licence, commercial_use(licence)


def commercial_use(licence: str) -> str:
    licence = licence.lower()
    if "-nc" in licence or "noncommercial" in licence or "non-commercial" in licence:
        return "no"
    return _COMMERCIAL.get(licence, "unknown")
