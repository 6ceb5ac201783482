"""Generate: check the policy, prepare the request, submit it, store what comes back."""

from __future__ import annotations

from app.core.assets import Asset, AssetStatus, GeneratedOutput
from app.core.errors import NotFoundError
from app.core.i18n import tr_noop
from app.core.requests import request_from_dict
from app.jobs.engine import JobHandle, JobSpec
from app.providers import registry
from app.services import hooks, policy


def plan(app, request):
    """Resolve the provider and apply the preparers and the policy, without submitting.
    Returns (request, campaign, provider class, provider info)."""
    hooks.load_for(request.kind)
    campaign = app.workspace.get_campaign(request.campaign_id)
    if request.campaign_id != campaign.id:
        request = request.replace(campaign_id=campaign.id)
    cls, info = registry.resolve(request, app.settings)
    request = request.replace(provider=info.id)
    request = hooks.prepare(request.kind, app, request, campaign)
    request = policy.check(app, request, campaign, info)
    return request, campaign, cls, info


def generate(app, request, *, retry_of: str | None = None) -> JobHandle:
    request, campaign, cls, info = plan(app, request)

    def finisher(outputs: list[GeneratedOutput], partial: bool) -> list[Asset]:
        outputs = hooks.finish(request.kind, app, request, campaign, outputs)
        stored = []
        for output in outputs:
            if partial:
                output.meta = {**output.meta, "cancelled": True}
            parent = getattr(request, "parent_id", "") or None
            stored.append(app.workspace.add_asset(campaign.id, output, job_id=job_id[0],
                                                  parent_id=parent, status=AssetStatus.DRAFT))
        return stored

    spec = JobSpec(request=request, info=info, target=f"{cls.__module__}:{cls.__qualname__}",
                   finisher=finisher, title=job_title(request), settings=app.settings.to_dict(),
                   offline=app.offline, retry_of=retry_of)
    job_id = [spec.job_id]
    return app.jobs().submit(spec)


def retry(app, job_id: str) -> JobHandle:
    """Run a failed, cancelled or interrupted job again with the same request."""
    row = app.workspace.get_job(job_id)
    if not row["request"]:
        raise NotFoundError(what=tr_noop("Job request"), ident=job_id)
    return generate(app, request_from_dict(row["request"]), retry_of=job_id)


def job_title(request) -> str:
    fields = ("prompt", "speech", "music", "channel")
    text = next((getattr(request, f, "") for f in fields if getattr(request, f, "")), "")
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "\u2026"
