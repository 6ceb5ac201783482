"""The footprint and data-flow tabs of the review room: energy and CO2e per asset kind and per
provider (measured and estimated kept apart, labelled), the grid intensity with its source, each
asset's figures, and what went to which network provider."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import tr, tr_noop

KIND_LABELS = {"image": tr_noop("Images"), "text": tr_noop("Text"), "audio": tr_noop("Audio")}
MEASURED_COLOUR, ESTIMATED_COLOUR = QColor("#2E7D5B"), QColor("#E0A526")
SENT_LABELS = {"prompt": tr_noop("prompt"), "negative_prompt": tr_noop("negative prompt"),
               "system_prompt": tr_noop("system prompt"), "speech": tr_noop("script"),
               "music": tr_noop("music prompt"), "lyrics": tr_noop("lyrics"),
               "image": tr_noop("image")}


@dataclass
class Bar:
    """One bar of a chart: a category's figures, measured and estimated apart."""

    label: str
    measured_wh: float = 0.0
    estimated_wh: float = 0.0
    measured_g: float = 0.0
    estimated_g: float = 0.0
    unknown: int = 0  # assets of this category without any energy record

    def value(self, metric: str, part: str) -> float:
        return getattr(self, f"{part}_{metric}")


def split(fp: dict, grid_g_per_kwh: float) -> tuple[float, float, float, float]:
    """(measured Wh, estimated Wh, measured g, estimated g) of one asset's footprint: local
    energy is measured or estimated as the engine recorded it; the cloud's part is always an
    estimate."""
    local = fp.get("wh") or 0.0
    remote = fp.get("remote_wh") or 0.0
    local_g = local / 1000.0 * grid_g_per_kwh
    remote_g = max((fp.get("co2e_g") or 0.0) - local_g, 0.0) if fp.get("co2e_g") else 0.0
    if fp.get("estimate", True):
        return 0.0, local + remote, 0.0, local_g + remote_g
    return local, remote, local_g, remote_g


def bars(findings, assets: dict, by: str, grid_g_per_kwh: float) -> list[Bar]:
    """The footprint item's per-asset findings grouped by asset `kind` or `provider`."""
    groups: dict[str, Bar] = {}
    for f in findings:
        fp = f.data.get("footprint")
        if fp is None:
            continue
        if by == "kind":
            asset = assets.get(f.asset_id)
            kind = asset.kind.value if asset is not None else ""
            label = tr(KIND_LABELS[kind]) if kind in KIND_LABELS else tr("Other")
        else:
            label = fp.get("provider") or tr("unknown")
        bar = groups.setdefault(label, Bar(label))
        if fp.get("wh") is None and fp.get("remote_wh") is None:
            bar.unknown += 1
            continue
        mwh, ewh, mg, eg = split(fp, grid_g_per_kwh)
        bar.measured_wh += mwh
        bar.estimated_wh += ewh
        bar.measured_g += mg
        bar.estimated_g += eg
    return list(groups.values())


def _charts():
    """QtCharts (PySide6-Addons) when it imports; None otherwise (bars are painted then)."""
    try:
        from PySide6 import QtCharts
    except ImportError:
        return None
    return QtCharts


