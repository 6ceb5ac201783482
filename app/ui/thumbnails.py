"""Thumbnails made off the GUI thread and cached on disk next to the workspace's files:
images scaled by QImageReader, text as a small card, audio as its waveform envelope."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter

log = logging.getLogger(__name__)
SIZE = 160


class _Signals(QObject):
    ready = Signal(str, QImage)  # cache key, image


class _Job(QRunnable):
    def __init__(self, key: str, asset, cache: Path, signals: _Signals):
        super().__init__()
        self.key, self.asset, self.cache, self.signals = key, asset, cache, signals

    def run(self) -> None:
        try:
            image = QImage(str(self.cache)) if self.cache.exists() else QImage()
            if image.isNull():
                image = render(self.asset)
                if not image.isNull():
                    self.cache.parent.mkdir(parents=True, exist_ok=True)
                    tmp = self.cache.with_suffix(".tmp.png")
                    if image.save(str(tmp), "PNG"):
                        tmp.replace(self.cache)
        except Exception as exc:  # a broken file gets a placeholder, never a crash
            log.warning("thumbnail of %s failed: %s", self.asset.id, exc)
            image = QImage()
        self.signals.ready.emit(self.key, image)


def render(asset) -> QImage:
    kind = asset.kind.value
    if kind == "image":
        reader = QImageReader(asset.path)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(QSize(SIZE, SIZE),
                                             Qt.AspectRatioMode.KeepAspectRatio))
        return reader.read()
    if kind == "text":
        return _text_card(asset.text or asset.title)
    if kind == "audio":
        return _waveform(Path(asset.path))
    return QImage()


def _text_card(text: str) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FBFAF7"))
    painter = QPainter(image)
    painter.setPen(QColor("#2B2B2B"))
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    painter.drawText(QRectF(8, 8, SIZE - 16, SIZE - 16),
                     int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop),
                     " ".join(text.split())[:400])
    painter.end()
    return image


def _waveform(path: Path) -> QImage:
    from app.providers.audio.audiofile import audio_info
    from app.ui.waveform import envelope_image

    return envelope_image(audio_info(path, SIZE - 16).envelope, QSize(SIZE, SIZE),
                          margin=8)


class ThumbnailCache(QObject):
    """Ask for a thumbnail; get it through `ready` (on the GUI thread) when it is made."""

    ready = Signal(str, QImage)

    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._signals = _Signals()
        self._signals.ready.connect(self._done)
        self._memory: dict[str, QImage] = {}
        self._pending: set[str] = set()

    @staticmethod
    def key(asset) -> str:
        return f"{asset.sha256}-{SIZE}"

    def get(self, asset) -> QImage | None:
        key = self.key(asset)
        if key in self._memory:
            return self._memory[key]
        if key not in self._pending:
            self._pending.add(key)
            cache = self.folder / key[:2] / f"{key}.png"
            self.pool.start(_Job(key, asset, cache, self._signals))
        return None

    def _done(self, key: str, image: QImage) -> None:
        self._pending.discard(key)
        self._memory[key] = image
        if len(self._memory) > 3000:  # keep memory bounded on huge galleries
            self._memory.pop(next(iter(self._memory)))
        self.ready.emit(key, image)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
