"""vitrine export --campaign ID --to DIR [--profile public|internal] [formats]"""

from __future__ import annotations

import sys

from app.cli.main import json_flag
from app.cli.output import emit, err
from app.core.i18n import tr
from app.services.export import export


def register(commands) -> None:
    p = json_flag(commands.add_parser("export", help=tr("export a campaign's approved assets "
                                                        "as a bundle")))
    p.add_argument("--campaign", required=True, help=tr("campaign id or name"))
    p.add_argument("--to", required=True, metavar="DIR", help=tr("the bundle folder to create"))
    p.add_argument("--profile", choices=["public", "internal"], default="public",
                   help=tr("public: no prompts, seeds or notes; internal: the full recipe"))
    p.add_argument("--image-format", choices=["png", "jpeg", "webp"], default="png")
    p.add_argument("--audio-format", choices=["wav", "mp3"], default="wav")
    p.add_argument("--text-format", choices=["md", "html", "txt"], default="md")
    p.add_argument("--no-srgb", action="store_true",
                   help=tr("do not embed the sRGB colour profile in images"))
    p.set_defaults(func=cmd_export)


def cmd_export(app, args) -> int:
    def progress(done, total, name):
        if not args.json and sys.stderr.isatty():
            err(f"[{done}/{total}] {name}")

    result = export(app, args.campaign, args.to, profile=args.profile,
                    image_format=args.image_format, audio_format=args.audio_format,
                    text_format=args.text_format, srgb=not args.no_srgb, progress=progress)
    for warning in result["warnings"]:
        err(tr("warning: {message}", message=warning))

    def human(d):
        print(tr("Exported {n} asset(s) to {path} ({profile})", n=d["assets"], path=d["path"],
                 profile=d["profile"]))

    emit(args, result, human)
    return 0
