"""Each check of the checklist on assets stored as the generation work stores them."""

from __future__ import annotations

import json

import pytest

from app.core.assets import AssetStatus, Energy, EnergyMethod, Where
from app.core.settings import Settings
from app.ethics import lists
from app.ethics.checklist import run_checklist
from app.ethics.imagery import ImageAnalysis
from app.ethics.model import Verdict


def check(workspace, campaign, item_id, *, settings=None, cache=None):
    assets = workspace.list_assets(campaign.id, limit=None)
    checklist = run_checklist(campaign, assets, settings or Settings(),
                              signoffs=workspace.list_signoffs(campaign.id), only=[item_id],
                              cache=cache)
    return checklist.item(item_id)


def by_asset(item):
    return {f.asset_id: f for f in item.findings}


def test_licences_block_non_commercial_models_on_commercial_campaigns(workspace, campaign, make):
    nc = make.image(campaign, provider="diffusers", model="musicgen-like",
                    licence="cc-by-nc-4.0", commercial_use="unknown")
    unknown = make.image(campaign, licence="", commercial_use="unknown", seed=2)
    ok = make.image(campaign, seed=3)
    item = check(workspace, campaign, "licences")
    found = by_asset(item)
    assert found[nc.id].verdict == Verdict.BLOCK and not found[nc.id].signable
    assert found[unknown.id].verdict == Verdict.SIGNOFF
    assert found[ok.id].verdict == Verdict.PASS
    assert item.verdict == Verdict.BLOCK and set(item.assets) == {nc.id, unknown.id}
    workspace.update_campaign(campaign.id, usage="non-commercial")
    again = by_asset(check(workspace, workspace.get_campaign(campaign.id), "licences"))
    assert again[nc.id].verdict == Verdict.PASS  # allowed for a non-commercial campaign


def test_intellectual_property_lists_and_the_users_own_copy(workspace, campaign, make):
    artist = make.image(campaign, prompt="sunscreen ad in the style of Greg Rutkowski", seed=1)
    french = make.image(campaign, prompt="affiche à la manière de Gustave Moreau", seed=2)
    brand = make.image(campaign, prompt="a beach bag with the Nike logo", seed=3)
    person = make.image(campaign, prompt="Kylian Mbappé holding our bottle", seed=4)
    voice = make.audio(campaign, parameters={"speaker_wav": "/tmp/ceo.wav"})
    plain = make.image(campaign, prompt="a watercolour in the style of impressionism", seed=5)
    found = {f.asset_id: f for f in check(workspace, campaign, "intellectual-property").findings
             if f.kind}
    kinds = {}
    for f in check(workspace, campaign, "intellectual-property").findings:
        kinds.setdefault(f.asset_id, set()).add(f.kind)
    assert kinds[artist.id] == {"living-artist"}
    assert kinds[french.id] == {"named-style"}
    assert kinds[brand.id] == {"trademark", "logo"}
    assert kinds[person.id] == {"real-person"}
    assert kinds[voice.id] == {"voice-cloning"}
    assert plain.id not in kinds
    assert found[artist.id].spans[0].text == "Greg Rutkowski"
    # The user's copy of the lists overrides the shipped one
    path = lists.copy_for_editing("ip")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["trademarks"] = ["Soleil d'Or"]
    path.write_text(json.dumps(data), encoding="utf-8")
    mine = make.image(campaign, prompt="bottle of Soleil d'Or cream", seed=6)
    kinds = {f.asset_id: f.kind for f in check(workspace, campaign,
                                               "intellectual-property").findings}
    assert kinds[mine.id] == "trademark" and brand.id in kinds  # Nike: still a logo request


def test_claims_from_grounding_flags_need_evidence_or_a_signoff(workspace, campaign, make,
                                                               monkeypatch):
    from app.ethics.checks import claims

    monkeypatch.setattr(claims, "_grounding", lambda: None)  # the flags stored with the copy
    flagged = make.text(campaign, "La meilleure crème, 98 % de satisfaction", meta={
        "grounding": {"flags": [
            {"kind": "superlative", "start": 3, "end": 11, "text": "meilleure",
             "supported": False},
            {"kind": "percentage", "start": 19, "end": 23, "text": "98 %", "supported": False}],
            "supported": []}})
    fine = make.text(campaign, "SPF 50, testé selon ISO 24444", meta={
        "grounding": {"flags": [], "supported": [{"kind": "number", "start": 4, "end": 6,
                                                   "text": "50", "supported": True}]}})
    unknown = make.text(campaign, "Nouveau : 3 fois plus doux")
    found = by_asset(check(workspace, campaign, "claims"))
    assert found[flagged.id].verdict == Verdict.SIGNOFF
    assert [s.text for s in found[flagged.id].spans] == ["meilleure", "98 %"]
    assert "98 %" in found[flagged.id].reason
    assert fine.id not in found
    assert found[unknown.id].kind == "not-checked"  # never reported as clean


