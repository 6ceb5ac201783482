"""vitrine models list | import PATH | download ID"""

from __future__ import annotations

import sys

from app.cli.main import json_flag
from app.cli.output import emit
from app.core.i18n import tr


def register(commands) -> None:
    group = commands.add_parser("models", help=tr("the image model library"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = json_flag(sub.add_parser("list", help=tr("models found on this computer")))
    ls.set_defaults(func=cmd_list)
    imp = json_flag(sub.add_parser("import", help=tr("add a model file or folder to the library")))
    imp.add_argument("path")
    imp.add_argument("--name", default="")
    imp.set_defaults(func=cmd_import)
    dl = json_flag(sub.add_parser("download",
                                  help=tr("download a model from the Hugging Face Hub")))
    dl.add_argument("id", help=tr("a Hub repository id, e.g. stabilityai/sdxl-turbo"))
    dl.add_argument("--revision", default="main")
    dl.set_defaults(func=cmd_download)


def _human_entry(e: dict) -> None:
    print(f"{e['name']}  [{e['format']}, {e['family']}, {e['source']}]  "
          f"{tr('licence')}: {e['licence']} ({tr('commercial use')}: {e['commercial_use']})")
    print(f"    {e['path']}")


def cmd_list(app, args) -> int:
    from app.providers.models import library

    models = [m.to_dict() for m in library.list_models(app.settings.to_dict())]

    def human(d):
        if not d["models"]:
            print(tr("No models found. Import one with 'vitrine models import PATH' or download "
                     "one with 'vitrine models download ID'."))
        for entry in d["models"]:
            _human_entry(entry)

    emit(args, {"models": models}, human)
    return 0


def cmd_import(app, args) -> int:
    from app.providers.models import library

    entry = library.import_model(args.path, name=args.name)
    emit(args, entry.to_dict(), _human_entry)
    return 0


def cmd_download(app, args) -> int:
    from app.providers.models import library

    def progress(done: int, total: int, name: str) -> None:
        if sys.stderr.isatty() and total:
            sys.stderr.write(f"\r\033[K{done * 100 // total:3d}%  {name}"[:100])
            sys.stderr.flush()

    try:
        entry = library.download(args.id, revision=args.revision, progress=progress)
    finally:
        if sys.stderr.isatty():
            sys.stderr.write("\r\033[K")
    emit(args, entry.to_dict(), _human_entry)
    return 0
