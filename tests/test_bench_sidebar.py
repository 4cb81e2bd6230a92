"""bench/sidebar.py scores SidebarItems against the hand labels; the labels are well formed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def sidebar() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_sidebar", ROOT / "bench" / "sidebar.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_sidebar"] = module
    spec.loader.exec_module(module)
    return module


def story(url: str, headline: str, date: str | None = None) -> dict[str, Any]:
    return {"url": url, "story": True, "headline": headline, "date": date}


BOXES = [
    {  # a story list: two of its three teasers emitted -> found
        "is_story_list": True,
        "first_url": "https://x.org/a",
        "items": [
            story("https://x.org/a", "Alpha  Story", "2024-05-01"),
            story("https://x.org/b", "Beta story"),
            story("https://x.org/c", "Gamma story"),
        ],
    },
    {  # a story list none of whose teasers is emitted -> missed
        "is_story_list": True,
        "block": "More",
        "first_url": "https://x.org/d",
        "items": [story("https://x.org/d", "Delta"), story("https://x.org/e", "Eps")],
    },
    {  # navigation
        "is_story_list": False,
        "first_url": "https://x.org/news/",
        "items": [{"url": "https://x.org/news/", "story": False}],
    },
]


def emitted(url: str, headline: str, day: str | None = None) -> dict[str, Any]:
    return {"block": None, "position": 1, "headline": headline, "url": url, "day": day}


def test_page_counts() -> None:
    s = sidebar()
    tally = s.score_page(
        BOXES,
        [
            emitted("https://x.org/a#top", "alpha story", "2024-05-01"),  # right
            emitted("https://x.org/b", "KICKER Beta story", "2024-05-02"),  # wrong headline
            emitted("https://x.org/news/", "News"),  # navigation
            emitted("https://x.org/zzz", "Gamma story"),  # unknown; a story's headline
        ],
    )
    figures = tally.figures()
    assert figures["precision"] == 0.5 and figures["unlabelled"] == 1
    assert figures["box_recall"] == 0.5 and tally.missed == ["More"]
    assert figures["item_recall"] == 2 / 5
    assert figures["headline"] == 0.5
    assert figures["url"] == 0.5  # gamma's headline on another URL
    assert figures["date"] == 1.0
    assert tally.dated == 1 and tally.date_ok == 1 and tally.dated_without_label == 1


def test_nothing_emitted_is_no_precision_and_no_recall() -> None:
    figures = sidebar().score_page(BOXES, []).figures()
    assert figures["precision"] is None and figures["box_recall"] == 0.0


def test_labels_cover_both_halves_and_are_well_formed() -> None:
    s = sidebar()
    labels = s.load_labels()
    tune, check = s.load_split("publishers", "tune"), s.load_split("publishers", "check")
    assert set(labels) <= tune | check
    halves = {pid: ("tune" if pid in tune else "check") for pid in labels}
    assert len(labels) >= 40
    assert sum(h == "tune" for h in halves.values()) >= 20
    assert sum(h == "check" for h in halves.values()) >= 20
    for pid, page in labels.items():
        assert page["half"] == halves[pid]
        for box in page["boxes"]:
            assert isinstance(box["is_story_list"], bool) and box["first_url"]
            assert box["is_story_list"] or box["kind"]
            for item in box["items"]:
                if item["story"]:  # a non-story link may be what was emitted ("javascript:")
                    assert item["url"].startswith("http") and item["headline"].strip()
    stories = [b for p in labels.values() for b in p["boxes"] if b["is_story_list"]]
    assert len(stories) >= 80


def test_whole_run_reports_every_half() -> None:
    s = sidebar()
    result = s.evaluate()
    lines = s.report(result)
    assert lines[0].split()[-2:] == ["all", "(48)"]
    for half in ("tune", "check", "all"):
        assert result[half]["items"] > 0 and 0 < result[half]["precision"] <= 1
    assert result["all"]["items"] == result["tune"]["items"] + result["check"]["items"]


def test_variant_reads_the_page_as_body_bare_perturbs_it(monkeypatch: Any) -> None:
    s = sidebar()  # puts the repository on the path
    from bench import body_bare  # noqa: PLC0415

    pid = "au-WestAustralian_2024_11_26"
    url = s.load_labels()[pid]["url"]
    asked: list[str] = []
    perturbed = body_bare.perturbed

    def spy(data: bytes | str, variant: str) -> str | None:
        asked.append(variant)
        return perturbed(data, variant)

    plain = s.extract(pid, url)
    assert asked == []
    monkeypatch.setattr(body_bare, "perturbed", spy)
    opaque = s.extract(pid, url, "opaque")
    assert asked == ["opaque"]
    assert plain and opaque  # the labels' URLs still name the teasers of the perturbed page
