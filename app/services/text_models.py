"""Which text models a user can pick: the built-in SmolLM2 (draft quality), text models found in
the model folders, OpenAI-compatible servers running on this machine (Ollama, LM Studio,
llama.cpp server, vLLM) with their models, and the providers configured in the settings.

`find_model_choices` probes the network and the disk: call it off the GUI thread. Each choice
says where it runs, and `refusal` says why the policy would refuse it for a campaign (a cloud
provider on a confidential campaign, anything beyond loopback in offline mode), so a picker can
disable it with the reason before anything is sent."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.core.campaign import Campaign, Confidentiality
from app.core.i18n import tr
from app.core.requests import TextRequest

log = logging.getLogger(__name__)
MAX_SCANNED = 300  # entries looked at per model folder: a huge folder must not stall discovery


@dataclass(frozen=True)
class ModelChoice:
    key: str  # stable across refreshes: keeps the user's selection
    label: str
    provider: str  # registry id: transformers | openai-compatible | openai | a configured id
    model: str = ""
    base_url: str = ""
    where: str = "local"  # local | lan | cloud
    draft: bool = False  # the built-in model: fine for trying, weak for final copy
    source: str = ""  # builtin | folder | server | configured

    @property
    def is_cloud(self) -> bool:
        return self.where == "cloud"

    @property
    def is_network(self) -> bool:
        return self.where != "local"

    @property
    def in_process(self) -> bool:
        return self.provider == "transformers"

    def request_fields(self) -> dict:
        return {"provider": self.provider, "model": self.model, "base_url": self.base_url}


def builtin_choice() -> ModelChoice | None:
    from app.providers.text.models import BUILTIN_ID, builtin_model

    if builtin_model() is None:
        return None
    return ModelChoice("builtin", tr("SmolLM2 135M, built in (draft quality)"), "transformers",
                       BUILTIN_ID, draft=True, source="builtin")


def find_model_choices(app) -> list[ModelChoice]:
    """Every choice, in the order a picker shows them. Slow (network probes, disk scans)."""
    choices: list[ModelChoice] = []
    builtin = builtin_choice()
    if builtin is not None:
        choices.append(builtin)
    choices += folder_choices(app.settings)
    choices += server_choices()
    choices += configured_choices(app.settings)
    return choices


def folder_choices(settings) -> list[ModelChoice]:
    """Text generation models in the user's model folders (transformers folders, GGUF files)."""
    from app.core.paths import models_dir

    roots = [*(getattr(settings, "model_folders", None) or []), str(models_dir())]
    found: dict[str, ModelChoice] = {}
    for root in roots:
        for path in _candidates(Path(root).expanduser()):
            key = f"folder:{path}"
            if key not in found:
                found[key] = ModelChoice(key, tr("{name} (model on this computer)",
                                                 name=path.stem if path.is_file() else path.name),
                                         "transformers", str(path), source="folder")
    return list(found.values())


def _candidates(root: Path):
    try:
        entries = [root, *sorted(root.iterdir())[:MAX_SCANNED]] if root.is_dir() else []
    except OSError:
        return
    for entry in entries:
        gguf = entry.is_file() and entry.suffix.lower() == ".gguf"
        if gguf or (entry.is_dir() and _is_text_model(entry)):
            yield entry


def _is_text_model(folder: Path) -> bool:
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    architectures = config.get("architectures") if isinstance(config, dict) else None
    causal = any(str(a).endswith("ForCausalLM") for a in architectures or [])
    return causal and any(folder.glob("*.safetensors"))


def server_choices() -> list[ModelChoice]:
    """Local servers on their usual ports, one choice per model they list."""
    from app.providers.text import discovery

    choices = []
    for server in discovery.discover_local_servers(discovery.KNOWN_SERVERS):
        for model in server.models or [""]:
            label = (tr("{server}: {model} (local server)", server=server.label, model=model)
                     if model else tr("{server} (local server)", server=server.label))
            choices.append(ModelChoice(f"server:{server.base_url}:{model}", label,
                                       "openai-compatible", model, server.base_url,
                                       source="server"))
    return choices


def configured_choices(settings) -> list[ModelChoice]:
    """The text providers of the settings, and OpenAI when a key for it is set."""
    from app.providers import registry
    from app.providers.secrets import get_api_key

    ids = [p.id for p in settings.providers if p.kind == "text"]
    if "openai" not in ids:
        try:
            key, _source = get_api_key("openai")
        except Exception:  # no keyring at all: nothing configured
            key = ""
        if key:
            ids.append("openai")
    choices = []
    for pid in ids:
        try:
            _cls, info = registry.resolve(TextRequest(campaign_id="", provider=pid), settings)
        except Exception as exc:  # a half-configured provider: not offered, logged
            log.info("text provider %s is not usable: %s", pid, exc)
            continue
        where = "cloud" if info.is_cloud else info.where.value
        name = f"{info.label}: {info.model}" if info.model else info.label
        label = {"cloud": tr("{name} (cloud)", name=name),
                 "lan": tr("{name} (on your network)", name=name)}.get(where, name)
        choices.append(ModelChoice(f"configured:{pid}", label, pid, where=where,
                                   source="configured"))
    return choices


def refusal(choice: ModelChoice, campaign: Campaign | None, offline: bool) -> str:
    """Why the policy would refuse this choice (translated), or "" when it is allowed."""
    if offline and choice.is_network:
        return tr("Offline mode is on: this provider needs the network.")
    if (campaign is not None and choice.is_cloud
            and campaign.confidentiality == Confidentiality.CONFIDENTIAL):
        return tr("This campaign is confidential: it is never sent to a cloud provider.")
    return ""
