"""Export use case: the checklist gates the campaign's approved assets, then the bundle is
written (complete or absent) and recorded in the workspace."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from app.core.errors import ExportBlockedError, UsageError
from app.core.i18n import tr
from app.export.bundle import ExportOptions, check_destination, write_bundle
from app.services.review import review, review_assets

log = logging.getLogger(__name__)


def export(app, campaign_id: str, destination: str | Path, *, profile: str = "public",
           image_format: str = "png", audio_format: str = "wav", text_format: str = "md",
           srgb: bool = True, progress: Callable[[int, int, str], None] | None = None,
           cancel: Callable[[], bool] | None = None) -> dict:
    campaign = app.workspace.get_campaign(campaign_id)
    options = ExportOptions(profile=profile, image_format=image_format,
                            audio_format=audio_format, text_format=text_format, srgb=srgb,
                            disclosure_line=app.settings.disclosure_line)
    options.validate()
    check_destination(destination)
    assets = review_assets(app, campaign.id, approved_only=True)
    if not assets:
        raise UsageError(what=tr("nothing to export: no asset of \u201c{campaign}\u201d is "
                                 "approved", campaign=campaign.name),
                         hint=tr("Approve assets first (vitrine assets set ID --status "
                                 "approved)."))
    checklist = review(app, campaign.id, approved_only=True)
    if checklist.blocking:
        raise ExportBlockedError(reasons=checklist.open_reasons(),
                                 count=sum(1 for i in checklist.items if i.open))
    result = write_bundle(campaign, assets, checklist, destination, options, progress=progress,
                          cancel=cancel)
    summary = {"path": str(result.path), "profile": profile,
               "files": [f["path"] for f in result.files] + ["manifest.json"],
               "assets": len(assets), "manifest_sha256": result.manifest_sha256,
               "warnings": result.warnings}
    app.workspace.add_export(campaign.id, profile, str(result.path), [a.id for a in assets],
                             result.manifest_sha256, {"warnings": result.warnings,
                                                      "files": len(result.files) + 1})
    return summary
