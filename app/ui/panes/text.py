"""The Text pane: copy for one channel of the selected campaign.

On the left, what to ask for: the channel (the campaign's own channels first), the language, how
many variants, the model (the built-in draft model, models on disk, local servers found on their
usual ports, configured providers; a cloud provider is marked as such, and disabled with the
reason where the campaign or offline mode forbids it), and the prompt with the assistant's hints.
On the right, the answer: streamed as it is written (escaped plain text until it is complete,
then Markdown through the allow-list sanitizer), then its variants with their lengths, limits
and grounding flags. Ctrl+Enter generates, Esc cancels (the text so far stays as a cancelled
draft), Alt+Left/Right move between variants, Ctrl+Shift+A approves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import i18n
from app.core.i18n import tr
from app.core.jobs import JobEvent, JobState, Stage
from app.ui.background import Background
from app.ui.pane import PaneBase
from app.ui.panes.text_assistant import PromptAssistant
from app.ui.panes.text_variants import SafeBrowser, VariantsView
from app.ui.widgets import named, section_label

MAX_VARIANTS = 10
LANGUAGES = ("fr", "en")  # the languages the prompts are written for, after the campaign's own
NOTE_STYLE = "color: #6B6B6B;"
REFUSED_STYLE = "color: #B00020;"


class TextPane(PaneBase):
    kind = "text"
    useAsScript = Signal(str)  # a radio script's asset id: the window opens it in the Audio room

    def __init__(self, app, bridge, parent=None):
        super().__init__(app, bridge, parent)
        self.background = Background(self)
        self.choices: list = []
        self.models_ready = False
        self.current_job: str | None = None
        self.streamed = ""
        self._language_of = ""  # the campaign whose language the picker was set for
        self._build()
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.variants.next)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.variants.previous)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, activated=self.variants.approve)
        self.refresh_models()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._build_form())
        split.addWidget(self._build_results())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _build_form(self) -> QWidget:
        self.channel = named(QComboBox(), tr("Channel"), tooltip=False)
        self.channel.currentIndexChanged.connect(self._context_changed)
        self.language = named(QComboBox(), tr("Language of the copy"), tooltip=False)
        self.language.currentIndexChanged.connect(self._context_changed)
        self.variant_count = named(QSpinBox(), tr("Number of variants"), tooltip=False)
        self.variant_count.setRange(1, MAX_VARIANTS)
        self.variant_count.setValue(3)
        self.model_picker = named(QComboBox(), tr("Model"), tooltip=False)
        self.model_picker.setModel(QStandardItemModel(self.model_picker))
        self.model_picker.currentIndexChanged.connect(self._model_changed)
        self.refresh_button = named(QToolButton(), tr("Look for models again"), tooltip=False)
        self.refresh_button.setText("\u21bb")
        self.refresh_button.setToolTip(tr("Look for models again"))
        self.refresh_button.clicked.connect(self.refresh_models)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_picker, 1)
        model_row.addWidget(self.refresh_button)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setStyleSheet(NOTE_STYLE)
        self.refused = QLabel()
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet(REFUSED_STYLE)
        self.refused.hide()
        form = QFormLayout()
        form.addRow(tr("Channel"), self.channel)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Variants"), self.variant_count)
        form.addRow(tr("Model"), model_row)
        form.addRow(self.where)
        form.addRow(self.refused)
        self.assistant = PromptAssistant(self.app, self.bridge)
        self.generate_button = named(QPushButton(tr("Generate")), tr("Generate"), tooltip=False)
        self.generate_button.setToolTip(tr("Write the variants (Ctrl+Enter)"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = named(QPushButton(tr("Cancel")), tr("Cancel"), tooltip=False)
        self.cancel_button.setToolTip(tr("Stop writing; the text so far is kept as a draft "
                                         "(Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(section_label(tr("What to write")))
        layout.addWidget(self.assistant)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(max(300, box.minimumSizeHint().width()
                                   + scroll.verticalScrollBar().sizeHint().width() + 4))
        return scroll

    def _build_results(self) -> QWidget:
        self.status = QLabel(tr("Nothing written yet."))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(tr("Generation status"))
        self.status.setStyleSheet(NOTE_STYLE)
        self.output = SafeBrowser()
        self.output.setAccessibleName(tr("The model's answer, as it is written"))
        self.output.setMinimumHeight(80)
        self.output.setMaximumHeight(140)
        self.variants = VariantsView(self.app)
        self.variants.useAsScript.connect(self.useAsScript)
        self.variants.message.connect(self.message)
        self.variants.error.connect(self.show_error)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(section_label(tr("Answer")))
        layout.addWidget(self.status)
        layout.addWidget(self.output)
        layout.addWidget(section_label(tr("Variants")))
        layout.addWidget(self.variants, 1)
        return box

    # --- campaign, channel, language -------------------------------------------------------
    def campaign_changed(self) -> None:
        self._fill_channels()
        self._fill_languages()
        self._fill_models()
        self._context_changed()
        self._show_latest()

    def _fill_channels(self) -> None:
        from app.prompting.channels import all_channels

        keep = self.channel.currentData()
        ui = i18n.current_language()
        own = [c for c in (self.campaign.brief.channels if self.campaign else [])
               if c in all_channels()]
        self.channel.blockSignals(True)
        self.channel.clear()
        for cid in own:
            self.channel.addItem(all_channels()[cid].label(ui), cid)
        if own:
            self.channel.insertSeparator(self.channel.count())
        for cid, template in all_channels().items():
            if cid not in own:
                self.channel.addItem(template.label(ui), cid)
        index = self.channel.findData(keep) if keep else -1
        self.channel.setCurrentIndex(index if index >= 0 else 0)
        self.channel.blockSignals(False)

    def _fill_languages(self) -> None:
        from app.prompting.compose import language_name

        keep = self.language.currentData()
        ui = i18n.current_language()
        codes = list(dict.fromkeys([*(self.campaign.brief.languages if self.campaign else []),
                                    *LANGUAGES]))
        self.language.blockSignals(True)
        self.language.clear()
        for code in codes:
            name = language_name(code, ui)
            self.language.addItem(name[:1].upper() + name[1:], code)
        campaign_id = self.campaign.id if self.campaign else ""
        same = campaign_id == self._language_of
        self._language_of = campaign_id
        wanted = keep if same and keep in codes else (
            self.campaign.language if self.campaign else "en")
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        self.language.blockSignals(False)

    def _context_changed(self, *_args) -> None:
        choice = self.current_choice()
        local = choice.model if choice is not None and choice.in_process else ""
        self.assistant.set_context(self.campaign, self.channel.currentData() or "",
                                   self.language.currentData() or "", local)

    def _show_latest(self) -> None:
        """The variants of the campaign's latest text job, so the pane opens where it was."""
        if self.current_job is not None:
            return
        if self.campaign is None:
            self.variants.show_assets([])
            return
        recent = self.app.workspace.list_assets(self.campaign.id, kind="text", limit=40)
        job = recent[0].job_id if recent else None
        self.variants.show_assets([a for a in recent if job and a.job_id == job])

    def assets_ready(self, asset_ids) -> None:
        self.variants.refresh(asset_ids)

    # --- models: found off the GUI thread --------------------------------------------------
    def refresh_models(self) -> None:
        from app.services.text_models import find_model_choices

        self.refresh_button.setEnabled(False)
        if not self.choices:
            self.model_picker.clear()
            self.model_picker.addItem(tr("Looking for models\u2026"), "")
            self.model_picker.setEnabled(False)
        self.background.run(lambda: find_model_choices(self.app), self._models_found)

    def _models_found(self, choices, error) -> None:
        self.refresh_button.setEnabled(True)
        if error is not None:
            self.show_error(tr("Looking for models failed: {reason}", reason=str(error)))
        self.choices = list(choices or [])
        self.models_ready = True
        self._fill_models()

    def _fill_models(self) -> None:
        if not self.models_ready:
            return
        from app.services.text_models import refusal

        keep = self.model_picker.currentData()
        model: QStandardItemModel = self.model_picker.model()
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        reasons = []
        for choice in self.choices:
            self.model_picker.addItem(choice.label, choice.key)
            reason = refusal(choice, self.campaign, self.app.offline)
            item = model.item(self.model_picker.count() - 1)
            item.setToolTip(reason or self._where_text(choice))
            if reason:
                item.setEnabled(False)
                reasons.append(reason)
        if not self.choices:
            self.model_picker.addItem(tr("No text model found"), "")
        allowed = [i for i, c in enumerate(self.choices)
                   if not refusal(c, self.campaign, self.app.offline)]
        # the user's choice stays, even when refused now (the reason is shown and Generate
        # says it again): switching providers behind their back would be worse
        index = self.model_picker.findData(keep) if keep else -1
        if index < 0:
            index = allowed[0] if allowed else 0
        self.model_picker.setCurrentIndex(index)
        self.model_picker.setEnabled(bool(self.choices))
        self.model_picker.blockSignals(False)
        self.refused.setText(" ".join(dict.fromkeys(reasons)))
        self.refused.setVisible(bool(reasons))
        self._model_changed()

    def current_choice(self):
        key = self.model_picker.currentData()
        return next((c for c in self.choices if c.key == key), None)

    def select_model(self, key: str) -> None:
        """Select a model by its key (even one the policy refuses: the service will say why)."""
        index = self.model_picker.findData(key)
        if index >= 0:
            self.model_picker.setCurrentIndex(index)

    def _model_changed(self, *_args) -> None:
        choice = self.current_choice()
        self.where.setText(self._where_text(choice) if choice else "")
        self._context_changed()

    @staticmethod
    def _where_text(choice) -> str:
        if choice.is_cloud:
            text = tr("Cloud: the prompt and the brief are sent to this provider.")
        elif choice.where == "lan":
            text = tr("Runs on a computer of your network.")
        else:
            text = tr("Runs on this computer: nothing leaves it.")
        if choice.draft:
            text += " " + tr("Draft quality: good for trying ideas, weak for final copy.")
        return text

    # --- generating ------------------------------------------------------------------------
    def generate(self) -> bool:
        if self.current_job is not None:
            return False
        self._fill_models()  # offline mode or the campaign may have changed since
        return super().generate()

    def build_request(self):
        from app.core.requests import TextRequest

        if not self.models_ready:
            self.show_error(tr("Still looking for models: try again in a moment."))
            return None
        choice = self.current_choice()
        if choice is None:
            self.show_error(tr("No text model is available: install the built-in model, start "
                               "a local server or add a provider in the settings."))
            return None
        return TextRequest(campaign_id=self.campaign.id, channel=self.channel.currentData() or "",
                           prompt=self.assistant.text(), variants=self.variant_count.value(),
                           language=self.language.currentData() or "", **choice.request_fields())

    def on_started(self, job_id: str) -> None:
        self.current_job = job_id
        self.streamed = ""
        self.output.clear()
        self.status.setText(tr("Waiting for the model\u2026"))
        self.generate_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def on_progress(self, event: JobEvent) -> None:
        progress = event.progress
        if event.job_id != self.current_job or progress is None:
            return
        if progress.text:
            self.streamed = progress.text
            # escaped plain text while it streams: half-written Markdown is not rendered
            self.output.setHtml(_plain(progress.text))
            self.output.moveCursor(QTextCursor.MoveOperation.End)
            self.status.setText(tr("Writing\u2026 {count} characters",
                                   count=len(progress.text)))
        elif progress.stage == Stage.LOADING:
            self.status.setText(progress.message or tr("Loading the model\u2026"))

    def on_done(self, event: JobEvent) -> None:
        if event.job_id != self.current_job:
            return
        self.current_job = None
        self.generate_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        assets = [self.app.workspace.get_asset(i) for i in event.asset_ids]
        if event.state == JobState.SUCCEEDED:
            raw = assets[0].meta.get("output", self.streamed) if assets else self.streamed
            self.output.setHtml(_markdown(raw))
            self.status.setText(tr("{count} variant(s) written.", count=len(assets)))
        elif event.state == JobState.CANCELLED:
            self.status.setText(tr("Cancelled: the text so far is kept as a draft.") if assets
                                else tr("Cancelled before any text arrived."))
        else:
            self.status.setText(tr("The text could not be written."))
        if assets and self.campaign is not None and assets[0].campaign_id == self.campaign.id:
            self.variants.show_assets(assets)  # (the user may have moved to another campaign)

    def cancel(self) -> None:
        super().cancel()
        self.assistant.cancel()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fill_models()  # offline mode may have been switched from the menu


def _plain(text: str) -> str:
    from app.prompting.render import plain_to_html

    return plain_to_html(text)


def _markdown(text: str) -> str:
    from app.prompting.render import markdown_to_html

    return markdown_to_html(text)

