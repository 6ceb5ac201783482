"""The catalog of known models (`resources/models/catalog.json`): licence, whether commercial use
is allowed (yes | no | restricted | unknown), default steps and guidance. Unknown models are
"unknown": never guessed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.resources import load_json


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str = ""
    family: str = ""
    kind: str = "checkpoint"  # checkpoint | lora | preview-decoder
    variant: str = ""  # turbo | lcm | ""
    licence: str = "unknown"
    commercial_use: str = "unknown"
    notes: str = ""
    aliases: tuple = ()
    defaults: dict = field(default_factory=dict, hash=False)


UNKNOWN = CatalogEntry(id="")


def entries() -> list[CatalogEntry]:
    data = load_json("models", "catalog.json")
    out = []
    for item in data.get("models", []):
        out.append(CatalogEntry(
            id=item["id"], name=item.get("name", ""), family=item.get("family", ""),
            kind=item.get("kind", "checkpoint"), variant=item.get("variant", ""),
            licence=item.get("licence", "unknown"),
            commercial_use=item.get("commercial_use", "unknown"), notes=item.get("notes", ""),
            aliases=tuple(item.get("aliases", [])), defaults=dict(item.get("defaults", {}))))
    return out


def lookup(ref: str) -> CatalogEntry:
    """The entry for a repo id, an alias, or a file/folder whose name is an alias; else UNKNOWN."""
    if not ref:
        return UNKNOWN
    key = ref.strip().lower()
    stem = Path(key).name.removesuffix(".safetensors")
    for entry in entries():
        names = {entry.id.lower(), *(a.lower() for a in entry.aliases)}
        if key in names or stem in names or stem == entry.id.lower().rsplit("/", 1)[-1]:
            return entry
    return UNKNOWN
