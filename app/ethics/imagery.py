"""What an image shows, offline: NudeNet's detector (it ships its ONNX model) gives exposed body
parts and faces. Loaded once per process on first use; results are cached by file hash."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

log = logging.getLogger(__name__)
_lock = threading.Lock()
_state: dict = {}
_cache: OrderedDict[str, ImageAnalysis] = OrderedDict()
_CACHE_SIZE = 2048


@dataclass
class ImageAnalysis:
    detections: list[dict] = field(default_factory=list)  # {"class", "score", "box"}
    checked: bool = True
    error: str = ""

    def classes(self, names, min_score: float) -> list[dict]:
        wanted = set(names)
        return [d for d in self.detections if d["class"] in wanted and d["score"] >= min_score]


def _detector():
    if "detector" not in _state:
        try:
            from nudenet import NudeDetector

            _state["detector"] = NudeDetector()
        except Exception as exc:  # an ONNX runtime that fails to load must not stop a review
            log.warning("the image detector is unavailable: %s", exc)
            _state["detector"] = None
    return _state["detector"]


def analyse(path: str, sha256: str = "") -> ImageAnalysis:
    key = sha256 or path
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        detector = _detector()
        if detector is None:
            return ImageAnalysis(checked=False, error="detector unavailable")
        try:
            result = ImageAnalysis(detections=detector.detect(_bgr(path)))
        except Exception as exc:  # an unreadable file: reported as not checked
            log.warning("could not analyse %s: %s", path, exc)
            return ImageAnalysis(checked=False, error=str(exc))
        _cache[key] = result
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
        return result


def _bgr(path: str):
    import numpy as np
    from PIL import Image

    with Image.open(path) as im:
        rgb = np.asarray(im.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])
