"""Providers that exercise the job engine's protocol (steps, cancel, crashes) without a model.
They stand for "any provider" in the engine's own tests; capability tests use the real ones."""

from __future__ import annotations

import os
import time

from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord, Where
from app.core.errors import CancelledError, ProviderError
from app.providers.base import ProviderInfo, RunsIn


class StepProvider:
    """Counts `options["steps"]` steps of `options["sleep"]` seconds and writes the count."""

    id = "steps"
    kind = "text"
    runs_in = RunsIn.WORKER

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        return ProviderInfo(id=cls.id, kind="text", label="Steps", where=Where.LOCAL,
                            runs_in=cls.runs_in, model="counter", licence="MIT",
                            commercial_use="yes")

    def generate(self, request, ctx):
        steps = int(request.options.get("steps", 3))
        crash_at = request.options.get("crash_at")
        ctx.loading("warming up")
        for step in range(1, steps + 1):
            if crash_at == step:
                os._exit(3)  # a native crash, as a segfault or the OOM killer would
            time.sleep(float(request.options.get("sleep", 0.01)))
            if ctx.cancelled:
                partial = _output(request, f"partial {step - 1}", pid=os.getpid())
                partial.partial = True
                if request.options.get("partial") == "return":
                    return [partial]  # returning partial output is as good as raising it
                err = CancelledError()
                if request.options.get("partial"):
                    err.outputs = [partial]
                raise err
            ctx.progress(step, steps, f"step {step}")
        if request.options.get("fail"):
            raise ProviderError(provider="Steps", reason="asked to fail")
        return [_output(request, f"counted {steps}", pid=os.getpid())]


class PoolStepProvider(StepProvider):
    id = "pool-steps"
    runs_in = RunsIn.POOL


def _output(request, text: str, pid: int) -> GeneratedOutput:
    return GeneratedOutput(kind=AssetKind.TEXT, data=text.encode(), ext="md", text=text,
                           title=text, meta={"pid": pid},
                           record=GenerationRecord(provider="steps", model="counter",
                                                   prompt=request.prompt))
