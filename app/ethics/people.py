"""Does an image show people, and is it photographic? From the detector's faces and from the
words of its prompt, title and alt text (lists: topic "people")."""

from __future__ import annotations

from app.core.assets import Asset
from app.ethics import lists
from app.ethics.checks.unsafe import analysis
from app.ethics.inputs import copy_texts, prompt_texts
from app.ethics.text import find_phrases


def _texts(asset: Asset) -> list[str]:
    return [t for f, t in prompt_texts(asset) + copy_texts(asset) if f != "negative_prompt"]


def shows_people(inp, asset: Asset) -> bool:
    key = ("people", asset.id)
    if key not in inp.cache:
        config = lists.load("people")
        faces = analysis(inp, asset).classes(config.get("face_classes", []),
                                             float(config.get("face_min_score", 0.5)))
        words = lists.phrases("people", "people")
        inp.cache[key] = bool(faces) or any(find_phrases(t, words) for t in _texts(asset))
    return inp.cache[key]


def photographic(asset: Asset) -> bool:
    if asset.meta.get("style") in ("photo", "photographic"):
        return True
    words = lists.phrases("people", "photographic")
    texts = _texts(asset)
    # An image with no prompt at all (imported) may be a photograph: treat it as one.
    return not texts or any(find_phrases(t, words) for t in texts)
