"""Typed, versioned settings, migrated forward on load and written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from app.core.i18n import tr_noop
from app.core.paths import config_dir

SETTINGS_VERSION = 1
# France's electricity production, direct emissions (gCO2eq/kWh), as RTE published it
DEFAULT_GRID_SOURCE = tr_noop("RTE, Bilan \u00e9lectrique 2024 (French production)")


@dataclass
class ProviderConfig:
    """A network provider the user configured (an OpenAI-compatible server, a cloud API)."""

    id: str
    kind: str = "text"  # text | image | audio
    type: str = "openai-compatible"  # openai | openai-compatible
    base_url: str = ""
    model: str = ""
    label: str = ""
    where: str = "auto"  # auto (from the address) | local | lan | cloud
    timeout_s: float = 60.0

    @classmethod
    def from_dict(cls, data: dict) -> ProviderConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    language: str = "system"  # system | en | fr
    theme: str = "system"  # system | light | dark
    offline: bool = False
    workspace: str = ""  # empty: the platform's data folder
    personal_data_action: str = "block"  # block | redact, for prompts bound for a cloud provider
    grid_intensity_g_per_kwh: float = 21.7
    grid_intensity_source: str = DEFAULT_GRID_SOURCE
    # auto | none | attention-slicing | vae-tiling | cpu-offload | sequential-offload
    memory_mode: str = "auto"
    device: str = "auto"  # auto | cuda | mps | cpu
    image_dtype: str = "auto"  # auto | float16 | bfloat16 | float32
    default_image_model: str = ""  # a model id or path; empty: the first model found
    model_folders: list[str] = field(default_factory=list)
    providers: list[ProviderConfig] = field(default_factory=list)
    default_text_provider: str = ""
    default_image_provider: str = ""
    default_audio_provider: str = ""
    disclosure_line: str = ""  # empty: the default, translated
    window: dict = field(default_factory=dict)  # geometry/state blobs, base64

    def provider(self, provider_id: str) -> ProviderConfig | None:
        return next((p for p in self.providers if p.id == provider_id), None)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        data = migrate(dict(data))
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["providers"] = [ProviderConfig.from_dict(p) for p in kwargs.get("providers", [])]
        kwargs["version"] = SETTINGS_VERSION
        return cls(**kwargs)


# version -> function taking the data of that version to the next one
MIGRATIONS: dict[int, callable] = {}


def migrate(data: dict) -> dict:
    version = int(data.get("version", 1))
    while version < SETTINGS_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["version"] = version
    return data


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when none are saved or the file cannot be read (it is then
    kept aside as settings.json.bad so nothing is lost)."""
    path = path or settings_path()
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return Settings.from_dict(data)
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, TypeError, KeyError):
        try:
            os.replace(path, path.with_suffix(".json.bad"))
        except OSError:
            pass
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(settings.to_dict(), fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
