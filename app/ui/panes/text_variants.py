"""The variants of a text job: a list with every field's length against its limit, and the chosen
variant in detail: its words with the claims the fact sheet does not support highlighted (the
explanation on hover and beside), its fields against the channel's limits (over the limit in
red, never cut), edit (a new version), approve / reject and, for radio scripts, "use as radio
script".

Everything shown comes from escaped text: no markup from the model reaches a widget."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import VitrineError
from app.core.i18n import tr, tr_noop
from app.ui.widgets import EmptyState

RED = QColor("#B00020")
HIGHLIGHT = "#FFE08A"
RADIO_CHANNELS = ("radio-15", "radio-30")
SIDE_BY_SIDE_MIN_WIDTH = 560
KIND_NAMES = {"number": tr_noop("number"), "percentage": tr_noop("percentage"),
              "price": tr_noop("price"), "date": tr_noop("date"),
              "superlative": tr_noop("superlative"), "quotation": tr_noop("quotation"),
              "source": tr_noop("source")}
STATUS_NAMES = {"draft": tr_noop("Draft"), "approved": tr_noop("Approved"),
                "rejected": tr_noop("Rejected")}


class SafeBrowser(QTextBrowser):
    """A read-only rich text view that never fetches anything: links are not followed and every
    resource request (images, stylesheets) is refused and recorded, so a test can see none."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.requested: list[str] = []

    def loadResource(self, kind, url):
        self.requested.append(url.toString())
        return None


def safe_tip(text: str) -> str:
    """A tooltip for text that may come from a model: Qt guesses whether a tooltip is rich text,
    so it is made rich text on purpose, with the words escaped."""
    return "<p>" + html.escape(text) + "</p>"


def unit_name(unit: str) -> str:
    return tr("words") if unit == "words" else tr("characters")


def limit_text(field: dict) -> str:
    limit = field.get("limit")
    if limit is None:
        return tr("no limit")
    return f"{'' if field.get('strict', True) else '~'}{limit} {unit_name(field.get('unit', ''))}"


def flag_explanation(flag: dict) -> str:
    kind = tr(KIND_NAMES[flag["kind"]]) if flag.get("kind") in KIND_NAMES else flag.get("kind")
    return tr("\u201c{text}\u201d ({kind}) is not backed by the fact sheet: check it, or add "
              "the fact with its evidence to the brief.", text=flag.get("text", ""), kind=kind)


def located_flags(text: str, flags: list[dict]) -> list[tuple[int, int, int]]:
    """(start, end, index in flags) of each flag found in `text`, in order, without overlaps.
    A span that no longer matches the words (an older version) is looked up by its text."""
    spans = []
    for i, flag in enumerate(flags):
        start, end = flag.get("start"), flag.get("end")
        quoted = flag.get("text", "")
        if not (isinstance(start, int) and isinstance(end, int) and text[start:end] == quoted):
            start = text.find(quoted) if quoted else -1
            end = start + len(quoted)
        if start >= 0 and end > start:
            spans.append((start, end, i))
    spans.sort()
    kept, pos = [], 0
    for start, end, i in spans:
        if start >= pos:
            kept.append((start, end, i))
            pos = end
    return kept


