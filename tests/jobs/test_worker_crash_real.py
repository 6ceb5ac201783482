"""The model worker killed in the middle of a real diffusers job: that job fails in plain words,
the app carries on, and the next job succeeds on a fresh worker."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from app.core.jobs import JobState
from app.core.requests import ImageRequest


@pytest.mark.slow  # two cold workers importing torch and diffusers; the engine's own test is fast
def test_killing_the_worker_mid_generation_fails_only_that_job(tmp_path, tiny_sd):
    from app.services.context import AppContext
    from app.services.generate import generate

    app = AppContext.open(tmp_path / "ws")
    try:
        campaign = app.workspace.create_campaign("Été")
        stepping = threading.Event()

        def listener(event):
            if event.progress and event.progress.total and event.progress.step >= 2:
                stepping.set()

        app.jobs().add_listener(listener)
        request = ImageRequest(campaign_id=campaign.id, model=str(tiny_sd), prompt="a cat",
                               seed=3, steps=400, width=64, height=64)
        handle = generate(app, request)
        assert stepping.wait(240), "the job never started stepping"
        first_worker = app.engine.worker_pid
        os.kill(first_worker, signal.SIGKILL)
        result = handle.wait(60)
        assert result.state == JobState.FAILED
        assert "The model worker stopped unexpectedly (killed by SIGKILL)" in str(result.error)
        assert app.workspace.list_assets(campaign.id) == []  # nothing half-written

        again = generate(app, request.replace(steps=3)).wait(240)
        assert again.state == JobState.SUCCEEDED and len(again.assets) == 1
        assert app.engine.worker_pid not in (None, first_worker)
        assert os.path.exists(again.assets[0].path)
    finally:
        app.close()
