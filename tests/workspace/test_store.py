"""The workspace store: campaigns, assets, search, trash, versions, jobs, sign-offs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.core.assets import AssetKind, Energy, EnergyMethod, GeneratedOutput, GenerationRecord
from app.core.errors import NotFoundError, UsageError
from app.workspace import Workspace


def text_output(text, prompt="", **kw):
    return GeneratedOutput(kind=AssetKind.TEXT, data=text.encode(), ext="md", text=text,
                           title=kw.pop("title", text[:20]),
                           record=GenerationRecord(provider="openai-compatible", model="m",
                                                   prompt=prompt, seed=7,
                                                   energy=Energy(0.5, EnergyMethod.MEASURED_NVML,
                                                                 "gpu")), **kw)


def test_campaign_round_trip_keeps_accents_and_brief(workspace, campaign):
    again = Workspace(workspace.folder).get_campaign(campaign.id)
    assert again.name == "Été 2027"
    assert again.brief.facts[0].claim == "SPF 50"
    assert again.brief.languages == ["fr", "en"]
    assert workspace.get_campaign("Été 2027").id == campaign.id


def test_campaign_rename_archive_trash_restore(workspace, campaign):
    workspace.update_campaign(campaign.id, name="Été 2027 — v2", archived=True)
    assert workspace.list_campaigns(include_archived=False) == []
    assert workspace.get_campaign(campaign.id).name == "Été 2027 — v2"
    workspace.trash_campaign(campaign.id)
    assert workspace.list_campaigns() == []
    workspace.restore_campaign(campaign.id)
    assert [c.id for c in workspace.list_campaigns()] == [campaign.id]


def test_invalid_campaign_input_is_refused_clearly(workspace):
    with pytest.raises(UsageError, match="needs a name"):
        workspace.create_campaign("  ")
    with pytest.raises(UsageError, match="confidentiality must be one of"):
        workspace.create_campaign("X", confidentiality="secret")
    with pytest.raises(NotFoundError, match="Campaign not found: nope"):
        workspace.get_campaign("nope")


def test_asset_file_is_stored_by_hash_with_its_generation_record(workspace, campaign):
    asset = workspace.add_asset(campaign.id, text_output("Soleil d'été", prompt="plage"))
    with open(asset.path, "rb") as fh:
        data = fh.read()
    assert hashlib.sha256(data).hexdigest() == asset.sha256 and data == "Soleil d'été".encode()
    assert asset.generation.prompt == "plage" and asset.generation.seed == 7
    assert asset.generation.energy.method == EnergyMethod.MEASURED_NVML
    assert asset.generation.app_version


def test_search_ignores_accents_and_matches_prefixes(workspace, campaign):
    a = workspace.add_asset(campaign.id, text_output("Crème solaire pour l'été", prompt="sable"))
    b = workspace.add_asset(campaign.id, text_output("Winter coat", prompt="snow"))
    assert [x.id for x in workspace.search("ete")] == [a.id]
    assert [x.id for x in workspace.search("CREME sol")] == [a.id]
    assert [x.id for x in workspace.search("sab")] == [a.id]  # prompts are searched too
    assert [x.id for x in workspace.search("wint")] == [b.id]
    assert workspace.search('"; DROP TABLE assets; --') == []  # no query injection
    workspace.update_asset(b.id, title="Manteau d'hiver")
    assert [x.id for x in workspace.search("hiver")] == [b.id]


def test_editing_text_makes_a_new_version_and_file(workspace, campaign):
    a = workspace.add_asset(campaign.id, text_output("Première version"))
    b = workspace.update_asset(a.id, text="Deuxième version")
    assert b.version == 2 and b.sha256 != a.sha256
    assert Path(b.path).read_text(encoding="utf-8") == "Deuxième version"
    assert Path(a.path).read_text(encoding="utf-8") == "Première version"  # old file kept


def test_trash_and_restore_then_purge(workspace, campaign):
    a = workspace.add_asset(campaign.id, text_output("À jeter"))
    workspace.trash_asset(a.id)
    assert workspace.list_assets(campaign.id) == []
    assert [x.id for x in workspace.list_assets(campaign.id, trashed=True)] == [a.id]
    assert workspace.search("jeter") == []
    workspace.restore_asset(a.id)
    assert [x.id for x in workspace.list_assets(campaign.id)] == [a.id]
    workspace.trash_asset(a.id)
    assert workspace.purge_trash() == 1
    with pytest.raises(NotFoundError):
        workspace.get_asset(a.id)


def test_filters_and_paging(workspace, campaign):
    ids = [workspace.add_asset(campaign.id, text_output(f"texte {i}")).id for i in range(5)]
    page = workspace.list_assets(campaign.id, limit=2, offset=1)
    assert [a.id for a in page] == list(reversed(ids))[1:3]
    workspace.update_asset(ids[0], status="approved")
    assert [a.id for a in workspace.list_assets(campaign.id, status="approved")] == [ids[0]]
    assert workspace.count_assets(campaign.id, kind="text") == 5


def test_signoff_goes_stale_when_its_asset_changes(workspace, campaign):
    a = workspace.add_asset(campaign.id, text_output("Le n°1 de l'été"))
    workspace.add_signoff(campaign.id, "claims", "Camille Martin", "vérifié", asset_id=a.id)
    assert workspace.list_signoffs(campaign.id)[0]["stale"] is False
    workspace.update_asset(a.id, status="approved", title="Été")  # not a content change
    assert workspace.list_signoffs(campaign.id)[0]["stale"] is False
    workspace.update_asset(a.id, text="Le meilleur de l'été")
    signoff = workspace.list_signoffs(campaign.id)[0]
    assert signoff["stale"] is True and signoff["by_name"] == "Camille Martin"
    with pytest.raises(UsageError):
        workspace.add_signoff(campaign.id, "claims", " ")
