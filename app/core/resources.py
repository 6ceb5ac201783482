"""Locating files shipped in `resources/`."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: next to the `app` package in a checkout or an editable install."""
    override = os.environ.get("VITRINE_RESOURCES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent.parent.parent
    return here / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def load_json(*parts: str):
    import json

    with open(resource_path(*parts), encoding="utf-8") as fh:
        return json.load(fh)
