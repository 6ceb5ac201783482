"""The studio in French: walking the widgets of every room, dock and dialog leaves no English
string visible."""

from __future__ import annotations

import pytest

from app.core import i18n
from app.core.settings import Settings, save_settings
from app.ui.studio import Studio, parse
from tests.fixtures.assets import add_audio, add_image, add_text
from tests.fixtures.qt import english_leftovers, english_looking


@pytest.fixture
def french_studio(qapp, qtbot, tmp_path):
    save_settings(Settings(language="fr"))
    s = Studio(qapp, parse(["--workspace", str(tmp_path / "ws")]))
    assert s.start()
    qtbot.waitUntil(lambda: s.window.ready, timeout=20000)
    yield s
    s.window.close()
    s.shutdown()
    i18n.set_language("en")


def test_every_room_dock_and_dialog_speaks_french(french_studio, qtbot):
    s = french_studio
    w = s.window
    ws = s.app.workspace
    campaign = ws.create_campaign("Été 2027", {"languages": ["fr"],
                                              "channels": ["instagram", "radio-30"]})
    images = [add_image(ws, campaign.id, title=t, colour=c)
              for t, c in (("Plage", (250, 200, 80)), ("Piscine", (40, 120, 220)))]
    add_text(ws, campaign.id, "Cet été, protégez toute la famille.", channel="radio-30")
    add_audio(ws, campaign.id, transcript="Bonjour")
    w.sidebar.refresh()
    w.sidebar.select(campaign.id)
    seen = {}
    seen["window"] = english_leftovers(w)
    for key in ("text", "image", "audio", "review"):
        pane = w.pane(key)
        assert pane is not None, key
        qtbot.wait(50)
        seen[key] = english_leftovers(pane)
    review = w.pane("review")
    qtbot.waitUntil(lambda: review.checklist is not None and not review.running, timeout=120000)
    seen["review, checked"] = english_leftovers(review)
    item = next((i for i in review.checklist.items if i.signable_assets),
                review.checklist.items[0])
    sign = review.sign(item.id)
    seen["sign-off dialog"] = english_leftovers(sign)
    sign.reject()
    w.tabs.setCurrentWidget(w.gallery)
    w.gallery.view.selectAll()
    seen["gallery"] = english_leftovers(w.gallery)
    from app.ui.compare import CompareDialog

    compare = CompareDialog(s.app, images, w)
    seen["compare dialog"] = english_leftovers(compare)
    compare.close()
    seen["queue"] = english_leftovers(w.queue)
    settings = w.open_settings()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        seen[f"settings tab {index}"] = english_leftovers(settings)
    settings.reject()
    export = w.open_export()
    qtbot.waitUntil(lambda: not export.checking.isVisible(), timeout=120000)
    seen["export dialog"] = english_leftovers(export)
    export.reject()
    assert {where: found for where, found in seen.items() if found} == {}
    for root in (w, w.pane("text"), w.pane("image"), w.pane("audio"), review):
        found = [t for t in english_looking(root)
                 if "espeak-ng" not in t[1] and str(ws.folder) not in t[1]]  # voices' own names
        assert found == [], found
