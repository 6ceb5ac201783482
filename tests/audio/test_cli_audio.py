"""`vitrine generate audio`, run as a user runs it (the installed entry point, a real workspace):
voice-overs, a radio script asset, a mixed spot, music from a local model folder, and the
errors a user can meet, in plain words on stderr with nothing on stdout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.providers.audio.audiofile import encode
from tests.audio.test_mix import chords
from tests.fixtures.audio import independent_true_peak_db, pyloudnorm_lufs, read

VITRINE = str(Path(sys.executable).with_name("vitrine"))
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed")
SCRIPT = "Cet été, protégez toute la famille. Disponible en pharmacie."


def run(tmp_path, *args, check=True, env=None):
    full = {**os.environ, "VITRINE_WORKSPACE": str(tmp_path / "ws"), **(env or {})}
    proc = subprocess.run([VITRINE, *args], capture_output=True, text=True, env=full,
                          timeout=240)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture
def campaign_id(tmp_path):
    brief = tmp_path / "brief.json"
    brief.write_text(json.dumps({"languages": ["fr", "en"], "channels": ["radio-30"]}),
                     encoding="utf-8")
    out = run(tmp_path, "campaign", "new", "Été 2027", "--brief", str(brief), "--json").stdout
    return json.loads(out)["id"]


@needs_espeak
def test_a_voice_over_prints_its_asset_as_json(tmp_path, campaign_id):
    proc = run(tmp_path, "generate", "audio", "--campaign", campaign_id, "--speech", SCRIPT,
               "--voice", "espeak:fr", "--json")
    asset = json.loads(proc.stdout)
    for key in ("id", "kind", "path", "campaign", "model", "seed", "transcript", "generation"):
        assert key in asset
    assert asset["kind"] == "audio" and asset["campaign"] == campaign_id
    assert asset["transcript"] == SCRIPT and "été" in proc.stdout  # UTF-8 as it is
    assert asset["model"] == "espeak-ng:fr" and Path(asset["path"]).exists()
    assert asset["duration_s"] > 2 and asset["sample_rate"] == 22050


@needs_espeak
def test_a_radio_script_asset_becomes_a_voice_over_on_its_channel(tmp_path, campaign_id):
    from app.core.assets import AssetKind, GeneratedOutput
    from app.workspace import Workspace

    ws = Workspace(tmp_path / "ws")
    script = ws.add_asset(campaign_id, GeneratedOutput(
        kind=AssetKind.TEXT, data=b"", ext="md", channel="radio-15",
        text="# Spot 15 s\n**Voix off :** " + SCRIPT + " [SFX : vagues]"))
    ws.close()
    asset = json.loads(run(tmp_path, "generate", "audio", "--campaign", campaign_id,
                           "--script-asset", script.id, "--json").stdout)
    assert asset["transcript"] == SCRIPT and asset["channel"] == "radio-15"
    assert asset["parent_id"] == script.id


@needs_espeak
def test_a_mixed_spot_for_broadcast_in_mp3(tmp_path, campaign_id):
    bed = tmp_path / "bed.wav"
    bed.write_bytes(encode(chords(5.0), 32000, "wav")[0])
    asset = json.loads(run(tmp_path, "generate", "audio", "--campaign", campaign_id,
                           "--speech", SCRIPT, "--bed", str(bed), "--loudness", "broadcast",
                           "--format", "mp3", "--json").stdout)
    audio, rate = read(asset["path"])
    assert asset["ext"] == "mp3"
    assert pyloudnorm_lufs(audio, rate) == pytest.approx(-23.0, abs=0.5)
    assert independent_true_peak_db(audio) <= -1.0


def test_music_from_a_local_model_folder(tmp_path, campaign_id):
    from scripts.tiny_models import ensure

    model = ensure("music-stable-audio")
    asset = json.loads(run(tmp_path, "generate", "audio", "--campaign", campaign_id,
                           "--music", "calm piano", "--duration", "2", "--model", str(model),
                           "--seed", "4", "--steps", "3", "--json").stdout)
    assert asset["seed"] == 4 and asset["duration_s"] == 2.0
    assert asset["generation"]["licence"] == "stable-audio-community"
    assert asset["generation"]["commercial_use"] == "restricted"


def test_errors_are_plain_words_on_stderr_with_nothing_written(tmp_path, campaign_id):
    empty = tmp_path / "bin"
    empty.mkdir()
    cases = [
        (["--speech", SCRIPT], {"PATH": str(empty)}, "sudo apt-get install espeak-ng"),
        (["--speech", "   "], {}, "The script is empty"),
        (["--speech", SCRIPT, "--voice", "espeak:tlh"], {}, "no voice for the language"),
        (["--speech", SCRIPT, "--voice", "nope:x"], {}, "Unknown voice"),
        (["--speech", SCRIPT, "--loudness", "loud"], {}, "Invalid audio setting"),
    ]
    for args, env, expected in cases:
        if shutil.which("espeak-ng") is None and "PATH" not in env:
            continue
        proc = run(tmp_path, "generate", "audio", "--campaign", campaign_id, *args, "--json",
                   check=False, env=env)
        assert proc.returncode != 0 and proc.stdout == "", args
        assert expected in proc.stderr, (args, proc.stderr)
    listed = json.loads(run(tmp_path, "assets", "list", "--campaign", campaign_id,
                            "--json").stdout)
    assert listed["assets"] == []
    assert not [p for p in (tmp_path / "ws" / "assets").rglob("*") if p.is_file()]


def test_french_errors_for_a_french_user(tmp_path, campaign_id):
    proc = run(tmp_path, "generate", "audio", "--campaign", campaign_id, "--speech", "",
               check=False, env={"VITRINE_LANG": "fr"})
    assert proc.returncode == 2 and "rien à dire" in proc.stderr
