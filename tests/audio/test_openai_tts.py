"""OpenAI text-to-speech through the `openai` package against a real HTTP server on 127.0.0.1
that speaks the `/v1/audio/speech` API, configured as a cloud provider: success, long scripts in
pieces, and the errors (401, 429 then success, 500, timeout), with nothing half-written."""

from __future__ import annotations

import pytest

from app.core.errors import (
    AuthenticationError,
    ConfidentialError,
    OfflineError,
    ProviderError,
    ProviderTimeoutError,
    ServerError,
)
from app.core.jobs import JobState
from app.core.requests import AudioRequest
from app.core.settings import ProviderConfig
from app.services.generate import generate
from tests.fixtures.audio import SECONDS_PER_CHAR, SPEECH_PATH, TEST_KEY, nothing_stored, read

SCRIPT = "Cet été, protégez toute la famille. Crème solaire minérale, indice cinquante."


@pytest.fixture
def cloud_tts(audio_app, speech_server, monkeypatch):
    """The app with an OpenAI audio provider pointed at the local server, configured as cloud
    (so every cloud rule applies), and its key in the environment."""
    audio_app.settings.providers.append(ProviderConfig(
        id="openai-voice", kind="audio", type="openai", base_url=f"{speech_server.url}/v1",
        where="cloud", timeout_s=2.0, label="OpenAI voices"))
    monkeypatch.setenv("VITRINE_OPENAI_VOICE_API_KEY", TEST_KEY)
    return audio_app, speech_server


def submit(app, campaign, **fields):
    fields.setdefault("speech", SCRIPT)
    fields.setdefault("voice", "openai-voice:nova")
    return generate(app, AudioRequest(campaign_id=campaign.id, **fields)).wait(60)


def test_speech_lands_with_transcript_voice_and_cloud_record(cloud_tts, campaign, socket_guard):
    app, server = cloud_tts
    result = submit(app, campaign, rate=1.25, options={"instructions": "chaleureux"})
    assert result.state == JobState.SUCCEEDED, result.error
    asset = result.assets[0]
    sent = server.requests_to(SPEECH_PATH)[0].json()
    assert sent["voice"] == "nova" and sent["input"] == SCRIPT and sent["speed"] == 1.25
    assert sent["model"] == "gpt-4o-mini-tts" and sent["instructions"] == "chaleureux"
    assert asset.transcript == SCRIPT
    _audio, rate = read(asset.path)
    assert rate == 24000
    expected = len(SCRIPT) * SECONDS_PER_CHAR / 1.25
    assert asset.duration_s == pytest.approx(expected, rel=0.15)
    gen = asset.generation
    assert gen.provider == "openai-voice" and gen.where.value == "cloud"
    assert gen.endpoint == "127.0.0.1" and gen.tokens == {"characters": len(SCRIPT)}
    assert TEST_KEY not in str(gen.to_dict())
    assert socket_guard == []  # nothing went beyond loopback


def test_the_voice_id_alone_routes_to_the_configured_provider(cloud_tts, campaign):
    app, server = cloud_tts
    result = submit(app, campaign, voice="openai-voice:shimmer", output_format="mp3")
    assert result.state == JobState.SUCCEEDED, result.error
    assert server.requests_to(SPEECH_PATH)[0].json()["voice"] == "shimmer"
    assert result.assets[0].ext == "mp3"


def test_a_long_script_is_sent_in_pieces_under_the_api_limit(cloud_tts, campaign):
    app, server = cloud_tts
    script = " ".join(f"Phrase {i} du texte long, lue par une voix de synthèse." for i in
                      range(200))
    assert len(script) > 10000
    result = submit(app, campaign, speech=script)
    assert result.state == JobState.SUCCEEDED, result.error
    inputs = [r.json()["input"] for r in server.requests_to(SPEECH_PATH)]
    assert len(inputs) == 3 and all(len(i) <= 4096 for i in inputs)
    assert all(i.endswith(".") for i in inputs)  # cut at sentence boundaries
    assert " ".join(inputs) == script
    timing = result.assets[0].meta["timing"]
    assert [t["text"] for t in timing] == inputs


def test_a_wrong_key_is_a_401_said_plainly(cloud_tts, campaign, monkeypatch):
    app, server = cloud_tts
    monkeypatch.setenv("VITRINE_OPENAI_VOICE_API_KEY", "sk-wrong-key-000000000")
    result = submit(app, campaign)
    assert result.state == JobState.FAILED
    assert isinstance(result.error, AuthenticationError)
    assert "refused the API key (401)" in str(result.error)
    assert "sk-wrong-key-000000000" not in result.error.details
    assert len(server.requests_to(SPEECH_PATH)) == 1  # not retried
    assert nothing_stored(app.workspace, campaign.id)


def test_a_429_is_retried_after_the_server_says_and_then_succeeds(cloud_tts, campaign):
    app, server = cloud_tts
    server.fail_next(SPEECH_PATH, 429, count=1, headers={"Retry-After": "0.2"})
    result = submit(app, campaign)
    assert result.state == JobState.SUCCEEDED, result.error
    assert len(server.requests_to(SPEECH_PATH)) == 2


def test_a_500_that_persists_fails_with_nothing_stored(cloud_tts, campaign):
    app, server = cloud_tts
    server.fail_next(SPEECH_PATH, 500, count=10, headers={"Retry-After": "0"})
    result = submit(app, campaign)
    assert result.state == JobState.FAILED
    assert isinstance(result.error, ServerError) and "internal error (500)" in str(result.error)
    assert len(server.requests_to(SPEECH_PATH)) == 4
    assert nothing_stored(app.workspace, campaign.id)


def test_a_server_that_does_not_answer_times_out(cloud_tts, campaign):
    app, server = cloud_tts
    app.settings.providers[-1].timeout_s = 0.5
    server.delays[SPEECH_PATH] = 3.0
    result = submit(app, campaign)
    assert result.state == JobState.FAILED
    assert isinstance(result.error, ProviderTimeoutError)
    assert "did not answer within 0.5 seconds" in str(result.error)
    assert nothing_stored(app.workspace, campaign.id)


def test_an_answer_that_is_not_audio_is_an_error_not_a_file(cloud_tts, campaign):
    app, server = cloud_tts
    server.route("POST", SPEECH_PATH, lambda req, resp: resp.send(200, "<html>oops</html>",
                                                                  content_type="text/html"))
    result = submit(app, campaign)
    assert result.state == JobState.FAILED and isinstance(result.error, ProviderError)
    assert "its answer is not audio" in str(result.error)
    assert nothing_stored(app.workspace, campaign.id)


def test_cloud_rules_apply_before_any_request(cloud_tts, campaign):
    app, server = cloud_tts
    secret = app.workspace.create_campaign("Secret", confidentiality="confidential")
    with pytest.raises(ConfidentialError):
        submit(app, secret)
    app.offline_override = True
    with pytest.raises(OfflineError):
        submit(app, campaign)
    assert server.requests_to(SPEECH_PATH) == []