def test_green_claims_block_unless_the_fact_sheet_holds_the_evidence(workspace, campaign, make):
    green = make.text(campaign, "Notre crème éco-responsable protège votre peau.")
    english = make.text(campaign, "An eco friendly, carbon-neutral sunscreen.", channel="x")
    item = check(workspace, campaign, "green-claims")
    found = by_asset(item)
    assert found[green.id].verdict == Verdict.BLOCK and not found[green.id].signable
    assert [s.text for s in found[english.id].spans] == ["eco friendly", "carbon-neutral"]
    brief = campaign.brief.to_dict()
    brief["facts"].append({"claim": "Flacon éco-responsable : 100 % plastique recyclé",
                           "evidence": "Certificat RecyClass 2026-118"})
    workspace.update_campaign(campaign.id, brief=brief)
    found = by_asset(check(workspace, workspace.get_campaign(campaign.id), "green-claims"))
    assert green.id not in found and english.id in found


def test_unsafe_imagery_runs_the_detector_and_reads_the_prompts(workspace, campaign, make):
    clean = make.image(campaign, seed=11)
    gore = make.image(campaign, prompt="a bloody massacre on the beach", seed=12)
    drugs = make.image(campaign, prompt="cocaïne sur une serviette de plage", seed=13)
    avoid = make.image(campaign, prompt="family at the beach", negative_prompt="blood, gore",
                       seed=14)
    cache: dict = {}
    item = check(workspace, campaign, "unsafe-imagery", cache=cache)
    kinds = {(f.asset_id, f.kind): f for f in item.findings}
    assert cache["images"][clean.id].checked  # NudeNet really ran on every image
    assert set(cache["images"]) == {clean.id, gore.id, drugs.id, avoid.id}
    assert kinds[(gore.id, "violence")].verdict == Verdict.SIGNOFF
    assert kinds[(drugs.id, "illegal")].verdict == Verdict.BLOCK
    assert not any(a == avoid.id for a, _ in kinds)  # a negative prompt asks to avoid it
    assert not any(k == "nudity" for _, k in kinds)
    # what a detection of exposed nudity does (thresholds and classes from the lists)
    cache["images"][clean.id] = ImageAnalysis(detections=[
        {"class": "FEMALE_BREAST_EXPOSED", "score": 0.81, "box": [0, 0, 10, 10]},
        {"class": "FACE_FEMALE", "score": 0.9, "box": [0, 0, 10, 10]}])
    item = check(workspace, campaign, "unsafe-imagery", cache=cache)
    nudity = [f for f in item.findings if f.kind == "nudity"]
    assert [f.asset_id for f in nudity] == [clean.id] and nudity[0].verdict == Verdict.BLOCK


def test_people_need_a_representation_signoff_and_photoreal_ones_a_visible_label(
        workspace, campaign, make):
    people = make.image(campaign, prompt="photo of a family applying sunscreen", seed=21)
    drawn = make.image(campaign, prompt="flat illustration of a woman reading, vector art",
                       seed=22)
    labelled = make.image(campaign, prompt="portrait photo of a man on a boat", seed=23,
                          meta={"visible_label": "corner badge"})
    bottle = make.image(campaign, seed=24)
    rep = by_asset(check(workspace, campaign, "representation"))
    assert set(rep) == {people.id, drawn.id, labelled.id}
    disclosure = check(workspace, campaign, "disclosure")
    label = {f.asset_id for f in disclosure.findings if f.kind == "visible-label"}
    assert label == {people.id}
    metadata = {f.asset_id for f in disclosure.findings if f.kind == "metadata"}
    assert metadata == {people.id, drawn.id, labelled.id, bottle.id}


@pytest.mark.parametrize(("alt", "problem"), [
    ("", "No alt text"),
    ("IMG_2041.png", "file name"),
    ("x" * 251, "251 characters"),
    ("a glass bottle of sunscreen on warm sand, studio light", "repeats the generation prompt"),
])
def test_accessibility_blocks_bad_alt_text(workspace, campaign, make, alt, problem):
    image = make.image(campaign, alt=alt)
    found = by_asset(check(workspace, campaign, "accessibility"))
    assert problem in found[image.id].reason
    assert found[image.id].verdict == Verdict.BLOCK and not found[image.id].signable


def test_accessibility_wants_a_transcript_for_audio(workspace, campaign, make):
    silent = make.audio(campaign, transcript="")
    spoken = make.audio(campaign)
    good = make.image(campaign, alt="A" * 250)
    found = by_asset(check(workspace, campaign, "accessibility"))
    assert "No transcript" in found[silent.id].reason
    assert spoken.id not in found and good.id not in found


