"""Run by tests/ui/test_image_pane.py in a fresh process: open the studio window, drive the Images
room through a real generation (worker process), approve, describe, drop an init image, open the
model library in the settings; then print which heavy libraries this (GUI) process imported.

    python tests/ui/drive_image_pane.py MODELS_FOLDER WORKSPACE
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HEAVY = ("torch", "diffusers", "transformers", "accelerate", "openai")


def wait(qapp, condition, timeout: float = 240.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the pane did not get there in time")
        qapp.processEvents()
        time.sleep(0.01)


def main(models: str, workspace: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.core.settings import load_settings, save_settings

    settings = load_settings()
    settings.model_folders = [models]
    save_settings(settings)
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    from app.ui.studio import Studio, parse

    studio = Studio(qapp, parse(["--workspace", workspace]))
    studio.start()
    wait(qapp, lambda: studio.window.ready)
    window = studio.window
    app = studio.app
    campaign = app.workspace.create_campaign("Été", {
        "channels": ["iab-300x250"], "brand": {"style_words": ["lumière dorée"]}})
    window.sidebar.refresh()
    window.sidebar.select(campaign.id)
    index = next(i for i, key in window._pane_index.items() if key == "image")
    window.tabs.setCurrentIndex(index)
    pane = window._panes["image"]
    wait(qapp, lambda: not pane.models.scanning)
    combo = pane.models.combo
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemText(i).startswith("sd-tiny")))
    pane.prompt.setPlainText("un chat sur la plage")
    pane.chips.buttons[0].click()
    pane.advanced.set_open(True)
    pane.advanced.steps.setValue(4)
    pane.generate()
    wait(qapp, lambda: not pane.submitting and not pane.jobs)
    if pane.error_label.isVisible():
        raise RuntimeError(pane.error_label.text())
    pane.results.set_status("approved")
    pane.results.alt.setPlainText("Un chat sur une plage")
    pane.results.save_alt()
    pane.results.init_button.click()
    wait(qapp, lambda: not pane.init_drop.thumb.pixmap().isNull())
    dialog = pane.open_models()
    wait(qapp, lambda: not dialog.models.scanning)
    dialog.reject()
    report = {"assets": len(pane.last_assets), "previews": pane.previews_seen,
              "heavy": [name for name in HEAVY if name in sys.modules]}
    window.close()
    studio.shutdown()
    return report


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
