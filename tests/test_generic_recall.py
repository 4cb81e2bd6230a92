"""Story text the block model must not miss: words of a sentence named like chrome.
Pages in fixtures/structures/ (see its README)."""

from __future__ import annotations

from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector

from .conftest import FIXTURES

URL = "https://www.harbourtimes.example/news/2024/03/05/story"
PAGES = FIXTURES / "structures"


def body_of(name: str) -> str:
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_body(selector(html).root, URL).body.body


def test_linked_words_named_like_chrome_stay_in_their_sentence() -> None:
    body = body_of("story-named-links.html")
    for sentence in [
        "The harbour bridge reopened to traffic on Tuesday evening",
        "The mayor, Ann Lee, thanked residents",
        "Work on the cables was led by Riverside Engineering, which replaced",
        "Traffic was light on the first evening",
    ]:
        assert sentence in body


def test_inline_chrome_standing_alone_stays_out() -> None:
    """Must not fire: labels alone on their line, a list of tag links, and a sponsor's
    note alone in its paragraph (long enough that only its chrome name drops it)."""
    body = body_of("story-named-links.html")
    for chrome in ["Advertisement", "Share this article", "Transport", "special edition"]:
        assert chrome not in body
