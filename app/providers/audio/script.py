"""Scripts to speak: checked, then split at sentence boundaries into pieces an engine can take.

Engines have limits (OpenAI takes 4,096 characters a call; a VITS model's memory grows with the
input), and a sentence per piece gives the transcript its timing. A sentence longer than the limit
is cut at a clause (comma, semicolon, colon), then at a space, never inside a word."""

from __future__ import annotations

import re
import unicodedata

from app.providers.audio.errors import EmptyScriptError, ScriptTooLongError

# The longest script a voice-over job takes: about 1 h 45 min of speech, well past any spot or
# audio description; beyond that the user splits the work (and the memory stays bounded).
MAX_SCRIPT_CHARS = 100_000

# Abbreviations whose full stop does not end a sentence (French and English).
_ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "st", "ste", "me", "mgr", "cf", "etc",
    "env", "vol", "p", "pp", "n", "no", "mr", "mrs", "ms", "prof", "sr", "jr", "vs", "inc", "ltd",
    "co", "corp", "e.g", "i.e", "approx", "fig", "av", "bd", "tél", "tel",
}
_END = re.compile(r"([.!?…]+(?:[ \u00a0\u202f]?[\"'»”)\]])*)(\s+)")
_LABEL = re.compile(r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý0-9' -]{1,29}|(?i:voix[- ]off|voice[- ]over|narrat\w*|"
                    r"speaker|vo))\s?:\s+")


def clean_script(text: str) -> str:
    """Normalised text (NFC, no control characters, single spaces), or an error when empty or
    too long."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = re.sub(r"[ \t\u00a0\u202f]+", " ", text)
    text = re.sub(r"\s*\n\s*", "\n", text).strip()
    if not re.search(r"\w", text):
        raise EmptyScriptError()
    if len(text) > MAX_SCRIPT_CHARS:
        raise ScriptTooLongError(length=len(text), limit=MAX_SCRIPT_CHARS)
    return text


def split_sentences(text: str) -> list[str]:
    """Sentences, in order; a line break always ends one (scripts are often written a line per
    sentence)."""
    sentences: list[str] = []
    for line in text.split("\n"):
        start = 0
        for match in _END.finditer(line):
            end = match.end(1)
            before = line[start:match.start(1)].rsplit(" ", 1)[-1]
            if match.group(1) == "." and (before.lower() in _ABBREVIATIONS or
                                          _is_initial(before)):
                continue
            if line[match.end():match.end() + 1].islower():
                continue  # "« Bonjour ! » dit-il": the sentence goes on
            piece = line[start:end].strip()
            if piece:
                sentences.append(piece)
            start = match.end()
        rest = line[start:].strip()
        if rest:
            sentences.append(rest)
    return [s for s in sentences if re.search(r"\w", s)] or ([text.strip()] if text.strip() else [])


def chunk_script(text: str, max_chars: int, *, per_sentence: bool = False) -> list[str]:
    """Pieces of at most `max_chars` characters made of whole sentences (one sentence each when
    `per_sentence`), a long sentence cut at clauses, then at spaces."""
    pieces: list[str] = []
    for sentence in split_sentences(text):
        pieces.extend(_cut(sentence, max_chars))
    if per_sentence:
        return pieces
    chunks: list[str] = []
    for piece in pieces:
        if chunks and len(chunks[-1]) + 1 + len(piece) <= max_chars:
            chunks[-1] += " " + piece
        else:
            chunks.append(piece)
    return chunks


def _cut(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    for pattern in (r"(?<=[;:])\s+", r"(?<=,)\s+", r"\s+"):
        parts = re.split(pattern, sentence)
        if len(parts) > 1 and all(len(p) <= max_chars for p in parts):
            return _pack(parts, max_chars)
        if len(parts) > 1:
            out: list[str] = []
            for part in _pack(parts, max_chars):
                out.extend(_cut(part, max_chars) if len(part) > max_chars else [part])
            if all(len(p) <= max_chars for p in out):
                return out
    # a single "word" longer than the limit (a URL, a run of digits): cut it hard
    return [sentence[i:i + max_chars] for i in range(0, len(sentence), max_chars)]


def _pack(parts: list[str], max_chars: int) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and len(out[-1]) + 1 + len(part) <= max_chars:
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _is_initial(word: str) -> bool:
    """A single letter before a full stop is an initial ("J. Dupont"), not a sentence's end."""
    return len(word) == 1 and word.isalpha() and word.isupper()


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def script_from_copy(copy: str) -> str:
    """The words to speak from a radio script written as copy (Markdown): headings, emphasis
    marks, list bullets and bracketed directions ("[SFX: waves]", "(music up)") are not read
    out. Lines that only label a part ("VOICE-OVER:", "Voix off :") lose the label."""
    lines = []
    for line in (copy or "").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or re.fullmatch(r"[-*_=]{3,}", line):
            continue
        line = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", line)
        line = re.sub(r"^\s*(?:[-*+>]|\d+[.)])\s+", "", line)
        line = re.sub(r"[*_`~]+", "", line)
        line = _LABEL.sub("", line)
        if re.search(r"\w", line):
            lines.append(" ".join(line.split()))
    return "\n".join(lines)
