"""The OpenAI images provider against a real HTTP server on 127.0.0.1 that speaks the Images API
(b64_json answers, multipart edits), with scripted failures."""

from __future__ import annotations

import base64
import io
import time

import pytest
from PIL import Image

from app.core.errors import (
    AuthenticationError,
    OfflineError,
    ProviderTimeoutError,
    ServerError,
)
from app.core.requests import ImageRequest
from app.core.settings import ProviderConfig, Settings
from app.providers.image import metadata
from app.providers.image.cloud import OpenAIImagesProvider, api_size

GENERATIONS = "/v1/images/generations"
EDITS = "/v1/images/edits"


def _png(color=(200, 100, 50), size=(32, 24)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


@pytest.fixture
def images_api(local_server, monkeypatch):
    monkeypatch.setenv("VITRINE_TEAM_GPU_API_KEY", "sk-test-1234567890")

    def generations(request, response):
        body = request.json()
        data = [{"b64_json": _png((10 * i, 100, 50)), "revised_prompt": body["prompt"] + "!"}
                for i in range(body.get("n", 1))]
        try:
            response.send(200, {"created": int(time.time()), "data": data})
        except BrokenPipeError:  # the client gave up (the timeout test)
            pass

    def edits(request, response):
        if not _header(request, "content-type").startswith("multipart/form-data"):
            response.send(400, {"error": {"message": "expected multipart"}})
            return
        response.send(200, {"created": int(time.time()), "data": [{"b64_json": _png()}]})

    local_server.route("POST", GENERATIONS, generations)
    local_server.route("POST", EDITS, edits)
    return local_server


def _header(request, name: str) -> str:
    return {k.lower(): v for k, v in request.headers.items()}.get(name, "")


def _settings(server, **kw) -> dict:
    config = ProviderConfig(id="team-gpu", kind="image", type="openai-compatible",
                            base_url=server.url + "/v1", model="sdxl-server", where="cloud",
                            **kw)
    return Settings(providers=[config]).to_dict()


def _request(**kw) -> ImageRequest:
    base = {"campaign_id": "c", "provider": "team-gpu", "prompt": "un flacon au soleil",
            "count": 2, "width": 512, "height": 512,
            "options": {"retry_base_delay": 0.01}}
    base.update(kw)
    return ImageRequest(**base)


def test_images_come_back_as_png_with_their_record(images_api, recorder, socket_guard):
    rec = recorder(_settings(images_api))
    outputs = OpenAIImagesProvider().generate(_request(negative_prompt="flou", seed=9), rec.ctx)
    assert len(outputs) == 2
    sent = images_api.requests_to(GENERATIONS)[0]
    body = sent.json()
    assert body["response_format"] == "b64_json" and body["n"] == 2
    assert body["size"] == "512x512" and body["model"] == "sdxl-server"
    assert body["negative_prompt"] == "flou" and body["seed"] == 9  # a compatible server's extras
    assert _header(sent, "authorization") == "Bearer sk-test-1234567890"
    record = outputs[0].record
    assert record.where.value == "cloud" and record.endpoint == "127.0.0.1"
    assert record.model == "sdxl-server" and record.parameters["revised_prompt"].endswith("!")
    assert outputs[0].data.startswith(b"\x89PNG") and (outputs[0].width, outputs[0].height) == \
        (32, 24)
    assert "Sampler: sdxl-server" in metadata.read_parameters(outputs[0].data)
    assert socket_guard == []


def test_a_401_says_the_key_was_refused(images_api, recorder):
    images_api.fail_next(GENERATIONS, 401, body={"error": {"message": "Incorrect API key",
                                                          "type": "invalid_request_error"}})
    with pytest.raises(AuthenticationError) as caught:
        OpenAIImagesProvider().generate(_request(), recorder(_settings(images_api)).ctx)
    assert "refused the API key" in str(caught.value)
    assert "sk-test-1234567890" not in caught.value.details
    assert len(images_api.requests_to(GENERATIONS)) == 1  # not retried


def test_a_429_is_retried_then_succeeds(images_api, recorder):
    images_api.fail_next(GENERATIONS, 429, headers={"retry-after-ms": "20"})
    outputs = OpenAIImagesProvider().generate(_request(count=1),
                                              recorder(_settings(images_api)).ctx)
    assert len(outputs) == 1
    assert len(images_api.requests_to(GENERATIONS)) == 2


def test_a_server_error_is_retried_then_reported(images_api, recorder):
    images_api.fail_next(GENERATIONS, 500, count=4, headers={"retry-after-ms": "10"})
    with pytest.raises(ServerError) as caught:
        OpenAIImagesProvider().generate(_request(), recorder(_settings(images_api)).ctx)
    assert "internal error (500)" in str(caught.value)
    assert len(images_api.requests_to(GENERATIONS)) == 4


def test_a_server_that_does_not_answer_times_out(images_api, recorder):
    images_api.delays[GENERATIONS] = 3.0
    started = time.perf_counter()
    with pytest.raises(ProviderTimeoutError) as caught:
        OpenAIImagesProvider().generate(
            _request(options={"timeout": 0.5, "retry_base_delay": 0.01}),
            recorder(_settings(images_api)).ctx)
    assert time.perf_counter() - started < 2.5
    assert "did not answer within 0.5 seconds" in str(caught.value)


def test_edits_send_the_image_and_mask(images_api, recorder, tmp_path):
    init, mask = tmp_path / "init.png", tmp_path / "mask.png"
    Image.new("RGB", (32, 32), (1, 2, 3)).save(init)
    Image.new("RGBA", (32, 32), (0, 0, 0, 0)).save(mask)
    outputs = OpenAIImagesProvider().generate(
        _request(count=1, init_image=str(init), mask_image=str(mask)),
        recorder(_settings(images_api)).ctx)
    body = images_api.requests_to(EDITS)[0].body
    assert b'name="image"' in body and b'name="mask"' in body and b"un flacon" in body
    assert outputs[0].record.parameters["task"] == "edit"


def test_offline_mode_refuses_before_any_request(images_api, recorder):
    with pytest.raises(OfflineError):
        OpenAIImagesProvider().generate(_request(),
                                        recorder(_settings(images_api), offline=True).ctx)
    assert images_api.requests_to(GENERATIONS) == []


def test_describe_says_cloud_for_a_provider_configured_as_cloud(images_api):
    info = OpenAIImagesProvider.describe(_request(), Settings.from_dict(_settings(images_api)))
    assert info.is_cloud and info.runs_in.value == "pool" and info.label == "127.0.0.1"
    openai = OpenAIImagesProvider.describe(ImageRequest(campaign_id="c"), Settings())
    assert openai.is_cloud and openai.model == "gpt-image-1"
    assert (openai.licence, openai.commercial_use) == ("OpenAI Terms of Use", "yes")
    lan = OpenAIImagesProvider.describe(ImageRequest(campaign_id="c",
                                                     base_url="http://192.168.1.20:8000/v1"),
                                        Settings())
    assert lan.where.value == "lan" and not lan.is_cloud


def test_openai_sizes_follow_the_wanted_ratio():
    def size(model, **kw):
        return api_size(ImageRequest(campaign_id="c", **kw), model, True)

    assert size("gpt-image-1", format="story") == "1024x1536"
    assert size("gpt-image-1", format="x-post") == "1536x1024"
    assert size("dall-e-3", format="youtube-thumb") == "1792x1024"
    assert size("dall-e-2", width=500, height=500) == "512x512"
    assert api_size(ImageRequest(campaign_id="c", format="iab-728x90"), "m", False) == "2880x320"
