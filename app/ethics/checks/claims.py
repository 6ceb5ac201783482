"""Claims in copy: figures, superlatives, quotations and sources that the fact sheet does not
support need evidence or a sign-off.

The grounding check itself belongs to the text work (app.prompting.grounding); it runs here on the
copy as it is now and the fact sheet as it is now. Copy written before that module existed may
carry its flags in `asset.meta["grounding"]` ({"flags": [{kind, start, end, text, supported}]});
without either, the copy is reported as not checked, never as clean."""

from __future__ import annotations

import importlib

from app.core.assets import AssetKind
from app.core.i18n import tr
from app.ethics.model import Finding, Span, Verdict

ID = "claims"


def title() -> str:
    return tr("Claims")


def summary(findings) -> str:
    return tr("Every figure, superlative, quotation and source in the copy is in the fact sheet.")


def _kind_label(kind: str) -> str:
    return {"number": tr("figure"), "percentage": tr("percentage"), "price": tr("price"),
            "date": tr("date"), "superlative": tr("superlative"),
            "quotation": tr("quotation"), "source": tr("source")}.get(kind, kind)


def _grounding():
    try:
        return importlib.import_module("app.prompting.grounding")
    except ImportError:
        return None


def copy_of(asset) -> list[tuple[str, str]]:
    if asset.kind == AssetKind.TEXT and asset.text.strip():
        return [("text", asset.text)]
    if asset.kind == AssetKind.AUDIO and asset.transcript.strip():
        return [("transcript", asset.transcript)]
    return []


def flags_for(asset, facts, module, also: tuple[str, ...] = ()) -> list[dict] | None:
    """Unsupported claims as dicts (field, kind, start, end, text); None when not checked."""
    out = []
    if module is not None:
        for field, text in copy_of(asset):
            report = module.check_grounding(text, facts, also=also)
            out += [{"field": field, "kind": f.kind, "start": f.start, "end": f.end,
                     "text": f.text} for f in report.flags]
        return out
    stored = asset.meta.get("grounding")
    if isinstance(stored, dict):
        stored = stored.get("flags")
    if not isinstance(stored, list):
        return None
    for flag in stored:
        if isinstance(flag, dict) and not flag.get("supported") and not flag.get("evidence"):
            out.append({"field": "text", "kind": str(flag.get("kind", "")),
                        "start": int(flag.get("start", 0)), "end": int(flag.get("end", 0)),
                        "text": str(flag.get("text", ""))})
    return out


def run(inp) -> list[Finding]:
    module = _grounding()
    facts = inp.campaign.brief.facts
    # as the text work does: the product's own name is no claim to prove
    also = tuple(x for x in (inp.campaign.brief.product,) if x)
    out = []
    for asset in inp.assets:
        if not copy_of(asset):
            continue
        flags = flags_for(asset, facts, module, also)
        if flags is None:
            out.append(Finding(ID, Verdict.SIGNOFF, tr("Claims in this copy were not checked: "
                                                       "check its figures and superlatives "
                                                       "by hand"),
                               asset.id, kind="not-checked"))
        elif flags:
            kinds = ", ".join(dict.fromkeys(_kind_label(f["kind"]) for f in flags))
            quoted = ", ".join(f"\u201c{f['text']}\u201d" for f in flags[:4])
            out.append(Finding(ID, Verdict.SIGNOFF,
                               tr("Claims without evidence in the fact sheet ({kinds}): {claims}",
                                  kinds=kinds, claims=quoted),
                               asset.id, [Span(f["field"], f["start"], f["end"], f["text"])
                                          for f in flags], kind="unsupported"))
    return out
