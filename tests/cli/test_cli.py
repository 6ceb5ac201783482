"""The command line, run as a user runs it: the installed `vitrine` entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

VITRINE = str(Path(sys.executable).with_name("vitrine"))


def run(tmp_path, *args, check=True, env=None):
    full_env = {**os.environ, "VITRINE_WORKSPACE": str(tmp_path / "ws"), **(env or {})}
    proc = subprocess.run([VITRINE, *args], capture_output=True, text=True, env=full_env,
                          timeout=120)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


def test_campaign_new_then_list_keeps_accents(tmp_path):
    created = json.loads(run(tmp_path, "campaign", "new", "Été 2027", "--json").stdout)
    assert created["name"] == "Été 2027" and created["id"].startswith("cmp_")
    listed = run(tmp_path, "campaign", "list", "--json").stdout
    assert "Été 2027" in listed  # written as is, not \u00c9
    assert [c["id"] for c in json.loads(listed)["campaigns"]] == [created["id"]]


def test_brief_file_in_toml_and_json(tmp_path):
    toml = tmp_path / "brief.toml"
    toml.write_text('product = "Crème"\nlanguages = ["fr"]\nconfidentiality = "confidential"\n'
                    '[[facts]]\nclaim = "SPF 50"\nevidence = "ISO 24444"\n', encoding="utf-8")
    data = json.loads(run(tmp_path, "campaign", "new", "A", "--brief", str(toml), "--json").stdout)
    assert data["confidentiality"] == "confidential"
    assert data["brief"]["facts"] == [{"claim": "SPF 50", "evidence": "ISO 24444"}]
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    proc = run(tmp_path, "campaign", "new", "B", "--brief", str(bad), check=False)
    assert proc.returncode == 2 and "neither valid JSON nor TOML" in proc.stderr
    assert proc.stdout == ""


def test_global_options_come_before_the_command(tmp_path):
    other = tmp_path / "other"
    run(tmp_path, "--workspace", str(other), "--json", "campaign", "new", "Ailleurs")
    assert (other / "vitrine.sqlite3").exists()
    listed = json.loads(run(tmp_path, "--workspace", str(other), "campaign", "list",
                            "--json").stdout)
    assert [c["name"] for c in listed["campaigns"]] == ["Ailleurs"]


def test_unknown_ids_fail_in_plain_words_with_a_nonzero_exit(tmp_path):
    proc = run(tmp_path, "campaign", "show", "cmp_missing", "--json", check=False)
    assert proc.returncode == 3 and proc.stdout == ""
    assert "Campaign not found: cmp_missing" in proc.stderr


def test_errors_are_in_french_for_a_french_user(tmp_path):
    proc = run(tmp_path, "campaign", "show", "cmp_missing", check=False,
               env={"VITRINE_LANG": "fr"})
    assert "introuvable" in proc.stderr


def test_doctor_reports_device_and_workspace_quickly(tmp_path):
    started = time.perf_counter()
    report = json.loads(run(tmp_path, "doctor", "--json").stdout)
    assert time.perf_counter() - started < 10
    assert report["devices"]["best"] in ("cpu", "cuda", "mps")
    assert report["devices"]["torch"].startswith("2.")
    assert report["workspace"]["path"] == str((tmp_path / "ws").resolve())
    assert "torch" not in report["python"]  # doctor never imports torch


def test_assets_commands_on_a_real_workspace(tmp_path):
    from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord
    from app.workspace import Workspace

    ws = Workspace(tmp_path / "ws")
    c = ws.create_campaign("Été")
    a = ws.add_asset(c.id, GeneratedOutput(kind=AssetKind.TEXT, data=b"Plage", ext="md",
                                           text="Plage dorée", record=GenerationRecord(
                                               provider="x", model="m", prompt="sable", seed=3)))
    ws.close()
    listed = json.loads(run(tmp_path, "assets", "list", "--campaign", c.id, "--json").stdout)
    assert [x["id"] for x in listed["assets"]] == [a.id]
    found = json.loads(run(tmp_path, "assets", "search", "doree", "--json").stdout)
    assert found["assets"][0]["id"] == a.id
    shown = json.loads(run(tmp_path, "assets", "show", a.id, "--json").stdout)
    for key in ("id", "kind", "path", "campaign", "model", "seed", "text", "generation"):
        assert key in shown
    assert shown["seed"] == 3 and Path(shown["path"]).exists()
    changed = json.loads(run(tmp_path, "assets", "set", a.id, "--status", "approved",
                             "--title", "Été", "--json").stdout)
    assert changed["status"] == "approved" and changed["title"] == "Été"


@pytest.mark.parametrize("args", [["--help"], ["campaign", "--help"], ["--version"]])
def test_help_never_opens_the_window(tmp_path, args):
    proc = run(tmp_path, *args)
    assert "vitrine" in proc.stdout.lower()
