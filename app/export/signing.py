"""The certificate chain that signs C2PA manifests and text sidecars.

On first use the app creates, in the user's data folder, a local root CA and a signing
certificate issued by it (c2pa rejects self-signed signing certificates; what it accepts: CA false,
digitalSignature critical, extended key usage emailProtection, subject and authority key
identifiers; PEM chain = signing certificate then root; PKCS8 key; ES256). The root's private key
is discarded once the signing certificate is issued: nothing else can be issued from it.

An organisation can use its own chain instead: `chain.pem` (signing certificate first) and
`key.pem` (PKCS8) in `<data folder>/signing/organisation/`."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from app import APP_NAME
from app.core.errors import VitrineError
from app.core.paths import data_dir

LOCAL = "local"
ORGANISATION = "organisation"


class SigningError(VitrineError):
    message = "The signing certificate could not be used: {reason}"
    hint = "Check the files in {folder}, or remove them to let Vitrine create new ones."


@dataclass(frozen=True)
class SigningIdentity:
    chain_pem: bytes  # signing certificate, then its issuers
    key_pem: bytes  # PKCS8
    alg: str  # "es256", "es384", "ps256", "ed25519"
    source: str  # LOCAL | ORGANISATION
    folder: Path

    @property
    def root_pem(self) -> bytes:
        """The last certificate of the chain: the trust anchor a reader can be given."""
        certs = _split_pem(self.chain_pem)
        return certs[-1] if certs else b""

    @property
    def issuer(self) -> str:
        from cryptography import x509

        cert = x509.load_pem_x509_certificate(_split_pem(self.chain_pem)[0])
        return cert.subject.rfc4514_string()

    def sign(self, data: bytes) -> bytes:
        """A detached signature of `data` with the signing key (for text sidecars)."""
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

        key = serialization.load_pem_private_key(self.key_pem, password=None)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(hashes.SHA256()))
        if isinstance(key, ed25519.Ed25519PrivateKey):
            return key.sign(data)
        if isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
        raise SigningError(reason="unsupported key type", folder=str(self.folder))


def signing_dir() -> Path:
    return data_dir() / "signing"


def load_identity(folder: Path | None = None) -> SigningIdentity:
    """The organisation's chain when there is one, else the app's own (created if missing)."""
    folder = folder or signing_dir()
    org = folder / ORGANISATION
    if (org / "chain.pem").exists() and (org / "key.pem").exists():
        return _read(org, ORGANISATION)
    local = folder / LOCAL
    if not (local / "chain.pem").exists():
        _create_local(local)
    return _read(local, LOCAL)


def _read(folder: Path, source: str) -> SigningIdentity:
    from cryptography.hazmat.primitives import serialization

    try:
        chain = (folder / "chain.pem").read_bytes()
        key_pem = (folder / "key.pem").read_bytes()
        key = serialization.load_pem_private_key(key_pem, password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningError(reason=str(exc), folder=str(folder)) from exc
    if not _split_pem(chain):
        raise SigningError(reason="chain.pem holds no certificate", folder=str(folder))
    return SigningIdentity(chain, key_pem, _alg_of(key), source, folder)


def _alg_of(key) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    if isinstance(key, ec.EllipticCurvePrivateKey):
        return {256: "es256", 384: "es384", 521: "es512"}.get(key.curve.key_size, "es256")
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519"
    if isinstance(key, rsa.RSAPrivateKey):
        return "ps256"
    return "es256"


def _split_pem(chain: bytes) -> list[bytes]:
    end = b"-----END CERTIFICATE-----"
    return [part.strip() + b"\n" + end + b"\n" for part in chain.split(end) if b"BEGIN" in part]


def _create_local(folder: Path) -> None:
    """Create the chain in a temporary folder and rename it into place, so that two processes
    starting at once never leave half a chain."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / f".{folder.name}-{secrets.token_hex(4)}"
    tmp.mkdir(mode=0o700)
    try:
        chain, key = _issue()
        (tmp / "chain.pem").write_bytes(chain)
        fd = os.open(tmp / "key.pem", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        try:
            os.rename(tmp, folder)
        except OSError:
            if not (folder / "chain.pem").exists():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _issue() -> tuple[bytes, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def name(common: str):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, APP_NAME)])

    def usage(**on):
        flags = dict.fromkeys(("digital_signature", "content_commitment", "key_encipherment",
                               "data_encipherment", "key_agreement", "key_cert_sign",
                               "crl_sign", "encipher_only", "decipher_only"), False)
        flags.update(on)
        return x509.KeyUsage(**flags)

    now = dt.datetime.now(dt.UTC)
    start, end = now - dt.timedelta(days=1), now + dt.timedelta(days=3650)
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = name(f"{APP_NAME} local root ({user})")
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(usage(key_cert_sign=True, crl_sign=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()),
                           critical=False)
            .sign(root_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder().subject_name(name(f"{APP_NAME} signer ({user})"))
            .issuer_name(root_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage(digital_signature=True), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    chain = leaf.public_bytes(pem) + root.public_bytes(pem)
    key_pem = key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return chain, key_pem
