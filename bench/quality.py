"""Generic extraction vs its peers on every development set, tune and check halves apart.

    python bench/quality.py [--sets publishers aeb dates] [--tune-pages FILE] [--json FILE]

One run, one process. For each set (``bench/data/<set>``) every page's bytes are given to

- newscrawl's generic extractor: ``selector`` + ``generic_article`` + ``article_records``
  (no record for a page without a story, as in ``newscrawl extract --site generic``), its
  ``datePublishedRaw`` normalised for the page's language with the page's fetch time, as
  the date pipeline does;
- trafilatura ``bare_extraction(favor_precision=True, with_metadata=True)``, the peer the
  issue compares with: ``title`` -> headline, ``author`` split on ``;``, ``date``, ``text``;
- htmldate ``find_date(original_date=True)`` for the date metrics (publishers, dates).

Each side's records are scored by the set's own ``score.py`` (run as a script on a truth
file cut down to one half, so its metric is used unchanged) for the ``tune`` half, the
``check`` half (``bench/data/splits.json``) and the whole set. Also printed per set and
half: catastrophes (pages whose newscrawl body F1 < 0.5 while trafilatura's >= 0.8) and
pages/s of the extraction calls, timed in CPU time of this process (so that other jobs on a
shared machine do not move the ratio: wall-clock ratios swung 0.8x-1.9x between runs on a
loaded two-core machine) in one pass each (htmldate memoises, so a second pass would
measure its cache). Before any timed pass over a set, every side reads the same warm-up
pages: every :data:`WARM_STRIDE`-th page of the *other* sets, none of the timed pages. A
crawl process pays its start-up once (imports, trafilatura's and htmldate's tables,
dateparser's timezone patterns and the data of each language it meets, all kept for the
life of the process), so the figure is pages/s of a process already running; no timed
page was read before it is timed (a warm-up on the set's own first page, as before, left
dateparser's start-up of about 0.15 s to whichever timed page first needed it, and gave
that one page the memos of its own read). A language that no warm-up page reaches is
still loaded within the timed pass, once, as a crawl loads it. One table is built before
the warm-up as well: htmldate's month names of every dateparser locale
(``htmldate.extractors.month_words``), which htmldate builds lazily, process-wide, on the
first page whose date only its text cue can give: no warm-up page reaches that cue, so the
first side whose timed pass did paid the table's ~0.1 s for every side after it (on
``aeb``, newscrawl's htmldate fallback, about 4% of its pass). ``invented`` counts dates
given to pages whose truth has none. With ``publishers``, the SidebarItems of its
hand-labelled pages are scored too (``bench/sidebar.py``: precision, story-box recall,
headline/url/date of the items).

Per-page figures are written for the TUNE half only (``--tune-pages``): the method is to
look at tune pages and judge changes by the check half's totals, never its pages.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sidebar  # noqa: E402
from newscrawl.extraction.generic import generic_article  # noqa: E402
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402
from newscrawl.extraction.metadata import page_normaliser  # noqa: E402
from newscrawl.extraction.page import NotArticleError, article_records  # noqa: E402

DATA = ROOT / "bench" / "data"
SETS = ("publishers", "aeb", "dates")
HALVES = ("tune", "check", "all")
#: Every how many pages of the other sets one is read by every side before timing.
WARM_STRIDE = 10
#: Fetch time of pages whose set does not record one (aeb, dates).
FETCHED_AT = datetime(2026, 11, 26, tzinfo=UTC)
#: Metrics printed per set: (name, label, summary key of the set's score.py).
METRICS = {
    "publishers": [
        ("body_f1", "body F1"),
        ("headline", "headline"),
        ("authors_f1", "authors F1"),
        ("date_day", "day"),
        ("date_minute", "minute"),
    ],
    "aeb": [("F1", "body F1")],
    "dates": [("accuracy", "day"), ("invented", "invented")],
}
#: Which peers answer which metrics (htmldate has dates only).
PEER_METRICS = {"htmldate": {"date_day", "date_minute", "accuracy", "invented"}}

Record = dict[str, Any]
Rows = dict[str, dict[str, float]]


@dataclass
class Page:
    """One page of a set: id, URL, fetch time and bytes."""

    id: str
    url: str
    fetched_at: datetime
    data: bytes


@dataclass
class Side:
    """One extractor's records and per-page seconds on one set."""

    records: dict[str, Record | None] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def load(name: str) -> tuple[list[Page], dict[str, list[str]]]:
    """The pages of one set and its split ``{"tune": ids, "check": ids, "all": ids}``."""
    folder = DATA / name
    pages = []
    if name == "publishers":
        for line in (folder / "manifest.jsonl").read_text("utf8").splitlines():
            entry = json.loads(line)
            pid = Path(entry["path"]).name.removesuffix(".html.gz")
            when = datetime.fromisoformat(entry["fetchedAt"])
            pages.append(Page(pid, entry["url"], when, _gunzip(folder / entry["path"])))
    elif name == "aeb":
        truth = json.loads((folder / "ground-truth.json").read_text("utf8"))
        for pid, entry in sorted(truth.items()):
            data = _gunzip(folder / "html" / f"{pid}.html.gz")
            pages.append(Page(pid, entry["url"], FETCHED_AT, data))
    else:
        for entry in json.loads((folder / "index.json").read_text("utf8")):
            data = _gunzip(folder / entry["html"])
            pages.append(Page(entry["id"], entry["url"], FETCHED_AT, data))
    halves = json.loads((DATA / "splits.json").read_text("utf8"))["sets"][name]
    split = {half: list(halves[half]) for half in ("tune", "check")}
    split["all"] = [p.id for p in pages]
    return pages, split


