"""The campaign sidebar: list, create, rename (in place), archive."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.campaign import CONFIDENTIALITY_LABELS, Campaign
from app.core.errors import VitrineError
from app.core.i18n import tr

IdRole = Qt.ItemDataRole.UserRole + 1


class CampaignListModel(QAbstractListModel):
    """Campaigns of the workspace; names are editable in place (rename)."""

    renameFailed = Signal(str)
    renamed = Signal(str, str)  # campaign id, new name

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.show_archived = False
        self._items: list[Campaign] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = self.workspace.list_campaigns(include_archived=self.show_archived)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def campaign(self, row: int) -> Campaign:
        return self._items[row]

    def row_of(self, campaign_id: str) -> int:
        return next((i for i, c in enumerate(self._items) if c.id == campaign_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return c.name
        if role == IdRole:
            return c.id
        if role == Qt.ItemDataRole.ToolTipRole:
            status = tr("archived") if c.archived else ""
            level = tr(CONFIDENTIALITY_LABELS[c.confidentiality.value]).split(":")[0].strip()
            return " · ".join(x for x in (c.name, level, status) if x)
        if role == Qt.ItemDataRole.FontRole and c.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return c.name
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = str(value).strip()
        current = self._items[index.row()]
        if not name or name == current.name:
            return False
        try:
            self._items[index.row()] = self.workspace.update_campaign(current.id, name=name)
        except VitrineError as exc:
            self.renameFailed.emit(str(exc))
            return False
        self.dataChanged.emit(index, index)
        self.renamed.emit(current.id, name)
        return True


class CampaignSidebar(QWidget):
    campaignSelected = Signal(str)  # campaign id, "" when none
    campaignRenamed = Signal(str, str)
    message = Signal(str)

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.model = CampaignListModel(workspace, self)
        self.model.renameFailed.connect(self.message)
        self.model.renamed.connect(self.campaignRenamed)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter campaigns"))
        self.filter.setAccessibleName(tr("Filter campaigns"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(tr("Campaigns"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed |
                                  QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        self.new_button = self._tool("list-add", tr("New campaign"), self.new_campaign)
        self.rename_button = self._tool("document-edit", tr("Rename"), self.rename_current)
        self.archive_button = self._tool("document-save-as", tr("Archive"), self.toggle_archive)
        self.show_archived = QCheckBox(tr("Show archived"))
        self.show_archived.toggled.connect(self._toggle_show_archived)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.show_archived)
        self._update_buttons()

    def _tool(self, icon: str, text: str, slot) -> QToolButton:
        from PySide6.QtGui import QIcon

        button = QToolButton()
        button.setText(text)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setIcon(QIcon.fromTheme(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    # --- selection ----------------------------------------------------------------------------
    def current_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else ""

    def select(self, campaign_id: str) -> None:
        row = self.model.row_of(campaign_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row))
            self.view.setCurrentIndex(index)

    def _current_changed(self, current, _previous) -> None:
        self._update_buttons()
        self.campaignSelected.emit(current.data(IdRole) if current.isValid() else "")

    def _update_buttons(self) -> None:
        has = bool(self.current_id())
        self.rename_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        if has:
            archived = self.model.campaign(self._source_row()).archived
            self.archive_button.setText(tr("Unarchive") if archived else tr("Archive"))

    def _source_row(self) -> int:
        return self.proxy.mapToSource(self.view.currentIndex()).row()

    # --- actions ------------------------------------------------------------------------------
    def new_campaign(self) -> None:
        base = tr("New campaign")
        names = {c.name for c in self.workspace.list_campaigns()}
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        campaign = self.workspace.create_campaign(name)
        self.filter.clear()
        self.model.reload()
        self.select(campaign.id)
        self.view.edit(self.view.currentIndex())  # type the real name right away

    def rename_current(self) -> None:
        if self.current_id():
            self.view.edit(self.view.currentIndex())

    def toggle_archive(self) -> None:
        cid = self.current_id()
        if not cid:
            return
        campaign = self.model.campaign(self._source_row())
        self.workspace.update_campaign(cid, archived=not campaign.archived)
        self.model.reload()
        if self.model.row_of(cid) >= 0:
            self.select(cid)
        else:
            self.campaignSelected.emit("")
        self.message.emit(tr("Unarchived: {name}", name=campaign.name) if campaign.archived
                          else tr("Archived: {name}", name=campaign.name))

    def _toggle_show_archived(self, checked: bool) -> None:
        cid = self.current_id()
        self.model.show_archived = checked
        self.model.reload()
        if cid:
            self.select(cid)

    def refresh(self) -> None:
        cid = self.current_id()
        self.model.reload()
        if cid:
            self.select(cid)

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        new = QAction(tr("New campaign"), menu)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_campaign)
        menu.addAction(new)
        if self.view.indexAt(pos).isValid():
            menu.addAction(tr("Rename"), self.rename_current)
            menu.addAction(self.archive_button.text(), self.toggle_archive)
        menu.exec(self.view.viewport().mapToGlobal(pos))
