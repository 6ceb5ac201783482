"""The job engine: states persisted, progress, cancel, a worker that dies, retries, start-up."""

from __future__ import annotations

import os
import signal
import time

import pytest

from app.core.jobs import JobState, Stage
from app.core.requests import TextRequest
from app.jobs.engine import JobEngine, JobSpec
from tests.jobs.sample_providers import PoolStepProvider, StepProvider

WORKER = "tests.jobs.sample_providers:StepProvider"
POOL = "tests.jobs.sample_providers:PoolStepProvider"


@pytest.fixture
def engine(workspace):
    eng = JobEngine(workspace)
    yield eng
    eng.shutdown()


def spec(workspace, campaign, target=WORKER, **options):
    request = TextRequest(campaign_id=campaign.id, provider="steps", prompt="count",
                          options=options)
    cls = PoolStepProvider if target == POOL else StepProvider

    def finisher(outputs, partial):
        stored = []
        for out in outputs:
            if partial:
                out.meta = {**out.meta, "cancelled": True}
            stored.append(workspace.add_asset(campaign.id, out))
        return stored

    return JobSpec(request=request, info=cls.describe(request, None), target=target,
                   finisher=finisher, title="count")


def test_worker_job_succeeds_with_progress_and_persisted_state(engine, workspace, campaign):
    events = []
    engine.add_listener(events.append)
    handle = engine.submit(spec(workspace, campaign, steps=4))
    result = handle.wait(60)
    assert result.state == JobState.SUCCEEDED, result.error
    assert result.assets[0].text == "counted 4"
    assert result.assets[0].meta["pid"] != os.getpid()  # it ran in the worker process
    steps = [e.progress.step for e in events if e.progress and e.progress.total]
    assert steps == [1, 2, 3, 4]
    assert any(e.progress and e.progress.stage == Stage.LOADING for e in events)
    row = workspace.get_job(handle.id)
    assert row["state"] == "succeeded" and row["asset_ids"] == [result.assets[0].id]
    assert row["duration_s"] > 0
    assert row["energy"]["method"].startswith(("estimated", "measured"))
    record = result.assets[0].generation
    assert record.job_id == handle.id and record.energy.wh is not None


@pytest.mark.parametrize("how", ["raise", "return"])
@pytest.mark.parametrize("target", [WORKER, POOL])
def test_cancel_stops_a_running_job_and_keeps_partial_output(engine, workspace, campaign, how,
                                                             target):
    handle = engine.submit(spec(workspace, campaign, target, steps=200, sleep=0.02,
                                partial=how))
    deadline = time.monotonic() + 60
    while workspace.get_job(handle.id)["state"] != "running" and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)
    started = time.perf_counter()
    handle.cancel()
    result = handle.wait(30)
    assert time.perf_counter() - started < 2
    assert result.state == JobState.CANCELLED and result.error is None
    assert result.assets and result.assets[0].meta["cancelled"] is True
    assert workspace.get_job(handle.id)["state"] == "cancelled"


def test_cancel_while_queued_never_runs(engine, workspace, campaign):
    first = engine.submit(spec(workspace, campaign, steps=30, sleep=0.05))
    second = engine.submit(spec(workspace, campaign, steps=2))
    second.cancel()
    assert second.wait(5).state == JobState.CANCELLED
    first.cancel()
    first.wait(30)
    assert workspace.get_job(second.id)["started_at"] is None


def test_killed_worker_fails_the_job_and_the_next_job_gets_a_fresh_worker(
        engine, workspace, campaign):
    handle = engine.submit(spec(workspace, campaign, steps=500, sleep=0.02))
    deadline = time.monotonic() + 60
    while engine.worker_pid is None or workspace.get_job(handle.id)["state"] != "running":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)
    first_pid = engine.worker_pid
    os.kill(first_pid, signal.SIGKILL)
    result = handle.wait(30)
    assert result.state == JobState.FAILED
    assert "worker stopped unexpectedly" in str(result.error)
    assert "SIGKILL" in str(result.error)
    assert "SIGKILL" in workspace.get_job(handle.id)["error"]
    nxt = engine.submit(spec(workspace, campaign, steps=2)).wait(60)
    assert nxt.state == JobState.SUCCEEDED
    assert engine.worker_pid != first_pid


def test_native_crash_inside_the_provider_fails_only_that_job(engine, workspace, campaign):
    result = engine.submit(spec(workspace, campaign, steps=5, crash_at=2)).wait(60)
    assert result.state == JobState.FAILED and "exit code 3" in str(result.error)
    assert engine.submit(spec(workspace, campaign, steps=1)).wait(60).ok


def test_provider_error_is_reported_in_plain_words(engine, workspace, campaign):
    result = engine.submit(spec(workspace, campaign, steps=1, fail=True)).wait(60)
    assert result.state == JobState.FAILED
    assert str(result.error) == "Steps failed: asked to fail"


def test_pool_jobs_run_beside_a_busy_worker(engine, workspace, campaign):
    slow = engine.submit(spec(workspace, campaign, steps=100, sleep=0.02))
    quick = engine.submit(spec(workspace, campaign, target=POOL, steps=2))
    assert quick.wait(30).ok
    assert slow.state in (JobState.QUEUED, JobState.RUNNING)
    assert quick.wait(1).assets[0].meta["pid"] == os.getpid()
    slow.cancel()
    slow.wait(30)


def test_jobs_left_running_by_a_dead_app_are_marked_interrupted(workspace, campaign):
    workspace.insert_job("job_dead", kind="text", campaign_id=campaign.id, request={
        "kind": "text", "campaign_id": campaign.id, "prompt": "x"})
    workspace.update_job("job_dead", state="running")
    engine = JobEngine(workspace)
    try:
        assert engine.interrupted == ["job_dead"]
        assert workspace.get_job("job_dead")["state"] == "interrupted"
    finally:
        engine.shutdown()


def test_jobs_of_another_live_process_are_not_marked_interrupted(workspace, campaign):
    import subprocess
    import sys

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        workspace.insert_job("job_alive", kind="text", campaign_id=campaign.id)
        workspace.conn.execute("UPDATE jobs SET state='running', owner=? WHERE id='job_alive'",
                               (f"{os.uname().nodename}:{other.pid}",))
        engine = JobEngine(workspace)
        try:
            assert "job_alive" not in engine.interrupted
            assert workspace.get_job("job_alive")["state"] == "running"
        finally:
            engine.shutdown()
    finally:
        other.kill()
        other.wait()
