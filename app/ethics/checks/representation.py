"""Representation: when the campaign shows people, a person signs off on who is shown and how
(diversity, stereotypes, consent for any real person)."""

from __future__ import annotations

from app.core.i18n import tr
from app.ethics.model import Finding, Verdict
from app.ethics.people import shows_people

ID = "representation"


def title() -> str:
    return tr("Representation")


def summary(findings) -> str:
    return tr("No image shows people.")


def run(inp) -> list[Finding]:
    return [Finding(ID, Verdict.SIGNOFF,
                    tr("Shows people: check who is shown and how (diversity, stereotypes)"),
                    asset.id, kind="people")
            for asset in inp.images() if shows_people(inp, asset)]
