"""Sign-offs: who signed which item for which asset; `sign` without an asset covers every asset
the item concerns now; a sign-off goes stale when the asset's content changes (not when it is
approved); items a sign-off cannot clear refuse one."""

from __future__ import annotations

import json

import pytest

from app.core.assets import AssetStatus
from app.core.errors import UsageError
from app.services.context import AppContext
from app.services.review import review, sign
from tests.fixtures.ethics_assets import png_bytes


@pytest.fixture
def app(workspace, settings):
    return AppContext(workspace=workspace, settings=settings)


def test_signing_without_an_asset_covers_every_asset_the_item_concerns(app, campaign, make):
    a = make.image(campaign, licence="", commercial_use="unknown", seed=1)
    b = make.image(campaign, licence="", commercial_use="unknown", seed=2)
    ok = make.image(campaign, seed=3)
    item = review(app, campaign.id).item("licences")
    assert item.open and set(item.assets) == {a.id, b.id}
    rows = sign(app, campaign.id, "licences", "Camille Durand", "Licence checked on the card")
    assert {r["asset_id"] for r in rows} == {a.id, b.id} and ok.id not in \
        {r["asset_id"] for r in rows}
    item = review(app, campaign.id).item("licences")
    assert not item.open
    assert {s["by_name"] for s in item.signoffs} == {"Camille Durand"}
    # a new asset with the same problem opens the item again
    c = make.image(campaign, licence="", commercial_use="unknown", seed=4)
    item = review(app, campaign.id).item("licences")
    assert item.open and [f.asset_id for f in item.findings if f.open] == [c.id]


def test_one_asset_at_a_time(app, campaign, make):
    a = make.image(campaign, licence="", commercial_use="unknown", seed=1)
    b = make.image(campaign, licence="", commercial_use="unknown", seed=2)
    sign(app, campaign.id, "licences", "Camille", "ok", asset_id=a.id)
    item = review(app, campaign.id).item("licences")
    assert [f.asset_id for f in item.findings if f.open] == [b.id]
    with pytest.raises(UsageError, match="nothing to sign off for the asset"):
        sign(app, campaign.id, "licences", "Camille", "ok",
             asset_id=make.image(campaign, seed=9).id)


def test_a_signoff_goes_stale_when_the_content_changes_not_when_approved(app, campaign, make):
    a = make.image(campaign, licence="", commercial_use="unknown", status=AssetStatus.DRAFT)
    sign(app, campaign.id, "licences", "Camille", "ok")
    app.workspace.update_asset(a.id, status="approved", title="Plage")
    assert not review(app, campaign.id).item("licences").open
    app.workspace.replace_asset_file(a.id, png_bytes(128, seed=99))
    item = review(app, campaign.id).item("licences")
    assert item.open
    assert item.signoffs[0]["stale"] is True


def test_items_that_a_signoff_cannot_clear_refuse_it(app, campaign, make):
    make.image(campaign, alt="")
    make.text(campaign, "Une crème écologique.")
    with pytest.raises(UsageError, match="cannot be cleared by a sign-off"):
        sign(app, campaign.id, "accessibility", "Camille", "fine")
    with pytest.raises(UsageError, match="cannot be cleared by a sign-off"):
        sign(app, campaign.id, "green-claims", "Camille", "fine")
    with pytest.raises(UsageError, match="unknown review item"):
        sign(app, campaign.id, "nope", "Camille", "fine")
    with pytest.raises(UsageError, match="needs a note"):
        sign(app, campaign.id, "licences", "Camille", " ")
    with pytest.raises(UsageError, match="nothing to sign off"):
        sign(app, campaign.id, "representation", "Camille", "fine")


def test_the_review_json_keeps_its_contract(app, campaign, make):
    make.image(campaign, licence="", commercial_use="unknown")
    data = review(app, campaign.id).to_dict()
    assert isinstance(data["blocking"], bool) and data["blocking"]
    for item in data["items"]:
        assert {"id", "verdict", "reason", "assets"} <= set(item)
        assert item["verdict"] in ("pass", "signoff", "block")
        assert isinstance(item["reason"], str) and item["reason"]
    assert [i["id"] for i in data["items"]][:3] == ["personal-data", "licences",
                                                    "intellectual-property"]
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
