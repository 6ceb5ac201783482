"""Starting the studio: the Qt application, the language, the workspace (with a way out when it
cannot be opened), the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import APP_NAME, __version__
from app.core import i18n
from app.core.errors import CorruptDatabaseError, VitrineError
from app.core.i18n import tr
from app.core.settings import load_settings, save_settings

log = logging.getLogger(__name__)


class FirstPaintProbe(QObject):
    """For start-up benchmarks and smoke tests: VITRINE_STARTUP_PROBE=paint prints "painted" when
    the window first paints; =ready also waits for the first paint with the workspace loaded and
    prints "ready"; then the studio quits."""

    def __init__(self, window, qapp, mode: str):
        super().__init__(window)
        self.qapp, self.window, self.mode = qapp, window, mode
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.painted:
            self.painted = True
            print("painted", flush=True)
        if self.mode != "ready":
            self._done(obj)
        elif self.window.ready:
            print("ready", flush=True)
            self._done(obj)
        else:
            QTimer.singleShot(0, self.window.update)  # paint again once the rooms are there
        return False

    def _done(self, obj) -> None:
        obj.removeEventFilter(self)
        QTimer.singleShot(0, self.qapp.quit)


class AfterFirstPaint(QObject):
    """Calls `then` on the event loop's next turn after the widget's first paint."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class Studio:
    """Owns the application context, the bridge and the (re-buildable) main window."""

    def __init__(self, qapp: QApplication, args):
        self.qapp = qapp
        self.args = args
        self.settings = load_settings()
        self.translators: list[QTranslator] = []
        self.app = None
        self.window = None
        self.bridge = None

    def start(self) -> bool:
        """Show the window's shell at once, then open the workspace and fill it."""
        from app.ui.bridge import JobBridge
        from app.ui.theme import apply_theme

        self.apply_language(self.settings.language)
        apply_theme(self.settings.theme)
        self.bridge = JobBridge()
        self.show_window()
        # Open the workspace once the shell has painted (a zero timer would run before the
        # first paint and the user would wait for the whole window); a fallback covers a window
        # that is never painted (minimised, or no screen to paint on).
        self._bound = False
        self._after_paint = AfterFirstPaint(self.window, self._open_and_bind)
        QTimer.singleShot(250, self._open_and_bind)
        return True

    def _open_and_bind(self) -> None:
        if self._bound:
            return
        self._bound = True
        self.app = self._open_context()
        if self.app is None:  # the user chose to quit
            self.window.close()
            self.qapp.quit()
            return
        self.app.add_job_listener(self.bridge.post)
        self.window.bind(self.app)
        # The job engine (and the model worker process) start once the window is up.
        QTimer.singleShot(1200, self.start_engine)

    def start_engine(self) -> None:
        if self.app is None:
            return
        try:
            engine = self.app.jobs()
        except VitrineError as exc:  # e.g. the disk filled up since the window opened
            log.error("the job engine could not start: %s", exc.details or exc)
            self.window.show_message(str(exc))
            return
        if engine.interrupted and self.window is not None:
            self.window.show_message(tr("{n} job(s) were interrupted when Vitrine last stopped; "
                                        "they can be re-run from the queue.",
                                        n=len(engine.interrupted)))

    def show_window(self, geometry=None) -> None:
        from app.ui.main_window import MainWindow

        window = MainWindow(self.settings, self.bridge, offline_override=self.args.offline)
        window.languageChanged.connect(self.change_language)
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.show()
        self.window = window
        probe = os.environ.get("VITRINE_STARTUP_PROBE")
        if probe:
            self._probe = FirstPaintProbe(window, self.qapp, probe)

    def change_language(self, code: str) -> None:
        """Rebuild the window in the new language; nothing is lost (the brief is saved)."""
        old = self.window
        if old.brief is not None:
            old.brief.save()
        old.save_state()
        geometry = old.saveGeometry()
        self.settings.language = code
        save_settings(self.settings)
        self.apply_language(code)
        self.show_window(geometry)
        if self.app is not None:
            self.window.bind(self.app)
        old.deleteLater()
        old.hide()

    def apply_language(self, code: str) -> None:
        lang = i18n.set_language(code)
        for translator in self.translators:
            self.qapp.removeTranslator(translator)
        self.translators = []
        if lang != "en":
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name in ("qtbase", "qt"):  # Qt's own strings: standard buttons, dialogs
                translator = QTranslator(self.qapp)
                if translator.load(f"{name}_{lang}", folder):
                    self.qapp.installTranslator(translator)
                    self.translators.append(translator)
        QLocale.setDefault(QLocale(lang))

    def _open_context(self):
        from app.services.context import AppContext

        folder = self.args.workspace or self.settings.workspace or None
        while True:
            try:
                return AppContext.open(folder, offline=self.args.offline, settings=self.settings)
            except CorruptDatabaseError as exc:
                choice = self._ask(exc, restore=getattr(exc, "backup_path", None) is not None)
            except VitrineError as exc:
                choice = self._ask(exc, restore=False)
            if choice == "restore":
                from pathlib import Path

                from app.core.paths import default_workspace
                from app.workspace.db import restore_backup

                restore_backup(Path(folder) if folder else default_workspace())
            elif choice == "choose":
                chosen = QFileDialog.getExistingDirectory(None, tr("Choose a workspace folder"))
                if not chosen:
                    return None
                folder = chosen
                self.settings.workspace = chosen
                save_settings(self.settings)
            else:
                return None

    def _ask(self, exc: VitrineError, *, restore: bool) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, str(exc))
        buttons = {}
        if restore:
            buttons[box.addButton(tr("Restore the latest backup"),
                                  QMessageBox.ButtonRole.AcceptRole)] = "restore"
        buttons[box.addButton(tr("Choose another folder\u2026"),
                              QMessageBox.ButtonRole.ActionRole)] = "choose"
        buttons[box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)] = "quit"
        box.exec()
        return buttons.get(box.clickedButton(), "quit")

    def shutdown(self) -> None:
        if self.app is not None:
            if self.bridge is not None and self.app.engine is not None:
                self.app.engine.remove_listener(self.bridge.post)
            self.app.close()
            self.app = None


