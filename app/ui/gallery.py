"""The gallery: a campaign's assets as thumbnails, with filters and full-text search, approve /
reject, compare two to four side by side, versions, drag out to other apps, delete to the trash
with undo."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.channels import IMAGE_FORMATS, TEXT_CHANNELS
from app.core.errors import VitrineError
from app.core.i18n import tr
from app.ui.asset_details import AssetDetails
from app.ui.gallery_model import AssetGridModel
from app.ui.thumbnails import SIZE, ThumbnailCache
from app.ui.widgets import button


def _combo(name: str, entries: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    for value, label in entries:
        combo.addItem(label, value)
    # long entries ("IAB medium rectangle 300×250") must not widen the whole window
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    return combo


class Gallery(QWidget):
    message = Signal(str)
    assetChanged = Signal(str)  # asset id (status, title, trash...)

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.campaign = None
        self._undo: list[list[str]] = []
        self.thumbnails = ThumbnailCache(app.workspace.folder / "thumbnails", self)
        self.model = AssetGridModel(app.workspace, self.thumbnails, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search titles, prompts and copy"))
        self.search.setAccessibleName(tr("Search assets"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.apply)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.kind = _combo(tr("Kind"), [("", tr("All kinds")), ("image", tr("Images")),
                                        ("text", tr("Text")), ("audio", tr("Audio"))])
        self.status = _combo(tr("Status"), [("", tr("Any status")), ("draft", tr("Drafts")),
                                            ("approved", tr("Approved")),
                                            ("rejected", tr("Rejected"))])
        self.where = _combo(tr("Where it ran"), [("", tr("Anywhere")),
                                                 ("local", tr("This computer")),
                                                 ("lan", tr("Local network")),
                                                 ("cloud", tr("Cloud"))])
        channels = [("", tr("Any channel"))] + [(k, tr(v)) for k, v in
                                                {**TEXT_CHANNELS, **IMAGE_FORMATS}.items()]
        self.channel = _combo(tr("Channel"), channels)
        self.model_filter = _combo(tr("Model"), [("", tr("Any model"))])
        for combo in (self.kind, self.status, self.where, self.channel, self.model_filter):
            combo.currentIndexChanged.connect(self.apply)

        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(SIZE, SIZE))
        self.view.setGridSize(QSize(SIZE + 24, SIZE + 44))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        # lay 10,000 items out a batch at a time, between paints, rather than all at once
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(200)
        self.view.setWordWrap(True)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setAccessibleName(tr("Assets"))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.approve_button = button(tr("Approve"), tr("Approve the selected assets"),
                                           lambda: self.set_status("approved"))
        self.reject_button = button(tr("Reject"), tr("Reject the selected assets"),
                                          lambda: self.set_status("rejected"))
        self.compare_button = button(tr("Compare"), tr("Compare two to four assets"),
                                           self.compare)
        self.versions_button = button(tr("Versions"), tr("Show the versions of an asset"),
                                            self.show_versions)
        self.trash_button = button(tr("Move to trash"), tr("Move the selected assets to "
                                                                 "the trash"), self.trash)
        self.undo_button = button(tr("Undo"), tr("Restore what was just moved to the "
                                                       "trash"), self.undo)

        self.details = AssetDetails(app)
        self.details.changed.connect(self._details_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.kind, self.status, self.channel, self.where, self.model_filter):
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        for each in (self.approve_button, self.reject_button, self.compare_button,
                       self.versions_button, self.trash_button, self.undo_button):
            actions.addWidget(each)
        actions.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        QShortcut(QKeySequence.StandardKey.Delete, self.view, activated=self.trash)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, activated=lambda: self.set_status(
            "approved"))
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, activated=lambda: self.set_status(
            "rejected"))
        self._selection_changed()

    # --- scope --------------------------------------------------------------------------------
    def set_campaign(self, campaign) -> None:
        self.campaign = campaign
        self._fill_models()
        self.apply()

    def _fill_models(self) -> None:
        self.model_filter.blockSignals(True)
        self.model_filter.clear()
        self.model_filter.addItem(tr("Any model"), "")
        if self.campaign is not None:
            rows = self.app.workspace._query(
                "SELECT DISTINCT g.model FROM generations g JOIN assets a ON a.id = g.asset_id "
                "WHERE a.campaign_id = ? AND g.model != '' ORDER BY g.model", (self.campaign.id,))
            for row in rows:
                self.model_filter.addItem(row[0], row[0])
        self.model_filter.blockSignals(False)

    def filters(self) -> dict:
        return {"kind": self.kind.currentData(), "status": self.status.currentData(),
                "channel": self.channel.currentData(), "where": self.where.currentData(),
                "model": self.model_filter.currentData()}

    def apply(self) -> None:
        self.model.set_scope(self.campaign.id if self.campaign else "", self.filters(),
                             self.search.text())
        self._selection_changed()

    def refresh(self, asset_ids: list[str] | None = None) -> None:
        """New assets arrived (a job finished) or some changed."""
        if asset_ids and all(any(a.id == x for a in self.model.assets) for x in asset_ids):
            for asset_id in asset_ids:
                self.model.refresh_asset(asset_id)
        else:
            self._fill_models()
            self.apply()

    # --- selection and actions ----------------------------------------------------------------
    def selected(self) -> list:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.assets[r] for r in rows]

    def select_asset(self, asset_id: str) -> bool:
        """Select an asset, loading further pages, then clearing the filters, if they hide it
        (the review room opens assets here)."""
        for attempt in range(2):
            row = self._row_of(asset_id)
            while row is None and self.model.canFetchMore():
                self.model.fetchMore()
                row = self._row_of(asset_id)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row))
                self.view.scrollTo(self.model.index(row))
                return True
            if attempt == 0:
                self.clear_filters()
        return False

    def _row_of(self, asset_id: str) -> int | None:
        return next((row for row, asset in enumerate(self.model.assets) if asset.id == asset_id),
                    None)

    def clear_filters(self) -> None:
        for widget in (self.search, self.kind, self.status, self.channel, self.where,
                       self.model_filter):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.kind, self.status, self.channel, self.where, self.model_filter):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.kind, self.status, self.channel, self.where,
                       self.model_filter):
            widget.blockSignals(False)
        self._fill_models()
        self.apply()

    def _selection_changed(self, *_args) -> None:
        chosen = self.selected()
        self.approve_button.setEnabled(bool(chosen))
        self.reject_button.setEnabled(bool(chosen))
        self.trash_button.setEnabled(bool(chosen))
        self.compare_button.setEnabled(2 <= len(chosen) <= 4)
        self.versions_button.setEnabled(len(chosen) == 1)
        self.undo_button.setEnabled(bool(self._undo))
        self.details.show_asset(chosen[0] if len(chosen) == 1 else None)

    def set_status(self, status: str) -> None:
        for asset in self.selected():
            try:
                self.app.workspace.update_asset(asset.id, status=status)
            except VitrineError as exc:
                self.message.emit(str(exc))
                return
            self.model.refresh_asset(asset.id)
            self.assetChanged.emit(asset.id)
        self._selection_changed()

    def trash(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        for asset in chosen:
            self.app.workspace.trash_asset(asset.id)
            self.assetChanged.emit(asset.id)
        self._undo.append([a.id for a in chosen])
        self.apply()
        self.message.emit(tr("{n} asset(s) moved to the trash. Undo with Ctrl+Z.", n=len(chosen)))

    def undo(self) -> None:
        if not self._undo:
            return
        ids = self._undo.pop()
        for asset_id in ids:
            self.app.workspace.restore_asset(asset_id)
            self.assetChanged.emit(asset_id)
        self.apply()
        for asset_id in ids:
            self.select_asset(asset_id)
        self.message.emit(tr("{n} asset(s) restored.", n=len(ids)))

    def compare(self) -> None:
        from app.ui.compare import CompareDialog

        chosen = self.selected()
        if 2 <= len(chosen) <= 4:
            dialog = CompareDialog(self.app, chosen, self)
            dialog.statusChanged.connect(lambda asset_id: (self.model.refresh_asset(asset_id),
                                                           self.assetChanged.emit(asset_id)))
            dialog.open()

    def show_versions(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        root = chosen[0]
        while root.parent_id:
            root = self.app.workspace.get_asset(root.parent_id)
        family = [root, *self.app.workspace.list_assets(parent_id=root.id, limit=None,
                                                        newest_first=False)]
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.show_assets(family)
        self.message.emit(tr("{n} version(s) of this asset. Change a filter to see all assets "
                             "again.", n=len(family)))

    def _details_changed(self, asset_id: str) -> None:
        self.model.refresh_asset(asset_id)
        self.assetChanged.emit(asset_id)
