"""Export bundles: the checklist gates them, the report names who signed what, the public profile
leaks no prompt, seed or note anywhere (every byte searched, compressed PNG text included), the
internal one keeps the recipe, and a killed export leaves no bundle or a complete one."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from app.core.errors import ExportBlockedError, UsageError
from app.export import signing
from app.services.context import AppContext
from app.services.export import export
from tests.export.helpers import (
    ASSET_NOTE,
    NEGATIVE,
    NOTE,
    PROMPT,
    SEED,
    readable_bytes,
    sign_everything,
)


@pytest.fixture
def app(workspace, settings):
    return AppContext(workspace=workspace, settings=settings)


def files_of(folder):
    return sorted(p for p in folder.rglob("*") if p.is_file())


def verify_manifest(bundle):
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    on_disk = {p.relative_to(bundle).as_posix() for p in files_of(bundle)} - {"manifest.json"}
    assert set(listed) == on_disk
    for path, digest in listed.items():
        assert hashlib.sha256((bundle / path).read_bytes()).hexdigest() == digest, path
    return manifest


def test_export_is_refused_while_an_item_blocks_then_proceeds_after_signoffs(
        app, campaign, make, tmp_path):
    make.image(campaign, licence="", commercial_use="unknown")
    make.text(campaign, "Protégez votre peau cet été.")
    dest = tmp_path / "out" / "bundle"
    with pytest.raises(ExportBlockedError) as caught:
        export(app, campaign.id, dest)
    reasons = caught.value.reasons
    assert any(r.startswith("licences [") and "unknown" in r for r in reasons)
    assert not dest.exists() and not (tmp_path / "out").exists()  # nothing created
    sign_everything(app, campaign.id, by="Camille Durand")
    result = export(app, campaign.id, dest)
    assert result["path"] == str(dest) and result["assets"] == 2
    report = (dest / "report.md").read_text(encoding="utf-8")
    assert "| Model licences | images/01-instagram-square.png | Camille Durand |" in report
    html = (dest / "report.html").read_text(encoding="utf-8")
    assert "Camille Durand" in html and "<table>" in html
    manifest = verify_manifest(dest)
    assert any(s["item"] == "licences" and s["by"] == "Camille Durand"
               for s in manifest["review"]["signoffs"])
    assert app.workspace.list_exports(campaign.id)[0]["manifest_sha256"] == \
        result["manifest_sha256"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["bundle"]  # no leftovers


def test_blocks_that_a_signoff_cannot_clear_keep_the_export_blocked(app, campaign, make,
                                                                   tmp_path):
    make.image(campaign, alt="")
    sign_everything(app, campaign.id)
    with pytest.raises(ExportBlockedError) as caught:
        export(app, campaign.id, tmp_path / "b")
    assert caught.value.reasons == [r for r in caught.value.reasons if "alt text" in r]
    assert not (tmp_path / "b").exists()


def test_only_approved_assets_are_exported_and_some_must_be(app, campaign, make, tmp_path):
    from app.core.assets import AssetStatus

    make.image(campaign, status=AssetStatus.DRAFT, alt="")
    with pytest.raises(UsageError, match="no asset of"):
        export(app, campaign.id, tmp_path / "b")
    make.image(campaign, seed=2)
    sign_everything(app, campaign.id)
    export(app, campaign.id, tmp_path / "b")  # the draft's missing alt text does not block
    assert len(list((tmp_path / "b" / "images").iterdir())) == 1


def test_the_destination_must_be_new_or_empty(app, campaign, make, tmp_path):
    make.image(campaign)
    sign_everything(app, campaign.id)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "keep.txt").write_text("mine")
    with pytest.raises(UsageError, match="already exists"):
        export(app, campaign.id, taken)
    assert [p.name for p in taken.iterdir()] == ["keep.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    export(app, campaign.id, empty)
    verify_manifest(empty)


def _secret_campaign(app, campaign, make):
    image = make.image(campaign, prompt=PROMPT, negative_prompt=NEGATIVE, seed=SEED,
                       size=256, meta={"note": ASSET_NOTE})
    app.workspace.update_asset(image.id, title=PROMPT)  # a title filled from the prompt
    make.text(campaign, "Protégez votre peau cet été.", prompt=PROMPT + " (copy)",
              meta={"note": ASSET_NOTE})
    make.audio(campaign, seed=SEED)
    sign_everything(app, campaign.id, note=NOTE)


def test_a_public_bundle_holds_no_prompt_seed_or_note_anywhere(app, campaign, make, tmp_path):
    _secret_campaign(app, campaign, make)
    export(app, campaign.id, tmp_path / "public", profile="public")
    bundle = tmp_path / "public"
    files = files_of(bundle)
    assert {p.suffix for p in files} >= {".png", ".wav", ".md", ".json", ".html"}
    for path in files:
        data = readable_bytes(path)
        for secret in ("PROMPTMARKER", "promptmarker", NEGATIVE.split()[0], str(SEED), NOTE,
                       ASSET_NOTE):
            assert secret.encode() not in data, (secret, path.name)
    png = next((bundle / "images").glob("*.png"))
    assert b"parameters" not in png.read_bytes()
    verify_manifest(bundle)


def test_an_internal_bundle_keeps_the_full_recipe(app, campaign, make, tmp_path):
    _secret_campaign(app, campaign, make)
    export(app, campaign.id, tmp_path / "internal", profile="internal")
    bundle = tmp_path / "internal"
    everything = b"".join(readable_bytes(p) for p in files_of(bundle))
    for secret in ("PROMPTMARKER", NEGATIVE, str(SEED), NOTE, ASSET_NOTE):
        assert secret.encode() in everything, secret
    png = next((bundle / "images").glob("*.png"))
    parameters = readable_bytes(png)
    assert b"parameters" in parameters and b"Sampler: " in parameters
    report = (bundle / "report.md").read_text(encoding="utf-8")
    assert "PROMPTMARKER" in report and NOTE in report


KILLER = textwrap.dedent("""
    import sys
    from app.services.context import AppContext
    from app.services.export import export
    from app.workspace import Workspace

    app = AppContext(workspace=Workspace(sys.argv[1]))
    def progress(done, total, name):
        print(done, flush=True)
    export(app, sys.argv[2], sys.argv[3], progress=progress)
    print("done", flush=True)
