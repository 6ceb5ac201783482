"""The image pane's results: the campaign's images as a grid of thumbnails (made off the GUI thread
by the shared ThumbnailCache), each with its format and the seed it was made with; approve or
reject, use one as the init image or reuse its seed, and edit its alt text (the checklist blocks
images without one)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import VitrineError
from app.core.i18n import tr
from app.ui.asset_details import ALT_MAX
from app.ui.gallery_model import STATUS_LABELS, AssetGridModel, AssetRole
from app.ui.thumbnails import SIZE, ThumbnailCache
from app.ui.widgets import EmptyState, button

GRID = QSize(SIZE // 2 + 70, SIZE // 2 + 48)  # room for "Seed 4294967295" on one line


def seed_of(asset) -> int | None:
    if asset.generation is not None and asset.generation.seed is not None:
        return asset.generation.seed
    return asset.meta.get("seed")


def format_name(asset) -> str:
    from app.core.i18n import current_language
    from app.providers.image import formats

    try:
        return formats.get_format(asset.channel).label_in(current_language())
    except VitrineError:
        return asset.channel


def result_label(asset) -> str:
    """Two short lines: the size, and the seed it was made with."""
    first = f"{asset.width}\u00d7{asset.height}" if asset.width else ""
    seed = seed_of(asset)
    second = tr("Seed {seed}", seed=seed) if seed is not None else ""
    return "\n".join(x for x in (first, second) if x)


class ResultsModel(AssetGridModel):
    """The campaign's images, labelled with their seed; thumbnails as icons, so that the view
    shows them at its icon size."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return result_label(self.assets[index.row()])
        if index.isValid() and role == Qt.ItemDataRole.DecorationRole:
            return QIcon(super().data(index, role))
        if index.isValid() and role == Qt.ItemDataRole.AccessibleTextRole:
            asset = self.assets[index.row()]
            return f"{result_label(asset)}, {tr(STATUS_LABELS[asset.status.value])}"
        return super().data(index, role)


