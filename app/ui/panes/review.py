"""The review room: the campaign's ethics checklist (items with their verdicts and reasons, the
assets each concerns, sign-offs), its footprint and its data flows, and the way to export.

The first review loads spaCy and NudeNet (seconds): every review and sign-off runs on a thread
pool, the pane shows "Checking…" meanwhile, and the results arrive by queued signals."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
)

from app.core.i18n import tr, tr_noop
from app.ui.background import Task
from app.ui.pane import PaneBase
from app.ui.panes.review_footprint import FlowsTab, FootprintTab
from app.ui.panes.review_items import (
    VERDICT_LABELS,
    ItemDetails,
    SignOffDialog,
    state_of,
    verdict_icon,
)

KIND_NAMES = {"image": tr_noop("Image"), "text": tr_noop("Text"), "audio": tr_noop("Audio")}


def load_review(app, campaign_id: str, approved_only: bool) -> dict:
    """The checklist and the campaign's assets (for their names). Runs on a worker thread."""
    from app.services.review import review

    checklist = review(app, campaign_id, approved_only=approved_only)
    assets = app.workspace.list_assets(campaign_id, limit=None, newest_first=False)
    return {"campaign_id": campaign_id, "approved_only": approved_only, "checklist": checklist,
            "assets": {a.id: a for a in assets}}


def sign_item(app, campaign_id: str, item_id: str, who: str, note: str,
              asset_id: str | None) -> list[dict]:
    from app.services.review import sign

    return sign(app, campaign_id, item_id, who, note, asset_id=asset_id)


def asset_names(assets) -> dict[str, str]:
    """A short, distinct name for each asset: its title, the start of its copy, or its kind
    and number; drafts say so (an export takes approved assets only)."""
    from app.ui.gallery_model import asset_label

    names, counts = {}, {}
    for asset in assets:
        kind = asset.kind.value
        counts[kind] = counts.get(kind, 0) + 1
        if asset.title or asset.text:
            name = asset_label(asset)
        else:
            name = f"{tr(KIND_NAMES.get(kind, kind))} {counts[kind]}"
            if asset.channel:
                name += f" ({asset.channel})"
        if asset.status.value == "draft":
            name += " " + tr("(draft)")
        elif asset.status.value == "rejected":
            name += " " + tr("(rejected)")
        names[asset.id] = name
    return names


