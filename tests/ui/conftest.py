"""Shared set-up of the window tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


@pytest.fixture(scope="session", autouse=True)
def _multimedia_backend(qapp):
    """Load QtMultimedia's backend once, before any test starts a thread. While its plugin loads,
    it logs with the dynamic loader's lock held; pytest-qt's message handler is Python and needs
    the GIL, which a pool thread importing a C extension (soundfile, for a waveform) holds while
    it waits for that same lock. The first player made mid-test deadlocked that way (the app
    itself installs no Python message handler)."""
    from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer

    QMediaDevices.audioOutputs()
    player = QMediaPlayer()
    yield
    player.deleteLater()


class UrlRecorder(QObject):
    """Receives what QDesktopServices.openUrl would launch, so a test launches nothing."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder.urls
    QDesktopServices.unsetUrlHandler("file")
