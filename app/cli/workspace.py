"""vitrine workspace info | check | backup | restore | empty-trash"""

from __future__ import annotations

from pathlib import Path

from app.cli.main import json_flag
from app.cli.output import emit
from app.core.i18n import tr


def register(commands) -> None:
    group = commands.add_parser("workspace", help=tr("backups, checks and the trash"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    json_flag(sub.add_parser("info", help=tr("where the workspace is and what it holds"))) \
        .set_defaults(func=cmd_info)
    json_flag(sub.add_parser("check", help=tr("check the database and every file's hash"))) \
        .set_defaults(func=cmd_check)
    json_flag(sub.add_parser("backup", help=tr("back up the database now"))) \
        .set_defaults(func=cmd_backup)
    restore = json_flag(sub.add_parser(
        "restore", help=tr("put a backup in place of a damaged database")))
    restore.add_argument("--from", dest="source", metavar="FILE",
                         help=tr("the backup to restore (default: the latest)"))
    restore.set_defaults(func=cmd_restore, needs_app=False)
    json_flag(sub.add_parser("empty-trash", help=tr("delete trashed assets for good"))) \
        .set_defaults(func=cmd_empty_trash)


def cmd_info(app, args) -> int:
    from app.services.doctor import probe_workspace

    emit(args, probe_workspace(app))
    return 0


def cmd_check(app, args) -> int:
    from app.services.maintenance import check_workspace

    report = check_workspace(app.workspace)
    emit(args, report)
    return 0 if report["ok"] else 1


def cmd_backup(app, args) -> int:
    path = app.workspace.backup("manual")
    emit(args, {"backup": str(path)},
         lambda d: print(tr("Backup written: {path}", path=d["backup"])))
    return 0


def cmd_restore(app, args) -> int:
    from app.core.paths import default_workspace
    from app.core.settings import load_settings
    from app.workspace.db import restore_backup

    folder = Path(args.workspace or load_settings().workspace or default_workspace())
    restored = restore_backup(folder, Path(args.source) if args.source else None)
    emit(args, {"restored": str(restored)},
         lambda d: print(tr("Restored the database from the backup: {path}", path=d["restored"])))
    return 0


def cmd_empty_trash(app, args) -> int:
    count = app.workspace.purge_trash()
    emit(args, {"deleted": count}, lambda d: print(tr("Deleted for good: {n}", n=count)))
    return 0
