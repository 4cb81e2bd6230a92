"""The flattened-text splitter: the seed exactly as issue 2 specifies, and the traps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.cli import main
from newscrawl.extraction.text import split_text, strip_boxes
from newscrawl.sites import get_profile

from .conftest import FIXTURES

SEED = (FIXTURES / "text" / "seed-dawn-mqm" / "page.txt").read_text("utf-8")


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_seed_split_command(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, "utf-8")
    assert main(["split", "--site", "dawn", "--out", str(tmp_path / "out"), str(seed)]) == 0
    [article] = _jsonl(tmp_path / "out" / "articles.jsonl")
    paragraphs = [p for p in SEED.split("\n\nOpinion\n")[0].split("\n\n") if p]
    story = [p for p in paragraphs if not p.startswith("Also read:")]
    assert len(story) == 9
    assert article["headline"] is None
    assert article["dateline"] == "KARACHI"
    assert article["articleBody"] == "\n\n".join(story)
    assert str(article["articleBody"]).startswith("KARACHI: ")
    assert article["relatedLinks"] == [
        {
            "headline": "MQM leaders receiving 'extortion letters' from Taliban",
            "url": None,
            "label": "Also read",
        }
    ]
    for field in ("datePublished", "datePublishedRaw", "dateModified", "dateModifiedRaw"):
        assert article[field] is None
    assert article["metadata"]["extractor"] == "text"  # type: ignore[index]

    teasers = _jsonl(tmp_path / "out" / "sidebar.jsonl")
    got = [(t["position"], t["headline"], t["datePublished"], t["dateModified"]) for t in teasers]
    assert got == [
        (1, "Kurram atrocity", None, "2024-11-22"),
        (2, "Persistent grip", "2024-11-22", None),
        (3, "Green transport", "2024-11-22", None),
        (4, "Military option", None, "2024-11-21"),
        (5, "HIV/AIDS disaster", "2024-11-21", None),
        (6, "Dubious pardon", "2024-11-21", None),
    ]
    assert {t["block"] for t in teasers} == {"Opinion / Editorial"}
    assert teasers[0]["dateModifiedRaw"] == "22 Nov, 2024"
    assert teasers[0]["description"] == (
        "It would be a monumental mistake for the state to continue ignoring the violence "
        "in Kurram."
    )
    assert teasers[1]["description"] == (
        "PAKISTAN has now registered 50 polio cases this year. We all saw it coming and yet "
        "there was nothing we could do to..."
    )
    assert [t["descriptionTruncated"] for t in teasers] == [False, True, True, False, True, True]


@pytest.mark.parametrize(
    ("paragraph"),
    [
        "The court adjourned the hearing till Nov 22, 2024, after the counsel sought time.",
        "Updated figures released on Monday show a rise of 12 per cent in exports.",
        "The minister said the talks would go on, but did not say for how long...",
        "Opinion",
        "22 Nov, 2024",
    ],
)
def test_body_paragraph_shapes_stay_in_body(paragraph: str) -> None:
    text = f"LAHORE: First paragraph of the story, long enough to be prose.\n\n{paragraph}\n\n"
    text += "Last paragraph of the story, which ends like a sentence."
    split = split_text(text)
    assert split.teasers == []
    assert paragraph in split.body.body


def test_story_without_sidebar_has_no_teasers() -> None:
    split = split_text("KARACHI: One paragraph.\n\nAnother paragraph of the story.")
    assert split.teasers == [] and split.sidebar_start is None


def test_header_lines() -> None:
    split = split_text(
        "DAWN.COM\nToday's Paper | November 22, 2024\n\nA headline here\n"
        "Published October 24, 2024 Updated October 24, 2024 09:24am\n\n"
        "PESHAWAR: The story starts here and runs on as a sentence.\n"
    )
    assert split.headline == "A headline here"
    assert [(d.field, d.raw) for d in split.header_dates] == [
        ("datePublished", "October 24, 2024"),
        ("dateModified", "October 24, 2024 09:24am"),
    ]
    assert split.body.body == "PESHAWAR: The story starts here and runs on as a sentence."


def test_footers_end_the_story() -> None:
    split = split_text(
        "KARACHI: Story paragraph one, as a sentence.\n\nStory paragraph two, as well.\n\n"
        "Published in Dawn, October 24th, 2024\n\nRead Comments\n"
        "Story headline Next Story\n"
    )
    assert split.body.paragraphs == [
        "KARACHI: Story paragraph one, as a sentence.",
        "Story paragraph two, as well.",
    ]
    assert [(d.field, d.raw) for d in split.body.footer_dates] == [
        ("datePublished", "October 24th, 2024")
    ]


def test_site_headings_extend_the_vocabulary() -> None:
    text = (
        "KARACHI: Story paragraph one, as a sentence.\n\nTop Reads Today\n"
        "First headline\nSecond headline\nThird headline\n"
    )
    assert split_text(text).teasers == []  # generic vocabulary: not a known box title
    teasers = split_text(text, get_profile("dawn").vocabulary).teasers
    assert [t.headline for t in teasers] == ["First headline", "Second headline", "Third headline"]
    assert {t.block for t in teasers} == {"Top Reads Today"}


def test_strip_boxes_cuts_the_glued_sidebar_only() -> None:
    story = SEED.split("\n\nOpinion\n")[0]
    body, removed = strip_boxes(SEED)
    assert removed == 6
    assert body == story.rstrip()
    assert strip_boxes(body) == (body, 0)
