"""Voice ids (`ENGINE:VOICE`) and which provider serves an audio request. Cheap: the registry
calls `route` in the GUI process before every audio job."""

from __future__ import annotations

import os
import re

from app.providers.audio.errors import UnknownVoiceError

ESPEAK, OPENAI, LOCAL_TTS, MUSIC = "espeak", "openai-tts", "tts-local", "music-local"
OPENAI_VOICES = ("alloy", "ash", "ballad", "cedar", "coral", "echo", "fable", "marin", "nova",
                 "onyx", "sage", "shimmer", "verse")
_ENGINE_PROVIDERS = {"espeak": ESPEAK, "espeak-ng": ESPEAK, "openai": OPENAI, "tts": LOCAL_TTS,
                     "local": LOCAL_TTS, "vits": LOCAL_TTS, "mms": LOCAL_TTS,
                     "openai-tts": OPENAI}


def split_voice(voice: str) -> tuple[str, str]:
    """("espeak", "fr") from "espeak:fr"; a path or a model id alone is a local model."""
    voice = (voice or "").strip()
    if not voice:
        return "", ""
    engine, sep, name = voice.partition(":")
    drive = len(engine) == 1 and os.name == "nt"  # C:\models\... on Windows
    if sep and not drive and re.fullmatch(r"[A-Za-z0-9][\w.\-]*", engine):
        return engine.lower(), name.strip()
    return "tts", voice


def route(request, settings) -> str:
    """The provider id for an audio request that names none (the registry's router)."""
    if request.music:
        return MUSIC
    engine, _ = split_voice(request.voice)
    if not engine:
        return settings.default_audio_provider or ESPEAK
    if any(p.id == engine and p.kind == "audio" for p in settings.providers):
        return engine  # a configured provider ("myserver:voice"), even one named "openai"
    if engine in _ENGINE_PROVIDERS:
        return _ENGINE_PROVIDERS[engine]
    raise UnknownVoiceError(voice=request.voice)


def voice_name(request, default: str = "") -> str:
    return split_voice(request.voice)[1] or default


def list_voices(settings) -> list[dict]:
    """The voices a picker can offer: espeak-ng's languages (when it is installed), the local
    VITS/MMS models in the model folders, and OpenAI's voices. Each: id, engine, label, where."""
    from pathlib import Path

    from app.core.paths import models_dir
    from app.providers.audio import models
    from app.providers.audio.errors import EspeakMissingError

    found: list[dict] = []
    try:
        from app.providers.audio.espeak import espeak_languages

        found += [{"id": f"espeak:{code}", "engine": "espeak", "label": code, "where": "local"}
                  for code in espeak_languages()]
    except EspeakMissingError:
        pass
    for root in [*models.model_folders(settings), str(models_dir())]:
        base = Path(root).expanduser()
        for folder in sorted(base.iterdir()) if base.is_dir() else ():
            if folder.is_dir() and models.family(folder) == "vits":
                found.append({"id": f"tts:{folder}", "engine": "tts", "label": folder.name,
                              "where": "local"})
    found += [{"id": f"openai:{name}", "engine": "openai", "label": name, "where": "cloud"}
              for name in OPENAI_VOICES]
    return found
