"""What an image shows, offline: NudeNet's detector (it ships its ONNX model) gives exposed body
parts and faces. Loaded once per process on first use. Results are cached by file hash, in memory
and in `<data folder>/cache/imagery/` (a review from the command line is a new process each time,
and the detector costs about a tenth of a second per image)."""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.core.paths import data_dir

log = logging.getLogger(__name__)
_lock = threading.Lock()
_state: dict = {}
_cache: OrderedDict[str, ImageAnalysis] = OrderedDict()
_CACHE_SIZE = 2048
_VERSION = "nudenet-320n-1"  # part of the cache key: a new model means new results


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
        result = _load(sha256)
        if result is None:
            detector = _detector()
            if detector is None:
                return ImageAnalysis(checked=False, error="detector unavailable")
            try:
                result = ImageAnalysis(detections=detector.detect(_bgr(path)))
            except Exception as exc:  # an unreadable file: reported as not checked
                log.warning("could not analyse %s: %s", path, exc)
                return ImageAnalysis(checked=False, error=str(exc))
            _store(sha256, result)
        _cache[key] = result
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
        return result


def _cache_file(sha256: str) -> Path:
    return data_dir() / "cache" / "imagery" / _VERSION / f"{sha256}.json"


def _load(sha256: str) -> ImageAnalysis | None:
    if not sha256:
        return None
    try:
        data = json.loads(_cache_file(sha256).read_text(encoding="utf-8"))
        return ImageAnalysis(detections=list(data["detections"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(sha256: str, result: ImageAnalysis) -> None:
    if not sha256:
        return
    target = _cache_file(sha256)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(result)), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:  # a cache that cannot be written costs time, nothing else
        log.info("could not cache the analysis of %s: %s", sha256, exc)


def _bgr(path: str):
    import numpy as np
    from PIL import Image

    with Image.open(path) as im:
        rgb = np.asarray(im.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])
