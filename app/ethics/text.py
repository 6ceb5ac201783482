"""Text helpers shared by the checks: accent- and case-insensitive matching that keeps character
offsets, phrase lists turned into patterns, and a small language guess."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc"), "'")


def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0] if c else c
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """Lower case, accents removed, dashes and apostrophes unified; same length as `text`, so
    offsets found in the folded text are offsets in the original."""
    text = (text or "").translate(_DASHES).translate(_QUOTES)
    return "".join(_fold_char(c) for c in text)


@lru_cache(maxsize=64)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    """One regex for a list of phrases, matched on folded text as whole words; a hyphen in a
    phrase also matches a space or nothing ("eco-friendly", "eco friendly", "ecofriendly")."""
    parts = []
    for phrase in sorted({fold(p).strip() for p in phrases if p and p.strip()}, key=len,
                         reverse=True):
        words = [re.escape(w) for w in re.split(r"\s+", phrase)]
        body = r"\s+".join(words).replace(r"\-", r"[\s\-]?")
        parts.append(body)
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


def find_phrases(text: str, phrases) -> list[tuple[int, int, str]]:
    """(start, end, matched text) of every listed phrase in `text`."""
    pattern = phrase_pattern(tuple(phrases))
    if pattern is None or not text:
        return []
    return [(m.start(), m.end(), text[m.start():m.end()]) for m in pattern.finditer(fold(text))]


def contains_phrase(text: str, phrases) -> bool:
    return bool(find_phrases(text, phrases))


# --- language guess ---------------------------------------------------------------------------
_STOPWORDS = {
    "fr": "le la les un une des du de et est en au aux avec pour sur dans par pas plus que qui "
          "ce cette ces nous vous ils elle son sa ses votre vos notre nos ou mais sans chez "
          "leur tout tous à où très été être avoir fait ça voici découvrez",
    "en": "the an and is are of to in for on with by not more that which this these we you "
          "they she his her your our or but very without at be have has all their it from",
    "de": "der die das und ist nicht mit für auf ein eine den dem des sie wir ihr zu von",
    "es": "el los las y es en con para por una un del que no más su sus muy sin nuestro",
    "it": "il lo gli le e un una di del della con per non più che sono nostro molto senza",
}
_WORDS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_FRENCH_LETTERS = set("éèêëàâçùûôîïœ")


def guess_language(text: str, default: str = "") -> str:
    """"fr", "en", "de", "es" or "it" from common words (and French accents); `default` when
    the text is too short or the guess is unsure. Good enough to route a text to the right name
    detector; not a general language identifier."""
    lowered = (text or "").lower().translate(_QUOTES)
    words = [w.split("'")[-1] for w in _WORD.findall(lowered)]
    if len(words) < 3:
        return default
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _WORDS.items()}
    scores["fr"] += min(3, sum(1 for c in lowered if c in _FRENCH_LETTERS))
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == 0 or top < second * 1.5 or top < max(1, len(words) // 12):
        return default
    return best
