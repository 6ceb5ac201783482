"""`vitrine review`, `vitrine review sign` and `vitrine export` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.assets import AssetStatus
from app.workspace import Workspace
from tests.fixtures.ethics_assets import AssetMaker

VITRINE = str(Path(sys.executable).with_name("vitrine"))


def run(ws_folder, *args, check=True):
    env = {**os.environ, "VITRINE_WORKSPACE": str(ws_folder)}
    proc = subprocess.run([VITRINE, *args], capture_output=True, text=True, env=env,
                          timeout=180)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


def test_review_sign_and_export_from_the_command_line(tmp_path):
    folder = tmp_path / "ws"
    with Workspace(folder) as ws:
        campaign = ws.create_campaign("Été 2027", {"languages": ["en"]})
        maker = AssetMaker(ws)
        image = maker.image(campaign, licence="", commercial_use="unknown")
        maker.image(campaign, alt="", seed=2, status=AssetStatus.DRAFT)
    review = json.loads(run(folder, "review", "--campaign", campaign.id, "--json").stdout)
    assert review["blocking"] is True
    items = {i["id"]: i for i in review["items"]}
    assert items["licences"]["verdict"] == "signoff" and items["licences"]["assets"] == \
        [image.id]
    assert items["accessibility"]["verdict"] == "block"  # the draft shows early
    approved = json.loads(run(folder, "review", "--campaign", campaign.id, "--approved",
                              "--json").stdout)
    assert {i["id"]: i for i in approved["items"]}["accessibility"]["verdict"] == "pass"

    dest = tmp_path / "bundle"
    blocked = run(folder, "export", "--campaign", campaign.id, "--to", str(dest), check=False)
    assert blocked.returncode != 0 and blocked.stdout == ""
    lines = blocked.stderr.strip().splitlines()
    assert "Export blocked" in lines[0]
    assert any("licences" in line and image.id in line for line in lines[1:])
    assert not dest.exists()

    for item in ("licences", "personal-data"):
        signed = json.loads(run(folder, "review", "sign", "--campaign", campaign.id, "--item",
                                item, "--by", "Camille Durand", "--note", "checked",
                                "--json").stdout)
        # every asset the item concerns now: the draft too, for personal data
        assert image.id in [s["asset_id"] for s in signed["signoffs"]]
    refused = run(folder, "review", "sign", "--campaign", campaign.id, "--item",
                  "accessibility", "--by", "Camille", "--note", "x", check=False)
    assert refused.returncode == 2 and "cannot be cleared" in refused.stderr

    done = json.loads(run(folder, "export", "--campaign", campaign.id, "--to", str(dest),
                          "--json").stdout)
    assert done["path"] == str(dest) and "manifest.json" in done["files"]
    assert "Camille Durand" in (dest / "report.md").read_text(encoding="utf-8")
