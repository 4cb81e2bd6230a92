"""The run-history report: one self-contained HTML page drawn from the run log.

Inline CSS and inline SVG charts made here in Python: no script, no external font, image
or URL (a Content-Security-Policy forbids them), so the file opens offline. Every string
from the run log is HTML-escaped. See :mod:`newscrawl.monitoring.runlog` for the line format.
"""

from __future__ import annotations

import html
import math
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.monitoring.runlog import read_runs
from newscrawl.progress import Progress

TABLE_ROWS = 50
FIELDS: tuple[str, ...] = ("headline", "authors", "datePublished", "dateModified")
FIELDS += ("articleBody", "dateline", "mainImage")  # coverage lines, in this order
KINDS = ("new", "updated", "unchanged")
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf")
RED, GREEN, GREY = "#c62828", "#2e7d32", "#6b7280"
W, H, ML, MR, MT, MB = 560, 236, 56, 14, 18, 40  # chart size and margins (px)
Series = tuple[str, str, Sequence[float | None]]  # name, colour, one value per run

CSS = """
body{font:15px/1.45 system-ui,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;
 max-width:1220px;padding:18px 24px 48px;color:#1d2329;background:#f5f6f8}
h1{font-size:24px;margin:0}h2{font-size:19px;margin:30px 0 10px}.meta,.lk{color:#5b6570}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(370px,1fr));gap:14px}
.card,figure,.empty{background:#fff;border:1px solid #dde1e6;border-radius:6px}
.card{border-left:10px solid var(--c);padding:10px 16px}.card h2{margin:0;font-size:20px}
.card h2 a{color:inherit}.summary{color:#3d4650;font-size:14px}.empty{padding:18px}
.status{font-size:32px;font-weight:800;color:var(--c);letter-spacing:.04em;line-height:1.2}
.checks{margin:6px 0;padding-left:20px}.checks li{margin:3px 0}.checks b{color:#8e1b1b}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:14px}
figure{margin:0;padding:10px 12px}figcaption{font-weight:600;margin-bottom:4px}
svg.chart{display:block;width:100%;max-width:560px;height:auto}
svg text{font-size:11px;fill:#3d4650}.yt{text-anchor:end}.xt{text-anchor:middle}
.grid{stroke:#e6e9ed}.axis{stroke:#7a838c}.failband{fill:#c62828;opacity:.09}
.legend{font-size:13px;color:#3d4650;margin-top:4px}.legend span{margin-right:14px;
 white-space:nowrap}.legend i{display:inline-block;width:11px;height:11px;margin-right:5px;
 border-radius:2px;vertical-align:-1px}.legend i.dot{border-radius:50%}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid #e6e9ed;text-align:left;vertical-align:top;
 white-space:nowrap}th{background:#eef0f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
td.site,td.paths{white-space:normal;overflow-wrap:anywhere;min-width:5em}
td.paths{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
.ok{color:#2e7d32;font-weight:700}.failed{color:#c62828;font-weight:700}
"""
COLUMNS: tuple[str, ...] = ("start (UTC)", "site", "status", "duration", "pages", "articles")
COLUMNS += ("sidebar", "errors", "blocked", "exports")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _get(record: Any, *keys: str) -> Any:
    for key in keys:
        record = record.get(key) if isinstance(record, Mapping) else None
    return record


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _total(value: Any) -> float | None:
    """A count, or the sum of a by-reason mapping (``{"challenge": 2, "403": 1}`` → 3)."""
    if isinstance(value, Mapping):
        return sum(n for n in map(_num, value.values()) if n is not None)
    return _num(value)


