"""Green claims (EU directive 2024/825): a generic environmental claim in copy ("eco-friendly",
« neutre en carbone ») blocks export unless the fact sheet holds that claim with its evidence.
A sign-off cannot clear it: add the evidence to the fact sheet, or change the copy."""

from __future__ import annotations

from app.core.i18n import tr
from app.ethics import lists
from app.ethics.inputs import copy_texts
from app.ethics.model import Finding, Span, Verdict
from app.ethics.text import find_phrases, fold

ID = "green-claims"


def title() -> str:
    return tr("Green claims")


def summary(findings) -> str:
    return tr("No generic environmental claim without evidence.")


def evidenced(phrase: str, facts) -> bool:
    """The fact sheet holds a claim using these words, with evidence."""
    key = " ".join(fold(phrase).replace("-", " ").split())
    for fact in facts:
        claim = " ".join(fold(fact.claim).replace("-", " ").split())
        if fact.evidence.strip() and key and key in claim:
            return True
    return False


def run(inp) -> list[Finding]:
    phrases = lists.phrases("green", "generic_claims")
    facts = inp.campaign.brief.facts
    out = []
    for asset in inp.assets:
        spans = []
        for field, text in copy_texts(asset):
            for start, end, value in find_phrases(text, phrases):
                if not evidenced(value, facts):
                    spans.append(Span(field, start, end, value))
        if spans:
            quoted = ", ".join(dict.fromkeys(f"\u201c{s.text}\u201d" for s in spans))
            out.append(Finding(ID, Verdict.BLOCK,
                               tr("Generic environmental claim without evidence ({claims}): "
                                  "add the evidence to the fact sheet or change the copy "
                                  "(EU directive 2024/825)", claims=quoted),
                               asset.id, spans, signable=False, kind="generic"))
    return out
