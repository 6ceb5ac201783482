"""Chat completions through the `openai` package: the OpenAI cloud and any OpenAI-compatible
server by base URL (Ollama, LM Studio, llama.cpp server, vLLM). Runs in the network pool.

Streaming reports the text so far as it arrives. Cancel stops within a poll interval even when
the server sends nothing: the request waits on a helper thread until the server answers, and
while the stream is read a watcher shuts the connection down on cancel, so a stalled server
never delays it. A cancelled stream's text is a partial output carried by the CancelledError
(the engine keeps it as a cancelled draft); nothing received means nothing to keep."""

from __future__ import annotations

import logging
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from app.core.assets import GeneratedOutput, GenerationRecord
from app.core.errors import CancelledError, OfflineError, ProviderError, UsageError
from app.core.i18n import tr
from app.core.util import now_iso
from app.providers.base import JobContext, ProviderInfo, RunsIn
from app.providers.openai_common import call_with_retries, make_client, map_error
from app.providers.secrets import env_var_for, get_api_key
from app.providers.text.endpoint import Endpoint, resolve_endpoint
from app.providers.text.outputs import cancelled_with, text_output

log = logging.getLogger(__name__)
POLL_S = 0.02  # how often a waiting stream looks at the cancel token
REPORT_EVERY_S = 0.03  # progress events at most this often (the first token at once)


class MissingKeyError(ProviderError):
    message = "No API key is set for {provider}."
    hint = "Add it in Settings > Providers, or set the environment variable {env}."


class OpenAIChatProvider:
    id = "openai-compatible"
    kind = "text"

    def __init__(self):
        self._clients: dict[tuple, object] = {}
        self._lock = threading.Lock()

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        ep = resolve_endpoint(request, settings)
        is_openai = ep.type == "openai"
        return ProviderInfo(
            id=ep.provider_id, kind="text", label=ep.label, where=ep.where, runs_in=RunsIn.POOL,
            model=ep.model, endpoint=ep.host, configured_as_cloud=ep.configured_as_cloud,
            licence="OpenAI Services Agreement" if is_openai else "unknown",
            commercial_use="yes" if is_openai else "unknown")

    # --- generation ------------------------------------------------------------------------
    def generate(self, request, ctx: JobContext) -> list[GeneratedOutput]:
        ep = resolve_endpoint(request, ctx.settings)
        if ctx.offline and ep.needs_network:
            raise OfflineError(provider=ep.label)
        ctx.check()
        client = self._client(ep)
        model = ep.model or self._first_model(client, ep, ctx)
        params = self._params(request, ep, model)
        started, t0 = now_iso(), time.perf_counter()
        if request.stream:
            text, usage, partial, ttft = self._stream(client, params, ep, ctx)
        else:
            text, usage, partial, ttft = self._complete(client, params, ep, ctx)
        elapsed = time.perf_counter() - t0
        record = GenerationRecord(
            provider=ep.provider_id, model=model, where=ep.where, endpoint=ep.host,
            licence="OpenAI Services Agreement" if ep.type == "openai" else "unknown",
            commercial_use="yes" if ep.type == "openai" else "unknown",
            prompt=request.prompt, system_prompt=request.system_prompt,
            parameters={k: v for k, v in params.items() if k not in ("messages", "model",
                                                                     "stream_options")},
            started_at=started, finished_at=now_iso(), duration_s=round(elapsed, 3),
            tokens=usage, job_id=ctx.job_id)
        meta = {"ttft_s": round(ttft, 4) if ttft is not None else None}
        if request.stream and usage.get("completion") and ttft is not None and elapsed > ttft:
            meta["tokens_per_s"] = round(usage["completion"] / (elapsed - ttft), 1)
        output = text_output(text, record, channel=request.channel, meta=meta, partial=partial)
        if partial:
            raise cancelled_with(output)
        return [output]

    def _client(self, ep: Endpoint):
        key_id = ep.provider_id
        key, _source = get_api_key(key_id)
        if not key and ep.type == "openai":
            raise MissingKeyError(provider=ep.label, env=env_var_for(key_id))
        cache_key = (ep.base_url, key, ep.timeout)
        with self._lock:
            if cache_key not in self._clients:
                self._clients[cache_key] = make_client(ep.base_url, key, timeout=ep.timeout)
            return self._clients[cache_key]

    def _first_model(self, client, ep: Endpoint, ctx: JobContext) -> str:
        """A server by base URL with no model named: the first it lists (Ollama, LM Studio...)."""
        page = _await(lambda: client.models.list(), ep, ctx)
        ids = [m.id for m in getattr(page, "data", [])]
        if not ids:
            raise UsageError(what=tr("{server} lists no model: name one with --model",
                                     server=ep.label))
        return ids[0]

    @staticmethod
    def _params(request, ep: Endpoint, model: str) -> dict:
        messages = []
        if request.system_prompt:
            messages.append({"role": "system", "content": request.system_prompt})
        messages.append({"role": "user", "content": request.prompt})
        params = {"model": model, "messages": messages}
        if request.temperature is not None:
            params["temperature"] = request.temperature
        if request.max_tokens:
            # OpenAI's newer models only take max_completion_tokens; local servers know max_tokens
            key = "max_completion_tokens" if ep.type == "openai" else "max_tokens"
            params[key] = request.max_tokens
        for name in ("top_p", "seed", "stop", "presence_penalty", "frequency_penalty"):
            if request.options.get(name) is not None:
                params[name] = request.options[name]
        if request.stream and ep.type == "openai":
            params["stream_options"] = {"include_usage": True}
        return params

    def _complete(self, client, params: dict, ep: Endpoint, ctx: JobContext):
        t0 = time.perf_counter()
        response = _await(lambda: client.chat.completions.create(**params), ep, ctx)
        text = (response.choices[0].message.content or "") if response.choices else ""
        ctx.progress(1, 1, text=text)
        return text, _usage(getattr(response, "usage", None)), False, time.perf_counter() - t0

    def _stream(self, client, params: dict, ep: Endpoint, ctx: JobContext):
        """Read the stream in this thread (no hand-over between threads per token); a watcher
        thread shuts the connection down when the user cancels, which ends the read at once."""
        t0 = time.perf_counter()
        stream = _await(lambda: client.chat.completions.create(**params, stream=True), ep, ctx)
        parts: list[str] = []
        usage: dict = {}
        chunks, last_report, ttft = 0, 0.0, None
        total = params.get("max_tokens") or params.get("max_completion_tokens") or 0
        watcher = _Watcher(stream, ctx)
        try:
            for chunk in stream:
                if ctx.cancelled:
                    break
                if getattr(chunk, "usage", None):
                    usage = _usage(chunk.usage)
                delta = _delta(chunk)
                if not delta:
                    continue
                parts.append(delta)
                chunks += 1
                now = time.perf_counter()
                if ttft is None:
                    ttft = now - t0
                if chunks == 1 or now - last_report >= REPORT_EVERY_S:
                    ctx.progress(chunks, total, text="".join(parts))
                    last_report = now
        except Exception as exc:
            if not ctx.cancelled:
                raise _error(exc, ep, ctx) from exc
        finally:
            watcher.stop()
        if ctx.cancelled:
            _close(stream)
            if not parts:
                raise CancelledError()
            return "".join(parts), usage or {"completion": chunks}, True, ttft
        text = "".join(parts)
        ctx.progress(chunks, chunks, text=text)
        return text, usage or {"completion": chunks}, False, ttft


