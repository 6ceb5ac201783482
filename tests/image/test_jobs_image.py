"""An image job through the real engine and worker process: progress and previews arrive as
events, cancel during step 2 of 20 ends the job within a step, and the next job on the same loaded
pipeline succeeds."""

from __future__ import annotations

import threading

from app.core.jobs import JobState, Stage
from app.core.requests import ImageRequest


def test_cancel_in_the_worker_then_the_next_job_succeeds(tmp_path, tiny_sd):
    from app.services.context import AppContext
    from app.services.generate import generate

    app = AppContext.open(tmp_path / "ws")
    try:
        campaign = app.workspace.create_campaign("Été")
        events = []
        handle_box = {}
        lock = threading.RLock()  # submit() reports the queued job from this thread

        def listener(event):
            with lock:
                events.append(event)
                progress = event.progress
                if progress and progress.total and progress.step == 2 and "h" in handle_box \
                        and event.job_id == handle_box["h"].id:
                    handle_box["h"].cancel()

        app.jobs().add_listener(listener)
        request = ImageRequest(campaign_id=campaign.id, model=str(tiny_sd), prompt="a cat",
                               seed=1, steps=20, width=64, height=64)
        with lock:
            handle_box["h"] = generate(app, request)
        result = handle_box["h"].wait(timeout=240)
        assert result.state == JobState.CANCELLED and result.assets == []
        steps = [e.progress.step for e in events
                 if e.job_id == result.job_id and e.progress and e.progress.total]
        assert max(steps) <= 3  # stopped within one step of the cancel
        assert any(e.progress and e.progress.stage == Stage.LOADING for e in events
                   if e.job_id == result.job_id)

        second = generate(app, request.replace(steps=4)).wait(timeout=240)
        assert second.state == JobState.SUCCEEDED and len(second.assets) == 1
        asset = second.assets[0]
        assert (asset.width, asset.height, asset.generation.seed) == (64, 64, 1)
        previews = [e.progress.preview for e in events
                    if e.job_id == second.job_id and e.progress and e.progress.preview]
        assert previews and previews[0].startswith(b"\x89PNG")
    finally:
        app.close()
