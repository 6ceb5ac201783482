"""The word lists the checks use (styles, trademarks, people, green claims...), shipped in
`resources/ethics/<topic>.json` and editable by the user: a file of the same name in
`<data folder>/ethics/` overrides the shipped one key by key (and language by language).

A list is either a plain list of phrases or an object of lists per language ("en", "fr"...). A
check matches every language's phrases: a French campaign's image prompts are often English."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from app.core.paths import data_dir
from app.core.resources import resource_path

log = logging.getLogger(__name__)
TOPICS = ("ip", "unsafe", "people", "green", "licences")


def user_lists_dir() -> Path:
    return data_dir() / "ethics"


def shipped_path(topic: str) -> Path:
    return resource_path("ethics", f"{topic}.json")


def load(topic: str) -> dict:
    """The shipped lists of a topic with the user's overrides applied."""
    data = _read(shipped_path(topic)) or {}
    user = _read(user_lists_dir() / f"{topic}.json")
    if user:
        for key, value in user.items():
            if isinstance(value, dict) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            else:
                data[key] = value
    return data


def phrases(topic: str, key: str, languages: list[str] | None = None) -> list[str]:
    value = load(topic).get(key, [])
    if isinstance(value, dict):
        langs = languages or list(value)
        out = [p for lang in langs for p in value.get(lang, []) if isinstance(p, str)]
    else:
        out = [p for p in value if isinstance(p, str)]
    return list(dict.fromkeys(out))


def copy_for_editing(topic: str) -> Path:
    """Put a copy of a shipped list in the user's folder (if none is there yet) and return it."""
    target = user_lists_dir() / f"{topic}.json"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shipped_path(topic), target)
    return target


def _read(path: Path) -> dict | None:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        # A broken user file must not disable a check: the shipped lists still apply.
        log.warning("ignoring the list file %s: %s", path, exc)
        return None
    if not isinstance(data, dict):
        log.warning("ignoring the list file %s: not an object", path)
        return None
    return data
