"""vitrine campaign new | list | show | set | trash | restore"""

from __future__ import annotations

from app.cli.main import json_flag
from app.cli.output import emit
from app.core.i18n import tr
from app.services.campaigns import create_campaign, read_brief_file


def register(commands) -> None:
    group = commands.add_parser("campaign", help=tr("create and list campaigns"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    new = json_flag(sub.add_parser("new", help=tr("create a campaign")))
    new.add_argument("name")
    new.add_argument("--brief", metavar="FILE", help=tr("brief as JSON or TOML"))
    new.add_argument("--confidentiality", choices=["public", "internal", "confidential"])
    new.add_argument("--usage", choices=["commercial", "non-commercial"])
    new.set_defaults(func=cmd_new)

    ls = json_flag(sub.add_parser("list", help=tr("list campaigns")))
    ls.add_argument("--all", action="store_true", help=tr("include archived campaigns"))
    ls.set_defaults(func=cmd_list)

    show = json_flag(sub.add_parser("show", help=tr("show a campaign and its brief")))
    show.add_argument("id")
    show.set_defaults(func=cmd_show)

    set_ = json_flag(sub.add_parser("set", help=tr("change a campaign")))
    set_.add_argument("id")
    set_.add_argument("--name")
    set_.add_argument("--brief", metavar="FILE")
    set_.add_argument("--confidentiality", choices=["public", "internal", "confidential"])
    set_.add_argument("--usage", choices=["commercial", "non-commercial"])
    archive = set_.add_mutually_exclusive_group()
    archive.add_argument("--archive", action="store_true", default=None)
    archive.add_argument("--unarchive", action="store_true", default=None)
    set_.set_defaults(func=cmd_set)

    for name, func, text in (("trash", cmd_trash, tr("move a campaign to the trash")),
                             ("restore", cmd_restore, tr("restore a campaign from the trash"))):
        p = json_flag(sub.add_parser(name, help=text))
        p.add_argument("id")
        p.set_defaults(func=func)


def _human(c: dict) -> None:
    flags = []
    if c["archived"]:
        flags.append(tr("archived"))
    print(f"{c['id']}  {c['name']}  [{c['confidentiality']}, {c['usage']}]"
          + (f"  ({', '.join(flags)})" if flags else ""))


def cmd_new(app, args) -> int:
    brief = read_brief_file(args.brief) if args.brief else None
    campaign = create_campaign(app, args.name, brief, confidentiality=args.confidentiality,
                               usage=args.usage)
    emit(args, campaign.to_dict(), _human)
    return 0


def cmd_list(app, args) -> int:
    campaigns = [c.to_dict() for c in app.workspace.list_campaigns(include_archived=args.all)]
    emit(args, {"campaigns": campaigns}, lambda d: [_human(c) for c in d["campaigns"]])
    return 0


def cmd_show(app, args) -> int:
    campaign = app.workspace.get_campaign(args.id)
    data = campaign.to_dict()
    data["assets"] = app.workspace.count_assets(campaign.id)

    def human(d):
        _human(d)
        for key, value in d["brief"].items():
            if value:
                print(f"  {key}: {value}")
        print("  " + tr("assets: {n}", n=d["assets"]))

    emit(args, data, human)
    return 0


def cmd_set(app, args) -> int:
    brief = None
    if args.brief:
        brief = read_brief_file(args.brief)
        args.confidentiality = args.confidentiality or brief.pop("confidentiality", None)
        args.usage = args.usage or brief.pop("usage", None)
    archived = True if args.archive else False if args.unarchive else None
    campaign = app.workspace.update_campaign(args.id, name=args.name, brief=brief,
                                             confidentiality=args.confidentiality,
                                             usage=args.usage, archived=archived)
    emit(args, campaign.to_dict(), _human)
    return 0


def cmd_trash(app, args) -> int:
    campaign = app.workspace.get_campaign(args.id)
    app.workspace.trash_campaign(campaign.id)
    emit(args, {"id": campaign.id, "trashed": True},
         lambda d: print(tr("Moved to the trash: {name}", name=campaign.name)))
    return 0


def cmd_restore(app, args) -> int:
    campaign = app.workspace.restore_campaign(args.id)
    emit(args, campaign.to_dict(), _human)
    return 0
