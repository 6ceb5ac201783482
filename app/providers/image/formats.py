"""Channel formats: the presets (`resources/formats/image_formats.json`), the size a model should
generate at for a format (its aspect ratio within the model's pixel budget, multiples of 8 or 64),
outpainting for extreme ratios, and the final fit to the exact pixels around a focus point.
Pillow only; no torch."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.core.errors import UsageError
from app.core.resources import load_json

MAX_RATIO = 2.0  # beyond this (e.g. 8:1 banners), generate at 2:1 and outpaint to the format
OUTPAINT_OVERLAP = 0.08  # of the canvas width/height, repainted to blend the seam


@dataclass(frozen=True)
class ImageFormat:
    id: str
    label: str
    width: int
    height: int
    channel: str = ""
    dpi: int | None = None
    print: bool = False
    labels: tuple = ()  # ((language, label), ...) besides the English one

    def label_in(self, language: str) -> str:
        return dict(self.labels).get(language, self.label)

    @property
    def ratio(self) -> float:
        return self.width / self.height


@dataclass(frozen=True)
class SizePlan:
    target: tuple[int, int]
    generate: tuple[int, int]  # the first pass
    outpaint: tuple[int, int] | None = None  # a second pass at the target's ratio
    dpi: int | None = None

    @property
    def final(self) -> tuple[int, int]:
        return self.outpaint or self.generate

    @property
    def upscale(self) -> float:
        fw, fh = self.final
        return max(self.target[0] / fw, self.target[1] / fh)

    def to_dict(self) -> dict:
        return {"target": list(self.target), "generate": list(self.generate),
                "outpaint": list(self.outpaint) if self.outpaint else None,
                "upscale": round(self.upscale, 3)}


def formats() -> list[ImageFormat]:
    data = load_json("formats", "image_formats.json")
    return [ImageFormat(id=f["id"], label=f.get("label", f["id"]), width=int(f["width"]),
                        height=int(f["height"]), channel=f.get("channel", ""), dpi=f.get("dpi"),
                        print=bool(f.get("print", False)),
                        labels=tuple(sorted((f.get("labels") or {}).items())))
            for f in data["formats"]]


def get_format(ident: str) -> ImageFormat:
    for fmt in formats():
        if fmt.id == ident:
            return fmt
    known = ", ".join(f.id for f in formats())
    raise UsageError(what=f"unknown format \u201c{ident}\u201d (known: {known})")


def multiple_for(native: int) -> int:
    """Latent-friendly size steps: 64 px for real models (their UNets downsample 3 times),
    8 px for small native sizes."""
    return 64 if native >= 512 else 8


def nearest_size(ratio: float, native: int, multiple: int | None = None) -> tuple[int, int]:
    """The size at `ratio` whose area is closest to (and not above) native², in `multiple`s."""
    multiple = multiple or multiple_for(native)
    budget = native * native
    height = math.sqrt(budget / ratio)
    width = height * ratio
    w = max(multiple, int(width // multiple) * multiple)
    h = max(multiple, int(height // multiple) * multiple)
    # use the slack: grow the side that keeps the ratio best while staying within budget
    best = (w, h)
    for cw, ch in ((w + multiple, h), (w, h + multiple), (w + multiple, h + multiple)):
        if cw * ch <= budget and abs(math.log((cw / ch) / ratio)) < \
                abs(math.log((best[0] / best[1]) / ratio)):
            best = (cw, ch)
    return best


def plan_size(width: int, height: int, native: int, *, dpi: int | None = None) -> SizePlan:
    ratio = width / height
    if 1 / MAX_RATIO <= ratio <= MAX_RATIO:
        return SizePlan(target=(width, height), generate=nearest_size(ratio, native), dpi=dpi)
    clamped = min(MAX_RATIO, max(1 / MAX_RATIO, ratio))
    return SizePlan(target=(width, height), generate=nearest_size(clamped, native),
                    outpaint=nearest_size(ratio, native), dpi=dpi)


def plan_format(fmt: ImageFormat, native: int) -> SizePlan:
    return plan_size(fmt.width, fmt.height, native, dpi=fmt.dpi)


def exact_size(width: int, height: int, multiple: int = 8) -> tuple[int, int]:
    """`--width/--height` are generated at exactly that size: sizes that are not multiples of
    8 are generated at the next multiple up and cropped (centre) afterwards."""
    return (math.ceil(width / multiple) * multiple, math.ceil(height / multiple) * multiple)


def fit(image, width: int, height: int, focus: tuple[float, float] = (0.5, 0.5)):
    """Scale `image` to cover width x height (Lanczos, up or down), then crop to exactly that
    size keeping the focus point (fractions of the image, 0..1) as central as possible."""
    from PIL import Image

    if image.size == (width, height):
        return image
    scale = max(width / image.width, height / image.height)
    new_w = max(width, math.ceil(image.width * scale - 1e-9))
    new_h = max(height, math.ceil(image.height * scale - 1e-9))
    if (new_w, new_h) != image.size:
        image = image.resize((new_w, new_h), Image.LANCZOS)
    fx = min(1.0, max(0.0, float(focus[0])))
    fy = min(1.0, max(0.0, float(focus[1])))
    left = round(min(max(fx * new_w - width / 2, 0), new_w - width))
    top = round(min(max(fy * new_h - height / 2, 0), new_h - height))
    return image.crop((left, top, left + width, top + height))


def fit_for_format(image, fmt: ImageFormat, focus: tuple[float, float] = (0.5, 0.5)):
    """`fit`, and after a large enlargement (print sizes) a light unsharp mask: Lanczos alone
    leaves a 3x-and-more enlargement soft on paper."""
    from PIL import ImageFilter

    scale = max(fmt.width / image.width, fmt.height / image.height)
    fitted = fit(image, fmt.width, fmt.height, focus)
    if scale >= 2.5:
        fitted = fitted.filter(ImageFilter.UnsharpMask(radius=2, percent=60, threshold=2))
    return fitted


def outpaint_canvas(image, size: tuple[int, int]):
    """(canvas, mask) for outpainting `image` to `size`: the image scaled to fit inside, centred,
    the rest filled by stretching its edges (a better start than grey) and marked in the mask
    (white = paint), with a small overlap so that the seam is repainted."""
    from PIL import Image, ImageFilter

    cw, ch = size
    scale = min(cw / image.width, ch / image.height)
    iw, ih = max(1, round(image.width * scale)), max(1, round(image.height * scale))
    inner = image.convert("RGB").resize((iw, ih), Image.LANCZOS)
    left, top = (cw - iw) // 2, (ch - ih) // 2
    canvas = inner.resize((cw, ch), Image.BILINEAR).filter(ImageFilter.GaussianBlur(radius=max(
        1, min(cw, ch) // 8)))
    canvas.paste(inner, (left, top))
    mask = Image.new("L", (cw, ch), 255)
    ox, oy = int(cw * OUTPAINT_OVERLAP / 2), int(ch * OUTPAINT_OVERLAP / 2)
    keep = (left + (ox if left else 0), top + (oy if top else 0),
            left + iw - (ox if left else 0), top + ih - (oy if top else 0))
    mask.paste(0, keep)
    return canvas, mask
