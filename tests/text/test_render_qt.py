"""The sanitized HTML in a real Qt text widget: it asks for no resource at all (no image, no
stylesheet), where the unsanitized output would make it fetch them."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from app.prompting.render import markdown_to_html
from tests.text.test_render import HOSTILE


class RecordingBrowser(QTextBrowser):
    def __init__(self):
        super().__init__()
        self.requested = []

    def loadResource(self, kind, url):
        self.requested.append(url.toString())
        return None


def test_the_text_widget_requests_nothing(qtbot):
    unsafe = RecordingBrowser()
    qtbot.addWidget(unsafe)
    unsafe.setHtml(HOSTILE.replace("\n", "<br>"))
    unsafe.resize(400, 600)
    unsafe.show()
    qtbot.waitExposed(unsafe)
    assert any("evil.example" in url for url in unsafe.requested)  # what the sanitizer prevents

    browser = RecordingBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(markdown_to_html(HOSTILE))
    browser.resize(400, 600)
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.requested == []
    assert "Summer" in browser.toPlainText()
