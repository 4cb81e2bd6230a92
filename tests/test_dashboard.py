"""The run-history report: content, escaping, robustness, and a look in headless Chromium."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newscrawl.monitoring.dashboard import render_report, write_report
from newscrawl.monitoring.runlog import RunRecord, append_run
from newscrawl.progress import Progress

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
T0 = datetime(2025, 6, 9, 6, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=12)
HOSTILE = "<script>alert(1)</script>"
QUOTES = '"quotes" & ampersands'
FIELDS = (
    "headline",
    "authors",
    "datePublished",
    "dateModified",
    "articleBody",
    "dateline",
    "mainImage",
)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def make_run(
    site: str,
    start: datetime,
    *,
    seconds: float = 300.0,
    new: int = 40,
    updated: int = 8,
    unchanged: int = 250,
    errors: int = 1,
    blocked: int = 0,
    coverage: dict[str, float] | None = None,
    failed: list[dict[str, str]] | None = None,
    median_hours: float = 6.0,
) -> RunRecord:
    """One run-log line, field by field as in :mod:`newscrawl.monitoring.runlog`."""
    stamp = start.strftime("%Y%m%dT%H%M%S") + "000Z"
    exported = new + updated
    fetched = exported + unchanged // 5 + 60
    return {
        "runId": f"{site}:{stamp}",
        "site": site,
        "spider": site,
        "start": _stamp(start),
        "end": _stamp(start + timedelta(seconds=seconds)),
        "durationSeconds": seconds,
        "status": "failed" if failed else "ok",
        "finishReason": "finished",
        "failedChecks": failed or [],
        "pages": {
            "fetched": fetched,
            "byStatusClass": {"2xx": fetched - errors, "3xx": 0, "4xx": 0, "5xx": errors},
        },
        "articles": {
            "exported": exported,
            "new": new,
            "updated": updated,
            "unchanged": unchanged,
            "notModified": unchanged,
            "duplicate": 0,
        },
        "sidebarItems": 100 + new,
        "blocked": {"challenge": blocked, "403": 0},
        "retries": errors * 2,
        "errors": {"http_500": errors, "timeout": 0},
        "dropped": {"validation/articleBody": 0},
        "dates": {"parsed": 2 * exported, "rejected": 0},
        "coverage": coverage or dict.fromkeys(FIELDS, 1.0),
        "freshness": {
            "count": exported,
            "medianSeconds": median_hours * 3600,
            "p90Seconds": median_hours * 3600 * 4.5,
        },
        "exports": {
            "articles": {
                "path": f"output/{site}/articles-{stamp}.jsonl",
                "records": exported,
            },
            "sidebar": {"path": f"output/{site}/sidebar-{stamp}.jsonl", "records": 100 + new},
        },
    }


def realistic_runs(t0: datetime = T0) -> list[RunRecord]:
    """12 daily runs of dawn (the last failed: headline coverage 0) and 5 of example."""
    runs = []
    for day in range(12):
        last = day == 11
        coverage = {
            "headline": 0.0 if last else 1.0,
            "authors": 0.7 + 0.02 * (day % 4),
            "datePublished": 1.0 if not last else 0.96,
            "dateModified": 0.18 + 0.01 * day,
            "articleBody": 0.97 - 0.01 * (day % 3),
            "dateline": 0.55 + 0.03 * (day % 5),
            "mainImage": 0.88,
        }
        failed = [
            {
                "name": "coverage/headline",
                "message": "headline coverage 0.0% is below the 95% floor",
            },
            {
                "name": "articles/exported",
                "message": "12 articles exported, fewer than 25% of the median of 48",
            },
        ]
        runs.append(
            make_run(
                "dawn",
                t0 + timedelta(days=day, minutes=7 * day),
                seconds=280 + 37 * (day % 5),
                new=320 if day == 0 else (12 if last else 30 + 4 * (day % 6)),
                updated=0 if day == 0 else 6 + day % 4,
                unchanged=0 if day == 0 else 260 + 5 * day,
                errors=[0, 1, 0, 3, 0, 0, 7, 1, 0, 0, 2, 5][day],
                blocked=[0, 0, 2, 0, 0, 1, 0, 0, 4, 0, 0, 3][day],
                coverage=coverage,
                failed=failed if last else None,
                median_hours=5 + (day % 4) * 1.5,
            )
        )
    for day in range(5):
        runs.append(
            make_run(
                "example",
                t0 + timedelta(days=7 + day, hours=3),
                seconds=40 + day,
                new=5 + day,
                updated=day % 2,
                unchanged=20 + 3 * day,
                errors=day % 2,
                median_hours=30 + 8 * day,
            )
        )
    return runs


def _svgs(page: str) -> list[ET.Element]:
    return [ET.fromstring(svg) for svg in re.findall(r"<svg.*?</svg>", page, re.S)]


def test_report_content_and_order() -> None:
    page = render_report(realistic_runs(), generated_at=NOW)
    # the failed site's card comes first, with its status and failed checks
    first_card = page[page.index('<section class="card"') :].split("</section>")[0]
    assert "dawn" in first_card and "FAILED" in first_card
    assert "coverage/headline" in first_card and "articles/exported" in first_card
    assert page.index("coverage/headline") < page.index("<svg")
    assert page.index(">dawn<") < page.index(">example<")
    svgs = _svgs(page)  # each chart is well-formed XML with a title and an accessible name
    assert len(svgs) == 8
    for svg in svgs:
        assert svg.get("role") == "img" and svg.get("aria-label")
        assert svg[0].tag.endswith("title") and svg[0].text
    assert page.count('class="fail"') == 4  # the failed dawn run, on each of its charts
    assert "Freshness per run (hours since publication)" in page
    assert "Freshness per run (days since publication)" in page  # example: up to 62 h → days
    assert "Latest 17 runs" in page and page.count("<tr>") == 1 + 17
    assert "output/dawn/articles-20250620T071700000Z.jsonl" in page
    assert "2025-06-20 07:17 UTC (23 h ago)" in page
    assert not re.search(r"(?i)<script|https?://(?!www\.w3\.org/2000/svg)|@import|url\(", page)


def test_strings_from_the_run_log_are_escaped() -> None:
    run = make_run(
        HOSTILE,
        T0,
        failed=[{"name": QUOTES, "message": f"{HOSTILE} {QUOTES} <img src=x onerror=alert(2)>"}],
    )
    run["exports"]["articles"]["path"] = f"out/{HOSTILE}/{QUOTES}.jsonl"
    run["coverage"][HOSTILE] = 0.5
    run["blocked"] = {QUOTES: 3}
    page = render_report([run], title=f"runs {QUOTES}", generated_at=NOW)
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;quotes&quot; &amp; ampersands" in page
    assert '"quotes"' not in page and "& ampersands" not in page
    assert len(_svgs(page)) == 4


def test_no_runs_yet(tmp_path: Path) -> None:
    out = tmp_path / "report" / "index.html"
    assert write_report(tmp_path / "missing.jsonl", out) == 0
    page = out.read_text("utf-8")
    assert "No runs yet" in page and "<svg" not in page and "<table" not in page


def test_single_old_run_without_optional_fields() -> None:
    old = {"runId": "dawn:1", "site": "dawn", "start": "2025-06-01T10:00:00Z", "status": "ok"}
    page = render_report([old], generated_at=NOW)
    assert "OK" in page and "all checks passed" in page
    assert page.count("no data") == 4
    assert len(_svgs(page)) == 4


def test_malformed_values_do_not_break_the_report() -> None:
    runs: list[dict[str, Any]] = [
        {"site": "odd", "start": "yesterday", "status": None, "pages": 5},
        {"site": 7, "start": "2025-06-01T10:00:00+02:00", "articles": {"new": "many"}},
        {
            "site": "odd",
            "start": "2025-06-02T10:00:00",
            "coverage": [1, 2],
            "errors": {"x": True, "y": 2},
            "failedChecks": ["plain text", {"message": None}],
            "exports": {"articles": "p.jsonl"},
            "durationSeconds": float("nan"),
        },
    ]
    page = render_report(runs, generated_at=NOW)
    assert ">7<" in page and "plain text" in page and "p.jsonl" in page
    assert "2025-06-01 08:00 UTC" in page  # converted to UTC
    assert len(_svgs(page)) == 8


def test_table_keeps_the_latest_fifty() -> None:
    runs = [make_run("dawn", T0 + timedelta(hours=h)) for h in range(60)]
    page = render_report(runs, generated_at=NOW)
    table = page[page.index("<table") :]
    assert table.count("<tr>") == 1 + 50
    assert table.index("2025-06-11 17:00") < table.index("2025-06-11 16:00")
    assert "2025-06-09 15:00" not in table  # the 10 oldest are charted, not listed


class FakeTty:
    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_write_report_is_atomic_and_reports_progress(tmp_path: Path) -> None:
    log = tmp_path / "runs.jsonl"
    for run in realistic_runs():
        append_run(log, run)
    with log.open("a", encoding="utf-8") as file:
        file.write('{"torn line\n')
    out = tmp_path / "report.html"
    out.write_text("old", "utf-8")
    stream = FakeTty()
    with Progress(None, "runs", stream) as progress:  # type: ignore[arg-type]
        assert write_report(log, out, progress=progress) == 17
    assert progress.done == 17 and stream.text.endswith("\n") and "runs: 17" in stream.text
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "runs.jsonl"]
    assert out.stat().st_mode & 0o777 == 0o644


def test_report_in_headless_chromium(tmp_path: Path) -> None:
    assert CHROMIUM.exists(), (
        f"{CHROMIUM} is missing: bash scripts/test.sh installs Debian's chromium "
        "package; this test drives it with Playwright"
    )
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    log = tmp_path / "runs.jsonl"
    t0 = datetime.now(UTC).replace(hour=6, minute=0, second=0, microsecond=0)
    runs = realistic_runs(t0 - timedelta(days=12))
    hostile = make_run(
        HOSTILE,
        t0 - timedelta(days=2),
        failed=[{"name": "check <b>", "message": f"{QUOTES} <img src=x onerror=alert(2)>"}],
    )
    for run in [*runs, hostile]:
        append_run(log, run)
    out = tmp_path / "report.html"
    assert write_report(log, out) == 18

    problems: list[str] = []
    foreign: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on(
                "console",
                lambda m: (
                    problems.append(f"console {m.type}: {m.text}")
                    if m.type in ("error", "warning")
                    else None
                ),
            )
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
            page.on(
                "request",
                lambda r: None if r.url.startswith("file://") else foreign.append(r.url),
            )
            page.goto(out.as_uri(), wait_until="load")

            charts = page.locator("svg.chart")
            assert charts.count() == 12
            chart_tops = []
            for i in range(charts.count()):
                chart = charts.nth(i)
                box = chart.bounding_box()
                assert box and box["width"] > 300 and box["height"] > 100, box
                chart_tops.append(box["y"])
                drawn = chart.locator(".data path, .data rect, .data circle").count()
                assert drawn > 0, f"chart {chart.get_attribute('aria-label')} draws nothing"
                labels = [t.bounding_box() for t in chart.locator("text.xt").all()]
                spans = sorted((b["x"], b["x"] + b["width"]) for b in labels if b)
                assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), spans
            check = page.get_by_text("headline coverage 0.0% is below the 95% floor")
            assert check.is_visible()
            check_box = check.bounding_box()
            assert check_box and check_box["y"] + check_box["height"] < min(chart_tops)
            assert page.get_by_role("heading", name=HOSTILE, exact=True).count() == 1
            assert page.get_by_role("heading", name=f"{HOSTILE} · 1 run", exact=True).count() == 1
            assert page.get_by_text(f"{QUOTES} <img src=x onerror=alert(2)>").count() == 1
            ARTIFACTS.mkdir(exist_ok=True)
            shot = ARTIFACTS / "report.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    print(f"screenshot: {shot}")
    assert not problems, problems
    assert not foreign, foreign