def test_data_flows_name_the_cloud_providers_and_confidential_campaigns_block(workspace, make):
    public = workspace.create_campaign("Ouvert")
    cloud = make.text(public, "Hello", provider="openai", model="gpt-4o-mini",
                      where=Where.CLOUD, endpoint="api.openai.com")
    make.text(public, "Bonjour")
    item = check(workspace, public, "data-flows")
    assert item.verdict == Verdict.PASS and item.assets == [cloud.id]
    assert "openai" in item.summary
    secret = workspace.create_campaign("Secret", confidentiality="confidential")
    leaked = make.text(secret, "Hello", provider="openai", where=Where.CLOUD)
    item = check(workspace, secret, "data-flows")
    assert item.verdict == Verdict.BLOCK and item.assets == [leaked.id]


def test_footprint_labels_measured_and_estimated_energy(workspace, campaign, make):
    measured = make.image(campaign, energy=Energy(2.0, EnergyMethod.MEASURED_NVML, "cuda:0"))
    estimated = make.text(campaign, "Bonjour", energy=Energy(0.5,
                                                             EnergyMethod.ESTIMATED_CODECARBON))
    cloud = make.text(campaign, "Hello", provider="openai", model="gpt-4o-mini",
                      where=Where.CLOUD, tokens={"prompt": 120, "completion": 300},
                      duration_s=3.0, cost={"amount": 0.0004, "currency": "USD"},
                      energy=Energy(0.01, EnergyMethod.ESTIMATED_CPU_TIME))
    settings = Settings(grid_intensity_g_per_kwh=50.0, grid_intensity_source="Test grid")
    item = check(workspace, campaign, "footprint", settings=settings)
    fps = {f.asset_id: f.data["footprint"] for f in item.findings if "footprint" in f.data}
    assert fps[measured.id]["estimate"] is False and fps[measured.id]["co2e_g"] == \
        pytest.approx(0.1)
    assert fps[estimated.id]["estimate"] is True
    assert fps[cloud.id]["remote_method"] == "estimated-ecologits"
    assert fps[cloud.id]["remote_wh"] > 0
    total = next(f.data["totals"] for f in item.findings if "totals" in f.data)
    assert total["cost"] == {"USD": pytest.approx(0.0004)}
    assert total["measured"] is False and total["grid_source"] == "Test grid"
    assert item.verdict == Verdict.PASS and "Test grid" in item.summary
    assert "estimated" in item.summary


def test_loi_toubon_wants_a_french_version_for_a_french_audience(workspace, campaign, make):
    english = make.text(campaign, "Protect your skin all summer with our new cream.",
                        channel="instagram")
    lonely = make.text(campaign, "The best summer of your life starts with the sun.",
                       channel="x")
    make.text(campaign, "Protégez votre peau tout l'été avec notre nouvelle crème.",
              channel="instagram")
    found = by_asset(check(workspace, campaign, "loi-toubon"))
    assert found[english.id].verdict == Verdict.PASS
    assert found[lonely.id].verdict == Verdict.SIGNOFF


def test_rejected_assets_are_left_out_of_the_review(app_context, campaign, make):
    from app.services.review import review

    make.image(campaign, alt="", status=AssetStatus.REJECTED)
    kept = make.image(campaign, alt="", status=AssetStatus.DRAFT, seed=5)
    item = review(app_context, campaign.id).item("accessibility")
    assert item.assets == [kept.id]
    assert review(app_context, campaign.id, approved_only=True).item("accessibility").assets == []


@pytest.fixture
def app_context(workspace, settings):
    from app.services.context import AppContext

    return AppContext(workspace=workspace, settings=settings)


def test_claims_are_checked_afresh_against_the_fact_sheet(workspace, campaign, make):
    pytest.importorskip("app.prompting.grounding")  # the text work's grounding check
    flagged = make.text(campaign, "La meilleure crème SPF 50, 98 % de satisfaction.")
    found = by_asset(check(workspace, campaign, "claims"))
    texts = [s.text for s in found[flagged.id].spans]
    assert "meilleure" in texts and "98 %" in texts and "50" not in " ".join(texts)
    brief = campaign.brief.to_dict()
    brief["facts"].append({"claim": "98 % de satisfaction", "evidence": "Panel de 120 femmes"})
    workspace.update_campaign(campaign.id, brief=brief)
    found = by_asset(check(workspace, workspace.get_campaign(campaign.id), "claims"))
    assert [s.text for s in found[flagged.id].spans] == ["meilleure"]


def test_image_analyses_are_kept_by_file_hash_between_processes(workspace, campaign, make):
    from app.core.paths import data_dir
    from app.ethics import imagery

    image = make.image(campaign, seed=31)
    imagery._cache.clear()
    first = imagery.analyse(image.path, image.sha256)
    stored = list((data_dir() / "cache" / "imagery").rglob(f"{image.sha256}.json"))
    assert first.checked and len(stored) == 1
    imagery._cache.clear()
    stored[0].write_text('{"detections": [{"class": "FACE_MALE", "score": 0.9, "box": []}]}',
                         encoding="utf-8")
    assert imagery.analyse(image.path, image.sha256).detections[0]["class"] == "FACE_MALE"
