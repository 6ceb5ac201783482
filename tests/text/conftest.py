"""What the text tests share: a job context like the engine's, recording every progress event."""

from __future__ import annotations

import threading
import time

import pytest

from app.providers.base import JobContext


class Recorder:
    """The job's side of a run: the cancel token and the progress events with their times."""

    def __init__(self, tmp_path, settings=None, offline=False):
        self.cancel = threading.Event()
        self.events: list = []  # (perf_counter, Progress)
        self.ctx = JobContext(job_id="job_test", cancel=self.cancel, report=self._report,
                              scratch=tmp_path, settings=settings or {}, offline=offline)

    def _report(self, progress) -> None:
        self.events.append((time.perf_counter(), progress))

    @property
    def texts(self) -> list[str]:
        return [p.text for _, p in self.events if p.text]


@pytest.fixture
def make_ctx(tmp_path):
    def make(settings=None, offline=False) -> Recorder:
        return Recorder(tmp_path, settings, offline)

    return make
