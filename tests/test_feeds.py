"""Feeds appear complete or not at all."""

from __future__ import annotations

from pathlib import Path

from scrapy.settings import Settings

from newscrawl.feeds import AtomicFileFeedStorage, FeedsAddon, partial_path


def test_file_outside_a_crawl_is_invisible_until_stored(tmp_path: Path) -> None:
    final = tmp_path / "dawn" / "articles-dawn-20250101T000000Z.jsonl"
    storage = AtomicFileFeedStorage(str(final))
    file = storage.open(None)
    file.write(b'{"a": 1}\n')
    assert not final.exists()
    assert partial_path(final).name == ".articles-dawn-20250101T000000Z.jsonl.part"
    storage.store(file)
    assert final.read_bytes() == b'{"a": 1}\n'
    assert not partial_path(final).exists()


def test_addon_adds_both_feeds_under_output_dir(tmp_path: Path) -> None:
    settings = Settings({"NEWSCRAWL_OUTPUT_DIR": str(tmp_path)})
    FeedsAddon().update_settings(settings)
    feeds = settings.getdict("FEEDS")
    assert sorted(opts["item_classes"][0] for opts in feeds.values()) == [
        "newscrawl.items.Article",
        "newscrawl.items.SidebarItem",
    ]
    assert all(uri.startswith(str(tmp_path)) and "%(run)s" in uri for uri in feeds)


def test_addon_can_be_switched_off() -> None:
    settings = Settings({"NEWSCRAWL_FEEDS": False})
    FeedsAddon().update_settings(settings)
    assert settings.getdict("FEEDS") == {}
