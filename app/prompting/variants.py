"""Model output -> variants, each field measured against its channel limit.

Models answer in many shapes: numbered lists, bullets, "Variant 2" headings, paragraphs, with or
without a preamble. Whatever the shape, parsing never fails: output with no recognisable structure
becomes one variant. A variant over its limit is flagged, never cut."""

from __future__ import annotations

import itertools
import re
from dataclasses import asdict, dataclass, field

from app.prompting.channels import ChannelField, ChannelTemplate, measure

_HEADING = re.compile(
    r"^\s{0,3}(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:variant|variante|option|version|proposition)"
    r"\s*(?:n[°º]\s*|#\s*)?(\d{1,2})\b\s*(?:\*\*|__)?\s*[:.)\-–—]?\s*(?:\*\*|__)?\s*(.*)$", re.I)
_NUMBERED = re.compile(r"^(\s*)(\*\*|__)?(\d{1,2})\s*[.)]\s*(?(2)(?:\*\*|__))\s*(.*)$")
_BULLET = re.compile(r"^(\s*)[-*•–]\s+(.*)$")
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_FENCE = re.compile(r"^\s*```.*$", re.M)
_PREAMBLE = re.compile(
    r"^(?:here|voici|voilà|below|ci-dessous|sure|bien sûr|certainly|certes|d'accord|ok)\b"
    r"|(?:variants?|variantes?|options?|propositions?|versions?)\s*:?\s*$", re.I)
_COUNT_NOTE = re.compile(
    r"\s*[(\[]\s*\d+\s*(?:characters?|chars?|caractères|car\.|words?|mots|signes)\s*[)\]]\s*$",
    re.I)
