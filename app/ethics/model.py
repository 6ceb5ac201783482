"""The checklist's vocabulary: verdicts, findings, items and the checklist itself."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Verdict(enum.StrEnum):
    PASS = "pass"
    SIGNOFF = "signoff"  # needs a named person's sign-off
    BLOCK = "block"  # blocks export (some blocks can be overridden by a sign-off, most cannot)

    @property
    def rank(self) -> int:
        return {"pass": 0, "signoff": 1, "block": 2}[self.value]


@dataclass(frozen=True)
class Span:
    """Where in an asset's text a finding is: field ("prompt", "text", "alt_text"...) and
    character offsets in that field's value."""

    field: str
    start: int
    end: int
    text: str = ""

    def to_dict(self, *, with_text: bool = True) -> dict:
        data = {"field": self.field, "start": self.start, "end": self.end}
        if with_text:
            data["text"] = self.text
        return data


@dataclass
class Finding:
    """One thing a check found, about one asset (or the whole campaign when asset_id is None)."""

    check: str
    verdict: Verdict
    reason: str  # already in the user's language
    asset_id: str | None = None
    spans: list[Span] = field(default_factory=list)
    signable: bool = True  # whether a sign-off can clear it (a missing alt text cannot)
    kind: str = ""  # a finer label: "email", "licence-non-commercial", "nudity"...
    data: dict = field(default_factory=dict)  # figures for the report (footprint, flows)
    signed_by: list[dict] = field(default_factory=list)  # valid sign-offs that cover it

    @property
    def open(self) -> bool:
        if self.verdict == Verdict.PASS:
            return False
        return not (self.signable and self.signed_by)


@dataclass
class Item:
    """One review item: a check's findings gathered, with its overall verdict."""

    id: str
    title: str
    findings: list[Finding] = field(default_factory=list)
    summary: str = ""  # the reason when nothing is wrong (or an overview)
    signoffs: list[dict] = field(default_factory=list)  # every sign-off of this item, stale too

    @property
    def verdict(self) -> Verdict:
        worst = Verdict.PASS
        for f in self.findings:
            if f.verdict.rank > worst.rank:
                worst = f.verdict
        return worst

    @property
    def open(self) -> bool:
        return any(f.open for f in self.findings)

    @property
    def assets(self) -> list[str]:
        """The assets this item concerns now (those of its findings, in order, no repeats)."""
        seen: dict[str, None] = {}
        for f in self.findings:
            if f.asset_id and (f.verdict != Verdict.PASS or f.data.get("concerns")):
                seen.setdefault(f.asset_id, None)
        return list(seen)

    @property
    def signable_assets(self) -> list[str]:
        seen: dict[str, None] = {}
        for f in self.findings:
            if f.asset_id and f.verdict != Verdict.PASS and f.signable:
                seen.setdefault(f.asset_id, None)
        return list(seen)

    @property
    def needs_campaign_signoff(self) -> bool:
        return any(f.asset_id is None and f.verdict != Verdict.PASS and f.signable
                   for f in self.findings)

    @property
    def reason(self) -> str:
        open_ = [f for f in self.findings if f.open]
        shown = open_ or [f for f in self.findings if f.verdict != Verdict.PASS]
        if not shown:
            return self.summary
        reasons = list(dict.fromkeys(f.reason for f in shown))
        text = reasons[0] if len(reasons) == 1 else "; ".join(reasons[:3])
        if len(reasons) > 3:
            text += f" (+{len(reasons) - 3})"
        return text


@dataclass
class Checklist:
    campaign_id: str
    items: list[Item] = field(default_factory=list)
    asset_ids: list[str] = field(default_factory=list)  # the assets that were checked

    @property
    def blocking(self) -> bool:
        return any(item.open for item in self.items)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def open_reasons(self) -> list[str]:
        """One line per open finding: what stops an export."""
        lines = []
        for item in self.items:
            for f in item.findings:
                if f.open:
                    where = f" [{f.asset_id}]" if f.asset_id else ""
                    line = f"{item.id}{where}: {f.reason}"
                    if line not in lines:
                        lines.append(line)
        return lines

    def to_dict(self) -> dict:
        """The JSON contract of `vitrine review --json` (with a few extra keys)."""
        return {
            "campaign": self.campaign_id,
            "blocking": self.blocking,
            "items": [{
                "id": item.id,
                "title": item.title,
                "verdict": item.verdict.value,
                "open": item.open,
                "reason": item.reason,
                "assets": item.assets,
                "findings": [{
                    "verdict": f.verdict.value, "reason": f.reason, "asset": f.asset_id,
                    "kind": f.kind, "signable": f.signable, "open": f.open,
                    "spans": [s.to_dict() for s in f.spans],
                    "signed_by": [s.get("by_name", "") for s in f.signed_by],
                } for f in item.findings],
                "signoffs": item.signoffs,
            } for item in self.items],
        }
