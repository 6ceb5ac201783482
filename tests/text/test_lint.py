"""The prompt linter: what a prompt lacks, what is vague or contradictory, a proposed rewrite."""

from __future__ import annotations

from app.core import i18n
from app.core.campaign import Brief
from app.prompting.lint import ASPECTS, lint_prompt


def test_a_bare_prompt_lacks_everything():
    report = lint_prompt("Write something catchy")
    assert report.missing == list(ASPECTS)
    assert {f.params.get("word") for f in report.findings if f.kind == "vague"} == {
        "something", "catchy"}
    assert report.score < 20
    assert "[who is it for?]" in report.rewrite and "Details: Write something catchy" in (
        report.rewrite)


def test_a_complete_prompt_lacks_nothing():
    prompt = ("Write 3 Instagram captions for young parents, in a warm tone, under 50 words, "
              "to drive sign-ups, using these facts: SPF 50, 80 minutes water resistant.")
    report = lint_prompt(prompt)
    assert report.missing == [] and report.present == list(ASPECTS)
    assert report.score == 100


def test_the_brief_and_channel_cover_what_the_prompt_leaves_out():
    brief = Brief.from_dict({"audience": "Familles", "tone": "chaleureux",
                             "objective": "Lancer la gamme", "facts": [{"claim": "SPF 50"}]})
    report = lint_prompt("Parlez de la protection", brief=brief, channel="x", language="fr")
    assert report.missing == []
    assert sorted(report.covered) == sorted(ASPECTS)
    assert "Ton : chaleureux." in report.rewrite and "N'utilisez que ces faits : SPF 50." in (
        report.rewrite)


def test_contradictions_are_named():
    report = lint_prompt("A short but detailed post, formal yet funny, no emojis, with emojis")
    pairs = {f.aspect: (f.params["a"], f.params["b"]) for f in report.findings
             if f.kind == "contradiction"}
    assert pairs["length"] == ("short", "detailed")
    assert pairs["register"] == ("formal", "funny")
    assert pairs["emoji"][0] == "no emojis"


def test_length_beyond_the_channel_and_other_language():
    report = lint_prompt("Écris un post de 500 mots en anglais", channel="x", language="fr")
    kinds = {f.kind for f in report.findings}
    assert {"channel-length", "language"} <= kinds


def test_asking_for_figures_without_a_fact_sheet_is_warned():
    report = lint_prompt("Add some statistics and a customer testimonial")
    assert any(f.kind == "unbacked" for f in report.findings)
    brief = Brief.from_dict({"facts": [{"claim": "97 % satisfied"}]})
    assert not any(f.kind == "unbacked" for f in lint_prompt(
        "Add some statistics", brief=brief).findings)


def test_messages_are_translated_and_spans_point_into_the_prompt():
    prompt = "Un truc sympa"
    report = lint_prompt(prompt, language="fr")
    vague = [f for f in report.findings if f.kind == "vague"]
    assert [prompt[f.start:f.end] for f in vague] == ["truc", "sympa"]
    i18n.set_language("fr")
    assert vague[0].text() == "« truc » est vague : dites concrètement ce que vous voulez."
    missing = next(f for f in report.findings if f.kind == "missing")
    assert missing.text().startswith("La consigne ne dit pas")
