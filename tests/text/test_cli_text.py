"""`vitrine generate text` and `vitrine prompt lint`, run as a user runs them."""

from __future__ import annotations

import json

from tests.cli.test_cli import run

REPLY = "1. Le soleil, sans souci.\n2. SPF 50 pour toute la famille, à 9,90 €."


def _campaign(tmp_path) -> str:
    brief = tmp_path / "brief.json"
    brief.write_text(json.dumps({
        "product": "Crème solaire minérale", "languages": ["fr"],
        "facts": [{"claim": "SPF 50", "evidence": "ISO 24444"}]}), encoding="utf-8")
    out = run(tmp_path, "campaign", "new", "Été", "--brief", str(brief), "--json").stdout
    return json.loads(out)["id"]


def test_generate_text_json_and_streamed(tmp_path, chat_server):
    chat_server.reply(REPLY)
    cid = _campaign(tmp_path)
    args = ("generate", "text", "--campaign", cid, "--channel", "x", "--variants", "2",
            "--base-url", chat_server.base_url, "--model", "tiny-chat")
    data = json.loads(run(tmp_path, *args, "--json").stdout)
    first, second = data["assets"]
    assert first["kind"] == "text" and first["text"] == "Le soleil, sans souci."
    assert first["campaign"] == cid and first["model"] == "tiny-chat"
    assert first["channel"] == "x" and first["path"].endswith(".md")
    assert first["meta"]["fields"][0]["limit"] == 280
    assert [f["text"] for f in second["meta"]["grounding"]["flags"]] == ["9,90 €"]
    assert first["generation"]["where"] == "local"

    streamed = run(tmp_path, *args).stdout
    assert streamed.startswith(REPLY)  # the text as it came, then the variants
    assert "[2/2]" in streamed and "9,90 €" in streamed.split(REPLY, 1)[1]


def test_offline_refuses_a_cloud_provider(tmp_path):
    cid = _campaign(tmp_path)
    proc = run(tmp_path, "--offline", "generate", "text", "--campaign", cid, "--channel", "x",
               "--provider", "openai", check=False)
    assert proc.returncode != 0 and proc.stdout == ""
    assert "Offline mode is on" in proc.stderr


def test_prompt_lint(tmp_path):
    proc = run(tmp_path, "prompt", "lint", "--prompt", "Write something catchy", "--json",
               "--channel", "x")
    data = json.loads(proc.stdout)
    assert "audience" in data["missing"] and data["rewrite"]
    assert any(f["kind"] == "vague" for f in data["findings"])
