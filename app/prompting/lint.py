"""The prompt assistant's linter: what a prompt lacks (audience, format, tone, length, goal,
facts), what is vague or contradictory, and a proposed rewrite.

Rule-based and instant (it runs as the designer types). What the campaign's brief or the chosen
channel already supplies is reported as covered, not missing: the system prompt adds it anyway.
A rewrite by the local model is optional and built on top (see `rewrite_messages`)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cache

from app.core.campaign import Brief
from app.core.i18n import tr, tr_noop
from app.core.resources import load_json
from app.prompting.channels import ChannelTemplate, get_channel, unit_label
from app.prompting.compose import language_name

ASPECTS = ("audience", "format", "tone", "length", "goal", "facts")

MESSAGES = {
    "missing": tr_noop("The prompt does not say {aspect}."),
    "covered": tr_noop("The prompt does not say {aspect}; the brief or the channel supplies it."),
    "vague": tr_noop("\u201c{word}\u201d is vague: say what you mean concretely."),
    "contradiction": tr_noop("The prompt asks for both \u201c{a}\u201d and \u201c{b}\u201d."),
    "channel-length": tr_noop("The prompt asks for {asked} {unit}, but the channel allows "
                              "{limit} {unit}."),
    "language": tr_noop("The prompt asks for another language than the campaign's ({language})."),
    "unbacked": tr_noop("The prompt asks for \u201c{what}\u201d, which the fact sheet does not "
                        "hold: the copy may invent it."),
}
ASPECT_NAMES = {
    "audience": tr_noop("who it is for (audience)"),
    "format": tr_noop("what to write (format)"),
    "tone": tr_noop("which tone to take"),
    "length": tr_noop("how long it should be"),
    "goal": tr_noop("what it should achieve (goal)"),
    "facts": tr_noop("which facts to use"),
}


@dataclass
class LintFinding:
    kind: str  # missing | covered | vague | contradiction | channel-length | language | unbacked
    aspect: str = ""
    start: int | None = None  # span in the prompt, when there is one
    end: int | None = None
    params: dict = field(default_factory=dict)

    def text(self) -> str:
        """The message in the current language."""
        params = dict(self.params)
        if self.aspect in ASPECT_NAMES:
            params["aspect"] = tr(ASPECT_NAMES[self.aspect])
        return tr(MESSAGES[self.kind], **params)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["message"] = self.text()
        return data


@dataclass
class LintReport:
    findings: list[LintFinding]
    present: list[str]  # aspects the prompt itself states
    covered: list[str]  # aspects the brief/channel supplies
    missing: list[str]  # aspects nobody supplies
    rewrite: str

    @property
    def score(self) -> int:
        """0-100: the share of aspects covered, minus vague and contradictory wording."""
        base = 100 * (len(self.present) + len(self.covered)) / len(ASPECTS)
        penalty = sum(10 if f.kind == "vague" else 20 for f in self.findings
                      if f.kind not in ("missing", "covered"))
        return max(0, min(100, round(base - penalty)))

    def to_dict(self) -> dict:
        return {"findings": [f.to_dict() for f in self.findings], "present": self.present,
                "covered": self.covered, "missing": self.missing, "rewrite": self.rewrite,
                "score": self.score}


@cache
def _rules() -> dict:
    data = load_json("prompting", "lint.json")
    flags = re.I | re.U
    return {
        "aspects": {k: re.compile(v, flags) for k, v in data["aspects"].items()},
        "vague": re.compile(data["vague"], flags),
        "contradictions": [(c["id"], re.compile(c["a"], flags), re.compile(c["b"], flags))
                           for c in data["contradictions"]],
        "unbacked": re.compile(data["asks_for_unbacked"], flags),
        "language": {k: re.compile(v, flags) for k, v in data["language"].items()},
    }


def lint_prompt(prompt: str, *, brief: Brief | None = None, channel: str = "",
                language: str = "en") -> LintReport:
    rules = _rules()
    template = get_channel(channel, language) if channel else None
    present = [a for a in ASPECTS if rules["aspects"][a].search(prompt or "")]
    supplied = _supplied(brief, template)
    covered = [a for a in ASPECTS if a not in present and a in supplied]
    missing = [a for a in ASPECTS if a not in present and a not in supplied]
    findings = [LintFinding("missing", a) for a in missing]
    findings += [LintFinding("covered", a) for a in covered]
    findings += _vague(prompt)
    findings += _contradictions(prompt)
    findings += _channel_length(prompt, template, language)
    findings += _language(prompt, language)
    if not (brief and brief.facts):
        findings += [LintFinding("unbacked", "facts", m.start(), m.end(), {"what": m.group(0)})
                     for m in rules["unbacked"].finditer(prompt or "")]
    return LintReport(findings, present, covered, missing,
                      rewrite_prompt(prompt, brief=brief, template=template, language=language,
                                     present=present))


def _supplied(brief: Brief | None, template: ChannelTemplate | None) -> set[str]:
    supplied = set()
    if template is not None:
        supplied |= {"format", "length"}
    if brief is not None:
        for aspect, value in (("audience", brief.audience), ("tone", brief.tone),
                              ("goal", brief.objective)):
            if value.strip():
                supplied.add(aspect)
        if brief.facts:
            supplied.add("facts")
    return supplied


def _vague(prompt: str) -> list[LintFinding]:
    return [LintFinding("vague", "", m.start(), m.end(), {"word": m.group(0)})
            for m in _rules()["vague"].finditer(prompt or "")]


def _contradictions(prompt: str) -> list[LintFinding]:
    found = []
    for cid, a, b in _rules()["contradictions"]:
        ma, mb = a.search(prompt or ""), b.search(prompt or "")
        if ma and mb and not (ma.start() < mb.end() and mb.start() < ma.end()):
            found.append(LintFinding("contradiction", cid, min(ma.start(), mb.start()),
                                     max(ma.end(), mb.end()), {"a": ma.group(0), "b": mb.group(0)}))
    return found


_ASKED = re.compile(r"\b(\d+)\s?(words?|mots|characters?|caractères|chars?|signes)\b", re.I)


def _channel_length(prompt: str, template: ChannelTemplate | None,
                    language: str) -> list[LintFinding]:
    if template is None:
        return []
    limits = [f for f in template.fields if f.limit]
    if not limits:
        return []
    longest = max(limits, key=lambda f: f.limit if f.unit != "words" else f.limit * 6)
    found = []
    for m in _ASKED.finditer(prompt or ""):
        asked = int(m.group(1))
        in_words = m.group(2).lower().startswith(("word", "mot"))
        if longest.unit == "words":
            too_long = asked > longest.limit if in_words else asked > longest.limit * 7
        else:
            too_long = asked * 5 > longest.limit if in_words else asked > longest.limit
        if too_long:
            unit = unit_label(longest.unit, language)
            found.append(LintFinding("channel-length", "length", m.start(), m.end(), {
                "asked": asked if (in_words == (longest.unit == "words")) else m.group(0),
                "unit": unit, "limit": longest.limit}))
    return found


def _language(prompt: str, language: str) -> list[LintFinding]:
    found = []
    for code, pattern in _rules()["language"].items():
        m = pattern.search(prompt or "")
        if m and code != language:
            found.append(LintFinding("language", "", m.start(), m.end(),
                                     {"language": language_name(language, language)}))
    return found


# --- rewrite ---------------------------------------------------------------------------------
_REWRITE = {
    "en": {"write": "Write {format}", "for": "for {audience}", "goal": "Goal: {value}.",
           "tone": "Tone: {value}.", "length": "Length: {value}.",
           "facts": "Use only these facts: {value}.", "details": "Details: {value}",
           "ask_audience": "[who is it for?]", "ask_format": "[what: post, ad, email...]",
           "ask_goal": "[what should the reader do or feel?]", "ask_tone": "[which tone?]",
           "ask_length": "[how long?]", "ask_facts": "[the facts to state, with their source]",
           "vague_note": "Replace vague words ({words}) with concrete ones."},
    "fr": {"write": "Rédigez {format}", "for": "pour {audience}", "goal": "Objectif : {value}.",
           "tone": "Ton : {value}.", "length": "Longueur : {value}.",
           "facts": "N'utilisez que ces faits : {value}.", "details": "Précisions : {value}",
           "ask_audience": "[pour qui ?]", "ask_format": "[quoi : post, annonce, e-mail…]",
           "ask_goal": "[que doit faire ou ressentir le lecteur ?]", "ask_tone": "[quel ton ?]",
           "ask_length": "[quelle longueur ?]",
           "ask_facts": "[les faits à affirmer, avec leur source]",
           "vague_note": "Remplacez les mots vagues ({words}) par des mots concrets."},
}


def rewrite_prompt(prompt: str, *, brief: Brief | None, template: ChannelTemplate | None,
                   language: str, present: list[str] | None = None) -> str:
    """A structured version of the prompt: the brief's answers where the prompt is silent, a
    bracketed question where nobody answers, the original wording kept as details."""
    w = _REWRITE.get(language, _REWRITE["en"])
    present = present or []
    brief = brief or Brief()
    fmt = template.describe(language) if template else ("" if "format" in present else
                                                        w["ask_format"])
    audience = brief.audience.strip() or ("" if "audience" in present else w["ask_audience"])
    first = " ".join(x for x in (w["write"].format(format=fmt).strip() if fmt else "",
                                 w["for"].format(audience=audience) if audience else "") if x)
    lines = [first + "." if first else ""]
    goal = brief.objective.strip() or ("" if "goal" in present else w["ask_goal"])
    tone = brief.tone.strip() or ("" if "tone" in present else w["ask_tone"])
    length = _length_text(template, language) or ("" if "length" in present else w["ask_length"])
    facts = "; ".join(f.claim for f in brief.facts[:6]) or (
        "" if "facts" in present else w["ask_facts"])
    for key, value in (("goal", goal), ("tone", tone), ("length", length), ("facts", facts)):
        if value:
            lines.append(w[key].format(value=value))
    if prompt.strip():
        lines.append(w["details"].format(value=prompt.strip()))
    vague = sorted({f.params["word"].lower() for f in _vague(prompt)})
    if vague:
        lines.append(w["vague_note"].format(words=", ".join(vague)))
    return "\n".join(line for line in lines if line)


def _length_text(template: ChannelTemplate | None, language: str) -> str:
    if template is None:
        return ""
    parts = []
    for f in template.fields:
        if f.limit:
            approx = "" if f.strict else "~"
            parts.append(f"{f.label(language)} {approx}{f.limit} {unit_label(f.unit, language)}")
    return ", ".join(parts)


REWRITE_SYSTEM = {
    "en": ("You improve prompts for a marketing copywriting assistant. Rewrite the user's prompt "
           "so that it states the audience, the format, the tone, the length, the goal and the "
           "facts to use. Keep every fact exactly as given and add no new facts. Answer with the "
           "rewritten prompt only."),
    "fr": ("Vous améliorez des consignes pour un assistant de rédaction publicitaire. Réécrivez la "
           "consigne de l'utilisateur pour qu'elle précise la cible, le format, le ton, la "
           "longueur, l'objectif et les faits à utiliser. Gardez chaque fait tel quel et n'en "
           "ajoutez aucun. Répondez uniquement par la consigne réécrite."),
}


def rewrite_messages(prompt: str, report: LintReport, language: str) -> tuple[str, str]:
    """(system, user) messages asking a local model to rewrite the prompt, starting from the
    rule-based proposal so that a small model only has to polish it."""
    system = REWRITE_SYSTEM.get(language, REWRITE_SYSTEM["en"])
    return system, report.rewrite or prompt
