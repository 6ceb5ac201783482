"""The main window: the campaign sidebar, and the rooms of the selected campaign (brief, text,
images, audio, review). Panes are built when first shown, so the window opens fast."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QTabWidget, QWidget

from app import APP_NAME, __version__
from app.core.i18n import tr, tr_noop

# Each capability adds its pane here: key -> (title, "module:Class"). A pane class takes
# (app_context, bridge, parent) and has set_campaign(campaign_or_None).
PANES: dict[str, tuple[str, str]] = {
    "text": (tr_noop("Text"), "app.ui.panes.text:TextPane"),
    "image": (tr_noop("Images"), "app.ui.panes.image:ImagePane"),
    "audio": (tr_noop("Audio"), "app.ui.panes.audio:AudioPane"),
    "review": (tr_noop("Review"), "app.ui.panes.review:ReviewPane"),
}
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "text": (tr_noop("Text"), tr_noop("Copy for every channel, grounded in the fact sheet, "
                                      "arrives here.")),
    "image": (tr_noop("Images"), tr_noop("Visuals in every channel format, made on this "
                                         "computer, arrive here.")),
    "audio": (tr_noop("Audio"), tr_noop("Voice-overs and jingles arrive here.")),
}


class MainWindow(QMainWindow):
    languageChanged = Signal(str)

    def __init__(self, settings, bridge, *, offline_override: bool = False):
        """The window's shell: it shows (and paints) before the workspace is opened; `bind`
        then fills it. The user sees a window at once, whatever the workspace's size."""
        super().__init__()
        self.app = None
        self.settings = settings
        self.bridge = bridge
        self.offline_override = offline_override
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.sidebar = None
        self.brief = None
        self.ready = False
        # Nothing here touches the `Qt` namespace: converting its enums costs ~20 ms, paid
        # after the first paint (in bind) rather than before it.
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())  # blank until the rooms are built: no wrong flash
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._restore_state()

    def bind(self, app_context) -> None:
        """Fill the window with the opened workspace."""
        from PySide6.QtCore import Qt

        from app.ui.campaigns import CampaignSidebar
        from app.ui.widgets import EmptyState

        self.app = app_context
        self.sidebar = CampaignSidebar(self.app.workspace)
        self.sidebar.message.connect(self.show_message)
        self.sidebar.campaignSelected.connect(self.open_campaign)
        self.sidebar.campaignRenamed.connect(self._renamed)
        self.dock = QDockWidget(tr("Campaigns"), self)
        self.dock.setObjectName("campaignsDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.dock.setWidget(self.sidebar)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(tr("Campaign rooms"))
        self._panes: dict[str, object] = {}
        self._pane_index: dict[int, str] = {}
        self.empty = EmptyState(tr("No campaign yet"),
                                tr("Create a campaign with \u201cNew campaign\u201d: its brief, "
                                   "fact sheet and brand kit guide everything made here."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.offline_action.setChecked(self.app.offline)
        from app.ui.queue import QueueWidget

        self.queue = QueueWidget(self.app, self.bridge)
        self.queue.assetsReady.connect(self._assets_ready)
        self.queue_dock = QDockWidget(tr("Queue"), self)
        self.queue_dock.setObjectName("queueDock")
        self.queue_dock.setWidget(self.queue)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.queue_dock)
        self.restoreState(self._saved_state())  # dock placement, now that every dock exists
        self.statusBar().showMessage(tr("Workspace: {path}", path=str(self.app.workspace.folder)))
        self._build_rooms()

    def _build_rooms(self) -> None:
        from app.ui.brief_editor import BriefEditor
        from app.ui.widgets import EmptyState

        self.brief = BriefEditor(self.app.workspace)
        self.brief.saved.connect(self._brief_saved)
        self.brief.message.connect(self.show_message)
        self.tabs.addTab(self.brief, tr("Brief"))
        for key in dict.fromkeys([*PLACEHOLDERS, *PANES]):
            if key not in PANES:  # a room whose pane has not landed yet says what it will hold
                title, text = PLACEHOLDERS[key]
                self.tabs.addTab(EmptyState(tr(title), tr(text)), tr(title))
                continue
            title, target = PANES[key]
            placeholder = EmptyState(tr(title), tr("Loading\u2026"))
            self._pane_index[self.tabs.addTab(placeholder, tr(title))] = key
            self._panes[key] = target
        from app.ui.gallery import Gallery

        self.gallery = Gallery(self.app)
        self.gallery.message.connect(self.show_message)
        self.tabs.addTab(self.gallery, tr("Gallery"))
        self.tabs.currentChanged.connect(self._ensure_pane)
        self.ready = True
        self._select_first()

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        new = QAction(tr("New campaign"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.sidebar and self.sidebar.new_campaign())
        save = QAction(tr("Save brief"), self)
        save.triggered.connect(lambda: self.brief and self.brief.save())
        quit_ = QAction(tr("Quit"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        export = QAction(tr("Export\u2026"), self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.open_export)
        self.export_action = export
        for action in (new, save):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(export)
        file_menu.addSeparator()
        file_menu.addAction(quit_)

        settings = self.menuBar().addMenu(tr("&Settings"))
        self.offline_action = QAction(tr("Offline mode"), self, checkable=True)
        self.offline_action.setChecked(self.settings.offline or self.offline_override)
        self.offline_action.setEnabled(not self.offline_override)
        self.offline_action.toggled.connect(self._toggle_offline)
        settings.addAction(self.offline_action)
        preferences = QAction(tr("Settings\u2026"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.open_settings)
        settings.addAction(preferences)
        models = QAction(tr("Models\u2026"), self)
        models.triggered.connect(lambda: self.open_settings("models"))
        settings.addAction(models)
        language = settings.addMenu(tr("Language"))
        group = QActionGroup(self)
        for code, label in (("system", tr("System")), ("en", "English"), ("fr", "Français")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.settings.language == code)
            action.setData(code)
            action.setProperty("nativeName", code != "system")
            action.triggered.connect(lambda _=False, c=code: self.languageChanged.emit(c))
            group.addAction(action)
            language.addAction(action)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        about = QAction(tr("About Vitrine"), self)
        about.triggered.connect(lambda: self.show_message(
            tr("Vitrine {version}: a studio for marketing campaigns.", version=__version__)))
        help_menu.addAction(about)

    def open_settings(self, tab: str = ""):
        """Open the settings (on `tab`, e.g. "models"); returns the dialog."""
        if self.app is None:
            return None
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app, self)
        dialog.languageChosen.connect(self.languageChanged)
        dialog.accepted.connect(lambda: self.offline_action.setChecked(self.app.offline))
        if tab:
            dialog.show_tab(tab)
        dialog.open()
        self._settings_dialog = dialog
        return dialog

    def _toggle_offline(self, on: bool) -> None:
        if self.app is None:
            return
        self.app.set_offline(on)
        self.show_message(tr("Offline mode is on: nothing leaves this computer.") if on
                          else tr("Offline mode is off."))

    # --- campaigns ----------------------------------------------------------------------------
    def _select_first(self) -> None:
        last = self.settings.window.get("campaign", "")
        campaigns = self.app.workspace.list_campaigns(include_archived=False)
        if campaigns:
            target = last if any(c.id == last for c in campaigns) else campaigns[0].id
            self.sidebar.select(target)
        else:
            self.open_campaign("")

    def open_campaign(self, campaign_id: str) -> None:
        if self.brief is None:
            return
        if self.brief.campaign is not None and self.brief.campaign.id != campaign_id:
            self.brief.save()  # never lose an edit by moving on
        campaign = self.app.workspace.get_campaign(campaign_id) if campaign_id else None
        self.brief.load(campaign)
        self.stack.setCurrentWidget(self.tabs if campaign else self.empty)
        for pane in self._panes.values():
            if not isinstance(pane, str):
                pane.set_campaign(campaign)
        self.gallery.set_campaign(campaign)
        self.setWindowTitle(f"{campaign.name} \u2014 {APP_NAME}" if campaign else APP_NAME)

    def _assets_ready(self, asset_ids: list) -> None:
        self.gallery.refresh(asset_ids)
        for pane in self._panes.values():
            if not isinstance(pane, str) and hasattr(pane, "assets_ready"):
                pane.assets_ready(asset_ids)

    def _renamed(self, campaign_id: str, name: str) -> None:
        if self.brief is None:
            return
        self.brief.set_name(campaign_id, name)
        if self.brief.campaign is not None and self.brief.campaign.id == campaign_id:
            self.setWindowTitle(f"{name} \u2014 {APP_NAME}")

    def _brief_saved(self, campaign_id: str) -> None:
        self.sidebar.refresh()
        self.show_message(tr("Brief saved."))
        campaign = self.app.workspace.get_campaign(campaign_id)
        self.setWindowTitle(f"{campaign.name} \u2014 {APP_NAME}")
        for pane in self._panes.values():
            if not isinstance(pane, str):
                pane.set_campaign(campaign)

    def _ensure_pane(self, index: int) -> None:
        key = self._pane_index.get(index)
        if key is None or not isinstance(self._panes[key], str):
            return
        from app.providers.registry import load_class

        cls = load_class(self._panes[key])
        pane = cls(self.app, self.bridge, self)
        self._panes[key] = pane
        if hasattr(pane, "useAsScript"):
            pane.useAsScript.connect(self.use_as_script)
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, pane, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if hasattr(pane, "openAsset"):
            pane.openAsset.connect(self.show_asset)
        pane.set_campaign(self.brief.campaign)

    def pane(self, key: str):
        """The pane of a room, built now if it was not yet."""
        for index, k in self._pane_index.items():
            if k == key:
                self.tabs.setCurrentIndex(index)
                self._ensure_pane(index)
                return self._panes[key]
        return None

    def show_asset(self, asset_id: str) -> None:
        """Open an asset in the gallery (from the review room, say)."""
        self.tabs.setCurrentWidget(self.gallery)
        self.gallery.select_asset(asset_id)

    def show_review_item(self, item_id: str) -> None:
        pane = self.pane("review")
        if pane is not None:
            pane.select_item(item_id)

    def open_export(self):
        campaign = self.brief.campaign if self.brief is not None else None
        if campaign is None:
            self.show_message(tr("Choose or create a campaign first."))
            return None
        from app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.app, campaign, self)
        dialog.showItem.connect(self.show_review_item)
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def use_as_script(self, asset_id: str) -> None:
        """Open the Audio room with a text asset (a radio script) as its voice-over script."""
        pane = self.pane("audio")
        if pane is None:
            self.show_message(tr("The Audio room is not available in this version."))
            return
        pane.use_script_asset(asset_id)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- state --------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = self.settings.window
        try:
            if state.get("geometry"):
                self.restoreGeometry(QByteArray(base64.b64decode(state["geometry"])))
        except (ValueError, TypeError):
            pass

    def _saved_state(self) -> QByteArray:
        try:
            return QByteArray(base64.b64decode(self.settings.window.get("state", "")))
        except (ValueError, TypeError):
            return QByteArray()

    def save_state(self) -> None:
        campaign = self.brief.campaign if self.brief is not None else None
        self.settings.window = {
            "geometry": base64.b64encode(bytes(self.saveGeometry())).decode(),
            "state": base64.b64encode(bytes(self.saveState())).decode(),
            "campaign": campaign.id if campaign else "",
        }
        from app.core.settings import save_settings

        save_settings(self.settings)

    def closeEvent(self, event) -> None:
        self.brief.save()
        self.save_state()
        super().closeEvent(event)
