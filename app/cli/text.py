"""vitrine generate text; vitrine prompt lint"""

from __future__ import annotations

import sys
import threading

from app.cli.main import json_flag
from app.cli.output import emit, emit_assets, emit_json, err
from app.core.errors import CancelledError, UsageError
from app.core.i18n import tr
from app.core.jobs import JobEvent


def register_generate(kinds) -> None:
    from app.prompting.channels import channel_ids

    p = json_flag(kinds.add_parser("text", help=tr("write copy for a channel, in variants")))
    p.add_argument("--campaign", required=True)
    p.add_argument("--channel", required=True, choices=channel_ids(), metavar="NAME",
                   help=tr("one of: {names}", names=", ".join(channel_ids())))
    p.add_argument("--prompt", default="", help=tr("what to write (the brief says the rest)"))
    p.add_argument("--provider", default="", help=tr("provider id (default: the local model)"))
    p.add_argument("--base-url", default="",
                   help=tr("an OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM)"))
    p.add_argument("--model", default="", help=tr("model name, folder or GGUF file"))
    p.add_argument("--variants", type=int, default=3)
    p.add_argument("--language", default="", help=tr("language of the copy (default: the "
                                                     "campaign's)"))
    p.add_argument("--temperature", type=float)
    p.add_argument("--max-tokens", type=int)
    p.set_defaults(func=cmd_generate_text)


def register(commands) -> None:
    group = commands.add_parser("prompt", help=tr("the prompt assistant"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    lint = json_flag(sub.add_parser("lint", help=tr("what a prompt lacks, and a rewrite")))
    lint.add_argument("--prompt", required=True)
    lint.add_argument("--campaign", default="")
    lint.add_argument("--channel", default="")
    lint.add_argument("--rewrite", action="store_true",
                      help=tr("also ask the local model to rewrite it"))
    lint.add_argument("--model", default="", help=tr("local model for the rewrite"))
    lint.set_defaults(func=cmd_prompt_lint)


def cmd_generate_text(app, args) -> int:
    from app.cli.runner import run_job
    from app.core.requests import TextRequest

    if not 1 <= args.variants <= 20:
        raise UsageError(what=tr("--variants must be between 1 and 20"))
    request = TextRequest(
        campaign_id=args.campaign, provider=args.provider, model=args.model,
        base_url=args.base_url, channel=args.channel, prompt=args.prompt, variants=args.variants,
        language=args.language, temperature=args.temperature, max_tokens=args.max_tokens)
    stream = None if args.json else _Stream(sys.stdout)
    try:
        assets = run_job(app, request, quiet=True, on_event=stream.on_event if stream else None)
    except CancelledError as exc:
        kept = getattr(exc, "assets", [])
        if stream:
            stream.end()
        if kept:
            err(tr("cancelled; the text so far is kept as a draft: {ids}",
                   ids=", ".join(a.id for a in kept)))
        raise
    if stream:
        stream.end()
        print_variants(assets)
        return 0
    emit_assets(args, assets)
    return 0


class _Stream:
    """Writes the text as it arrives (events carry the whole text so far)."""

    def __init__(self, out):
        self.out, self.shown, self.lock = out, "", threading.Lock()

    def on_event(self, event: JobEvent) -> None:
        text = event.progress.text if event.progress is not None else ""
        if not text:
            return
        with self.lock:
            if text.startswith(self.shown):
                self.out.write(text[len(self.shown):])
                self.out.flush()
                self.shown = text

    def end(self) -> None:
        with self.lock:
            if self.shown:
                self.out.write("\n\n")
                self.out.flush()


def print_variants(assets) -> None:
    for asset in assets:
        meta = asset.meta
        head = f"[{meta.get('variant', 1)}/{meta.get('variants', 1)}] {asset.id}"
        print(head + ("  " + tr("OVER THE LIMIT") if meta.get("over_limit") else ""))
        for f in meta.get("fields", []):
            limit = f["limit"]
            shown = "-" if limit is None else (str(limit) if f["strict"] else f"~{limit}")
            mark = "  !" if f["over_limit"] else ""
            print(f"    {f['label']}: {f['length']}/{shown} {_unit(f['unit'])}{mark}  {f['text']}")
        for flag in meta.get("grounding", {}).get("flags", []):
            print("    " + tr("not in the fact sheet ({kind}): {text}", kind=_kind(flag["kind"]),
                              text=flag["text"]))
        for flag in meta.get("flags", []):
            if flag.startswith("hashtags:") or flag.startswith("missing:"):
                print(f"    {flag}")


def _unit(unit: str) -> str:
    return tr("words") if unit == "words" else tr("characters")


def _kind(kind: str) -> str:
    names = {"number": tr("number"), "percentage": tr("percentage"), "price": tr("price"),
             "date": tr("date"), "superlative": tr("superlative"), "quotation": tr("quotation"),
             "source": tr("source")}
    return names.get(kind, kind)


def cmd_prompt_lint(app, args) -> int:
    from app.services.text import lint, start_prompt_rewrite

    report = lint(app, args.prompt, args.campaign, channel=args.channel)
    data = report.to_dict()
    if args.rewrite:
        if not args.campaign:
            raise UsageError(what=tr("--rewrite needs --campaign"))
        job = start_prompt_rewrite(app, args.prompt, args.campaign, channel=args.channel,
                                   model=args.model)
        data["model_rewrite"] = job.text(timeout=600)
    if args.json:
        emit_json(data)
        return 0

    def human(d):
        print(tr("score: {score}/100", score=d["score"]))
        for finding in d["findings"]:
            print(f"  - {finding['message']}")
        print("\n" + tr("proposed rewrite:") + "\n" + d["rewrite"])
        if d.get("model_rewrite"):
            print("\n" + tr("rewrite by the local model:") + "\n" + d["model_rewrite"])

    emit(args, data, human)
    return 0
