"""Accessibility: alt text on every image (1–250 characters, not a file name, not the prompt)
and a transcript on every audio asset. Missing ones block; a sign-off cannot replace them."""

from __future__ import annotations

import re

from app.core.assets import AssetKind
from app.core.i18n import tr
from app.ethics.model import Finding, Verdict
from app.ethics.text import fold

ID = "accessibility"
MAX_ALT = 250
_FILENAME = re.compile(r"^[\w\-. ]*\.(?:png|jpe?g|webp|gif|tiff?|bmp|avif|heic)$|^(?:img|dsc|image|"
                       r"photo|pxl|screenshot)[_\- ]?\d+$", re.I)


def title() -> str:
    return tr("Accessibility")


def summary(findings) -> str:
    return tr("Every image has alt text and every audio asset a transcript.")


def alt_text_problem(asset) -> str:
    alt = (asset.alt_text or "").strip()
    if not alt:
        return tr("No alt text: describe the image for people who cannot see it")
    if len(alt) > MAX_ALT:
        return tr("The alt text is {n} characters long: keep it to {max} or fewer", n=len(alt),
                  max=MAX_ALT)
    if _FILENAME.match(alt):
        return tr("The alt text is a file name: describe the image instead")
    if repeats_prompt(alt, asset.generation.prompt if asset.generation else ""):
        return tr("The alt text repeats the generation prompt: describe what the image shows")
    return ""


def repeats_prompt(text: str, prompt: str) -> bool:
    """The text is the prompt, holds it, or is most of it (a prompt never becomes alt text)."""
    a, p = " ".join(fold(text).split()), " ".join(fold(prompt).split())
    if not a or not p:
        return False
    return a == p or p in a or (a in p and len(a) >= 0.6 * len(p))


def run(inp) -> list[Finding]:
    out = []
    for asset in inp.assets:
        if asset.kind == AssetKind.IMAGE:
            problem = alt_text_problem(asset)
            if problem:
                out.append(Finding(ID, Verdict.BLOCK, problem, asset.id, signable=False,
                                   kind="alt-text"))
        elif asset.kind == AssetKind.AUDIO and not asset.transcript.strip():
            out.append(Finding(ID, Verdict.BLOCK, tr("No transcript: add what the audio says"),
                               asset.id, signable=False, kind="transcript"))
    return out
