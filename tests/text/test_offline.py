"""Offline mode with every text provider exercised: cloud and LAN providers are refused with a
clear message before any socket is opened; local ones work; the socket guard sees no connection
attempt beyond loopback."""

from __future__ import annotations

import pytest

from app.core import net
from app.core.errors import OfflineError, VitrineError
from app.core.requests import TextRequest
from app.core.settings import ProviderConfig, Settings
from app.providers.text.discovery import KnownServer, discover_local_servers
from app.providers.text.local_model import TransformersTextProvider
from app.providers.text.openai_chat import OpenAIChatProvider
from scripts.tiny_models import ensure
from tests.fixtures.chat_server import CHAT_PATH


@pytest.fixture
def offline():
    net.set_offline(True)
    yield
    net.set_offline(False)


def test_every_text_provider_offline(offline, socket_guard, chat_server, make_ctx):
    refused_before = len(net.blocked_attempts())  # the guard's log lasts the whole process
    settings = Settings(providers=[
        ProviderConfig(id="team-cloud", base_url=chat_server.base_url, where="cloud"),
        ProviderConfig(id="lan-box", base_url="http://192.168.1.30:11434/v1", model="m")])
    chat = OpenAIChatProvider()
    refused = [
        TextRequest(campaign_id="c", provider="openai", prompt="x"),
        TextRequest(campaign_id="c", provider="openai-compatible", prompt="x",
                    base_url="https://llm.example.com/v1", model="m"),
        TextRequest(campaign_id="c", provider="openai-compatible", prompt="x",
                    base_url="http://10.0.0.8:8000/v1", model="m"),
        TextRequest(campaign_id="c", provider="lan-box", prompt="x"),
        TextRequest(campaign_id="c", provider="team-cloud", prompt="x", model="m"),
    ]
    for request in refused:
        job = make_ctx(settings=settings.to_dict(), offline=True)
        with pytest.raises(OfflineError) as err:
            chat.generate(request, job.ctx)
        assert "Offline mode is on" in str(err.value)
    assert chat_server.server.requests_to(CHAT_PATH) == []  # cloud rules even on loopback

    local = chat.generate(TextRequest(campaign_id="c", provider="openai-compatible", prompt="x",
                                      base_url=chat_server.base_url, model="m"),
                          make_ctx(offline=True).ctx)[0]
    assert local.text

    in_process = TransformersTextProvider().generate(
        TextRequest(campaign_id="c", provider="transformers", prompt="x", max_tokens=8,
                    model=str(ensure("tiny-text-llama")), options={"seed": 1},
                    temperature=1.0), make_ctx(offline=True).ctx)[0]
    assert in_process.record.where.value == "local"

    found = discover_local_servers((KnownServer("t", "Test", chat_server.server.port),))
    assert [f.models for f in found] == [["tiny-chat", "other-model"]]
    assert discover_local_servers(host="192.168.1.30") == []

    assert socket_guard == []
    assert net.blocked_attempts()[refused_before:] == []


def test_the_process_guard_stops_what_slips_through(offline, chat_server, make_ctx):
    """Defence in depth: a job that did not know it was offline still cannot leave."""
    job = make_ctx(offline=False)
    with pytest.raises(VitrineError) as err:
        OpenAIChatProvider().generate(
            TextRequest(campaign_id="c", provider="openai-compatible", prompt="x",
                        base_url="http://10.0.0.9:8000/v1", model="m",
                        options={"timeout": 2}), job.ctx)
    assert "10.0.0.9" in str(err.value) and "Offline mode is on" in str(err.value)
