"""Loi Toubon: advertising for a French audience must be in French. Copy (or a voice-over) in
another language needs a French version in the campaign; a person signs off on it otherwise
(a brand name or a tagline may be allowed with a translation nearby)."""

from __future__ import annotations

from app.core.assets import AssetKind
from app.core.i18n import tr
from app.ethics.model import Finding, Verdict
from app.ethics.text import fold, guess_language

ID = "loi-toubon"
_FRENCH_AUDIENCE = ("france", "francais", "francaise", "french", "hexagone")


def title() -> str:
    return tr("French language (loi Toubon)")


def summary(findings) -> str:
    return tr("No copy for a French audience without a French version.")


def french_audience(campaign) -> bool:
    if "fr" in campaign.brief.languages:
        return True
    audience = fold(campaign.brief.audience)
    return any(word in audience.split() for word in _FRENCH_AUDIENCE)


def language_of(asset) -> str:
    declared = str(asset.meta.get("language", "") or "").lower()[:2]
    text = asset.text if asset.kind == AssetKind.TEXT else asset.transcript
    return declared or guess_language(text)


def run(inp) -> list[Finding]:
    if not french_audience(inp.campaign):
        return []
    copy = [a for a in inp.assets if a.kind in (AssetKind.TEXT, AssetKind.AUDIO)
            and (a.text if a.kind == AssetKind.TEXT else a.transcript).strip()]
    languages = {a.id: language_of(a) for a in copy}
    french_channels = {a.channel for a in copy if languages[a.id] == "fr"}
    out = []
    for asset in copy:
        lang = languages[asset.id]
        if lang in ("", "fr"):
            continue
        if asset.channel in french_channels or (not asset.channel and french_channels):
            out.append(Finding(ID, Verdict.PASS, tr("A French version exists"), asset.id,
                               kind="translated"))
        else:
            out.append(Finding(ID, Verdict.SIGNOFF,
                               tr("Copy in \u201c{language}\u201d for a French audience with no "
                                  "French version: add one, or sign off", language=lang),
                               asset.id, kind="no-french-version"))
    return out
