"""The colour scheme."""

from __future__ import annotations

_forced = {"on": False}


def apply_theme(theme: str) -> None:
    """Light, dark, or whatever the system uses (Qt follows the OS by default)."""
    if theme not in ("light", "dark") and not _forced["on"]:
        return  # Qt already follows the system; nothing to undo
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    _forced["on"] = theme in ("light", "dark")

    hints = QApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
