"""Model output rendered as HTML for display: nothing that runs code or fetches anything."""

from __future__ import annotations

import re

from app.prompting.render import markdown_to_html, plain_to_html, sanitize_html

HOSTILE = """# Summer <script>alert('x')</script>
**Bold** and [a link](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)
[ok](https://example.com/page) [rel](/etc/passwd) [proto](//evil.example/x)
![tracker](https://evil.example/pixel.png)
<img src="http://evil.example/a.png" onerror="alert(1)">
<a href="JaVaScRiPt:alert(1)" onclick="steal()">click</a>
<div style="background:url(http://evil.example/b.png)">styled</div>
<style>p { background: url(http://evil.example/c.png) }</style>
<iframe src="http://evil.example/"></iframe><object data="http://evil.example/o"></object>
<svg><image href="http://evil.example/s.png"/></svg>
<link rel="stylesheet" href="http://evil.example/s.css"><base href="http://evil.example/">
<form action="http://evil.example/"><input name="x"></form>
<p onmouseover="alert(1)">hover</p>
"""


def test_hostile_markdown_renders_with_nothing_dangerous():
    html = markdown_to_html(HOSTILE)
    lowered = html.lower()
    for bad in ("<script", "javascript:", "data:", "<img", "<iframe", "<object", "<svg",
                "<style", "<link", "<base", "<form", "<input", "onerror", "onclick",
                "onmouseover", "style=", "src=", "url(", "evil.example", "/etc/passwd"):
        assert bad not in lowered, bad
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == ["https://example.com/page"]
    assert "<strong>Bold</strong>" in html and "<h1>Summer" in html
    assert "styled" in html and "hover" in html and "click" in html  # the text stays


def test_markdown_features_survive():
    html = markdown_to_html("1. one\n2. two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted")
    assert "<ol>" in html and "<table>" in html and "<blockquote>" in html


def test_plain_text_is_escaped():
    assert plain_to_html("<b>x</b>\ny") == "<p>&lt;b&gt;x&lt;/b&gt;<br>y</p>"
    assert sanitize_html('<a href="mailto:a@b.c">m</a>').startswith('<a href="mailto:a@b.c"')
