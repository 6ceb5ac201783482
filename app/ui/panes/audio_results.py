"""The audio pane's results: the campaign's voice-overs and jingles, each with its waveform (read
off the GUI thread with `audio_info`), duration and transcript; the selected one large, with
playback and approve / reject."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import VitrineError
from app.core.i18n import tr
from app.ui.background import Background
from app.ui.gallery_model import STATUS_LABELS
from app.ui.panes.audio_player import AudioPlayer
from app.ui.waveform import WaveformView, envelope_image
from app.ui.widgets import EmptyState, section_label

ICON = QSize(160, 40)
POINTS = 600  # envelope resolution: enough for the large view, small in memory
AssetIdRole = Qt.ItemDataRole.UserRole + 1


def read_waveform(path: str) -> tuple[list[float], object]:
    """(envelope, small picture) of one file; runs in the thread pool."""
    from app.providers.audio.audiofile import audio_info

    envelope = audio_info(path, POINTS).envelope
    return envelope, envelope_image(envelope, ICON, margin=3)


def warm_multimedia() -> None:
    """Load QtMultimedia's library in the pool, so the player made on the GUI thread later
    costs little (loading it there stalls the window for tens of milliseconds)."""
    import PySide6.QtMultimedia  # noqa: F401


def excerpt(text: str, limit: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def seconds(value: float | None) -> str:
    return tr("{seconds} s", seconds=f"{value or 0:.1f}")


class AudioResults(QWidget):
    message = Signal(str)
    assetChanged = Signal(str)  # an asset's status changed

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.campaign = None
        self.assets: list = []
        self.envelopes: dict[str, tuple[list[float], object]] = {}  # sha256 -> (envelope, image)
        self._reading: set[str] = set()
        self._playing_id = ""  # the asset loaded in the player
        self.background = Background(self)
        self.background.run(warm_multimedia, lambda *_: None)
        self._placeholder = QPixmap(ICON)
        self._placeholder.fill(QColor("#ECECEC"))

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Voice-overs and jingles of this campaign"))
        self.list.setIconSize(ICON)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.empty = EmptyState(
            tr("No voice-over or jingle yet"),
            tr("Write a script (or use one of the campaign's radio scripts), choose a voice and "
               "press Generate (Ctrl+Enter). For a jingle, switch to \u201cMusic or jingle\u201d."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(tr("Results")))
        layout.addWidget(self.stack, 1)
        self._show_selected()

    def _build_content(self) -> QWidget:
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color: #8A5A00;")
        self.waveform = WaveformView()
        self.waveform.setAccessibleName(tr("Waveform of the selected result"))
        self.player = AudioPlayer()
        self.waveform.seekRequested.connect(self.player.seek_fraction)
        self.player.positionChanged.connect(self.waveform.set_position)
        self.transcript = QPlainTextEdit()
        self.transcript.setReadOnly(True)
        self.transcript.setAccessibleName(tr("Transcript"))
        self.transcript.setMaximumHeight(110)
        self.approve_button = QPushButton(tr("Approve"))
        self.approve_button.setAccessibleName(tr("Approve the selected result (Ctrl+Shift+A)"))
        self.approve_button.setToolTip(tr("Approve the selected result (Ctrl+Shift+A)"))
        self.approve_button.clicked.connect(lambda: self.set_status("approved"))
        self.reject_button = QPushButton(tr("Reject"))
        self.reject_button.setAccessibleName(tr("Reject the selected result (Ctrl+Shift+R)"))
        self.reject_button.setToolTip(tr("Reject the selected result (Ctrl+Shift+R)"))
        self.reject_button.clicked.connect(lambda: self.set_status("rejected"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 4, 0, 0)
        for widget in (self.title, self.facts, self.flags, self.waveform, self.player):
            detail.addWidget(widget)
        self.transcript_label = QLabel(tr("Transcript"))
        detail.addWidget(self.transcript_label)
        detail.addWidget(self.transcript)
        detail.addLayout(buttons)
        detail.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    # --- loading ------------------------------------------------------------------------------
    def set_campaign(self, campaign) -> None:
        self.campaign = campaign
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the campaign's audio assets again, keeping (or moving to) a selection."""
        keep = select or self.selected_id()
        self.assets = [] if self.campaign is None else self.app.workspace.list_assets(
            self.campaign.id, kind="audio", limit=200)
        self.list.blockSignals(True)
        self.list.clear()
        for asset in self.assets:
            item = QListWidgetItem(self._item_text(asset))
            item.setData(AssetIdRole, asset.id)
            item.setIcon(QIcon(self._icon_for(asset)))
            item.setToolTip(asset.transcript or (asset.generation.prompt
                                                 if asset.generation else ""))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.stack.setCurrentIndex(1 if self.assets else 0)
        row = next((i for i, a in enumerate(self.assets) if a.id == keep), 0)
        if self.assets:
            self.list.setCurrentRow(row)
        self._show_selected()

    def _item_text(self, asset) -> str:
        facts = [seconds(asset.duration_s), tr(STATUS_LABELS[asset.status.value])]
        if (asset.meta or {}).get("bed"):
            facts.insert(1, tr("over a bed"))
        lines = [asset.title or tr("Audio"), " \u00b7 ".join(facts)]
        words = asset.transcript or (asset.generation.prompt if asset.generation else "")
        if words:
            lines.append(excerpt(words))
        return "\n".join(lines)

    def _icon_for(self, asset) -> QPixmap:
        cached = self.envelopes.get(asset.sha256)
        if cached is not None:
            return QPixmap.fromImage(cached[1])
        if asset.sha256 not in self._reading and asset.path:
            self._reading.add(asset.sha256)
            self.background.run(lambda p=asset.path: read_waveform(p),
                                lambda result, error, s=asset.sha256: self._read(s, result,
                                                                                 error))
        return self._placeholder

    def _read(self, sha256: str, result, error) -> None:
        self._reading.discard(sha256)
        if error is not None:  # unreadable file: keep the placeholder; playback will say why
            return
        self.envelopes[sha256] = result
        for row, asset in enumerate(self.assets):
            if asset.sha256 == sha256:
                self.list.item(row).setIcon(QIcon(QPixmap.fromImage(result[1])))
        current = self.selected()
        if current is not None and current.sha256 == sha256:
            self.waveform.set_envelope(result[0])

    # --- selection ----------------------------------------------------------------------------
    def selected(self):
        row = self.list.currentRow()
        return self.assets[row] if 0 <= row < len(self.assets) else None

    def selected_id(self) -> str:
        asset = self.selected()
        return asset.id if asset is not None else ""

    def select_asset(self, asset_id: str) -> None:
        for row, asset in enumerate(self.assets):
            if asset.id == asset_id:
                self.list.setCurrentRow(row)

    def step(self, delta: int) -> None:
        """Next (1) or previous (-1) result."""
        if self.assets:
            row = min(len(self.assets) - 1, max(0, self.list.currentRow() + delta))
            self.list.setCurrentRow(row)

    def _show_selected(self) -> None:
        asset = self.selected()
        self.detail.setEnabled(asset is not None)
        self.approve_button.setEnabled(asset is not None)
        self.reject_button.setEnabled(asset is not None)
        if asset is None:
            for label in (self.title, self.facts, self.flags):
                label.clear()
            self.flags.hide()
            self.transcript.clear()
            self.waveform.set_envelope([])
            self._playing_id = ""
            self.player.set_source(None)
            return
        self.title.setText(asset.title or tr("Audio"))
        self.facts.setText(self._facts(asset))
        flags = self._flags(asset)
        self.flags.setText(flags)
        self.flags.setVisible(bool(flags))
        words = asset.transcript
        self.transcript_label.setText(tr("Transcript") if words else tr("Prompt"))
        self.transcript.setPlainText(words or (asset.generation.prompt if asset.generation
                                               else ""))
        cached = self.envelopes.get(asset.sha256)
        self.waveform.set_envelope(cached[0] if cached else [])
        if self._playing_id != asset.id:
            self._playing_id = asset.id
            self.player.set_source(asset.path, asset.duration_s)

    def _facts(self, asset) -> str:
        parts = [seconds(asset.duration_s)]
        if asset.sample_rate:
            parts.append(tr("{rate} Hz", rate=asset.sample_rate))
        parts.append(asset.ext.upper())
        gen = asset.generation
        if gen is not None and gen.model:
            parts.append(gen.model)
        loudness = (asset.meta or {}).get("loudness") or {}
        if loudness.get("output_lufs") is not None:
            parts.append(tr("{lufs} LUFS", lufs=f"{loudness['output_lufs']:.1f}"))
        parts.append(tr(STATUS_LABELS[asset.status.value]))
        return " \u00b7 ".join(parts)

    @staticmethod
    def _flags(asset) -> str:
        lines = []
        for flag in (asset.meta or {}).get("flags", []):
            if flag.get("id") == "too-long-for-channel":
                lines.append(tr("Longer than the channel allows: {duration} s for {limit} s.",
                                duration=f"{flag.get('duration_s', 0):.1f}",
                                limit=f"{flag.get('limit_s', 0):g}"))
        if (asset.meta or {}).get("cancelled"):
            lines.append(tr("Cancelled before the end: this result is partial."))
        return "\n".join(lines)

    # --- review -------------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        asset = self.selected()
        if asset is None:
            return
        try:
            updated = self.app.workspace.update_asset(asset.id, status=status)
        except VitrineError as exc:
            self.message.emit(str(exc))
            return
        row = self.list.currentRow()
        self.assets[row] = updated
        self.list.item(row).setText(self._item_text(updated))
        self._show_selected()
        self.assetChanged.emit(updated.id)
        self.message.emit(tr("Approved.") if status == "approved" else tr("Rejected."))
