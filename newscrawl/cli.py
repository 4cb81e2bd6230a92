"""newscrawl: offline extraction and splitting, crawls, reports, fixtures, the demo."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from scrapy.spiderloader import get_spider_loader

from newscrawl.cluster.commands import add_commands as add_cluster_commands
from newscrawl.commands.crawl import (
    UnknownSpider,
    add_spider_options,
    check_spider,
    name_values,
)
from newscrawl.crawl import crawl, failure_line, sample_record
from newscrawl.demo.server import DemoSite
from newscrawl.demo.sitegen import generate, trap_notice
from newscrawl.extraction.failure import describe
from newscrawl.extraction.page import body_second_opinion, body_uncertain
from newscrawl.fixtures import FixtureError, regenerate
from newscrawl.manifest import URL_SCHEMES, ManifestError, read_manifest
from newscrawl.monitoring.dashboard import find_runlog, write_report
from newscrawl.offline import (
    OfflineRun,
    PageError,
    Records,
    Source,
    extract_page,
    parse_time,
    project_settings,
    split_page,
)
from newscrawl.progress import Progress
from newscrawl.sites import PROFILES, check_url, get_profile, profile_for_url
from newscrawl.spiders.base import SpiderArgumentError

#: The demo site of a clone (outside one, the generator makes the same site).
DEMO_SITE = "fixtures/site/edition1"

#: Exit statuses: the command line is malformed (checked before any file is touched) …
USAGE = 2
#: … or a file it names cannot be read or written, or nothing could be processed.
FAILED = 1


class CommandError(Exception):
    """A command that cannot go on: one line for stderr, and the exit status."""

    def __init__(self, message: str, status: int = FAILED) -> None:
        super().__init__(message)
        self.status = status


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _sources(args: argparse.Namespace) -> tuple[list[Source], list[str]]:
    """The pages to process, and one problem line per bad manifest line."""
    fetched = args.fetched_at
    if getattr(args, "manifest", None):
        if args.files:
            raise CommandError("give FILE arguments or --manifest, not both", USAGE)
        if args.url:
            raise CommandError("--url names one page; a manifest gives each page's url", USAGE)
        try:
            manifest = read_manifest(Path(args.manifest), fetched)
        except ManifestError as exc:
            raise CommandError(f"--manifest: {exc}") from None
        return manifest.sources, manifest.problems
    if not args.files:
        more = " or --manifest" if hasattr(args, "manifest") else ""
        raise CommandError(f"give FILE arguments{more}", USAGE)
    if args.url and len(args.files) > 1:
        raise CommandError("--url names one page; use --manifest for many", USAGE)
    return [Source(Path(f), args.url, fetched) for f in args.files], []


def _open_run(out: Path) -> OfflineRun:
    """The offline run writing into *out*, or one line saying why it cannot."""
    if out.exists() and not out.is_dir():
        raise CommandError(f"--out {out}: exists and is not a folder")
    for name in ("articles.jsonl", "sidebar.jsonl"):
        if (out / name).is_dir():
            raise CommandError(f"--out {out}: {name} in it is a folder")
    try:
        return OfflineRun(out)
    except OSError as exc:
        raise CommandError(f"--out {out}: cannot write there ({_reason(exc)})") from None


def _run(
    sources: Sequence[Source],
    out: Path,
    make: Callable[[Source], Records],
    problems: Sequence[str] = (),
) -> int:
    for problem in problems:  # bad manifest lines: each costs its line only
        print(f"newscrawl: {problem}", file=sys.stderr)
    done, total, uncertain = 0, len(sources) + len(problems), 0
    run = _open_run(out)
    try:
        with run, Progress(len(sources), "pages") as progress:
            for source in sources:
                progress.advance()
                try:
                    article, teasers = make(source)
                    if run.export([article, *teasers]):
                        if body_uncertain(article):
                            run.stats.inc_value("newscrawl/articles/body_uncertain")
                            uncertain += 1
                        if body_second_opinion(article):
                            run.stats.inc_value("newscrawl/articles/body_second_opinion")
                except PageError as exc:
                    progress.note(f"newscrawl: {source.label}: {exc}")
                    run.stats.inc_value("newscrawl/pages/failed")
                    continue
                except OSError:
                    raise  # the output cannot be written: no page will be, stop here
                except Exception as exc:  # a page that breaks an extractor costs that page only
                    progress.note(f"newscrawl: {source.label}: extraction failed: {describe(exc)}")
                    run.stats.inc_value("newscrawl/errors/extraction")
                    continue
                done += 1
    except OSError as exc:
        run.abort()  # no half-written export left behind
        raise CommandError(f"--out {out}: cannot write the exports ({_reason(exc)})") from None
    counts = ", ".join(f"{n} {cls.__name__}" for cls, n in run.counts.items())
    if uncertain:  # said apart: such a body is the page's best text, not a found story
        counts += f" ({uncertain} with an uncertain body)"
    print(
        f"{done}/{total} pages → {counts}: {out}/articles.jsonl, {out}/sidebar.jsonl",
        file=sys.stderr,
    )
    return 0 if done or not total else FAILED


def cmd_extract(args: argparse.Namespace) -> int:
    sources, problems = _sources(args)
    return _run(sources, Path(args.out), lambda s: extract_page(s, args.site), problems)


def cmd_split(args: argparse.Namespace) -> int:
    sources, problems = _sources(args)
    return _run(sources, Path(args.out), lambda s: split_page(s, args.site), problems)


def cmd_fixtures(args: argparse.Namespace) -> int:
    root = Path(args.root)
    if not root.is_dir():
        raise CommandError(f"--root {root}: no such folder")
    try:
        written = regenerate(root)
    except FixtureError as exc:
        raise CommandError(str(exc)) from None
    if not written:
        raise CommandError(f"--root {root}: no fixture cases (<site>/<case>/meta.json) in it")
    for path in written:
        print(path)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled demo site on 127.0.0.1 and crawl it with the production spider."""
    if args.site is not None and not (Path(args.site) / "site.json").is_file():
        raise CommandError(f"--site {args.site}: not a demo site folder (no site.json in it)")
    root, out = Path(args.site or DEMO_SITE), Path(args.out)
    if out.exists() and not _demo_output(out):
        raise CommandError(f"--out {out}: not a demo output folder (a fresh demo empties it)")
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
            print(trap_notice(), file=sys.stderr)
            settings = {"NEWSCRAWL_OUTPUT_DIR": args.out, "LOG_LEVEL": args.log_level}
            summary = crawl("dawn", settings=settings, base_url=base)
    print(summary.text())
    if summary.files.get("articles"):
        print("\nsample article:")
        print(sample_record(summary.files["articles"]))
    return 0 if summary.stats.get("finish_reason") == "finished" else 1


