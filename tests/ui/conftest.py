"""Shared set-up of the window tests."""

from __future__ import annotations

import pytest


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
