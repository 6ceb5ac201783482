"""The OpenAI-API chat provider against a real HTTP server on 127.0.0.1 speaking chat
completions, streamed and not."""

from __future__ import annotations

import itertools
import threading
import time

import pytest

from app.core.assets import Where
from app.core.errors import (
    AuthenticationError,
    CancelledError,
    ProviderTimeoutError,
    ServerError,
)
from app.core.requests import TextRequest
from app.core.settings import ProviderConfig, Settings
from app.providers import secrets
from app.providers.text.openai_chat import MissingKeyError, OpenAIChatProvider
from tests.fixtures.chat_server import CHAT_PATH


def request_for(chat_server, **kw) -> TextRequest:
    kw.setdefault("provider", "openai-compatible")
    kw.setdefault("base_url", chat_server.base_url)
    kw.setdefault("prompt", "Write two headlines")
    kw.setdefault("system_prompt", "You write ads.")
    return TextRequest(campaign_id="cmp_test", **kw)


@pytest.fixture
def provider():
    return OpenAIChatProvider()


def test_streamed_tokens_arrive_incrementally(chat_server, provider, make_ctx):
    chat_server.reply("one two three four five six seven eight nine ten")
    chat_server.token_interval = 0.04
    job = make_ctx()
    out = provider.generate(request_for(chat_server, model="tiny-chat"), job.ctx)[0]

    assert out.text == "one two three four five six seven eight nine ten"
    assert not out.partial
    texts = job.texts
    assert len(set(texts)) >= 5, texts  # many intermediate states, not one final dump
    for shorter, longer in itertools.pairwise(texts):
        assert longer.startswith(shorter)
    first_event = job.events[0][0]
    last_token_sent = chat_server.sent[-1]
    assert first_event < last_token_sent - 0.2  # shown while the server was still writing
    assert chat_server.bodies[0]["stream"] is True
    assert chat_server.bodies[0]["messages"][0] == {"role": "system", "content": "You write ads."}
    assert out.record.model == "tiny-chat" and out.record.where == Where.LOCAL
    assert out.meta["ttft_s"] is not None


def test_not_streamed(chat_server, provider, make_ctx):
    job = make_ctx()
    out = provider.generate(request_for(chat_server, model="tiny-chat", stream=False,
                                        max_tokens=50, temperature=0.2), job.ctx)[0]
    assert out.text == "1. Hello sunny world\n2. Bonjour le soleil"
    body = chat_server.bodies[0]
    assert not body.get("stream") and body["max_tokens"] == 50 and body["temperature"] == 0.2
    assert out.record.tokens == {"prompt": 12, "completion": len(chat_server.tokens)}
    assert out.record.parameters["max_tokens"] == 50


def test_model_taken_from_the_server_list(chat_server, provider, make_ctx):
    out = provider.generate(request_for(chat_server), make_ctx().ctx)[0]
    assert chat_server.bodies[0]["model"] == "tiny-chat"
    assert out.record.model == "tiny-chat"


def test_401_is_a_clear_authentication_error(chat_server, provider, make_ctx, local_server):
    local_server.fail_next(CHAT_PATH, 401, body={"error": {"message": "bad key sk-abcdef123456"}})
    with pytest.raises(AuthenticationError) as err:
        provider.generate(request_for(chat_server, model="m"), make_ctx().ctx)
    assert "401" in str(err.value) and "Settings" in str(err.value)
    assert "sk-abcdef123456" not in err.value.details  # keys never reach the log
    assert len(local_server.requests_to(CHAT_PATH)) == 1  # not retried


def test_429_then_success(chat_server, provider, make_ctx, local_server):
    local_server.fail_next(CHAT_PATH, 429, count=1, headers={"Retry-After": "0"})
    out = provider.generate(request_for(chat_server, model="m"), make_ctx().ctx)[0]
    assert out.text.startswith("1. Hello")
    assert len(local_server.requests_to(CHAT_PATH)) == 2


def test_500_is_a_clear_server_error(chat_server, provider, make_ctx, local_server):
    local_server.fail_next(CHAT_PATH, 500, count=10, headers={"Retry-After": "0"})
    with pytest.raises(ServerError) as err:
        provider.generate(request_for(chat_server, model="m"), make_ctx().ctx)
    assert "500" in str(err.value)
    assert len(local_server.requests_to(CHAT_PATH)) == 4  # retried, then gave up


@pytest.mark.parametrize("stream", [True, False])
def test_timeout_is_a_clear_error(chat_server, provider, make_ctx, stream):
    chat_server.first_token_delay = 3
    start = time.perf_counter()
    with pytest.raises(ProviderTimeoutError) as err:
        provider.generate(request_for(chat_server, model="m", stream=stream,
                                      options={"timeout": 0.4}), make_ctx().ctx)
    assert time.perf_counter() - start < 2.5
    assert "0.4 seconds" in str(err.value)


def cancelled_output(provider, request, job):
    """The job ends as cancelled (never as an error) and carries the text so far, for the
    engine to keep as a cancelled draft."""
    with pytest.raises(CancelledError) as err:
        provider.generate(request, job.ctx)
    outputs = err.value.outputs
    assert len(outputs) == 1
    return outputs[0]