def _demo_output(out: Path) -> bool:
    """True for a folder a demo may empty: an empty one or an earlier demo's (never
    ``--out ~``)."""
    if not out.is_dir():
        return False
    return not any(out.iterdir()) or (out / "dawn").is_dir() or (out / "runs.jsonl").is_file()


def _check_runlog(runlog: Path) -> None:
    """Refuse a run log that is a folder, unreadable, binary or holds no run."""
    if runlog.is_dir():
        raise CommandError(f"--runs {runlog}: a folder, not a run log")
    try:
        data = runlog.read_bytes()
    except OSError as exc:
        raise CommandError(f"--runs {runlog}: cannot read ({_reason(exc)})") from None
    try:
        lines = [line for line in data.decode("utf-8").splitlines() if line.strip()]
    except UnicodeDecodeError:
        raise CommandError(f"--runs {runlog}: a binary file, not a run log") from None
    if lines and not any(_is_object(line) for line in lines):
        raise CommandError(f"--runs {runlog}: no run in it (not a JSONL run log)")


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def cmd_report(args: argparse.Namespace) -> int:
    """The run log as a self-contained HTML report."""
    runlog = Path(args.runs) if args.runs else find_runlog()
    if runlog is None:
        print(
            "newscrawl: no run log under output/ (runs.jsonl, */runs.jsonl): "
            "run a crawl or newscrawl demo first, or give --runs RUNLOG",
            file=sys.stderr,
        )
        return 1
    if not runlog.exists():
        print(f"newscrawl: no run log at {runlog}", file=sys.stderr)
        return 1
    _check_runlog(runlog)
    out = Path(args.out)
    if out.is_dir():
        raise CommandError(f"--out {out}: a folder; give the HTML file to write")
    try:
        with Progress(None, "runs read") as progress:
            count = write_report(runlog, out, progress=progress)
    except OSError as exc:
        raise CommandError(f"--out {out}: cannot write there ({_reason(exc)})") from None
    print(f"{count} run{'' if count == 1 else 's'} from {runlog} → {args.out}", file=sys.stderr)
    return 0


