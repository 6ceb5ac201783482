"""The checks, in the order the review shows them. Each module has `ID` (the stable review item
id), `title()` (translated), `summary(findings)` (the reason when nothing is open) and
`run(inp) -> list[Finding]`."""

from __future__ import annotations

import importlib

MODULES = {
    "personal-data": "app.ethics.checks.personal_data",
    "licences": "app.ethics.checks.licences",
    "intellectual-property": "app.ethics.checks.ip",
    "claims": "app.ethics.checks.claims",
    "green-claims": "app.ethics.checks.green",
    "unsafe-imagery": "app.ethics.checks.unsafe",
    "representation": "app.ethics.checks.representation",
    "disclosure": "app.ethics.checks.disclosure",
    "accessibility": "app.ethics.checks.accessibility",
    "data-flows": "app.ethics.checks.flows",
    "footprint": "app.ethics.checks.footprint",
    "loi-toubon": "app.ethics.checks.toubon",
}
IDS = tuple(MODULES)


def load(check_id: str):
    return importlib.import_module(MODULES[check_id])
