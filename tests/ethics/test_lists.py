"""The word lists: shipped in resources/, overridden key by key by the user's copy, and a broken
user file never disables a check."""

from __future__ import annotations

from app.ethics import lists


def test_user_copy_overrides_one_language_and_keeps_the_rest():
    folder = lists.user_lists_dir()
    folder.mkdir(parents=True)
    (folder / "green.json").write_text('{"generic_claims": {"fr": ["planète heureuse"]}}',
                                       encoding="utf-8")
    french = lists.phrases("green", "generic_claims", ["fr"])
    english = lists.phrases("green", "generic_claims", ["en"])
    assert french == ["planète heureuse"]
    assert "carbon neutral" in english


def test_a_broken_user_file_is_ignored():
    folder = lists.user_lists_dir()
    folder.mkdir(parents=True)
    (folder / "unsafe.json").write_text("{not json", encoding="utf-8")
    assert "massacre" in lists.phrases("unsafe", "violence")


def test_every_shipped_list_loads():
    for topic in lists.TOPICS:
        data = lists.load(topic)
        assert data and all(isinstance(k, str) for k in data)
