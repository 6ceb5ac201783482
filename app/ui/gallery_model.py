"""The gallery's model: a campaign's assets, filtered or searched, fetched a page at a time so
that 10,000 assets open as fast as 10."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QPixmap

from app.core.i18n import tr, tr_noop
from app.ui.thumbnails import SIZE, ThumbnailCache

PAGE = 200
AssetRole = Qt.ItemDataRole.UserRole + 1
STATUS_LABELS = {"draft": tr_noop("Draft"), "approved": tr_noop("Approved"),
                 "rejected": tr_noop("Rejected")}
KIND_NAMES = {"image": tr_noop("Image"), "text": tr_noop("Text"), "audio": tr_noop("Audio")}
STATUS_COLOURS = {"approved": "#2E7D32", "rejected": "#C62828", "draft": "#757575"}


class AssetGridModel(QAbstractListModel):
    def __init__(self, workspace, thumbnails: ThumbnailCache, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.thumbnails = thumbnails
        thumbnails.ready.connect(self._thumbnail_ready)
        self.campaign_id = ""
        self.filters: dict = {}
        self.query = ""
        self.assets: list = []
        self._exhausted = True
        self._placeholder = QPixmap(SIZE, SIZE)
        self._placeholder.fill(QColor("#ECECEC"))
        self._pixmaps: dict[str, QPixmap] = {}
        self._rows_by_key: dict[str, list[int]] = {}

    # --- loading ------------------------------------------------------------------------------
    def set_scope(self, campaign_id: str, filters: dict | None = None, query: str = "") -> None:
        self.campaign_id = campaign_id
        self.filters = {k: v for k, v in (filters or {}).items() if v}
        self.query = query.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.assets = []
        self._rows_by_key = {}
        self._exhausted = not self.campaign_id
        self.endResetModel()
        if self.campaign_id:
            self.fetchMore(QModelIndex())

    def _page(self, offset: int) -> list:
        if self.query:
            found = self.workspace.search(self.query, self.campaign_id, limit=PAGE,
                                          offset=offset)
            return [a for a in found if all(_matches(a, k, v) for k, v in self.filters.items())]
        last = self.assets[-1] if self.assets else None
        return self.workspace.list_assets(self.campaign_id, limit=PAGE, after=last,
                                          **self.filters)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self.assets))
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            first = len(self.assets)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.assets.extend(page)
            for row, asset in enumerate(page, first):
                self._rows_by_key.setdefault(ThumbnailCache.key(asset), []).append(row)
            self.endInsertRows()

    def refresh_asset(self, asset_id: str) -> None:
        for i, asset in enumerate(self.assets):
            if asset.id == asset_id:
                fresh = self.workspace.get_asset(asset_id)
                self.assets[i] = fresh
                self._rows_by_key.setdefault(ThumbnailCache.key(fresh), []).append(i)
                self.dataChanged.emit(self.index(i), self.index(i))
                return

    def show_assets(self, assets: list) -> None:
        """Show exactly these assets (e.g. the versions of one asset)."""
        self.beginResetModel()
        self.assets = list(assets)
        self._rows_by_key = {}
        for row, asset in enumerate(self.assets):
            self._rows_by_key.setdefault(ThumbnailCache.key(asset), []).append(row)
        self._exhausted = True
        self.endResetModel()

    # --- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.assets)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        asset = self.assets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return asset_label(asset)
        if role == Qt.ItemDataRole.DecorationRole:
            key = ThumbnailCache.key(asset)
            if key in self._pixmaps:
                return self._pixmaps[key]
            image = self.thumbnails.get(asset)
            if image is not None and not image.isNull():
                self._pixmaps[key] = QPixmap.fromImage(image)
                return self._pixmaps[key]
            return self._placeholder
        if role == AssetRole:
            return asset
        if role == Qt.ItemDataRole.ToolTipRole:
            return asset_tooltip(asset)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS.get(asset.status.value, "#000000"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{asset_label(asset)}, {tr(STATUS_LABELS[asset.status.value])}"
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes) -> QMimeData:
        """Dragging assets out gives other apps their files."""
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(self.assets[i.row()].path) for i in indexes
                      if i.isValid()])
        return data

    def _thumbnail_ready(self, key: str, image) -> None:
        rows = [r for r in self._rows_by_key.get(key, ()) if r < len(self.assets)
                and ThumbnailCache.key(self.assets[r]) == key]
        if rows and not image.isNull():
            self._pixmaps[key] = QPixmap.fromImage(image)
        for row in rows:
            self.dataChanged.emit(self.index(row), self.index(row),
                                  [Qt.ItemDataRole.DecorationRole])


def _matches(asset, key: str, value) -> bool:
    if key == "where":
        return bool(asset.generation) and asset.generation.where.value == value
    if key == "model":
        return bool(asset.generation) and asset.generation.model == value
    attr = getattr(asset, key, None)
    return (attr.value if hasattr(attr, "value") else attr) == value


def asset_label(asset) -> str:
    if asset.title:
        return asset.title
    if asset.text:
        text = " ".join(asset.text.split())
        return text if len(text) <= 40 else text[:39] + "\u2026"
    from app.core.channels import IMAGE_FORMATS, TEXT_CHANNELS

    name = {**TEXT_CHANNELS, **IMAGE_FORMATS}.get(asset.channel)
    if name:
        return tr(name)
    return asset.channel or tr(KIND_NAMES.get(asset.kind.value, asset.kind.value))


def asset_tooltip(asset) -> str:
    lines = [asset_label(asset), tr(STATUS_LABELS[asset.status.value])]
    if asset.width and asset.height:
        lines.append(f"{asset.width}\u00d7{asset.height}")
    if asset.duration_s:
        lines.append(tr("{seconds} s", seconds=f"{asset.duration_s:.1f}"))
    if asset.generation:
        lines.append(f"{asset.generation.model} \u00b7 {asset.generation.where.value}")
    return "\n".join(x for x in lines if x)
