"""Shared plumbing for everything that speaks the OpenAI API (chat, images, speech): one client
factory, one mapping from the SDK's exceptions to the app's errors, one retry loop with backoff
that honours Retry-After and the job's cancel token. `openai` is imported only when used."""

from __future__ import annotations

import logging
import random
import time

from app.core.errors import (
    AuthenticationError,
    CancelledError,
    NetworkError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
    ServerError,
    VitrineError,
)
from app.core.net import OfflineNetworkError
from app.providers.secrets import redact

log = logging.getLogger(__name__)
RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}


def make_client(base_url: str = "", api_key: str = "", timeout: float = 60.0):
    """An `openai.OpenAI` client with the SDK's own retries off (ours honour cancel)."""
    import openai

    return openai.OpenAI(base_url=base_url or None, api_key=api_key or "no-key",
                         timeout=timeout, max_retries=0)


def map_error(exc: BaseException, provider: str, *, attempts: int = 1,
              timeout: float | None = None) -> VitrineError:
    """The app's error for an exception raised by the openai SDK (or the network under it)."""
    import openai

    if isinstance(exc, VitrineError):
        return exc
    details = redact(f"{type(exc).__name__}: {exc}")
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return AuthenticationError(provider=provider, details=details)
    if isinstance(exc, openai.RateLimitError):
        return RateLimitError(provider=provider, attempts=attempts, details=details)
    if isinstance(exc, openai.APITimeoutError):
        return ProviderTimeoutError(provider=provider, seconds=_fmt(timeout), details=details)
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        offline = offline_cause(exc)
        if offline is not None:
            return offline
        return NetworkError(provider=provider, reason=_reason(cause or exc), details=details)
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status >= 500:
            return ServerError(provider=provider, status=status, details=details)
        message = _server_message(exc) or f"HTTP {status}"
        return ProviderError(provider=provider, reason=message, details=details)
    return ProviderError(provider=provider, reason=_reason(exc), details=details)


def is_retryable(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return False  # a timeout already waited long; retrying doubles the wait silently
    if isinstance(exc, openai.APIConnectionError):
        return offline_cause(exc) is None
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUS
    return False


def offline_cause(exc: BaseException) -> OfflineNetworkError | None:
    """The offline guard's refusal somewhere under `exc` (httpx wraps it more than once)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OfflineNetworkError):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    if response is None:
        return None
    value = response.headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def call_with_retries(fn, *, provider: str, cancel=None, attempts: int = 4,
                      base_delay: float = 1.0, max_delay: float = 20.0,
                      timeout: float | None = None):
    """Run `fn()`; on 429/5xx/connection errors wait (Retry-After, else exponential backoff with
    jitter) and try again, up to `attempts` times. Cancel interrupts the wait."""
    for attempt in range(1, attempts + 1):
        if cancel is not None and cancel.is_set():
            raise CancelledError()
        try:
            return fn()
        except CancelledError:
            raise
        except Exception as exc:
            if cancel is not None and cancel.is_set():
                raise CancelledError() from exc
            if attempt >= attempts or not is_retryable(exc):
                raise map_error(exc, provider, attempts=attempt, timeout=timeout) from exc
            delay = retry_after(exc)
            if delay is None:
                backoff = min(max_delay, base_delay * 2 ** (attempt - 1))
                delay = backoff * (0.5 + random.random() / 2)  # jitter
            delay = min(max(delay, 0.0), max_delay)
            log.info("%s: attempt %s failed (%s); retrying in %.1f s", provider, attempt,
                     type(exc).__name__, delay)
            _sleep(delay, cancel)
    raise AssertionError("unreachable")


def _sleep(seconds: float, cancel) -> None:
    end = time.monotonic() + seconds
    while True:
        left = end - time.monotonic()
        if left <= 0:
            return
        if cancel is not None and cancel.is_set():
            raise CancelledError()
        time.sleep(min(left, 0.05))


def _server_message(exc) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and err.get("message"):
            return redact(str(err["message"]))[:300]
    return ""


def _reason(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return redact(text)[:300]


def _fmt(value) -> str:
    return "?" if value is None else f"{value:g}"
