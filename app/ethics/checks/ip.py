"""Intellectual property: a living artist's style, trademarks and logos, real people's likeness,
voice cloning. Each needs a sign-off (a licence, an agreement, or a decision that it is fine).
The lists are editable (app.ethics.lists, topic "ip")."""

from __future__ import annotations

import re

from app.core.assets import AssetKind
from app.core.i18n import tr
from app.ethics import lists
from app.ethics.inputs import all_texts, is_prompt_field, prompt_texts
from app.ethics.model import Finding, Span, Verdict
from app.ethics.text import find_phrases

ID = "intellectual-property"
_NAME_AFTER = re.compile(r"\s*(?:de |d'|of |by )?[\"“«]?\s*"
                         r"([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)*)")


def title() -> str:
    return tr("Intellectual property")


def summary(findings) -> str:
    return tr("No artist's style, trademark, real person or cloned voice found.")


def _reasons() -> dict[str, str]:
    return {
        "living-artist": tr("Asks for the style of a living artist: get their agreement or "
                            "sign off"),
        "named-style": tr("Asks for the style of a named artist or work: check their rights"),
        "trademark": tr("Names a trademark: check the brand allows this use"),
        "logo": tr("Asks for a logo: check it is yours or licensed"),
        "real-person": tr("Names a real person: their likeness needs their consent"),
        "voice-cloning": tr("Imitates or clones a voice: it needs the speaker's consent"),
    }


def run(inp) -> list[Finding]:
    ip = {key: lists.phrases("ip", key) for key in (
        "style_phrases", "living_artists", "trademarks", "logo_phrases", "real_people",
        "voice_cloning", "voice_cloning_parameters")}
    reasons = _reasons()
    out = []
    for asset in inp.assets:
        found: dict[str, list[Span]] = {}
        for field, text in all_texts(asset):
            for kind, key in (("living-artist", "living_artists"), ("trademark", "trademarks"),
                              ("real-person", "real_people")):
                for start, end, value in find_phrases(text, ip[key]):
                    found.setdefault(kind, []).append(Span(field, start, end, value))
            for start, end, _ in find_phrases(text, ip["style_phrases"]):
                name = _NAME_AFTER.match(text, end)
                if name and not _covered(found, field, name.start(1)):
                    found.setdefault("named-style", []).append(
                        Span(field, start, name.end(1), text[start:name.end(1)]))
            if asset.kind == AssetKind.IMAGE and is_prompt_field(field) and \
                    field != "negative_prompt":
                for start, end, value in find_phrases(text, ip["logo_phrases"]):
                    found.setdefault("logo", []).append(Span(field, start, end, value))
        if asset.kind == AssetKind.AUDIO:
            _voice(asset, ip, found)
        for kind, spans in found.items():
            out.append(Finding(ID, Verdict.SIGNOFF, reasons[kind], asset.id, spans, kind=kind))
    return out


def _covered(found, field, position) -> bool:
    return any(s.field == field and s.start <= position < s.end
               for spans in found.values() for s in spans)


def _voice(asset, ip, found) -> None:
    for field, text in prompt_texts(asset):
        for start, end, value in find_phrases(text, ip["voice_cloning"]):
            found.setdefault("voice-cloning", []).append(Span(field, start, end, value))
    params = asset.generation.parameters if asset.generation else {}
    keys = {k.lower() for k in ip["voice_cloning_parameters"]}
    for key, value in (params or {}).items():
        if key.lower() in keys and value:
            found.setdefault("voice-cloning", []).append(Span("parameters", 0, 0, key))
    if asset.meta.get("voice_clone"):
        found.setdefault("voice-cloning", []).append(Span("meta", 0, 0, "voice_clone"))
