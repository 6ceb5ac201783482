"""vitrine generate audio: a voice-over (--speech, a script file or a radio script asset) or music
(--music --duration), mixed over a bed and levelled to a loudness target when asked."""

from __future__ import annotations

from pathlib import Path

from app.cli.main import json_flag
from app.cli.output import emit_assets
from app.cli.runner import run_job
from app.core.errors import UsageError
from app.core.i18n import tr
from app.core.requests import AudioRequest


def register_generate(kinds) -> None:
    p = json_flag(kinds.add_parser("audio", help=tr("generate a voice-over or music")))
    p.add_argument("--campaign", required=True)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--speech", metavar="TEXT", help=tr("the script to speak"))
    what.add_argument("--speech-file", metavar="FILE", help=tr("read the script from a file"))
    what.add_argument("--script-asset", metavar="ID",
                      help=tr("speak a text asset (a radio script) of the campaign"))
    what.add_argument("--music", metavar="TEXT", help=tr("describe the music or sound"))
    p.add_argument("--voice", metavar="ID",
                   help=tr("ENGINE:VOICE, e.g. espeak:fr, espeak:en, openai:alloy, or the "
                           "folder of a local text-to-speech model"))
    p.add_argument("--language", help=tr("the script's language when no voice is given"))
    p.add_argument("--duration", type=float, metavar="S", help=tr("music length in seconds"))
    p.add_argument("--model", metavar="PATH|ID", help=tr("a local model folder or id"))
    p.add_argument("--provider", metavar="ID")
    p.add_argument("--base-url", metavar="URL",
                   help=tr("an OpenAI-compatible text-to-speech server"))
    p.add_argument("--seed", type=int)
    p.add_argument("--rate", type=float, help=tr("speaking rate, 1 = normal"))
    p.add_argument("--pitch", type=float, help=tr("pitch from -1 to 1, 0 = the voice's own"))
    p.add_argument("--steps", type=int, help=tr("diffusion steps (music models)"))
    p.add_argument("--guidance", type=float)
    p.add_argument("--negative", metavar="TEXT", help=tr("what the music should avoid"))
    p.add_argument("--instructions", metavar="TEXT",
                   help=tr("how the voice should sound (OpenAI voices)"))
    p.add_argument("--bed", metavar="ASSET|FILE", help=tr("a music bed to mix the voice over"))
    p.add_argument("--duck", type=float, metavar="DB",
                   help=tr("how far the bed goes down under the voice (default 12)"))
    p.add_argument("--loudness", metavar="TARGET",
                   help=tr("web (-16 LUFS, default), broadcast (-23 LUFS), none, or a number"))
    p.add_argument("--true-peak", type=float, metavar="DBTP",
                   help=tr("true-peak ceiling (default -1)"))
    p.add_argument("--format", choices=["wav", "flac", "mp3"], default="wav")
    p.set_defaults(func=cmd_generate_audio)


def build_request(args) -> AudioRequest:
    speech = args.speech or ""
    if args.speech_file:
        try:
            speech = Path(args.speech_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(what=tr("cannot read {path}: {reason}", path=args.speech_file,
                                     reason=exc.__class__.__name__)) from None
    opts = {key: value for key, value in (
        ("language", args.language), ("steps", args.steps), ("guidance", args.guidance),
        ("negative", args.negative), ("instructions", args.instructions), ("bed", args.bed),
        ("duck_db", args.duck), ("loudness", args.loudness), ("true_peak", args.true_peak),
    ) if value is not None}
    return AudioRequest(campaign_id=args.campaign, provider=args.provider or "",
                        model=args.model or "", base_url=args.base_url or "",
                        speech=speech, voice=args.voice or "", music=args.music or "",
                        duration=args.duration if args.music else None, seed=args.seed,
                        rate=args.rate, pitch=args.pitch, output_format=args.format,
                        parent_id=args.script_asset or "", options=opts)


def cmd_generate_audio(app, args) -> int:
    assets = run_job(app, build_request(args), quiet=args.json)
    emit_assets(args, assets)
    return 0
