"""The personal-data detector: e-mails, phone numbers (French and international), IBAN, French
NIR and SIRET with their checksums, and names and places where a model covers the language.

It implements app.core.policy.PersonalDataScreen; the policy calls `default_screen()` for prompts
bound for a cloud provider, and the checklist scans prompts and copy with it."""

from __future__ import annotations

import re

from app.core.i18n import tr
from app.core.policy import PersonalDataFinding, PersonalDataScan
from app.ethics import ner
from app.ethics.text import guess_language

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])")
IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Za-z0-9])")
NIR = re.compile(r"(?<![\d])[12378]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}\s?\d{2}"
                 r"(?![\d])")
SIRET = re.compile(r"(?<![\d])\d{3}[ .]?\d{3}[ .]?\d{3}[ .]?\d{5}(?![\d])")
# Regions whose national formats are tried besides international (+...) numbers.
PHONE_REGIONS = {"fr": ("FR",), "en": ("FR", "US", "GB"), "": ("FR", "US", "GB")}
REDACTION = "[{kind}]"


class PersonalDataDetector:
    """Regular expressions and checksums (fast, no model), plus the French NER for names."""

    def __init__(self, *, names: bool = True):
        self.names = names

    def scan(self, text: str, language: str = "") -> PersonalDataScan:
        text = text or ""
        findings: list[PersonalDataFinding] = []
        for finder in (_emails, _ibans, _nirs, _sirets):
            _add(findings, finder(text))
        lang = guess_language(text, default=(language or "").lower()[:2])
        _add(findings, _phones(text, lang))
        scan = PersonalDataScan(findings=findings)
        if self.names and text.strip():
            if lang in ner.MODELS and ner.covered(lang):
                _add(findings, _names(text, lang))
            else:
                scan.not_checked.append(tr("names and places (no model for \u201c{language}\u201d)",
                                           language=lang or "?"))
        findings.sort(key=lambda f: (f.start, f.end))
        return scan

    def redact(self, text: str, scan: PersonalDataScan) -> str:
        for f in sorted(scan.findings, key=lambda f: f.start, reverse=True):
            text = text[:f.start] + REDACTION.format(kind=f.kind) + text[f.end:]
        return text


def default_screen() -> PersonalDataDetector:
    """The screen the policy uses for prompts bound for a cloud provider."""
    return PersonalDataDetector()


def _add(found: list[PersonalDataFinding], new) -> None:
    """Keep the first finding for any stretch of text (checksummed numbers before phones)."""
    for f in new:
        if not any(f.start < g.end and g.start < f.end for g in found):
            found.append(f)


def _emails(text):
    return [PersonalDataFinding("email", m.start(), m.end(), m.group())
            for m in EMAIL.finditer(text)]


def _ibans(text):
    from stdnum import iban

    out = []
    for m in IBAN.finditer(text):
        # The pattern may run into a following word; shrink until the checksum holds.
        candidate = m.group()
        while len(re.sub(r"[ -]", "", candidate)) >= 15:
            if iban.is_valid(candidate):
                out.append(PersonalDataFinding("iban", m.start(), m.start() + len(candidate),
                                               candidate))
                break
            candidate = re.sub(r"[ -]?[A-Z0-9]$", "", candidate)
    return out


def _checked(pattern, validator, kind, text):
    return [PersonalDataFinding(kind, m.start(), m.end(), m.group())
            for m in pattern.finditer(text) if validator(re.sub(r"[ .]", "", m.group()))]


def _nirs(text):
    from stdnum.fr import nir

    return _checked(NIR, nir.is_valid, "nir", text)


def _sirets(text):
    from stdnum.fr import siret

    return _checked(SIRET, siret.is_valid, "siret", text)


_ACRONYM = re.compile(r"^[A-Z0-9]{2,6}$")
_HOUSE_NUMBER = re.compile(r"\d{1,4}(?:\s?(?:bis|ter))?,?\s$")


def _names(text, language):
    out = []
    for kind, start, end, value in ner.entities(text, language):
        if _ACRONYM.match(value):  # "SIRET", "IBAN": labels, not names
            continue
        if kind == "place":  # "12 rue de la Paix": keep the house number with the street
            number = _HOUSE_NUMBER.search(text[max(0, start - 10):start])
            if number:
                start -= len(number.group())
                value = text[start:end]
        out.append(PersonalDataFinding(kind, start, end, value))
    return out


def _phones(text, language):
    import phonenumbers

    out: list[PersonalDataFinding] = []
    for region in PHONE_REGIONS.get(language, PHONE_REGIONS[""]):
        for match in phonenumbers.PhoneNumberMatcher(text, region,
                                                     leniency=phonenumbers.Leniency.VALID):
            _add(out, [PersonalDataFinding("phone", match.start, match.end, match.raw_string)])
    return out
