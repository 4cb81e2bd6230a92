"""bench/quality.py scores each half with the set's own scorer and counts catastrophes."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


def quality() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_quality", ROOT / "bench" / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_quality"] = module
    spec.loader.exec_module(module)
    return module


def test_halves_are_disjoint_and_cover_each_set() -> None:
    q = quality()
    for name in ("aeb", "dates", "publishers"):
        pages, split = q.load(name)
        tune, check = set(split["tune"]), set(split["check"])
        assert not tune & check
        assert tune | check == set(split["all"]) == {p.id for p in pages}


def test_warm_up_reads_no_timed_page() -> None:
    q = quality()
    for name in ("aeb", "dates", "publishers"):
        warm = q.warm_up_pages(name)
        timed = {page.data for page in q.load(name)[0]}
        assert len(warm) >= 10
        assert not timed & {page.data for page in warm}


def test_publishers_half_scored_by_its_scorer(tmp_path: Path) -> None:
    q = quality()
    truth = json.loads((DATA / "publishers" / "truth.json").read_text("utf8"))
    ids = sorted(
        json.loads((DATA / "splits.json").read_text("utf8"))["sets"]["publishers"]["tune"]
    )[:4]
    side = q.Side()
    for pid in ids[:3]:  # three perfect records, the fourth page has none
        t = truth[pid]
        side.records[pid] = {
            "url": t["url"],
            "headline": t["headline"],
            "authors": t["authors"] or [],
            "datePublished": t["datePublished"],
            "articleBody": "\n\n".join(t["body"]),
        }
    figures, rows = q.score("publishers", ids, side, tmp_path)
    assert figures["pages"] == 4
    assert figures["headline"] == 0.75 and figures["date_day"] == 0.75
    assert [rows[pid]["body_f1"] for pid in ids] == [1.0, 1.0, 1.0, 0.0]
    peer = {pid: {"body_f1": 0.9} for pid in ids}
    assert q.catastrophes(rows, peer, ids) == 1
    assert q.catastrophes(rows, {pid: {"body_f1": 0.79} for pid in ids}, ids) == 0


def test_aeb_and_dates_halves_scored_by_their_scorers(tmp_path: Path) -> None:
    q = quality()
    truth = json.loads((DATA / "aeb" / "ground-truth.json").read_text("utf8"))
    ids = sorted(truth)[:2]
    side = q.Side(
        {ids[0]: {"url": truth[ids[0]]["url"], "articleBody": truth[ids[0]]["articleBody"]}}
    )
    figures, rows = q.score("aeb", ids, side, tmp_path)
    assert rows[ids[0]]["body_f1"] == 1.0 and rows[ids[1]]["body_f1"] == 0.0
    assert figures["recall"] == 0.5
    index = json.loads((DATA / "dates" / "index.json").read_text("utf8"))[:2]
    dates = q.Side(
        {index[0]["id"]: {"url": index[0]["url"], "datePublished": index[0]["expected_date"]}}
    )
    figures, _ = q.score("dates", [p["id"] for p in index], dates, tmp_path)
    assert figures["accuracy"] == 0.5 and figures["invented"] == 0


def test_byline_reader_bench_reads_the_names_extraction_falls_back_to() -> None:
    """bench/bylines.py scores the visible byline reader alone: on a page without
    structured authors its names are the authors the extractor gives."""
    spec = importlib.util.spec_from_file_location("bench_bylines", ROOT / "bench" / "bylines.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    case = ROOT / "fixtures" / "metadata" / "authors-byline-names-carried"
    url = json.loads((case / "structure.json").read_text("utf8"))["url"]
    assert module.byline_names((case / "page.html").read_bytes(), url) == ["Ulrich Exner"]


def test_body_errors_lists_the_paragraphs_of_a_class_and_the_missed_ones() -> None:
    """bench/body_errors.py --show CLASS: a page's predicted paragraphs of that class,
    and with ``missed`` the truth's paragraphs the prediction lacks in good part."""
    spec = importlib.util.spec_from_file_location(
        "bench_body_errors", ROOT / "bench" / "body_errors.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    told = "The council voted on Monday to close the old bridge for repairs until spring."
    lost = "Drivers will have to take the ring road, which adds twenty minutes to the trip."
    lead = "A bridge closes for half a year while engineers replace its worn steel beams."
    box = "Sign up for our morning newsletter and never miss the news from your town."
    truth = {"body": [told, lost], "summary": [lead], "subheadings": []}
    body = "\n\n".join([lead, told, box])
    counts, summary = module.page_errors(truth, body, "summary")
    assert summary == [lead]
    assert counts["fp:summary"] > 0 and counts["fp:other"] > 0
    assert module.page_errors(truth, body)[1] == [box]
    assert module.page_errors(truth, body, "missed")[1] == [lost]


def test_unrounded_body_f1_is_the_scorers_figure(tmp_path: Path) -> None:
    """--digits: quality.py's unrounded body F1 is what each set's scorer prints, to its
    three decimals, on records that keep part of each story, add other text, or miss a
    page (publishers and aeb)."""
    q = quality()
    truth = json.loads((DATA / "publishers" / "truth.json").read_text("utf8"))
    ids = sorted(truth)[:5]
    side = q.Side()
    for n, pid in enumerate(ids[:4]):
        body = truth[pid]["body"]
        kept = body[: max(1, len(body) * (n + 1) // 5)] + ["Sign up for our newsletter today."] * n
        side.records[pid] = {"url": truth[pid]["url"], "articleBody": "\n\n".join(kept)}
    folder = DATA / "publishers"
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in side.records.values()), "utf8")
    cut = tmp_path / "truth.json"
    cut.write_text(json.dumps({pid: truth[pid] for pid in ids}), "utf8")
    printed = q._fields(q._scorer(folder, [str(pred), "--truth", str(cut)])[-1])["body_f1"]
    exact = q.body_f1("publishers", ids, side)
    assert round(exact, 3) == printed and 0.0 < exact < 1.0
    assert q.score("publishers", ids, side, tmp_path)[0]["body_f1"] == exact

    aeb = json.loads((DATA / "aeb" / "ground-truth.json").read_text("utf8"))
    ids = sorted(aeb)[:3]
    words = aeb[ids[0]]["articleBody"].split()
    side = q.Side({ids[0]: {"url": aeb[ids[0]]["url"], "articleBody": " ".join(words[:40])}})
    pred.write_text(json.dumps(side.records), "utf8")
    cut.write_text(json.dumps({pid: aeb[pid] for pid in ids}), "utf8")
    printed = q._fields(q._scorer(DATA / "aeb", [str(pred), "--truth", str(cut)])[-1])["F1"]
    exact = q.body_f1("aeb", ids, side)
    assert round(exact, 3) == printed and 0.0 < exact < 1.0
    assert q.score("aeb", ids, side, tmp_path)[0]["F1"] == exact
    assert q._cell("body_f1", exact, 5) == f"{exact:.5f}"


def test_a_tune_row_keeps_the_exact_headline_match_beside_the_headline_text() -> None:
    """A per-page figure named as a record's field (publishers' exact ``headline``
    match) is kept as ``headline_match``; the record's headline text stays as it is."""
    q = quality()
    row = q.scored({"headline": 0.0, "headline_lenient": 1.0}, {"headline": "Budget passed"})
    assert row == {"headline_match": 0.0, "headline_lenient": 1.0, "headline": "Budget passed"}
