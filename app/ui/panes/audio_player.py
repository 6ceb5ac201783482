"""Playback of one audio file with QtMultimedia (QMediaPlayer + QAudioOutput): play/pause, stop,
a position slider and the time. The player is made on first use (loading the multimedia backend
is not free); without a sound device it still runs, silently, and says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from app.core.i18n import tr


def clock(ms: int) -> str:
    seconds = max(0, int(ms)) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class AudioPlayer(QWidget):
    positionChanged = Signal(float)  # fraction 0..1 of the duration

    def __init__(self, parent=None):
        super().__init__(parent)
        self.player = None
        self.output = None
        self.devices = None
        self.path = ""
        self.play_button = QPushButton(tr("Play"))
        self.play_button.setAccessibleName(tr("Play or pause the selected result"))
        self.play_button.setToolTip(tr("Play or pause the selected result"))
        self.play_button.clicked.connect(self.toggle)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setAccessibleName(tr("Stop playback"))
        self.stop_button.setToolTip(tr("Stop playback"))
        self.stop_button.clicked.connect(self.stop)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(tr("Playback position"))
        self.slider.setToolTip(tr("Playback position"))
        self.slider.sliderMoved.connect(self.seek_ms)
        self.time = QLabel(clock(0) + " / " + clock(0))
        self.time.setAccessibleName(tr("Playback time"))
        self.notice = QLabel()
        self.notice.setObjectName("playerNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8A5A00;")
        self.notice.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.play_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        self._enable(False)

    # --- the player, made when first needed ---------------------------------------------------
    def _ensure_player(self):
        if self.player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

            self.player = QMediaPlayer(self)
            self.output = QAudioOutput(self)
            self.player.setAudioOutput(self.output)
            self.player.positionChanged.connect(self._position)
            self.player.durationChanged.connect(self._duration)
            self.player.playbackStateChanged.connect(self._state)
            self.player.errorOccurred.connect(self._error)
            self.devices = QMediaDevices(self)
            self.devices.audioOutputsChanged.connect(self._outputs_changed)
        return self.player

    def has_output(self) -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())

    def _outputs_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        if self.output is not None:
            self.output.setDevice(QMediaDevices.defaultAudioOutput())
        if self.has_output() and self.notice.property("kind") == "no-output":
            self.notice.hide()

    # --- what the pane calls ------------------------------------------------------------------
    def set_source(self, path: str | None, duration_s: float | None = None) -> None:
        """Load a file (or nothing) and wait at its start; `duration_s` is shown until the
        player has read the file's own."""
        self.notice.hide()
        self.path = path or ""
        if self.player is not None:
            self.player.stop()
        if not path:
            if self.player is not None:
                self.player.setSource(QUrl())
            self._enable(False)
            self._show_time(0, 0)
            return
        self._ensure_player().setSource(QUrl.fromLocalFile(path))
        self._enable(True)
        self._show_time(0, int((duration_s or 0) * 1000))

    def source(self) -> QUrl:
        return self.player.source() if self.player is not None else QUrl()

    def is_playing(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        return self.player is not None and \
            self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle(self) -> None:
        if self.player is None or not self.path:
            return
        if self.is_playing():
            self.player.pause()
            return
        if not self.has_output():
            self._say(tr("No sound output was found on this computer: playback runs silently. "
                         "Connect speakers or headphones to listen."), "no-output")
        self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()

    def seek_ms(self, ms: int) -> None:
        if self.player is not None:
            self.player.setPosition(int(ms))

    def seek_fraction(self, fraction: float) -> None:
        if self.player is not None and self.player.duration() > 0:
            self.seek_ms(int(fraction * self.player.duration()))

    # --- feedback from the player -------------------------------------------------------------
    def _enable(self, on: bool) -> None:
        for widget in (self.play_button, self.stop_button, self.slider):
            widget.setEnabled(on)

    def _say(self, text: str, kind: str) -> None:
        self.notice.setText(text)
        self.notice.setProperty("kind", kind)
        self.notice.show()

    def _position(self, ms: int) -> None:
        duration = self.player.duration()
        if not self.slider.isSliderDown():
            self.slider.setValue(int(ms))
        self._show_time(ms, duration)
        self.positionChanged.emit(ms / duration if duration > 0 else 0.0)

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, max(0, int(ms)))
        self._show_time(self.player.position(), ms)

    def _show_time(self, position: int, duration: int) -> None:
        self.time.setText(f"{clock(position)} / {clock(duration)}")

    def _state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(tr("Pause") if playing else tr("Play"))

    def _error(self, error, text: str) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if error != QMediaPlayer.Error.NoError:
            self._say(tr("This file cannot be played: {reason}", reason=text or str(error)),
                      "error")