def _gunzip(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def newscrawl(page: Page, markup: str | None = None) -> Record | None:
    """newscrawl's article record of a page, or of ``markup`` standing for its data
    (``bench/dates_bare.py``'s stripped page); None: no article found."""
    try:
        root = selector(page.data if markup is None else markup).root
    except NotHTMLError:
        return None
    found = generic_article(root, page.url, fetched_at=page.fetched_at)
    try:
        article, _ = article_records(
            found, root, url=page.url, site="bench", fetched_at=page.fetched_at
        )
    except NotArticleError:
        return None
    raw = article.datePublishedRaw
    day = page_normaliser(found.language).normalise(raw, page.fetched_at).value if raw else None
    return {
        "url": page.url,
        "headline": article.headline,
        "authors": [a["name"] for a in article.authors or []],
        "datePublished": day,
        "articleBody": article.articleBody or "",
    }


def trafilatura(page: Page, markup: str | None = None) -> Record | None:
    """trafilatura's record of a page, or of ``markup`` standing for its data
    (``bench/body_bare.py``'s perturbed page), favor_precision as in the issue's comparison."""
    from trafilatura import bare_extraction  # noqa: PLC0415 - a peer, costly to import

    data = page.data if markup is None else markup
    doc = bare_extraction(data, url=page.url, favor_precision=True, with_metadata=True)
    if doc is None:
        return None
    text = doc.text or ""
    return {
        "url": page.url,
        "headline": doc.title,
        "authors": [a.strip() for a in (doc.author or "").split(";") if a.strip()],
        "datePublished": doc.date,
        "articleBody": "\n\n".join(line for line in text.splitlines() if line.strip()),
    }


def htmldate(page: Page) -> Record | None:
    """htmldate's publication date of a page (with time and offset where it finds them)."""
    from htmldate import find_date  # noqa: PLC0415 - a peer, costly to import

    fmt = "%Y-%m-%dT%H:%M:%S%z"
    day = find_date(page.data, url=page.url, original_date=True, outputformat=fmt)
    return {"url": page.url, "datePublished": day}


def htmldate_tables() -> None:
    """Build htmldate's month names of every dateparser locale, the process-wide table it
    builds lazily on the first page that reaches its text cue (see the module's docstring)."""
    from htmldate.extractors import month_words  # noqa: PLC0415 - a peer, costly to import

    month_words()


def warm_up_pages(name: str) -> list[Page]:
    """The pages every side reads before the timed passes over set *name*: every
    :data:`WARM_STRIDE`-th page of each other set (none of the timed pages)."""
    return [page for other in SETS if other != name for page in load(other)[0][::WARM_STRIDE]]


def run(extract: Callable[[Page], Record | None], pages: list[Page]) -> Side:
    """One pass over the pages, each call timed in process CPU time."""
    side = Side()
    for page in pages:
        begin = time.process_time()
        side.records[page.id] = extract(page)
        side.seconds[page.id] = time.process_time() - begin
    return side


def score(name: str, ids: list[str], side: Side, tmp: Path) -> tuple[dict[str, float], Rows]:
    """The set's score.py on the pages *ids*: its summary figures and per-page figures
    (publishers: every metric; aeb: body F1; dates: none)."""
    folder = DATA / name
    keep = set(ids)
    pred = tmp / "pred.jsonl"
    records = {pid: r for pid in ids if (r := side.records.get(pid)) is not None}
    if name == "aeb":  # its id-keyed form: a one-line JSONL would read as that form
        pred.write_text(json.dumps(records, ensure_ascii=False), "utf8")
    else:
        lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records.values())
        pred.write_text("".join(lines), "utf8")
    truth = tmp / "truth.json"
    per_page: Rows = {}
    if name == "dates":
        index = json.loads((folder / "index.json").read_text("utf8"))
        cut = [p for p in index if p["id"] in keep]
        truth.write_text(json.dumps(cut), "utf8")
        summary = _scorer(folder, [str(pred), "--index", str(truth)])[-1]
        figures = _fields(summary)
        undated = {p["id"] for p in cut if not p.get("expected_date")}
        figures["invented"] = sum(
            1 for pid in undated if (r := side.records.get(pid)) and r.get("datePublished")
        )
        return figures, per_page
    source = "truth.json" if name == "publishers" else "ground-truth.json"
    full = json.loads((folder / source).read_text("utf8"))
    truth.write_text(json.dumps({k: v for k, v in full.items() if k in keep}), "utf8")
    if name == "publishers":
        table = tmp / "pages.tsv"
        args = [str(pred), "--truth", str(truth), "--per-page", str(table)]
        figures = _fields(_scorer(folder, args)[-1].removeprefix("SUMMARY "))
        with table.open(encoding="utf8") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                per_page[row["id"]] = {k: float(v) for k, v in row.items() if _number(v)}
        figures["body_f1"] = body_f1(name, ids, side)
        return figures, per_page
    lines = _scorer(folder, [str(pred), "--truth", str(truth), "--per-page"])
    for line in lines[:-2]:
        f1, pid, _ = line.split("\t", 2)
        per_page[pid] = {"body_f1": float(f1)}
    figures = _fields(lines[-1])
    figures["F1"] = body_f1(name, ids, side)
    return figures, per_page


