"""What an image file says about itself: the generation parameters in the A1111 `parameters`
text chunk (what gallery tools and sd-parsers read; `Sampler:` must be there) and XMP with the IPTC
DigitalSourceType `trainedAlgorithmicMedia`. Pillow only; no torch."""

from __future__ import annotations

import io

from app.core.assets import GenerationRecord

TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
XMP_KEY = "XML:com.adobe.xmp"


def a1111_parameters(record: GenerationRecord, width: int, height: int) -> str:
    """`PROMPT\\nNegative prompt: NEG\\nSteps: N, Sampler: NAME, CFG scale: X, Seed: N,
    Size: WxH, Model: NAME` (DESIGN.md's contract; the negative line only when there is one)."""
    p = record.parameters or {}
    lines = [record.prompt]
    if record.negative_prompt:
        lines.append(f"Negative prompt: {record.negative_prompt}")
    fields = [("Steps", p.get("steps", 0) or 0),
              ("Sampler", p.get("sampler") or record.provider or "unknown")]
    if p.get("guidance") is not None:
        fields.append(("CFG scale", _num(p["guidance"])))
    fields.append(("Seed", record.seed if record.seed is not None else -1))
    fields.append(("Size", f"{width}x{height}"))
    fields.append(("Model", _clean(record.model.rsplit("/", 1)[-1] if "/" in record.model and
                                   not record.model.startswith("/") else _stem(record.model))))
    if p.get("strength") is not None:
        fields.append(("Denoising strength", _num(p["strength"])))
    if p.get("loras"):
        fields.append(("Lora hashes", _clean(", ".join(
            f"{name}: {_num(weight)}" for name, weight in p["loras"]))))
    fields.append(("Version", f"Vitrine {record.app_version}".strip()))
    lines.append(", ".join(f"{k}: {v}" for k, v in fields))
    return "\n".join(lines)


def _num(value) -> str:
    return f"{float(value):g}"


def _stem(model: str) -> str:
    name = model.replace("\\", "/").rsplit("/", 1)[-1]
    return name.removesuffix(".safetensors") or "unknown"


def _clean(text: str) -> str:
    # commas and colons split A1111 fields: keep them out of values
    return text.replace(",", " ").replace(":", " ").replace("\n", " ").strip() or "unknown"


def xmp_packet(*, creator_tool: str = "Vitrine") -> str:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f"<Iptc4xmpExt:DigitalSourceType>{TRAINED_ALGORITHMIC_MEDIA}</Iptc4xmpExt:DigitalSourceType>"
        f"<xmp:CreatorTool>{creator_tool}</xmp:CreatorTool>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def png_bytes(image, record: GenerationRecord | None, *, dpi: int | None = None) -> bytes:
    """The image as PNG with the parameters chunk (when there is a record) and the XMP."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    if record is not None:
        text = a1111_parameters(record, image.width, image.height)
        try:
            text.encode("latin-1")
            info.add_text("parameters", text)  # tEXt, as A1111 writes it
        except UnicodeEncodeError:
            info.add_itxt("parameters", text)
    info.add_itxt(XMP_KEY, xmp_packet())
    buffer = io.BytesIO()
    kwargs = {"dpi": (dpi, dpi)} if dpi else {}
    # large (print) images: fast compression; zlib's higher levels gain little on photos
    level = 1 if image.width * image.height > 2_000_000 else 4
    image.save(buffer, format="PNG", pnginfo=info, compress_level=level, **kwargs)
    return buffer.getvalue()


def export_bytes(image, record: GenerationRecord | None, fmt: str = "png", *,
                 quality: int = 92, dpi: int | None = None) -> bytes:
    """The image as PNG, JPEG or WebP with the same metadata: for JPEG and WebP the parameters go
    in EXIF UserComment (where A1111 puts them) and the XMP in the file's XMP packet."""
    fmt = fmt.lower()
    if fmt == "png":
        return png_bytes(image, record, dpi=dpi)
    if fmt not in ("jpeg", "jpg", "webp"):
        raise ValueError(f"unsupported image format {fmt}")
    from PIL import Image

    exif = Image.Exif()
    if record is not None:
        text = a1111_parameters(record, image.width, image.height)
        exif.get_ifd(0x8769)[0x9286] = b"UNICODE\0" + text.encode("utf-16-be")
    buffer = io.BytesIO()
    kwargs = {"dpi": (dpi, dpi)} if dpi else {}
    image.convert("RGB").save(buffer, format="WEBP" if fmt == "webp" else "JPEG",
                              quality=quality, exif=exif.tobytes(),
                              xmp=xmp_packet().encode("utf-8"), **kwargs)
    return buffer.getvalue()


def read_exif_parameters(data: bytes) -> str:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        raw = image.getexif().get_ifd(0x8769).get(0x9286, b"")
    if isinstance(raw, bytes) and raw.startswith(b"UNICODE\0"):
        return raw[8:].decode("utf-16-be")
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def with_metadata(data: bytes, record: GenerationRecord | None, *, dpi: int | None = None) -> bytes:
    """Rewrite a PNG (or any image Pillow reads) as PNG carrying the metadata."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.load()
        dpi = dpi or _dpi_of(image)
        return png_bytes(_rgb(image), record, dpi=dpi)


def _dpi_of(image) -> int | None:
    dpi = image.info.get("dpi")
    return round(dpi[0]) if dpi else None


def _rgb(image):
    return image if image.mode in ("RGB", "RGBA") else image.convert("RGB")


def read_parameters(data: bytes) -> str:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return image.info.get("parameters", "") or image.text.get("parameters", "")


def read_xmp(data: bytes) -> str:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        value = image.info.get(XMP_KEY) or image.info.get("xmp") or ""
    return value.decode("utf-8") if isinstance(value, bytes) else value