def highlighted_html(text: str, flags: list[dict]) -> str:
    """The variant's words, escaped, with each flagged span marked and linked to its flag."""
    out, pos = [], 0
    for start, end, i in located_flags(text, flags):
        out.append(html.escape(text[pos:start]))
        out.append(f'<a href="flag:{i}" style="color:#000000; text-decoration:none;">'
                   f'<span style="background-color:{HIGHLIGHT};">'
                   f'{html.escape(text[start:end])}</span></a>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "<p>" + "".join(out).replace("\n", "<br>") + "</p>"


def lengths_summary(meta: dict) -> str:
    parts = []
    for f in meta.get("fields", []):
        limit = f.get("limit")
        parts.append(f"{f.get('label', f.get('id', ''))} {f.get('length', 0)}"
                     + (f"/{limit}" if limit is not None else ""))
    return " \u00b7 ".join(parts)


class VariantsView(QWidget):
    useAsScript = Signal(str)  # asset id of a radio script
    message = Signal(str)
    error = Signal(str)

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.assets: list = []
        self._build()
        self.show_assets([])

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Variants"))
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(150)
        self.list.currentRowChanged.connect(self._show_current)
        self.detail = self._build_detail()
        # side by side when there is room, the list above the detail when the window is narrow
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        # an explicit minimum: side by side must not widen the pane (and the window) beyond
        # what the stacked layout needs; below SIDE_BY_SIDE_MIN_WIDTH it stacks again
        split.setMinimumWidth(self.detail.minimumSizeHint().width())
        self.empty = EmptyState(tr("No copy yet"),
                                tr("Choose a channel, say what to write and press Generate "
                                   "(Ctrl+Enter). Each variant arrives here with its length "
                                   "against the channel's limit."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_detail(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.view = SafeBrowser()
        self.view.setAccessibleName(tr("Variant text, unsupported claims highlighted"))
        self.view.highlighted.connect(self._hover_flag)
        self.view.anchorClicked.connect(self._click_flag)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("Edit the variant"))
        self.text_stack = QStackedWidget()
        self.text_stack.addWidget(self.view)
        self.text_stack.addWidget(self.editor)
        self.text_stack.setMinimumHeight(90)
        self.fields = QTableWidget(0, 3)
        self.fields.setAccessibleName(tr("Lengths against the channel's limits"))
        self.fields.setHorizontalHeaderLabels([tr("Field"), tr("Length"), tr("Limit")])
        self.fields.verticalHeader().hide()
        self.fields.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fields.setMaximumHeight(110)
        self.flags_title = QLabel(tr("Not in the fact sheet:"))
        self.flags = QListWidget()
        self.flags.setAccessibleName(tr("Claims the fact sheet does not support"))
        self.flags.setWordWrap(True)
        self.flags.setMaximumHeight(120)
        layout = QVBoxLayout()
        for widget in (self.heading, self.note, self.text_stack, self.fields, self.flags_title,
                       self.flags):
            layout.addWidget(widget)
        layout.addLayout(self._build_buttons())
        box = QWidget()
        box.setLayout(layout)
        return box

    def _build_buttons(self) -> QVBoxLayout:
        def button(text, tip, slot):
            b = QPushButton(text)
            b.setAccessibleName(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        self.previous_button = button(tr("Previous"), tr("Previous variant (Alt+Left)"),
                                      self.previous)
        self.next_button = button(tr("Next"), tr("Next variant (Alt+Right)"), self.next)
        self.edit_button = button(tr("Edit"), tr("Edit the words; saving keeps the earlier "
                                                 "version"), self.toggle_edit)
        self.discard_button = button(tr("Discard changes"), tr("Leave the variant as it was"),
                                     self.discard_edit)
        self.approve_button = button(tr("Approve"), tr("Approve this variant (Ctrl+Shift+A)"),
                                     self.approve)
        self.reject_button = button(tr("Reject"), tr("Reject this variant"), self.reject)
        self.script_button = button(tr("Use as radio script"),
                                    tr("Open the Audio room with this script"), self.use_as_script)
        rows = QVBoxLayout()  # two short rows: the pane must fit beside the window's docks
        for group in ((self.previous_button, self.next_button, self.edit_button,
                       self.discard_button),
                      (self.approve_button, self.reject_button, self.script_button)):
            row = QHBoxLayout()
            for b in group:
                row.addWidget(b)
            row.addStretch(1)
            rows.addLayout(row)
        return rows

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            total = (event.size().width() if wide else event.size().height())
            self.split.setSizes([total // 4, total - total // 4])

    # --- showing ---------------------------------------------------------------------------
    def show_assets(self, assets: list) -> None:
        self.assets = sorted(assets, key=lambda a: int(a.meta.get("variant") or 1))
        self.list.blockSignals(True)
        self.list.clear()
        for asset in self.assets:
            self.list.addItem(self._item(asset))
        self.list.blockSignals(False)
        self.stack.setCurrentIndex(1 if self.assets else 0)
        if self.assets:
            self.list.setCurrentRow(0)
        self._show_current(self.list.currentRow())

    def _item(self, asset) -> QListWidgetItem:
        meta = asset.meta
        if meta.get("cancelled") or meta.get("partial"):
            head = tr("Cancelled draft")
        else:
            head = tr("Variant {index}", index=meta.get("variant", 1))
        head += " \u00b7 " + tr(STATUS_NAMES.get(asset.status.value, asset.status.value))
        lines = [head, lengths_summary(meta)]
        flags = meta.get("grounding", {}).get("flags", [])
        if meta.get("over_limit"):
            lines.append(tr("Over the limit"))
        if flags:
            lines.append(tr("{count} claim(s) to check", count=len(flags)))
        item = QListWidgetItem("\n".join(x for x in lines if x))
        item.setData(Qt.ItemDataRole.UserRole, asset.id)
        if meta.get("over_limit"):
            item.setForeground(RED)
        return item

    def current(self):
        row = self.list.currentRow()
        return self.assets[row] if 0 <= row < len(self.assets) else None

    def select(self, asset_id: str) -> None:
        for row, asset in enumerate(self.assets):
            if asset.id == asset_id:
                self.list.setCurrentRow(row)

    def _show_current(self, _row: int = -1) -> None:
        asset = self.current()
        self.text_stack.setCurrentWidget(self.view)
        self.edit_button.setText(tr("Edit"))
        self.discard_button.hide()
        for b in (self.previous_button, self.next_button, self.edit_button, self.approve_button,
                  self.reject_button):
            b.setEnabled(asset is not None)
        self.previous_button.setEnabled(self.list.currentRow() > 0)
        self.next_button.setEnabled(0 <= self.list.currentRow() < len(self.assets) - 1)
        status = asset.status.value if asset is not None else ""
        self.approve_button.setEnabled(asset is not None and status != "approved")
        self.reject_button.setEnabled(asset is not None and status != "rejected")
        self.script_button.setVisible(asset is not None and self._channel(asset)
                                      in RADIO_CHANNELS)
        if asset is None:
            self.heading.clear()
            self.note.clear()
            self.view.clear()
            self.fields.setRowCount(0)
            self.flags.clear()
            return
        self.heading.setText(f"{asset.title or tr('Text')} \u2014 "
                             f"{tr(STATUS_NAMES.get(asset.status.value, asset.status.value))}")
        self.note.setText(self._note(asset))
        self.note.setVisible(bool(self.note.text()))
        flags = asset.meta.get("grounding", {}).get("flags", [])
        self.view.setHtml(highlighted_html(asset.text, flags))
        self._fill_fields(asset.meta.get("fields", []))
        self._fill_flags(flags)

    @staticmethod
    def _channel(asset) -> str:
        return asset.meta.get("channel") or asset.channel or ""

    @staticmethod
    def _note(asset) -> str:
        notes = []
        if asset.meta.get("cancelled") or asset.meta.get("partial"):
            notes.append(tr("Cancelled while it was being written: the text so far is kept as "
                            "a draft."))
        if asset.meta.get("over_limit"):
            notes.append(tr("Over the channel's limit: shorten it before use (Vitrine never "
                            "cuts it)."))
        if asset.meta.get("draft_quality"):
            notes.append(tr("Written by the built-in model: draft quality."))
        if asset.version > 1:
            notes.append(tr("Edited (version {version}).", version=asset.version))
        return " ".join(notes)

    def _fill_fields(self, fields: list[dict]) -> None:
        self.fields.setRowCount(len(fields))
        for row, f in enumerate(fields):
            over = bool(f.get("over_limit"))
            cells = (f.get("label") or f.get("id", ""), str(f.get("length", 0)), limit_text(f))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if over:
                    item.setForeground(RED)
                    item.setToolTip(tr("Over the limit: {length} for {limit}",
                                       length=f.get("length", 0), limit=limit_text(f)))
                self.fields.setItem(row, col, item)
        self.fields.setVisible(bool(fields))

    def _fill_flags(self, flags: list[dict]) -> None:
        self.flags.clear()
        for flag in flags:
            item = QListWidgetItem(flag_explanation(flag))
            item.setToolTip(safe_tip(flag_explanation(flag)))
            self.flags.addItem(item)
        self.flags_title.setVisible(bool(flags))
        self.flags.setVisible(bool(flags))

    def _hover_flag(self, url: QUrl) -> None:
        flag = self._flag_of(url)
        if flag is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), safe_tip(flag_explanation(flag)), self.view)

    def _click_flag(self, url: QUrl) -> None:
        flag = self._flag_of(url)
        if flag is not None:
            index = self.current().meta["grounding"]["flags"].index(flag)
            self.flags.setCurrentRow(index)

    def _flag_of(self, url: QUrl) -> dict | None:
        asset = self.current()
        text = url.toString()
        if asset is None or not text.startswith("flag:"):
            return None
        flags = asset.meta.get("grounding", {}).get("flags", [])
        try:
            return flags[int(text[5:])]
        except (ValueError, IndexError):
            return None

    # --- acting ----------------------------------------------------------------------------
    def next(self) -> None:
        if self.list.currentRow() < len(self.assets) - 1:
            self.list.setCurrentRow(self.list.currentRow() + 1)

    def previous(self) -> None:
        if self.list.currentRow() > 0:
            self.list.setCurrentRow(self.list.currentRow() - 1)

    def approve(self) -> None:
        self._set_status("approved")

    def reject(self) -> None:
        self._set_status("rejected")

    def _set_status(self, status: str) -> None:
        asset = self.current()
        if asset is None:
            return
        try:
            updated = self.app.workspace.update_asset(asset.id, status=status)
        except VitrineError as exc:
            self.error.emit(str(exc))
            return
        self._replace(updated)
        self.message.emit(tr("Variant approved.") if status == "approved"
                          else tr("Variant rejected."))

    def toggle_edit(self) -> None:
        asset = self.current()
        if asset is None:
            return
        if self.text_stack.currentWidget() is self.editor:
            self.save_edit()
            return
        self.editor.setPlainText(asset.text)
        self.text_stack.setCurrentWidget(self.editor)
        self.edit_button.setText(tr("Save"))
        self.discard_button.show()
        self.editor.setFocus()

    def save_edit(self) -> None:
        asset = self.current()
        if asset is None:
            return
        from app.services.text_edit import edit_variant

        try:
            updated = edit_variant(self.app, asset.id, self.editor.toPlainText())
        except VitrineError as exc:
            self.error.emit(str(exc))
            return
        self._replace(updated)
        self.message.emit(tr("Saved as version {version}.", version=updated.version))

    def discard_edit(self) -> None:
        self._show_current()

    def use_as_script(self) -> None:
        asset = self.current()
        if asset is not None and self._channel(asset) in RADIO_CHANNELS:
            self.useAsScript.emit(asset.id)

    def _replace(self, asset) -> None:
        row = self.list.currentRow()
        self.assets[row] = asset
        item = self._item(asset)
        self.list.item(row).setText(item.text())
        self.list.item(row).setForeground(item.foreground())
        self._show_current()

    def refresh(self, asset_ids) -> None:
        """Reload the shown variants that changed elsewhere (the gallery, the review)."""
        ids = set(asset_ids)
        if any(a.id in ids for a in self.assets):
            current = self.current()
            self.show_assets([self.app.workspace.get_asset(a.id) for a in self.assets])
            if current is not None:
                self.select(current.id)
