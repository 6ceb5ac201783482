"""The interface of the personal-data screen that runs before a prompt leaves for a cloud provider.

The policy (app.services.policy) calls whichever screen is registered; the detector itself lives in
app.ethics. A screen reports what it found and what it could not check (a language no model
covers), so that "not checked" is never mistaken for "clean"."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class PersonalDataFinding:
    kind: str  # "email", "phone", "iban", "nir", "siret", "person", "place"...
    start: int
    end: int
    text: str


@dataclass
class PersonalDataScan:
    findings: list[PersonalDataFinding] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)  # e.g. ["names (no model for 'de')"]

    @property
    def kinds(self) -> list[str]:
        return sorted({f.kind for f in self.findings})


class PersonalDataScreen(Protocol):
    def scan(self, text: str, language: str = "") -> PersonalDataScan: ...

    def redact(self, text: str, scan: PersonalDataScan) -> str: ...
