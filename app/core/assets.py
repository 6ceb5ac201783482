"""Assets and the record of how each one was made."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field, fields


class AssetKind(enum.StrEnum):
    IMAGE = "image"
    TEXT = "text"
    AUDIO = "audio"


class AssetStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    REJECTED = "rejected"


class Where(enum.StrEnum):
    """Where a job ran: on this machine, on the local network, or in the cloud."""

    LOCAL = "local"
    LAN = "lan"
    CLOUD = "cloud"


class EnergyMethod(enum.StrEnum):
    MEASURED_NVML = "measured-nvml"
    MEASURED_RAPL = "measured-rapl"
    ESTIMATED_CODECARBON = "estimated-codecarbon"
    ESTIMATED_CPU_TIME = "estimated-cpu-time"
    ESTIMATED_ECOLOGITS = "estimated-ecologits"
    UNKNOWN = "unknown"

    @property
    def is_estimate(self) -> bool:
        return not self.value.startswith("measured")


@dataclass
class Energy:
    wh: float | None = None
    method: EnergyMethod = EnergyMethod.UNKNOWN
    device: str = ""  # what was metered: "cpu", "cuda:0 NVIDIA H200", ...

    def to_dict(self) -> dict:
        return {"wh": self.wh, "method": self.method.value, "device": self.device,
                "estimate": self.method.is_estimate}

    @classmethod
    def from_dict(cls, data: dict | None) -> Energy:
        data = data or {}
        try:
            method = EnergyMethod(data.get("method", "unknown"))
        except ValueError:
            method = EnergyMethod.UNKNOWN
        return cls(wh=data.get("wh"), method=method, device=data.get("device", ""))


@dataclass
class GenerationRecord:
    provider: str
    model: str = ""
    model_revision: str = ""
    licence: str = "unknown"
    commercial_use: str = "unknown"  # "yes" | "no" | "restricted" | "unknown"
    where: Where = Where.LOCAL
    endpoint: str = ""  # host of a network provider, never a key
    prompt: str = ""
    negative_prompt: str = ""
    system_prompt: str = ""
    parameters: dict = field(default_factory=dict)
    seed: int | None = None
    started_at: str = ""
    finished_at: str = ""
    duration_s: float | None = None
    energy: Energy = field(default_factory=Energy)
    tokens: dict = field(default_factory=dict)  # {"prompt": n, "completion": n}
    cost: dict = field(default_factory=dict)  # {"amount": x, "currency": "USD"} when known
    device: str = ""
    app_version: str = ""
    job_id: str = ""

    def to_dict(self) -> dict:
        data = asdict(self)
        data["where"] = self.where.value
        data["energy"] = self.energy.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict | None) -> GenerationRecord | None:
        if not data:
            return None
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["where"] = Where(kwargs.get("where", "local"))
        kwargs["energy"] = Energy.from_dict(kwargs.get("energy"))
        kwargs.setdefault("provider", "")
        return cls(**kwargs)


@dataclass
class Asset:
    id: str
    campaign_id: str
    kind: AssetKind
    sha256: str
    ext: str  # "png", "md", "wav"...
    mime: str = ""
    channel: str = ""  # text channel or image format id
    title: str = ""
    alt_text: str = ""
    transcript: str = ""
    text: str = ""  # the copy itself for text assets
    status: AssetStatus = AssetStatus.DRAFT
    parent_id: str | None = None
    version: int = 1
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    sample_rate: int | None = None
    size_bytes: int = 0
    meta: dict = field(default_factory=dict)  # flags, limits, channel pack ids...
    generation: GenerationRecord | None = None
    job_id: str = ""
    created_at: str = ""
    updated_at: str = ""
    trashed_at: str | None = None
    path: str = ""  # absolute path of its file in the workspace (filled by the store)

    def to_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["kind"] = self.kind.value
        data["status"] = self.status.value
        data["generation"] = self.generation.to_dict() if self.generation else None
        data["campaign"] = self.campaign_id
        data["model"] = self.generation.model if self.generation else ""
        data["seed"] = self.generation.seed if self.generation else None
        return data


@dataclass
class GeneratedOutput:
    """One file a provider produced, before it is stored in the workspace."""

    kind: AssetKind
    data: bytes
    ext: str
    mime: str = ""
    record: GenerationRecord | None = None
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    sample_rate: int | None = None
    text: str = ""
    title: str = ""
    alt_text: str = ""
    transcript: str = ""
    channel: str = ""
    meta: dict = field(default_factory=dict)
    partial: bool = False  # a cancelled stream's text, kept as a cancelled draft