def _time(value: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min {int(seconds % 60):02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _count(n: float | None, noun: str) -> str:
    return f"{_fmt(n)} {noun}" if n == 1 else f"{_fmt(n)} {noun}s"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "–"


@dataclass
class _Run:
    """One run-log line; every field is looked up defensively (older lines lack some)."""

    raw: Mapping[str, Any]
    site: str
    start: datetime | None
    status: str

    @classmethod
    def of(cls, r: Mapping[str, Any]) -> _Run:
        site, status = r.get("site") or r.get("spider") or "?", r.get("status") or "unknown"
        return cls(r, str(site), _time(r.get("start")), str(status))

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    def n(self, *keys: str) -> float | None:
        """The number at ``keys``, or the sum of a by-reason mapping there; None if absent."""
        return _total(_get(self.raw, *keys))

    def items(self, key: str) -> list[tuple[str, Any]]:
        """The pairs of the mapping at ``key`` (none if absent or not a mapping)."""
        value = self.raw.get(key)
        return [(str(k), v) for k, v in value.items()] if isinstance(value, Mapping) else []

    def checks(self) -> list[tuple[str, str]]:
        checks = self.raw.get("failedChecks")
        return [
            (str(_get(c, "name") or "check"), str(_get(c, "message") or ""))
            if isinstance(c, Mapping)
            else ("check", str(c))
            for c in (checks if isinstance(checks, list) else [])
        ]


def _ticks(top: float, integer: bool) -> list[float]:
    """0 and about four round steps up to at least ``top``."""
    top = top if top > 0 else 1.0
    raw = top / 4
    mag = 10.0 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw * 0.999)
    if integer:
        step = max(1.0, math.ceil(step))
    return [i * step for i in range(math.ceil(top / step - 1e-9) + 1)]


def _chart(
    caption: str,
    site: str,
    runs: Sequence[_Run],
    series: Sequence[Series],
    *,
    stacked: bool = False,
    top: float | None = None,
    integer: bool = True,
    fmt: Callable[[float], str] = _fmt,
) -> str:
    """A figure: an SVG chart with one x slot per run (ordered by start), stacked bars or
    lines, failed runs marked, then a legend with each series' latest value."""
    label = f"{site}: {caption}"
    n, pw, ph = len(runs), W - ML - MR, H - MT - MB
    band = pw / max(n, 1)
    if top is None:
        values = [v for _, _, vals in series for v in vals if v is not None]
        if stacked:
            values = [sum(vals[i] or 0 for _, _, vals in series) for i in range(n)]
        top = max(values, default=0.0)
    ticks = _ticks(top, integer)

    def x(i: int) -> float:
        return ML + band * (i + 0.5)

    def y(v: float) -> float:
        return MT + ph - min(v, ticks[-1]) / ticks[-1] * ph

    out = [
        f'<svg class="chart" role="img" aria-label="{_e(label)}" viewBox="0 0 {W} {H}" '
        f'width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg"><title>{_e(label)}</title>'
    ]
    for t in ticks:
        out.append(
            f'<line class="grid" x1="{ML}" x2="{W - MR}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>'
            f'<text class="yt" x="{ML - 6}" y="{y(t) + 4:.1f}">{fmt(t)}</text>'
        )
    out.extend(
        f'<rect class="failband" x="{x(i) - min(band, 48) / 2:.1f}" y="{MT}" '
        f'width="{min(band, 48):.1f}" height="{ph}"/>'
        for i, run in enumerate(runs)
        if run.failed
    )
    out.append('<g class="data">')
    base, width = [0.0] * n, min(band * 0.7, 40)
    for name, colour, vals in series:
        if stacked:
            for i, v in enumerate(vals):
                if v:
                    out.append(
                        f'<rect x="{x(i) - width / 2:.1f}" y="{y(base[i] + v):.1f}" '
                        f'width="{width:.1f}" height="{y(base[i]) - y(base[i] + v):.1f}" '
                        f'fill="{colour}"><title>{_e(name)}: {fmt(v)}</title></rect>'
                    )
                    base[i] += v
            continue
        points = [(i, v) for i, v in enumerate(vals) if v is not None]
        path = "".join(
            f"{'L' if i and vals[i - 1] is not None else 'M'}{x(i):.1f},{y(v):.1f}"
            for i, v in points
        )
        out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        out.extend(
            f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="{2.8 if n > 2 else 4}" fill="{colour}">'
            f"<title>{_e(name)}: {fmt(v)}</title></circle>"
            for i, v in points
        )
    out.append("</g>")
    out.extend(
        f'<circle class="fail" cx="{x(i):.1f}" cy="{MT - 9}" r="5" fill="{RED}" '
        f'stroke="#fff"><title>failed run {_e(run.raw.get("runId", ""))}</title></circle>'
        for i, run in enumerate(runs)
        if run.failed
    )
    out.append(
        f'<line class="axis" x1="{ML}" x2="{W - MR}" y1="{MT + ph}" y2="{MT + ph}"/>'
        f'<line class="axis" x1="{ML}" x2="{ML}" y1="{MT}" y2="{MT + ph}"/>'
    )
    step = max(1, math.ceil(n / max(1, pw // 64)))
    for i in range(n - 1, -1, -step):  # the latest run always gets a label
        start = runs[i].start
        if start:
            out.append(
                f'<text class="xt" x="{x(i):.1f}" y="{MT + ph + 16}">{start:%b %d}'
                f'<tspan x="{x(i):.1f}" dy="13">{start:%H:%M}</tspan></text>'
            )
    if not any(v is not None for _, _, vals in series for v in vals):
        out.append(f'<text x="{ML + pw / 2}" y="{MT + ph / 2}" class="xt">no data</text>')
    keys = ['<span class="lk">latest run:</span>']
    for name, colour, vals in series:
        last = next((v for v in reversed(vals) if v is not None), None)
        value = "–" if last is None else fmt(last)
        keys.append(f'<span><i style="background:{colour}"></i>{_e(name)} <b>{value}</b></span>')
    if any(run.failed for run in runs):
        keys.append(f'<span><i class="dot" style="background:{RED}"></i>failed run</span>')
    legend = f'<div class="legend">{"".join(keys)}</div>'
    return f"<figure><figcaption>{_e(caption)}</figcaption>{''.join(out)}</svg>{legend}</figure>"


def _site_charts(site: str, runs: Sequence[_Run]) -> str:
    def pct(share: float | None) -> float | None:
        return None if share is None else 100 * share

    fresh = {q: [r.n("freshness", f"{q}Seconds") for r in runs] for q in ("median", "p90")}
    top = max((v for vals in fresh.values() for v in vals if v is not None), default=0.0)
    unit, per = (
        ("minutes", 60) if top < 7200 else ("hours", 3600) if top < 3 * 86400 else ("days", 86400)
    )
    fields = [f for f in FIELDS if any(r.n("coverage", f) is not None for r in runs)]
    fields += sorted({k for r in runs for k, _ in r.items("coverage")} - set(fields))
    charts: list[tuple[str, list[Series], dict[str, Any]]] = [
        (
            "Articles per run",
            [(k, PALETTE[j], [r.n("articles", k) for r in runs]) for j, k in enumerate(KINDS)],
            {"stacked": True},
        ),
        (
            "Errors and blocked per run",
            [(k, c, [r.n(k) for r in runs]) for k, c in (("errors", RED), ("blocked", "#6a3d9a"))],
            {},
        ),
        (
            "Field coverage per run (%)",
            [
                (f, PALETTE[j % len(PALETTE)], [pct(r.n("coverage", f)) for r in runs])
                for j, f in enumerate(fields)
            ],
            {"top": 100.0, "fmt": lambda v: f"{v:.0f}%"},
        ),
        (
            f"Freshness per run ({unit} since publication)",
            [
                (q, PALETTE[j], [None if v is None else v / per for v in vals])
                for j, (q, vals) in enumerate(fresh.items())
            ],
            {"integer": False, "fmt": lambda v: f"{v:,.2f}".rstrip("0").rstrip(".")},
        ),
    ]
    return "".join(_chart(title, site, runs, series, **opts) for title, series, opts in charts)


def _summary(run: _Run, now: datetime) -> str:
    age = ""
    if run.start:
        hours = (now - run.start).total_seconds() / 3600
        age = f" ({hours:.0f} h ago)" if hours < 48 else f" ({hours / 24:.0f} days ago)"
    return (
        f"{_when(run.start)}{age} · {_duration(run.n('durationSeconds'))} · "
        f"{_count(run.n('pages', 'fetched'), 'page')} · "
        f"{_count(run.n('articles', 'exported'), 'article')} exported · "
        f"{_count(run.n('errors'), 'error')} · {_fmt(run.n('blocked'))} blocked"
    )


def _card(site: str, index: int, run: _Run, now: datetime) -> str:
    colour = {"ok": GREEN, "failed": RED}.get(run.status, GREY)
    if checks := run.checks():
        items = "".join(f"<li><b>{_e(n)}</b>: {_e(m)}</li>" for n, m in checks)
        listed = f'<ul class="checks">{items}</ul>'
    else:
        note = "all checks passed" if run.status == "ok" else "no failed checks recorded"
        listed = f'<p class="checks">{note}</p>'
    return (
        f'<section class="card" style="--c:{colour}"><h2><a href="#site-{index}">{_e(site)}</a>'
        f'</h2><div class="status">{_e(run.status.upper())}</div>{listed}'
        f'<div class="summary">{_summary(run, now)}</div></section>'
    )


def _table(runs: Sequence[_Run]) -> str:
    rows = []
    for r in runs:
        kinds = ", ".join(f"{k} {_fmt(r.n('articles', k))}" for k in KINDS)
        blocked = ", ".join(f"{k}: {v}" for k, v in r.items("blocked"))
        paths = "<br>".join(f"{_e(k)}: {_e(_get(v, 'path') or v)}" for k, v in r.items("exports"))
        cells = [
            r.start.strftime("%Y-%m-%d %H:%M") if r.start else "–",
            f'<td class="site">{_e(r.site)}',
            f'<span class="{_e(r.status)}">{_e(r.status)}</span>',
            f'<td class="n">{_duration(r.n("durationSeconds"))}',
            f'<td class="n">{_fmt(r.n("pages", "fetched"))}',
            f'<td class="n" title="{kinds}">{_fmt(r.n("articles", "exported"))}',
            f'<td class="n">{_fmt(r.n("sidebarItems"))}',
            f'<td class="n">{_fmt(r.n("errors"))}',
            f'<td class="n" title="{_e(blocked)}">{_fmt(r.n("blocked"))}',
            f'<td class="paths">{paths}',
        ]
        rows.append("<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}" for c in cells))
    header = "".join(f"<th>{h}" for h in COLUMNS)
    return f"<table><thead><tr>{header}</thead><tbody>{''.join(rows)}</tbody></table>"


def render_report(
    runs: Sequence[Mapping[str, Any]],
    *,
    title: str = "newscrawl runs",
    generated_at: datetime | None = None,
) -> str:
    """The run history as one self-contained HTML page (inline CSS and SVG, no script).

    Latest status and failed checks per site first (failed sites first), then per-site
    charts over the runs ordered by start, then a table of the latest ``TABLE_ROWS`` runs.
    """
    now = generated_at or datetime.now(UTC)
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    never = datetime.min.replace(tzinfo=UTC)
    parsed = sorted(
        (_Run.of(r) for r in runs if isinstance(r, Mapping)),
        key=lambda r: r.start or never,
    )
    by_site: dict[str, list[_Run]] = {}
    for run in parsed:
        by_site.setdefault(run.site, []).append(run)
    sites = sorted(by_site, key=lambda s: (not by_site[s][-1].failed, s))
    body = [f"<h1>{_e(title)}</h1>"]
    body.append(
        f'<p class="meta">{_count(len(parsed), "run")} of {_count(len(sites), "site")} · '
        f"generated {_when(now)}</p>"
    )
    if not parsed:
        body.append(
            '<p class="empty">No runs yet: the run log is empty. Each crawl appends one '
            "line when it ends; run a crawl, then make this report again.</p>"
        )
    else:
        cards = "".join(_card(s, i, by_site[s][-1], now) for i, s in enumerate(sites))
        body.append(f'<div class="cards">{cards}</div>')
        for i, site in enumerate(sites):
            timed = [r for r in by_site[site] if r.start]
            body.append(f'<h2 id="site-{i}">{_e(site)} · {_count(len(by_site[site]), "run")}</h2>')
            body.append(f'<div class="charts">{_site_charts(site, timed)}</div>')
        latest = parsed[::-1][:TABLE_ROWS]
        body.append(f"<h2>Latest {len(latest)} runs</h2>{_table(latest)}")
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def write_report(runlog: Path, out: Path, *, progress: Progress | None = None) -> int:
    """Render the run log at ``runlog`` to ``out`` atomically; return the number of runs.

    ``progress``, if given, advances once per run read.
    """
    runs = []
    for run in read_runs(runlog):
        runs.append(run)
        if progress is not None:
            progress.advance()
    page = render_report(runs).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(page)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(runs)


def find_runlog(output: Path = Path("output")) -> Path | None:
    """The run log written last under ``output``: ``runs.jsonl`` or ``<folder>/runs.jsonl``.

    A crawl writes ``<NEWSCRAWL_OUTPUT_DIR>/runs.jsonl``: ``output/runs.jsonl`` by default,
    ``output/demo/runs.jsonl`` for ``newscrawl demo``, whose runs of a site on 127.0.0.1
    must not join the real site's history (its volume check compares with earlier runs).
    So ``newscrawl report`` without ``--runs`` reports on whichever was written last.
    """
    logs = [output / "runs.jsonl", *sorted(output.glob("*/runs.jsonl"))]
    found = [log for log in logs if log.is_file()]
    return max(found, key=lambda log: log.stat().st_mtime_ns) if found else None
