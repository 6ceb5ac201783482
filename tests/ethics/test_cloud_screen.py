"""A prompt with personal data bound for a cloud provider: blocked before any request leaves,
or (the user's choice) redacted — the server never sees the data."""

from __future__ import annotations

import json

import pytest

from app.core.errors import PersonalDataError
from app.core.requests import TextRequest
from app.providers import registry
from app.services import policy
from app.services.context import AppContext
from app.services.generate import generate

PROMPT = ("Annonce pour Jean-Pierre Martin, joignable au 06 12 34 56 78 ou "
          "jp.martin@example.fr, IBAN FR76 3000 6000 0112 3456 7890 189")
SECRETS = ("06 12 34 56 78", "jp.martin@example.fr", "FR76 3000 6000 0112 3456 7890 189",
           "Jean-Pierre Martin")


@pytest.fixture
def app(workspace, settings):
    registry.register("chat-cloud", "tests.ethics.cloud_provider:ChatCloudProvider")
    policy._screen.clear()  # the real detector, as the application gets it
    ctx = AppContext(workspace=workspace, settings=settings)
    yield ctx
    if ctx.engine is not None:
        ctx.engine.shutdown()
    registry.BUILTIN.pop("chat-cloud", None)
    policy._screen.clear()


@pytest.fixture
def chat_server(local_server):
    def complete(request, response):
        response.send(200, {"id": "c1", "object": "chat.completion", "model": "gpt-test",
                            "choices": [{"index": 0, "finish_reason": "stop",
                                         "message": {"role": "assistant",
                                                     "content": "Une belle annonce."}}]})

    local_server.route("POST", "/v1/chat/completions", complete)
    return local_server


def request(campaign, server):
    return TextRequest(campaign_id=campaign.id, provider="chat-cloud", base_url=server.url,
                       prompt=PROMPT, language="fr")


def test_blocked_personal_data_never_leaves(app, campaign, chat_server):
    with pytest.raises(PersonalDataError) as caught:
        generate(app, request(campaign, chat_server))
    assert "email" in str(caught.value) and "phone" in str(caught.value)
    assert chat_server.requests_to("/v1/chat/completions") == []


def test_redacted_personal_data_reaches_the_server_only_redacted(app, campaign, chat_server):
    app.settings.personal_data_action = "redact"
    result = generate(app, request(campaign, chat_server)).wait(60)
    assert result.ok, result.error
    sent = chat_server.requests_to("/v1/chat/completions")
    assert len(sent) == 1
    body = sent[0].body.decode("utf-8")
    content = json.loads(body)["messages"][-1]["content"]
    for secret in SECRETS:
        assert secret not in body
    assert "[phone]" in content and "[email]" in content and "[iban]" in content
    assert "[person]" in content
    # what was stored is the redacted prompt too
    assert "06 12 34 56 78" not in result.assets[0].generation.prompt
