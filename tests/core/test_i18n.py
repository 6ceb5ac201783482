"""Every string a user can read exists in French, with the same placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from app.core import i18n
from app.core.errors import NotFoundError, OfflineError
from scripts import i18n_extract


def test_every_user_visible_string_has_a_french_translation():
    missing = i18n_extract.untranslated()
    assert missing == [], "untranslated (run scripts/i18n_extract.py, then translate):\n" + \
        "\n".join(missing)


def test_translations_keep_their_placeholders():
    for path in i18n_extract.I18N.glob("*_fr.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source")
            target = message.findtext("translation") or ""
            if target:
                assert set(re.findall(r"\{(\w*)\}", source)) == \
                    set(re.findall(r"\{(\w*)\}", target)), (path.name, source)


def test_errors_follow_the_language_when_shown():
    err = OfflineError(provider="OpenAI")
    assert str(err).startswith("Offline mode is on: OpenAI")
    i18n.set_language("fr")
    try:
        assert str(err).startswith("Le mode hors ligne est activé : OpenAI")
        assert str(NotFoundError(what="Campaign", ident="x")) == "Campagne introuvable : x"
    finally:
        i18n.set_language("en")


def test_system_language_is_read_from_the_environment(monkeypatch):
    for var in ("VITRINE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.system_language() == "fr"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.system_language() == "en"


def test_each_phrase_is_translated_once():
    """A phrase in two catalogs would drift into two translations."""
    sources = [m.findtext("source") for path in i18n_extract.I18N.glob("*_fr.ts")
               for m in ET.parse(path).getroot().iter("message")]
    assert sorted({s for s in sources if sources.count(s) > 1}) == []
