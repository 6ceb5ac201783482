"""The job engine. It owns the job states (one enum, one owner), persists them in the workspace,
runs local model jobs one at a time in the worker process and network jobs in a small pool, and
tells its listeners (the UI bridge, the CLI) what happens."""

from __future__ import annotations

import logging
import queue
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__
from app.core.assets import Asset, Energy, EnergyMethod, GeneratedOutput
from app.core.errors import CancelledError, VitrineError, WorkerCrashedError
from app.core.jobs import JobEvent, JobState, Progress, Stage
from app.core.util import new_id, now_iso
from app.jobs.worker import WorkerProcess
from app.providers.base import JobContext, ProviderInfo, RunsIn
from app.workspace import Workspace

log = logging.getLogger(__name__)
Finisher = Callable[[list[GeneratedOutput], bool], list[Asset]]


@dataclass
class JobSpec:
    """A job ready to run: the request, who runs it, and how its outputs are stored."""

    request: object  # ImageRequest | TextRequest | AudioRequest
    info: ProviderInfo
    target: str  # "module:Class" of the provider
    finisher: Finisher  # (outputs, partial) -> stored assets; runs in the app process
    title: str = ""
    settings: dict = field(default_factory=dict)
    offline: bool = False
    job_id: str = field(default_factory=lambda: new_id("job"))
    retry_of: str | None = None


@dataclass
class JobResult:
    job_id: str
    state: JobState
    assets: list[Asset] = field(default_factory=list)
    error: VitrineError | None = None

    @property
    def ok(self) -> bool:
        return self.state == JobState.SUCCEEDED


class _Job:
    def __init__(self, spec: JobSpec):
        self.spec = spec
        self.state = JobState.QUEUED
        self.cancel = threading.Event()
        self.done = threading.Event()
        self.result: JobResult | None = None
        self.started = 0.0
        self.started_at = ""
        self.last_persist = 0.0
        self.finishing = False


class JobHandle:
    def __init__(self, engine: JobEngine, job: _Job):
        self._engine, self._job = engine, job
        self.id = job.spec.job_id

    @property
    def state(self) -> JobState:
        return self._job.state

    def cancel(self) -> None:
        self._engine.cancel(self.id)

    def wait(self, timeout: float | None = None) -> JobResult:
        if not self._job.done.wait(timeout):
            raise TimeoutError(f"job {self.id} still {self._job.state.value} after {timeout} s")
        return self._job.result