def _scorer_module(name: str) -> ModuleType:
    """The set's own ``score.py``, imported (its shingle counts, not a copy of them)."""
    spec = importlib.util.spec_from_file_location(f"score_{name}", DATA / name / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body_f1(name: str, ids: list[str], side: Side) -> float:
    """Body F1 of the pages *ids* (publishers or aeb) unrounded, as the set's scorer
    aggregates it: per-page shingle shares from its own counting, precision averaged over
    pages with a prediction, recall over pages with a truth, F1 of the two (a page without
    a record predicts nothing). Its printout rounds to three decimals, too coarse for a
    change worth +0.0003 on a half; ``--digits 4`` shows this value."""
    scorer = _scorer_module(name)
    source = "truth.json" if name == "publishers" else "ground-truth.json"
    truth = json.loads((DATA / name / source).read_text("utf8"))
    count = scorer.body_counts if name == "publishers" else scorer.page_counts
    precisions, recalls = [], []
    for pid in ids:
        t = truth[pid]
        told = "\n\n".join(t.get("body") or []) if name == "publishers" else t["articleBody"]
        tp, fp, fn = count(told or "", (side.records.get(pid) or {}).get("articleBody") or "")
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def scored(figures: dict[str, float], record: dict[str, Any]) -> dict[str, Any]:
    """One side's per-page row: the page's *figures* and its *record*'s fields, a figure
    named as a field (publishers' exact ``headline`` match beside the headline's text)
    as ``<name>_match``, so neither hides the other."""
    return {**{f"{k}_match" if k in record else k: v for k, v in figures.items()}, **record}


def catastrophes(ours: Rows, theirs: Rows, ids: Iterable[str]) -> int:
    """Pages where our body F1 is below 0.5 while the peer's is at least 0.8."""
    return sum(1 for pid in ids if ours[pid]["body_f1"] < 0.5 and theirs[pid]["body_f1"] >= 0.8)


def _number(text: str) -> bool:
    return text.replace(".", "", 1).isdigit()


def _scorer(folder: Path, args: list[str]) -> list[str]:
    cmd = [sys.executable, str(folder / "score.py"), *args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return out.strip().splitlines()


def _fields(summary: str) -> dict[str, float]:
    pairs = (part.split("=", 1) for part in summary.split() if "=" in part)
    return {k: float(v) for k, v in pairs if v != "n/a"}


def evaluate(name: str, peers: Iterable[str]) -> dict[str, Any]:
    """Every figure of one set: ``{half: {side: {metric: value}}}`` plus per-page rows of
    the tune half (``"tune_pages"``)."""
    pages, split = load(name)
    extractors: dict[str, Callable[[Page], Record | None]] = {"newscrawl": newscrawl}
    for peer in peers:
        extractors[peer] = {"trafilatura": trafilatura, "htmldate": htmldate}[peer]
    warm = warm_up_pages(name)
    htmldate_tables()
    for extract in extractors.values():  # every side's start-up, before any timing
        for page in warm:
            extract(page)
    sides = {side: run(extract, pages) for side, extract in extractors.items()}
    result: dict[str, Any] = {"pages": {h: len(ids) for h, ids in split.items()}}
    tune_rows: dict[str, dict[str, Any]] = {pid: {} for pid in split["tune"]}
    with tempfile.TemporaryDirectory() as tmp:
        for half, ids in split.items():
            figures: dict[str, dict[str, float]] = {}
            bodies: dict[str, Rows] = {}
            for side_name, side in sides.items():
                figures[side_name], bodies[side_name] = score(name, ids, side, Path(tmp))
                seconds = sum(side.seconds[pid] for pid in ids)
                figures[side_name]["pages/s"] = len(ids) / seconds if seconds else 0.0
            ours, theirs = bodies["newscrawl"], bodies.get("trafilatura", {})
            if ours and theirs:
                figures["newscrawl"]["catastrophes"] = catastrophes(ours, theirs, ids)
            result[half] = figures
            if half == "tune":
                for pid in ids:
                    for side_name in sides:
                        record = sides[side_name].records[pid] or {}
                        body = record.get("articleBody") or ""
                        tune_rows[pid][side_name] = {
                            **scored(
                                bodies[side_name].get(pid, {}),
                                {k: v for k, v in record.items() if k != "articleBody"},
                            ),
                            "articleBody": body[:300] + ("…" if len(body) > 300 else ""),
                        }
    result["tune_pages"] = tune_rows
    return result


def report(name: str, result: dict[str, Any], digits: int = 3) -> list[str]:
    """The table of one set: a row per metric and side, a column per half."""
    n = result["pages"]
    head = f"{name:<28}" + "".join(f"{h} ({n[h]})".rjust(13) for h in HALVES)
    lines = [head, "-" * len(head)]
    metrics = [*METRICS[name], ("catastrophes", "catastrophes"), ("pages/s", "pages/s")]
    for key, label in metrics:
        for side in result["tune"]:
            if key in PEER_METRICS.get(side, {key}) and key in result["tune"][side]:
                values = [result[h][side].get(key) for h in HALVES]
                cells = "".join(_cell(key, v, digits).rjust(13) for v in values)
                lines.append(f"{label:<14}{side:<14}{cells}")
        if key == "pages/s" and "trafilatura" in result["tune"]:
            ratio = [result[h]["newscrawl"][key] / result[h]["trafilatura"][key] for h in HALVES]
            lines.append(
                f"{'':<14}{'ratio vs traf':<14}" + "".join(f"{r:.2f}x".rjust(13) for r in ratio)
            )
    return lines


def _cell(key: str, value: float | None, digits: int = 3) -> str:
    if value is None:
        return "n/a"
    if key in ("catastrophes", "invented"):
        return str(int(value))
    return f"{value:.1f}" if key == "pages/s" else f"{value:.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--tune-pages", type=Path, help="per-page figures of the tune half (JSON)")
    parser.add_argument("--json", type=Path, help="every figure of this run (no per-page rows)")
    parser.add_argument(
        "--digits",
        type=int,
        choices=range(3, 7),
        default=3,
        help="decimals of the figures (body F1 is unrounded; the scorers' others round to 3)",
    )
    args = parser.parse_args()
    peers = {"publishers": ["trafilatura", "htmldate"], "aeb": ["trafilatura"]}
    results, tune_pages = {}, {}
    for name in args.sets:
        result = evaluate(name, peers.get(name, ["trafilatura", "htmldate"]))
        tune_pages[name] = result.pop("tune_pages")
        results[name] = result
        print("\n".join(report(name, result, args.digits)), end="\n\n", flush=True)
        if name == "publishers":
            labelled = sidebar.evaluate()
            results["publishers_sidebar"] = {h: labelled[h] for h in HALVES}
            print("\n".join(sidebar.report(labelled)), end="\n\n", flush=True)
    if args.tune_pages:
        args.tune_pages.write_text(json.dumps(tune_pages, indent=1, ensure_ascii=False), "utf8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), "utf8")


if __name__ == "__main__":
    main()
