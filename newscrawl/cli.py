"""``newscrawl``: offline extraction and splitting, fixtures, the demo."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from newscrawl.crawl import crawl, sample_record
from newscrawl.dashboard import write_report
from newscrawl.demo.server import DemoSite
from newscrawl.demo.sitegen import generate
from newscrawl.extraction.failure import describe
from newscrawl.fixtures import regenerate
from newscrawl.offline import (
    OfflineRun,
    PageError,
    Records,
    Source,
    extract_page,
    parse_time,
    read_manifest,
    split_page,
)
from newscrawl.progress import Progress
from newscrawl.sites import profile_for_url


def _sources(args: argparse.Namespace) -> list[Source]:
    fetched = parse_time(args.fetched_at) if args.fetched_at else None
    if getattr(args, "manifest", None):
        return list(read_manifest(Path(args.manifest)))
    if args.url and len(args.files) > 1:
        raise SystemExit("newscrawl: --url names one page; use --manifest for many")
    return [Source(Path(f), args.url, fetched) for f in args.files]


def _run(sources: Sequence[Source], out: Path, make: Callable[[Source], Records]) -> int:
    done = 0
    with OfflineRun(out) as run, Progress(len(sources), "pages") as progress:
        for source in sources:
            progress.advance()
            try:
                article, teasers = make(source)
                run.export([article, *teasers])
            except PageError as exc:
                progress.note(f"newscrawl: {source.path}: {exc}")
                run.stats.inc_value("newscrawl/pages/failed")
                continue
            except OSError:
                raise  # the output cannot be written: no page will be, stop here
            except Exception as exc:  # a page that breaks an extractor costs that page only
                progress.note(f"newscrawl: {source.path}: extraction failed: {describe(exc)}")
                run.stats.inc_value("newscrawl/errors/extraction")
                continue
            done += 1
    counts = ", ".join(f"{n} {cls.__name__}" for cls, n in run.counts.items())
    print(
        f"{done}/{len(sources)} pages → {counts}: {out}/articles.jsonl, {out}/sidebar.jsonl",
        file=sys.stderr,
    )
    return 0 if done or not sources else 1


def cmd_extract(args: argparse.Namespace) -> int:
    sources = _sources(args)
    return _run(sources, Path(args.out), lambda s: extract_page(s, args.site))


def cmd_split(args: argparse.Namespace) -> int:
    sources = _sources(args)
    return _run(sources, Path(args.out), lambda s: split_page(s, args.site))


def cmd_fixtures(args: argparse.Namespace) -> int:
    for path in regenerate(Path(args.root)):
        print(path)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled demo site on 127.0.0.1 and crawl it with the production spider."""
    root = Path(args.site)
    if not args.keep:
        shutil.rmtree(args.out, ignore_errors=True)  # a fresh demo; --keep: a second run
    with tempfile.TemporaryDirectory() as tmp:
        if not (root / "site.json").exists():
            # Outside a clone: the generator makes the same site.
            root = Path(tmp) / "site"
            generate(root, edition=1)
        with DemoSite(root) as site:
            base = site.start()
            print(f"demo site: {base} (edition 1, {root})", file=sys.stderr)
            settings = {"NEWSCRAWL_OUTPUT_DIR": args.out, "LOG_LEVEL": args.log_level}
            summary = crawl("dawn", settings=settings, base_url=base)
    print(summary.text())
    if summary.files.get("articles"):
        print("\nsample article:")
        print(sample_record(summary.files["articles"]))
    return 0 if summary.stats.get("finish_reason") == "finished" else 1


def cmd_report(args: argparse.Namespace) -> int:
    """The run log as a self-contained HTML report."""
    runlog = Path(args.runs)
    if not runlog.exists():
        print(f"newscrawl: no run log at {runlog}", file=sys.stderr)
        return 1
    with Progress(None, "runs read") as progress:
        count = write_report(runlog, Path(args.out), progress=progress)
    print(f"{count} runs → {args.out}", file=sys.stderr)
    return 0