_WRAPPERS = (("**", "**"), ("__", "__"), ('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"),
             ("*", "*"), ("_", "_"))
_HASHTAG = re.compile(r"(?<![\w&])#\w+", re.U)


@dataclass
class FieldValue:
    id: str
    label: str
    text: str
    length: int
    limit: int | None
    unit: str
    strict: bool

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.length > self.limit

    def to_dict(self) -> dict:
        data = asdict(self)
        data["over_limit"] = self.over_limit
        return data


@dataclass
class Variant:
    index: int  # 1-based, in the order of the output
    text: str  # the variant as the model wrote it (labels kept), annotations removed
    fields: list[FieldValue] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # over-limit, missing-field, hashtags...

    @property
    def over_limit(self) -> bool:
        return any(f.over_limit for f in self.fields)

    def to_dict(self) -> dict:
        return {"index": self.index, "text": self.text, "over_limit": self.over_limit,
                "fields": [f.to_dict() for f in self.fields], "hashtags": self.hashtags,
                "flags": self.flags}


def parse_variants(output: str, channel: ChannelTemplate | None = None,
                   language: str = "en") -> list[Variant]:
    """Split model output into variants and measure each against the channel (if any)."""
    chunks = split_variants(output, channel)
    return [measure_variant(i, chunk, channel, language) for i, chunk in enumerate(chunks, 1)]


def split_variants(output: str, channel: ChannelTemplate | None = None) -> list[str]:
    text = _FENCE.sub("", (output or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        return []
    lines = text.split("\n")
    multiline = bool(channel and channel.multiline)
    labels = _aliases(channel)
    for splitter in (_by_headings, _by_numbers, _by_bullets, _by_separators, _by_paragraphs):
        if multiline and splitter in (_by_numbers, _by_bullets, _by_paragraphs):
            continue  # numbered sections, bullets and paragraphs belong to one variant there
        chunks = splitter(lines, labels)
        chunks = [c for c in (_clean_chunk(c) for c in chunks or []) if c]
        if len(chunks) >= 2 or (chunks and splitter is _by_headings):
            return chunks
    first = _NUMBERED.match(lines[0]) or _BULLET.match(lines[0])
    if first and not multiline:  # a list of one: the marker is not part of the copy
        lines = [first.groups()[-1], *lines[1:]]
    return [_clean_chunk(lines) or text]


def _by_headings(lines, _labels):
    starts = [i for i, line in enumerate(lines) if _HEADING.match(line)]
    if not starts:
        return None
    chunks = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        rest = _HEADING.match(lines[start]).group(2).strip()
        chunks.append(([rest] if rest else []) + lines[start + 1:end])
    return chunks


def _by_numbers(lines, labels):
    matches = [(i, _NUMBERED.match(line)) for i, line in enumerate(lines)]
    items = [(i, m) for i, m in matches if m]
    if len(items) < 2:
        return None
    indent = min(len(m.group(1)) for _, m in items)
    starts = [(i, m) for i, m in items if len(m.group(1)) == indent]
    return _cut(lines, [(i, m.group(4)) for i, m in starts], labels)


def _by_bullets(lines, labels):
    items = [(i, m) for i, m in ((i, _BULLET.match(line)) for i, line in enumerate(lines)) if m]
    if len(items) < 2:
        return None
    indent = min(len(m.group(1)) for _, m in items)
    starts, seen = [], set()
    for i, m in items:
        if len(m.group(1)) != indent:
            continue
        label = _label_of(m.group(2), labels)
        # "- Headline: ..." then "- Description: ..." are the fields of one variant
        if label and label not in seen and starts:
            seen.add(label)
            continue
        seen = {label} if label else set()
        starts.append((i, m.group(2)))
    return _cut(lines, starts, labels) if len(starts) >= 2 else None


def _by_separators(lines, _labels):
    cuts = [i for i, line in enumerate(lines) if _SEPARATOR.match(line)]
    if not cuts:
        return None
    bounds = [-1, *cuts, len(lines)]
    return [lines[a + 1:b] for a, b in itertools.pairwise(bounds)]


def _by_paragraphs(lines, _labels):
    chunks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks if len(chunks) >= 2 else None


def _cut(lines, starts, labels=()):
    """Chunks from each start line (its content replaced by the item text) to the next start.
    An item ends early at a blank line followed by unindented text: that is the model's comment
    after the list ("These variants stress..."), not part of the last variant."""
    chunks = []
    for n, (start, first) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body = lines[start + 1:end]
        for k in range(1, len(body)):
            if (not body[k - 1].strip() and body[k].strip() and not body[k][:1].isspace()
                    and not _label_of(body[k], labels)):
                body = body[:k - 1]
                break
        chunks.append([first, *body])
    return chunks


def _clean_chunk(lines) -> str:
    kept = [line.rstrip() for line in lines]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    text = _dedent("\n".join(kept)).strip()
    if _PREAMBLE.search(text) and "\n" not in text and text.endswith(":"):
        return ""
    return text


def _dedent(text: str) -> str:
    lines = text.split("\n")
    pads = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    pad = min(pads) if pads else 0
    return "\n".join([lines[0], *(line[pad:] for line in lines[1:])])


# --- fields ----------------------------------------------------------------------------------
def _aliases(channel: ChannelTemplate | None) -> list[tuple[str, str]]:
    """(alias, field id), longest alias first so "meta description" wins over "description"."""
    if channel is None or len(channel.fields) < 2:
        return []
    pairs = [(a, f.id) for f in channel.fields for a in (*f.aliases, *(x.lower() for x in
                                                                       f.labels.values()))]
    return sorted(set(pairs), key=lambda p: -len(p[0]))


def _label_pattern(alias: str) -> re.Pattern:
    return re.compile(r"^\s*(?:[-*•]\s*)?(?:\*\*|__)?" + re.escape(alias)
                      + r"(?:\s*\d)?(?:\*\*|__)?\s*(?:\([^)]*\))?\s*(?:\*\*|__)?\s*[:：]"
                      + r"\s*(?:\*\*|__)?\s*(.*)$", re.I)


def _label_of(line: str, labels) -> str | None:
    for alias, fid in labels:
        if _label_pattern(alias).match(line):
            return fid
    return None


def _split_fields(text: str, channel: ChannelTemplate) -> dict[str, str]:
    if len(channel.fields) == 1:
        return {channel.fields[0].id: _strip_label(text, channel.fields[0])}
    labels = _aliases(channel)
    found: dict[str, list[str]] = {}
    current = None
    for line in text.split("\n"):
        hit = next(((fid, m) for alias, fid in labels
                    if (m := _label_pattern(alias).match(line))), None)
        if hit and hit[0] not in found:
            current = hit[0]
            found[current] = [hit[1].group(1)]
        elif current:
            found[current].append(line)
    if found:
        return {fid: "\n".join(parts).strip() for fid, parts in found.items()}
    rows = [line for line in text.split("\n") if line.strip()]
    ids = [f.id for f in channel.fields]
    if len(rows) >= len(ids):
        values = [*rows[:len(ids) - 1], "\n".join(rows[len(ids) - 1:])]
        return dict(zip(ids, values, strict=True))
    return dict(zip(ids, rows, strict=False))


def _strip_label(text: str, f: ChannelField) -> str:
    for alias in sorted({*f.aliases, *(x.lower() for x in f.labels.values())}, key=len,
                        reverse=True):
        m = _label_pattern(alias).match(text.split("\n", 1)[0])
        if m:
            rest = text.split("\n", 1)[1] if "\n" in text else ""
            return (m.group(1) + ("\n" + rest if rest else "")).strip()
    return text


def clean_value(text: str) -> str:
    """The copy itself: model annotations like "(28 characters)" and wrapping quotes/bold gone."""
    lines = [_COUNT_NOTE.sub("", line).rstrip() for line in text.strip().split("\n")]
    value = "\n".join(lines).strip()
    changed = True
    while changed and len(value) >= 2:
        changed = False
        for left, right in _WRAPPERS:
            if value.startswith(left) and value.endswith(right) and len(value) > len(left + right):
                inner = value[len(left):-len(right)]
                if left not in inner and right not in inner:
                    value, changed = inner.strip(), True
    return value


def measure_variant(index: int, chunk: str, channel: ChannelTemplate | None,
                    language: str = "en") -> Variant:
    text = "\n".join(_COUNT_NOTE.sub("", line).rstrip() for line in chunk.split("\n")).strip()
    variant = Variant(index=index, text=text, hashtags=_HASHTAG.findall(text))
    if channel is None:
        return variant
    values = _split_fields(text, channel)
    for f in channel.fields:
        value = clean_value(values.get(f.id, ""))
        variant.fields.append(FieldValue(f.id, f.label(language), value, measure(value, f.unit),
                                         f.limit, f.unit, f.strict))
        if not value:
            variant.flags.append(f"missing:{f.id}")
    if len(channel.fields) == 1 and variant.fields:
        variant.text = variant.fields[0].text
    variant.flags += [f"over-limit:{f.id}" for f in variant.fields if f.over_limit]
    tags = channel.hashtags
    if tags:
        if len(variant.hashtags) > int(tags.get("max", 30)):
            variant.flags.append("hashtags:too-many")
        elif len(variant.hashtags) < int(tags.get("min", 0)):
            variant.flags.append("hashtags:too-few")
    return variant
