"""XMP packets for images: IPTC DigitalSourceType (trainedAlgorithmicMedia), the alt text (IPTC
Alt Text (Accessibility) and dc:description), the title, and the tool. Written before signing:
the C2PA hash then covers them."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from app import APP_NAME, __version__
from app.export.c2pa_io import TRAINED_ALGORITHMIC_MEDIA


def _alt(tag: str, value: str, lang: str) -> str:
    return (f"<{tag}><rdf:Alt><rdf:li xml:lang={quoteattr(lang or 'x-default')}>"
            f"{escape(value)}</rdf:li></rdf:Alt></{tag}>")


def packet(*, alt_text: str = "", title: str = "", model: str = "", recipe: str = "") -> str:
    parts = []
    if title:
        parts.append(_alt("dc:title", title, "x-default"))
    if alt_text:
        parts.append(_alt("dc:description", alt_text, "x-default"))
        parts.append(_alt("Iptc4xmpCore:AltTextAccessibility", alt_text, "x-default"))
    if recipe:  # internal profile only
        parts.append(f"<Iptc4xmpExt:AIPromptInformation>{escape(recipe)}"
                     "</Iptc4xmpExt:AIPromptInformation>")
    attrs = {
        "Iptc4xmpExt:DigitalSourceType": TRAINED_ALGORITHMIC_MEDIA,
        "xmp:CreatorTool": f"{APP_NAME} {__version__}",
    }
    if model:
        attrs["Iptc4xmpExt:AISystemUsed"] = model
    attr_text = "".join(f"\n    {k}={quoteattr(v)}" for k, v in attrs.items())
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"\n'
        '    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
        f"{attr_text}>\n   " + "\n   ".join(parts) + "\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
