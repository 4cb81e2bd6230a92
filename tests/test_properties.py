"""Property tests: the splitter and the date normaliser never raise and never invent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.extraction.dates import DateNormaliser
from newscrawl.extraction.text import split_text, strip_boxes

from .conftest import FIXTURES

SEED = (FIXTURES / "text" / "seed-dawn-mqm" / "page.txt").read_text("utf-8")
FETCHED = datetime(2024, 11, 22, 10, 0, tzinfo=UTC)
NORMALISER = DateNormaliser(timezone="Asia/Karachi", locale="en-PK")

lines = st.sampled_from([*SEED.splitlines(), "", "-", "Trending", "Updated 2 hours ago", "…"])


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, max_size=60))
def test_split_never_raises_and_keeps_every_body_line(picked: list[str]) -> None:
    text = "\n".join(picked)
    split = split_text(text)
    for paragraph in split.body.paragraphs:
        assert paragraph in text
    body, _ = strip_boxes(text)
    assert strip_boxes(body)[0] == body  # the guard is idempotent


#: Lines of boxes without a heading and of story endings that look like them.
run_lines = st.sampled_from(
    [
        "",
        "The story goes on here, as a sentence of prose does.",
        "Rupee closes flat against dollar |",
        "Cricket board names squad -",
        "Petrol price likely to fall •",
        "Petrol Price Likely to Fall From June 1",
        "Stock Market Closes at Record High",
        "By Staff Reporter",
        "— Reuters",
        "Published in Dawn, June 20th, 2025",
        "Read Comments",
        "Nadia Baloch",
        "Turbat",
        "The members are:",
        "• Electric buses on four routes",
        "|",
        "•",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(run_lines, max_size=40))
def test_untitled_runs_keep_every_body_line_and_the_guard_idempotent(picked: list[str]) -> None:
    text = "\n".join(picked)
    split = split_text(text)
    for paragraph in split.body.paragraphs:
        assert paragraph in text
    body, _ = strip_boxes(text)
    assert strip_boxes(body)[0] == body


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_split_arbitrary_text(text: str) -> None:
    split_text(text)
    strip_boxes(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_normalise_never_raises_nor_invents_the_future(raw: str) -> None:
    result = NORMALISER.normalise(raw, FETCHED)
    assert result.raw == raw
    if result.value is None:
        assert result.error
    else:
        day = datetime.fromisoformat(result.value[:10]).date()
        assert day <= (FETCHED + timedelta(days=1)).date()
