"""C2PA manifests: `c2pa.created` with digitalSourceType trainedAlgorithmicMedia, the model as the
software agent and Vitrine as the claim generator; signed with the signing identity; read back and
validated."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from app import APP_NAME, __version__
from app.export.signing import SigningIdentity

TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
RECIPE_LABEL = "com.vitrine.recipe"  # internal profile only: the full recipe
MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp",
        "wav": "audio/wav", "mp3": "audio/mpeg", "flac": "audio/flac"}


def make_signer(identity: SigningIdentity):
    import c2pa

    info = c2pa.C2paSignerInfo(identity.alg.encode(), identity.chain_pem, identity.key_pem, None)
    return c2pa.Signer.from_info(info)


def build_manifest(*, title: str, model: str, model_version: str = "",
                   recipe: dict | None = None) -> dict:
    agent = {"name": model or "unknown model"}
    if model_version:
        agent["version"] = model_version
    assertions = [{"label": "c2pa.actions.v2", "data": {"actions": [{
        "action": "c2pa.created",
        "digitalSourceType": TRAINED_ALGORITHMIC_MEDIA,
        "softwareAgent": agent,
    }]}}]
    if recipe:
        assertions.append({"label": RECIPE_LABEL, "data": recipe})
    return {"claim_generator_info": [{"name": APP_NAME, "version": __version__}],
            "title": title, "assertions": assertions}


def sign(signer, mime: str, source, dest, manifest: dict) -> None:
    """Embed and sign `manifest` while copying `source` (a readable stream) to `dest`."""
    import c2pa

    with c2pa.Builder(manifest) as builder:
        builder.sign(signer, mime, source, dest)


@dataclass
class ProvenanceReport:
    state: str = ""  # "Valid", "Trusted", "Invalid", or "" when there is no manifest
    actions: list[dict] = field(default_factory=list)
    generator: list[dict] = field(default_factory=list)
    assertions: list[str] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)
    error: str = ""

    @property
    def digital_source_types(self) -> list[str]:
        return [a.get("digitalSourceType", "") for a in self.actions]

    @property
    def valid(self) -> bool:
        return self.state in ("Valid", "Trusted")


def read(source: Path | bytes, mime: str, trust_anchor_pem: bytes | None = None
         ) -> ProvenanceReport:
    import c2pa

    data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    context = None
    if trust_anchor_pem:
        settings = c2pa.Settings.from_dict({"verify": {"verify_trust": True},
                                            "trust": {"trust_anchors":
                                                      trust_anchor_pem.decode()}})
        context = c2pa.Context(settings)
    try:
        reader = c2pa.Reader(mime, io.BytesIO(data), None, context) if context else \
            c2pa.Reader(mime, io.BytesIO(data))
    except c2pa.C2paError as exc:
        return ProvenanceReport(error=str(exc))
    with reader:
        active = reader.get_active_manifest() or {}
        report = ProvenanceReport(state=reader.get_validation_state() or "", manifest=active)
    report.generator = active.get("claim_generator_info", [])
    for assertion in active.get("assertions", []):
        report.assertions.append(assertion.get("label", ""))
        if assertion.get("label", "").startswith("c2pa.actions"):
            report.actions += assertion.get("data", {}).get("actions", [])
    return report


def manifest_json(report: ProvenanceReport) -> str:
    return json.dumps(report.manifest, ensure_ascii=False)