class ReviewPane(PaneBase):
    kind = "review"
    openAsset = Signal(str)  # asset id: the window shows it in the gallery
    reviewed = Signal()  # a fresh checklist is on screen

    def __init__(self, app, bridge, parent=None):
        super().__init__(app, bridge, parent)
        self.checklist = None
        self.assets: dict = {}
        self.names: dict[str, str] = {}
        self.running = False
        self._pending = False
        self._want_item: str | None = None
        self.sign_dialog: SignOffDialog | None = None
        self.export_dialog = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=0, timeout=self.refresh)

        self.scope_drafts = QRadioButton(tr("Show drafts too"))
        self.scope_drafts.setToolTip(tr("Every asset not rejected: see problems early"))
        self.scope_export = QRadioButton(tr("What an export takes (approved only)"))
        self.scope_export.setToolTip(tr("Only the approved assets, checked as an export "
                                        "checks them"))
        self.scope_drafts.setChecked(True)
        self.scope = QButtonGroup(self)
        for button in (self.scope_drafts, self.scope_export):
            button.setAccessibleName(button.text())
            self.scope.addButton(button)
        self.scope_export.toggled.connect(lambda _on: self.schedule_refresh())
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.busy_label = QLabel(tr("Checking\u2026"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(tr("Checking\u2026"))
        self.refresh_button = QPushButton(tr("Check again"))
        self.refresh_button.setAccessibleName(tr("Run the checklist again"))
        self.refresh_button.setToolTip(tr("Run the checklist again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(tr("Export\u2026"))
        self.export_button.setAccessibleName(tr("Export the campaign"))
        self.export_button.setToolTip(tr("Export the approved assets as a bundle (Ctrl+E)"))
        self.export_button.clicked.connect(self.open_export)

        self.items = QListWidget()
        self.items.setAccessibleName(tr("Checklist items"))
        self.items.setWordWrap(True)
        self.items.setMinimumWidth(300)
        self.items.setSpacing(3)
        self.items.currentItemChanged.connect(self._item_chosen)
        self.details = ItemDetails()
        self.details.openAsset.connect(self.openAsset)
        self.details.signRequested.connect(self.sign)
        splitter = QSplitter()
        splitter.addWidget(self.items)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 2)
        self.footprint = FootprintTab()
        self.footprint.openAsset.connect(self.openAsset)
        self.flows = FlowsTab()
        self.flows.openAsset.connect(self.openAsset)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Review"))
        self.tabs.addTab(splitter, tr("Checklist"))
        self.tabs.addTab(self.footprint, tr("Footprint"))
        self.tabs.addTab(self.flows, tr("Data flows"))

        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_drafts)
        scope_row.addWidget(self.scope_export)
        scope_row.addStretch(1)
        scope_row.addWidget(self.busy_label)
        scope_row.addWidget(self.busy)
        scope_row.addWidget(self.refresh_button)
        scope_row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(scope_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        self._set_busy(False)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)

    # --- PaneBase -----------------------------------------------------------------------------
    def build_request(self):
        return None  # the review room generates nothing

    def generate(self):
        """Ctrl+Enter runs the checklist again."""
        self.refresh()

    def campaign_changed(self) -> None:
        self.checklist = None
        self._show()
        self.schedule_refresh()

    def assets_ready(self, asset_ids: list) -> None:
        if self.isVisible():
            self.schedule_refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.schedule_refresh()  # assets may have changed in another room

    # --- reviewing ----------------------------------------------------------------------------
    @property
    def approved_only(self) -> bool:
        return self.scope_export.isChecked()

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()  # several reasons in one turn of the loop: one review

    def refresh(self) -> None:
        if self.campaign is None:
            return
        if self.running:
            self._pending = True  # run again once this one reports: it may be out of date
            return
        self.running = True
        self.clear_error()
        self._set_busy(True)
        task = Task(self, load_review, self.app, self.campaign.id, self.approved_only)
        task.done.connect(self._loaded)
        task.failed.connect(self._failed)
        task.start()

    def _loaded(self, result: dict) -> None:
        self.running = False
        current = self.campaign.id if self.campaign is not None else None
        if self._pending or result["campaign_id"] != current or \
                result["approved_only"] != self.approved_only:
            self._pending = False
            self._set_busy(False)
            self.refresh()
            return
        self.checklist = result["checklist"]
        self.assets = result["assets"]
        self.names = asset_names(self.assets.values())
        self._set_busy(False)
        self._show()
        self.reviewed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self._pending = False
        self._set_busy(False)
        self.show_error(str(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    # --- showing ------------------------------------------------------------------------------
    def _show(self) -> None:
        checklist = self.checklist
        chosen = self._want_item or self.current_item_id()
        self.items.blockSignals(True)
        self.items.clear()
        for item in checklist.items if checklist is not None else []:
            state = state_of(item)
            entry = QListWidgetItem(verdict_icon(state),
                                    f"{item.title} \u2014 {tr(VERDICT_LABELS[state])}\n"
                                    f"{item.reason}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(item.reason)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        self.status.setText(self._status_text())
        blocking = checklist is not None and checklist.blocking
        self.status.setStyleSheet(f"font-weight: bold; color: "
                                  f"{'#C62828' if blocking else '#2E7D5B'};")
        footprint = checklist.item("footprint") if checklist is not None else None
        flows = checklist.item("data-flows") if checklist is not None else None
        self.footprint.show_item(footprint, self.assets, self.names)
        self.flows.show_item(flows, self.names)
        self._want_item = None
        if checklist is not None:
            self.select_item(chosen or self._first_open())
        else:
            self.details.show_item(None, {})

    def _status_text(self) -> str:
        checklist = self.checklist
        if checklist is None:
            return ""
        if not checklist.asset_ids:
            return (tr("No approved asset yet: an export takes only approved assets (approve "
                       "them in the gallery).") if self.approved_only else
                    tr("Nothing to review yet: make copy, images or audio for this campaign "
                       "first."))
        n = sum(1 for item in checklist.items if item.open)
        if n:
            return tr("Export blocked: {n} item(s) need attention.", n=n)
        return tr("Nothing blocks an export of these assets.")

    def _first_open(self) -> str | None:
        items = self.checklist.items if self.checklist is not None else []
        return next((i.id for i in items if i.open), items[0].id if items else None)

    def current_item_id(self) -> str | None:
        entry = self.items.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def select_item(self, item_id: str | None) -> None:
        """Show one item (the export dialog's way to a blocking reason)."""
        if self.checklist is None:
            self._want_item = item_id  # shown when the review arrives
            return
        self.tabs.setCurrentIndex(0)
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.items.setCurrentRow(row)
                self._item_chosen(self.items.item(row))
                return

    def _item_chosen(self, entry, _previous=None) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        item = self.checklist.item(item_id) if self.checklist is not None and item_id else None
        self.details.show_item(item, self.names)

    # --- signing off --------------------------------------------------------------------------
    def sign(self, item_id: str) -> SignOffDialog | None:
        item = self.checklist.item(item_id) if self.checklist is not None else None
        if item is None:
            return None
        dialog = SignOffDialog(item, self.names, self._last_signer(), self)
        dialog.accepted.connect(lambda: self._sign(item_id, *dialog.values()))
        dialog.finished.connect(self._sign_dialog_closed)
        self.sign_dialog = dialog
        dialog.open()
        return dialog

    def _sign_dialog_closed(self) -> None:
        if self.sign_dialog is not None:
            self.sign_dialog.deleteLater()
        self.sign_dialog = None

    def _last_signer(self) -> str:
        rows = [s for item in (self.checklist.items if self.checklist else [])
                for s in item.signoffs]
        rows.sort(key=lambda s: s.get("created_at", ""))
        return rows[-1].get("by_name", "") if rows else ""

    def _sign(self, item_id: str, who: str, note: str, asset_id: str | None) -> None:
        self._set_busy(True)
        task = Task(self, sign_item, self.app, self.campaign.id, item_id, who, note, asset_id)
        task.done.connect(self._signed)
        task.failed.connect(self._sign_failed)
        self._want_item = item_id
        task.start()

    def _signed(self, rows: list) -> None:
        if rows:
            self.message.emit(tr("Signed off by {name}.", name=rows[0].get("by_name", "")))
        self._set_busy(self.running)
        self.refresh()

    def _sign_failed(self, exc: BaseException) -> None:
        self._set_busy(self.running)
        self.show_error(str(exc))

    # --- export -------------------------------------------------------------------------------
    def open_export(self):
        if self.campaign is None:
            return None
        from app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.app, self.campaign, self)
        dialog.showItem.connect(self.select_item)
        dialog.finished.connect(self._export_dialog_closed)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _export_dialog_closed(self) -> None:
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = None
