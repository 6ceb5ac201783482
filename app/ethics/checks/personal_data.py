"""Personal data in prompts and copy: e-mails, phones, IBAN, NIR, SIRET (checksums), names and
places where a model covers the language — elsewhere names are "not checked", never clean."""

from __future__ import annotations

from app.core.i18n import tr
from app.ethics.inputs import all_texts, is_prompt_field
from app.ethics.model import Finding, Span, Verdict
from app.ethics.personal_data import PersonalDataDetector

ID = "personal-data"


def title() -> str:
    return tr("Personal data")


def kind_label(kind: str) -> str:
    return {"email": tr("e-mail address"), "phone": tr("phone number"), "iban": "IBAN",
            "nir": tr("social security number (NIR)"), "siret": "SIRET",
            "person": tr("name"), "place": tr("place")}.get(kind, kind)


def summary(findings) -> str:
    return tr("No personal data found in prompts or copy.")


def run(inp) -> list[Finding]:
    detector = inp.cache.setdefault("pii", PersonalDataDetector())
    language = inp.campaign.language
    out: list[Finding] = []
    for asset in inp.assets:
        spans, kinds, in_prompt, not_checked = [], [], False, []
        for field, text in all_texts(asset):
            scan = detector.scan(text, language)
            for f in scan.findings:
                spans.append(Span(field, f.start, f.end, f.text))
                kinds.append(f.kind)
                in_prompt = in_prompt or is_prompt_field(field)
            not_checked += [n for n in scan.not_checked if n not in not_checked]
        if spans:
            labels = ", ".join(kind_label(k) for k in dict.fromkeys(kinds))
            reason = (tr("The prompt or copy holds personal data ({kinds}): check it may be "
                         "used", kinds=labels) if in_prompt else
                      tr("The copy holds personal data ({kinds}): check it is meant to be "
                         "published", kinds=labels))
            out.append(Finding(ID, Verdict.SIGNOFF, reason, asset.id, spans, kind="found",
                               data={"kinds": sorted(set(kinds))}))
        if not_checked:
            out.append(Finding(ID, Verdict.SIGNOFF,
                               tr("Not checked: {what}. Check the texts by hand",
                                  what="; ".join(not_checked)),
                               asset.id, kind="not-checked"))
    return out
