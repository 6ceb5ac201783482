"""Image generation through the OpenAI Images API (generations and edits), against OpenAI or any
OpenAI-compatible images endpoint by base URL (a team's GPU server). Runs in the network pool.
Errors map to the app's errors; 429 and 5xx are retried with backoff (openai_common)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
from pathlib import Path

from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord, Where
from app.core.errors import AuthenticationError, OfflineError, ProviderError, UsageError
from app.core.i18n import tr
from app.core.net import classify_url, host_of
from app.core.settings import Settings
from app.providers import openai_common
from app.providers.base import JobContext, ProviderInfo, RunsIn
from app.providers.image import formats, metadata
from app.providers.secrets import get_api_key

log = logging.getLogger(__name__)
DEFAULT_MODEL = "gpt-image-1"
DEFAULT_TIMEOUT = 180.0
# sizes each OpenAI model accepts (anything else is refused by the API)
OPENAI_SIZES = {
    "gpt-image": [(1024, 1024), (1536, 1024), (1024, 1536)],
    "dall-e-3": [(1024, 1024), (1792, 1024), (1024, 1792)],
    "dall-e-2": [(1024, 1024), (512, 512), (256, 256)],
}


class OpenAIImagesProvider:
    id = "openai-images"
    kind = "image"

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        settings = _settings(settings)
        config = settings.provider(request.provider) if request.provider else None
        base_url = request.base_url or (config.base_url if config else "")
        where = classify_url(base_url) if base_url else Where.CLOUD
        if config is not None and config.where in ("local", "lan", "cloud"):
            where = Where(config.where)
        official = not base_url or host_of(base_url).endswith("openai.com")
        model = request.model or (config.model if config else "") or \
            (DEFAULT_MODEL if official else "")
        label = (config.label if config and config.label else "") or \
            ("OpenAI Images" if official else host_of(base_url))
        return ProviderInfo(
            id=request.provider or cls.id, kind="image", label=label, where=where,
            runs_in=RunsIn.POOL, model=model,
            licence="OpenAI Terms of Use" if official else "unknown",
            commercial_use="yes" if official else "unknown",
            endpoint=host_of(base_url) if base_url else "api.openai.com",
            configured_as_cloud=bool(config and config.where == "cloud"))

    def generate(self, request, ctx: JobContext) -> list[GeneratedOutput]:
        settings = _settings(ctx.settings)
        info = self.describe(request, settings)
        if ctx.offline and info.is_network:
            raise OfflineError(provider=info.label)
        config = settings.provider(request.provider) if request.provider else None
        base_url = request.base_url or (config.base_url if config else "")
        official = info.endpoint.endswith("openai.com")
        key = _api_key(request.provider or self.id, official)
        if official and not key:
            raise AuthenticationError(provider=info.label, details="no API key configured")
        timeout = float(request.options.get("timeout") or (config.timeout_s if config else 0)
                        or DEFAULT_TIMEOUT)
        client = openai_common.make_client(base_url, key, timeout)
        size = api_size(request, info.model, official)
        ctx.progress(0, 1, tr("Waiting for {provider}", provider=info.label))
        call = _edit if request.init_image else _generate
        response = openai_common.call_with_retries(
            lambda: call(client, request, info.model, size, official), provider=info.label,
            cancel=ctx.cancel, timeout=timeout,
            base_delay=float(request.options.get("retry_base_delay", 1.0)))
        outputs = [self._output(request, info, item, size) for item in response.data or []]
        if not outputs:
            raise ProviderError(provider=info.label, reason="the answer held no image")
        ctx.progress(1, 1, tr("Received {count} image(s)", count=len(outputs)))
        return outputs

    def _output(self, request, info: ProviderInfo, item, size: str) -> GeneratedOutput:
        encoded = getattr(item, "b64_json", None)
        if not encoded:
            raise ProviderError(provider=info.label, reason="the answer held no b64_json image")
        try:
            raw = base64.b64decode(encoded, validate=False)
        except (binascii.Error, ValueError) as exc:
            raise ProviderError(provider=info.label, reason="the image data is not base64") \
                from exc
        record = GenerationRecord(
            provider=info.id, model=info.model, licence=info.licence,
            commercial_use=info.commercial_use, where=info.where, endpoint=info.endpoint,
            prompt=request.prompt, negative_prompt=request.negative_prompt,
            parameters={"size": size, "sampler": info.model or info.id, "steps": 0,
                        "task": "edit" if request.init_image else "generate",
                        **({"revised_prompt": item.revised_prompt}
                           if getattr(item, "revised_prompt", None) else {})})
        try:
            data = metadata.with_metadata(raw, record)
        except OSError as exc:
            raise ProviderError(provider=info.label, reason="the image could not be read") \
                from exc
        width, height = _size_of(data)
        return GeneratedOutput(kind=AssetKind.IMAGE, data=data, ext="png", mime="image/png",
                               record=record, width=width, height=height,
                               channel=request.format or "")


def _api_key(provider_id: str, official: bool) -> str:
    """The provider's own key; for OpenAI itself, the key saved for OpenAI (text) will do."""
    key, _source = get_api_key(provider_id)
    if not key and official and provider_id != "openai":
        key, _source = get_api_key("openai")
    return key


def api_size(request, model: str, official: bool) -> str:
    """The size to ask for: for OpenAI, its accepted size closest to the wanted aspect ratio;
    for other servers, the wanted size (a format's ratio within 1024² pixels)."""
    if request.format:
        fmt = formats.get_format(request.format)
        width, height = fmt.width, fmt.height
    else:
        width, height = request.width or 1024, request.height or 1024
    if not official:
        if request.format:
            width, height = formats.nearest_size(width / height, 1024, 64)
        return f"{width}x{height}"
    family = next((k for k in OPENAI_SIZES if model.startswith(k)), "gpt-image")
    ratio = width / height
    best = min(OPENAI_SIZES[family], key=lambda s: (abs(s[0] / s[1] - ratio),
                                                     abs(s[0] * s[1] - width * height)))
    return f"{best[0]}x{best[1]}"


def _common(request, model: str, size: str, official: bool) -> dict:
    kwargs = {"prompt": request.prompt, "n": max(1, int(request.count or 1)), "size": size}
    if model:
        kwargs["model"] = model
    if not model.startswith("gpt-image"):
        kwargs["response_format"] = "b64_json"  # gpt-image models always answer in base64
    if not official:
        extra = {"negative_prompt": request.negative_prompt, "seed": request.seed,
                 "steps": request.steps, "guidance_scale": request.guidance}
        extra = {k: v for k, v in extra.items() if v not in (None, "")}
        if extra:
            kwargs["extra_body"] = extra
    return kwargs


def _generate(client, request, model, size, official):
    return client.images.generate(**_common(request, model, size, official))


def _edit(client, request, model, size, official):
    kwargs = _common(request, model, size, official)
    with contextlib.ExitStack() as stack:
        kwargs["image"] = stack.enter_context(_open(request.init_image))
        if request.mask_image:
            kwargs["mask"] = stack.enter_context(_open(request.mask_image))
        return client.images.edit(**kwargs)


def _open(path: str):
    file = Path(path).expanduser()
    if not file.is_file():
        raise UsageError(what=f"image not found: {path}")
    return open(file, "rb")


def _size_of(data: bytes) -> tuple[int, int]:
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return image.size


def _settings(settings) -> Settings:
    if isinstance(settings, Settings):
        return settings
    return Settings.from_dict(settings or {})
