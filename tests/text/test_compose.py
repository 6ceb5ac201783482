"""The system prompt: the brief, the brand voice, the fact sheet with the instruction to use only
those facts, the channel's format, in the campaign's language."""

from __future__ import annotations

from app.core.campaign import Brief
from app.prompting.channels import get_channel
from app.prompting.compose import compose
from app.prompting.variants import parse_variants

BRIEF = Brief.from_dict({
    "product": "Crème solaire minérale SPF 50",
    "audience": "Familles, 30-45 ans",
    "objective": "Lancer la gamme été",
    "key_messages": ["Protection très haute", "Filtres minéraux"],
    "tone": "chaleureux, précis",
    "facts": [{"claim": "SPF 50", "evidence": "Test ISO 24444, 2026"}],
    "brand": {"style_words": ["solaire", "doux"]},
})


def test_french_campaign_gets_a_french_system_prompt():
    composed = compose(BRIEF, channel="google-ads", variants=3, language="fr")
    system = composed.system
    for part in ("Écrivez en français.", "Produit : Crème solaire minérale SPF 50",
                 "Cible : Familles, 30-45 ans", "Objectif : Lancer la gamme été",
                 "- Protection très haute", "Ton de la marque : chaleureux, précis",
                 "- SPF 50 (preuve : Test ISO 24444, 2026)", "N'utilisez que les faits",
                 "3 variantes", "« Titre : » au plus 30 caractères",
                 "« Description : » au plus 90 caractères", "Numérotez"):
        assert part in system, part
    assert composed.user == "Rédigez le texte de cette campagne."
    assert composed.max_tokens >= 128


def test_english_campaign_and_the_users_own_prompt():
    composed = compose(BRIEF, channel="x", variants=2, language="en",
                       prompt="  Stress the mineral filters  ")
    assert "Write in English." in composed.system
    assert "Use only the facts of the fact sheet." in composed.system
    assert "at most 280 characters" in composed.system
    assert composed.user == "Stress the mineral filters"  # kept as written


def test_without_facts_the_model_is_told_to_state_none():
    system = compose(Brief(product="Tea"), channel="seo", variants=1, language="en").system
    assert "There is no fact sheet" in system and "Fact sheet" not in system
    assert "about 60 characters" in system and "about 155 characters" in system
    assert "Write only the copy" in system


def test_other_languages_fall_back_to_english_sentences():
    system = compose(BRIEF, channel="instagram", variants=2, language="de").system
    assert "Write in German." in system and "### Variant N" in system
    assert "hashtags" in system


def test_radio_is_asked_in_seconds_and_words():
    system = compose(None, channel="radio-30", variants=1, language="fr").system
    assert "30 secondes : au plus 72 mots" in system


def test_output_in_the_asked_format_parses_back():
    """What the prompt asks for is what the parser reads (the labels, the numbering)."""
    output = ("1. Titre : Le soleil sans souci\n   Description : Filtres minéraux, SPF 50.\n"
              "2. Titre : L'été en famille\n   Description : Protection très haute.")
    variants = parse_variants(output, get_channel("google-ads", "fr"), "fr")
    assert [v.fields[0].text for v in variants] == ["Le soleil sans souci", "L'été en famille"]
