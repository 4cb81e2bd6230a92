"""Bad options and inputs through the real CLI: one line naming the problem, never a
traceback, and the exit status the help promises (2: malformed command line; 1: a file
cannot be read or written, or nothing could be processed)."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import scrapy

from newscrawl.cli import main as cli_main
from newscrawl.commands.crawl import name_values
from newscrawl.feeds import uri_params
from newscrawl.offline import is_markup
from newscrawl.sites import check_url, safe_site_name, spider_site
from newscrawl.spiders.base import SpiderArgumentError
from newscrawl.spiders.dawn import DawnSpider
from newscrawl.spiders.generic import GenericSpider

from .conftest import FIXTURES, ROOT

PAGE = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"
TEXT = FIXTURES / "text" / "seed-dawn-mqm" / "page.txt"
URL = "https://www.dawn.com/news/1137956/mqm-calls-upon-british-govt-to-provide-maximum-security-to-altaf"


def run(*args: str, module: str = "newscrawl.cli") -> subprocess.CompletedProcess[str]:
    """The command as a user runs it, from the repository root (its code comes first)."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def refusal(result: subprocess.CompletedProcess[str], status: int, *words: str) -> str:
    """The one stderr line of a refused command, checked: status, no traceback, words."""
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert result.returncode == status, result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def page_failure(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """A batch whose only page was refused: its line names the file and the problem, the
    summary line follows, exit status 1, no traceback."""
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 2 and lines[1].startswith("0/1 pages"), result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@pytest.fixture
def readonly(tmp_path: Path) -> Iterator[Path]:
    """A folder where writing really fails, also for root (who ignores permission bits):
    immutable (chattr +i) as root, mode 555 otherwise."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            (folder / "probe").write_bytes(b"")
        yield folder
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    """Paths the cases name, by placeholder."""
    binary = tmp_path / "binary.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    plain = tmp_path / "plain.txt"
    plain.write_text("not a run log\njust words\n", "utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    return {
        "out": str(tmp_path / "out"),
        "page": str(PAGE),
        "binary": str(binary),
        "plain": str(plain),
        "dir": str(empty),
        "missing": str(tmp_path / "missing.jsonl"),
        "under_file": str(binary / "out"),
        "tmp": str(tmp_path),
    }


# (arguments, exit status, words the one line must contain)
CASES: dict[str, tuple[list[str], int, list[str]]] = {
    "extract-fetched-at": (
        ["extract", "--fetched-at", "yesterday", "--out", "{out}", "{page}"],
        2,
        ["newscrawl extract", "--fetched-at", "'yesterday'", "ISO 8601"],
    ),
    "split-fetched-at": (
        ["split", "--fetched-at", "yesterday", "--out", "{out}", "{page}"],
        2,
        ["newscrawl split", "--fetched-at", "'yesterday'"],
    ),
    "extract-site": (
        ["extract", "--site", "nosuchsite", "--out", "{out}", "{page}"],
        2,
        ["--site", "'nosuchsite'", "'auto'", "'generic'", "'dawn'"],
    ),
    "split-site": (
        ["split", "--site", "nosuchsite", "--out", "{out}", "{page}"],
        2,
        ["--site", "'nosuchsite'", "'dawn'"],
    ),
    "extract-url": (
        ["extract", "--url", "notaurl", "--out", "{out}", "{page}"],
        2,
        ["--url", "'notaurl'", "not an absolute URL"],
    ),
    "extract-url-many-files": (
        ["extract", "--url", URL, "--out", "{out}", "{page}", "{page}"],
        2,
        ["--url names one page"],
    ),
    "extract-no-files": (["extract", "--out", "{out}"], 2, ["give FILE arguments or --manifest"]),
    "split-no-files": (["split", "--out", "{out}"], 2, ["give FILE arguments"]),
    "extract-manifest-and-files": (
        ["extract", "--manifest", "{plain}", "--out", "{out}", "{page}"],
        2,
        ["not both"],
    ),
    "extract-no-out": (["extract", "{page}"], 2, ["--out", "required"]),
    "out-under-proc": (
        ["extract", "--out", "/proc/newscrawl-out", "{page}"],
        1,
        ["--out /proc/newscrawl-out", "cannot write there"],
    ),
    "out-existing-file": (
        ["extract", "--out", "{page}", "{page}"],
        1,
        ["--out", "exists and is not a folder"],
    ),
    "out-under-a-file": (
        ["extract", "--out", "{under_file}", "{page}"],
        1,
        ["--out", "cannot write there", "Not a directory"],
    ),
    "out-readonly": (
        ["extract", "--out", "{readonly}", "{page}"],
        1,
        ["--out", "cannot write there"],
    ),
    "out-in-readonly": (
        ["split", "--out", "{readonly}/sub", "{page}"],
        1,
        ["--out", "cannot write there"],
    ),
    "manifest-missing": (
        ["extract", "--manifest", "{missing}", "--out", "{out}"],
        1,
        ["--manifest", "missing.jsonl", "No such file"],
    ),
    "manifest-binary": (
        ["extract", "--manifest", "{binary}", "--out", "{out}"],
        1,
        ["--manifest", "binary file, not a JSONL manifest"],
    ),
    "manifest-folder": (
        ["extract", "--manifest", "{dir}", "--out", "{out}"],
        1,
        ["--manifest", "cannot read", "Is a directory"],
    ),
    "manifest-html": (
        ["extract", "--manifest", "{page}", "--out", "{out}"],
        1,
        ["not a JSONL manifest", "line 1: bad JSON"],
    ),
    "report-binary": (
        ["report", "--runs", "{binary}", "--out", "{tmp}/r.html"],
        1,
        ["newscrawl report", "--runs", "binary file, not a run log"],
    ),
    "report-folder": (
        ["report", "--runs", "{dir}", "--out", "{tmp}/r.html"],
        1,
        ["--runs", "a folder, not a run log"],
    ),
    "report-not-a-runlog": (
        ["report", "--runs", "{plain}", "--out", "{tmp}/r.html"],
        1,
        ["--runs", "no run in it"],
    ),
    "report-out-readonly": (
        ["report", "--runs", "{runlog}", "--out", "{readonly}/r.html"],
        1,
        ["--out", "cannot write there"],
    ),
    "report-out-folder": (
        ["report", "--runs", "{runlog}", "--out", "{dir}"],
        1,
        ["--out", "a folder"],
    ),
    "crawl-unknown-spider": (
        ["crawl", "nosuchspider"],
        2,
        ["newscrawl crawl", "unknown spider 'nosuchspider'", "dawn, generic"],
    ),
    "crawl-unsafe-site": (
        ["crawl", "dawn", "-a", "site=../x"],
        2,
        ["-a site=../x", "not a safe site name"],
    ),
    "crawl-unknown-site": (
        ["crawl", "dawn", "-a", "site=elsewhere"],
        2,
        ["-a site=elsewhere", "unknown site", "dawn"],
    ),
    "crawl-dotdot-host-url": (
        ["crawl", "http://..:8080/"],
        2,
        ["'..' is not a host name"],
    ),
    "crawl-generic-dotdot-host": (
        ["crawl", "generic", "-a", "start=http://..:8080/"],
        2,
        ["-a start=http://..:8080/", "'..' is not a host name"],
    ),
    "crawl-generic-no-start": (["crawl", "generic"], 2, ["needs -a start=URL"]),
    "crawl-since": (
        ["crawl", "dawn", "-a", "since=yesterday"],
        2,
        ["-a since=yesterday", "not a date (YYYY-MM-DD)"],
    ),
    "crawl-since-after-until": (
        ["crawl", "dawn", "-a", "since=2025-06-02", "-a", "until=2025-06-01"],
        2,
        ["is after -a until"],
    ),
    "crawl-base-url": (
        ["crawl", "dawn", "-a", "base_url=localhost:8080"],
        2,
        ["-a base_url=localhost:8080", "not an absolute URL"],
    ),
    "crawl-urls-missing": (
        ["crawl", "dawn", "-a", "urls={missing}"],
        1,
        ["-a urls=", "cannot read", "No such file"],
    ),
    "crawl-unknown-arg": (
        ["crawl", "dawn", "-a", "sinse=2025-06-01"],
        2,
        ["-a sinse: unknown argument; dawn takes", "since", "-s"],
    ),
    "crawl-generic-unknown-arg": (
        ["crawl", "http://127.0.0.1:8080/", "-a", "base_url=http://127.0.0.1:8080/"],
        2,
        ["-a base_url: unknown argument; generic takes site, start"],
    ),
    "crawl-arg-without-value": (["crawl", "dawn", "-a", "nope"], 2, ["-a takes NAME=VALUE"]),
    "crawl-log-level": (
        ["crawl", "dawn", "--log-level", "loud"],
        2,
        ["--log-level", "invalid choice"],
    ),
    "fixtures-root-missing": (
        ["fixtures", "regen", "--root", "/nonexistent"],
        1,
        ["newscrawl fixtures", "--root /nonexistent", "no such folder"],
    ),
    "fixtures-root-empty": (
        ["fixtures", "regen", "--root", "{dir}"],
        1,
        ["--root", "no fixture cases"],
    ),
    "fixtures-case-without-page": (
        ["fixtures", "regen", "--root", "{nopage}"],
        1,
        ["newscrawl fixtures", "no page file"],
    ),
    "demo-site-typo": (
        ["demo", "--site", "fixtures/site/editon1", "--out", "{out}"],
        1,
        ["newscrawl demo", "--site fixtures/site/editon1", "not a demo site folder"],
    ),
    "demo-out-not-a-demo-folder": (
        ["demo", "--out", "{tmp}"],
        1,
        ["newscrawl demo", "--out", "not a demo output folder"],
    ),
    "demo-out-a-file": (["demo", "--out", "{page}"], 1, ["--out", "not a demo output folder"]),
    "out-exports-are-folders": (
        ["extract", "--out", "{exports_dir}", "{page}"],
        1,
        ["--out", "articles.jsonl in it is a folder"],
    ),
    "demo-site-name": (
        ["demo", "--site", "dawn", "--out", "{out}"],
        1,
        ["--site dawn", "not a demo site folder"],
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_bad_option_is_one_line(
    case: str, files: dict[str, str], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    args, status, words = CASES[case]
    if any("{readonly}" in a for a in args):
        files["readonly"] = str(request.getfixturevalue("readonly"))
    if any("{runlog}" in a for a in args):
        runlog = tmp_path / "runs.jsonl"
        runlog.write_text(json.dumps({"runId": "dawn:1", "site": "dawn"}) + "\n", "utf-8")
        files["runlog"] = str(runlog)
    if any("{nopage}" in a for a in args):
        case_dir = tmp_path / "fixtures" / "dawn" / "case"
        case_dir.mkdir(parents=True)
        (case_dir / "meta.json").write_text("{}", "utf-8")
        files["nopage"] = str(tmp_path / "fixtures")
    if any("{exports_dir}" in a for a in args):
        (tmp_path / "exports" / "articles.jsonl").mkdir(parents=True)
        files["exports_dir"] = str(tmp_path / "exports")
    before = sorted(tmp_path.rglob("*"))
    result = run(*[a.format(**files) for a in args])
    refusal(result, status, *[w.format(**files) for w in words])
    assert not Path(files["out"]).exists()  # refused before anything was written
    assert sorted(tmp_path.rglob("*")) == before


COMMANDS = ["extract", "split", "crawl", "report", "fixtures", "demo"]


def test_help_one_line_per_command_no_markup() -> None:
    top = run("--help")
    assert top.returncode == 0
    for name in COMMANDS:  # each listed with a description on its own line
        [line] = [ln for ln in top.stdout.splitlines() if ln.strip().startswith(name + " ")]
        assert len(line.split(None, 1)[1]) > 20, line
    helps = {name: run(name, "--help") for name in COMMANDS}
    for text in [top.stdout, *(h.stdout for h in helps.values())]:
        assert "``" not in text and ":class:" not in text and ":func:" not in text
    for name, result in helps.items():
        assert result.returncode == 0 and not result.stderr, name
    extract_help = " ".join(helps["extract"].stdout.split())
    assert "--site SITE site profile: auto, generic, dawn;" in extract_help
    assert "(default: auto)" in extract_help
    split_help = " ".join(helps["split"].stdout.split())
    assert "auto, generic, dawn" in split_help and "(default: auto)" in split_help
    # The zone a date without an offset is taken in.
    assert "dawn: Asia/Karachi" in split_help and "generic: UTC" in split_help
    assert "not a site name" in " ".join(helps["demo"].stdout.split())


# -- scrapy crawl: the same checks, before Scrapy starts anything ---------------------------
SCRAPY_CASES: dict[str, tuple[list[str], int, list[str]]] = {
    "unknown-spider": (["nosuchspider"], 2, ["scrapy crawl: unknown spider 'nosuchspider'"]),
    "unsafe-site": (
        ["dawn", "-a", "site=../x"],
        2,
        ["scrapy crawl dawn: -a site=../x", "not a safe site name"],
    ),
    "generic-dotdot-host": (
        ["generic", "-a", "start=http://..:{port}/"],
        2,
        ["scrapy crawl generic: -a start=http://..:", "'..' is not a host name"],
    ),
    "generic-unsafe-site": (
        ["generic", "-a", "start=http://127.0.0.1:{port}/", "-a", "site=../up"],
        2,
        ["-a site=../up", "not a safe site name"],
    ),
    "since": (["dawn", "-a", "since=yesterday"], 2, ["-a since=yesterday", "not a date"]),
    "unknown-arg": (["dawn", "-a", "unitl=2025-06-01"], 2, ["-a unitl: unknown argument"]),
    "urls-missing": (["dawn", "-a", "urls={tmp}/missing.txt"], 1, ["-a urls=", "cannot read"]),
}


@pytest.mark.parametrize("case", list(SCRAPY_CASES), ids=list(SCRAPY_CASES))
def test_scrapy_crawl_refuses_in_one_line(case: str, tmp_path: Path) -> None:
    args, status, words = SCRAPY_CASES[case]
    out = tmp_path / "deep" / "out"
    values = {"port": "8080", "tmp": str(tmp_path)}
    result = run(
        "crawl",
        *[a.format(**values) for a in args],
        "-s",
        f"NEWSCRAWL_OUTPUT_DIR={out}",
        "-s",
        f"NEWSCRAWL_RUNLOG={out}/runs.jsonl",
        module="scrapy",
    )
    # Scrapy logs its start-up banner first; the refusal is one line after it.
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == status, result.stderr
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("scrapy crawl")]
    for word in words:
        assert word.format(**values) in line, (word, line)
    assert " ERROR" not in result.stderr
    assert list(tmp_path.rglob("*")) == []  # nothing written anywhere, not even above out


def test_spiders_refuse_unsafe_names_when_built_directly() -> None:
    """CrawlerRunner users (the demo, tests, scrapyd) get the same refusal."""
    with pytest.raises(SpiderArgumentError, match="not a safe site name"):
        DawnSpider(site="../x")
    with pytest.raises(SpiderArgumentError, match="is not a host name"):
        GenericSpider(start="http://..:8080/")
    with pytest.raises(SpiderArgumentError, match="not a safe site name"):
        GenericSpider(start="http://127.0.0.1:8080/", site="a/b")
    assert GenericSpider(start="http://127.0.0.1:8080/").site == "127.0.0.1"
    assert GenericSpider(start="http://[::1]:8080/").site == "ipv6---1"
    assert GenericSpider(start="http://www.Example.com/", site="example").site == "example"
    assert DawnSpider(site="dawn").site == "dawn"
    assert DawnSpider(_job="abc123").site == "dawn"  # scrapyd's job id is let through


@pytest.mark.parametrize(
    "name", ["..", ".", "../x", "a/b", "a\\b", ".hidden", "", "Dawn", "a b", "a..b", "x" * 101]
)
def test_unsafe_site_names(name: str) -> None:
    with pytest.raises(ValueError, match="not a safe site name"):
        safe_site_name(name)


@pytest.mark.parametrize("name", ["dawn", "127.0.0.1", "news.example.co.uk", "my_site-2"])
def test_safe_site_names(name: str) -> None:
    assert safe_site_name(name) == name


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://..:8080/", "'..' is not a host name"),
        ("http://a..b/", "'a..b' is not a host name"),
        ("http://-a.com/", "is not a host name"),
        ("notaurl", "not an absolute URL"),
        ("ftp://example.com/", "not an absolute URL"),
        ("http:///path", "no host"),
        ("http://example.com:99999/", "bad port"),
    ],
)
def test_bad_urls(url: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        check_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:1/",
        "https://www.dawn.com/news/1",
        "http://[::1]:80/",
        "http://localhost/",
    ],
)
def test_good_urls(url: str) -> None:
    assert check_url(url) == url


# -- a bad manifest line costs that line only ----------------------------------------------
def test_bad_manifest_lines_do_not_sink_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "b.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "sub").mkdir()
    good = {"path": "a.html", "url": URL, "fetchedAt": "2025-07-01T00:00:00Z"}
    lines = [
        json.dumps(good),  # 1
        '{"path": "a.html", "url": ',  # 2 bad JSON
        json.dumps(["a.html", URL]),  # 3 a JSON array
        json.dumps({"url": URL}),  # 4 no path
        json.dumps({**good, "fetchedAt": "yesterday"}),  # 5 bad fetchedAt
        json.dumps({**good, "path": "nowhere.html"}),  # 6 no such file
        "",  # blank: skipped, not an error
        json.dumps({**good, "url": "not a url"}),  # 8 bad url
        json.dumps({**good, "path": "sub"}),  # 9 a folder
        json.dumps({**good, "fetchedAt": 20250701}),  # 10 not a string
        json.dumps({**good, "path": "b.html", "url": URL + "?2"}),  # 11
    ]
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out"
    result = run("extract", "--manifest", str(manifest), "--out", str(out))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    err = [ln for ln in result.stderr.splitlines() if ln.strip()]
    expected = {
        2: "bad JSON",
        3: "a JSON array, not a",
        4: 'no "path"',
        5: "bad \"fetchedAt\": 'yesterday' is not an ISO 8601 time",
        6: "nowhere.html: no such file",
        8: "bad \"url\" 'not a url'",
        9: "a folder, not a page",
        10: '"fetchedAt" is a JSON number',
    }
    assert len(err) == len(expected) + 1, result.stderr  # + the summary line
    for number, problem in expected.items():
        [line] = [ln for ln in err if ln.startswith(f"newscrawl: {manifest}:{number}: ")]
        assert problem in line, line
    assert err[-1].startswith("2/10 pages → 2 Article"), err[-1]
    articles = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    assert [a["url"] for a in articles] == [URL, URL + "?2"]


def test_manifest_page_errors_name_the_line(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "a.html").write_bytes(PAGE.read_bytes())
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        json.dumps({"path": "a.html", "url": URL}) + "\n" + json.dumps({"path": "empty.html"}),
        "utf-8",
    )
    result = run(
        "extract",
        "--manifest",
        str(manifest),
        "--fetched-at",
        "2025-07-01",
        "--out",
        str(tmp_path / "o"),
    )
    assert result.returncode == 0, result.stderr
    assert f"newscrawl: {manifest}:2 ({tmp_path / 'empty.html'}): " in result.stderr
    [article] = (tmp_path / "o" / "articles.jsonl").read_text("utf-8").splitlines()
    # --fetched-at is the fetch time of lines without one.
    assert json.loads(article)["metadata"]["dateDownloaded"] == "2025-07-01T00:00:00Z"


def test_manifest_of_bad_lines_only_is_one_line(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('["a.html"]\n{"url": "http://x/"}\n', "utf-8")
    result = run("extract", "--manifest", str(manifest), "--out", str(tmp_path / "o"))
    refusal(result, 1, "not a JSONL manifest", "line 1: a JSON array")
    assert not (tmp_path / "o").exists()


# -- a gzip bomb is refused as the crawl refuses it ------------------------------------------
def test_a_saved_page_gunzipped_past_the_crawls_limit_is_one_line(tmp_path: Path) -> None:
    # 9 MB of markup packed into a few kB: read whole, it cost the memory of its 9 MB (of
    # gigabytes, for a bomb of zeros) where a crawl refuses a body past DOWNLOAD_MAXSIZE.
    page = PAGE.read_bytes()
    bomb, fine = tmp_path / "bomb.html.gz", tmp_path / "fine.html.gz"
    bomb.write_bytes(gzip.compress(page + b"<!-- -->" * (9 * 2**20 // 8)))
    fine.write_bytes(gzip.compress(page))
    result = run("extract", "--out", str(tmp_path / "o"), str(bomb))
    page_failure(result, str(bomb), "cannot read: gunzipped past 8 MB")
    result = run("extract", "--out", str(tmp_path / "ok"), str(fine))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ok" / "articles.jsonl").read_text("utf-8").count("\n") == 1


# -- split refuses markup, not text that mentions a tag -------------------------------------
def test_split_refuses_html_and_points_to_extract(tmp_path: Path) -> None:
    result = run("split", "--out", str(tmp_path / "o"), str(PAGE))
    page_failure(result, str(PAGE), "HTML markup", "newscrawl extract")
    assert (tmp_path / "o" / "articles.jsonl").read_text("utf-8") == ""


def test_split_still_takes_text_with_angle_brackets(tmp_path: Path) -> None:
    text = TEXT.read_text("utf-8")
    marker = "KARACHI: The Muttahida"
    assert marker in text
    odd = "Turnout was < 40pc, a <b>record</b> low; the <html> of the notice said 3<4. "
    page = tmp_path / "page.txt"
    page.write_text(text.replace(marker, odd + marker, 1), "utf-8")
    result = run("split", "--site", "dawn", "--url", URL, "--out", str(tmp_path / "o"), str(page))
    assert result.returncode == 0, result.stderr
    [article] = (tmp_path / "o" / "articles.jsonl").read_text("utf-8").splitlines()
    assert odd.strip() in json.loads(article)["articleBody"]


MARKUP = {
    "doctype": "<!DOCTYPE html><title>x</title><p>story",
    "html-tag": "  <html lang='en'><body><p>story</p></body></html>",
    "xml-then-html": "<?xml version='1.0'?>\n<!-- saved -->\n<html><p>x",
    "tag-soup": "<div class='a'><p>one</p><p>two</p><span>three</span></div>" * 6,
}
NOT_MARKUP = {
    "less-than": "Prices rose < 5pc this year.\n\nThe minister said 3<4.",
    "bold": "A <b>bold</b> claim was made.\n\nThen another one followed.",
    "mentions-html": "The <html> tag starts a page, <body> holds it.\n\n" * 3,
    "email": "Write to <letters@example.com> or <editor@example.com>.",
    "arrows": "<<< Back | Next >>>\n\nStory text here.",
}


@pytest.mark.parametrize("text", MARKUP.values(), ids=list(MARKUP))
def test_is_markup(text: str) -> None:
    assert is_markup(text)


@pytest.mark.parametrize("text", NOT_MARKUP.values(), ids=list(NOT_MARKUP))
def test_is_not_markup(text: str) -> None:
    assert not is_markup(text)


def test_bad_input_files_are_one_line_each(tmp_path: Path) -> None:
    """A folder given as FILE, a missing FILE: one line each, the good page comes out."""
    missing = tmp_path / "missing.html"
    result = run("extract", "--out", str(tmp_path / "o"), str(tmp_path), str(missing), str(PAGE))
    assert "Traceback" not in result.stderr and result.returncode == 0
    err = result.stderr.splitlines()
    assert f"newscrawl: {tmp_path}: cannot read (Is a directory)" in err
    assert f"newscrawl: {missing}: cannot read (No such file or directory)" in err
    assert err[-1].startswith("1/3 pages")


def test_every_file_name_goes_through_the_safe_name() -> None:
    """Exports, state, metrics and run log name files via spider_site: a spider that was
    not checked at start-up (a user's own) still cannot write outside the output folder."""

    class Foreign(scrapy.Spider):
        name = "foreign"
        site = "../elsewhere"

    with pytest.raises(ValueError, match="not a safe site name"):
        uri_params({}, Foreign())
    with pytest.raises(ValueError, match="not a safe site name"):
        spider_site(Foreign())
    Foreign.site = ""
    assert uri_params({}, Foreign())["site"] == "foreign"


def test_ctrl_c_is_one_line_and_leaves_no_partial_export(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    cases = sorted((FIXTURES / "dawn").glob("*/page.html"))
    lines = []
    for n in range(3000):
        name = f"p{n:04d}.html"
        (pages / name).write_bytes(cases[n % len(cases)].read_bytes())
        lines.append(json.dumps({"path": f"pages/{name}", "url": f"{URL}?{n}"}))
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(lines), "utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.cli", "extract", "--manifest", str(manifest),
         "--out", str(out)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    part = out / ".articles.jsonl.part"
    while not (part.exists() and part.stat().st_size > 0):  # pages are being written
        try:
            proc.wait(timeout=0.05)
            break  # it ended first: the asserts below say how
        except subprocess.TimeoutExpired:
            continue
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=300)
    assert "Traceback" not in stdout + stderr, stderr
    assert proc.returncode == -signal.SIGINT, stderr  # a shell shows 130
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert lines == ["newscrawl extract: interrupted"]
    assert sorted(p.name for p in out.iterdir()) == []


@pytest.mark.parametrize("command", ["crawl", "cluster"])
def test_name_value_options_are_read_alike_by_crawl_and_cluster(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``newscrawl crawl`` and ``newscrawl cluster`` take ``-a``/``-s`` as ``scrapy crawl``
    does, read by one :func:`~newscrawl.commands.crawl.name_values`: a later NAME wins, a
    VALUE may be empty or hold "=", an option without "=" or a NAME is refused, status 2."""
    assert name_values(["a=1", "b=", "c=x=y", "a=2"], "-a") == {"a": "2", "b": "", "c": "x=y"}
    for bad in ("nope", "=value"):
        with pytest.raises(ValueError, match=f"-s takes NAME=VALUE, not '{bad}'"):
            name_values([bad], "-s")
    argv = [command, *(["dawn"] if command == "crawl" else ["--site", "dawn"]), "-s", "nope"]
    assert cli_main(argv) == 2  # refused before anything starts
    assert "-s takes NAME=VALUE, not 'nope'" in capsys.readouterr().err
