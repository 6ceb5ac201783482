"""Campaign use cases shared by the window and the command line."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from app.core.campaign import Brief, Campaign
from app.core.errors import UsageError
from app.core.i18n import tr


def read_brief_file(path: str | Path) -> dict:
    """A brief from a JSON or TOML file (DESIGN.md's keys; every key optional)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(what=tr("cannot read the brief file {path}: {reason}", path=str(path),
                                 reason=exc.strerror or str(exc))) from exc
    text = raw.decode("utf-8-sig", errors="replace")
    try:
        if path.suffix.lower() == ".toml":
            data = tomllib.loads(text)
        else:
            try:
                data = json.loads(text)
            except json.JSONDecodeError:
                data = tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(what=tr("the brief file {path} is neither valid JSON nor TOML ({reason})",
                                 path=str(path), reason=str(exc))) from exc
    if not isinstance(data, dict):
        raise UsageError(what=tr("the brief file {path} must hold an object of brief keys",
                                 path=str(path)))
    unknown = sorted(set(data) - set(Brief.KEYS))
    if unknown:
        raise UsageError(what=tr("unknown brief keys in {path}: {keys}", path=str(path),
                                 keys=", ".join(unknown)))
    return data


def create_campaign(app, name: str, brief: dict | None = None, *,
                    confidentiality: str | None = None, usage: str | None = None) -> Campaign:
    brief = dict(brief or {})
    confidentiality = confidentiality or brief.pop("confidentiality", None) or "internal"
    usage = usage or brief.pop("usage", None) or "commercial"
    brief.pop("confidentiality", None)
    brief.pop("usage", None)
    return app.workspace.create_campaign(name, brief, confidentiality=confidentiality, usage=usage)
