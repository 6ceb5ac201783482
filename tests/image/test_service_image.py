"""The image service hooks: checks before a job is queued, and the fit to exact pixels with the
metadata written when the asset is saved."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord, Where
from app.core.errors import UnsafeCheckpointError, UsageError
from app.core.requests import ImageRequest
from app.providers.image import metadata
from app.services import image as service


def _png(size) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 10, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_cloud_image_is_fitted_to_its_format_and_carries_its_metadata():
    record = GenerationRecord(provider="openai-images", model="gpt-image-1", prompt="un flacon",
                              where=Where.CLOUD, parameters={"size": "1024x1536"})
    output = GeneratedOutput(kind=AssetKind.IMAGE, data=_png((1024, 1536)), ext="png",
                             width=1024, height=1536, record=record, channel="story")
    request = ImageRequest(campaign_id="c", prompt="un flacon", format="story")
    [done] = service.finish(None, request, None, [output])
    with Image.open(io.BytesIO(done.data)) as image:
        assert image.size == (1080, 1920) == (done.width, done.height)
    assert done.record.parameters["fitted_from"] == [1024, 1536]
    text = metadata.read_parameters(done.data)
    assert text.startswith("un flacon\n") and "Sampler: openai-images" in text
    assert "trainedAlgorithmicMedia" in metadata.read_xmp(done.data)


def test_exact_width_and_height_from_an_api_that_cannot_make_them():
    output = GeneratedOutput(kind=AssetKind.IMAGE, data=_png((1024, 1024)), ext="png",
                             width=1024, height=1024, record=None)
    request = ImageRequest(campaign_id="c", prompt="x", width=300, height=200)
    [done] = service.finish(None, request, None, [output])
    assert (done.width, done.height) == (300, 200)


@pytest.mark.parametrize("changes, message", [
    ({"prompt": ""}, "needs a prompt"),
    ({"width": 64}, "both --width and --height"),
    ({"format": "story", "width": 64, "height": 64}, "either --format"),
    ({"format": "poster"}, "unknown format"),
    ({"count": 40}, "--count must be between"),
    ({"strength": 1.5}, "--strength must be between"),
    ({"scheduler": "warp"}, "unknown scheduler"),
    ({"init_image": "/nowhere/x.png"}, "image not found"),
])
def test_bad_requests_are_refused_before_they_are_queued(changes, message):
    request = ImageRequest(campaign_id="c", prompt="x").replace(**changes)
    with pytest.raises(UsageError, match=message):
        service.prepare(None, request, None)


def test_a_pickled_model_is_refused_before_it_is_queued():
    with pytest.raises(UnsafeCheckpointError):
        service.prepare(None, ImageRequest(campaign_id="c", prompt="x", model="m.ckpt"), None)
