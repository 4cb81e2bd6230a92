"""The state store and the run commit protocol."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.feeds import export_paths
from newscrawl.state import ARTICLES, SIDEBAR, SqliteStore, UrlState


def _state(url: str, version: int = 1) -> UrlState:
    return UrlState(url=url, content_hash=f"sha256:{version}", version=version)


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    return SqliteStore(tmp_path / "state.sqlite")


def test_pending_is_not_committed_until_promoted(store: SqliteStore) -> None:
    store.stage_pending("dawn:run1", [_state("dawn:1")], ["t1"])
    assert store.article("dawn:1") is None and not store.teaser_exported("t1")
    assert store.pending_runs() == {"dawn:run1"}
    store.promote("dawn:run1")
    assert store.article("dawn:1") == _state("dawn:1")
    assert store.teaser_exported("t1")
    assert store.pending_runs() == set()


def test_promote_and_discard_take_the_whole_run_and_can_be_repeated(
    store: SqliteStore,
) -> None:
    store.stage_pending("dawn:run1", [_state("dawn:1")], ["t1"])
    store.stage_pending("dawn:run2", [_state("dawn:2")], ["t2"])
    store.promote("dawn:run1")
    store.promote("dawn:run1")  # a settlement redone after a kill: nothing changes
    store.discard("dawn:run2")
    store.discard("dawn:run2")
    assert store.article("dawn:1") is not None and store.teaser_exported("t1")
    assert store.article("dawn:2") is None and not store.teaser_exported("t2")
    assert store.counts()["pending"] == 0


def test_newer_version_replaces_older(store: SqliteStore) -> None:
    store.stage_pending("dawn:a", [_state("dawn:1", 1)], [])
    store.promote("dawn:a")
    store.stage_pending("dawn:b", [_state("dawn:1", 2)], [])
    store.promote("dawn:b")
    found = store.article("dawn:1")
    assert found is not None and found.version == 2


def test_store_survives_reopening(tmp_path: Path) -> None:
    first = SqliteStore(tmp_path / "s.sqlite")
    first.stage_pending("dawn:a", [_state("dawn:1")], ["t"])
    first.close()  # a crash after staging: pending rows are on disk
    again = SqliteStore(tmp_path / "s.sqlite")
    assert again.pending_runs() == {"dawn:a"}


def test_export_paths_match_feed_names(tmp_path: Path) -> None:
    paths = export_paths(str(tmp_path), "dawn", "20250101T000000000Z")
    assert paths[ARTICLES].endswith("dawn/articles-dawn-20250101T000000000Z.jsonl")
    assert paths[SIDEBAR].endswith("dawn/sidebar-dawn-20250101T000000000Z.jsonl")