class JobEngine:
    def __init__(self, workspace: Workspace, *, pool_size: int = 3):
        self.workspace = workspace
        self._listeners: list[Callable[[JobEvent], None]] = []
        self._jobs: dict[str, _Job] = {}
        self._lock = threading.RLock()
        self._local: queue.Queue = queue.Queue()
        self._pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="net-job")
        self._pool_providers: dict[str, object] = {}
        self._worker: WorkerProcess | None = None
        self._worker_job: _Job | None = None
        self._closed = False
        self._scratch_root = Path(tempfile.mkdtemp(prefix="vitrine-jobs-"))
        self.interrupted = workspace.mark_interrupted()
        self._dispatcher = threading.Thread(target=self._dispatch_local, name="local-jobs",
                                            daemon=True)
        self._dispatcher.start()

    # --- public API ---------------------------------------------------------------------------
    def add_listener(self, listener: Callable[[JobEvent], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def submit(self, spec: JobSpec) -> JobHandle:
        if self._closed:
            raise RuntimeError("the job engine is shut down")
        request = spec.request
        self.workspace.insert_job(spec.job_id, kind=request.kind, campaign_id=request.campaign_id,
                                  provider=spec.info.id, title=spec.title,
                                  request=request.to_dict(), retry_of=spec.retry_of)
        job = _Job(spec)
        with self._lock:
            self._jobs[spec.job_id] = job
        self._emit(job)
        if spec.info.runs_in == RunsIn.WORKER:
            self._local.put(job)
        else:
            self._pool.submit(self._run_pool_job, job)
        return JobHandle(self, job)

    def cancel(self, job_id: str) -> None:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None or job.state.finished:
            return
        job.cancel.set()
        if job.state == JobState.QUEUED:
            self._finish(job, JobState.CANCELLED)
        elif self._worker_job is job and self._worker is not None:
            self._worker.send(("cancel", job_id))

    def handle(self, job_id: str) -> JobHandle | None:
        with self._lock:
            job = self._jobs.get(job_id)
        return JobHandle(self, job) if job else None

    def active_jobs(self) -> list[str]:
        with self._lock:
            return [j for j, job in self._jobs.items() if not job.state.finished]

    def warm_worker(self, targets: list[str] = ()) -> None:
        """Start the worker ahead of the first job (and preload providers) off the GUI thread."""
        with self._lock:
            if self._worker is None or not self._worker.alive:
                self._worker = self._start_worker()
            self._worker.send(("warm", list(targets)))

    @property
    def worker_pid(self) -> int | None:
        return self._worker.pid if self._worker and self._worker.alive else None

    def shutdown(self, timeout: float = 5.0) -> None:
        self._closed = True
        for job_id in self.active_jobs():
            self.cancel(job_id)
        self._local.put(None)
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._worker is not None:
            self._worker.stop(timeout)
        self._dispatcher.join(timeout)
        import shutil

        shutil.rmtree(self._scratch_root, ignore_errors=True)

    # --- events -------------------------------------------------------------------------------
    def _emit(self, job: _Job, progress: Progress | None = None) -> None:
        result = job.result
        event = JobEvent(job_id=job.spec.job_id, state=job.state, progress=progress,
                         error=str(result.error) if result and result.error else "",
                         asset_ids=[a.id for a in result.assets] if result else [],
                         campaign_id=job.spec.request.campaign_id, kind=job.spec.request.kind,
                         title=job.spec.title)
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("job listener failed")

    def _started(self, job: _Job) -> None:
        job.state = JobState.RUNNING
        job.started = time.perf_counter()
        job.started_at = now_iso()
        self.workspace.update_job(job.spec.job_id, state=JobState.RUNNING,
                                  started_at=job.started_at)
        self._emit(job, Progress(stage=Stage.WAITING, message="Starting"))

    def _progress(self, job: _Job, progress: Progress) -> None:
        if job.state != JobState.RUNNING:
            return
        now = time.monotonic()
        if now - job.last_persist > 0.5 or progress.step == progress.total:
            job.last_persist = now
            try:
                self.workspace.update_job(job.spec.job_id, progress=progress.fraction,
                                          message=progress.message)
            except VitrineError:
                log.warning("could not persist the progress of %s", job.spec.job_id)
        self._emit(job, progress)

    def _finish(self, job: _Job, state: JobState, outputs: list[GeneratedOutput] | None = None,
                error: VitrineError | None = None, energy: Energy | None = None) -> None:
        with self._lock:
            if job.state.finished or job.finishing:
                return
            job.finishing = True
        assets: list[Asset] = []
        finished_at = now_iso()
        duration = time.perf_counter() - job.started if job.started else None
        if outputs:
            self._stamp(job, outputs, finished_at, duration, energy)
            try:
                assets = job.spec.finisher(outputs, state != JobState.SUCCEEDED)
            except VitrineError as exc:
                state, error = JobState.FAILED, exc
            except Exception as exc:
                log.exception("storing the results of %s failed", job.spec.job_id)
                state, error = JobState.FAILED, VitrineError(
                    "The results could not be saved: {reason}", reason=str(exc))
        job.state = state
        job.result = JobResult(job.spec.job_id, state, assets, error)
        try:
            self.workspace.update_job(
                job.spec.job_id, state=state, finished_at=finished_at, duration_s=duration,
                error=str(error) if error else "",
                error_details=(error.details if error else "")[:20000],
                energy=energy.to_dict() if energy else {}, asset_ids=[a.id for a in assets])
        except VitrineError:
            log.exception("could not persist the end of %s", job.spec.job_id)
        job.done.set()
        self._emit(job)

    def _stamp(self, job: _Job, outputs, finished_at, duration, energy) -> None:
        share = len(outputs) or 1
        for output in outputs:
            record = output.record
            if record is None:
                continue
            record.job_id = job.spec.job_id
            record.app_version = record.app_version or __version__
            record.started_at = record.started_at or job.started_at
            record.finished_at = record.finished_at or finished_at
            if record.duration_s is None and duration is not None:
                record.duration_s = duration / share
            if energy is not None and record.energy.method == EnergyMethod.UNKNOWN \
                    and energy.wh is not None:
                record.energy = Energy(energy.wh / share, energy.method, energy.device)

    # --- local model jobs: the worker process --------------------------------------------------
    def _start_worker(self) -> WorkerProcess:
        return WorkerProcess(self._on_worker_message, self._on_worker_exit)

    def _dispatch_local(self) -> None:
        while True:
            job = self._local.get()
            if job is None:
                return
            if job.state.finished:  # cancelled while queued
                continue
            with self._lock:
                if self._worker is None or not self._worker.alive:
                    self._worker = self._start_worker()
                worker = self._worker
                self._worker_job = job
            self._started(job)
            scratch = self._scratch_root / job.spec.job_id
            sent = worker.send(("run", job.spec.job_id, job.spec.target, job.spec.request.to_dict(),
                                job.spec.settings, str(scratch), job.spec.offline))
            if not sent:
                self._finish(job, JobState.FAILED, error=WorkerCrashedError(
                    reason=worker.describe_exit()))
            elif job.cancel.is_set():
                worker.send(("cancel", job.spec.job_id))
            job.done.wait()
            with self._lock:
                self._worker_job = None

    def _on_worker_message(self, worker: WorkerProcess, message) -> None:
        kind = message[0]
        if kind == "ready":
            return
        job = self._jobs.get(message[1])
        if job is None:
            return
        if kind == "progress":
            data = dict(message[2])
            data["stage"] = Stage(data.get("stage", "generating"))
            self._progress(job, Progress(**data))
        elif kind == "done":
            energy = Energy.from_dict(message[3])
            self._finish(job, JobState.SUCCEEDED, message[2], energy=energy)
        elif kind == "cancelled":
            self._finish(job, JobState.CANCELLED, message[2] or None)
        elif kind == "error":
            self._finish(job, JobState.FAILED, error=VitrineError.from_dict(message[2]))

    def _on_worker_exit(self, worker: WorkerProcess, how: str) -> None:
        job = self._worker_job
        if job is not None and not job.state.finished and worker is self._worker:
            log.error("the model worker died (%s) during %s", how, job.spec.job_id)
            if job.cancel.is_set():
                self._finish(job, JobState.CANCELLED)
            else:
                self._finish(job, JobState.FAILED, error=WorkerCrashedError(reason=how))

    # --- network jobs: the pool ----------------------------------------------------------------
    def _run_pool_job(self, job: _Job) -> None:
        if job.state.finished:
            return
        self._started(job)
        scratch = self._scratch_root / job.spec.job_id
        scratch.mkdir(parents=True, exist_ok=True)
        ctx = JobContext(job_id=job.spec.job_id, cancel=job.cancel,
                         report=lambda p: self._progress(job, p), scratch=scratch,
                         settings=job.spec.settings, offline=job.spec.offline)
        try:
            provider = self._pool_provider(job.spec.target)
            outputs = provider.generate(job.spec.request, ctx)
            if job.cancel.is_set():  # keep what a provider returned as partial
                partial = [o for o in outputs or [] if o.partial]
                self._finish(job, JobState.CANCELLED, partial or None)
                return
            self._finish(job, JobState.SUCCEEDED, outputs)
        except CancelledError as exc:
            self._finish(job, JobState.CANCELLED, list(getattr(exc, "outputs", []) or []) or None)
        except VitrineError as exc:
            self._finish(job, JobState.FAILED, error=exc)
        except Exception as exc:
            log.exception("job %s crashed", job.spec.job_id)
            from app.core.errors import ProviderError

            self._finish(job, JobState.FAILED, error=ProviderError(
                provider=job.spec.info.label, reason=f"{type(exc).__name__}: {exc}"))
        finally:
            import shutil

            shutil.rmtree(scratch, ignore_errors=True)

    def _pool_provider(self, target: str):
        with self._lock:
            if target not in self._pool_providers:
                from app.providers.registry import load_class

                self._pool_providers[target] = load_class(target)()
            return self._pool_providers[target]
