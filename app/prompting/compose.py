"""The system prompt of a text job, built from the campaign's brief, brand voice and fact sheet,
in the campaign's language, with the channel's format and limits and the instruction to state
only the facts given."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from app.core.campaign import Brief
from app.core.resources import load_json
from app.prompting.channels import ChannelTemplate, get_channel, unit_label


@dataclass(frozen=True)
class ComposedPrompt:
    system: str
    user: str
    language: str
    channel: str
    variants: int
    max_tokens: int


@cache
def _phrases() -> dict:
    return load_json("prompting", "compose.json")


def phrases(language: str) -> dict:
    """The sentences for `language` (English for languages without their own)."""
    data = _phrases()
    return data.get(language) or data["en"]


def language_name(code: str, in_language: str) -> str:
    names = _phrases()["language_names"]
    table = names.get(in_language) or names["en"]
    return table.get(code) or names["en"].get(code) or code


def compose(brief: Brief | None, *, channel: str = "", variants: int = 3, language: str = "en",
            prompt: str = "") -> ComposedPrompt:
    """System and user messages for a text job. The user's own prompt is kept as written; when
    there is none, a neutral request in the campaign's language stands in."""
    language = (language or "en").lower()
    template = get_channel(channel, language) if channel else None
    variants = max(1, int(variants or 1))
    p = phrases(language)
    user = prompt.strip() or p["default_request"]
    return ComposedPrompt(system_prompt(brief, template, variants, language), user, language,
                          channel, variants, suggested_max_tokens(template, variants))


def system_prompt(brief: Brief | None, template: ChannelTemplate | None, variants: int,
                  language: str) -> str:
    p = phrases(language)
    parts = [p["role"], p["write_in"].format(language=language_name(language, language))]
    brief_lines = _brief_lines(brief, p) if brief else []
    if brief_lines:
        parts.append("\n".join([p["brief"], *brief_lines]))
    facts = [f for f in (brief.facts if brief else []) if f.claim.strip()]
    if facts:
        lines = [p["facts"]]
        for fact in facts:
            evidence = fact.evidence.strip()
            extra = f" ({p['evidence'].format(value=evidence)})" if evidence else ""
            lines.append(f"- {fact.claim.strip()}{extra}")
        parts.append("\n".join(lines))
        parts.append(p["only_facts"])
    else:
        parts.append(p["no_facts"])
    parts.append(" ".join(_task_lines(template, variants, language, p)))
    return "\n\n".join(parts)


def _brief_lines(brief: Brief, p: dict) -> list[str]:
    lines = []
    for key in ("product", "audience", "objective"):
        value = getattr(brief, key).strip()
        if value:
            lines.append(p[key].format(value=value))
    messages = [m for m in brief.key_messages if m.strip()]
    if messages:
        lines.append(p["key_messages"])
        lines += [f"- {m.strip()}" for m in messages]
    if brief.tone.strip():
        lines.append(p["voice"].format(value=brief.tone.strip()))
    if brief.brand.style_words:
        lines.append(p["style_words"].format(value=", ".join(brief.brand.style_words)))
    return lines


def _task_lines(template: ChannelTemplate | None, variants: int, language: str,
                p: dict) -> list[str]:
    if template is None:
        task = p["task_plain"].format(count=variants) if variants > 1 else ""
        return [t for t in (task, p["numbered"] if variants > 1 else p["plain_output"]) if t]
    describe = template.describe(language)
    if variants > 1:
        lines = [p["task_channel"].format(count=variants, channel=describe)]
    else:
        lines = [p["task_one_channel"].format(channel=describe)]
    lines.append(_length_line(template, language, p))
    if template.hashtags:
        lines.append(p["hashtags"].format(count=template.hashtags.get("suggested", "3-8")))
    if variants > 1:
        lines.append(p["headed"] if template.multiline else p["numbered"])
    else:
        lines.append(p["plain_output"])
    return [line for line in lines if line]


def _length_line(template: ChannelTemplate, language: str, p: dict) -> str:
    if template.seconds is not None:
        return p["radio"].format(seconds=f"{template.seconds:g}", limit=template.fields[0].limit)
    if len(template.fields) == 1:
        f = template.fields[0]
        if f.limit is None:
            return ""
        key = "length_one" if f.strict else "length_soft"
        return p[key].format(limit=f.limit, unit=unit_label(f.unit, language))
    described = []
    for f in template.fields:
        key = "field_free" if f.limit is None else ("field_strict" if f.strict else "field_soft")
        described.append(p[key].format(label=f.label(language), limit=f.limit,
                                       unit=unit_label(f.unit, language)))
    joined = ", ".join(described[:-1]) + f" {p['and']} " + described[-1]
    return p["fields_many"].format(fields=joined)


def suggested_max_tokens(template: ChannelTemplate | None, variants: int) -> int:
    """A completion budget with room to spare: about 4 characters or 0.75 words per token, the
    limit doubled (models overshoot and we flag, never cut), plus the labels and numbering."""
    if template is None:
        per_variant = 200
    else:
        per_variant = 16
        for f in template.fields:
            limit = f.limit or 200
            per_variant += math.ceil(limit / (0.75 if f.unit == "words" else 4) * 2)
    return int(min(4096, max(128, per_variant * variants)))
