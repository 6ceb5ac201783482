"""The model worker process: it owns torch, the loaded pipelines and the GPU, and runs local model
jobs one at a time. A crash in native code or an out-of-memory kills this process, not the
studio: the engine fails that job and starts a fresh worker for the next one.

Protocol over one duplex pipe (pickled tuples):
  app -> worker   ("run", job_id, target, request_dict, settings_dict, scratch, offline)
                  ("cancel", job_id) | ("warm", [targets]) | ("stop",)
  worker -> app   ("ready", pid) | ("progress", job_id, progress_dict)
                  ("done", job_id, outputs, energy_dict) | ("cancelled", job_id, outputs)
                  ("error", job_id, error_dict)
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import queue
import shutil
import signal
import threading
import traceback
from dataclasses import asdict
from pathlib import Path

from app.core.errors import CancelledError, ProviderError, VitrineError
from app.core.jobs import Progress

log = logging.getLogger(__name__)


def worker_main(conn, log_level: int = logging.WARNING) -> None:
    """Entry point of the worker process."""
    logging.basicConfig(level=log_level, format="worker %(levelname)s %(name)s: %(message)s")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the app's to handle
    from app.jobs.energy import EnergyMeter

    inbox: queue.Queue = queue.Queue()
    state = {"current": None, "cancel": threading.Event(), "cancelled": set()}
    send_lock = threading.Lock()

    def send(message) -> None:
        with send_lock:
            conn.send(message)

    def reader() -> None:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                inbox.put(("stop",))  # the app is gone: finish quietly
                return
            if message[0] == "cancel":
                # the job may still be waiting in the inbox: remember the request
                state["cancelled"].add(message[1])
                if state["current"] == message[1]:
                    state["cancel"].set()
            else:
                inbox.put(message)
                if message[0] == "stop":
                    return

    threading.Thread(target=reader, name="worker-reader", daemon=True).start()
    meter = EnergyMeter()
    providers: dict[str, object] = {}
    send(("ready", os.getpid()))
    while True:
        try:
            message = inbox.get(timeout=0.5)
        except queue.Empty:
            meter.prepare()  # idle: a good moment for slow one-off set-up
            continue
        if message[0] == "stop":
            break
        if message[0] == "warm":
            for target in message[1]:
                _provider(providers, target)
            continue
        _, job_id, target, request_dict, settings_dict, scratch, offline = message
        state["cancel"] = threading.Event()
        state["current"] = job_id
        if job_id in state["cancelled"]:
            state["cancel"].set()
        _run_job(send, providers, meter, state["cancel"], job_id, target, request_dict,
                 settings_dict, Path(scratch), offline)
        state["current"] = None
    meter.close()


def _provider(cache: dict, target: str):
    if target not in cache:
        from app.providers.registry import load_class

        cache[target] = load_class(target)()
    return cache[target]


def _run_job(send, providers, meter, cancel, job_id, target, request_dict, settings_dict,
             scratch: Path, offline: bool) -> None:
    from app.core import net
    from app.core.requests import request_from_dict
    from app.providers.base import JobContext

    net.set_offline(offline)
    scratch.mkdir(parents=True, exist_ok=True)

    def report(progress: Progress) -> None:
        send(("progress", job_id, _progress_dict(progress)))

    ctx = JobContext(job_id=job_id, cancel=cancel, report=report, scratch=scratch,
                     settings=settings_dict, offline=offline)
    try:
        request = request_from_dict(request_dict)
        provider = _provider(providers, target)
        with meter.measure() as measured:
            outputs = provider.generate(request, ctx)
        if cancel.is_set():  # keep what a provider returned as partial (a cancelled stream)
            send(("cancelled", job_id, [o for o in outputs or [] if o.partial]))
            return
        send(("done", job_id, outputs, measured.energy.to_dict()))
    except CancelledError as exc:
        send(("cancelled", job_id, list(getattr(exc, "outputs", []) or [])))
    except VitrineError as exc:
        log.warning("job %s failed: %s", job_id, exc.details or exc)
        send(("error", job_id, exc.to_dict()))
    except MemoryError as exc:
        from app.core.errors import OutOfMemoryError

        send(("error", job_id, OutOfMemoryError(model=request_dict.get("model") or "?",
                                                details=repr(exc)).to_dict()))
    except Exception as exc:
        details = traceback.format_exc()
        log.error("job %s crashed: %s", job_id, details)
        err = _classify(exc, request_dict, details)
        send(("error", job_id, err.to_dict()))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _classify(exc: Exception, request_dict: dict, details: str) -> VitrineError:
    name = type(exc).__name__
    if "OutOfMemory" in name or "out of memory" in str(exc).lower():
        from app.core.errors import OutOfMemoryError

        return OutOfMemoryError(model=request_dict.get("model") or "?", details=details)
    return ProviderError(provider=request_dict.get("provider") or "?",
                         reason=f"{name}: {str(exc)[:300]}", details=details)


def _progress_dict(progress: Progress) -> dict:
    data = asdict(progress)
    data["stage"] = progress.stage.value
    return data


class WorkerProcess:
    """The app's handle on one worker process."""

    def __init__(self, on_message, on_exit):
        self._on_message = on_message
        self._on_exit = on_exit
        context = mp.get_context("spawn")  # never fork a process that holds Qt or CUDA
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(target=worker_main, args=(child, log.getEffectiveLevel()),
                                       name="vitrine-model-worker", daemon=True)
        self.process.start()
        child.close()
        self._send_lock = threading.Lock()
        self.alive = True
        self._reader = threading.Thread(target=self._read, name="worker-events", daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def send(self, message) -> bool:
        with self._send_lock:
            try:
                self.conn.send(message)
                return True
            except (OSError, EOFError, BrokenPipeError):
                return False

    def _read(self) -> None:
        while True:
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                break
            except Exception as exc:  # an output that cannot be unpickled here
                log.error("unreadable message from the worker: %s", exc)
                continue
            self._on_message(self, message)
        self.alive = False
        self.process.join(timeout=5)
        self._on_exit(self, self.describe_exit())

    def describe_exit(self) -> str:
        code = self.process.exitcode
        if code is None:
            return "no exit code"
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}"

    def stop(self, timeout: float = 5.0) -> None:
        if self.process.is_alive():
            self.send(("stop",))
            self.process.join(timeout)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(2)
        try:
            self.conn.close()
        except OSError:
            pass
