"""Job states and events. One enum, one owner: the job engine (app.jobs) moves jobs between
states."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class JobState(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"  # was running (or queued) when the app died; can be re-run

    @property
    def finished(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED,
                        JobState.INTERRUPTED)


class Stage(enum.StrEnum):
    WAITING = "waiting"
    LOADING = "loading"  # importing libraries, loading the model
    GENERATING = "generating"
    SAVING = "saving"


@dataclass
class Progress:
    """A step of a running job. `preview` is a small PNG (images) when the provider has one;
    `text` is the text streamed so far (text jobs)."""

    step: int = 0
    total: int = 0
    message: str = ""
    stage: Stage = Stage.GENERATING
    preview: bytes | None = None
    text: str = ""

    @property
    def fraction(self) -> float | None:
        return self.step / self.total if self.total else None


@dataclass
class JobEvent:
    """What the engine tells its listeners (the UI bridge, the CLI)."""

    job_id: str
    state: JobState
    progress: Progress | None = None
    error: str = ""  # the user's message, translated
    asset_ids: list[str] = field(default_factory=list)
    campaign_id: str = ""
    kind: str = ""
    title: str = ""
