"""The colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt


def apply_theme(theme: str) -> None:
    """Light, dark, or whatever the system uses (Qt follows the OS by default)."""
    from PySide6.QtWidgets import QApplication

    hints = QApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
