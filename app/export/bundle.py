"""Export bundles: every file written with its provenance into a temporary folder next to the
destination, then `report.md`, `report.html` and `manifest.json` (sha256 of every file), then the
folder renamed into place. A bundle is complete or absent, never half there: a killed export
leaves at most a hidden `.NAME.vitrine-partial-PID-…` folder, removed by the next export there."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app import APP_NAME, __version__
from app.core.assets import Asset, AssetKind
from app.core.campaign import Campaign
from app.core.errors import CancelledError, DiskFullError, UsageError, VitrineError
from app.core.i18n import tr
from app.core.util import now_iso
from app.ethics.checks.accessibility import repeats_prompt
from app.ethics.inputs import prompt_texts
from app.ethics.model import Checklist
from app.ethics.text import fold, guess_language
from app.export import audio, images, report, text
from app.export.c2pa_io import make_signer
from app.export.signing import SigningIdentity, load_identity

log = logging.getLogger(__name__)
PUBLIC, INTERNAL = report.PUBLIC, report.INTERNAL
PROFILES = (PUBLIC, INTERNAL)
IMAGE_FORMATS, AUDIO_FORMATS, TEXT_FORMATS = ("png", "jpeg", "webp"), ("wav", "mp3"), \
    ("md", "html", "txt")
PARTIAL = ".vitrine-partial-"


class ExportError(VitrineError):
    message = "The export to {path} failed: {reason}. Nothing was written there."
    hint = "Check the folder and the free space, then export again."


@dataclass
class ExportOptions:
    profile: str = PUBLIC
    image_format: str = "png"
    audio_format: str = "wav"
    text_format: str = "md"
    srgb: bool = True
    disclosure_line: str = ""

    def validate(self) -> None:
        for value, allowed, what in ((self.profile, PROFILES, "profile"),
                                     (self.image_format, IMAGE_FORMATS, "image format"),
                                     (self.audio_format, AUDIO_FORMATS, "audio format"),
                                     (self.text_format, TEXT_FORMATS, "text format")):
            if value not in allowed:
                raise UsageError(what=tr("{what} must be one of {allowed} (got "
                                         "\u201c{value}\u201d)", what=what,
                                         allowed=", ".join(allowed), value=value))


@dataclass
class BundleResult:
    path: Path
    files: list[dict] = field(default_factory=list)
    manifest_sha256: str = ""
    warnings: list[str] = field(default_factory=list)


Progress = Callable[[int, int, str], None]


def write_bundle(campaign: Campaign, assets: list[Asset], checklist: Checklist,
                 destination: str | Path, options: ExportOptions, *,
                 identity: SigningIdentity | None = None, progress: Progress | None = None,
                 cancel: Callable[[], bool] | None = None) -> BundleResult:
    options.validate()
    dest = check_destination(destination)
    identity = identity or load_identity()
    dest.parent.mkdir(parents=True, exist_ok=True)
    clean_partials(dest)
    tmp = dest.parent / f".{dest.name}{PARTIAL}{os.getpid()}-{secrets.token_hex(4)}"
    tmp.mkdir()
    try:
        result = _write(tmp, campaign, assets, checklist, options, identity, progress, cancel)
        _sync_tree(tmp)
        _move_into_place(tmp, dest)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        translated = _translate(exc, dest)
        if translated is exc:
            raise
        raise translated from exc
    result.path = dest
    return result


def _move_into_place(tmp: Path, dest: Path) -> None:
    if dest.exists():
        try:
            dest.rmdir()  # an empty folder the user made for the bundle
        except OSError:
            pass  # not empty any more: the rename below says so
    try:
        os.rename(tmp, dest)
    except OSError as exc:
        if dest.exists():  # another export got there first
            raise UsageError(what=tr("{path} already exists: choose a new folder for the "
                                     "bundle", path=str(dest))) from exc
        raise
    _fsync_dir(dest.parent)


def _translate(exc: BaseException, dest: Path) -> BaseException:
    """What a user can act on: a full disk, an unwritable folder, a file c2pa refused."""
    if isinstance(exc, VitrineError) or not isinstance(exc, Exception):
        return exc
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFullError(path=str(dest))
    if isinstance(exc, OSError):
        return ExportError(path=str(dest), reason=exc.strerror or str(exc))
    if type(exc).__module__.startswith("c2pa"):
        return ExportError(path=str(dest), reason=f"C2PA: {exc}")
    return exc


def check_destination(destination: str | Path) -> Path:
    dest = Path(destination).expanduser().absolute()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UsageError(what=tr("{path} already exists: choose a new folder for the bundle",
                                 path=str(dest)))
    return dest


def clean_partials(dest: Path) -> None:
    """Remove what killed exports to the same destination left behind."""
    if not dest.parent.is_dir():
        return
    prefix = f".{dest.name}{PARTIAL}"
    for entry in dest.parent.iterdir():
        if entry.name.startswith(prefix) and entry.is_dir():
            pid = entry.name[len(prefix):].split("-")[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write(tmp, campaign, assets, checklist, options, identity, progress, cancel):
    public = options.profile == PUBLIC
    signer = make_signer(identity)
    result = BundleResult(path=tmp)
    names: set[str] = set()
    recipes = {}
    try:
        for index, asset in enumerate(assets, 1):
            if cancel and cancel():
                raise CancelledError()
            entry, extra = _export_asset(tmp, index, asset, campaign, options, identity,
                                         signer, names, public)
            result.files.append(entry)
            result.files += extra
            if entry["provenance"].get("watermark") == "not-verified":
                result.warnings.append(tr("The watermark of {file} could not be verified",
                                          file=entry["path"]))
            if not public:
                recipes[asset.id] = recipe_of(asset)
            if progress:
                progress(index, len(assets), entry["path"])
    finally:
        signer.close()
    root = tmp / "provenance" / "signing-root.pem"
    root.parent.mkdir(exist_ok=True)
    root.write_bytes(identity.root_pem)
    result.files.append(_entry(tmp, root, "certificate", "application/x-pem-file"))
    created = now_iso()
    ctx = report.ReportContext(
        campaign_name=campaign.name, usage=campaign.usage.value, profile=options.profile,
        created_at=created, checklist=checklist, files=result.files,
        signing={"issuer": identity.issuer, "source": identity.source}, recipes=recipes)
    markdown_text = report.build_markdown(ctx)
    (tmp / "report.md").write_text(markdown_text, encoding="utf-8")
    (tmp / "report.html").write_text(
        report.to_html(markdown_text, tr("Export report: {campaign}", campaign=campaign.name),
                       campaign.language), encoding="utf-8")
    result.files += [_entry(tmp, tmp / "report.md", "report", "text/markdown"),
                     _entry(tmp, tmp / "report.html", "report", "text/html")]
    manifest = _manifest(campaign, checklist, result.files, options, identity, created, public)
    data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    (tmp / "manifest.json").write_bytes(data)
    result.manifest_sha256 = hashlib.sha256(data).hexdigest()
    return result


def _export_asset(tmp, index, asset, campaign, options, identity, signer, names, public):
    record = asset.generation
    model = record.model if record else ""
    revision = record.model_revision if record else ""
    recipe = recipe_of(asset) if not public else None
    stem = _unique(names, f"{index:02d}-{slugify(label_for(asset, public))}")
    extra = []
    if asset.kind == AssetKind.IMAGE:
        ext = images.EXTENSIONS[options.image_format]
        path = _target(tmp, "images", f"{stem}.{ext}")
        title = asset.title if usable_label(asset.title, asset, public) else ""
        alt = asset.alt_text if usable_label(asset.alt_text, asset, public) else ""
        done = images.export_image(images.ImageJob(
            source=Path(asset.path), dest=path, fmt=options.image_format, srgb=options.srgb,
            title=title, alt_text=alt, model=model, model_version=revision,
            parameters_text="" if public else a1111_parameters(asset), recipe=recipe), signer)
        provenance = {"c2pa": True, "xmp": True, "watermark": done["watermark"]}
        mime = done["mime"]
    elif asset.kind == AssetKind.AUDIO:
        path = _target(tmp, "audio", f"{stem}.{options.audio_format}")
        done = audio.export_audio(audio.AudioJob(
            source=Path(asset.path), dest=path, fmt=options.audio_format, model=model,
            model_version=revision, recipe=recipe), signer)
        provenance, mime = {"c2pa": True}, done["mime"]
    else:
        path = _target(tmp, "text", f"{stem}.{options.text_format}")
        body = asset.text or Path(asset.path).read_text(encoding="utf-8", errors="replace")
        language = str(asset.meta.get("language") or guess_language(body) or campaign.language)
        done, sidecar = text.export_text(text.TextJob(
            text=body, dest=path, fmt=options.text_format,
            title=asset.title if usable_label(asset.title, asset, public) else "",
            language=language, disclosure=options.disclosure_line, model=model,
            recipe=recipe), identity)
        provenance, mime = {"disclosure": True, "sidecar": done["sidecar"]}, done["mime"]
        extra.append(_entry(tmp, sidecar, "provenance", "application/json"))
    entry = _entry(tmp, path, asset.kind.value, mime)
    entry.update(asset=asset.id, model=model, provenance=provenance,
                 licence=record.licence if record else "unknown")
    if recipe:
        entry["recipe"] = recipe
    return entry, extra


def _target(tmp: Path, folder: str, name: str) -> Path:
    (tmp / folder).mkdir(exist_ok=True)
    return tmp / folder / name


def _entry(tmp: Path, path: Path, kind: str, mime: str) -> dict:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return {"path": path.relative_to(tmp).as_posix(), "sha256": digest.hexdigest(),
            "size": path.stat().st_size, "kind": kind, "mime": mime}


def _manifest(campaign, checklist, files, options, identity, created, public) -> dict:
    signoffs = []
    names = {f["asset"]: f["path"] for f in files if f.get("asset")}
    for item in checklist.items:
        for s in item.signoffs:
            row = {"item": item.id, "by": s.get("by_name", ""), "at": s.get("created_at", ""),
                   "file": names.get(s.get("asset_id"), ""), "valid": not s.get("stale")}
            if not public:
                row.update(note=s.get("note", ""), asset=s.get("asset_id"))
            signoffs.append(row)
    entries = []
    for f in files:
        entry = dict(f)
        if public:
            entry.pop("asset", None)
            entry.pop("recipe", None)
        entries.append(entry)
    campaign_info = {"name": campaign.name, "usage": campaign.usage.value}
    if not public:
        campaign_info.update(id=campaign.id, brief=campaign.brief.to_dict())
    return {
        "format": "vitrine-bundle", "version": 1, "profile": options.profile,
        "created_at": created, "generator": {"name": APP_NAME, "version": __version__},
        "campaign": campaign_info,
        "signing": {"issuer": identity.issuer, "source": identity.source,
                    "root": "provenance/signing-root.pem"},
        "review": {"blocking": checklist.blocking,
                   "items": [{"id": i.id, "verdict": i.verdict.value, "open": i.open}
                             for i in checklist.items],
                   "signoffs": signoffs},
        "files": entries,
    }


# --- names and recipes ------------------------------------------------------------------------
def slugify(text: str, limit: int = 40) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:limit].rstrip("-") or "asset"


def _unique(names: set[str], stem: str) -> str:
    candidate, n = stem, 2
    while candidate in names:
        candidate, n = f"{stem}-{n}", n + 1
    names.add(candidate)
    return candidate


def usable_label(label: str, asset: Asset, public: bool) -> bool:
    """A title or alt text may go into a public file unless it was filled from a prompt."""
    if not label.strip():
        return False
    if not public:
        return True
    folded = " ".join(fold(label).split())
    for _, prompt in prompt_texts(asset):
        if repeats_prompt(label, prompt) or folded in " ".join(fold(prompt).split()):
            return False
    return True


def label_for(asset: Asset, public: bool) -> str:
    if usable_label(asset.title, asset, public):
        return asset.title
    return asset.channel or asset.kind.value


def recipe_of(asset: Asset) -> dict:
    """The full recipe (internal profile): the generation record and the asset's notes."""
    record = asset.generation.to_dict() if asset.generation else {}
    record.pop("energy", None)
    return {**record, "asset": asset.id, "title": asset.title, "meta": asset.meta}


def a1111_parameters(asset: Asset) -> str:
    record = asset.generation
    if record is None or not record.prompt:
        return ""
    p = record.parameters or {}
    steps = p.get("steps", p.get("num_inference_steps", ""))
    sampler = p.get("sampler") or p.get("scheduler") or "default"
    cfg = p.get("guidance", p.get("guidance_scale", p.get("cfg_scale", "")))
    size = f"{asset.width}x{asset.height}" if asset.width and asset.height else ""
    text = record.prompt
    if record.negative_prompt:
        text += f"\nNegative prompt: {record.negative_prompt}"
    return (text + f"\nSteps: {steps}, Sampler: {sampler}, CFG scale: {cfg}, "
            f"Seed: {record.seed if record.seed is not None else ''}, Size: {size}, "
            f"Model: {record.model}")


# --- durability -------------------------------------------------------------------------------
def _sync_tree(folder: Path) -> None:
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(Path(root))


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
