"""Which provider class serves a request. Classes are named as "module:Class" strings and imported
on first use, so that listing or describing providers stays cheap."""

from __future__ import annotations

import importlib
from functools import cache

from app.core.errors import UsageError
from app.core.i18n import tr
from app.core.settings import Settings
from app.providers.base import ProviderInfo

# provider id -> "module:Class". Configured providers (Settings.providers) map through their type.
BUILTIN: dict[str, str] = {}

# the provider used when a request names none, per kind
DEFAULTS: dict[str, str] = {}

# ProviderConfig.type -> provider id whose class serves it
CONFIG_TYPES: dict[str, str] = {}

# `--base-url` without `--provider`: the OpenAI-compatible provider of that kind
BASE_URL_DEFAULTS: dict[str, str] = {}

# kind -> "module:function(request, settings) -> provider id": picks a provider from the request
# itself (an audio voice "espeak:fr" or "openai:alloy", a music prompt) when it names none
ROUTERS: dict[str, str] = {}


def register(provider_id: str, target: str, *, default_for: str | None = None,
             config_type: str | None = None, base_url_for: str | None = None) -> None:
    """`config_type` is a ProviderConfig.type ("openai"), or "KIND:TYPE" when the same type of
    configured provider is served by a different class per kind ("audio:openai")."""
    BUILTIN[provider_id] = target
    if default_for:
        DEFAULTS.setdefault(default_for, provider_id)
    if config_type:
        CONFIG_TYPES.setdefault(config_type, provider_id)
    if base_url_for:
        BASE_URL_DEFAULTS.setdefault(base_url_for, provider_id)


@cache
def load_class(target: str):
    module_name, _, class_name = target.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def register_router(kind: str, target: str) -> None:
    ROUTERS[kind] = target


def provider_id_for(request, settings: Settings) -> str:
    """The provider id a request will use: its own, the settings' default, or the built-in."""
    if request.provider:
        return request.provider
    if request.kind in ROUTERS and not request.base_url:
        routed = load_class(ROUTERS[request.kind])(request, settings)
        if routed:
            return routed
    if request.base_url and request.kind in BASE_URL_DEFAULTS:
        return BASE_URL_DEFAULTS[request.kind]
    configured = getattr(settings, f"default_{request.kind}_provider", "")
    if configured:
        return configured
    if request.kind in DEFAULTS:
        return DEFAULTS[request.kind]
    raise UsageError(what=tr("no provider is available for {kind}", kind=request.kind))


def provider_class(provider_id: str, settings: Settings):
    if provider_id in BUILTIN:
        return load_class(BUILTIN[provider_id])
    config = settings.provider(provider_id)
    if config is not None:
        for key in (f"{config.kind}:{config.type}", config.type):
            if key in CONFIG_TYPES:
                return load_class(BUILTIN[CONFIG_TYPES[key]])
    known = ", ".join(sorted({*BUILTIN, *(p.id for p in settings.providers)}))
    raise UsageError(what=tr("unknown provider \u201c{provider}\u201d (known: {known})",
                             provider=provider_id, known=known))


def resolve(request, settings: Settings) -> tuple[type, ProviderInfo]:
    """The class and the description of the provider that will serve a request."""
    provider_id = provider_id_for(request, settings)
    if request.provider != provider_id:
        request = request.replace(provider=provider_id)
    cls = provider_class(provider_id, settings)
    return cls, cls.describe(request, settings)


def _register_builtins() -> None:
    """Each capability registers its providers here (kept in one place on purpose)."""
    # text: the in-process model is the default (nothing leaves the machine unless asked)
    register("transformers", "app.providers.text.local_model:TransformersTextProvider",
             default_for="text")
    register("openai-compatible", "app.providers.text.openai_chat:OpenAIChatProvider",
             config_type="text:openai-compatible", base_url_for="text")
    register("openai", "app.providers.text.openai_chat:OpenAIChatProvider",
             config_type="text:openai")
    # audio: voice-overs (espeak-ng, local VITS/MMS, OpenAI TTS) and music (MusicGen, Stable
    # Audio, AudioLDM 2); the router reads the voice id (ENGINE:VOICE) or the music prompt
    register("espeak", "app.providers.audio.espeak:EspeakProvider", default_for="audio")
    register("tts-local", "app.providers.audio.neural_tts:LocalTtsProvider")
    register("openai-tts", "app.providers.audio.openai_tts:OpenAITtsProvider",
             config_type="audio:openai", base_url_for="audio")
    register("openai-tts", "app.providers.audio.openai_tts:OpenAITtsProvider",
             config_type="audio:openai-compatible")
    register("music-local", "app.providers.audio.music:LocalMusicProvider")
    register_router("audio", "app.providers.audio.voices:route")
    # images: local diffusers pipelines (worker) and the OpenAI Images API or any compatible
    # images endpoint by base URL (pool)
    register("diffusers", "app.providers.image.local:LocalDiffusersProvider", default_for="image")
    register("openai-images", "app.providers.image.cloud:OpenAIImagesProvider",
             config_type="image:openai", base_url_for="image")
    register("openai-images", "app.providers.image.cloud:OpenAIImagesProvider",
             config_type="image:openai-compatible")


_register_builtins()
