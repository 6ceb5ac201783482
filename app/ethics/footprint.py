"""Energy, CO2e and money per asset and per campaign.

Energy is what the job engine recorded (measured by NVML or RAPL, or estimated), labelled as such.
For calls to a cloud model, the remote part is estimated with EcoLogits where it knows the model
(text models with a token count). CO2e of local work uses the grid intensity from the settings
(France by default, with its source). These figures describe how the campaign was made: they are
never turned into a claim about a product."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field

from app.core.assets import Asset, Where

log = logging.getLogger(__name__)
# Provider ids of ours -> EcoLogits provider names.
ECOLOGITS_PROVIDERS = {"openai": "openai", "openai-chat": "openai", "openai-text": "openai",
                       "mistral": "mistralai", "anthropic": "anthropic", "cohere": "cohere",
                       "google": "google_genai"}


@dataclass
class AssetFootprint:
    asset_id: str
    where: str = "local"
    provider: str = ""
    wh: float | None = None  # on this machine (or the LAN server)
    method: str = "unknown"
    estimate: bool = True
    remote_wh: float | None = None  # the cloud's part, estimated
    remote_method: str = ""
    co2e_g: float | None = None
    co2e_basis: str = ""
    cost: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def asset_footprint(asset: Asset, grid_g_per_kwh: float) -> AssetFootprint:
    record = asset.generation
    out = AssetFootprint(asset.id)
    if record is None:
        return out
    out.where, out.provider = record.where.value, record.provider
    out.wh, out.method = record.energy.wh, record.energy.method.value
    out.estimate = record.energy.method.is_estimate
    out.cost = dict(record.cost or {})
    co2 = None
    if out.wh is not None:
        co2 = out.wh / 1000.0 * grid_g_per_kwh
        out.co2e_basis = "grid"
    if record.where == Where.CLOUD:
        remote = _ecologits(record)
        if remote:
            out.remote_wh, remote_g = remote
            out.remote_method = "estimated-ecologits"
            co2 = (co2 or 0.0) + remote_g
            out.co2e_basis = "grid+ecologits" if out.wh is not None else "ecologits"
    out.co2e_g = co2
    return out


def _ecologits(record) -> tuple[float, float] | None:
    """(Wh, g CO2e) of a cloud text call as EcoLogits estimates it (midpoint of its range)."""
    provider = ECOLOGITS_PROVIDERS.get(record.provider.split(":")[0].lower())
    tokens = (record.tokens or {}).get("completion")
    if not provider or not record.model or not tokens:
        return None
    try:
        from ecologits.log import logger as ecologits_log
        from ecologits.tracers.utils import llm_impacts

        ecologits_log.setLevel(logging.ERROR)  # its precision warnings are in our label already

        impacts = llm_impacts(provider, record.model, int(tokens),
                              float(record.duration_s or 1.0))
    except Exception as exc:  # an estimate must never stop a review
        log.info("EcoLogits could not estimate %s: %s", record.model, exc)
        return None
    if impacts.energy is None or impacts.usage is None:
        return None
    return _mid(impacts.energy.value) * 1000.0, _mid(impacts.usage.gwp.value) * 1000.0


def _mid(value) -> float:
    if hasattr(value, "min") and hasattr(value, "max"):
        return (float(value.min) + float(value.max)) / 2.0
    return float(value)


def totals(items: list[AssetFootprint]) -> dict:
    """Campaign totals; `complete` is False when an asset's energy is unknown."""
    wh = sum((f.wh or 0.0) + (f.remote_wh or 0.0) for f in items)
    co2 = sum(f.co2e_g or 0.0 for f in items)
    costs: dict[str, float] = {}
    for f in items:
        if f.cost.get("amount") is not None:
            currency = f.cost.get("currency", "USD")
            costs[currency] = costs.get(currency, 0.0) + float(f.cost["amount"])
    return {"wh": wh, "co2e_g": co2, "cost": costs,
            "measured": all(not f.estimate for f in items if f.wh is not None) and
            not any(f.remote_wh for f in items),
            "complete": all(f.wh is not None or f.remote_wh is not None for f in items)}