def _cancel_when(job, condition, delay: float) -> dict:
    """Set the job's cancel token `delay` s after `condition()` holds; returns when it did."""
    seen = {}

    def watch():
        while not condition():
            time.sleep(0.002)
        time.sleep(delay)
        seen["at"] = time.perf_counter()
        job.cancel.set()

    threading.Thread(target=watch, daemon=True).start()
    return seen


def test_cancel_mid_stream_stops_fast_and_keeps_the_partial_text(chat_server, provider,
                                                                    make_ctx):
    chat_server.reply(" ".join(f"w{i}" for i in range(40)))
    chat_server.token_interval = 0.01
    chat_server.stall_after = 6  # then silence: a read that never returns must not delay cancel
    job = make_ctx()
    seen = _cancel_when(job, lambda: len(chat_server.sent) >= 6, 0.15)
    out = cancelled_output(provider, request_for(chat_server, model="m"), job)
    stopped = time.perf_counter() - seen["at"]

    assert stopped < 0.2, stopped
    assert out.partial
    assert out.text == "w0 w1 w2 w3 w4 w5"
    assert chat_server.client_gone.wait(2), "the connection was not closed"


def test_cancel_while_tokens_flow(chat_server, provider, make_ctx):
    chat_server.reply(" ".join(f"w{i}" for i in range(400)))
    chat_server.token_interval = 0.005
    job = make_ctx()
    seen = _cancel_when(job, lambda: len(chat_server.sent) >= 20, 0)
    out = cancelled_output(provider, request_for(chat_server, model="m"), job)
    assert time.perf_counter() - seen["at"] < 0.2
    assert out.partial and out.text.startswith("w0 w1") and len(out.text.split()) < 400
    assert chat_server.client_gone.wait(2)


def test_cancel_before_the_first_token(chat_server, provider, make_ctx):
    chat_server.first_token_delay = 5
    job = make_ctx()
    seen = _cancel_when(job, lambda: bool(chat_server.bodies), 0.1)
    with pytest.raises(CancelledError) as err:
        provider.generate(request_for(chat_server, model="m"), job.ctx)
    assert time.perf_counter() - seen["at"] < 0.2
    assert not getattr(err.value, "outputs", None)  # nothing received, nothing to keep


def test_where_a_call_runs(chat_server):
    describe = OpenAIChatProvider.describe
    empty = Settings()
    assert describe(request_for(chat_server), empty).where == Where.LOCAL
    lan = describe(request_for(chat_server, base_url="http://192.168.1.20:11434/v1"), empty)
    assert lan.where == Where.LAN and lan.is_network and not lan.is_cloud
    cloud = describe(request_for(chat_server, base_url="https://llm.example.com/v1"), empty)
    assert cloud.where == Where.CLOUD
    # a provider configured as cloud stays cloud even on loopback
    settings = Settings(providers=[ProviderConfig(id="team", base_url=chat_server.base_url,
                                                  where="cloud")])
    info = describe(TextRequest(campaign_id="c", provider="team"), settings)
    assert info.is_cloud and info.configured_as_cloud and info.endpoint == "127.0.0.1"
    openai_local = describe(request_for(chat_server, provider="openai"), empty)
    assert openai_local.is_cloud and openai_local.commercial_use == "yes"


def test_cloud_key_comes_from_secrets_and_is_never_recorded(chat_server, provider, make_ctx):
    with pytest.raises(MissingKeyError) as err:
        provider.generate(request_for(chat_server, provider="openai"), make_ctx().ctx)
    assert "VITRINE_OPENAI_API_KEY" in str(err.value)
    assert not chat_server.bodies

    key = "sk-test-0123456789abcdef"
    secrets.set_api_key("openai", key, session_only=True)
    try:
        out = provider.generate(request_for(chat_server, provider="openai"), make_ctx().ctx)[0]
    finally:
        secrets.delete_api_key("openai")
    request = chat_server.server.requests_to(CHAT_PATH)[-1]
    assert {k.lower(): v for k, v in request.headers.items()}["authorization"] == f"Bearer {key}"
    assert chat_server.bodies[-1]["model"] == "gpt-4o-mini"
    assert chat_server.bodies[-1]["stream_options"] == {"include_usage": True}
    assert out.record.tokens["completion"] == len(chat_server.tokens)
    assert out.record.where == Where.CLOUD
    assert key not in repr(out.record.to_dict()) and key not in repr(out.meta)


def test_configured_provider_uses_its_address_and_model(chat_server, provider, make_ctx):
    settings = Settings(providers=[ProviderConfig(id="studio-llm", base_url=chat_server.base_url,
                                                  model="other-model")])
    job = make_ctx(settings=settings.to_dict())
    out = provider.generate(TextRequest(campaign_id="c", provider="studio-llm", prompt="hi"),
                            job.ctx)[0]
    assert chat_server.bodies[0]["model"] == "other-model"
    assert out.record.provider == "studio-llm"
