"""Bot challenge and block pages give no Article, for every extractor: offline (one line
each) and in ``scrapy crawl generic`` (``newscrawl/blocked/challenge``); news pages that
only talk about blocked access or Cloudflare are still articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.extraction.challenge import (
    challenge_reason,
    is_challenge_html,
    text_challenge_reason,
)
from newscrawl.extraction.html import selector

from .conftest import FIXTURES, ROOT
from .crawling import FAST, stats_of
from .server import serve

BLOCKED = FIXTURES / "blocked"
CHALLENGES = sorted(p.name for p in BLOCKED.glob("*.html") if "-" in p.stem
                    and not p.stem.startswith(("article-", "brief-")))  # fmt: skip
#: News pages about blocks and Cloudflare, and text their body must hold.
ARTICLES = {
    "article-access-denied.html": 'met with a page that said only "Access denied"',
    "article-cloudflare-outage.html": 'a grey page titled "Just a moment..."',
    "brief-just-a-moment.html": 'to wait "just a moment" while the crew checked',
}


def test_fixtures_are_what_the_test_thinks() -> None:
    assert len(CHALLENGES) == 5
    assert set(CHALLENGES).isdisjoint(ARTICLES)


@pytest.mark.parametrize("name", CHALLENGES)
def test_challenge_pages_are_recognised(name: str) -> None:
    data = (BLOCKED / name).read_bytes()
    assert challenge_reason(selector(data).root) is not None
    assert is_challenge_html(data.decode())


@pytest.mark.parametrize("name", list(ARTICLES))
def test_pages_about_blocks_are_not_challenges(name: str) -> None:
    assert challenge_reason(selector((BLOCKED / name).read_bytes()).root) is None


def test_a_bare_title_alone_does_not_make_a_long_page_a_challenge() -> None:
    """A page titled exactly "Access denied" (a film review, say) with a story in it."""
    story = "<p>" + "The film follows a hacker who breaks into a bank at night. " * 30
    html = f"<html><head><title>Access denied</title></head><body><h1>x</h1>{story}</p>"
    assert challenge_reason(selector(html).root) is None
    short = "<html><head><title>Access Denied</title></head><body><p>Go away.</p></body>"
    assert challenge_reason(selector(short).root) == "access denied"


def _extract(tmp_path: Path, site: str, *files: Path) -> tuple[list[dict[str, object]], str]:
    out = tmp_path / site
    proc = subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", "extract", "--site", site, "--out", str(out),
         *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = (out / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines], proc.stderr


@pytest.mark.parametrize("site", ["generic", "auto", "dawn"])
def test_offline_extract_refuses_challenges_with_one_line_each(tmp_path: Path, site: str) -> None:
    files = [BLOCKED / n for n in CHALLENGES]
    articles, err = _extract(tmp_path, site, *files)
    assert articles == []
    for name in CHALLENGES:
        said = [line for line in err.splitlines() if name in line]
        assert len(said) == 1, err
        assert "bot challenge or block page" in said[0] and "not an article" in said[0]


def test_offline_extract_keeps_articles_about_blocks(tmp_path: Path) -> None:
    articles, err = _extract(tmp_path, "generic", *(BLOCKED / n for n in ARTICLES))
    assert len(articles) == 3, err
    bodies = " ".join(str(a["articleBody"]) for a in articles)
    for text in ARTICLES.values():
        assert text in bodies


def test_generic_crawl_counts_challenges_as_blocked(tmp_path: Path) -> None:
    names = [*CHALLENGES, *ARTICLES]
    links = "".join(f'<li><a href="/pages/{n}">{n}</a></li>' for n in names)
    index = f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>"
    routes: dict[str, Path | tuple[bytes, str]] = {
        "/": (index.encode(), "text/html; charset=utf-8"),
        **{f"/pages/{n}": BLOCKED / n for n in names},
    }
    out = tmp_path / "out"
    with serve(routes) as base:
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"start={base}/",
             "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", *FAST],
            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
            env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
        )  # fmt: skip
    # Five challenges in eleven responses: the run fails on its blocked rate, loudly.
    assert proc.returncode != 0, proc.stderr[-4000:]
    assert f"FAILED: blocked rate: {len(CHALLENGES)} blocked of" in proc.stderr
    stats = stats_of(proc.stderr)
    assert stats["newscrawl/blocked/challenge"] == len(CHALLENGES), stats
    assert stats["newscrawl/pages/article"] == len(ARTICLES), stats
    # The old interstitial's meta refresh is not chased into the challenge's token URL.
    assert not any(k.startswith("newscrawl/errors/") for k in stats), stats
    (export,) = (out / "127.0.0.1").glob("articles-*.jsonl")
    urls = {json.loads(line)["url"] for line in export.read_text("utf-8").splitlines()}
    assert urls == {f"{base}/pages/{n}" for n in ARTICLES}
    for name in CHALLENGES:
        assert f"No story (challenge): {base}/pages/{name}" in proc.stderr


#: A challenge page as a browser's "save as text" gives it, and a story that quotes one.
CHALLENGE_TEXT = """Just a moment...

news.example.com

Checking if the site connection is secure

news.example.com needs to review the security of your connection before proceeding.

Ray ID: 8f1c2a3b4d5e6f70
Performance & security by Cloudflare
"""


def test_split_refuses_a_flattened_challenge_page(tmp_path: Path) -> None:
    """The text splitter is guarded too; a short story quoting a challenge's sentences
    (no markup to tell it by) is still an article."""
    challenge = tmp_path / "challenge.txt"
    challenge.write_text(CHALLENGE_TEXT, "utf-8")
    story = tmp_path / "story.txt"
    story.write_text(
        "Cloudflare outage leaves readers staring at 'Just a moment...' pages\n\n"
        "By Anna Holm\n\n"
        + "\n\n".join(
            f"Paragraph {i}: readers saw a page saying it was checking if the site "
            "connection is secure, and then nothing, for two hours on Tuesday."
            for i in range(4)
        ),
        "utf-8",
    )
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", "split", "--out", str(out),
         str(challenge), str(story)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    said = [line for line in proc.stderr.splitlines() if "challenge.txt" in line]
    assert len(said) == 1 and "bot challenge or block page" in said[0], proc.stderr
    [article] = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    assert "checking if the site connection is secure" in article["articleBody"]


@pytest.mark.parametrize(
    ("text", "challenge"),
    [
        (CHALLENGE_TEXT, True),
        ("Access Denied\n\nYou don't have permission to access this page on this server.", True),
        ("Sorry, you have been blocked\n\nYou are unable to access news.example.com", True),
        ("Checking your browser before accessing news.example.com.\n\nPlease wait.", True),
        ("Access denied: residents locked out of flood reports\n\nShort story.", False),
        ("Ferry delayed by fog\n\nPassengers were told to wait 'just a moment'.", False),
    ],
)
def test_text_challenges(text: str, challenge: bool) -> None:
    assert (text_challenge_reason(text) is not None) == challenge
