"""Small widgets shared by the panes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A calm placeholder: a title and one sentence that says what to do."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setObjectName("emptyText")
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(2)
        self.setAccessibleName(title)


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def named(widget, name: str, *, tooltip: bool = True):
    """Give a control the name screen readers say (and, by default, the same tooltip)."""
    widget.setAccessibleName(name)
    if tooltip:
        widget.setToolTip(name)
    return widget


def button(text: str, description: str, slot) -> QPushButton:
    """A push button whose accessible name and tooltip say what it does."""
    push = named(QPushButton(text), description)
    push.clicked.connect(slot)
    return push