def _pairs(values: list[str], flag: str) -> dict[str, str]:
    try:
        return name_values(values, flag)
    except ValueError as exc:
        raise CommandError(str(exc), USAGE) from None


def _check_spider(spider: str, spider_args: dict[str, str]) -> None:
    """Refuse an unknown spider or arguments it cannot start with, before crawling."""
    try:
        check_spider(get_spider_loader(project_settings()), spider, spider_args)
    except UnknownSpider as exc:
        raise CommandError(f"{exc} (or start URLs: http(s)://…)", USAGE) from None
    except SpiderArgumentError as exc:
        raise CommandError(str(exc), exc.status) from None


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
    _check_spider(spider, spider_args)
    summary = crawl(spider, settings=settings, **spider_args)
    if summary.refused:  # it said why in one line (another crawl of the site is running…)
        return 1
    line = failure_line(summary.stats)
    if line:
        print(line, file=sys.stderr)
        return 1
    failed = summary.stats.get("newscrawl/monitors/failed_checks") or []
    if [check for check in failed if check["name"] == "state"]:
        # Refused before its first request (state store or run lock): the log said why,
        # in one line; exit 1 as scrapy crawl does, with no summary of a crawl not run.
        if args.log_level == "CRITICAL":
            print(failed[0]["message"], file=sys.stderr)
        return 1
    print(summary.text())
    for check in failed:
        print(f"FAILED CHECK {check['name']}: {check['message']}", file=sys.stderr)
    return 2 if failed else 0


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors in one line (no usage block), exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _time_arg(value: str) -> object:
    try:
        return parse_time(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _url_arg(value: str) -> str:
    try:
        return check_url(value, URL_SCHEMES)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r}: {exc}") from None


def _zones() -> str:
    return ", ".join(f"{name}: {get_profile(name).timezone}" for name in sorted(PROFILES))


def _page_args(parser: argparse.ArgumentParser, site_help: str) -> None:
    sites = ["auto", "generic", *sorted(PROFILES)]
    parser.add_argument("--site", default="auto", choices=sites, metavar="SITE", help=site_help)
    parser.add_argument(
        "--url", type=_url_arg, help="URL the page was fetched from (default: its file:// URI)"
    )
    parser.add_argument(
        "--fetched-at",
        type=_time_arg,
        metavar="ISO",
        help="fetch time, ISO 8601 such as 2025-06-20T12:00:00Z; without an offset, UTC "
        "(default: the file's modification time)",
    )
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="output folder for articles.jsonl and "
        "sidebar.jsonl (created if missing)"
    )  # fmt: skip


def _log_level(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--log-level",
        default="WARNING",
        type=str.upper,
        choices=["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"],
        metavar="LEVEL",
        help="Scrapy log level: %(choices)s (default: %(default)s)",
    )


