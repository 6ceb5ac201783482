"""Waveforms drawn from an audio file's envelope (`audio_info(path, points).envelope`, peaks 0..1):
one drawing routine for the gallery's thumbnails and the audio pane, and a view with a playhead
that seeks where it is clicked. The envelope is always computed off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

WAVE = QColor("#0B3D91")
PLAYED = QColor("#4F7CC4")
BACKGROUND = QColor("#F2F5FA")


def draw_envelope(painter: QPainter, rect: QRectF, envelope: list[float],
                  colour: QColor = WAVE) -> None:
    """One vertical line per column of `rect`, as tall as the loudest peak in that column."""
    width = int(rect.width())
    if width <= 0 or not envelope:
        return
    painter.setPen(QPen(colour, 1))
    middle = rect.center().y()
    half = rect.height() / 2
    n = len(envelope)
    for x in range(width):
        lo, hi = x * n // width, max(x * n // width + 1, (x + 1) * n // width)
        peak = min(1.0, max(envelope[lo:hi]))
        height = max(0.5, peak * half)
        px = rect.left() + x
        painter.drawLine(QPointF(px, middle - height), QPointF(px, middle + height))


def envelope_image(envelope: list[float], size: QSize, margin: int = 8) -> QImage:
    """A small picture of a waveform (thumbnails, result lists). Safe in any thread."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    draw_envelope(painter, QRectF(margin, margin, size.width() - 2 * margin,
                                  size.height() - 2 * margin), envelope)
    painter.end()
    return image


class WaveformView(QWidget):
    """The selected result's waveform with the playhead; a click asks to seek there."""

    seekRequested = Signal(float)  # fraction 0..1 of the duration

    def __init__(self, parent=None):
        super().__init__(parent)
        self.envelope: list[float] = []
        self.fraction = 0.0
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(400, 88)

    def set_envelope(self, envelope: list[float]) -> None:
        self.envelope = list(envelope)
        self.fraction = 0.0
        self.update()

    def set_position(self, fraction: float) -> None:
        self.fraction = min(1.0, max(0.0, fraction))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        area = QRectF(self.rect()).adjusted(4, 6, -4, -6)
        draw_envelope(painter, area, self.envelope)
        if self.envelope and self.fraction > 0:
            played = QRectF(area.left(), area.top(), area.width() * self.fraction,
                            area.height())
            painter.save()
            painter.setClipRect(played)
            draw_envelope(painter, area, self.envelope, PLAYED)
            painter.restore()
            painter.setPen(QPen(QColor("#C62828"), 1))
            x = area.left() + area.width() * self.fraction
            painter.drawLine(int(x), int(area.top()), int(x), int(area.bottom()))
        painter.end()

    def mousePressEvent(self, event) -> None:
        if self.envelope and event.button() == Qt.MouseButton.LeftButton and self.width() > 8:
            self.seekRequested.emit(min(1.0, max(0.0, (event.position().x() - 4) /
                                                 (self.width() - 8))))
        super().mousePressEvent(event)
