"""Editing a text variant by hand: the new text is stored as a new version of the asset, and its
lengths against the channel's limits and its grounding flags are measured again, so what the
pane, the review and the export show stays true to the words."""

from __future__ import annotations

from app.core.assets import Asset
from app.core.errors import UsageError
from app.core.i18n import tr
from app.prompting.channels import get_channel
from app.prompting.grounding import check_grounding
from app.prompting.variants import measure_variant


def edit_variant(app, asset_id: str, text: str) -> Asset:
    """Store `text` as the asset's new version (Workspace.update_asset) with fresh measures."""
    asset = app.workspace.get_asset(asset_id)
    if asset.kind.value != "text":
        raise UsageError(what=tr("only text assets can be edited as text"))
    text = text.strip()
    if not text:
        raise UsageError(what=tr("the text is empty: write something, or reject the variant"))
    if text == asset.text:
        return asset
    return app.workspace.update_asset(asset_id, text=text, meta=measures(app, asset, text))


def measures(app, asset: Asset, text: str) -> dict:
    """The meta keys that follow from the words: fields, limits, flags, grounding."""
    campaign = app.workspace.get_campaign(asset.campaign_id)
    language = asset.meta.get("language") or campaign.language
    channel = asset.meta.get("channel") or asset.channel
    template = get_channel(channel, language) if channel else None
    variant = measure_variant(int(asset.meta.get("variant") or 1), text, template, language)
    also = tuple(x for x in (campaign.brief.product,) if x)
    grounding = check_grounding(text, campaign.brief.facts, also=also)
    return {"over_limit": variant.over_limit, "fields": [f.to_dict() for f in variant.fields],
            "flags": variant.flags, "hashtags": variant.hashtags,
            "grounding": grounding.to_dict(), "grounded": grounding.ok, "edited": True}
