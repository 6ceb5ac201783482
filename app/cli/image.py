"""vitrine generate image ..."""

from __future__ import annotations

from app.cli.main import json_flag
from app.cli.output import emit_assets
from app.core.errors import UsageError
from app.core.i18n import tr


def register_generate(kinds) -> None:
    p = json_flag(kinds.add_parser("image", help=tr("generate images")))
    p.add_argument("--campaign", required=True)
    p.add_argument("--prompt", default="")
    p.add_argument("--negative", default="", help=tr("negative prompt"))
    p.add_argument("--model", default="", metavar="PATH|ID",
                   help=tr("a model folder or .safetensors file, a Hub id, or a library name"))
    p.add_argument("--seed", type=int)
    p.add_argument("--steps", type=int)
    p.add_argument("--guidance", type=float)
    p.add_argument("--scheduler", default="",
                   help=tr("euler, euler-a, dpm++2m, dpm++2m-karras, ddim, lcm... (default: "
                           "the model's own)"))
    p.add_argument("--width", type=int)
    p.add_argument("--height", type=int)
    p.add_argument("--format", default="", metavar="NAME",
                   help=tr("a channel format: instagram-square, story, iab-728x90..."))
    p.add_argument("--pack", action="store_true",
                   help=tr("every channel format from this prompt (the channel pack)"))
    p.add_argument("--focus", metavar="X,Y",
                   help=tr("the point to keep when cropping to a format (0..1, default 0.5,0.5)"))
    p.add_argument("--count", type=int, default=1)
    p.add_argument("--init-image", default="", metavar="FILE")
    p.add_argument("--strength", type=float)
    p.add_argument("--mask", default="", metavar="FILE", help=tr("inpainting mask (white = paint)"))
    p.add_argument("--lora", action="append", default=[], metavar="PATH[:WEIGHT]")
    p.add_argument("--provider", default="")
    p.add_argument("--base-url", default="", metavar="URL")
    p.set_defaults(func=cmd_generate_image)


def cmd_generate_image(app, args) -> int:
    from app.cli.runner import run_job, wait_for
    from app.core.requests import ImageRequest
    from app.services.image import channel_pack

    options = {}
    if args.focus:
        options["focus"] = _focus(args.focus)
    request = ImageRequest(
        campaign_id=args.campaign, provider=args.provider, model=args.model,
        base_url=args.base_url, prompt=args.prompt, negative_prompt=args.negative,
        width=args.width, height=args.height, format=args.format, seed=args.seed,
        steps=args.steps, guidance=args.guidance, scheduler=args.scheduler, count=args.count,
        init_image=args.init_image, strength=args.strength, mask_image=args.mask,
        loras=tuple(_lora(v) for v in args.lora), options=options)
    if args.pack:
        assets = []
        for handle in channel_pack(app, request):
            assets += wait_for(app, lambda h=handle: h, quiet=args.json)
    else:
        assets = run_job(app, request, quiet=args.json)
    emit_assets(args, assets)
    return 0


def _lora(value: str) -> tuple[str, float]:
    path, sep, weight = value.rpartition(":")
    if sep and path:
        try:
            return path, float(weight)
        except ValueError:
            pass
    return value, 1.0


def _focus(value: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in value.split(","))
    except ValueError:
        raise UsageError(what=tr("--focus takes X,Y between 0 and 1, e.g. 0.5,0.3")) from None
    if not (0 <= x <= 1 and 0 <= y <= 1):
        raise UsageError(what=tr("--focus takes X,Y between 0 and 1, e.g. 0.5,0.3"))
    return x, y
