"""One review item in detail (its verdict, reason, the assets it concerns, who signed it off,
stale sign-offs marked), and the sign-off dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import tr, tr_noop

VERDICT_LABELS = {"pass": tr_noop("Passes"), "signoff": tr_noop("Needs sign-off"),
                  "block": tr_noop("Blocks"), "signed": tr_noop("Signed off")}
VERDICT_COLOURS = {"pass": "#2E7D5B", "signoff": "#E0A526", "block": "#C62828",
                   "signed": "#3A6EA5"}
LINK = QColor("#0B5CAD")


def state_of(item) -> str:
    """pass | signoff | block | signed: what the item asks of the user now."""
    verdict = item.verdict.value
    if verdict != "pass" and not item.open:
        return "signed"
    return verdict


def verdict_icon(state: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(VERDICT_COLOURS[state]))
    return QIcon(pixmap)


def short_time(iso: str) -> str:
    """2026-07-01T10:22:31.123+00:00 -> 2026-07-01 10:22."""
    return iso.replace("T", " ")[:16]


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class ItemDetails(QWidget):
    """The selected item: what is wrong, with which assets, and its sign-offs."""

    openAsset = Signal(str)
    signRequested = Signal(str)  # item id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.item = None
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.verdict = QLabel()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = _table([tr("Asset"), tr("What the check found"), tr("Signed off by")],
                               tr("Assets this item concerns"))
        self.findings.setToolTip(tr("Click an asset to open it in the gallery"))
        self.findings.itemClicked.connect(self._clicked)
        self.findings.itemActivated.connect(self._clicked)
        self.sign_button = QPushButton(tr("Sign off\u2026"))
        self.sign_button.setAccessibleName(tr("Sign this item off"))
        self.sign_button.clicked.connect(lambda: self.item and self.signRequested.emit(
            self.item.id))
        self.sign_hint = QLabel()
        self.sign_hint.setWordWrap(True)
        self.signoffs = _table([tr("Who"), tr("When"), tr("Asset"), tr("Note"), tr("State")],
                               tr("Sign-offs of this item"))
        self.signoffs_label = QLabel(tr("Sign-offs"))
        bold = QFont(self.signoffs_label.font())
        bold.setBold(True)
        self.signoffs_label.setFont(bold)
        self.assets_label = QLabel(tr("Assets concerned"))
        self.assets_label.setFont(bold)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.verdict)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_button)
        sign_row.addWidget(self.sign_hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.reason)
        layout.addWidget(self.assets_label)
        layout.addWidget(self.findings, 2)
        layout.addLayout(sign_row)
        layout.addWidget(self.signoffs_label)
        layout.addWidget(self.signoffs, 1)
        self.show_item(None, {})

    def show_item(self, item, names: dict) -> None:
        self.item = item
        if item is None:
            self.title.setText(tr("Choose an item of the checklist"))
            self.verdict.clear()
            self.reason.clear()
            for w in (self.findings, self.signoffs, self.sign_button, self.sign_hint,
                      self.signoffs_label, self.assets_label):
                w.hide()
            return
        state = state_of(item)
        self.title.setText(item.title)
        self.verdict.setText(tr(VERDICT_LABELS[state]))
        self.verdict.setStyleSheet(f"color: {VERDICT_COLOURS[state]}; font-weight: bold;")
        self.reason.setText(item.reason)
        self._fill_findings(item, names)
        self._fill_signoffs(item, names)
        signable = bool(item.signable_assets or item.needs_campaign_signoff)
        self.sign_button.setVisible(item.verdict.value != "pass")
        self.sign_button.setEnabled(signable)
        self.sign_hint.setVisible(item.verdict.value != "pass")
        self.sign_hint.setText(
            tr("A sign-off cannot clear this item: fix what it reports.") if not signable else
            tr("A named person takes responsibility for each asset this item concerns."))

    def _fill_findings(self, item, names: dict) -> None:
        shown = [f for f in item.findings if f.verdict.value != "pass" or
                 (f.asset_id and f.data.get("concerns"))]
        self.findings.setRowCount(len(shown))
        for row, f in enumerate(shown):
            name = names.get(f.asset_id, f.asset_id) if f.asset_id else tr("The campaign")
            asset = QTableWidgetItem(name)
            asset.setData(Qt.ItemDataRole.UserRole, f.asset_id)
            if f.asset_id:
                asset.setForeground(LINK)
                font = asset.font()
                font.setUnderline(True)
                asset.setFont(font)
                asset.setToolTip(tr("Open in the gallery"))
            state = "pass" if f.verdict.value == "pass" else ("signed" if not f.open else
                                                              f.verdict.value)
            asset.setIcon(verdict_icon(state))
            signed = ", ".join(dict.fromkeys(s.get("by_name", "") for s in f.signed_by))
            self.findings.setItem(row, 0, asset)
            self.findings.setItem(row, 1, QTableWidgetItem(_with_spans(f)))
            self.findings.setItem(row, 2, QTableWidgetItem(signed))
        self.findings.setVisible(bool(shown))
        self.assets_label.setVisible(bool(shown))
        self.findings.resizeRowsToContents()

    def _fill_signoffs(self, item, names: dict) -> None:
        rows = sorted(item.signoffs, key=lambda s: s.get("created_at", ""), reverse=True)
        self.signoffs.setRowCount(len(rows))
        for row, s in enumerate(rows):
            asset_id = s.get("asset_id") or None
            stale = bool(s.get("stale"))
            cells = [s.get("by_name", ""), short_time(s.get("created_at", "")),
                     names.get(asset_id, asset_id) if asset_id else tr("The campaign"),
                     s.get("note", ""),
                     tr("Stale: the asset changed since; sign again") if stale else tr("Valid")]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if stale:
                    cell.setForeground(QColor("#8A8A8A"))
                    font = cell.font()
                    font.setStrikeOut(col == 0)
                    cell.setFont(font)
                self.signoffs.setItem(row, col, cell)
        self.signoffs.setVisible(bool(rows))
        self.signoffs_label.setVisible(bool(rows))

    def _clicked(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 0:
            return
        asset_id = cell.data(Qt.ItemDataRole.UserRole)
        if asset_id:
            self.openAsset.emit(asset_id)


def _with_spans(finding) -> str:
    """The reason, with the words it is about quoted when the reason does not quote them."""
    quoted = [t for t in dict.fromkeys(s.text for s in finding.spans if s.text)
              if t not in finding.reason]
    if not quoted:
        return finding.reason
    return f"{finding.reason} \u2014 " + ", ".join(f"\u201c{t}\u201d" for t in quoted[:5])


class SignOffDialog(QDialog):
    """Who signs, why, and for which asset (or every asset the item concerns)."""

    def __init__(self, item, names: dict, signer: str = "", parent=None):
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(tr("Sign off \u201c{item}\u201d", item=item.title))
        self.setModal(True)
        self.reason = QLabel(item.reason)
        self.reason.setWordWrap(True)
        self.who = QLineEdit(signer)
        self.who.setPlaceholderText(tr("Your full name"))
        self.who.setAccessibleName(tr("Who signs"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Why it is fine: what you checked, with whom"))
        self.note.setAccessibleName(tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.scope = QComboBox()
        self.scope.setAccessibleName(tr("What the sign-off covers"))
        assets = item.signable_assets
        if len(assets) != 1 or item.needs_campaign_signoff:
            self.scope.addItem(tr("Everything this item concerns now ({n})",
                                  n=len(assets) + int(item.needs_campaign_signoff)), "")
        still_open = {f.asset_id for f in item.findings if f.open and f.asset_id}
        for asset_id in assets:
            name = names.get(asset_id, asset_id)
            if asset_id not in still_open:
                name += " " + tr("(signed off)")
            self.scope.addItem(name, asset_id)
        if len(still_open) == 1 and len(assets) > 1 and not item.needs_campaign_signoff:
            self.scope.setCurrentIndex(self.scope.findData(next(iter(still_open))))
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("Who signs"), self.who)
        form.addRow(tr("Note"), self.note)
        form.addRow(tr("Covers"), self.scope)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(tr("Sign off"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        cancel = self.buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(tr("Cancel"))
        self.ok.setAccessibleName(tr("Sign off"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> tuple[str, str, str | None]:
        """(who, note, asset id or None for everything the item concerns)."""
        return (self.who.text().strip(), self.note.toPlainText().strip(),
                self.scope.currentData() or None)

    def accept(self) -> None:
        who, note, _ = self.values()
        if not who:
            self._refuse(tr("Write the name of the person signing."), self.who)
            return
        if not note:
            self._refuse(tr("Write a note saying why it is fine."), self.note)
            return
        super().accept()

    def _refuse(self, text: str, widget: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()
