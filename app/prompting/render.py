"""Model output (Markdown) -> HTML that is safe to show in a Qt text widget.

Model output is untrusted: it may carry raw HTML. Markdown is rendered first, then nh3 keeps only
an allow-list: text formatting, lists, headings, quotes, code, tables, and links to http(s)/mailto.
No script or style (with their content), no event handlers or style attributes, no
javascript:/data:/relative links and no images at all: QTextBrowser would fetch a remote <img>
or a CSS url() itself, so nothing that can name a resource survives."""

from __future__ import annotations

import html

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "small", "mark",
    "ul", "ol", "li", "blockquote", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td", "a", "span", "div",
})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
CLEAN_CONTENT_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object",
                                "embed", "svg", "math", "title", "textarea", "select"})


def sanitize_html(fragment: str) -> str:
    """Clean an HTML fragment with the allow-list."""
    import nh3

    return nh3.clean(fragment or "", tags=set(ALLOWED_TAGS),
                     clean_content_tags=set(CLEAN_CONTENT_TAGS),
                     attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
                     url_schemes=set(URL_SCHEMES), url_relative="deny", strip_comments=True,
                     link_rel="noopener noreferrer nofollow")


def markdown_to_html(text: str) -> str:
    """Render Markdown (tables, fenced code, line breaks kept) and sanitize the result."""
    import markdown

    try:
        rendered = markdown.markdown(text or "", extensions=["tables", "fenced_code", "nl2br",
                                                             "sane_lists"],
                                     output_format="html")
    except Exception:  # a pathological input must still display, as plain text
        rendered = "<pre>" + html.escape(text or "") + "</pre>"
    return sanitize_html(rendered)


def plain_to_html(text: str) -> str:
    """Plain text shown as HTML (streaming partial output before it is complete Markdown)."""
    return "<p>" + html.escape(text or "").replace("\n", "<br>") + "</p>"
