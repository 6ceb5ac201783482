"""Footprint: energy and CO2e per asset and for the campaign, measured or estimated (labelled),
with the grid intensity and its source, and the money cloud calls cost where known. Information
only: it never blocks, and is never turned into a claim."""

from __future__ import annotations

from app.core.i18n import tr
from app.ethics.footprint import asset_footprint, totals
from app.ethics.model import Finding, Verdict

ID = "footprint"


def title() -> str:
    return tr("Footprint")


def summary(findings) -> str:
    items = [f.data["footprint"] for f in findings if "footprint" in f.data]
    total = next((f.data["totals"] for f in findings if "totals" in f.data), None)
    if not items or total is None:
        return tr("No asset to measure.")
    label = tr("measured") if total["measured"] else tr("partly estimated")
    text = tr("{wh} Wh, {co2} g CO2e ({label}; grid {grid} g/kWh, {source})",
              wh=f"{total['wh']:.3g}", co2=f"{total['co2e_g']:.3g}", label=label,
              grid=f"{total['grid_g_per_kwh']:g}", source=total["grid_source"])
    if not total["complete"]:
        text += " " + tr("(some assets have no energy record)")
    return text


def run(inp) -> list[Finding]:
    grid = float(inp.settings.grid_intensity_g_per_kwh)
    items = [asset_footprint(asset, grid) for asset in inp.assets]
    out = [Finding(ID, Verdict.PASS, "", item.asset_id, kind="asset",
                   data={"footprint": item.to_dict()}) for item in items]
    total = totals(items)
    total.update(grid_g_per_kwh=grid, grid_source=tr(inp.settings.grid_intensity_source))
    out.append(Finding(ID, Verdict.PASS, "", None, kind="campaign", data={"totals": total}))
    for f in out:
        f.reason = summary(out) if f.asset_id is None else _asset_reason(f.data["footprint"])
    return out


def _asset_reason(fp: dict) -> str:
    if fp["wh"] is None and fp["remote_wh"] is None:
        return tr("Energy unknown")
    wh = (fp["wh"] or 0.0) + (fp["remote_wh"] or 0.0)
    label = tr("estimated") if fp["estimate"] or fp["remote_wh"] else tr("measured")
    return tr("{wh} Wh, {co2} g CO2e ({label})", wh=f"{wh:.3g}",
              co2=f"{(fp['co2e_g'] or 0.0):.3g}", label=label)
