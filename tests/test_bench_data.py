"""The benchmark sets live in the repository, with their licences, and split by site."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"

#: set → (truth file, licence file, page count)
SETS = {
    "aeb": ("ground-truth.json", "LICENSE", 181),
    "dates": ("index.json", "LICENSE-htmldate", 182),
    "publishers": ("truth.json", "LICENSE-fundus", 234),
}


def _split_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_split", ROOT / "bench" / "split.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_split"] = module
    spec.loader.exec_module(module)
    return module


def _urls(name: str) -> dict[str, str]:
    """``{page_id: url}`` read straight from a set's truth file."""
    truth_file = DATA / name / SETS[name][0]
    truth = json.loads(truth_file.read_text("utf8"))
    if isinstance(truth, list):
        return {page["id"]: page["url"] for page in truth}
    return {pid: entry["url"] for pid, entry in truth.items()}


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_complete_with_licence_readme_and_scorer(name: str, tmp_path: Path) -> None:
    folder = DATA / name
    truth, licence, count = SETS[name]
    for required in (truth, licence, "README.md", "score.py"):
        assert (folder / required).is_file(), f"{folder / required} missing"
    ids = set(_urls(name))
    assert len(ids) == count
    assert {p.name.removesuffix(".html.gz") for p in (folder / "html").glob("*.html.gz")} == ids
    readme = (folder / "README.md").read_text("utf8")
    assert "../" not in readme and "Source:" in readme  # nothing outside the clone
    # The scorer runs from here on an empty prediction: every page counts as missing.
    empty = tmp_path / "none.jsonl"
    empty.write_text("")
    done = subprocess.run(
        [sys.executable, str(folder / "score.py"), str(empty)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1]


def test_dates_set_carries_htmldate_licence_and_notice() -> None:
    licence = (DATA / "dates" / "LICENSE-htmldate").read_text("utf8")
    assert "Apache License" in licence and "Version 2.0" in licence
    notice = (DATA / "dates" / "NOTICE").read_text("utf8")
    assert "adbar/htmldate" in notice and "b8952828" in notice


def test_committed_split_is_what_the_script_makes() -> None:
    split = _split_module()
    assert (DATA / "splits.json").read_text("utf8") == split.make()


@pytest.mark.parametrize("name", sorted(SETS))
def test_split_keeps_each_site_in_one_half(name: str) -> None:
    halves = json.loads((DATA / "splits.json").read_text("utf8"))["sets"][name]
    tune, check = set(halves["tune"]), set(halves["check"])
    urls = _urls(name)
    assert not tune & check
    assert tune | check == set(urls)
    assert abs(len(tune) - len(check)) <= len(urls) // 10
    # A host, with or without "www.", never straddles the halves (a cruder test than the
    # script's registered domains, read here without the script's code).
    host_half: dict[str, str] = {}
    for pid, url in urls.items():
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        half = "tune" if pid in tune else "check"
        assert host_half.setdefault(host, half) == half, f"{host} is in both halves"
    if name == "publishers":
        truth = json.loads((DATA / name / "truth.json").read_text("utf8"))
        publisher_half: dict[str, str] = {}
        for pid, entry in truth.items():
            half = "tune" if pid in tune else "check"
            assert publisher_half.setdefault(entry["publisher"], half) == half


def test_split_does_not_depend_on_page_order() -> None:
    split = _split_module()
    keys = split.pages("publishers")
    items = list(keys.items())
    random.Random(7).shuffle(items)
    assert split.split(dict(items)) == split.split(keys)
    assert split.load_split("publishers", "tune") == set(split.split(keys)["tune"])


def test_split_groups_subdomains_of_one_site() -> None:
    split = _split_module()
    assert split.site_of("https://news.bbc.co.uk/a") == split.site_of("https://www.bbc.co.uk/")
    keys = {"a": ["x.com"], "b": ["y.com", "publisher:P"], "c": ["publisher:P"], "d": ["z.com"]}
    grouped = split.sites(keys)
    assert sorted(grouped.values()) == [["a"], ["b", "c"], ["d"]]


def test_nothing_in_the_project_refers_to_shared() -> None:
    """A user's clone has only the project: no benchmark folder beside it."""
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    texts = [
        ROOT / path
        for path in tracked
        if path.endswith((".py", ".toml", ".md", ".sh", ".cfg", ".txt", ".json"))
        or path.startswith((".ci/", "scripts/"))
    ]
    assert len(texts) > 50
    word = "sha" + "red"  # spelled apart so that this file does not match itself
    offenders = [
        str(path.relative_to(ROOT))
        for path in texts
        if path.is_file()
        and any(
            needle in path.read_text("utf8", errors="replace")
            for needle in (f"../{word}", f"{word}/benchmarks", f'"{word}"')
        )
    ]
    assert offenders == []
