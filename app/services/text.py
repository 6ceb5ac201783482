"""Text jobs around the engine: the preparer composes the system prompt from the campaign (brief,
brand voice, fact sheet, channel, language); the finisher splits the model's answer into one
asset per variant, each with its channel, its lengths against the limits and its grounding
flags in `asset.meta`. Also the prompt assistant's optional rewrite by the local model."""

from __future__ import annotations

import dataclasses
import logging
import threading

from app.core.assets import AssetKind, Energy, GeneratedOutput
from app.core.campaign import Campaign
from app.core.errors import ProviderError
from app.core.i18n import tr
from app.core.requests import TextRequest
from app.prompting.channels import get_channel
from app.prompting.compose import compose
from app.prompting.grounding import check_grounding
from app.prompting.lint import LintReport, lint_prompt, rewrite_messages
from app.prompting.variants import Variant, measure_variant, parse_variants
from app.services import doctor, hooks

log = logging.getLogger(__name__)


class EmptyOutputError(ProviderError):
    message = "{provider} returned no text."
    hint = "Try again, or rephrase the prompt."


# --- preparer --------------------------------------------------------------------------------
def prepare_text(app, request: TextRequest, campaign: Campaign) -> TextRequest:
    """Fill the system prompt from the campaign unless the request brings its own."""
    if request.options.get("purpose") == "prompt-rewrite":
        return request
    language = (request.language or campaign.language or "en").lower()
    if request.channel:
        get_channel(request.channel, language)  # an unknown channel fails before submission
    if request.system_prompt:
        return request.replace(language=language)
    composed = compose(campaign.brief, channel=request.channel, variants=request.variants,
                       language=language, prompt=request.prompt)
    return request.replace(system_prompt=composed.system, prompt=composed.user,
                           language=language, max_tokens=request.max_tokens or composed.max_tokens)


# --- finisher --------------------------------------------------------------------------------
def finish_text(app, request: TextRequest, campaign: Campaign,
                outputs: list[GeneratedOutput]) -> list[GeneratedOutput]:
    if request.options.get("purpose") == "prompt-rewrite":
        return outputs
    result = []
    for output in outputs:
        if output.kind != AssetKind.TEXT:
            result.append(output)
            continue
        result += split_output(output, request, campaign)
    return result


def split_output(output: GeneratedOutput, request: TextRequest,
                 campaign: Campaign) -> list[GeneratedOutput]:
    """One output per variant. A cancelled stream's text stays one draft, as it came."""
    language = (request.language or campaign.language or "en").lower()
    template = get_channel(request.channel, language) if request.channel else None
    text = output.text or output.data.decode("utf-8", "replace")
    if not text.strip():
        if output.partial:
            return []
        provider = output.record.provider if output.record else request.provider
        raise EmptyOutputError(provider=provider or "?")
    if output.partial:
        variants = [measure_variant(1, text.strip(), template, language)]
    else:
        variants = parse_variants(text, template, language)
    count = len(variants)
    return [_variant_output(output, v, count, request, campaign, template, language, text)
            for v in variants]


def _variant_output(output, variant: Variant, count, request, campaign, template, language,
                    raw: str) -> GeneratedOutput:
    facts = campaign.brief.facts
    also = tuple(x for x in (campaign.brief.product,) if x)
    grounding = check_grounding(variant.text, facts, also=also)
    meta = {**output.meta, "channel": request.channel, "language": language,
            "variant": variant.index, "variants": count, "over_limit": variant.over_limit,
            "fields": [f.to_dict() for f in variant.fields], "flags": variant.flags,
            "hashtags": variant.hashtags, "grounding": grounding.to_dict(),
            "grounded": grounding.ok, "output": raw}
    if output.partial:
        meta["partial"] = True
    label = template.label(language) if template else tr("Text")
    title = (tr("{channel}, variant {index} of {count}", channel=label, index=variant.index,
                count=count) if count > 1 else label)
    return dataclasses.replace(
        output, data=variant.text.encode("utf-8"), text=variant.text, title=title,
        channel=request.channel, meta=meta, record=_share(output.record, variant.index, count))


