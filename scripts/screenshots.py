"""README screenshots of every room, taken from the real studio under a virtual screen:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py [--lang en]

It makes a demo campaign the way a user would — copy from the built-in SmolLM2 model, a
voice-over with espeak-ng, an image pack with a tiny random-weight diffusion model (so the
images are noise: no real model weights ship with the repository) — then saves one PNG per room
in docs/screenshots/."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def wait(qapp, predicate, timeout_s=600):
    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("gave up waiting")
        qapp.processEvents()
        time.sleep(0.01)


def settle(qapp, seconds=0.6):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="vitrine-shots-"))
    os.environ.update({"VITRINE_CONFIG_DIR": str(home / "config"),
                       "VITRINE_DATA_DIR": str(home / "data"), "VITRINE_LANG": args.lang})
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from app.core.settings import Settings, save_settings
    from scripts.tiny_models import ensure

    models = home / "models"
    models.mkdir()
    (models / "sd-tiny").symlink_to(ensure("sd-tiny"), target_is_directory=True)
    save_settings(Settings(language=args.lang, model_folders=[str(models)]))
    qapp = QApplication([])
    from app.ui.studio import Studio, parse

    studio = Studio(qapp, parse(["--workspace", str(home / "ws")]))
    studio.start()
    wait(qapp, lambda: studio.window.ready)
    w = studio.window
    w.resize(1500, 920)
    ws = studio.app.workspace
    campaign = ws.create_campaign("Été 2027", {
        "product": "Crème solaire minérale SPF 50", "audience": "Familles, 30-45 ans",
        "objective": "Lancer la gamme été", "tone": "chaleureux, précis",
        "key_messages": ["Protection très haute", "Filtres minéraux"],
        "languages": ["fr"], "channels": ["google-ads", "radio-30", "iab-300x250", "iab-728x90"],
        "facts": [{"claim": "SPF 50", "evidence": "Test ISO 24444, 2026"},
                  {"claim": "Filtres minéraux", "evidence": "Fiche technique"}],
        "brand": {"palette": ["#0B3D91", "#F2B705"], "style_words": ["lumière dorée"],
                  "negative_prompt": "texte, filigrane"}})
    w.sidebar.refresh()
    w.sidebar.select(campaign.id)
    settle(qapp)
    shots = []

    def shoot(name):
        settle(qapp)
        path = out / f"{name}-{args.lang}.png"
        w.grab().save(str(path))
        shots.append(path)

    w.tabs.setCurrentIndex(0)
    shoot("brief")

    text = w.pane("text")
    wait(qapp, lambda: text.models_ready)
    text.channel.setCurrentIndex(text.channel.findData("google-ads"))
    text.assistant.prompt.setPlainText("Trois annonces Google pour le lancement de la crème "
                                       "solaire, pour les familles, ton chaleureux")
    text.variant_count.setValue(3)
    text.generate()
    wait(qapp, lambda: not text.submitting and text.current_job is None, 900)
    shoot("text")

    audio = w.pane("audio")
    audio.script.setPlainText("Cet été, protégez toute la famille. Crème solaire minérale, "
                              "SPF 50. En pharmacie.")
    wait(qapp, lambda: audio.voice.findData("espeak:fr") >= 0)
    audio.voice.setCurrentIndex(audio.voice.findData("espeak:fr"))
    audio.generate()
    wait(qapp, lambda: not audio.submitting and not audio.jobs)
    shoot("audio")

    image = w.pane("image")
    wait(qapp, lambda: not image.models.scanning)
    combo = image.models.combo
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemText(i).startswith("sd-tiny")))
    image.advanced.steps.setValue(4)
    image.prompt.setPlainText("un flacon de crème solaire sur le sable, lumière dorée")
    image.formats.set_pack("brief")
    image.generate()
    wait(qapp, lambda: not image.submitting and not image.jobs, 900)
    shoot("images")

    review = w.pane("review")
    wait(qapp, lambda: review.checklist is not None and not review.running, 300)
    shoot("review")
    w.tabs.setCurrentWidget(w.gallery)
    w.gallery.refresh()
    shoot("gallery")
    settings = w.open_settings()
    settle(qapp)
    settings.grab().save(str(out / f"settings-{args.lang}.png"))
    shots.append(out / f"settings-{args.lang}.png")
    settings.reject()
    w.close()
    studio.shutdown()
    for path in shots:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
