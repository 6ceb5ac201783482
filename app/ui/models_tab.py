"""Settings, Models: the image models found on this computer with their licences, import of a
file or folder, download from the Hugging Face Hub (progress, cancel; an interrupted download
continues where it stopped next time), and the folders Vitrine searches. Scanning, importing and
downloading run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CancelledError, VitrineError
from app.core.i18n import tr, tr_noop
from app.ui.background import Background, Task
from app.ui.panes.image_models import FORMAT_LABELS, commercial_text, licence_text, scan_library
from app.ui.widgets import button, section_label

COLUMNS = (tr_noop("Model"), tr_noop("Type"), tr_noop("Family"), tr_noop("Licence"),
           tr_noop("Commercial use"), tr_noop("Found in"))
SOURCES = {"hf-cache": tr_noop("Hugging Face cache"), "vitrine": tr_noop("Vitrine"),
           "folder": tr_noop("your folders")}


def megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f}"


def _download(repo_id: str, *, task):
    """Runs on the pool: the Hub download, reporting bytes and polling the task's cancel."""
    from types import SimpleNamespace

    from app.providers.models import library

    return library.download(repo_id, progress=task.report,
                            cancel=SimpleNamespace(is_set=task.cancelled))


class ModelsTab(QWidget):
    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.background = Background(self)
        self.entries: list = []
        self.scanning = False
        self._scan_id = 0
        self.download_ticket = None
        self.default_model = app.settings.default_image_model

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(tr("Models found on this computer"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.import_file_button = button(tr("Import a file\u2026"),
                                               tr("Import a .safetensors model file"),
                                               self._import_file)
        self.import_folder_button = button(tr("Import a folder\u2026"),
                                                 tr("Import a diffusers model folder"),
                                                 self._import_folder)
        self.default_button = button(tr("Use by default"),
                                           tr("Use the selected model by default"),
                                           self._make_default)
        self.refresh_button = button(tr("Search again"),
                                           tr("Search the model folders again"), self.refresh)

        self.repo = QLineEdit()
        self.repo.setAccessibleName(tr("Hugging Face Hub id"))
        self.repo.setPlaceholderText("stabilityai/sdxl-turbo")
        self.repo.returnPressed.connect(self.download)
        self.download_button = button(tr("Download"),
                                            tr("Download the model from the Hugging Face Hub"),
                                            self.download)
        self.cancel_button = button(tr("Cancel"), tr("Cancel the download"),
                                          self.cancel_download)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Download progress"))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.hide()
        self.download_status = QLabel()
        self.download_status.setWordWrap(True)

        self.folders = QListWidget()
        self.folders.setAccessibleName(tr("Folders searched for models"))
        self.folders.setMaximumHeight(90)
        for folder in app.settings.model_folders:
            self.folders.addItem(folder)
        self.add_folder_button = button(tr("Add a folder\u2026"),
                                              tr("Add a folder to search for models"),
                                              self._add_folder)
        self.remove_folder_button = button(tr("Remove"),
                                                 tr("Remove the selected folder from the list"),
                                                 self.remove_folder)

        actions = QHBoxLayout()
        for each in (self.import_file_button, self.import_folder_button, self.default_button):
            actions.addWidget(each)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        hub = QHBoxLayout()
        hub.addWidget(self.repo, 1)
        hub.addWidget(self.download_button)
        hub.addWidget(self.cancel_button)
        folder_buttons = QVBoxLayout()
        folder_buttons.addWidget(self.add_folder_button)
        folder_buttons.addWidget(self.remove_folder_button)
        folder_buttons.addStretch(1)
        folders = QHBoxLayout()
        folders.addWidget(self.folders, 1)
        folders.addLayout(folder_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.found)
        layout.addLayout(actions)
        layout.addWidget(section_label(tr("Download from the Hugging Face Hub")))
        layout.addLayout(hub)
        layout.addWidget(self.progress)
        layout.addWidget(self.download_status)
        layout.addWidget(section_label(tr("Your model folders")))
        note = QLabel(tr("Also searched: the Hugging Face cache, and the model folders of "
                         "A1111, Forge, ComfyUI, InvokeAI and Fooocus."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(folders)
        self._selected()
        self.refresh()

    # --- the models found -----------------------------------------------------------------------
    def folder_list(self) -> list[str]:
        return [self.folders.item(i).text() for i in range(self.folders.count())]

    def refresh(self) -> None:
        """Scan with the folders as listed here now (saved with the settings)."""
        self.scanning = True
        self._scan_id += 1
        self.found.setText(tr("Looking for models on this computer\u2026"))
        settings = {**self.app.settings.to_dict(), "model_folders": self.folder_list()}
        self.background.run(lambda: scan_library(settings),
                            lambda result, error, n=self._scan_id: self._scan_done(n, result,
                                                                                   error))

    def _scan_done(self, scan_id: int, entries, error) -> None:
        if scan_id != self._scan_id:
            return  # an older search, overtaken by a newer one
        self.scanning = False
        self._scanned(entries, error)

    def _scanned(self, entries, error) -> None:
        if error is not None:
            self.found.setText(str(error) if isinstance(error, VitrineError) else
                               tr("The model folders could not be read: {reason}",
                                  reason=str(error)))
            return
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            name = entry.name + (" \u2605" if self.default_model in (entry.id, entry.path)
                                 else "")
            cells = (name, tr(FORMAT_LABELS.get(entry.format, entry.format)),
                     "" if entry.family == "unknown" else entry.family,
                     licence_text(entry.licence),
                     commercial_text(entry.commercial_use),
                     tr(SOURCES[entry.source]) if entry.source in SOURCES else entry.source)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(entry.notes or entry.path)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        refused = sum(1 for e in self.entries if e.format == "pickle")
        text = tr("{n} model(s) found.", n=len(self.entries))
        if refused:
            text += " " + tr("{n} pickled checkpoint(s) refused: they can run code when loaded; "
                             "use their .safetensors version.", n=refused)
        if not self.entries:
            text = tr("No model found. Import a file or folder, add one of your folders below, "
                      "or download a model from the Hub.")
        self.found.setText(text)

    def selected_entry(self):
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.entries[min(rows)] if rows and min(rows) < len(self.entries) else None

    def _selected(self) -> None:
        entry = self.selected_entry()
        self.default_button.setEnabled(entry is not None and entry.kind == "checkpoint" and
                                       entry.format != "pickle")

    def _make_default(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.default_model = entry.id
            self._scanned(self.entries, None)

    # --- import ---------------------------------------------------------------------------------
    def _import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import a model file"), str(Path.home()),
                                              tr("Models (*.safetensors)"))
        if path:
            self.import_path(path)

    def _import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Import a model folder"),
                                                str(Path.home()))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Check the model, then link or copy it into Vitrine's models folder (off-thread)."""
        self.found.setText(tr("Importing {name}\u2026", name=Path(path).name))
        for each in (self.import_file_button, self.import_folder_button):
            each.setEnabled(False)

        def work():
            from app.providers.models import library

            return library.import_model(path)

        self.background.run(work, self._imported)

    def _imported(self, entry, error) -> None:
        for each in (self.import_file_button, self.import_folder_button):
            each.setEnabled(True)
        if error is not None:
            self.found.setText(str(error) if isinstance(error, VitrineError) else
                               tr("The import failed: {reason}", reason=str(error)))
            return
        self.imported = entry
        self.refresh()
        self.found.setText(tr("{name} imported ({licence}).", name=entry.name,
                              licence=licence_text(entry.licence)))

    # --- download -------------------------------------------------------------------------------
    def download(self) -> None:
        repo_id = self.repo.text().strip()
        if not repo_id or self.download_ticket is not None:
            if not repo_id:
                self.download_status.setText(tr("Type the id of a model on the Hub, such as "
                                                "stabilityai/sdxl-turbo."))
            return

        self.download_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.show()
        self.download_status.setText(tr("Asking the Hub for {repo}\u2026", repo=repo_id))
        task = Task(self, _download, repo_id, pass_task=True)
        task.progress.connect(self._download_progress)
        task.done.connect(lambda entry: self._downloaded(entry, None))
        task.failed.connect(lambda error: self._downloaded(None, error))
        self.download_ticket = task.start()

    def _download_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(int(done * 1000 / total) if total else 0)
        self.download_status.setText(tr("{done} of {total} MB \u00b7 {file}",
                                        done=megabytes(done), total=megabytes(total), file=name))

    def cancel_download(self) -> None:
        if self.download_ticket is not None:
            self.download_ticket.cancel()
            self.download_status.setText(tr("Cancelling\u2026"))

    def _downloaded(self, entry, error) -> None:
        self.download_ticket = None
        self.download_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if isinstance(error, CancelledError):
            self.progress.hide()
            self.download_status.setText(tr("Download cancelled. What was downloaded is kept: "
                                            "it continues from there next time."))
        elif error is not None:
            self.progress.hide()
            self.download_status.setText(str(error) if isinstance(error, VitrineError) else
                                         tr("The download failed: {reason}", reason=str(error)))
        else:
            self.progress.setValue(1000)
            self.download_status.setText(tr("{name} downloaded ({licence}, {commercial}).",
                                            name=entry.name, licence=licence_text(entry.licence),
                                            commercial=commercial_text(entry.commercial_use)))
            self.refresh()

    # --- folders --------------------------------------------------------------------------------
    def _add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Add a model folder"), str(Path.home()))
        if path:
            self.add_folder(path)

    def add_folder(self, path: str) -> None:
        if path and path not in self.folder_list():
            self.folders.addItem(path)
            self.refresh()

    def remove_folder(self) -> None:
        row = self.folders.currentRow()
        if row >= 0:
            self.folders.takeItem(row)
            self.refresh()

    def stop(self) -> None:
        """The dialog closes: stop a download (what it fetched is kept; it resumes next time)."""
        self.cancel_download()

    def apply(self, settings) -> None:
        settings.model_folders = self.folder_list()
        settings.default_image_model = self.default_model
