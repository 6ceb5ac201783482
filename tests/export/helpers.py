"""Shared by the export tests: a campaign whose review passes once its items are signed off, and
readers for what an exported file carries."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

from app.services.review import review, sign

PROMPT = "PROMPTMARKER seaside bottle with turquoise waves"
NEGATIVE = "NEGMARKER blurry"
SEED = 987654321
NOTE = "NOTEMARKER checked with legal"
ASSET_NOTE = "ASSETNOTEMARKER keep for the autumn"


def sign_everything(app, campaign_id, by="Camille Durand", note=NOTE) -> None:
    """Sign every open item that a sign-off can clear (what a reviewer does in the window)."""
    for item in review(app, campaign_id).items:
        if item.open and (item.signable_assets or item.needs_campaign_signoff):
            sign(app, campaign_id, item.id, by, note)


def png_chunks(data: bytes):
    """(type, payload) of every chunk of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8].decode("latin-1")
        yield kind, data[pos + 8:pos + 8 + length], pos + 8
        pos += 12 + length


def readable_bytes(path: Path) -> bytes:
    """The file's bytes plus every compressed text inside a PNG, decompressed."""
    data = path.read_bytes()
    extra = []
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        for kind, payload, _ in png_chunks(data):
            if kind == "zTXt":
                extra.append(zlib.decompress(payload.split(b"\0", 1)[1][1:]))
            elif kind == "iTXt":
                _keyword, rest = payload.split(b"\0", 1)
                if rest[0] == 1:  # compressed
                    text = rest[2:].split(b"\0", 2)[2]
                    extra.append(zlib.decompress(text))
            elif kind == "iCCP":
                extra.append(zlib.decompress(payload.split(b"\0", 1)[1][1:]))
    return data + b"\n".join(extra)


def exiftool(path: Path, *tags: str) -> dict:
    exe = shutil.which("exiftool")
    assert exe, "exiftool is needed (Debian: libimage-exiftool-perl)"
    out = subprocess.run([exe, "-j", "-G1", *tags, str(path)], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return json.loads(out)[0]