class ImageResults(QWidget):
    message = Signal(str)
    useAsInit = Signal(str)  # the file of the chosen result
    useSeed = Signal(int)
    selectionChanged = Signal()

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.campaign = None
        self.thumbnails = ThumbnailCache(app.workspace.folder / "thumbnails", self)
        self.model = ResultsModel(app.workspace, self.thumbnails, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(SIZE // 2, SIZE // 2))
        self.view.setGridSize(GRID)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(True)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setAccessibleName(tr("Images of this campaign"))
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.empty = EmptyState(tr("No image yet"),
                                tr("Describe the image, choose a model and a format, then "
                                   "press Generate (Ctrl+Enter)."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approve_button = button(tr("Approve"),
                                           tr("Approve the selected image (Ctrl+Shift+A)"),
                                           lambda: self.set_status("approved"))
        self.reject_button = button(tr("Reject"),
                                          tr("Reject the selected image (Ctrl+Shift+R)"),
                                          lambda: self.set_status("rejected"))
        self.init_button = button(tr("Use as init image"),
                                        tr("Start a new image from the selected one"),
                                        self._use_as_init)
        self.seed_button = button(tr("Reuse seed"),
                                        tr("Lock the seed of the selected image"),
                                        self._use_seed)
        self.alt = QPlainTextEdit()
        self.alt.setAccessibleName(tr("Alt text of the selected image"))
        self.alt.setPlaceholderText(tr("Describe the image for people who cannot see it"))
        self.alt.setMaximumHeight(64)
        self.alt.textChanged.connect(self._alt_edited)
        self.alt_count = QLabel()
        self.alt_note = QLabel(tr("The checklist blocks images without alt text."))
        self.alt_note.setWordWrap(True)
        self.alt_save = button(tr("Save alt text"), tr("Save the alt text of the selected "
                                                             "image"), self.save_alt)

        actions = QHBoxLayout()
        for each in (self.approve_button, self.reject_button, self.init_button,
                       self.seed_button):
            actions.addWidget(each)
        actions.addStretch(1)
        alt_row = QHBoxLayout()
        alt_row.addWidget(self.alt_count)
        alt_row.addStretch(1)
        alt_row.addWidget(self.alt_save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.info)
        layout.addLayout(actions)
        layout.addWidget(self.alt_note)
        layout.addWidget(self.alt)
        layout.addLayout(alt_row)
        self._show_selected()

    # --- loading --------------------------------------------------------------------------------
    def set_campaign(self, campaign) -> None:
        self.campaign = campaign
        self.model.set_scope(campaign.id if campaign else "", {"kind": "image"})
        self.stack.setCurrentIndex(1 if self.model.assets else 0)
        if self.model.assets:
            self.select_asset(self.model.assets[0].id)
        self._show_selected()

    def refresh(self, select: str | None = None) -> None:
        keep = select or (self.selected().id if self.selected() else None)
        self.model.reload()
        self.stack.setCurrentIndex(1 if self.model.assets else 0)
        if keep:
            self.select_asset(keep)
        elif self.model.assets:
            self.select_asset(self.model.assets[0].id)
        self._show_selected()

    def select_asset(self, asset_id: str) -> bool:
        for row, asset in enumerate(self.model.assets):
            if asset.id == asset_id:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return True
        return False

    def selected(self):
        index = self.view.currentIndex()
        return index.data(AssetRole) if index.isValid() else None

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) result."""
        if not self.model.assets:
            return
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        row = max(0, min(len(self.model.assets) - 1, row + delta))
        self.select_asset(self.model.assets[row].id)

    # --- the selected result -----------------------------------------------------------------
    def _show_selected(self) -> None:
        asset = self.selected()
        for widget in (self.approve_button, self.reject_button, self.init_button, self.alt,
                       self.alt_save):
            widget.setEnabled(asset is not None)
        self.seed_button.setEnabled(asset is not None and seed_of(asset) is not None)
        self.alt.blockSignals(True)
        self.alt.setPlainText(asset.alt_text if asset is not None else "")
        self.alt.blockSignals(False)
        self._alt_edited()
        self.info.setText(self._describe(asset) if asset is not None else
                          tr("Select an image to approve it, reuse it or describe it."))
        self.selectionChanged.emit()

    def _describe(self, asset) -> str:
        parts = [tr(STATUS_LABELS[asset.status.value])]
        if asset.channel:
            parts.append(format_name(asset))
        if asset.width and asset.height:
            parts.append(f"{asset.width}\u00d7{asset.height} px")
        seed = seed_of(asset)
        if seed is not None:
            parts.append(tr("Seed {seed}", seed=seed))
        if asset.generation is not None and asset.generation.model:
            parts.append(asset.generation.model)
        return " \u00b7 ".join(parts)

    def _alt_edited(self) -> None:
        n = len(self.alt.toPlainText().strip())
        self.alt_count.setText(tr("{n} / {max} characters", n=n, max=ALT_MAX))
        self.alt_count.setStyleSheet("color: #B00020;" if n > ALT_MAX else "")

    def save_alt(self) -> None:
        asset = self.selected()
        if asset is None:
            return
        try:
            self.app.workspace.update_asset(asset.id, alt_text=self.alt.toPlainText().strip())
        except VitrineError as exc:
            self.message.emit(str(exc))
            return
        self.model.refresh_asset(asset.id)
        self.message.emit(tr("Alt text saved."))

    def set_status(self, status: str) -> None:
        asset = self.selected()
        if asset is None:
            return
        try:
            self.app.workspace.update_asset(asset.id, status=status)
        except VitrineError as exc:
            self.message.emit(str(exc))
            return
        self.model.refresh_asset(asset.id)
        self._show_selected()

    def _use_as_init(self) -> None:
        asset = self.selected()
        if asset is not None:
            self.useAsInit.emit(asset.path)

    def _use_seed(self) -> None:
        asset = self.selected()
        if asset is not None and seed_of(asset) is not None:
            self.useSeed.emit(int(seed_of(asset)))
