"""Scripts: checked, split at sentence boundaries (French and English), cut to an engine's
limit without breaking a word, and read out of a radio script written as copy."""

from __future__ import annotations

import pytest

from app.providers.audio.errors import EmptyScriptError, ScriptTooLongError
from app.providers.audio.script import (
    MAX_SCRIPT_CHARS,
    chunk_script,
    clean_script,
    script_from_copy,
    split_sentences,
)


def test_sentences_end_at_stops_not_at_abbreviations_initials_or_quotes():
    text = ("M. Dupont arrive. Il dit « Bonjour ! » puis part… Le prix : 3.50 euros. "
            "J. Doe est là. Mr. Smith agrees! Really? Yes.")
    assert split_sentences(text) == [
        "M. Dupont arrive.", "Il dit « Bonjour ! » puis part…", "Le prix : 3.50 euros.",
        "J. Doe est là.", "Mr. Smith agrees!", "Really?", "Yes."]


def test_a_line_break_ends_a_sentence():
    assert split_sentences("Soleil\nPlage et mer") == ["Soleil", "Plage et mer"]


def test_chunks_respect_the_limit_and_keep_every_word_in_order():
    text = ("Une phrase courte. " * 30 + "Une très longue phrase, avec des virgules, "
            "des incises; et encore des mots " * 20).strip()
    chunks = chunk_script(text, 200)
    assert all(len(c) <= 200 for c in chunks)
    assert " ".join(chunks).split() == text.split()
    # sentences are packed whole: no chunk but the long sentence's pieces ends mid-sentence
    assert chunks[0].endswith(".")


def test_one_piece_per_sentence_when_asked():
    assert chunk_script("A b. C d. E f.", 100, per_sentence=True) == ["A b.", "C d.", "E f."]


def test_a_word_longer_than_the_limit_is_cut_hard_rather_than_lost():
    url = "https://example.com/" + "x" * 150
    assert "".join(chunk_script(url, 50)) == url


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "... !!! ?", "\u200b\u200b"])
def test_an_empty_script_is_refused_with_a_clear_message(text):
    with pytest.raises(EmptyScriptError, match="nothing to speak"):
        clean_script(text)


def test_a_script_over_the_limit_is_refused_with_its_length():
    with pytest.raises(ScriptTooLongError) as info:
        clean_script("a" * (MAX_SCRIPT_CHARS + 1))
    assert f"{MAX_SCRIPT_CHARS + 1:d}" in str(info.value)


def test_clean_script_normalises_spacing_and_control_characters():
    assert clean_script("  Bonjour\u00a0!\x07  Ça\tva ?\r\n\r\nOui.") == "Bonjour ! Ça va ?\nOui."


def test_a_radio_script_loses_its_markup_labels_and_directions():
    copy = ("# Spot radio 30 s\n**Voix off :** Cet été, protégez toute la famille. "
            "[SFX : vagues]\n(Musique douce)\n- Crème minérale SPF 50.\n"
            "VOICE-OVER: Available now.\nLe prix : 3 euros.\n---\n")
    assert script_from_copy(copy) == ("Cet été, protégez toute la famille.\n"
                                      "Crème minérale SPF 50.\nAvailable now.\n"
                                      "Le prix : 3 euros.")
