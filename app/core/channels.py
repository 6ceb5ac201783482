"""Channel and format ids (DESIGN.md's contract) with their names. The limits of each text
channel and the pixel sizes of each image format live in `resources/`, with the capability that
uses them."""

from __future__ import annotations

from app.core.i18n import tr_noop

TEXT_CHANNELS: dict[str, str] = {
    "google-ads": tr_noop("Google Ads"),
    "meta-ads": tr_noop("Meta ads"),
    "instagram": tr_noop("Instagram"),
    "linkedin": tr_noop("LinkedIn"),
    "x": tr_noop("X (Twitter)"),
    "seo": tr_noop("SEO title and description"),
    "newsletter": tr_noop("Newsletter"),
    "product": tr_noop("Product description"),
    "blog-outline": tr_noop("Blog outline"),
    "radio-15": tr_noop("Radio spot, 15 s"),
    "radio-30": tr_noop("Radio spot, 30 s"),
}

IMAGE_FORMATS: dict[str, str] = {
    "instagram-square": tr_noop("Instagram square"),
    "instagram-portrait": tr_noop("Instagram portrait"),
    "story": tr_noop("Story / Reel"),
    "facebook-link": tr_noop("Facebook link"),
    "linkedin-link": tr_noop("LinkedIn link"),
    "x-post": tr_noop("X post"),
    "youtube-thumb": tr_noop("YouTube thumbnail"),
    "iab-300x250": tr_noop("IAB medium rectangle 300×250"),
    "iab-728x90": tr_noop("IAB leaderboard 728×90"),
    "iab-160x600": tr_noop("IAB skyscraper 160×600"),
    "iab-320x50": tr_noop("IAB mobile banner 320×50"),
    "a4-300dpi": tr_noop("Print A4, 300 dpi"),
}

LANGUAGES: dict[str, str] = {
    "fr": tr_noop("French"),
    "en": tr_noop("English"),
    "de": tr_noop("German"),
    "es": tr_noop("Spanish"),
    "it": tr_noop("Italian"),
    "nl": tr_noop("Dutch"),
    "pt": tr_noop("Portuguese"),
}
