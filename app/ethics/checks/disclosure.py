"""Disclosure: every exported file is labelled as AI-generated in its metadata (C2PA and XMP on
images, C2PA on audio, a disclosure line and a signed sidecar on text). Photorealistic people
also need a visible label: a person decides how (the sign-off's note), or the asset says so."""

from __future__ import annotations

from app.core.i18n import tr
from app.ethics.model import Finding, Verdict
from app.ethics.people import photographic, shows_people

ID = "disclosure"


def title() -> str:
    return tr("AI disclosure")


def summary(findings) -> str:
    return tr("Every file is labelled as AI-generated when exported (C2PA, XMP, disclosure line).")


def run(inp) -> list[Finding]:
    out = []
    for asset in inp.assets:
        out.append(Finding(ID, Verdict.PASS, tr("Labelled as AI-generated on export"), asset.id,
                           kind="metadata"))
        if asset.kind.value == "image" and shows_people(inp, asset) and photographic(asset) \
                and not asset.meta.get("visible_label"):
            out.append(Finding(ID, Verdict.SIGNOFF,
                               tr("Photorealistic people: choose a visible "
                                  "\u201cAI-generated\u201d label (say which in the sign-off "
                                  "note)"),
                               asset.id, kind="visible-label"))
    return out