def _share(record, index: int, count: int):
    """Each variant's own copy of the job's record, with the job's energy and tokens shared
    out, so that totals over assets stay true."""
    if record is None:
        return None
    energy = record.energy
    if energy.wh is not None:
        energy = Energy(energy.wh / count, energy.method, energy.device)
    tokens = {k: (round(v / count, 1) if isinstance(v, int | float) else v)
              for k, v in record.tokens.items()}
    parameters = {**record.parameters, "variant": index, "variants": count}
    return dataclasses.replace(record, energy=energy, tokens=tokens, parameters=parameters)


hooks.register_preparer("text", prepare_text)
hooks.register_finisher("text", finish_text)


# --- prompt assistant ------------------------------------------------------------------------
def lint(app, prompt: str, campaign_id: str = "", *, channel: str = "",
         language: str = "") -> LintReport:
    campaign = app.workspace.get_campaign(campaign_id) if campaign_id else None
    language = language or (campaign.language if campaign else "en")
    return lint_prompt(prompt, brief=campaign.brief if campaign else None, channel=channel,
                       language=language)


class PromptRewrite:
    """A prompt rewrite by the local model, running as a job (in the worker process). Nothing is
    stored as an asset; `text()` waits for the rewritten prompt."""

    def __init__(self, handle, captured: list, fallback: str):
        self.handle = handle
        self._captured = captured
        self.fallback = fallback  # the rule-based rewrite, when the model gives nothing

    def text(self, timeout: float | None = None) -> str:
        result = self.handle.wait(timeout)
        if result.error is not None:
            raise result.error
        texts = [o.text.strip() for o in self._captured if o.text.strip()]
        return texts[0] if texts else self.fallback


def start_prompt_rewrite(app, prompt: str, campaign_id: str, *, channel: str = "",
                         model: str = "") -> PromptRewrite:
    """Ask the in-process model (the built-in one unless `model` names another) to polish the
    rule-based rewrite of `prompt`."""
    from app.jobs.engine import JobSpec
    from app.services.generate import plan

    campaign = app.workspace.get_campaign(campaign_id)
    report = lint(app, prompt, campaign.id, channel=channel)
    system, user = rewrite_messages(prompt, report, campaign.language)
    request = TextRequest(campaign_id=campaign.id, provider="transformers", model=model,
                          prompt=user, system_prompt=system, variants=1, max_tokens=300,
                          temperature=0.3, language=campaign.language,
                          options={"purpose": "prompt-rewrite"})
    request, campaign, cls, info = plan(app, request)
    captured: list[GeneratedOutput] = []
    lock = threading.Lock()

    def finisher(outputs, partial):
        with lock:
            captured.extend(outputs)
        return []

    spec = JobSpec(request=request, info=info, target=f"{cls.__module__}:{cls.__qualname__}",
                   finisher=finisher, title=tr("Prompt rewrite"), settings=app.settings.to_dict(),
                   offline=app.offline)
    return PromptRewrite(app.jobs().submit(spec), captured, report.rewrite)


# --- doctor ----------------------------------------------------------------------------------
def probe_text(app) -> dict:
    """Text generation on this machine: local servers found (Ollama, LM Studio, llama.cpp,
    vLLM) with their models, the built-in model, and where the OpenAI key would come from."""
    from app.providers.secrets import get_api_key
    from app.providers.text.discovery import discover_local_servers
    from app.providers.text.models import builtin_model

    builtin = builtin_model()
    _key, source = get_api_key("openai")
    return {
        "ok": True,
        "local_servers": [s.to_dict() for s in discover_local_servers(timeout=0.4)],
        "builtin_model": {"id": builtin.id, "label": builtin.label,
                          "path": str(builtin.folder / builtin.gguf_file),
                          "licence": builtin.licence, "draft_quality": True} if builtin else None,
        "openai_key": source or "none",  # where it comes from; never the key
    }


doctor.register_probe("text", probe_text)
