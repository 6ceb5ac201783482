"""The personal-data detector on a French and English test set: every planted item is found with
its kind, numbers with a wrong checksum are not taken, names are "not checked" where no model
covers the language, and a cloud call never carries the data unredacted."""

from __future__ import annotations

import pytest

from app.ethics.personal_data import PersonalDataDetector, default_screen

# (text as planted, kind). Checksums: NIR key 97 - n mod 97; SIRET and IBAN valid.
FR_PLANTED = [
    ("marie.dupont@example.fr", "email"),
    ("06 12 34 56 78", "phone"),
    ("+33 1 42 68 53 00", "phone"),
    ("01.42.68.53.00", "phone"),
    ("+44 20 7946 0958", "phone"),
    ("FR76 3000 6000 0112 3456 7890 189", "iban"),
    ("DE89 3704 0044 0532 0130 00", "iban"),
    ("2 85 05 78 006 084 41", "nir"),
    ("1 92 12 2A 014 118 15", "nir"),
    ("732 829 320 00074", "siret"),
    ("Jean-Pierre Martin", "person"),
    ("12 rue de la Paix", "place"),
]
FR_TEXT = (
    "Bonjour, écrivez à marie.dupont@example.fr ou appelez le 06 12 34 56 78 (bureau : "
    "+33 1 42 68 53 00, standard 01.42.68.53.00, Londres : +44 20 7946 0958). "
    "Remboursement sur FR76 3000 6000 0112 3456 7890 189 ou DE89 3704 0044 0532 0130 00. "
    "Sécurité sociale : 2 85 05 78 006 084 41, et pour son frère 1 92 12 2A 014 118 15. "
    "Facturer la société SIRET 732 829 320 00074. "
    "Jean-Pierre Martin habite au 12 rue de la Paix depuis trois ans."
)
EN_PLANTED = [
    ("john.smith@example.co.uk", "email"),
    ("+1 202-456-1111", "phone"),
    ("(202) 456-1111", "phone"),
    ("+33 6 12 34 56 78", "phone"),
    ("GB82 WEST 1234 5698 7654 32", "iban"),
]
EN_TEXT = (
    "Please send the brief to john.smith@example.co.uk or call him on +1 202-456-1111, "
    "(202) 456-1111 from the office, or +33 6 12 34 56 78 in Paris. Pay to GB82 WEST 1234 "
    "5698 7654 32 by Friday. John Smith will review it with the whole team."
)
WRONG = [
    "NIR 2 85 05 78 006 084 42 (clé fausse)",
    "SIRET 732 829 320 00075 (Luhn faux)",
    "IBAN FR76 3000 6000 0112 3456 7890 188 (clé fausse)",
    "IBAN GB82 WEST 1234 5698 7654 33 here",
]


@pytest.fixture(scope="module")
def detector():
    return PersonalDataDetector()


def _found(scan, text):
    return {(text[f.start:f.end], f.kind) for f in scan.findings}


def test_every_planted_item_of_the_french_set_is_found(detector):
    scan = detector.scan(FR_TEXT, "fr")
    found = _found(scan, FR_TEXT)
    for planted in FR_PLANTED:
        assert planted in found, (planted, sorted(found))
    assert scan.not_checked == []  # French names are covered by the model


def test_every_planted_item_of_the_english_set_is_found_and_names_are_not_checked(detector):
    scan = detector.scan(EN_TEXT, "en")
    found = _found(scan, EN_TEXT)
    for planted in EN_PLANTED:
        assert planted in found, (planted, sorted(found))
    # No English model: "John Smith" is not reported, and the scan says names were not checked
    assert not any(kind == "person" for _, kind in found)
    assert scan.not_checked and "no model" in scan.not_checked[0]


@pytest.mark.parametrize("text", WRONG)
def test_wrong_checksums_are_not_taken_for_nir_siret_or_iban(detector, text):
    scan = detector.scan(text, "fr")
    assert not [f for f in scan.findings if f.kind in ("nir", "siret", "iban", "phone")], \
        [(f.kind, f.text) for f in scan.findings]


def test_redaction_removes_every_finding(detector):
    scan = detector.scan(FR_TEXT, "fr")
    redacted = detector.redact(FR_TEXT, scan)
    for planted, kind in FR_PLANTED:
        assert planted not in redacted
        assert f"[{kind}]" in redacted
    assert redacted.startswith("Bonjour, écrivez à [email] ou appelez le [phone]")


def test_the_language_is_guessed_from_the_text_not_only_taken_from_the_campaign(detector):
    # An English prompt in a French campaign: names are "not checked", never clean
    scan = detector.scan("portrait of a smiling woman with her dog on the beach", "fr")
    assert scan.findings == [] and scan.not_checked


def test_the_policy_gets_this_detector_by_default():
    from app.services import policy

    policy._screen.clear()
    try:
        screen = policy.personal_data_screen()
        assert isinstance(screen, PersonalDataDetector)
        assert screen.scan("écrire à a.b@example.org").kinds == ["email"]
    finally:
        policy._screen.clear()
    assert isinstance(default_screen(), PersonalDataDetector)


def test_a_capital_at_the_start_of_a_sentence_is_not_a_name(detector):
    script = " ".join(f"Phrase {i} du texte long, lue par une voix de synthèse." for i in range(20))
    assert detector.scan(script, "fr").findings == []
    assert detector.scan("Protégez votre peau cet été.", "fr").findings == []
    scan = detector.scan("Contactez Marie Dupont à Lyon.", "fr")
    assert {(f.kind, f.text) for f in scan.findings} == {("person", "Marie Dupont"),
                                                         ("place", "Lyon")}
