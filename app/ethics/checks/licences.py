"""Model licences against the campaign's usage: a licence that forbids commercial use blocks a
commercial campaign; an unknown or restricted one needs a sign-off."""

from __future__ import annotations

from app.core.campaign import Usage
from app.core.i18n import tr
from app.ethics import lists
from app.ethics.model import Finding, Verdict

ID = "licences"


def title() -> str:
    return tr("Model licences")


def summary(findings) -> str:
    return tr("Every model's licence allows this campaign's use.")


def commercial_use(licence: str, declared: str) -> str:
    """yes | no | restricted | unknown: what the provider declared, else the licence table."""
    if declared in ("yes", "no", "restricted"):
        return declared
    table = lists.load("licences").get("commercial_use", {})
    return table.get((licence or "").strip().lower(), "unknown")


def run(inp) -> list[Finding]:
    commercial = inp.campaign.usage == Usage.COMMERCIAL
    out = []
    for asset in inp.assets:
        record = asset.generation
        model = (record.model or record.provider) if record else ""
        licence = record.licence if record else "unknown"
        use = commercial_use(licence, record.commercial_use if record else "unknown")
        data = {"model": model, "licence": licence or "unknown", "commercial_use": use}
        if record is None:
            out.append(Finding(ID, Verdict.SIGNOFF, tr("No generation record: the model and its "
                                                       "licence are unknown"),
                               asset.id, kind="unknown", data=data))
        elif use == "no" and commercial:
            out.append(Finding(ID, Verdict.BLOCK,
                               tr("{model} is under a licence that forbids commercial use "
                                  "({licence}); this campaign is commercial", model=model,
                                  licence=licence),
                               asset.id, kind="non-commercial", signable=False, data=data))
        elif use == "unknown":
            out.append(Finding(ID, Verdict.SIGNOFF,
                               tr("The licence of {model} is unknown: check it allows this use",
                                  model=model),
                               asset.id, kind="unknown", data=data))
        elif use == "restricted":
            out.append(Finding(ID, Verdict.SIGNOFF,
                               tr("The licence of {model} ({licence}) sets conditions: check "
                                  "this campaign meets them", model=model, licence=licence),
                               asset.id, kind="restricted", data=data))
        else:
            out.append(Finding(ID, Verdict.PASS, tr("{model}: {licence}", model=model,
                                                    licence=licence),
                               asset.id, kind="ok", data=data))
    return out
