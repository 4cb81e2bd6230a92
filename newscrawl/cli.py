"""``newscrawl``: offline extraction and splitting, fixtures, the demo."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from newscrawl.fixtures import iter_cases, regenerate
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


def _sources(args: argparse.Namespace) -> list[Source]:
    fetched = parse_time(args.fetched_at) if args.fetched_at else None
    if getattr(args, "manifest", None):
        return list(read_manifest(Path(args.manifest)))
    if args.url and len(args.files) > 1:
        raise SystemExit("newscrawl: --url names one page; use --manifest for many")
    return [Source(Path(f), args.url, fetched) for f in args.files]


def _run(sources: Sequence[Source], out: Path, make: Callable[[Source], Records]) -> int:
    done = 0
    with OfflineRun(out) as run:
        for source in sources:
            try:
                article, teasers = make(source)
            except PageError as exc:
                print(f"newscrawl: {source.path}: {exc}", file=sys.stderr)
                run.stats.inc_value("newscrawl/pages/failed")
                continue
            run.export([article, *teasers])
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
    """Offline extraction of the bundled Dawn fixture pages (a crawl demo comes later)."""
    cases = [c for c in iter_cases(Path(args.fixtures)) if not c.is_text]
    sources = [Source(c.page, c.meta["url"], parse_time(c.meta["fetched_at"])) for c in cases]
    out = Path(args.out)
    status = _run(sources, out, lambda s: extract_page(s, "auto"))
    first = (out / "articles.jsonl").read_text("utf-8").splitlines()[:1]
    if first:
        record = json.loads(first[0])
        record["articleBody"] = record["articleBody"][:300] + "…"
        print(json.dumps(record, ensure_ascii=False, indent=2))
    return status


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
    fixtures = sub.add_parser("fixtures", help="fixture tools")
    fixtures.add_argument("action", choices=["regen"])
    fixtures.add_argument("--root", default="fixtures")
    fixtures.set_defaults(func=cmd_fixtures)
    demo = sub.add_parser("demo", help="extract the bundled fixture pages offline")
    demo.add_argument("--fixtures", default="fixtures")
    demo.add_argument("--out", default="output/demo")
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "files", None) == [] and not getattr(args, "manifest", None):
        build_parser().error("give FILE arguments or --manifest")
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
