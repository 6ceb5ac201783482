"""Campaigns and their briefs."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field, fields

from app.core.i18n import tr_noop


class Confidentiality(enum.StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"  # never sent to a cloud provider


CONFIDENTIALITY_LABELS = {
    "public": tr_noop("Public"),
    "internal": tr_noop("Internal"),
    "confidential": tr_noop("Confidential: never sent to a cloud provider"),
}


class Usage(enum.StrEnum):
    COMMERCIAL = "commercial"
    NON_COMMERCIAL = "non-commercial"


USAGE_LABELS = {
    "commercial": tr_noop("Commercial"),
    "non-commercial": tr_noop("Non-commercial"),
}


@dataclass
class Fact:
    """An approved claim and the evidence that supports it."""

    claim: str
    evidence: str = ""

    @classmethod
    def from_dict(cls, data) -> Fact:
        if isinstance(data, str):
            return cls(claim=data)
        return cls(claim=str(data.get("claim", "")), evidence=str(data.get("evidence", "") or ""))


@dataclass
class BrandKit:
    palette: list[str] = field(default_factory=list)  # "#RRGGBB"
    fonts: list[str] = field(default_factory=list)
    logo: str = ""  # sha256 of the logo asset file, or a path
    style_words: list[str] = field(default_factory=list)
    negative_prompt: str = ""

    @classmethod
    def from_dict(cls, data: dict | None) -> BrandKit:
        data = data or {}
        return cls(
            palette=_str_list(data.get("palette")),
            fonts=_str_list(data.get("fonts")),
            logo=str(data.get("logo", "") or ""),
            style_words=_str_list(data.get("style_words")),
            negative_prompt=str(data.get("negative_prompt", "") or ""),
        )


@dataclass
class Brief:
    product: str = ""
    audience: str = ""
    objective: str = ""
    key_messages: list[str] = field(default_factory=list)
    tone: str = ""  # the brand voice
    languages: list[str] = field(default_factory=list)  # "fr", "en"...
    channels: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    brand: BrandKit = field(default_factory=BrandKit)

    KEYS = ("product", "audience", "objective", "key_messages", "tone", "languages", "channels",
            "facts", "brand", "confidentiality", "usage")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> Brief:
        data = data or {}
        return cls(
            product=str(data.get("product", "") or ""),
            audience=str(data.get("audience", "") or ""),
            objective=str(data.get("objective", "") or ""),
            key_messages=_str_list(data.get("key_messages")),
            tone=str(data.get("tone", "") or ""),
            languages=[x.lower() for x in _str_list(data.get("languages"))],
            channels=_str_list(data.get("channels")),
            facts=[Fact.from_dict(f) for f in (data.get("facts") or [])],
            brand=BrandKit.from_dict(data.get("brand")),
        )


@dataclass
class Campaign:
    id: str
    name: str
    brief: Brief = field(default_factory=Brief)
    confidentiality: Confidentiality = Confidentiality.INTERNAL
    usage: Usage = Usage.COMMERCIAL
    archived: bool = False
    created_at: str = ""
    updated_at: str = ""

    @property
    def language(self) -> str:
        """The campaign's main language (the first listed), English when none is given."""
        return self.brief.languages[0] if self.brief.languages else "en"

    def to_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["brief"] = self.brief.to_dict()
        data["confidentiality"] = self.confidentiality.value
        data["usage"] = self.usage.value
        return data


def _str_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace("\n", ",").split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]