_senders: list[ThreadPoolExecutor] = []
_senders_lock = threading.Lock()


def _sender() -> ThreadPoolExecutor:
    """Threads kept warm for sending requests (starting one per request costs milliseconds)."""
    with _senders_lock:
        if not _senders:
            _senders.append(ThreadPoolExecutor(max_workers=8, thread_name_prefix="chat-send"))
        return _senders[0]


def _await(request_fn, ep: Endpoint, ctx: JobContext):
    """Send the request (with retries) on a helper thread and wait for its answer here, so that
    a cancel is honoured at once even while the server has not answered yet."""
    future = _sender().submit(call_with_retries, request_fn, provider=ep.label,
                              cancel=ctx.cancel, timeout=ep.timeout)
    while True:
        if ctx.cancelled:
            # answered after the job gave up: free the connection
            future.add_done_callback(_close_result)
            raise CancelledError()
        try:
            result = future.result(timeout=POLL_S)
        except FutureTimeout:
            continue
        except Exception as exc:
            raise _error(exc, ep, ctx) from exc
        if ctx.cancelled:
            _close_result(future)
            raise CancelledError()
        return result


def _close_result(future) -> None:
    if not future.cancelled() and future.exception() is None and hasattr(future.result(),
                                                                          "response"):
        _close(future.result())


class _Watcher:
    """Shuts a stream's connection down when the job is cancelled (from its own thread: the job
    thread may be blocked reading)."""

    def __init__(self, stream, ctx: JobContext):
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, args=(stream, ctx), daemon=True,
                                        name=f"cancel-{ctx.job_id}")
        self._thread.start()

    def _watch(self, stream, ctx: JobContext) -> None:
        while not self._done.wait(POLL_S):
            if ctx.cancelled:
                _close(stream)
                return

    def stop(self) -> None:
        self._done.set()


def _error(exc: BaseException, ep: Endpoint, ctx: JobContext) -> BaseException:
    if isinstance(exc, CancelledError) or ctx.cancelled:
        return CancelledError()
    return map_error(exc, ep.label, timeout=ep.timeout)


def _close(stream) -> None:
    """End a stream now. Closing the response alone does not wake a read blocked in another
    thread, and the server would keep generating: shut the socket down first (httpcore exposes
    it as the response's "network_stream" extension)."""
    try:
        network = stream.response.extensions.get("network_stream")
        sock = network.get_extra_info("socket") if network is not None else None
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, AttributeError) as exc:
        log.debug("shutting down a cancelled stream: %s", exc)
    try:
        stream.close()
    except Exception as exc:  # the connection may already be gone
        log.debug("closing a cancelled stream: %s", exc)


def _delta(chunk) -> str:
    choices = getattr(chunk, "choices", None) or []
    if not choices:
        return ""
    delta = getattr(choices[0], "delta", None)
    return (getattr(delta, "content", None) or "") if delta is not None else ""


def _usage(usage) -> dict:
    if usage is None:
        return {}
    return {"prompt": getattr(usage, "prompt_tokens", None),
            "completion": getattr(usage, "completion_tokens", None)}
