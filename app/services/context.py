"""The application context the services work on: one workspace, the settings, the job engine."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from app.core import i18n, net
from app.core.settings import Settings, load_settings, save_settings
from app.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    workspace: Workspace
    settings: Settings = field(default_factory=Settings)
    engine: object | None = None  # app.jobs.engine.JobEngine, started on first use
    offline_override: bool = False  # --offline on the command line
    job_listeners: list = field(default_factory=list)

    @classmethod
    def open(cls, workspace: str | Path | None = None, *, offline: bool = False,
             settings: Settings | None = None) -> AppContext:
        settings = settings or load_settings()
        i18n.set_language(settings.language)
        folder = workspace or settings.workspace or None
        ctx = cls(workspace=Workspace(folder), settings=settings, offline_override=offline)
        net.set_offline(ctx.offline)
        return ctx

    @property
    def offline(self) -> bool:
        return self.offline_override or self.settings.offline

    def set_offline(self, offline: bool) -> None:
        self.settings.offline = offline
        save_settings(self.settings)
        net.set_offline(self.offline)

    def jobs(self):
        """The job engine, started on first use (the window opens without it)."""
        if self.engine is None:
            from app.jobs.engine import JobEngine

            self.engine = JobEngine(self.workspace)
            for listener in self.job_listeners:
                self.engine.add_listener(listener)
        return self.engine

    def add_job_listener(self, listener) -> None:
        """Listen to job events, whether the engine has started yet or not."""
        self.job_listeners.append(listener)
        if self.engine is not None:
            self.engine.add_listener(listener)

    def save_settings(self) -> None:
        save_settings(self.settings)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.shutdown()
            self.engine = None
        self.workspace.close()
