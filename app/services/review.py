"""Review use cases: the checklist of a campaign, and signing an item off."""

from __future__ import annotations

from app.core.assets import Asset, AssetStatus
from app.core.errors import UsageError
from app.core.i18n import tr
from app.ethics import checks
from app.ethics.checklist import run_checklist
from app.ethics.model import Checklist, Verdict


def review_assets(app, campaign_id: str, *, approved_only: bool = False) -> list[Asset]:
    """The assets a review looks at: the approved ones (what an export takes), or every asset
    not rejected (drafts' findings show early)."""
    if approved_only:
        return app.workspace.list_assets(campaign_id, status=AssetStatus.APPROVED.value,
                                         limit=None, newest_first=False)
    return [a for a in app.workspace.list_assets(campaign_id, limit=None, newest_first=False)
            if a.status != AssetStatus.REJECTED]


def review(app, campaign_id: str, *, approved_only: bool = False,
           only: list[str] | None = None) -> Checklist:
    campaign = app.workspace.get_campaign(campaign_id)
    assets = review_assets(app, campaign.id, approved_only=approved_only)
    return run_checklist(campaign, assets, app.settings,
                         signoffs=app.workspace.list_signoffs(campaign.id), only=only)


def sign(app, campaign_id: str, item_id: str, by: str, note: str,
         asset_id: str | None = None) -> list[dict]:
    """Sign an item off for one asset, or (without an asset) for every asset it concerns now."""
    campaign = app.workspace.get_campaign(campaign_id)
    if item_id not in checks.IDS:
        raise UsageError(what=tr("unknown review item \u201c{item}\u201d (items: {items})",
                                 item=item_id, items=", ".join(checks.IDS)))
    if not (by or "").strip():
        raise UsageError(what=tr("a sign-off needs the name of the person signing"))
    if not (note or "").strip():
        raise UsageError(what=tr("a sign-off needs a note saying why"))
    item = review(app, campaign.id, only=[item_id]).item(item_id)
    signable = item.signable_assets
    if asset_id:
        asset = app.workspace.get_asset(asset_id)
        if asset.campaign_id != campaign.id:
            raise UsageError(what=tr("the asset {asset} belongs to another campaign",
                                     asset=asset_id))
        if asset.id not in signable:
            raise UsageError(what=tr("the item {item} has nothing to sign off for the asset "
                                     "{asset}", item=item_id, asset=asset_id))
        targets: list[str | None] = [asset.id]
    else:
        targets = list(signable)
        if item.needs_campaign_signoff:
            targets.append(None)
    if not targets:
        unsignable = any(f.verdict != Verdict.PASS for f in item.findings)
        raise UsageError(what=tr("the item {item} cannot be cleared by a sign-off: fix what it "
                                 "reports", item=item_id) if unsignable else
                         tr("the item {item} has nothing to sign off", item=item_id))
    return [app.workspace.add_signoff(campaign.id, item_id, by.strip(), note.strip(), asset_id=t)
            for t in targets]