EPILOG = """exit status: 0 done; 1 a file could not be read or written, or nothing could be
processed (crawl: the crawl did not start); 2 the command line is malformed (crawl: also
when the run's checks failed). Every refusal is one line on stderr."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newscrawl",
        description=__doc__,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=summary, description=summary)

    extract = command("extract", "saved HTML pages → articles.jsonl and sidebar.jsonl")
    _page_args(
        extract,
        "site profile: %(choices)s; auto picks the profile owning the URL or matching the "
        "page, else generic (default: %(default)s)",
    )
    extract.add_argument(
        "--manifest",
        metavar="FILE",
        help='JSONL of {"path", "url", "fetchedAt"} lines (paths relative to it), '
        "instead of FILE arguments",
    )
    extract.add_argument("files", nargs="*", metavar="FILE", help="saved page (.html, .html.gz)")
    extract.set_defaults(func=cmd_extract)
    split = command("split", "flattened page text → articles.jsonl and sidebar.jsonl")
    _page_args(
        split,
        "site profile whose vocabulary and time zone apply: %(choices)s; auto picks the "
        "profile owning --url, else generic (default: %(default)s). Dates without an "
        f"offset are taken in the profile's zone ({_zones()}); generic: UTC",
    )
    split.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text file (not HTML)")
    split.set_defaults(func=cmd_split)
    crawl_cmd = command("crawl", "crawl a site like scrapy crawl, then print a summary")
    crawl_cmd.add_argument(
        "spider",
        metavar="SPIDER|URL",
        help="spider name (dawn, generic) or start URL(s), comma-separated",
    )
    add_spider_options(
        crawl_cmd, "spider argument (base_url, urls, since, until, start …)", "Scrapy setting"
    )
    _log_level(crawl_cmd)
    crawl_cmd.set_defaults(func=cmd_crawl)
    report = command("report", "run log → self-contained HTML report")
    report.add_argument(
        "--runs",
        metavar="RUNLOG",
        help="run log (default: the one written last of output/runs.jsonl, output/*/runs.jsonl)",
    )
    report.add_argument("--out", required=True, metavar="FILE", help="HTML file to write")
    report.set_defaults(func=cmd_report)
    fixtures = command("fixtures", "regenerate the fixture cases' expected.jsonl")
    fixtures.add_argument("action", choices=["regen"], help="regen: rewrite expected.jsonl")
    fixtures.add_argument(
        "--root", default="fixtures", help="fixture folder, <site>/<case>/ (default: %(default)s)"
    )
    fixtures.set_defaults(func=cmd_fixtures)
    demo = command("demo", "crawl the bundled demo site on 127.0.0.1")
    demo.add_argument(
        "--site",
        metavar="FOLDER",
        help=f"demo site folder holding site.json (default: {DEMO_SITE}, generated when "
        "absent); a folder, not a site name",
    )
    demo.add_argument("--out", default="output/demo", help="export folder (default: %(default)s)")
    _log_level(demo)
    demo.add_argument(
        "--keep",
        action="store_true",
        help="keep earlier demo exports and state: an incremental second run",
    )
    demo.set_defaults(func=cmd_demo)
    add_cluster_commands(command)  # newscrawl cluster, newscrawl worker
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except CommandError as exc:
        print(f"newscrawl {args.command}: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:  # Ctrl-C; an offline run has discarded its partial files
        print(f"newscrawl {args.command}: interrupted", file=sys.stderr)
        return _die_by_sigint()


def _die_by_sigint() -> int:
    """End the process by SIGINT itself, as a well-behaved Unix tool does after Ctrl-C, so
    a shell sees status 130 and a calling script stops too.

    Returning 130 is not enough: CPython exits by SIGINT anyway when the interrupt landed
    in code run through a string ``exec`` (a dataclass or named tuple being built), so the
    status would depend on where the key press fell.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    if hasattr(signal, "SIGINT") and hasattr(os, "kill"):
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    return 130


if __name__ == "__main__":
    sys.exit(main())
