"""The grounding check on a FR/EN test set: unsupported figures and claims flagged with their
span, facts from the fact sheet not flagged."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.campaign import Fact
from app.prompting.grounding import check_grounding, parse_number

FACTS = [
    Fact("SPF 50", "Test ISO 24444, 2026"),
    Fact("Résistante à l'eau 80 minutes"),
    Fact("Prix conseillé 19,90 €"),
    Fact("97 % des utilisateurs satisfaits",
         "Étude consommateurs Ifop, 120 personnes, mars 2026"),
    Fact("N°1 des ventes de solaires minéraux en pharmacie", "IQVIA, cumul 2025"),
    Fact("Disponible le 1er juin 2027"),
]

SUPPORTED = [  # copy that only says what the fact sheet says, however it is typed
    "Crème SPF 50, résistante 80 minutes, à 19,90 € seulement.",
    "97\u202f% des utilisateurs satisfaits selon l'étude Ifop de mars 2026.",
    "97\u00a0% des utilisateurs satisfaits, 19,90\u00a0€.",
    "97 pour cent des utilisateurs satisfaits, 19€90.",
    "Le n°1 des ventes en pharmacie (IQVIA, 2025).",
    "N° 1 des solaires minéraux. Disponible dès le 1er juin 2027.",
    "SPF 50 mineral sunscreen, water resistant for 80 minutes, EUR 19.90.",
    "97% of users satisfied (Ifop survey, 2026). Number one in pharmacies.",
    "Available from June 1, 2027. Tested to ISO 24444.",
]


@pytest.mark.parametrize("copy", SUPPORTED)
def test_facts_from_the_fact_sheet_are_not_flagged(copy):
    report = check_grounding(copy, FACTS)
    assert report.flags == [], [(f.kind, f.text) for f in report.flags]
    assert report.supported  # they were seen, and found supported


UNSUPPORTED = [  # (copy, [(kind, exact span text)])
    ("Protège 99,9 % des UV.", [("percentage", "99,9 %")]),
    ("Protège 99,9\u202f% des UV.", [("percentage", "99,9\u202f%")]),
    ("Seulement 14,99\u00a0€ !", [("price", "14,99\u00a0€")]),
    ("Now only $24.90.", [("price", "$24.90")]),
    ("Prix : 1 299 €.", [("price", "1 299 €")]),
    ("Satisfait à 98 %.", [("percentage", "98 %")]),
    ("SPF 30 pour les enfants.", [("number", "30")]),
    ("9 dermatologues sur 10 la recommandent.", [("number", "9"), ("number", "10")]),
    ("En vente dès le 15 mai 2027.", [("date", "15 mai 2027")]),
    ("On sale from 15/05/2027.", [("date", "15/05/2027")]),
    ("Launching on May 15, 2027.", [("date", "May 15, 2027")]),
    ("Lancée en 2024.", [("date", "2024")]),
    ("La meilleure crème de l'été.", [("superlative", "meilleure")]),
    ("The best sunscreen for kids.", [("superlative", "best")]),
    ("Leader du solaire en France.", [("superlative", "Leader")]),
    ("The market leader.", [("superlative", "leader")]),
    ("La plus efficace du marché.", [("superlative", "La plus efficace")]),
    ("Cliniquement prouvée.", [("superlative", "Cliniquement prouvée")]),
    ("« Ma peau n'a jamais été aussi douce » — Julie", [
        ("quotation", "« Ma peau n'a jamais été aussi douce »")]),
    ("“Best purchase of the summer,” says Anna.", [
        ("quotation", "“Best purchase of the summer,”"), ("superlative", "Best")]),
    ("Recommandée par les dermatologues.", [("source", "Recommandée par les dermatologues")]),
    ("Selon Que Choisir, elle protège.", [("source", "Selon Que Choisir")]),
    ("According to Dermatology Weekly, it works.", [
        ("source", "According to Dermatology Weekly")]),
    ("Approved by the Skin Cancer Foundation.", [
        ("source", "Approved by the Skin Cancer Foundation")]),
]


@pytest.mark.parametrize(("copy", "expected"), UNSUPPORTED)
def test_unsupported_claims_are_flagged_with_their_span(copy, expected):
    report = check_grounding(copy, FACTS)
    found = sorted((f.kind, copy[f.start:f.end]) for f in report.flags)
    assert found == sorted(expected)
    for flag in report.flags:
        assert copy[flag.start:flag.end] == flag.text


def test_mixed_copy_flags_only_what_is_invented():
    copy = ("SPF 50 et 97 % de satisfaits (Ifop) : la meilleure protection à 14,90 €, "
            "selon nos experts.")
    report = check_grounding(copy, FACTS)
    assert sorted((f.kind, f.text) for f in report.flags) == [
        ("price", "14,90 €"), ("source", "selon nos experts"), ("superlative", "meilleure")]


def test_phrases_that_are_no_claims_are_left_alone():
    for copy in ("Selon vos envies, à la plage ou en ville.", "Tous les jours, toute l'année.",
                 "1. Un titre\n2. Un autre titre", "For your whole family."):
        assert check_grounding(copy, FACTS).flags == [], copy


def test_no_fact_sheet_flags_every_claim():
    report = check_grounding("SPF 50 à 19,90 €, n°1 des ventes.", [])
    assert sorted(f.kind for f in report.flags) == ["number", "price", "superlative"]


def test_currency_must_agree_when_both_say_one():
    facts = [Fact("Price: $19.90")]
    assert check_grounding("Only $19.90", facts).ok
    assert not check_grounding("Only 19,90 €", facts).ok


def test_number_parsing():
    assert parse_number("1 299,90") == Decimal("1299.9")
    assert parse_number("1\u202f299") == Decimal("1299")
    assert parse_number("1,299.90") == Decimal("1299.9")
    assert parse_number("0,5") == Decimal("0.5")
    assert parse_number("99,9") == Decimal("99.9")
    assert parse_number("1.299") == Decimal("1299")
