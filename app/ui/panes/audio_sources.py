"""What the audio pane's pickers offer: voices (`list_voices`), local music models, the campaign's
text assets usable as scripts and its audio assets usable as beds, with labels a user reads.
The two discoveries (`find_voices`, `find_music_models`) run in the thread pool: they start
espeak-ng and read model folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from app.core.channels import TEXT_CHANNELS
from app.core.i18n import tr, tr_noop

RADIO_CHANNELS = ("radio-30", "radio-15")
USE_LABELS = {"yes": tr_noop("commercial use allowed"),
              "restricted": tr_noop("commercial use under conditions"),
              "no": tr_noop("non-commercial use only"),
              "unknown": tr_noop("licence unknown")}
ENGINE_LABELS = {"espeak": "espeak-ng", "openai": "OpenAI", "tts": tr_noop("local model")}


# --- discovery (thread pool) ------------------------------------------------------------------
def find_voices(settings) -> list[dict]:
    from app.providers.audio.voices import list_voices

    return list_voices(settings)


def find_music_models(settings) -> list[dict]:
    from app.providers.audio import models

    found = []
    for folder in models.list_music_models(settings):
        family = models.family(folder)
        licence, commercial = models.licence_of(folder, family)
        found.append({"path": str(folder), "name": folder.name, "family": family,
                      "licence": licence, "commercial": commercial})
    return found


# --- ordering and labels (GUI thread, cheap) ---------------------------------------------------
def order_voices(voices: list[dict], languages: list[str]) -> list[dict]:
    """The campaign's languages first (espeak-ng), then local models, cloud voices, and the
    other espeak-ng languages."""
    wanted = [lang.lower() for lang in languages]

    def rank(voice: dict) -> tuple:
        code = voice["id"].partition(":")[2].lower()
        if voice["engine"] == "espeak":
            base = code.split("-")[0]
            if base in wanted:
                return (0, wanted.index(base), code != base, code)
            return (3, 0, False, code)
        return (1 if voice["engine"] == "tts" else 2, 0, False, voice["label"].lower())

    return sorted(voices, key=rank)


def language_name(code: str) -> str:
    """"français (Belgique)" for fr-be, in the language itself; the code when Qt does not know
    it."""
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C or not locale.nativeLanguageName():
        return code
    name = locale.nativeLanguageName()
    if "-" in code and locale.nativeTerritoryName():
        name += f" ({locale.nativeTerritoryName()})"
    return name


def voice_label(voice: dict) -> str:
    engine = voice["engine"]
    if engine == "espeak":
        code = voice["id"].partition(":")[2]
        name = f"{language_name(code)} [{code}]"
    else:
        name = voice["label"]
    where = tr("in the cloud") if voice.get("where") == "cloud" else tr("on this computer")
    return tr("{voice} \u2014 {engine}, {where}", voice=name,
              engine=tr(ENGINE_LABELS.get(engine, engine)), where=where)


def model_label(model: dict) -> str:
    return tr("{model} \u2014 {licence}, {use}", model=model["name"], licence=model["licence"],
              use=tr(USE_LABELS.get(model["commercial"], USE_LABELS["unknown"])))


def script_assets(workspace, campaign_id: str) -> list:
    """The campaign's text assets, radio scripts first (30 s, then 15 s), newest first."""
    texts = workspace.list_assets(campaign_id, kind="text", limit=300)

    def rank(asset) -> int:
        return RADIO_CHANNELS.index(asset.channel) if asset.channel in RADIO_CHANNELS else 2

    return sorted(texts, key=rank)  # stable: newest first within each group


def script_label(asset) -> str:
    channel = tr(TEXT_CHANNELS[asset.channel]) if asset.channel in TEXT_CHANNELS else \
        (asset.channel or tr("Text"))
    words = " ".join((asset.text or asset.title or "").split())
    words = words if len(words) <= 60 else words[:59].rstrip() + "\u2026"
    return f"{channel} \u2014 {words}"


def bed_label(asset) -> str:
    title = asset.title or Path(asset.path).name
    return tr("{title} ({seconds} s)", title=title, seconds=f"{asset.duration_s or 0:.1f}")
