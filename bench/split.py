"""A fixed split of each benchmark set by site: a ``tune`` half and a ``check`` half.

    python bench/split.py            # rewrites bench/data/splits.json
    python bench/split.py --check    # exit 1 when the committed file is not what this makes

Rules tuned on some pages of a site fit that site's template, so a half measured after
tuning must hold none of its pages: every page of one site goes into the same half. A site
is the registered domain of the page URL (``news.bbc.co.uk`` and ``www.bbc.co.uk`` are
``bbc.co.uk``; the Public Suffix List snapshot bundled with tldextract, no network); in the
``publishers`` set, pages of one Fundus publisher are one site too, whatever their hosts.
Sites are shuffled with a fixed seed and each goes to the half with fewer pages so far, so
the halves hold about the same number of pages. Page ids are those of each set's truth
file: ``aeb`` ground-truth.json keys, ``dates`` index.json ids, ``publishers`` truth.json
keys.

``load_split(name, half)`` gives the page ids of one half to a bench script.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from tldextract import TLDExtract

DATA = Path(__file__).resolve().parent / "data"
SPLITS = DATA / "splits.json"
SEED = 20261202
HALVES = ("tune", "check")

#: Offline: the bundled suffix list only, no fetch and no cache on disk.
_DOMAINS = TLDExtract(suffix_list_urls=(), cache_dir=None)


def site_of(url: str) -> str:
    """The registered domain of a URL (its host when the host has none, e.g. an IP)."""
    parts = _DOMAINS(url)
    return parts.top_domain_under_public_suffix or parts.fqdn or url


def pages(name: str, data: Path = DATA) -> dict[str, list[str]]:
    """``{page_id: [site keys]}`` of one set; pages sharing any key share a site."""
    folder = data / name
    if name == "aeb":
        truth = json.loads((folder / "ground-truth.json").read_text("utf8"))
        return {pid: [site_of(entry["url"])] for pid, entry in truth.items()}
    if name == "dates":
        index = json.loads((folder / "index.json").read_text("utf8"))
        return {page["id"]: [site_of(page["url"])] for page in index}
    if name == "publishers":
        truth = json.loads((folder / "truth.json").read_text("utf8"))
        return {
            pid: [site_of(entry["url"]), f"publisher:{entry['publisher']}"]
            for pid, entry in truth.items()
        }
    raise ValueError(f"unknown benchmark set {name!r}")


def sites(keys: dict[str, list[str]]) -> dict[str, list[str]]:
    """Pages grouped into sites: the connected groups of pages that share a key."""
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        while parent.setdefault(item, item) != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for pid, page_keys in keys.items():
        for key in page_keys:  # tagged: a page id never meets a site key of the same text
            parent[find("page " + pid)] = find("key " + key)
    groups: dict[str, list[str]] = defaultdict(list)
    for pid in keys:
        groups[find("page " + pid)].append(pid)
    # Name each site by its smallest key, so the names do not depend on union order.
    named = {}
    for members in groups.values():
        name = min(k for pid in members for k in keys[pid])
        named[name] = sorted(members)
    return named


def split(keys: dict[str, list[str]], seed: int = SEED) -> dict[str, list[str]]:
    """``{"tune": ids, "check": ids}``: whole sites, shuffled, each to the smaller half."""
    grouped = sites(keys)
    order = sorted(grouped)
    random.Random(seed).shuffle(order)
    halves: dict[str, list[str]] = {half: [] for half in HALVES}
    for site in order:
        smaller = min(HALVES, key=lambda half: len(halves[half]))  # ties: "tune"
        halves[smaller].extend(grouped[site])
    return {half: sorted(ids) for half, ids in halves.items()}


def make(names: Iterable[str] = ("aeb", "dates", "publishers"), data: Path = DATA) -> str:
    """The text of splits.json."""
    body = {
        "seed": SEED,
        "rule": "by site (registered domain; Fundus publisher), see bench/split.py",
        "sets": {name: split(pages(name, data)) for name in names},
    }
    return json.dumps(body, indent=1, sort_keys=True) + "\n"


def load_split(name: str, half: str, path: Path = SPLITS) -> set[str]:
    """The page ids of one half (``tune`` or ``check``) of one set."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}, not {half!r}")
    return set(json.loads(path.read_text("utf8"))["sets"][name][half])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = make()
    if args.check:
        if not SPLITS.exists() or SPLITS.read_text("utf8") != text:
            print(f"{SPLITS} is stale: run python bench/split.py", file=sys.stderr)
            return 1
        print(f"{SPLITS}: up to date")
        return 0
    SPLITS.write_text(text, "utf8")
    counts = json.loads(text)["sets"]
    for name, halves in counts.items():
        print(f"{name}: " + ", ".join(f"{h} {len(ids)}" for h, ids in halves.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
