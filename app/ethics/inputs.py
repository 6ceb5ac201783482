"""What the checks work on: the campaign, the assets under review, the settings, and the texts
of each asset (prompts, which never leave in a public export, and copy, which is published)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.assets import Asset, AssetKind
from app.core.campaign import Campaign
from app.core.settings import Settings

PROMPT_FIELDS = ("prompt", "negative_prompt", "system_prompt")
COPY_FIELDS = ("text", "title", "alt_text", "transcript")


@dataclass
class ReviewInput:
    campaign: Campaign
    assets: list[Asset]
    settings: Settings = field(default_factory=Settings)
    cache: dict = field(default_factory=dict)  # results shared between checks (image analysis)

    def images(self) -> list[Asset]:
        return [a for a in self.assets if a.kind == AssetKind.IMAGE]

    def of_kind(self, kind: AssetKind) -> list[Asset]:
        return [a for a in self.assets if a.kind == kind]


def prompt_texts(asset: Asset) -> list[tuple[str, str]]:
    """(field, text) of what was asked of the model (never published in a public export)."""
    record = asset.generation
    if record is None:
        return []
    out = [(name, getattr(record, name, "") or "") for name in PROMPT_FIELDS]
    for key in ("speech", "music", "lyrics"):  # audio requests keep their text in parameters
        value = record.parameters.get(key) if isinstance(record.parameters, dict) else None
        if isinstance(value, str):
            out.append((key, value))
    return [(name, text) for name, text in out if text.strip()]


def copy_texts(asset: Asset) -> list[tuple[str, str]]:
    """(field, text) of what the audience reads or hears."""
    out = [(name, getattr(asset, name, "") or "") for name in COPY_FIELDS]
    return [(name, text) for name, text in out if text.strip()]


def all_texts(asset: Asset) -> list[tuple[str, str]]:
    return prompt_texts(asset) + copy_texts(asset)


def is_prompt_field(name: str) -> bool:
    return name not in COPY_FIELDS


def asset_label(asset: Asset) -> str:
    """How a finding names an asset: its id (the review lists ids; the report maps them)."""
    return asset.id
