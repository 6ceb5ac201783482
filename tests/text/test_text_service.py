"""Text jobs through the services and the job engine: the system prompt composed from the
campaign, the answer split into one asset per variant with its lengths, limits and grounding
flags; a cancelled stream kept as a cancelled draft; offline mode."""

from __future__ import annotations

import threading
import time

import pytest

from app.core import net
from app.core.errors import OfflineError, UsageError
from app.core.jobs import JobState
from app.core.requests import TextRequest
from app.services.context import AppContext
from app.services.generate import generate

REPLY = ("Voici 2 variantes :\n\n"
         "1. Titre : Le soleil sans souci\n"
         "   Description : Filtres minéraux, SPF 50, pour toute la famille.\n"
         "2. Titre : La meilleure crème solaire de l'été 2027\n"
         "   Description : 99 % de protection, à 14,90 € seulement.\n")


@pytest.fixture
def app(workspace, settings):
    ctx = AppContext(workspace=workspace, settings=settings)
    yield ctx
    ctx.close()
    net.set_offline(False)


def test_variants_become_assets_with_limits_and_grounding(app, campaign, chat_server):
    chat_server.reply(REPLY)
    request = TextRequest(campaign_id=campaign.id, channel="google-ads", variants=2,
                          base_url=chat_server.base_url, model="tiny-chat")
    result = generate(app, request).wait(20)
    assert result.state == JobState.SUCCEEDED, result.error

    body = chat_server.bodies[0]
    system = body["messages"][0]["content"]
    assert "Crème solaire minérale SPF 50" in system and "- SPF 50 (preuve" in system
    assert "N'utilisez que les faits" in system and "au plus 30 caractères" in system
    assert body["messages"][1]["content"] == "Rédigez le texte de cette campagne."
    assert body["max_tokens"] >= 128

    first, second = result.assets
    assert first.kind.value == "text" and first.channel == "google-ads"
    assert first.text.startswith("Titre : Le soleil sans souci")
    assert first.meta["variant"] == 1 and first.meta["variants"] == 2
    assert [(f["id"], f["length"], f["limit"], f["over_limit"]) for f in first.meta["fields"]] == [
        ("headline", 20, 30, False), ("description", 48, 90, False)]
    assert first.meta["grounded"] and not first.meta["over_limit"]

    headline = second.meta["fields"][0]
    assert headline["over_limit"] and headline["length"] == 40  # flagged, kept whole
    assert headline["text"] == "La meilleure crème solaire de l'été 2027"
    flagged = sorted((f["kind"], f["text"]) for f in second.meta["grounding"]["flags"])
    assert flagged == [("date", "2027"), ("percentage", "99 %"), ("price", "14,90 €"),
                       ("superlative", "meilleure")]
    assert "over-limit:headline" in second.meta["flags"]
    stored = app.workspace.get_asset(second.id)  # what the UI and the CLI read back
    assert stored.meta["grounding"]["flags"] and stored.generation.model == "tiny-chat"
    assert stored.generation.parameters["variant"] == 2
    assert stored.generation.system_prompt == system


def test_a_cancelled_stream_is_kept_as_a_cancelled_draft(app, campaign, chat_server):
    chat_server.reply(" ".join(f"mot{i}" for i in range(200)))
    chat_server.token_interval = 0.01
    chat_server.stall_after = 8
    handle = generate(app, TextRequest(campaign_id=campaign.id, channel="x",
                                       base_url=chat_server.base_url, model="m"))

    def cancel_soon():
        while len(chat_server.sent) < 8:
            time.sleep(0.005)
        time.sleep(0.1)
        handle.cancel()

    threading.Thread(target=cancel_soon, daemon=True).start()
    result = handle.wait(10)
    assert result.state == JobState.CANCELLED
    [draft] = result.assets
    assert draft.text == " ".join(f"mot{i}" for i in range(8))
    assert draft.status.value == "draft" and draft.meta["partial"] and draft.meta["cancelled"]


def test_unknown_channel_fails_before_submission(app, campaign):
    with pytest.raises(UsageError):
        generate(app, TextRequest(campaign_id=campaign.id, channel="fax", base_url="http://x"))


def test_offline_refuses_cloud_before_any_socket(app, campaign, chat_server, socket_guard):
    app.offline_override = True
    net.set_offline(True)
    refused_before = len(net.blocked_attempts())
    for provider, base_url in (("openai", ""), ("openai-compatible", "http://10.1.2.3:8000/v1"),
                               ("openai-compatible", "https://llm.example.com/v1")):
        with pytest.raises(OfflineError):
            generate(app, TextRequest(campaign_id=campaign.id, channel="x", provider=provider,
                                      base_url=base_url))
    assert socket_guard == [] and net.blocked_attempts()[refused_before:] == []


def test_doctor_reports_text_generation(app, socket_guard):
    from app.services import doctor

    report = doctor.run(app)["text"]
    assert report["ok"] and report["builtin_model"]["draft_quality"]
    assert report["openai_key"] in ("none", "environment", "session", "keyring")
    assert isinstance(report["local_servers"], list)
    assert socket_guard == []  # discovery stays on loopback


def test_in_process_model_runs_in_the_worker_and_cancels_to_a_draft(app, campaign):
    """The local provider through the engine's worker process: a finished job gives assets; a
    job cancelled while it writes keeps its text as a cancelled draft."""
    from scripts.tiny_models import ensure

    model = str(ensure("tiny-text-llama"))
    done = generate(app, TextRequest(campaign_id=campaign.id, channel="x", provider="transformers",
                                     model=model, max_tokens=12, temperature=1.0,
                                     options={"seed": 2})).wait(120)
    assert done.state == JobState.SUCCEEDED, done.error
    assert done.assets and done.assets[0].generation.where.value == "local"
    assert done.assets[0].meta["fields"][0]["limit"] == 280

    handle = generate(app, TextRequest(campaign_id=campaign.id, channel="x",
                                       provider="transformers", model=model, max_tokens=4000,
                                       temperature=1.0, options={"seed": 3}))
    streamed = threading.Event()

    def listener(event):
        if event.job_id == handle.id and event.progress is not None and event.progress.text:
            streamed.set()

    app.jobs().add_listener(listener)
    assert streamed.wait(60)
    handle.cancel()
    result = handle.wait(30)
    assert result.state == JobState.CANCELLED
    [draft] = result.assets
    assert draft.text and draft.meta["partial"] and draft.meta["cancelled"]
    assert draft.generation.tokens["completion"] < 4000


def test_prompt_rewrite_by_the_local_model_stores_nothing(app, campaign):
    from app.services.text import lint, start_prompt_rewrite
    from scripts.tiny_models import ensure

    report = lint(app, "Write something catchy", campaign.id, channel="instagram")
    assert report.covered  # the campaign's brief answers some of it
    job = start_prompt_rewrite(app, "Write something catchy", campaign.id, channel="instagram",
                               model=str(ensure("tiny-text-llama")))
    text = job.text(timeout=120)
    assert isinstance(text, str) and text.strip()
    assert job.handle.wait(1).state == JobState.SUCCEEDED
    assert app.workspace.list_assets(campaign.id) == []
