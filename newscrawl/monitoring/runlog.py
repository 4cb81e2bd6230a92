"""The run log: one JSON line per crawl, appended when the crawl ends.

Written by :class:`newscrawl.monitoring.report.RunReport` next to the exports
(``NEWSCRAWL_RUNLOG``, default ``<NEWSCRAWL_OUTPUT_DIR>/runs.jsonl``); read by the
monitors (history of a site's runs) and by ``newscrawl report`` (the dashboard).

A line, field by field (camelCase, like the records)::

    {
      "runId": "dawn:20250620T120000123Z",   # site:run stamp (also in the export names)
      "site": "dawn",
      "spider": "dawn",
      "start": "2025-06-20T12:00:00Z",        # UTC, Z
      "end": "2025-06-20T12:00:14Z",
      "durationSeconds": 14.2,
      "status": "ok",            # "ok" | "failed" (a check failed) | "interrupted" (stopped)
      "finishReason": "finished",              # Scrapy's finish_reason
      "committed": true,         # files published and state promoted (newscrawl.commit)
      "settled": [{"runId": "dawn:20250620T114500000Z", "outcome": "committed"}],
                                 # earlier runs left unfinished, settled by this one
                                 # ("committed": published now; "discarded": re-exported)
      "failedChecks": [{"name": "...", "message": "..."}],
      "pages": {"fetched": 351, "byStatusClass": {"2xx": 348, "3xx": 0, "4xx": 2, "5xx": 1}},
      "articles": {"exported": 320, "new": 320, "updated": 0, "unchanged": 0,
                   "notModified": 0, "duplicate": 0},
      "sidebarItems": 103,
      "blocked": {"challenge": 2, "403": 1},  # by reason
      "retries": 3,
      "errors": {"http_500": 1, "timeout": 0},   # by kind
      "dropped": {"validation/articleBody": 0},   # dropped records by reason
      "dates": {"parsed": 700, "rejected": 0},
      "coverage": {"headline": 1.0, "authors": 0.74, "datePublished": 1.0,
                   "dateModified": 0.2, "articleBody": 1.0, "dateline": 0.6,
                   "mainImage": 0.9},                # share of exported articles
      "freshness": {"count": 320, "medianSeconds": 4.1e7, "p90Seconds": 4.6e7},
      "exports": {"articles": {"path": "...", "records": 320},
                  "sidebar": {"path": "...", "records": 103}}
    }

A run that could not commit is ``"failed"`` with a ``commit`` failed check. A run killed
before this line was written has no line of its own; the run that settles it lists it
under ``settled``.

``coverage.articleBody`` counts bodies of at least ``NEWSCRAWL_MIN_BODY_WORDS`` (50)
words that are not flagged uncertain (a page's best text when its story container was not
found). ``freshness`` is fetch time minus ``datePublished`` over exported articles.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

RunRecord = dict[str, Any]


def append_run(path: str | Path, record: RunRecord) -> None:
    """Append one run line durably (a single write of a whole line, then fsync)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    with target.open("ab") as file:
        file.write(line)
        file.flush()
        os.fsync(file.fileno())


def read_runs(path: str | Path, site: str | None = None) -> Iterator[RunRecord]:
    """The runs in a run log, oldest first; a torn or foreign line is skipped."""
    target = Path(path)
    if not target.exists():
        return
    with target.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and (site is None or record.get("site") == site):
                yield record
