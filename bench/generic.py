"""Generic body extraction vs trafilatura.extract on the Article Extraction Benchmark.

    python bench/generic.py [--repeats 3] [--out DIR] [--no-trafilatura]

Both sides get each page's bytes in memory. Ours decodes and parses them
(``newscrawl.extraction.html.selector``) and runs ``extract_body``; trafilatura gets the
same bytes with default settings. Timed runs alternate between the two; the best of the
repeats counts. Both outputs are written as ``{page_id: {"articleBody"}}`` and scored
with the benchmark's ``score.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.extraction.generic_body import extract_body  # noqa: E402
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402

AEB = ROOT / "bench" / "data" / "aeb"


def load_pages(aeb: Path = AEB) -> dict[str, tuple[str, bytes]]:
    """``{page_id: (url, html bytes)}`` of the benchmark pages."""
    truth = json.loads((aeb / "ground-truth.json").read_text("utf8"))
    pages = {}
    for path in sorted((aeb / "html").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        pages[page_id] = (
            truth.get(page_id, {}).get("url", ""),
            gzip.decompress(path.read_bytes()),
        )
    return pages


def ours(url: str, data: bytes) -> str:
    """Our article body of one page ("" when the page is not HTML)."""
    try:
        root = selector(data).root
    except NotHTMLError:
        return ""
    return extract_body(root, url).body.body


def theirs(url: str, data: bytes) -> str:
    """trafilatura's article body of one page, default settings."""
    import trafilatura  # noqa: PLC0415 - the baseline, costly to import

    return trafilatura.extract(data) or ""


def run(
    extract: Callable[[str, bytes], str], pages: dict[str, tuple[str, bytes]]
) -> tuple[float, dict[str, dict[str, str]]]:
    """Seconds taken and the outputs of one pass over the pages."""
    out = {}
    begin = time.perf_counter()
    for page_id, (url, data) in pages.items():
        out[page_id] = {"articleBody": extract(url, data)}
    return time.perf_counter() - begin, out


def score(path: Path, aeb: Path = AEB, per_page: bool = False) -> str:
    """The benchmark scorer's output for one prediction file."""
    cmd = [sys.executable, str(aeb / "score.py"), str(path)]
    if per_page:
        cmd.append("--per-page")
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3, help="alternating timed passes")
    parser.add_argument("--out", type=Path, default=None, help="where the outputs go")
    parser.add_argument("--no-trafilatura", action="store_true", help="ours only")
    parser.add_argument("--per-page", action="store_true", help="our per-page F1, worst first")
    args = parser.parse_args()

    pages = load_pages()
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="aeb-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    sides: dict[str, Callable[[str, bytes], str]] = {"ours": ours}
    if not args.no_trafilatura:
        sides["trafilatura"] = theirs
    best: dict[str, float] = {}
    outputs: dict[str, dict[str, dict[str, str]]] = {}
    for _ in range(args.repeats):
        for name, extract in sides.items():
            seconds, outputs[name] = run(extract, pages)
            best[name] = min(best.get(name, seconds), seconds)
    n = len(pages)
    for name in sides:
        path = out_dir / f"{name}.json"
        path.write_text(json.dumps(outputs[name], ensure_ascii=False), "utf8")
        result = score(path, per_page=args.per_page and name == "ours")
        summary = result.strip().splitlines()[-1]
        if args.per_page and name == "ours":
            print(result)
        print(f"{name:12s} {n / best[name]:7.1f} pages/s  {summary}  ({path})")
    if "trafilatura" in best:
        print(f"speed ratio ours/trafilatura: {best['trafilatura'] / best['ours']:.2f}x")


if __name__ == "__main__":
    main()
