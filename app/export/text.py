"""One text asset, exported as Markdown, HTML or plain text with a disclosure line, and a signed
sidecar manifest (`<file>.provenance.json`): C2PA has no container for plain text, so the sidecar
carries the same statement (created by a trained model, with which model and app) with the file's
hash, signed with the same key as the images."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from app import APP_NAME, __version__
from app.core import i18n
from app.core.i18n import tr_noop
from app.export.c2pa_io import TRAINED_ALGORITHMIC_MEDIA
from app.export.signing import SigningIdentity

FORMATS = {"md": "text/markdown", "html": "text/html", "txt": "text/plain"}
DEFAULT_DISCLOSURE = tr_noop("Text written with the help of artificial intelligence.")
SIDECAR_SUFFIX = ".provenance.json"
_ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h1", "h2", "h3",
                 "h4", "h5", "h6", "blockquote", "code", "pre", "hr", "a", "span", "table",
                 "thead", "tbody", "tr", "th", "td"}


@dataclass
class TextJob:
    text: str
    dest: Path
    fmt: str = "md"
    title: str = ""
    language: str = ""
    disclosure: str = ""  # settings.disclosure_line; empty: the default in the copy's language
    model: str = ""
    recipe: dict | None = None


def disclosure_line(custom: str, language: str) -> str:
    """The configured line, else the default in the copy's language (not the interface's)."""
    if custom.strip():
        return custom.strip()
    if language == "fr":
        return i18n.catalog("fr").get(DEFAULT_DISCLOSURE, DEFAULT_DISCLOSURE)
    return DEFAULT_DISCLOSURE


def render(job: TextJob) -> str:
    line = disclosure_line(job.disclosure, job.language)
    body = job.text.rstrip()
    if job.fmt == "md":
        return f"{body}\n\n---\n\n*{_md_escape(line)}*\n"
    if job.fmt == "txt":
        return f"{_plain(body)}\n\n-- \n{line}\n"
    return _html(body, line, job)


def _md_escape(text: str) -> str:
    return re.sub(r"([*_`\\])", r"\\\1", text)


def _plain(markdown_text: str) -> str:
    text = re.sub(r"^#{1,6}\s*", "", markdown_text, flags=re.M)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return re.sub(r"(?<!\w)[*_](.+?)[*_](?!\w)", r"\1", text)


def _html(body: str, line: str, job: TextJob) -> str:
    import html

    import markdown
    import nh3

    inner = nh3.clean(markdown.markdown(body), tags=_ALLOWED_TAGS,
                      attributes={"a": {"href"}}, url_schemes={"https", "mailto"})
    lang = html.escape(job.language or "en", quote=True)
    title = html.escape(job.title or "", quote=False)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n"
            f'<meta name="generator" content="{APP_NAME} {__version__}">\n'
            '<meta name="ai-generated" content="true">\n</head>\n<body>\n'
            f"{inner}\n<hr>\n<p class=\"ai-disclosure\"><em>"
            f"{html.escape(line, quote=False)}</em></p>\n"
            "</body>\n</html>\n")


def export_text(job: TextJob, identity: SigningIdentity) -> tuple[dict, Path]:
    """Write the text and its sidecar; returns (what was done, the sidecar's path)."""
    content = render(job).encode("utf-8")
    job.dest.write_bytes(content)
    statement = {
        "format": "vitrine-text-provenance", "version": 1,
        "file": job.dest.name, "sha256": hashlib.sha256(content).hexdigest(),
        "mime": FORMATS[job.fmt],
        "actions": [{"action": "c2pa.created", "digitalSourceType": TRAINED_ALGORITHMIC_MEDIA,
                     "softwareAgent": {"name": job.model or "unknown model"}}],
        "claim_generator_info": [{"name": APP_NAME, "version": __version__}],
        "disclosure": disclosure_line(job.disclosure, job.language),
    }
    if job.recipe:
        statement["recipe"] = job.recipe
    payload = canonical(statement)
    signed = {**statement, "signature": {
        "alg": identity.alg, "value": base64.b64encode(identity.sign(payload)).decode(),
        "certificate_chain": identity.chain_pem.decode()}}
    sidecar = job.dest.with_name(job.dest.name + SIDECAR_SUFFIX)
    sidecar.write_text(json.dumps(signed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {"disclosure": True, "sidecar": sidecar.name, "mime": FORMATS[job.fmt]}, sidecar


def canonical(statement: dict) -> bytes:
    """The bytes that are signed: the statement without its signature, keys sorted."""
    data = {k: v for k, v in statement.items() if k != "signature"}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def verify_sidecar(sidecar: Path, text_file: Path) -> bool:
    """The sidecar's signature holds and the text file is the one it describes."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding

    data = json.loads(sidecar.read_text(encoding="utf-8"))
    if hashlib.sha256(text_file.read_bytes()).hexdigest() != data.get("sha256"):
        return False
    sig = data.get("signature", {})
    cert = x509.load_pem_x509_certificate(sig.get("certificate_chain", "").encode())
    key = cert.public_key()
    value = base64.b64decode(sig.get("value", ""))
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(value, canonical(data), ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(value, canonical(data))
        else:
            key.verify(value, canonical(data), padding.PSS(padding.MGF1(hashes.SHA256()), 32),
                       hashes.SHA256())
    except InvalidSignature:
        return False
    return True
