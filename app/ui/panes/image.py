"""The Images room: prompt and negative prompt (the brand kit's style words one click away),
model (with its licence), format or channel pack, count, seed, advanced settings, an init image
and a mask for image-to-image and inpainting; live previews while the worker generates; the
campaign's images as results to approve, reuse and describe.

Nothing slow runs on the GUI thread: the model library is scanned, thumbnails are made and files
are read in a thread pool; torch and diffusers live in the worker process only."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import tr
from app.core.jobs import JobState, Stage
from app.core.requests import ImageRequest
from app.ui.background import Background
from app.ui.pane import PaneBase
from app.ui.panes.image_inputs import ImageDrop, StyleChips
from app.ui.panes.image_models import ModelPicker
from app.ui.panes.image_options import AdvancedOptions, FormatPicker, SeedControl
from app.ui.panes.image_results import ImageResults, seed_of
from app.ui.widgets import section_label

PREVIEW = 320
MAX_COUNT = 16


def read_preview(path: str) -> QImage:
    """A finished image scaled for the preview area (runs in the pool)."""
    reader = QImageReader(path)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(QSize(PREVIEW, PREVIEW),
                                         Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class ImagePane(PaneBase):
    kind = "image"

    def __init__(self, app, bridge, parent=None):
        super().__init__(app, bridge, parent)
        self.background = Background(self)
        self.previews_seen = 0  # previews shown for the running job (tests and the status line)
        self.last_assets: list[str] = []
        self._progress_of: dict[str, tuple[int, int]] = {}
        controls = self._build_controls()
        self.results = ImageResults(app)
        self.results.message.connect(self._message)
        self.results.useAsInit.connect(self.use_as_init)
        self.results.useSeed.connect(lambda seed: self.seed.set_seed(seed))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._build_preview())
        right.addWidget(self.results)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(controls)
        left = QWidget()
        left.setMinimumWidth(400)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(self._build_buttons())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, activated=lambda: self.results.set_status(
            "approved"))
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, activated=lambda: self.results.set_status(
            "rejected"))
        QShortcut(QKeySequence("Alt+Right"), self, activated=lambda: self.results.step(1))
        QShortcut(QKeySequence("Alt+Left"), self, activated=lambda: self.results.step(-1))
        self.models.refresh()
        self._update_mode()

    # --- building -----------------------------------------------------------------------------
    def _build_controls(self) -> QWidget:
        self.prompt = QPlainTextEdit()
        self.prompt.setAccessibleName(tr("Prompt"))
        self.prompt.setPlaceholderText(tr("Describe the image: subject, setting, light, "
                                          "style\u2026"))
        self.prompt.setMaximumHeight(96)
        self.prompt.textChanged.connect(self._prompt_changed)
        self.chips = StyleChips()
        self.chips.chosen.connect(self.add_style_word)
        self.negative = QPlainTextEdit()
        self.negative.setAccessibleName(tr("Negative prompt"))
        self.negative.setPlaceholderText(tr("What the image must not show"))
        self.negative.setMaximumHeight(52)
        self.negative.textChanged.connect(self._negative_changed)
        self.negative_suggestion = QPushButton(tr("Use the brand's negative prompt"))
        self.negative_suggestion.setAccessibleName(tr("Use the brand's negative prompt"))
        self.negative_suggestion.clicked.connect(self.use_brand_negative)
        self.models = ModelPicker(self.app, self.background)
        self.models.failed.connect(self.show_error)
        self.models.manageRequested.connect(self.open_models)
        self.models.changed.connect(self._models_changed)
        self.formats = FormatPicker()
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setAccessibleName(tr("Number of images"))
        self.count.setMaximumWidth(90)
        self.seed = SeedControl()
        self.advanced = AdvancedOptions()
        self.advanced.changed.connect(
            lambda: self.formats.set_exact(self.advanced.exact.isChecked()))
        self.init_drop = ImageDrop(tr("Init image"), tr("Optional: start from an image "
                                                        "(image to image)."), self.background)
        self.mask_drop = ImageDrop(tr("Mask"), tr("Optional: white = repaint, black = keep "
                                                  "(inpainting)."), self.background)
        for drop in (self.init_drop, self.mask_drop):
            drop.changed.connect(self._update_mode)
            drop.failed.connect(self.show_error)
        self.strength = QDoubleSpinBox()
        self.strength.setRange(0.05, 1.0)
        self.strength.setSingleStep(0.05)
        self.strength.setValue(0.75)
        self.strength.setAccessibleName(tr("Strength"))
        self.strength.setToolTip(tr("How much to change the init image: low keeps it, 1 "
                                    "repaints everything"))
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.generate_button = QPushButton(tr("Generate"))
        self.generate_button.setAccessibleName(tr("Generate (Ctrl+Enter)"))
        self.generate_button.setToolTip(tr("Generate (Ctrl+Enter)"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel (Esc)"))
        self.cancel_button.setToolTip(tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(tr("Model"), self.models)
        form.addRow(tr("Format"), self.formats)
        form.addRow(tr("Images"), self.count)
        form.addRow(tr("Seed"), self.seed)
        sources = QFormLayout()
        sources.addRow(tr("Strength"), self.strength)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(section_label(tr("Prompt")))
        layout.addWidget(self.prompt)
        layout.addWidget(self.chips)
        layout.addWidget(section_label(tr("Negative prompt")))
        layout.addWidget(self.negative)
        layout.addWidget(self.negative_suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.advanced)
        layout.addWidget(section_label(tr("Start from an image")))
        layout.addWidget(self.init_drop)
        layout.addWidget(self.mask_drop)
        layout.addLayout(sources)
        layout.addStretch(1)
        return body

    def _build_buttons(self) -> QHBoxLayout:
        """Always in sight, below the scrolling settings."""
        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 4, 6, 4)
        buttons.addWidget(self.mode, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.generate_button)
        return buttons

    def _build_preview(self) -> QWidget:
        self.preview = QLabel(tr("Previews appear here while an image is made."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setMinimumSize(200, 200)
        self.preview.setAccessibleName(tr("Live preview"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Progress"))
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(tr("Ready."))
        self.status.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        return box

    # --- campaign and brand kit -------------------------------------------------------------
    def campaign_changed(self) -> None:
        campaign = self.campaign
        brand = campaign.brief.brand if campaign is not None else None
        self.chips.set_words(brand.style_words if brand else [])
        self.chips.update_for(self.prompt.toPlainText())
        self._negative_changed()
        self.models.set_campaign(campaign)
        self.formats.set_campaign(campaign)
        self.results.set_campaign(campaign)

    def add_style_word(self, word: str) -> None:
        """A chip was clicked: the word goes at the end of the prompt."""
        text = self.prompt.toPlainText().rstrip()
        if word.lower() in text.lower():
            return
        self.prompt.setPlainText(f"{text}, {word}" if text else word)
        self.prompt.moveCursor(QTextCursor.MoveOperation.End)

    def _brand_negative(self) -> str:
        if self.campaign is None:
            return ""
        return self.campaign.brief.brand.negative_prompt.strip()

    def use_brand_negative(self) -> None:
        suggestion = self._brand_negative()
        text = self.negative.toPlainText().strip()
        if suggestion and suggestion not in text:
            self.negative.setPlainText(f"{text}, {suggestion}" if text else suggestion)

    def _prompt_changed(self) -> None:
        self.chips.update_for(self.prompt.toPlainText())

    def _negative_changed(self) -> None:
        suggestion = self._brand_negative()
        self.negative_suggestion.setToolTip(suggestion)
        self.negative_suggestion.setVisible(bool(suggestion) and
                                            suggestion not in self.negative.toPlainText())

    def _models_changed(self) -> None:
        self.advanced.set_loras(self.models.loras)
        self.generate_button.setEnabled(self.models.current() is not None)

    def open_models(self):
        """The model library lives in the settings; rescan when they are saved."""
        window = self.window()
        if hasattr(window, "open_settings") and getattr(window, "app", None) is not None:
            dialog = window.open_settings(tab="models")
        else:
            from app.ui.settings_dialog import SettingsDialog

            dialog = SettingsDialog(self.app, self)
            dialog.show_tab("models")
            dialog.open()
            self._settings_dialog = dialog
        if dialog is not None:
            dialog.finished.connect(self._settings_closed)
        return dialog

    def _settings_closed(self, _result: int) -> None:
        self.models.refresh()

    # --- init image and mask ------------------------------------------------------------------
    def use_as_init(self, path: str) -> None:
        self.init_drop.set_path(path)

    def _update_mode(self, *_args) -> None:
        init, mask = self.init_drop.path, self.mask_drop.path
        if init and mask:
            text = tr("Inpainting: the white part of the mask is repainted.")
        elif init:
            text = tr("Image to image: the init image is reworked.")
        elif mask:
            text = tr("A mask needs an init image.")
        else:
            text = tr("Text to image.")
        self.mode.setText(text)
        self.strength.setEnabled(bool(init))

    # --- the request --------------------------------------------------------------------------
    def build_request(self):
        prompt = self.prompt.toPlainText().strip()
        init, mask = self.init_drop.path, self.mask_drop.path
        if not prompt and not init:
            self.show_error(tr("Write a prompt first: describe the image you want."))
            return None
        if mask and not init:
            self.show_error(tr("A mask needs an init image: add one, or clear the mask."))
            return None
        fields = self.models.request_fields()
        if fields is None:
            self.show_error(tr("Choose a model first. None was found on this computer: import "
                               "or download one in Models\u2026"))
            return None
        advanced = self.advanced.fields()
        pack = self.formats.pack_formats()
        fmt = "" if pack or advanced["width"] else (self.formats.format.currentData() or "")
        return ImageRequest(
            campaign_id=self.campaign.id, provider=fields["provider"], model=fields["model"],
            prompt=prompt, negative_prompt=self.negative.toPlainText().strip(),
            format=fmt, seed=self.seed.value(), count=self.count.value(),
            init_image=init, strength=round(self.strength.value(), 3) if init else None,
            mask_image=mask, **advanced)

    def submit_in_pool(self, request):
        """One format through the base class; a channel pack through the image service's
        channel_pack (one job on a local model, one per format on a cloud API)."""
        pack = self.formats.pack_formats()
        if not pack:
            return super().submit_in_pool(request)
        from app.services.image import channel_pack

        return list(channel_pack(self.app, request, pack))

    # --- following the job --------------------------------------------------------------------
    def on_submitting(self, request) -> None:
        self.last_assets = []
        self.progress.setRange(0, 0)
        self.status.setText(tr("Checking the request\u2026"))

    def on_refused(self, error) -> None:
        if not self.jobs:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.status.setText(tr("Not started: see the message above."))

    def on_started(self, job_id: str) -> None:
        if not self._progress_of:
            self.previews_seen = 0
        self._progress_of[job_id] = (0, 0)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the worker reports
        self.status.setText(tr("Waiting for the worker\u2026"))

    def on_progress(self, event) -> None:
        progress = event.progress
        if progress.stage == Stage.LOADING:
            self.progress.setRange(0, 0)
            self.status.setText(tr("Loading the model\u2026") + (
                f" {progress.message}" if progress.message else ""))
            return
        if progress.total:
            self._progress_of[event.job_id] = (progress.step, progress.total)
            done = sum(s for s, _ in self._progress_of.values())
            total = sum(t for _, t in self._progress_of.values())
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)
            self.status.setText(tr("Step {step} of {total}", step=done, total=total) + (
                f" \u00b7 {progress.message}" if progress.message else ""))
        if progress.preview:
            pixmap = QPixmap()
            if pixmap.loadFromData(progress.preview):
                self.previews_seen += 1
                self.preview.setPixmap(pixmap.scaled(
                    PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))

    def on_done(self, event) -> None:
        self._progress_of.pop(event.job_id, None)
        if not self.jobs:
            self.cancel_button.setEnabled(False)
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if event.state == JobState.SUCCEEDED else 0)
            self._progress_of.clear()
        if event.state == JobState.SUCCEEDED:
            self.last_assets += [a for a in event.asset_ids if a not in self.last_assets]
            self._show_results(self.last_assets)
        elif event.state == JobState.CANCELLED:
            self.status.setText(tr("Cancelled."))
            if event.asset_ids:
                self.results.refresh(event.asset_ids[0])
        elif event.state == JobState.FAILED:
            self.status.setText(tr("Failed: see the message above."))
        else:
            self.status.setText(tr("Interrupted: run it again from the queue."))

    def _show_results(self, asset_ids: list[str]) -> None:
        if not asset_ids:
            return
        self.results.refresh(asset_ids[0])
        asset = self.app.workspace.get_asset(asset_ids[0])
        seed = seed_of(asset)
        if seed is not None:
            self.seed.show_used(seed)
        self.status.setText(tr("{n} image(s) made \u00b7 seed {seed}", n=len(asset_ids),
                               seed=seed if seed is not None else "\u2014"))
        self.background.run(lambda p=asset.path: read_preview(p), self._final_preview)

    def _final_preview(self, image, error) -> None:
        if error is None and image is not None and not image.isNull():
            self.preview.setPixmap(QPixmap.fromImage(image))

    def assets_ready(self, asset_ids) -> None:
        """Images made elsewhere (the queue's retry, another window) join the results."""
        if self.campaign is not None and not set(asset_ids) & set(self.last_assets):
            self.results.refresh()

    def _message(self, text: str) -> None:
        self.message.emit(text)
