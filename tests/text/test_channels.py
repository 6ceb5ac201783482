"""Channel templates: every channel of DESIGN.md, its limits enforced (flagged, never cut) and
shown, and asked of the model in the system prompt."""

from __future__ import annotations

import pytest

from app.core.campaign import Brief
from app.core.errors import UsageError
from app.prompting.channels import channel_ids, get_channel, measure
from app.prompting.compose import compose
from app.prompting.variants import parse_variants

DESIGN_CHANNELS = ["google-ads", "meta-ads", "instagram", "linkedin", "x", "seo", "newsletter",
                   "product", "blog-outline", "radio-15", "radio-30"]
EXPECTED_LIMITS = {  # (field, limit, unit, strict) per channel, English
    "google-ads": [("headline", 30, "chars", True), ("description", 90, "chars", True)],
    "meta-ads": [("primary_text", 125, "chars", False)],
    "instagram": [("caption", 2200, "chars", True)],
    "linkedin": [("post", 3000, "chars", True)],
    "x": [("post", 280, "x", True)],
    "seo": [("title", 60, "chars", False), ("meta_description", 155, "chars", False)],
    "newsletter": [("subject", 50, "chars", False), ("preheader", 100, "chars", False)],
    "product": [("description", 200, "words", False)],
    "blog-outline": [("outline", 250, "words", False)],
    "radio-15": [("script", 37, "words", True)],
    "radio-30": [("script", 75, "words", True)],
}


def test_every_design_channel_has_a_template():
    assert sorted(channel_ids()) == sorted(DESIGN_CHANNELS)
    for cid, expected in EXPECTED_LIMITS.items():
        fields = get_channel(cid, "en").fields
        assert [(f.id, f.limit, f.unit, f.strict) for f in fields] == expected, cid


def test_unknown_channel_is_a_usage_error():
    with pytest.raises(UsageError) as err:
        get_channel("tiktok")
    assert "google-ads" in str(err.value)


def _value(unit: str, n: int) -> str:
    if unit == "words":
        return " ".join(["mot"] * n)
    return "a" * n


def _variant_text(cid: str, over: str | None) -> str:
    """One variant for channel `cid`, with field `over` one unit past its limit, the others at
    their limit exactly."""
    fields = get_channel(cid, "en").fields
    if len(fields) == 1:
        f = fields[0]
        return _value(f.unit, f.limit + (1 if over == f.id else 0))
    return "\n".join(f"{f.label('en')}: {_value(f.unit, f.limit + (1 if over == f.id else 0))}"
                     for f in fields)


@pytest.mark.parametrize("cid", DESIGN_CHANNELS)
def test_limits_are_enforced_and_shown_never_cut(cid):
    channel = get_channel(cid, "en")
    at_limit = parse_variants(_variant_text(cid, None), channel)[0]
    assert not at_limit.over_limit, at_limit.to_dict()
    for f in channel.fields:
        text = _variant_text(cid, f.id)
        variant = parse_variants(text, channel)[0]
        value = next(v for v in variant.fields if v.id == f.id)
        assert value.over_limit and variant.over_limit
        assert value.length == f.limit + 1 and value.limit == f.limit  # shown: length vs limit
        assert f"over-limit:{f.id}" in variant.flags
        shown = value.to_dict()
        assert shown["length"] == f.limit + 1 and shown["limit"] == f.limit and shown["over_limit"]
        assert value.text == _value(f.unit, f.limit + 1)  # kept whole: flagged, not cut


@pytest.mark.parametrize("cid", DESIGN_CHANNELS)
def test_limits_are_asked_of_the_model(cid):
    for language in ("en", "fr"):
        system = compose(Brief(), channel=cid, variants=3, language=language).system
        for f in get_channel(cid, language).fields:
            assert str(f.limit) in system, (cid, language, system)


def test_radio_limits_follow_the_language_speaking_rate():
    assert get_channel("radio-15", "fr").fields[0].limit == 36  # 15 s x 2.4 words/s
    assert get_channel("radio-30", "fr").fields[0].limit == 72
    assert get_channel("radio-30", "de").fields[0].limit == 75  # the default rate


def test_x_counts_like_x():
    assert measure("a" * 10, "x") == 10
    assert measure("see https://example.com/a/very/long/path/that/goes/on", "x") == 4 + 23
    assert measure("日本", "x") == 4  # wide characters count twice
    assert measure("👍🏽", "x") == 2  # an emoji with a skin tone is one emoji
    text = "é" * 141  # 141 chars of Latin text: 141; 141 CJK chars would be 282 > 280
    assert measure(text, "x") == 141 and measure("日" * 141, "x") == 282


def test_instagram_hashtags_counted_and_flagged():
    channel = get_channel("instagram", "en")
    ok = parse_variants("Summer is here.\n\n#sun #summer #family", channel)[0]
    assert ok.hashtags == ["#sun", "#summer", "#family"] and not ok.flags
    none = parse_variants("Summer is here.", channel)[0]
    assert "hashtags:too-few" in none.flags
    many = parse_variants("Sun " + " ".join(f"#t{i}" for i in range(31)), channel)[0]
    assert "hashtags:too-many" in many.flags


def test_characters_are_counted_as_people_see_them():
    assert measure("Été", "chars") == 3
    assert measure("E\u0301te\u0301", "chars") == 3  # decomposed accents count once (NFC)
    assert measure("Crème solaire, l'été arrive !", "words") == 4  # « ! » is no word
