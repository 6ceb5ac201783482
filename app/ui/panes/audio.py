"""The Audio pane: a voice-over (a script, typed or taken from a text asset such as a radio
script, spoken by a chosen voice) or a jingle (a prompt for a local music model), mixed over a
bed and levelled to a loudness target; the job's progress; the campaign's results with their
waveform, transcript, playback and approve / reject."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import tr, tr_noop
from app.core.jobs import JobState, Stage
from app.core.requests import AudioRequest
from app.ui.background import Background
from app.ui.pane import PaneBase
from app.ui.panes import audio_sources as sources
from app.ui.panes.audio_results import AudioResults
from app.ui.widgets import named, section_label

VOICE, MUSIC = "voice", "music"
LOUDNESS = (("web", tr_noop("Web and social (\u221216 LUFS)")),
            ("broadcast", tr_noop("Broadcast, EBU R128 (\u221223 LUFS)")),
            ("none", tr_noop("None: keep the level as made")))
FORMATS = (("wav", "WAV"), ("flac", "FLAC"), ("mp3", "MP3"))
WORDS_PER_SECOND = 2.6  # an unhurried voice-over (about 155 words a minute)


class AudioPane(PaneBase):
    kind = "audio"

    def __init__(self, app, bridge, parent=None):
        super().__init__(app, bridge, parent)
        self.background = Background(self)
        self.voices: list[dict] | None = None  # None until the discovery has answered
        self.music_models: list[dict] | None = None
        self.script_asset = None  # the text asset the script came from, if any
        self.results = AudioResults(app)
        self.results.message.connect(self.message)
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addLayout(self._build_mode_switch())
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_voice_page())
        self.pages.addWidget(self._build_music_page())
        column.addWidget(self.pages)
        column.addWidget(self._build_mixing())
        column.addLayout(self._build_actions())
        column.addWidget(self.error_label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(controls)
        scroll.setMinimumWidth(400)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        QShortcut(QKeySequence("Alt+Right"), self, activated=lambda: self.results.step(1))
        QShortcut(QKeySequence("Alt+Left"), self, activated=lambda: self.results.step(-1))
        QShortcut(QKeySequence("Ctrl+Shift+A"), self,
                  activated=lambda: self.results.set_status("approved"))
        QShortcut(QKeySequence("Ctrl+Shift+R"), self,
                  activated=lambda: self.results.set_status("rejected"))
        self.set_mode(VOICE)
        self._script_changed()
        self.refresh_voices()
        self.refresh_music_models()

    # --- building -----------------------------------------------------------------------------
    def _build_mode_switch(self) -> QHBoxLayout:
        self.voice_mode = named(QPushButton(tr("Voice-over")), tr("Make a voice-over"))
        self.music_mode = named(QPushButton(tr("Music or jingle")), tr("Make music or a jingle"))
        self.modes = QButtonGroup(self)
        row = QHBoxLayout()
        for button, mode in ((self.voice_mode, VOICE), (self.music_mode, MUSIC)):
            button.setCheckable(True)
            self.modes.addButton(button)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_voice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(tr("Script")))
        self.script = named(QPlainTextEdit(), tr("Script of the voice-over"))
        self.script.setPlaceholderText(tr("Write what the voice says, one sentence a line if "
                                          "you like."))
        self.script.setMinimumHeight(110)
        self.script.setMaximumHeight(220)
        self.script.textChanged.connect(self._script_changed)
        self.script_count = QLabel()
        layout.addWidget(self.script)
        layout.addWidget(self.script_count)
        self.script_source = named(QComboBox(), tr("Text asset to use as the script"))
        self.script_source.currentIndexChanged.connect(lambda _: self._update_actions())
        self.use_script = named(QPushButton(tr("Use as script")),
                                 tr("Put the chosen text asset in the script"))
        self.use_script.clicked.connect(self.use_text_asset)
        row = QHBoxLayout()
        row.addWidget(self.script_source, 1)
        row.addWidget(self.use_script)
        layout.addLayout(row)
        self.script_link = QLabel()
        self.script_link.setWordWrap(True)
        self.script_link.hide()
        layout.addWidget(self.script_link)
        self.voice = named(QComboBox(), tr("Voice"))
        self.rate = named(QDoubleSpinBox(), tr("Speaking rate (1 = normal)"))
        self.rate.setRange(0.5, 2.0)
        self.rate.setSingleStep(0.05)
        self.rate.setValue(1.0)
        self.rate.setSuffix(" \u00d7")
        self.pitch = named(QDoubleSpinBox(), tr("Pitch, from \u22121 to 1 (0 = the voice's own)"))
        self.pitch.setRange(-1.0, 1.0)
        self.pitch.setSingleStep(0.1)
        form = QFormLayout()
        form.addRow(tr("Voice"), self.voice)
        form.addRow(tr("Rate"), self.rate)
        form.addRow(tr("Pitch"), self.pitch)
        layout.addLayout(form)
        return page

    def _build_music_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(tr("Music prompt")))
        self.prompt = named(QPlainTextEdit(), tr("Describe the music"))
        self.prompt.setPlaceholderText(tr("For example: upbeat summer jingle, acoustic guitar "
                                          "and hand claps, 110 bpm"))
        self.prompt.setMinimumHeight(70)
        self.prompt.setMaximumHeight(120)
        layout.addWidget(self.prompt)
        self.duration = named(QDoubleSpinBox(), tr("Length of the music in seconds"))
        self.duration.setRange(1.0, 60.0)
        self.duration.setSingleStep(1.0)
        self.duration.setValue(10.0)
        self.duration.setSuffix(" s")
        self.seed = named(QSpinBox(), tr("Seed"))
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(random.randrange(2**31))
        self.seed_lock = named(QCheckBox(tr("Lock")),
                                tr("Keep this seed (otherwise each generation draws a new one)"))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.seed_lock)
        self.model = named(QComboBox(), tr("Music model"))
        self.model_hint = QLabel()
        self.model_hint.setWordWrap(True)
        self.model_hint.hide()
        self.add_folder = named(QPushButton(tr("Add a model folder\u2026")),
                                 tr("Add a folder that holds music models"))
        self.add_folder.clicked.connect(self._choose_model_folder)
        form = QFormLayout()
        form.addRow(tr("Duration"), self.duration)
        form.addRow(tr("Seed"), seed_row)
        form.addRow(tr("Model"), self.model)
        layout.addLayout(form)
        layout.addWidget(self.model_hint)
        layout.addWidget(self.add_folder, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_mixing(self) -> QGroupBox:
        box = QGroupBox(tr("Mixing"))
        self.bed = named(QComboBox(), tr("Music bed under the voice"))
        self.bed.currentIndexChanged.connect(lambda _: self._update_actions())
        self.ducking = named(QDoubleSpinBox(), tr("How far the bed goes down under the voice"))
        self.ducking.setRange(0.0, 40.0)
        self.ducking.setValue(12.0)
        self.ducking.setSuffix(" dB")
        self.loudness = named(QComboBox(), tr("Loudness target"))
        for value, label in LOUDNESS:
            self.loudness.addItem(tr(label), value)
        self.format = named(QComboBox(), tr("File format"))
        for value, label in FORMATS:
            self.format.addItem(label, value)
        self.mixing_form = QFormLayout(box)
        self.mixing_form.addRow(tr("Bed"), self.bed)
        self.mixing_form.addRow(tr("Ducking"), self.ducking)
        self.mixing_form.addRow(tr("Loudness"), self.loudness)
        self.mixing_form.addRow(tr("Format"), self.format)
        return box

    def _build_actions(self) -> QVBoxLayout:
        self.generate_button = named(QPushButton(tr("Generate")), tr("Generate (Ctrl+Enter)"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = named(QPushButton(tr("Cancel")), tr("Cancel the job (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = named(QProgressBar(), tr("Progress of the job"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.generate_button)
        layout = QVBoxLayout()
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        return layout

    # --- mode and small reactions -------------------------------------------------------------
    def mode(self) -> str:
        return MUSIC if self.music_mode.isChecked() else VOICE

    def set_mode(self, mode: str) -> None:
        (self.music_mode if mode == MUSIC else self.voice_mode).setChecked(True)
        self.pages.setCurrentIndex(1 if mode == MUSIC else 0)
        self._update_actions()

    def _update_actions(self) -> None:
        voice = self.mode() == VOICE
        self.mixing_form.setRowVisible(self.bed, voice)  # a bed goes under a voice, not music
        self.mixing_form.setRowVisible(self.ducking, voice)
        self.ducking.setEnabled(bool(self.bed.currentData()))
        self.use_script.setEnabled(bool(self.script_source.currentData()))
        self.cancel_button.setEnabled(bool(self.jobs))

    def _script_changed(self) -> None:
        text = self.script.toPlainText()
        words = len(text.split())
        self.script_count.setText(tr("{chars} characters, about {seconds} s spoken",
                                     chars=len(text), seconds=round(words / WORDS_PER_SECOND)))
        if not text.strip() and self.script_asset is not None:
            self.script_asset = None  # emptied: no longer that asset's voice-over
            self.script_link.hide()

    # --- the campaign and its assets ----------------------------------------------------------
    def campaign_changed(self) -> None:
        self.script_asset = None
        self.script_link.hide()
        self._fill_script_sources()
        self._fill_beds()
        self._fill_voices()
        self.results.set_campaign(self.campaign)

    def assets_ready(self, asset_ids) -> None:
        """Assets were stored by some job: new scripts, beds or results may be among them."""
        if self.campaign is None:
            return
        self._fill_script_sources()
        self._fill_beds()
        self.results.reload()

    def _fill_script_sources(self) -> None:
        keep = self.script_source.currentData()
        self.script_source.blockSignals(True)
        self.script_source.clear()
        self.script_source.addItem(tr("Use a text asset as script\u2026"), "")
        if self.campaign is not None:
            for asset in sources.script_assets(self.app.workspace, self.campaign.id):
                self.script_source.addItem(sources.script_label(asset), asset.id)
        index = self.script_source.findData(keep) if keep else -1
        self.script_source.setCurrentIndex(index if index > 0 else
                                           (1 if self.script_source.count() > 1 else 0))
        self.script_source.blockSignals(False)
        self._update_actions()

    def _fill_beds(self) -> None:
        keep = self.bed.currentData()
        self.bed.blockSignals(True)
        self.bed.clear()
        self.bed.addItem(tr("No bed"), "")
        if self.campaign is not None:
            for asset in self.app.workspace.list_assets(self.campaign.id, kind="audio",
                                                        limit=200):
                self.bed.addItem(sources.bed_label(asset), asset.id)
        self.bed.setCurrentIndex(max(0, self.bed.findData(keep)) if keep else 0)
        self.bed.blockSignals(False)
        self._update_actions()

    def use_text_asset(self) -> None:
        """Put the chosen text asset's words in the script (undoable with Ctrl+Z)."""
        asset_id = self.script_source.currentData()
        if not asset_id:
            return
        from app.providers.audio.script import script_from_copy

        asset = self.app.workspace.get_asset(asset_id)
        cursor = self.script.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(script_from_copy(asset.text))
        self.script_asset = asset
        self.script_link.setText(tr("Linked to the text asset: {label}",
                                    label=sources.script_label(asset)))
        self.script_link.show()

    def use_script_asset(self, asset_id: str) -> None:
        """Make a voice-over of this text asset (the Text room's "use as radio script")."""
        self.set_mode("voice")
        self._fill_script_sources()
        index = self.script_source.findData(asset_id)
        if index < 0:  # not among the listed scripts (another channel): list it anyway
            asset = self.app.workspace.get_asset(asset_id)
            self.script_source.addItem(sources.script_label(asset), asset.id)
            index = self.script_source.count() - 1
        self.script_source.setCurrentIndex(index)
        self.use_text_asset()

    # --- voices and models, found off the GUI thread -------------------------------------------
    def refresh_voices(self) -> None:
        self.voice.clear()
        self.voice.addItem(tr("Looking for voices\u2026"), "")
        self.voice.setEnabled(False)
        self.background.run(lambda s=self.app.settings: sources.find_voices(s), self._voices_found)

    def _voices_found(self, voices, error) -> None:
        self.voices = voices or []
        self._fill_voices()

    def _fill_voices(self) -> None:
        if self.voices is None:
            return
        keep = self.voice.currentData()
        languages = self.campaign.brief.languages if self.campaign is not None else []
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItem(tr("Automatic: the campaign's language"), "")
        for voice in sources.order_voices(self.voices, languages):
            self.voice.addItem(sources.voice_label(voice), voice["id"])
        self.voice.setCurrentIndex(max(0, self.voice.findData(keep)) if keep else 0)
        self.voice.blockSignals(False)
        self.voice.setEnabled(True)

    def refresh_music_models(self) -> None:
        self.model.clear()
        self.model.addItem(tr("Looking for music models\u2026"), "")
        self.model.setEnabled(False)
        self.background.run(lambda s=self.app.settings: sources.find_music_models(s),
                            self._models_found)

    def _models_found(self, found, error) -> None:
        keep = self.model.currentData()
        self.music_models = found or []
        self.model.clear()
        for model in self.music_models:
            self.model.addItem(sources.model_label(model), model["path"])
        if not self.music_models:
            self.model.addItem(tr("No music model found"), "")
        self.model.setCurrentIndex(max(0, self.model.findData(keep)) if keep else 0)
        self.model.setEnabled(bool(self.music_models))
        self.model_hint.setText(tr("No music model was found on this computer. Add the folder "
                                   "that holds one (MusicGen, Stable Audio Open or AudioLDM 2)."))
        self.model_hint.setVisible(not self.music_models)

    def add_model_folder(self, folder: str) -> None:
        """Look for music models in `folder` too, from now on."""
        if folder and folder not in self.app.settings.model_folders:
            self.app.settings.model_folders.append(folder)
            self.app.save_settings()
        self.refresh_music_models()

    def _choose_model_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder of music models"))
        if folder:
            self.add_model_folder(folder)

    # --- the request and its job --------------------------------------------------------------
    def build_request(self):
        fmt = self.format.currentData()
        options = {"loudness": self.loudness.currentData()}
        if self.mode() == MUSIC:
            prompt = " ".join(self.prompt.toPlainText().split())
            if not prompt:
                self.show_error(tr("Describe the music first: the prompt is empty."))
                return None
            if not self.seed_lock.isChecked():
                self.seed.setValue(random.randrange(2**31))  # shown, so it can be locked
            return AudioRequest(campaign_id=self.campaign.id, music=prompt,
                                duration=self.duration.value(), seed=self.seed.value(),
                                model=self.model.currentData() or "", output_format=fmt,
                                options=options)
        if self.bed.currentData():
            options.update(bed=self.bed.currentData(), duck_db=self.ducking.value())
        parent = ""
        if self.script_asset is not None:
            parent = self.script_asset.id
            if self.script_asset.channel in sources.RADIO_CHANNELS:
                options["channel"] = self.script_asset.channel
        rate, pitch = round(self.rate.value(), 2), round(self.pitch.value(), 2)
        return AudioRequest(campaign_id=self.campaign.id, speech=self.script.toPlainText(),
                            voice=self.voice.currentData() or "",
                            rate=None if rate == 1.0 else rate,
                            pitch=None if pitch == 0.0 else pitch, output_format=fmt,
                            parent_id=parent, options=options)

    def on_started(self, job_id: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(tr("Waiting to start\u2026"))
        self._update_actions()

    def on_progress(self, event) -> None:
        progress = event.progress
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.step, progress.total))
        else:
            self.progress.setRange(0, 0)
        stage = {Stage.LOADING: tr("Loading the model\u2026"),
                 Stage.SAVING: tr("Mixing and saving\u2026")}.get(progress.stage,
                                                                  tr("Generating\u2026"))
        self.status.setText(progress.message or stage)

    def on_done(self, event) -> None:
        if not self.jobs:
            self.progress.hide()
        self._update_actions()
        if event.state == JobState.SUCCEEDED:
            self.status.setText(tr("Done: the result is selected on the right."))
            self._fill_beds()
            self.results.reload(select=event.asset_ids[0] if event.asset_ids else None)
        elif event.state == JobState.CANCELLED:
            self.status.setText(tr("Cancelled: nothing was kept."))
        else:
            self.status.setText(tr("Failed: see the message below."))
