"""The invisible watermark SDXL puts on its images: invisible-watermark's "dwtDct" method with
SDXL's 48-bit message, so that the tools that look for SDXL's mark (the package's own
WatermarkDecoder among them) find ours.

The method: the image's U plane (YUV), one level of Haar wavelets, the approximation band cut in
4×4 blocks taken in raster order; block n carries bit n mod 48 in its largest coefficient after
the first, quantised to 36·(k + 1/4) for a 0 and 36·(k + 3/4) for a 1. A bit is read as the
majority of its blocks.

It is written here with whole-array numpy operations rather than through the package's encoder,
for three reasons: the package loops over blocks in Python (most of an export's time), it writes
the planes back into 8-bit arrays where values past 255 wrap around (we work in floating point and
clip once), and its `__init__` imports torch for another method (exporting must not load torch).
In smooth areas one pass can leave a block whose largest coefficient changes place once rounded
to 8 bits, so the embedding is repeated until the mark reads back from the 8-bit result."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported when an image is marked, not when the app starts
    import numpy as np

# diffusers' StableDiffusionXLWatermarker: WATERMARK_MESSAGE
MESSAGE = 0b101100111110110010010000011110111011000110011110
BITS = [int(b) for b in bin(MESSAGE)[2:]]
SCALE = 36.0  # the package's default scale for the U plane
BLOCK = 4
CHANNEL = 1  # U of YUV; the package leaves Y and V alone
MIN_SIDE = 256  # the package refuses images under 256×256 pixels
MAX_PASSES = 6


def applies(width: int, height: int) -> bool:
    return min(width, height) >= MIN_SIDE


def _blocks(band: np.ndarray) -> tuple[np.ndarray, tuple[int, int]]:
    rows, cols = band.shape[0] // BLOCK, band.shape[1] // BLOCK
    view = band[:rows * BLOCK, :cols * BLOCK].reshape(rows, BLOCK, cols, BLOCK)
    return view.transpose(0, 2, 1, 3).reshape(rows * cols, BLOCK * BLOCK), (rows, cols)


def _unblocks(flat: np.ndarray, shape: tuple[int, int], band: np.ndarray) -> None:
    rows, cols = shape
    band[:rows * BLOCK, :cols * BLOCK] = flat.reshape(rows, cols, BLOCK, BLOCK).transpose(
        0, 2, 1, 3).reshape(rows * BLOCK, cols * BLOCK)


def _strongest(flat: np.ndarray) -> np.ndarray:
    import numpy as np

    return np.argmax(np.abs(flat[:, 1:]), axis=1) + 1


def _u_plane(rgb: np.ndarray):
    import cv2
    import numpy as np

    yuv = cv2.cvtColor(np.ascontiguousarray(rgb[:, :, ::-1]), cv2.COLOR_BGR2YUV)
    rows, cols = yuv.shape[0] // 4 * 4, yuv.shape[1] // 4 * 4
    return yuv, yuv[:rows, :cols, CHANNEL].astype(np.float32)


def _haar_approximation(plane: np.ndarray) -> np.ndarray:
    """pywt.dwt2(plane, "haar")[0]: each 2×2 block's sum over 2 (orthonormal Haar)."""
    return (plane[0::2, 0::2] + plane[0::2, 1::2] + plane[1::2, 0::2] + plane[1::2, 1::2]) / 2


def _encode_once(rgb: np.ndarray) -> np.ndarray:
    import cv2
    import numpy as np

    yuv, plane = _u_plane(rgb)
    ca1 = _haar_approximation(plane)
    flat, shape = _blocks(ca1.copy())
    index = np.arange(flat.shape[0])
    pos = _strongest(flat)
    value = flat[index, pos]
    bits = np.asarray(BITS, dtype=np.float32)[index % len(BITS)]
    magnitude = (np.abs(value) // SCALE + 0.25 + 0.5 * bits) * SCALE
    flat[index, pos] = np.where(value >= 0, magnitude, -magnitude)
    marked = np.empty_like(ca1)
    _unblocks(flat, shape, marked)
    # Only the approximation band changes, and the transform is orthonormal: a change d of one
    # coefficient is a change d/2 of each of its four pixels (the details are left as they are).
    delta = (marked - ca1) / 2
    for dy in (0, 1):
        for dx in (0, 1):
            plane[dy::2, dx::2] += delta
    out = yuv.astype(np.float32)
    out[:plane.shape[0], :plane.shape[1], CHANNEL] = plane
    yuv8 = np.clip(np.rint(out), 0, 255).astype(np.uint8)
    return np.ascontiguousarray(cv2.cvtColor(yuv8, cv2.COLOR_YUV2BGR)[:, :, ::-1])


def decode(rgb: np.ndarray) -> list[int]:
    """The 48 bits read from an RGB uint8 array (what the package's decoder reads)."""
    import numpy as np

    flat, _ = _blocks(_haar_approximation(_u_plane(rgb)[1]))
    index = np.arange(flat.shape[0])
    value = np.abs(flat[index, _strongest(flat)])
    score = (value % SCALE) > SCALE * 0.5
    slots = index % len(BITS)
    means = np.bincount(slots, weights=score, minlength=len(BITS)) / \
        np.bincount(slots, minlength=len(BITS))
    return [int(m * 255 > 127) for m in means]


def matches(rgb: np.ndarray) -> bool:
    return decode(rgb) == BITS


def embed(rgb: np.ndarray) -> tuple[np.ndarray, bool]:
    """The image (RGB uint8 array) with the watermark, and whether the 8-bit result reads back
    as the message."""
    out = rgb
    for _ in range(MAX_PASSES):
        out = _encode_once(out)
        if matches(out):
            return out, True
    return out, False