""")


def test_sigkill_during_an_export_leaves_no_bundle_or_a_complete_one(app, campaign, make,
                                                                     tmp_path):
    for seed in range(8):
        make.image(campaign, size=256, seed=seed + 1)
    sign_everything(app, campaign.id)
    signing.load_identity()  # made once, before the children start
    dest = tmp_path / "out" / "bundle"
    outcomes = []
    for kill_after, delay in (("1", 0.0), ("4", 0.0), ("8", 0.02)):
        child = subprocess.Popen(
            [sys.executable, "-c", KILLER, str(app.workspace.folder), campaign.id, str(dest)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
        for line in child.stdout:
            if line.strip() == kill_after:
                break
        time.sleep(delay)  # after the last image: the report, manifest or rename are under way
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
        child.stdout.close()
        child.stderr.close()
        if dest.exists():
            verify_manifest(dest)
            assert len(list((dest / "images").iterdir())) == 8
            outcomes.append("complete")
            shutil.rmtree(dest)
        else:
            outcomes.append("absent")
    assert "absent" in outcomes
    # the next export cleans what the killed ones left and writes a complete bundle
    export(app, campaign.id, dest)
    verify_manifest(dest)
    assert [p.name for p in dest.parent.iterdir()] == ["bundle"]


def test_a_cancelled_export_leaves_nothing(app, campaign, make, tmp_path):
    from app.core.errors import CancelledError

    for seed in range(3):
        make.image(campaign, seed=seed + 1)
    sign_everything(app, campaign.id)
    seen = []
    with pytest.raises(CancelledError):
        export(app, campaign.id, tmp_path / "out" / "b",
               progress=lambda done, total, name: seen.append(done),
               cancel=lambda: len(seen) >= 1)
    assert seen == [1]
    assert list((tmp_path / "out").iterdir()) == []
