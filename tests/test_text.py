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


# Boxes without a heading: a trailing run of headline-shaped lines.
STORY = (
    "KARACHI: The story begins here and runs on as a proper sentence of prose.\n\n"
    "It ends with a last paragraph, which closes like a sentence.\n\n"
)
LAST = "It ends with a last paragraph, which closes like a sentence."
HEADLINES = [
    "Rupee closes flat against dollar",
    "Cricket board names squad for Ireland tour",
    "Petrol price likely to fall from June 1",
]
TITLE_CASE = [
    "Rupee Closes Flat Against Dollar",
    "Cricket Board Names Squad for Ireland Tour",
    "Petrol Price Likely to Fall From June 1",
]


def _untitled(text: str, headlines: list[str]) -> None:
    """*text* splits into STORY's two paragraphs (plus what the caller adds) and an
    untitled box of *headlines*; the split guard cuts the same box, once."""
    split = split_text(text)
    assert [(t.block, t.position, t.headline) for t in split.teasers] == [
        (None, n, h) for n, h in enumerate(headlines, 1)
    ]
    assert LAST in split.body.paragraphs
    assert not any(h in split.body.body for h in headlines)
    body, removed = strip_boxes(text)
    assert removed == len(headlines)
    assert strip_boxes(body) == (body, 0)


@pytest.mark.parametrize("mark", ["|", "-", "–", "—", "•"])
@pytest.mark.parametrize("last_marked", [False, True])
def test_separator_at_line_ends(mark: str, last_marked: bool) -> None:
    lines = [f"{h} {mark}" for h in HEADLINES]
    if not last_marked:
        lines[-1] = HEADLINES[-1]
    _untitled(STORY + "\n".join(lines) + "\n", HEADLINES)


@pytest.mark.parametrize("mark", ["|", "-", "•"])
def test_separator_on_own_line(mark: str) -> None:
    _untitled(STORY + f"\n{mark}\n".join(HEADLINES) + "\n", HEADLINES)


@pytest.mark.parametrize(
    "ending",
    [
        "By Staff Reporter\n\n",
        "— Reuters\n",
        "(Reporting by Asif Shahzad; Editing by Mark Heinrich)\n",
        "Published in Dawn, June 20th, 2025\n\n",
        "Read Comments\n\n",
    ],
    ids=["byline", "credit", "parenthesised-credit", "print-footer", "chrome"],
)
def test_title_case_run_after_the_story_ended(ending: str) -> None:
    _untitled(STORY + ending + "\n".join(TITLE_CASE) + "\n", TITLE_CASE)


def test_title_case_run_after_a_letter_signature() -> None:
    text = STORY + "Nadia Baloch\nTurbat\n\n" + "\n".join(TITLE_CASE) + "\n"
    _untitled(text, TITLE_CASE)
    assert split_text(text).body.signature == "Nadia Baloch"


def test_untitled_run_before_a_headed_box() -> None:
    text = STORY + " |\n".join(HEADLINES) + "\n\nTrending\nA first headline here\n"
    got = [(t.block, t.headline) for t in split_text(text).teasers]
    assert got == [(None, h) for h in HEADLINES] + [("Trending", "A first headline here")]


def test_two_untitled_runs_with_different_marks() -> None:
    text = STORY + " |\n".join(HEADLINES[:2]) + " |\n" + " •\n".join(TITLE_CASE[:2]) + " •\n"
    assert [t.headline for t in split_text(text).teasers] == HEADLINES[:2] + TITLE_CASE[:2]
    assert strip_boxes(text)[1] == 4


def test_marks_are_not_part_of_headlines_in_a_headed_box() -> None:
    text = STORY + "Trending\n" + " |\n".join(HEADLINES) + "\n"
    assert [t.headline for t in split_text(text).teasers] == HEADLINES


@pytest.mark.parametrize(
    "tail",
    [
        # Title Case, but nothing says the story ended: a list of the story's own
        "\n".join(TITLE_CASE),
        # the story ended, but sentence case without separators: could be anything
        "By Staff Reporter\n\n" + "\n".join(HEADLINES),
        # fewer than three lines
        "By Staff Reporter\n\n" + "\n".join(TITLE_CASE[:2]),
        # short names, not headlines
        "By Staff Reporter\n\nAhsan Iqbal\nKhawaja Asif\nMaryam Nawaz",
        # a script without capitals: Title Case cannot be told
        "By Staff Reporter\n\nکراچی میں بارش کا امکان ہے\nپٹرول کی قیمت میں کمی متوقع ہے\n"
        "کرکٹ بورڈ نے ٹیم کا اعلان کر دیا",
        # the run ends in prose
        "By Staff Reporter\n\n" + "\n".join(TITLE_CASE[:2]) + "\nThe story goes on, as prose.",
        # introduced by a colon
        "The new members are:\n" + " |\n".join(HEADLINES),
        # one separator is no repetition; different marks are no pattern
        f"{HEADLINES[0]} |\n{HEADLINES[1]}",
        f"{HEADLINES[0]} |\n{HEADLINES[1]} -\n{HEADLINES[2]}",
        # table rows: the mark also inside the line
        "Karachi Kings | 12 points |\nLahore Qalandars | 10 points |\nQuetta Gladiators | 8",
        # verse with inner dashes, and verse whose last line ends a sentence
        "The roof – was scarcely seen –\nThe cornice – in the ground –\nAnd then – the rain –",
        "Each spring the river comes back –\nIt climbs the steps –\nAnd leaves the mud behind.",
        # bullet items, and bullets on their own line before each item
        "• Electric buses on four routes\n• A ban on burning stubble\n• Monthly kiln checks",
        "They must carry:\n•\nA driving licence\n•\nA fitness certificate\n•\nA route permit",
    ],
)
def test_story_endings_stay_in_the_body(tail: str) -> None:
    text = STORY + tail + "\n"
    split = split_text(text)
    assert split.teasers == [] and split.sidebar_start is None
    assert strip_boxes(text) == (text, 0)
    last = tail.splitlines()[-1].lstrip("• ")
    assert split.body.paragraphs[-1].endswith(last)
