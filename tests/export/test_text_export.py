"""Text exports: the disclosure line (configurable, in the copy's language), Markdown rendered
to safe HTML, plain text."""

from __future__ import annotations

from pathlib import Path

from app.export import signing
from app.export.text import TextJob, export_text, render, verify_sidecar

COPY = "# Été\n\nNotre **crème** protège.<script>alert(1)</script> [site](javascript:alert(1))"


def test_html_is_sanitised_and_labelled(tmp_path):
    html = render(TextJob(text=COPY, dest=tmp_path / "a.html", fmt="html", language="fr",
                          title="Été"))
    assert "<strong>crème</strong>" in html and "<script" not in html
    assert "javascript:" not in html
    assert '<meta name="ai-generated" content="true">' in html
    assert "Texte rédigé avec l'aide de l'intelligence artificielle." in html


def test_plain_text_and_a_custom_disclosure_line(tmp_path):
    text = render(TextJob(text="**Bold** claim", dest=tmp_path / "a.txt", fmt="txt",
                          language="en", disclosure="Generated with AI by Acme."))
    assert text.startswith("Bold claim") and text.rstrip().endswith("Generated with AI by Acme.")
    md = render(TextJob(text="Hello", dest=tmp_path / "a.md", fmt="md", language="en"))
    assert md.rstrip().endswith("*Text written with the help of artificial intelligence.*")


def test_the_sidecar_is_signed_with_the_same_chain_as_the_images(tmp_path):
    identity = signing.load_identity()
    done, sidecar = export_text(TextJob(text="Bonjour", dest=tmp_path / "t.md", language="fr",
                                        model="SmolLM2"), identity)
    assert done["sidecar"] == "t.md.provenance.json"
    assert verify_sidecar(sidecar, Path(tmp_path / "t.md"))
    forged = sidecar.read_text(encoding="utf-8").replace("SmolLM2", "Human")
    sidecar.write_text(forged, encoding="utf-8")
    assert not verify_sidecar(sidecar, tmp_path / "t.md")
