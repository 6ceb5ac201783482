"""What every exported file carries: C2PA (valid, trusted with the bundle's root, broken by one
flipped byte), XMP DigitalSourceType and alt text read by exiftool, the SDXL watermark read by
invisible-watermark's own decoder, the sRGB profile; audio manifests; text disclosure and signed
sidecars; the signing chain made once in the data folder."""

from __future__ import annotations

import os
import stat

import numpy as np
import pytest
from PIL import Image

from app.export import c2pa_io, signing, watermark
from app.export.c2pa_io import TRAINED_ALGORITHMIC_MEDIA
from app.export.text import verify_sidecar
from app.services.context import AppContext
from app.services.export import export
from tests.export.helpers import exiftool, png_chunks, sign_everything

ALT = "A white sunscreen bottle standing on golden sand"


@pytest.fixture
def app(workspace, settings):
    return AppContext(workspace=workspace, settings=settings)


@pytest.fixture
def bundle(app, campaign, make, tmp_path):
    """A bundle of a 256-px image, a 128-px image, a voice-over and a French text."""
    make.image(campaign, size=256, title="Plage", seed=101)
    make.image(campaign, size=128, seed=102, alt="Close-up of the bottle cap")
    make.audio(campaign)
    make.text(campaign, "Protégez votre peau cet été avec notre crème SPF 50.")
    sign_everything(app, campaign.id)
    export(app, campaign.id, tmp_path / "bundle")
    return tmp_path / "bundle"


def _root(bundle):
    return (bundle / "provenance" / "signing-root.pem").read_bytes()


def test_every_exported_image_carries_its_provenance(bundle):
    images = sorted((bundle / "images").glob("*.png"))
    assert len(images) == 2
    for path in images:
        tags = exiftool(path, "-XMP-iptcExt:DigitalSourceType", "-XMP-iptcCore:all",
                        "-ICC_Profile:ProfileDescription")
        assert tags["XMP-iptcExt:DigitalSourceType"] == TRAINED_ALGORITHMIC_MEDIA
        assert tags["XMP-iptcCore:AltTextAccessibility"]
        assert tags["ICC_Profile:ProfileDescription"].startswith("sRGB")
        report = c2pa_io.read(path, "image/png")
        assert report.state == "Valid", report.error
        created = [a for a in report.actions if a["action"] == "c2pa.created"]
        assert created and created[0]["digitalSourceType"] == TRAINED_ALGORITHMIC_MEDIA
        assert created[0]["softwareAgent"]["name"] == "tiny-sd"
        assert report.generator[0]["name"] == "Vitrine"
        assert c2pa_io.read(path, "image/png", trust_anchor_pem=_root(bundle)).state == \
            "Trusted"
    big = next(p for p in images if "plage" in p.name)
    assert exiftool(big, "-XMP-dc:Title")["XMP-dc:Title"] == "Plage"


def test_one_flipped_byte_makes_the_manifest_invalid(bundle):
    path = next((bundle / "images").glob("*.png"))
    data = bytearray(path.read_bytes())
    _, payload, offset = next(c for c in png_chunks(bytes(data)) if c[0] == "IDAT")
    data[offset + len(payload) // 2] ^= 0x01
    tampered = bundle.parent / "tampered.png"
    tampered.write_bytes(bytes(data))
    assert c2pa_io.read(tampered, "image/png").state == "Invalid"


def test_the_watermark_decodes_with_the_packages_own_decoder(bundle):
    from imwatermark import WatermarkDecoder

    big = next(p for p in (bundle / "images").glob("*.png") if "plage" in p.name)
    bgr = np.asarray(Image.open(big).convert("RGB"))[:, :, ::-1].copy()
    bits = [int(b) for b in WatermarkDecoder("bits", 48).decode(bgr, "dwtDct")]
    assert bits == watermark.BITS
    small = next(p for p in (bundle / "images").glob("*.png") if "plage" not in p.name)
    assert Image.open(small).size == (128, 128)  # too small for the method: left unmarked
    manifest = (bundle / "manifest.json").read_text(encoding="utf-8")
    assert '"watermark": "verified"' in manifest and '"watermark": "too-small"' in manifest


def test_audio_files_carry_a_valid_manifest(bundle):
    wav = next((bundle / "audio").glob("*.wav"))
    report = c2pa_io.read(wav, "audio/wav")
    assert report.state == "Valid"
    assert report.digital_source_types == [TRAINED_ALGORITHMIC_MEDIA]


def test_text_gets_a_disclosure_line_in_its_language_and_a_signed_sidecar(bundle):
    md = next((bundle / "text").glob("*.md"))
    content = md.read_text(encoding="utf-8")
    assert "Protégez votre peau" in content
    assert "Texte rédigé avec l'aide de l'intelligence artificielle." in content
    sidecar = md.with_name(md.name + ".provenance.json")
    assert verify_sidecar(sidecar, md)
    md.write_text(content.replace("SPF 50", "SPF 30"), encoding="utf-8")
    assert not verify_sidecar(sidecar, md)


@pytest.mark.parametrize(("image_format", "audio_format", "ext", "mime"), [
    ("jpeg", "mp3", "jpg", "image/jpeg"),
    ("webp", "wav", "webp", "image/webp"),
])
def test_other_formats_carry_the_same_provenance(app, campaign, make, tmp_path, image_format,
                                                 audio_format, ext, mime):
    make.image(campaign, size=256, seed=7)
    make.audio(campaign)
    sign_everything(app, campaign.id)
    export(app, campaign.id, tmp_path / "b", image_format=image_format,
           audio_format=audio_format, text_format="html")
    image = next((tmp_path / "b" / "images").glob(f"*.{ext}"))
    assert c2pa_io.read(image, mime).state == "Valid"
    tags = exiftool(image, "-XMP-iptcExt:DigitalSourceType")
    assert tags["XMP-iptcExt:DigitalSourceType"] == TRAINED_ALGORITHMIC_MEDIA
    rgb = np.asarray(Image.open(image).convert("RGB"))
    assert watermark.decode(rgb) == watermark.BITS  # the mark survives the lossy encoder
    sound = next((tmp_path / "b" / "audio").glob(f"*.{audio_format}"))
    assert c2pa_io.read(sound, c2pa_io.MIME[audio_format]).valid


def test_the_signing_chain_is_made_once_in_the_data_folder(tmp_path):
    first = signing.load_identity()
    folder = signing.signing_dir() / "local"
    assert folder.is_relative_to(tmp_path)  # the test's data folder, never the user's
    assert stat.S_IMODE(os.stat(folder / "key.pem").st_mode) == 0o600
    assert signing.load_identity().chain_pem == first.chain_pem
    assert first.chain_pem.count(b"BEGIN CERTIFICATE") == 2 and first.source == "local"


def test_an_organisations_own_chain_is_used_when_present(tmp_path):
    made = signing.load_identity(tmp_path / "elsewhere")  # stands for the organisation's PKI
    org = signing.signing_dir() / "organisation"
    org.mkdir(parents=True)
    (org / "chain.pem").write_bytes(made.chain_pem)
    (org / "key.pem").write_bytes(made.key_pem)
    identity = signing.load_identity()
    assert identity.source == "organisation" and identity.chain_pem == made.chain_pem
