"""Model output parsed into variants, whatever its shape; never an error."""

from __future__ import annotations

import pytest

from app.prompting.channels import get_channel
from app.prompting.variants import parse_variants, split_variants


def texts(output, channel=None):
    return [v.text for v in parse_variants(output, get_channel(channel) if channel else None)]


def test_numbered_list_with_preamble_and_outro():
    output = ("Here are 3 headlines:\n\n1. Sun all day\n2) **Gentle on skin**\n3. \"SPF 50, "
              "for everyone\"\n\nThese variants stress protection.")
    assert texts(output, "x") == ["Sun all day", "Gentle on skin", "SPF 50, for everyone"]


def test_bulleted_list():
    assert texts("- One\n* Two\n• Three", "meta-ads") == ["One", "Two", "Three"]


def test_variant_headings():
    output = ("### Variant 1\nSun is back.\n\nSecond paragraph.\n#sun #summer #family\n\n"
              "### Variant 2\nAnother caption.\n#a #b #c")
    assert texts(output, "instagram") == [
        "Sun is back.\n\nSecond paragraph.\n#sun #summer #family", "Another caption.\n#a #b #c"]


def test_french_headings_and_bold():
    output = "**Variante 1 :** Le soleil revient.\n**Variante 2 :** L'été arrive."
    assert texts(output, "x") == ["Le soleil revient.", "L'été arrive."]


def test_multiline_channel_keeps_its_numbered_sections_together():
    outline = "Title: Summer care\n1. Why SPF matters\n2. Mineral filters\n3. Our range"
    variants = parse_variants(outline, get_channel("blog-outline"))
    assert len(variants) == 1 and "2. Mineral filters" in variants[0].text


def test_paragraphs_as_variants_for_single_line_channels():
    assert texts("First post.\n\nSecond post.\n\nThird post.", "x") == [
        "First post.", "Second post.", "Third post."]


def test_separators():
    assert texts("Post one\n---\nPost two", "linkedin") == ["Post one", "Post two"]


@pytest.mark.parametrize("output", [
    "Just one sentence without any structure",
    "%%%% ??? ::: \n\t ...",
    "```\nsomething in a code block\n```",
    "1.",
    "- ",
    "Variant",
])
def test_unparseable_output_is_one_variant_never_an_error(output):
    variants = parse_variants(output, get_channel("x"))
    assert len(variants) == 1 and variants[0].index == 1


def test_empty_output_has_no_variants():
    assert parse_variants("", get_channel("x")) == [] and split_variants("   \n") == []


def test_labelled_fields_of_google_ads():
    output = ("1. Headline: Sun all day (12 characters)\n   Description: Mineral filters, very "
              "high protection.\n2. **Headline:** A headline far too long for Google Ads\n"
              "   **Description:** Short.")
    first, second = parse_variants(output, get_channel("google-ads"))
    assert [(f.id, f.text) for f in first.fields] == [
        ("headline", "Sun all day"), ("description", "Mineral filters, very high protection.")]
    assert not first.over_limit
    assert second.fields[0].text == "A headline far too long for Google Ads"
    assert second.fields[0].over_limit and second.fields[0].length == 38
    assert second.flags == ["over-limit:headline"]


def test_fields_as_bullets_stay_in_one_variant():
    output = ("- Headline: One\n- Description: First description\n"
              "- Headline: Two\n- Description: Second description")
    variants = parse_variants(output, get_channel("google-ads"))
    assert [[f.text for f in v.fields] for v in variants] == [
        ["One", "First description"], ["Two", "Second description"]]


def test_french_labels_and_unlabelled_lines():
    fr = parse_variants("1. Titre : Le soleil\n   Description : Des filtres minéraux.",
                        get_channel("google-ads", "fr"), "fr")[0]
    assert [f.text for f in fr.fields] == ["Le soleil", "Des filtres minéraux."]
    assert fr.fields[0].label == "Titre"
    plain = parse_variants("Subject line here\nPreheader here", get_channel("newsletter"))[0]
    assert [f.text for f in plain.fields] == ["Subject line here", "Preheader here"]


def test_missing_field_is_flagged():
    variant = parse_variants("Headline: Only a headline", get_channel("google-ads"))[0]
    assert "missing:description" in variant.flags
