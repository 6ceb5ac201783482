"""Running a generation job from the command line: progress on stderr, Ctrl+C cancels the job
(a cancelled job is not an error), failures raise the job's error."""

from __future__ import annotations

import sys
import threading

from app.core.errors import CancelledError, VitrineError
from app.core.i18n import tr
from app.core.jobs import JobEvent, JobState, Stage


def run_job(app, request, *, quiet: bool = False, on_event=None):
    """Submit `request`, wait for it, return its stored assets."""
    from app.services.generate import generate

    return wait_for(app, lambda: generate(app, request), quiet=quiet, on_event=on_event)


def wait_for(app, submit, *, quiet: bool = False, on_event=None):
    """Call `submit()` (which returns a JobHandle), show progress, return the stored assets."""
    shown = {"line": False}
    lock = threading.Lock()

    def listener(event: JobEvent) -> None:
        if on_event is not None:
            on_event(event)
        if quiet or event.progress is None or not sys.stderr.isatty():
            return
        p = event.progress
        with lock:
            if p.stage == Stage.LOADING:
                text = tr("loading: {message}", message=p.message)
            elif p.total:
                text = f"{p.step}/{p.total} {p.message}"
            else:
                return
            sys.stderr.write("\r\033[K" + text[:100])
            sys.stderr.flush()
            shown["line"] = True

    engine = app.jobs()
    engine.add_listener(listener)
    handle = None
    try:
        handle = submit()
        while True:
            try:
                result = handle.wait(timeout=0.2)
                break
            except TimeoutError:
                continue
    except KeyboardInterrupt:
        if handle is not None:
            handle.cancel()
            result = handle.wait(timeout=30)
        else:
            raise
    finally:
        engine.remove_listener(listener)
        if shown["line"]:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
    if result.state == JobState.SUCCEEDED:
        return result.assets
    if result.state == JobState.CANCELLED:
        err = CancelledError()
        err.assets = result.assets
        raise err
    raise result.error or VitrineError("The job failed.")
