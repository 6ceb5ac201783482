"""vitrine jobs list | retry"""

from __future__ import annotations

from app.cli.main import json_flag
from app.cli.output import emit, emit_assets
from app.core.i18n import tr


def register(commands) -> None:
    group = commands.add_parser("jobs", help=tr("the job history; re-run failed jobs"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = json_flag(sub.add_parser("list", help=tr("list jobs")))
    ls.add_argument("--state", action="append",
                    choices=["queued", "running", "succeeded", "failed", "cancelled",
                             "interrupted"])
    ls.add_argument("--campaign")
    ls.set_defaults(func=cmd_list)
    retry = json_flag(sub.add_parser("retry", help=tr("run a failed or interrupted job again")))
    retry.add_argument("id")
    retry.set_defaults(func=cmd_retry)


def cmd_list(app, args) -> int:
    campaign = app.workspace.get_campaign(args.campaign).id if args.campaign else None
    jobs = app.workspace.list_jobs(args.state, campaign_id=campaign)

    def human(d):
        for j in d["jobs"]:
            print(f"{j['id']}  {j['kind']:5s}  {j['state']:11s}  {j['created_at']}  {j['title']}")
            if j["error"]:
                print(f"    {j['error']}")

    emit(args, {"jobs": jobs}, human)
    return 0


def cmd_retry(app, args) -> int:
    from app.cli.runner import wait_for
    from app.services.generate import retry

    assets = wait_for(app, lambda: retry(app, args.id))
    emit_assets(args, assets)
    return 0