def parse(argv: list[str]):
    parser = argparse.ArgumentParser(prog="vitrine", add_help=False)
    parser.add_argument("--workspace")
    parser.add_argument("--offline", action="store_true")
    args, _ = parser.parse_known_args(argv)
    return args


def setup_logging() -> None:
    """Warnings on stderr; everything from INFO up in a rotating log file in the data folder
    (what an error message means by "details are in the log")."""
    from logging.handlers import RotatingFileHandler

    from app.core.paths import logs_dir

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        folder = logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "vitrine.log", maxBytes=2_000_000, backupCount=3,
                                      encoding="utf-8")
    except OSError:
        return  # a read-only data folder: stderr only
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for stream_handler in root.handlers:
        if stream_handler is not handler:
            stream_handler.setLevel(logging.WARNING)


def install_excepthook(studio) -> None:
    """An unexpected error in a slot is logged with its traceback and told in plain words in
    the status bar; the window carries on, and nothing the user made is lost."""

    def hook(kind, value, tb):
        log.error("unexpected error", exc_info=(kind, value, tb))
        window = studio.window
        if window is not None:
            text = str(value) if isinstance(value, VitrineError) else tr(
                "Something went wrong ({error}). Your work is saved; details are in the log.",
                error=kind.__name__)
            window.show_message(text)

    sys.excepthook = hook


def run_studio(argv: list[str]) -> int:
    setup_logging()
    qapp = QApplication.instance() or QApplication([sys.argv[0], *argv])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    studio = Studio(qapp, parse(argv))
    install_excepthook(studio)
    if not studio.start():
        return 1
    try:
        return qapp.exec()
    finally:
        studio.shutdown()
