"""Image jobs around the providers: the request checked before it is queued (bad input fails
at once, in plain words), and when a job succeeds, each image fitted to its format's exact pixels
(cloud answers come in the API's sizes) and written with its metadata (A1111 parameters, XMP
DigitalSourceType) before it is stored. Also: the channel pack and the model library."""

from __future__ import annotations

import io
from pathlib import Path

from app.core.errors import UsageError
from app.core.i18n import tr
from app.providers import registry
from app.providers.base import RunsIn
from app.providers.image import formats, metadata, schedulers
from app.providers.models import checkpoints
from app.services import doctor, hooks

MAX_COUNT = 16


def prepare(app, request, campaign):
    if not request.prompt.strip() and not request.init_image:
        raise UsageError(what=tr("an image needs a prompt (--prompt)"))
    if (request.width is None) != (request.height is None):
        raise UsageError(what=tr("give both --width and --height, or neither"))
    if request.width is not None and (request.width < 8 or request.height < 8 or
                                      request.width * request.height > 64_000_000):
        raise UsageError(what=tr("the size {w}x{h} is out of range", w=request.width,
                                 h=request.height))
    if request.format and request.width is not None:
        raise UsageError(what=tr("use either --format or --width/--height"))
    for ident in [request.format, *(request.options.get("formats") or [])]:
        if ident:
            formats.get_format(ident)
    if not 1 <= int(request.count or 1) <= MAX_COUNT:
        raise UsageError(what=tr("--count must be between 1 and {max}", max=MAX_COUNT))
    if request.strength is not None and not 0 < request.strength <= 1:
        raise UsageError(what=tr("--strength must be between 0 and 1"))
    schedulers.normalize(request.scheduler)
    if request.model:
        checkpoints.refuse_pickle(Path(request.model))  # never queue a job that would unpickle
    changes = {}
    for name in ("init_image", "mask_image"):
        value = getattr(request, name)
        if value:
            path = Path(value).expanduser()
            if not path.is_file():
                raise UsageError(what=tr("image not found: {path}", path=value))
            changes[name] = str(path.resolve())
    return request.replace(**changes) if changes else request


def finish(app, request, campaign, outputs):
    focus = tuple(request.options.get("focus") or (0.5, 0.5))
    for output in outputs:
        if output.kind.value != "image":
            continue
        fmt = formats.get_format(output.channel) if output.channel else None
        if fmt is not None:
            target = (fmt.width, fmt.height)
        elif request.width is not None:
            target = (request.width, request.height)
        else:
            target = None
        if target is not None and (output.width, output.height) != target:
            _refit(output, target, focus, fmt)
    return outputs


def _refit(output, target, focus, fmt) -> None:
    from PIL import Image

    with Image.open(io.BytesIO(output.data)) as image:
        image.load()
        rgb = image.convert("RGB")
        fitted = formats.fit_for_format(rgb, fmt, focus) if fmt else \
            formats.fit(rgb, *target, focus=focus)
    if output.record is not None:
        output.record.parameters = {**output.record.parameters,
                                    "fitted_from": [output.width, output.height]}
    output.data = metadata.png_bytes(fitted, output.record, dpi=fmt.dpi if fmt else None)
    output.width, output.height = fitted.size
    output.ext, output.mime = "png", "image/png"


def channel_pack(app, request, format_ids: list[str] | None = None) -> list:
    """Every format (or the ones given) from one prompt. A local model makes the whole pack in
    one job (one seed, each size composed for its ratio); a cloud API gets one job per format."""
    from app.services.generate import generate

    ids = list(format_ids or [f.id for f in formats.formats()])
    for ident in ids:
        formats.get_format(ident)
    _cls, info = registry.resolve(request, app.settings)
    if info.runs_in == RunsIn.WORKER:
        options = {**request.options, "formats": ids}
        return [generate(app, request.replace(format="", width=None, height=None,
                                              options=options))]
    return [generate(app, request.replace(format=ident, width=None, height=None))
            for ident in ids]


def models_probe(app) -> dict:
    from app.providers.models import discovery

    found = discovery.scan(app.settings.to_dict())
    return {"ok": True, "count": len(found),
            "models": [{"name": e.name, "format": e.format, "family": e.family,
                        "source": e.source, "licence": e.licence} for e in found[:30]]}


hooks.register_preparer("image", prepare)
hooks.register_finisher("image", finish)
doctor.register_probe("image_models", models_probe)
