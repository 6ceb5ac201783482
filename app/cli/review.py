"""vitrine review --campaign ID [--approved] | review sign --campaign ID --item ITEM
[--asset ID] --by NAME --note TEXT"""

from __future__ import annotations

from app.cli.main import json_flag
from app.cli.output import emit
from app.core.errors import UsageError
from app.core.i18n import tr
from app.services.review import review, sign

_MARK = {"pass": "ok", "signoff": "??", "block": "!!"}


def register(commands) -> None:
    group = json_flag(commands.add_parser("review", help=tr("the ethics checklist of a campaign")))
    group.add_argument("--campaign", help=tr("campaign id or name"))
    group.add_argument("--approved", action="store_true",
                       help=tr("only the approved assets (what an export takes)"))
    group.set_defaults(func=cmd_review)
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    signer = json_flag(sub.add_parser("sign", help=tr("sign a review item off")))
    signer.add_argument("--campaign", required=True, help=tr("campaign id or name"))
    signer.add_argument("--item", required=True, help=tr("the review item id"))
    signer.add_argument("--asset", help=tr("only this asset (default: every asset the item "
                                           "concerns now)"))
    signer.add_argument("--by", required=True, help=tr("who signs"))
    signer.add_argument("--note", required=True, help=tr("why it is fine"))
    signer.set_defaults(func=cmd_sign)


def payload(checklist) -> dict:
    data = checklist.to_dict()
    data["reasons"] = checklist.open_reasons()
    return data


def _human(data: dict) -> None:
    for item in data["items"]:
        state = _MARK[item["verdict"]] if item["open"] or item["verdict"] == "pass" else "ok*"
        print(f"[{state:3s}] {item['id']:22s} {item['reason']}")
        for finding in item["findings"]:
            if finding["open"] and finding["asset"]:
                print(f"        {finding['asset']}: {finding['reason']}")
    print(tr("Export blocked: some items need attention.") if data["blocking"] else
         tr("Nothing blocks an export."))


def cmd_review(app, args) -> int:
    if not args.campaign:
        raise UsageError(what=tr("--campaign is required"))
    emit(args, payload(review(app, args.campaign, approved_only=args.approved)), _human)
    return 0


def cmd_sign(app, args) -> int:
    rows = sign(app, args.campaign, args.item, args.by, args.note, asset_id=args.asset)

    def human(d):
        for row in d["signoffs"]:
            print(tr("Signed off {item} for {asset} by {by}", item=row["item"],
                     asset=row["asset_id"] or tr("the campaign"), by=row["by_name"]))

    emit(args, {"signoffs": rows}, human)
    return 0
