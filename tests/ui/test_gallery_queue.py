"""The gallery and the queue dock, offscreen, on a real workspace and real jobs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.jobs import JobState
from app.core.requests import TextRequest
from app.providers import registry
from app.services.context import AppContext
from app.ui.bridge import JobBridge
from app.ui.gallery import Gallery
from app.ui.queue import QueueWidget
from tests.fixtures.assets import add_audio, add_image, add_text


@pytest.fixture
def app(workspace, settings):
    ctx = AppContext(workspace=workspace, settings=settings)
    yield ctx
    if ctx.engine is not None:
        ctx.engine.shutdown()


@pytest.fixture
def gallery(app, campaign, qtbot):
    g = Gallery(app)
    qtbot.addWidget(g)
    g.resize(1200, 800)
    g.show()
    return g


def test_gallery_shows_filters_searches_and_makes_thumbnails_off_thread(
        app, campaign, gallery, qtbot):
    ws = app.workspace
    image = add_image(ws, campaign.id, title="Plage", prompt="plage au coucher du soleil")
    text = add_text(ws, campaign.id, "Crème solaire minérale, SPF 50.")
    audio = add_audio(ws, campaign.id)
    gallery.set_campaign(campaign)
    assert {a.id for a in gallery.model.assets} == {image.id, text.id, audio.id}
    qtbot.waitUntil(lambda: len(gallery.thumbnails._memory) == 3, timeout=10000)
    assert all(not img.isNull() for img in gallery.thumbnails._memory.values())
    assert any((ws.folder / "thumbnails").rglob("*.png"))  # cached for next time
    gallery.kind.setCurrentIndex(gallery.kind.findData("image"))
    assert [a.id for a in gallery.model.assets] == [image.id]
    gallery.kind.setCurrentIndex(0)
    gallery.search.setText("creme")
    qtbot.waitUntil(lambda: [a.id for a in gallery.model.assets] == [text.id])
    gallery.search.setText("coucher")  # prompts are searched too
    qtbot.waitUntil(lambda: [a.id for a in gallery.model.assets] == [image.id])


def test_approve_reject_trash_and_undo(app, campaign, gallery, qtbot):
    ws = app.workspace
    a = add_image(ws, campaign.id, title="A")
    b = add_image(ws, campaign.id, title="B", colour=(10, 10, 200))
    gallery.set_campaign(campaign)
    gallery.select_asset(a.id)
    qtbot.mouseClick(gallery.approve_button, Qt.MouseButton.LeftButton)
    assert ws.get_asset(a.id).status.value == "approved"
    gallery.select_asset(b.id)
    qtbot.mouseClick(gallery.trash_button, Qt.MouseButton.LeftButton)
    assert [x.id for x in gallery.model.assets] == [a.id]
    assert ws.get_asset(b.id).trashed_at is not None
    qtbot.mouseClick(gallery.undo_button, Qt.MouseButton.LeftButton)
    assert {x.id for x in gallery.model.assets} == {a.id, b.id}
    assert ws.get_asset(b.id).trashed_at is None


def test_alt_text_edited_in_the_details_is_saved(app, campaign, gallery):
    a = add_image(app.workspace, campaign.id)
    gallery.set_campaign(campaign)
    gallery.select_asset(a.id)
    details = gallery.details
    assert details.alt.isVisibleTo(details) and not details.transcript.isVisibleTo(details)
    details.alt.setPlainText("Une famille sur une plage au coucher du soleil")
    details.save_button.click()
    assert app.workspace.get_asset(a.id).alt_text.startswith("Une famille")


def test_compare_and_drag_out(app, campaign, gallery, qtbot):
    ws = app.workspace
    ids = [add_image(ws, campaign.id, title=t, colour=c).id
           for t, c in (("A", (255, 0, 0)), ("B", (0, 255, 0)))]
    gallery.set_campaign(campaign)
    gallery.view.selectAll()
    assert gallery.compare_button.isEnabled()
    from app.ui.compare import CompareDialog

    dialog = CompareDialog(app, gallery.selected(), gallery)
    qtbot.addWidget(dialog)
    dialog._set(ids[0], "rejected")
    assert ws.get_asset(ids[0]).status.value == "rejected"
    mime = gallery.model.mimeData(gallery.view.selectionModel().selectedIndexes())
    paths = sorted(url.toLocalFile() for url in mime.urls())
    assert paths == sorted(ws.get_asset(i).path for i in ids)


def test_gallery_pages_through_many_assets(app, campaign, gallery):
    from app.core.assets import AssetKind, GeneratedOutput

    for i in range(450):
        app.workspace.add_asset(campaign.id, GeneratedOutput(
            kind=AssetKind.TEXT, data=f"texte {i}".encode(), ext="md", text=f"texte {i}"))
    gallery.set_campaign(campaign)
    assert gallery.model.rowCount() == 200  # the first page only
    while gallery.model.canFetchMore():
        gallery.model.fetchMore()
    assert gallery.model.rowCount() == 450


@pytest.fixture
def steps_provider():
    registry.register("steps", "tests.jobs.sample_providers:StepProvider")
    yield
    registry.BUILTIN.pop("steps", None)


def test_queue_shows_progress_cancel_and_retry(app, campaign, qtbot, steps_provider):
    from app.services.generate import generate

    bridge = JobBridge()
    app.add_job_listener(bridge.post)
    queue = QueueWidget(app, bridge)
    qtbot.addWidget(queue)
    done = generate(app, TextRequest(campaign_id=campaign.id, provider="steps", prompt="count",
                                     options={"steps": 3}))
    qtbot.waitUntil(lambda: queue.model.rows and queue.model.rows[0].state == JobState.SUCCEEDED,
                    timeout=60000)
    assert queue.model.rows[0].job_id == done.id and queue.model.rows[0].fraction == 1.0
    failing = generate(app, TextRequest(campaign_id=campaign.id, provider="steps", prompt="x",
                                        options={"steps": 1, "fail": True}))
    qtbot.waitUntil(lambda: queue.model.rows[0].state == JobState.FAILED, timeout=60000)
    row = queue.model.rows[0]
    assert row.job_id == failing.id and "asked to fail" in queue.model.status_text(row)
    queue.view.setCurrentIndex(queue.model.index(0))
    assert queue.retry_button.isEnabled() and not queue.cancel_button.isEnabled()
    long = generate(app, TextRequest(campaign_id=campaign.id, provider="steps", prompt="long",
                                     options={"steps": 400, "sleep": 0.02}))
    qtbot.waitUntil(lambda: queue.model.rows[0].state == JobState.RUNNING, timeout=60000)
    queue.view.setCurrentIndex(queue.model.index(0))
    assert queue.cancel_button.isEnabled()
    queue.cancel_button.click()
    qtbot.waitUntil(lambda: queue.model.rows[0].state == JobState.CANCELLED, timeout=10000)
    assert long.wait(5).state == JobState.CANCELLED
    queue.view.setCurrentIndex(queue.model.index(1))  # the failed job
    queue.retry_button.click()
    qtbot.waitUntil(lambda: queue.model.rows[0].job_id not in (done.id, failing.id, long.id),
                    timeout=10000)
    assert app.workspace.get_job(queue.model.rows[0].job_id)["retry_of"] == failing.id
