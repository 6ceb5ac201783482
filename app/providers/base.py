"""What every provider is and does.

A provider class describes itself cheaply (`describe`, no heavy import: the policy runs it in the
GUI process before a job starts) and generates (`generate`, in the worker process for local model
jobs, in the network pool for network jobs). Generation reports progress and checks the cancel
token between steps; a cancelled job raises CancelledError and never ends as an error."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.core.assets import GeneratedOutput, Where
from app.core.errors import CancelledError
from app.core.jobs import Progress, Stage


class RunsIn(enum.StrEnum):
    WORKER = "worker"  # the model worker process: torch, loaded pipelines, the GPU; one at a time
    POOL = "pool"  # a small thread pool in the app process: network calls, light subprocesses


@dataclass(frozen=True)
class ProviderInfo:
    id: str
    kind: str  # image | text | audio
    label: str
    where: Where
    runs_in: RunsIn
    model: str = ""
    licence: str = "unknown"
    commercial_use: str = "unknown"  # yes | no | restricted | unknown
    endpoint: str = ""  # host of a network provider
    configured_as_cloud: bool = False  # stays cloud even when pointed at loopback (tests)
    notes: str = ""

    @property
    def is_network(self) -> bool:
        return self.where != Where.LOCAL or self.configured_as_cloud

    @property
    def is_cloud(self) -> bool:
        return self.where == Where.CLOUD or self.configured_as_cloud


class CancelToken(Protocol):
    def is_set(self) -> bool: ...


@dataclass
class JobContext:
    """What a running job gets from the engine."""

    job_id: str
    cancel: CancelToken
    report: callable  # report(Progress)
    scratch: Path  # a folder for temporary files, removed after the job
    settings: dict = field(default_factory=dict)  # a plain copy of the relevant settings
    offline: bool = False

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    def check(self) -> None:
        """Raise CancelledError if the user cancelled this job."""
        if self.cancel.is_set():
            raise CancelledError()

    def progress(self, step: int, total: int, message: str = "", *,
                 stage: Stage = Stage.GENERATING, preview: bytes | None = None,
                 text: str = "") -> None:
        self.report(Progress(step=step, total=total, message=message, stage=stage,
                             preview=preview, text=text))

    def loading(self, message: str) -> None:
        self.report(Progress(message=message, stage=Stage.LOADING))


class Provider(Protocol):
    """A provider class. Instances live as long as their process and may cache models."""

    id: str
    kind: str

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        """Cheap: who runs the request, where, under which licence. No heavy import."""
        ...

    def generate(self, request, ctx: JobContext) -> list[GeneratedOutput]:
        ...
