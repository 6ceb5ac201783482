"""Translations for every string a user can read, in the UI, the command line and error messages.

The catalogs are Qt Linguist `.ts` files in `resources/i18n/` (editable with `pyside6-linguist`),
one per area and language: `<area>_<lang>.ts`. The source text is English; lookups ignore the
context so that one phrase is translated once. They are parsed with the standard library, so the
core, the command line and the worker process can translate without importing Qt.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from app.core.resources import resource_path

SUPPORTED_LANGUAGES = ("en", "fr")
_lock = threading.Lock()
_catalogs: dict[str, dict[str, str]] = {}
_current = {"lang": None}


def system_language() -> str:
    """The user's language: VITRINE_LANG, else the environment (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG), else English."""
    for var in ("VITRINE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED_LANGUAGES else "en"
    import locale

    try:
        code = (locale.getlocale()[0] or "en").split("_")[0].lower()
    except ValueError:
        code = "en"
    return code if code in SUPPORTED_LANGUAGES else "en"


def set_language(lang: str | None) -> str:
    """Set the language used from now on; None or "system" follows the system. Returns it."""
    if not lang or lang == "system":
        lang = system_language()
    lang = lang.lower()
    if lang not in SUPPORTED_LANGUAGES:
        lang = "en"
    _current["lang"] = lang
    return lang


def current_language() -> str:
    if _current["lang"] is None:
        set_language(None)
    return _current["lang"]


def catalog_files(lang: str) -> list[Path]:
    folder = resource_path("i18n")
    return sorted(folder.glob(f"*_{lang}.ts"))


def parse_ts(path: Path) -> dict[str, str]:
    """Source -> translation for the finished (or unmarked) messages of one .ts file."""
    import xml.etree.ElementTree as ET  # only when a translation is needed

    table: dict[str, str] = {}
    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None:
            continue
        if node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if node.text:
            table[source] = node.text
    return table


def catalog(lang: str) -> dict[str, str]:
    with _lock:
        if lang not in _catalogs:
            table: dict[str, str] = {}
            if lang != "en":
                for path in catalog_files(lang):
                    table.update(parse_ts(path))
            _catalogs[lang] = table
        return _catalogs[lang]


def tr(text: str, /, **params) -> str:
    """Translate `text` (English source) into the current language and fill `{name}` fields."""
    lang = current_language()
    translated = catalog(lang).get(text, text) if lang != "en" else text
    if params:
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return text.format(**params)
    return translated


def tr_noop(text: str) -> str:
    """Mark a string for translation where it is defined; translate it with tr() where shown."""
    return text
