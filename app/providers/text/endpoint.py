"""Which server a chat request goes to: its address, model, key and where it runs.

A request names a provider id: "openai" (the OpenAI cloud), "openai-compatible" (any server by
base URL: Ollama, LM Studio, llama.cpp server, vLLM), or the id of a provider the user configured
in the settings. Where the call runs follows the address (loopback = local, private = LAN, else
cloud) unless the provider is configured as cloud: it then stays cloud even on loopback."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.assets import Where
from app.core.errors import UsageError
from app.core.i18n import tr
from app.core.net import classify_url, host_of
from app.core.settings import ProviderConfig, Settings

OPENAI_URL = "https://api.openai.com/v1"
OPENAI_DEFAULT_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class Endpoint:
    provider_id: str
    type: str  # openai | openai-compatible
    base_url: str
    model: str
    where: Where
    configured_as_cloud: bool
    timeout: float
    label: str

    @property
    def host(self) -> str:
        return host_of(self.base_url)

    @property
    def needs_network(self) -> bool:
        """Beyond loopback, or bound by cloud rules."""
        return self.where != Where.LOCAL or self.configured_as_cloud


def as_settings(value) -> Settings:
    """The settings from a Settings object or its plain-dict copy (a job's ctx.settings)."""
    if isinstance(value, Settings):
        return value
    if isinstance(value, dict) and value:
        try:
            return Settings.from_dict(value)
        except (TypeError, ValueError, KeyError):
            return Settings()
    return Settings()


def resolve_endpoint(request, settings) -> Endpoint:
    settings = as_settings(settings)
    pid = request.provider or "openai-compatible"
    config: ProviderConfig | None = settings.provider(pid)
    kind = config.type if config else ("openai" if pid == "openai" else "openai-compatible")
    base_url = (request.base_url or (config.base_url if config else "")
                or (OPENAI_URL if kind == "openai" else "")).rstrip("/")
    if not base_url:
        raise UsageError(what=tr("{provider} needs a server address: give --base-url, or set "
                                 "the provider's address in the settings", provider=pid))
    model = request.model or (config.model if config else "") or (
        OPENAI_DEFAULT_MODEL if kind == "openai" else "")
    declared = (config.where if config else "auto") or "auto"
    as_cloud = kind == "openai" or declared == "cloud"
    if as_cloud:
        where = Where.CLOUD
    elif declared in ("local", "lan"):
        # a user may call a LAN server "local" but never an internet address
        found = classify_url(base_url)
        where = found if found == Where.CLOUD else Where(declared)
    else:
        where = classify_url(base_url)
    timeout = float(request.options.get("timeout") or (config.timeout_s if config else 0)
                    or 60.0)
    label = (config.label if config and config.label else
             "OpenAI" if kind == "openai" else host_of(base_url) or pid)
    return Endpoint(pid, kind, base_url, model, where, as_cloud, timeout, label)
