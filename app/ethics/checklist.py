"""Run the checks, gather their findings into review items, and apply the sign-offs.

A sign-off covers one item for one asset (or for the campaign when the item has findings about
the campaign itself). It stays valid while the asset's content is the one the person looked at
(same file hash); an asset whose content changed needs a new sign-off. Approving or rejecting an
asset is not a change of content."""

from __future__ import annotations

import logging

from app.core.assets import Asset
from app.core.campaign import Campaign
from app.core.settings import Settings
from app.ethics import checks
from app.ethics.inputs import ReviewInput
from app.ethics.model import Checklist, Item

log = logging.getLogger(__name__)


def run_checklist(campaign: Campaign, assets: list[Asset], settings: Settings | None = None, *,
                  signoffs: list[dict] | None = None, only: list[str] | None = None,
                  cache: dict | None = None) -> Checklist:
    inp = ReviewInput(campaign=campaign, assets=list(assets), settings=settings or Settings(),
                      cache=cache if cache is not None else {})
    checklist = Checklist(campaign_id=campaign.id, asset_ids=[a.id for a in assets])
    for check_id in only or checks.IDS:
        module = checks.load(check_id)
        findings = module.run(inp)
        item = Item(id=check_id, title=module.title(), findings=findings)
        item.summary = module.summary(findings)
        checklist.items.append(item)
    apply_signoffs(checklist, assets, signoffs or [])
    return checklist


def signoff_valid(signoff: dict, assets_by_id: dict[str, Asset]) -> bool:
    asset_id = signoff.get("asset_id")
    if not asset_id:
        return True
    asset = assets_by_id.get(asset_id)
    return asset is not None and asset.sha256 == signoff.get("asset_sha256")


def apply_signoffs(checklist: Checklist, assets: list[Asset], signoffs: list[dict]) -> None:
    by_id = {a.id: a for a in assets}
    for item in checklist.items:
        mine = []
        for s in signoffs:
            if s.get("item") != item.id:
                continue
            entry = dict(s)
            # "stale" as this checklist sees it: the content changed since the sign-off (an
            # asset outside this review keeps the store's own verdict).
            if not s.get("asset_id") or s.get("asset_id") in by_id:
                entry["stale"] = not signoff_valid(s, by_id)
            mine.append(entry)
        item.signoffs = mine
        for finding in item.findings:
            finding.signed_by = [s for s in mine if not s["stale"]
                                 and (s.get("asset_id") or None) == finding.asset_id]