def _pairs(values: list[str], flag: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep:
            raise SystemExit(f"newscrawl: {flag} takes NAME=VALUE, not {value!r}")
        pairs[key] = rest
    return pairs


def cmd_crawl(args: argparse.Namespace) -> int:
    """``scrapy crawl`` from anywhere: 0 ok, 2 when the run's checks failed."""
    settings: dict[str, object] = {"LOG_LEVEL": args.log_level, **_pairs(args.set, "-s")}
    spider, spider_args = args.spider, _pairs(args.arg, "-a")
    if spider.startswith(("http://", "https://")):
        # URLs: the site's profile spider when it has one, else the generic spider.
        profile = profile_for_url(spider)
        if profile is not None:
            spider, spider_args = profile.name, {"start_urls": args.spider, **spider_args}
        else:
            spider, spider_args = "generic", {"start": args.spider, **spider_args}
    summary = crawl(spider, settings=settings, **spider_args)
    print(summary.text())
    failed = summary.stats.get("newscrawl/monitors/failed_checks") or []
    for check in failed:
        print(f"FAILED CHECK {check['name']}: {check['message']}", file=sys.stderr)
    return 2 if failed else 0


def _page_args(parser: argparse.ArgumentParser, site_default: str | None) -> None:
    parser.add_argument("--site", default=site_default, help="site profile name")
    parser.add_argument("--url", help="URL the page was fetched from (default: file:// URI)")
    parser.add_argument("--fetched-at", help="ISO 8601 fetch time (default: file mtime)")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("files", nargs="*", help="input files")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newscrawl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="saved HTML pages → articles/sidebar JSONL")
    _page_args(extract, "auto")
    extract.add_argument("--manifest", help='JSONL of {"path", "url", "fetchedAt"} lines')
    extract.set_defaults(func=cmd_extract)
    split = sub.add_parser("split", help="flattened page text → articles/sidebar JSONL")
    _page_args(split, None)
    split.set_defaults(func=cmd_split)
    crawl_cmd = sub.add_parser("crawl", help="crawl a site (like scrapy crawl), with a summary")
    crawl_cmd.add_argument(
        "spider", help="spider name (dawn, generic) or start URL(s), comma-separated"
    )
    crawl_cmd.add_argument(
        "-a",
        dest="arg",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="spider argument (base_url, urls, since, until, …)",
    )
    crawl_cmd.add_argument(
        "-s", dest="set", action="append", default=[], metavar="NAME=VALUE", help="Scrapy setting"
    )
    crawl_cmd.add_argument("--log-level", default="WARNING")
    crawl_cmd.set_defaults(func=cmd_crawl)
    report = sub.add_parser("report", help="run log → self-contained HTML report")
    report.add_argument(
        "--runs",
        default="output/runs.jsonl",
        metavar="RUNLOG",
        help="run log (default: output/runs.jsonl)",
    )
    report.add_argument("--out", required=True, help="HTML file to write")
    report.set_defaults(func=cmd_report)
    fixtures = sub.add_parser("fixtures", help="fixture tools")
    fixtures.add_argument("action", choices=["regen"])
    fixtures.add_argument("--root", default="fixtures")
    fixtures.set_defaults(func=cmd_fixtures)
    demo = sub.add_parser("demo", help="crawl the bundled demo site on 127.0.0.1")
    demo.add_argument("--site", default="fixtures/site/edition1", help="demo site folder")
    demo.add_argument("--out", default="output/demo", help="export folder")
    demo.add_argument("--log-level", default="WARNING")
    demo.add_argument(
        "--keep",
        action="store_true",
        help="keep earlier demo exports and state: an incremental second run",
    )
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "files", None) == [] and not getattr(args, "manifest", None):
        build_parser().error("give FILE arguments or --manifest")
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
