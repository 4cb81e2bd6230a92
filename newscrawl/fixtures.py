"""Fixture cases: ``fixtures/<site>/<case>/`` = page + ``meta.json`` + ``expected.jsonl``.

A case runs through the same offline path as ``newscrawl extract`` / ``split`` (and so
through the crawl's pipelines and exporter); ``expected.jsonl`` holds the exact exported
lines, articles first, then sidebar items.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.offline import OfflineRun, PageError, Source, extract_page, parse_time, split_page

PAGE_NAMES = ("page.html", "page.html.gz", "page.txt")


class FixtureError(Exception):
    """A case that cannot be run: the message names its folder and the problem."""


@dataclass(frozen=True)
class Case:
    """One fixture case folder."""

    path: Path
    page: Path
    meta: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.path.parent.name}/{self.path.name}"

    @property
    def is_text(self) -> bool:
        return self.page.suffix == ".txt"

    @property
    def expected_path(self) -> Path:
        return self.path / "expected.jsonl"

    def expected(self) -> list[dict[str, Any]]:
        lines = self.expected_path.read_text("utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]


def iter_cases(root: Path) -> Iterator[Case]:
    """Every case under *root*, sorted by ``<site>/<case>``."""
    for meta_path in sorted(root.glob("*/*/meta.json")):
        folder = meta_path.parent
        page = next((folder / n for n in PAGE_NAMES if (folder / n).exists()), None)
        if page is None:
            raise FixtureError(f"{folder}: no page file ({', '.join(PAGE_NAMES)})")
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise FixtureError(f"{meta_path}: not a readable JSON object ({exc})") from None
        if not isinstance(meta, dict):
            raise FixtureError(f"{meta_path}: not a JSON object")
        yield Case(folder, page, meta)


def run_case(case: Case) -> list[dict[str, Any]]:
    """The exported records of a case, as parsed JSON lines (articles, then sidebar)."""
    source = Source(case.page, case.meta["url"], parse_time(case.meta["fetched_at"]))
    site = case.meta.get("site")
    article, teasers = (
        split_page(source, site) if case.is_text else extract_page(source, site or "auto")
    )
    with tempfile.TemporaryDirectory() as tmp:
        with OfflineRun(Path(tmp)) as run:
            run.export([article, *teasers])
        lines = []
        for name in ("articles.jsonl", "sidebar.jsonl"):
            text = (Path(tmp) / name).read_text("utf-8")
            lines += [json.loads(line) for line in text.splitlines() if line]
    return lines


def regenerate(root: Path) -> list[Path]:
    """Rewrite every case's ``expected.jsonl`` from the current code (review by diff)."""
    written = []
    for case in iter_cases(root):
        try:
            records = run_case(case)
        except (PageError, KeyError, ValueError) as exc:
            raise FixtureError(f"{case.path}: cannot run the case ({exc})") from None
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        case.expected_path.write_text(text, "utf-8")
        written.append(case.expected_path)
    return written
