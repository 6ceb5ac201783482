"""vitrine assets list | search | show | set | trash | restore"""

from __future__ import annotations

from app.cli.main import json_flag
from app.cli.output import emit, emit_assets, print_assets
from app.core.i18n import tr


def register(commands) -> None:
    group = commands.add_parser("assets", help=tr("list, search and edit assets"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    ls = json_flag(sub.add_parser("list", help=tr("list a campaign's assets")))
    ls.add_argument("--campaign", required=True)
    ls.add_argument("--kind", choices=["image", "text", "audio"])
    ls.add_argument("--status", choices=["draft", "approved", "rejected"])
    ls.add_argument("--channel")
    ls.add_argument("--trash", action="store_true", help=tr("list the trash instead"))
    ls.add_argument("--limit", type=int, default=200)
    ls.add_argument("--offset", type=int, default=0)
    ls.set_defaults(func=cmd_list)

    search = json_flag(sub.add_parser("search", help=tr("full-text search")))
    search.add_argument("query")
    search.add_argument("--campaign")
    search.add_argument("--limit", type=int, default=200)
    search.set_defaults(func=cmd_search)

    show = json_flag(sub.add_parser("show", help=tr("show an asset and how it was made")))
    show.add_argument("id")
    show.set_defaults(func=cmd_show)

    set_ = json_flag(sub.add_parser("set", help=tr("edit an asset")))
    set_.add_argument("id")
    set_.add_argument("--title")
    set_.add_argument("--alt", help=tr("alt text (images)"))
    set_.add_argument("--transcript")
    set_.add_argument("--status", choices=["draft", "approved", "rejected"])
    set_.add_argument("--text", help=tr("new copy (text assets)"))
    set_.set_defaults(func=cmd_set)

    for name, func, text in (("trash", cmd_trash, tr("move an asset to the trash")),
                             ("restore", cmd_restore, tr("restore an asset from the trash"))):
        p = json_flag(sub.add_parser(name, help=text))
        p.add_argument("id")
        p.set_defaults(func=func)


def _list_payload(assets) -> dict:
    return {"assets": [a.to_dict() for a in assets]}


def cmd_list(app, args) -> int:
    campaign = app.workspace.get_campaign(args.campaign)
    assets = app.workspace.list_assets(campaign.id, kind=args.kind, status=args.status,
                                       channel=args.channel, trashed=args.trash,
                                       limit=args.limit, offset=args.offset)
    emit(args, _list_payload(assets), lambda _: print_assets(assets))
    return 0


def cmd_search(app, args) -> int:
    campaign_id = app.workspace.get_campaign(args.campaign).id if args.campaign else None
    assets = app.workspace.search(args.query, campaign_id, limit=args.limit)
    emit(args, _list_payload(assets), lambda _: print_assets(assets))
    return 0


def cmd_show(app, args) -> int:
    asset = app.workspace.get_asset(args.id)

    def human(d):
        print_assets([asset])
        for key in ("title", "alt_text", "transcript", "text"):
            if d.get(key):
                print(f"  {key}: {d[key]}")
        gen = d.get("generation") or {}
        for key in ("provider", "model", "where", "prompt", "negative_prompt", "seed",
                    "duration_s"):
            if gen.get(key) not in (None, ""):
                print(f"  {key}: {gen[key]}")

    emit(args, asset.to_dict(), human)
    return 0


def cmd_set(app, args) -> int:
    changes = {"title": args.title, "alt_text": args.alt, "transcript": args.transcript,
               "status": args.status, "text": args.text}
    asset = app.workspace.update_asset(args.id, **{k: v for k, v in changes.items()
                                                   if v is not None})
    emit_assets(args, [asset])
    return 0


def cmd_trash(app, args) -> int:
    app.workspace.trash_asset(args.id)
    emit(args, {"id": args.id, "trashed": True},
         lambda d: print(tr("Moved to the trash: {id}", id=args.id)))
    return 0


def cmd_restore(app, args) -> int:
    emit_assets(args, [app.workspace.restore_asset(args.id)])
    return 0
