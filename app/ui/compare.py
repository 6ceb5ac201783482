"""Compare two to four assets side by side, and approve or reject each one there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import tr
from app.ui.gallery_model import STATUS_LABELS, asset_label


class CompareDialog(QDialog):
    statusChanged = Signal(str)

    def __init__(self, app, assets: list, parent=None):
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(tr("Compare"))
        self.resize(1200, 700)
        grid = QGridLayout()
        self.status_labels = {}
        for column, asset in enumerate(assets):
            grid.addWidget(self._cell(asset), 0, column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)

    def _cell(self, asset) -> QWidget:
        cell = QWidget()
        layout = QVBoxLayout(cell)
        title = QLabel(asset_label(asset))
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        if asset.kind.value == "image":
            view = QLabel()
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pixmap = QPixmap(asset.path)
            if not pixmap.isNull():
                view.setPixmap(pixmap.scaled(520, 520, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
            view.setAccessibleName(asset.alt_text or asset_label(asset))
        else:
            view = QTextBrowser()
            view.setOpenLinks(False)
            view.setPlainText(asset.text if asset.kind.value == "text" else asset.transcript)
        layout.addWidget(view, 1)
        status = QLabel(tr(STATUS_LABELS[asset.status.value]))
        self.status_labels[asset.id] = status
        row = QHBoxLayout()
        for label, value in ((tr("Approve"), "approved"), (tr("Reject"), "rejected")):
            button = QPushButton(label)
            button.setAccessibleName(f"{label}: {asset_label(asset)}")
            button.clicked.connect(lambda _=False, a=asset.id, v=value: self._set(a, v))
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(status)
        layout.addLayout(row)
        return cell

    def _set(self, asset_id: str, status: str) -> None:
        asset = self.app.workspace.update_asset(asset_id, status=status)
        self.status_labels[asset_id].setText(tr(STATUS_LABELS[asset.status.value]))
        self.statusChanged.emit(asset_id)
