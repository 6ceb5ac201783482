"""Unsafe imagery: the offline nudity detector on every image (blocks until a person confirms a
false positive), and word lists in prompts for violence (sign-off) and illegal content (blocks
until signed)."""

from __future__ import annotations

from app.core.i18n import tr
from app.ethics import imagery, lists
from app.ethics.inputs import prompt_texts
from app.ethics.model import Finding, Span, Verdict
from app.ethics.text import find_phrases

ID = "unsafe-imagery"


def title() -> str:
    return tr("Unsafe imagery")


def summary(findings) -> str:
    return tr("No nudity detected in the images; no violent or illegal content asked for.")


def analysis(inp, asset) -> imagery.ImageAnalysis:
    cache = inp.cache.setdefault("images", {})
    if asset.id not in cache:
        cache[asset.id] = imagery.analyse(asset.path, asset.sha256)
    return cache[asset.id]


def run(inp) -> list[Finding]:
    config = lists.load("unsafe")
    classes = config.get("nudity_classes", [])
    min_score = float(config.get("nudity_min_score", 0.5))
    violence = lists.phrases("unsafe", "violence")
    illegal = lists.phrases("unsafe", "illegal")
    out = []
    for asset in inp.images():
        result = analysis(inp, asset)
        if not result.checked:
            out.append(Finding(ID, Verdict.SIGNOFF, tr("The image could not be checked for "
                                                       "nudity: look at it"),
                               asset.id, kind="not-checked"))
        elif result.classes(classes, min_score):
            found = ", ".join(sorted({d["class"].lower().replace("_", " ")
                                      for d in result.classes(classes, min_score)}))
            out.append(Finding(ID, Verdict.BLOCK,
                               tr("Nudity detected ({what}): remove the image, or sign off if "
                                  "the detector is wrong", what=found),
                               asset.id, kind="nudity",
                               data={"detections": result.classes(classes, min_score)}))
    for asset in inp.assets:
        bad, rough = [], []
        for field, text in prompt_texts(asset):
            if field == "negative_prompt":  # asking the model to avoid gore is fine
                continue
            bad += [Span(field, s, e, v) for s, e, v in find_phrases(text, illegal)]
            rough += [Span(field, s, e, v) for s, e, v in find_phrases(text, violence)]
        if bad:
            out.append(Finding(ID, Verdict.BLOCK, tr("The prompt asks for illegal content: "
                                                     "remove the asset, or sign off"),
                               asset.id, bad, kind="illegal"))
        if rough:
            out.append(Finding(ID, Verdict.SIGNOFF, tr("The prompt asks for violent content: "
                                                       "check it suits the campaign"),
                               asset.id, rough, kind="violence"))
    return out
