"""Data flows: which prompts and assets went to which network provider (LAN or cloud). Shown for
information; a confidential campaign's data in the cloud blocks (the policy should have stopped
it: this is the second lock)."""

from __future__ import annotations

from app.core.assets import Where
from app.core.campaign import Confidentiality
from app.core.i18n import tr
from app.ethics.inputs import prompt_texts
from app.ethics.model import Finding, Verdict

ID = "data-flows"


def title() -> str:
    return tr("Data flows")


def summary(findings) -> str:
    if findings:
        providers = sorted({f.data["provider"] for f in findings})
        return tr("Sent to network providers: {providers}", providers=", ".join(providers))
    return tr("Nothing left this machine: every asset was made locally.")


def run(inp) -> list[Finding]:
    out = []
    confidential = inp.campaign.confidentiality == Confidentiality.CONFIDENTIAL
    for asset in inp.assets:
        record = asset.generation
        if record is None or record.where == Where.LOCAL:
            continue
        sent = [name for name, _ in prompt_texts(asset)]
        if record.parameters.get("init_image") or asset.parent_id:
            sent.append("image")
        data = {"provider": record.provider, "endpoint": record.endpoint,
                "where": record.where.value, "sent": sent, "concerns": True}
        if confidential and record.where == Where.CLOUD:
            out.append(Finding(ID, Verdict.BLOCK,
                               tr("This confidential campaign's data went to a cloud provider "
                                  "({provider})", provider=record.provider),
                               asset.id, signable=False, kind="confidential-cloud", data=data))
        else:
            where = tr("cloud") if record.where == Where.CLOUD else tr("local network")
            out.append(Finding(ID, Verdict.PASS,
                               tr("Made by {provider} ({where})", provider=record.provider,
                                  where=where),
                               asset.id, kind=record.where.value, data=data))
    return out
