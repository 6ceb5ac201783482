"""The invisible watermark SDXL puts on its images: invisible-watermark's "dwtDct" method with
SDXL's 48-bit message, so that the tools that look for it find ours too.

Two departures from the package's own encoder, both so that the mark survives being written:
the colour planes are worked on in floating point and clipped once (the package writes them back
into 8-bit arrays, where values past 255 wrap around), and the embedding is repeated until the mark
decodes from the 8-bit result (in smooth areas one pass can leave a block whose strongest
coefficient changes place). The package's `__init__` imports torch for its rivaGan method; the
module with the DCT method is loaded on its own, so exporting never loads torch."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache

# diffusers' StableDiffusionXLWatermarker: WATERMARK_MESSAGE
MESSAGE = 0b101100111110110010010000011110111011000110011110
BITS = [int(b) for b in bin(MESSAGE)[2:]]
MIN_SIDE = 256  # the method needs at least 256×256 pixels
MAX_PASSES = 6


@cache
def _embedder_class():
    spec = importlib.util.find_spec("imwatermark")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("invisible-watermark is not installed")
    path = f"{next(iter(spec.submodule_search_locations))}/maxDct.py"
    module_spec = importlib.util.spec_from_file_location("_vitrine_imwatermark_maxdct", path)
    module = importlib.util.module_from_spec(module_spec)
    sys.modules.setdefault(module_spec.name, module)
    module_spec.loader.exec_module(module)
    return module.EmbedMaxDct


def applies(width: int, height: int) -> bool:
    return min(width, height) >= MIN_SIDE


def _encode_once(rgb):
    import cv2
    import numpy as np
    import pywt

    embed = _embedder_class()(BITS, wmLen=len(BITS))
    bgr = np.ascontiguousarray(rgb[:, :, ::-1])
    rows, cols = bgr.shape[0] // 4 * 4, bgr.shape[1] // 4 * 4
    yuv = cv2.cvtColor(bgr, cv2.COLOR_BGR2YUV).astype(np.float32)
    for channel, scale in enumerate(embed._scales[:2]):
        if scale <= 0:
            continue
        ca1, (h1, v1, d1) = pywt.dwt2(yuv[:rows, :cols, channel], "haar")
        embed.encode_frame(ca1, scale)
        # the same (v1, h1) order as the package, so its decoder reads what we wrote
        yuv[:rows, :cols, channel] = pywt.idwt2((ca1, (v1, h1, d1)), "haar")
    yuv8 = np.clip(np.rint(yuv), 0, 255).astype(np.uint8)
    return np.ascontiguousarray(cv2.cvtColor(yuv8, cv2.COLOR_YUV2BGR)[:, :, ::-1])


def decode(rgb) -> list[int]:
    """The 48 bits read from an RGB uint8 array."""
    import numpy as np

    embed = _embedder_class()(watermarks=[], wmLen=len(BITS))
    bits = embed.decode(np.ascontiguousarray(rgb[:, :, ::-1]))
    return [int(b) for b in bits]


def matches(rgb) -> bool:
    return decode(rgb) == BITS


def embed(rgb):
    """The image (RGB uint8 array) with the watermark; (image, decodes) where `decodes` says
    whether the 8-bit result reads back as the message."""
    out = rgb
    for _ in range(MAX_PASSES):
        out = _encode_once(out)
        if matches(out):
            return out, True
    return out, False