class BarChart(QWidget):
    """Horizontal stacked bars, measured then estimated, for one grouping."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.figure = "wh"
        self.setAccessibleName(title)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        charts = _charts()
        self.view = None
        if charts is not None:
            self._qc = charts
            self.chart = charts.QChart()
            self.chart.setTitle(title)
            self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            self.view = charts.QChartView(self.chart)
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.view.setAccessibleName(title)
            layout.addWidget(self.view)
        else:
            self.painted = _PaintedBars(title)
            layout.addWidget(self.painted)

    def set_bars(self, bars: list[Bar], metric: str) -> None:
        self.bars, self.figure = bars, metric
        if self.view is None:
            self.painted.set_bars(bars, metric)
            return
        qc, chart = self._qc, self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = qc.QHorizontalStackedBarSeries()
        for part, label, colour in (("measured", tr("measured"), MEASURED_COLOUR),
                                    ("estimated", tr("estimated"), ESTIMATED_COLOUR)):
            bar_set = qc.QBarSet(label)
            bar_set.setColor(colour)
            bar_set.append([b.value(metric, part) for b in bars])
            series.append(bar_set)
        chart.addSeries(series)
        categories = qc.QBarCategoryAxis()
        categories.append([b.label for b in bars])
        values = qc.QValueAxis()
        values.setTitleText(unit_label(metric))
        values.setLabelFormat("%.3g")
        top = max((b.value(metric, "measured") + b.value(metric, "estimated") for b in bars),
                  default=0.0)
        values.setRange(0.0, top * 1.05 if top > 0 else 1.0)
        values.applyNiceNumbers()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)


def unit_label(metric: str) -> str:
    return tr("Energy (Wh)") if metric == "wh" else tr("CO\u2082e (g)")


class _PaintedBars(QWidget):
    """The same chart painted by hand, where QtCharts is missing."""

    def __init__(self, title: str):
        super().__init__()
        self.title, self.bars, self.figure = title, [], "wh"

    def set_bars(self, bars: list[Bar], metric: str) -> None:
        self.bars, self.figure = bars, metric
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        line = metrics.height() + 8
        painter.drawText(0, line - 6, f"{self.title} \u2014 {unit_label(self.figure)}")
        top = max((b.value(self.figure, "measured") + b.value(self.figure, "estimated")
                   for b in self.bars), default=0.0) or 1.0
        label_w = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 12
        width = max(self.width() - label_w - 80, 10)
        for row, bar in enumerate(self.bars, 1):
            y = row * line + 4
            painter.drawText(0, y + metrics.ascent(), bar.label)
            x = label_w
            for part, colour in (("measured", MEASURED_COLOUR), ("estimated", ESTIMATED_COLOUR)):
                w = int(width * bar.value(self.figure, part) / top)
                painter.fillRect(x, y, w, metrics.height(), colour)
                x += w
            total = bar.value(self.figure, "measured") + bar.value(self.figure, "estimated")
            painter.drawText(x + 6, y + metrics.ascent(), f"{total:.3g}")
        y = (len(self.bars) + 1) * line + 8
        for part, label, colour in (("m", tr("measured"), MEASURED_COLOUR),
                                    ("e", tr("estimated"), ESTIMATED_COLOUR)):
            painter.fillRect(0 if part == "m" else 120, y, 12, 12, colour)
            painter.drawText((0 if part == "m" else 120) + 16, y + 11, label)
        painter.end()


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[str | None]) -> None:
    table.setRowCount(len(rows))
    for r, (row, asset_id) in enumerate(zip(rows, ids, strict=True)):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, asset_id)
            table.setItem(r, c, cell)


class FootprintTab(QWidget):
    """Charts by asset kind and by provider, the totals and the grid, each asset's figures."""

    openAsset = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.figure = QComboBox()
        self.figure.setAccessibleName(tr("Figure shown"))
        self.figure.addItem(tr("Energy (Wh)"), "wh")
        self.figure.addItem(tr("CO\u2082e (g)"), "g")
        self.figure.currentIndexChanged.connect(self._redraw)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid = QLabel()
        self.grid.setWordWrap(True)
        self.note = QLabel(tr("Measured figures come from the GPU's or CPU's energy counters; the "
                              "others are estimates. They describe how this campaign was made "
                              "and are not an environmental claim about any product."))
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.by_kind = BarChart(tr("By asset kind"))
        self.by_provider = BarChart(tr("By provider"))
        self.table = _table([tr("Asset"), tr("Provider"), tr("Energy (Wh)"), tr("CO\u2082e (g)"),
                             tr("Method")], tr("Footprint of each asset"))
        self.table.itemActivated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(self.figure)
        charts = QHBoxLayout()
        charts.addWidget(self.by_kind)
        charts.addWidget(self.by_provider)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        layout.addLayout(charts, 2)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._findings, self._assets, self._grid = [], {}, 0.0

    def show_item(self, item, assets: dict, names: dict) -> None:
        findings = item.findings if item is not None else []
        total = next((f.data["totals"] for f in findings if "totals" in f.data), None)
        self._findings, self._assets = findings, assets
        self._grid = float(total["grid_g_per_kwh"]) if total else 0.0
        if total is None:
            self.totals.setText(tr("No asset to measure."))
            self.grid.clear()
        else:
            label = tr("measured") if total["measured"] else tr("partly estimated")
            text = tr("Campaign: {wh} Wh, {co2} g CO\u2082e ({label}).", wh=f"{total['wh']:.3g}",
                      co2=f"{total['co2e_g']:.3g}", label=label)
            if not total["complete"]:
                text += " " + tr("(some assets have no energy record)")
            self.totals.setText(text)
            self.grid.setText(tr("Grid intensity: {grid} g CO\u2082e/kWh ({source}).",
                                 grid=f"{total['grid_g_per_kwh']:g}",
                                 source=total["grid_source"]))
        rows, ids = [], []
        for f in findings:
            fp = f.data.get("footprint")
            if fp is None:
                continue
            mwh, ewh, mg, eg = split(fp, self._grid)
            unknown = fp.get("wh") is None and fp.get("remote_wh") is None
            method = tr("unknown") if unknown else (tr("estimated") if ewh else tr("measured"))
            rows.append([names.get(f.asset_id, f.asset_id or ""), fp.get("provider") or "",
                         "" if unknown else f"{mwh + ewh:.3g}",
                         "" if unknown else f"{mg + eg:.3g}", method])
            ids.append(f.asset_id)
        _fill(self.table, rows, ids)
        self._redraw()

    def _redraw(self) -> None:
        metric = self.figure.currentData()
        self.by_kind.set_bars(bars(self._findings, self._assets, "kind", self._grid), metric)
        self.by_provider.set_bars(bars(self._findings, self._assets, "provider", self._grid),
                                  metric)

    def _activated(self, cell: QTableWidgetItem) -> None:
        asset_id = cell.data(Qt.ItemDataRole.UserRole)
        if asset_id:
            self.openAsset.emit(asset_id)


class FlowsTab(QWidget):
    """What went to which network provider (LAN or cloud), asset by asset."""

    openAsset = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _table([tr("Asset"), tr("Provider"), tr("Where"), tr("Endpoint"),
                             tr("What was sent")], tr("Data flows of each asset"))
        self.table.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_item(self, item, names: dict) -> None:
        findings = [f for f in (item.findings if item is not None else []) if f.data]
        self.summary.setText(item.reason if item is not None and item.findings else
                             tr("Nothing left this machine: every asset was made locally."))
        rows, ids = [], []
        for f in findings:
            d = f.data
            where = tr("cloud") if d.get("where") == "cloud" else tr("local network")
            sent = ", ".join(tr(SENT_LABELS[s]) if s in SENT_LABELS else s
                             for s in d.get("sent", []))
            rows.append([names.get(f.asset_id, f.asset_id or ""), d.get("provider", ""), where,
                         d.get("endpoint", ""), sent or tr("nothing but the request")])
            ids.append(f.asset_id)
        _fill(self.table, rows, ids)
        self.table.setVisible(bool(rows))

    def _activated(self, cell: QTableWidgetItem) -> None:
        asset_id = cell.data(Qt.ItemDataRole.UserRole)
        if asset_id:
            self.openAsset.emit(asset_id)
