"""Text channel templates (resources/channels/text.json) and how copy is measured against them.

A channel has one or more fields (Google Ads: headline and description); each field has a limit in
characters, X's weighted characters or words. Radio scripts are limited by spoken duration: the
word limit is seconds x words per second of the campaign's language."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from app.core.errors import UsageError
from app.core.i18n import tr
from app.core.resources import load_json

UNITS = ("chars", "x", "words")


@dataclass(frozen=True)
class ChannelField:
    id: str
    labels: dict  # language -> the label the model is asked to write
    aliases: tuple[str, ...]
    limit: int | None
    unit: str = "chars"
    strict: bool = True  # the platform refuses longer text; else a guideline ("~")

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.id


@dataclass(frozen=True)
class ChannelTemplate:
    id: str
    labels: dict
    describes: dict
    fields: tuple[ChannelField, ...]
    multiline: bool = False  # one variant spans several lines/paragraphs
    hashtags: dict = field(default_factory=dict, hash=False)
    seconds: float | None = None
    words_per_second: dict = field(default_factory=dict, hash=False)

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.id

    def describe(self, language: str) -> str:
        return self.describes.get(language) or self.describes.get("en") or self.id

    def wps(self, language: str) -> float | None:
        if not self.words_per_second:
            return None
        return float(self.words_per_second.get(language) or self.words_per_second["default"])

    def for_language(self, language: str) -> ChannelTemplate:
        """This template with duration-based limits resolved for `language`."""
        if self.seconds is None:
            return self
        limit = math.floor(self.seconds * self.wps(language))
        fields = tuple(ChannelField(f.id, f.labels, f.aliases, limit, "words", f.strict)
                       for f in self.fields)
        return ChannelTemplate(self.id, self.labels, self.describes, fields, self.multiline,
                               self.hashtags, self.seconds, self.words_per_second)


@cache
def all_channels() -> dict[str, ChannelTemplate]:
    data = load_json("channels", "text.json")["channels"]
    return {cid: _template(cid, spec) for cid, spec in data.items()}


def channel_ids() -> list[str]:
    return list(all_channels())


def get_channel(channel_id: str, language: str = "en") -> ChannelTemplate:
    """The template of a channel, limits resolved for the language. Unknown ids are a UsageError."""
    channels = all_channels()
    if channel_id not in channels:
        raise UsageError(what=tr("unknown text channel \u201c{channel}\u201d (known: {known})",
                                 channel=channel_id, known=", ".join(channels)))
    return channels[channel_id].for_language(language)


def _template(cid: str, spec: dict) -> ChannelTemplate:
    fields = tuple(
        ChannelField(
            id=f["id"], labels=dict(f["label"]),
            aliases=tuple(a.lower() for a in f.get("aliases", ())),
            limit=f.get("limit"), unit=f.get("unit", "chars"), strict=bool(f.get("strict", True)))
        for f in spec["fields"])
    for f in fields:
        if f.unit not in UNITS:
            raise ValueError(f"channel {cid}: unknown unit {f.unit}")
    return ChannelTemplate(
        id=cid, labels=dict(spec["label"]), describes=dict(spec.get("describe", {})),
        fields=fields, multiline=bool(spec.get("multiline", False)),
        hashtags=dict(spec.get("hashtags", {})), seconds=spec.get("seconds"),
        words_per_second=dict(spec.get("words_per_second", {})))


# --- measuring -------------------------------------------------------------------------------
_URL = re.compile(r"https?://\S+|www\.\S+", re.I)
_WORD = re.compile(r"\S*\w\S*")
# X counts these ranges as 1 and everything else (CJK, emoji) as 2; a URL is always 23.
_X_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_X_ZERO = {0x200D, 0xFE0E, 0xFE0F}


def measure(text: str, unit: str) -> int:
    """The length of `text` in `unit` (chars, x or words)."""
    text = unicodedata.normalize("NFC", text)
    if unit == "words":
        return len(_WORD.findall(text))
    if unit == "x":
        return _x_length(text)
    return len(text)


def _x_length(text: str) -> int:
    total = 0
    pos = 0
    for match in _URL.finditer(text):
        total += _x_chars(text[pos:match.start()]) + 23
        pos = match.end()
    return total + _x_chars(text[pos:])


def _x_chars(text: str) -> int:
    total = 0
    for ch in text:
        code = ord(ch)
        if code in _X_ZERO or 0x1F3FB <= code <= 0x1F3FF:
            continue
        total += 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT) else 2
    return total


def unit_label(unit: str, language: str = "en") -> str:
    names = {"en": {"chars": "characters", "x": "characters", "words": "words"},
             "fr": {"chars": "caractères", "x": "caractères", "words": "mots"}}
    return names.get(language, names["en"])[unit]
