"""The README's commands, run one after another as it shows them, and its snippets as written.

One ``newscrawl demo`` runs in a temporary folder (the README's command, with ``--site``
pointing at this clone's demo site); then ``newscrawl report`` and every snippet of the
README's "Loading the exports" section run there, through the real CLI in subprocesses.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscrawl.demo.sitegen import LOGGED_TRAPS, trap_notice
from newscrawl.monitoring.dashboard import find_runlog

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf8")
SNIPPETS_SECTION = "## Loading the exports"
CLI = [sys.executable, "-m", "newscrawl.cli"]


def _env() -> dict[str, str]:
    """This clone's code first, whatever is installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _section(title: str) -> str:
    start = README.index(title)
    end = README.find("\n## ", start + len(title))
    return README[start : end if end != -1 else len(README)]


def _blocks(text: str) -> list[tuple[str, str]]:
    """``(language, code)`` of every fenced block in ``text``."""
    return re.findall(r"^```(\w+)\n(.*?)^```$", text, flags=re.S | re.M)


def _readme_command(name: str) -> list[str]:
    """The README's one ``newscrawl NAME …`` command of the set-up section, as argv."""
    found = [
        part.strip()
        for lang, code in _blocks(_section("## Set up and run"))
        if lang == "sh"
        for part in code.split("&&")
        if part.strip().startswith(f"newscrawl {name}")
    ]
    assert len(found) == 1, found
    return CLI + shlex.split(found[0])[1:]


@dataclass(frozen=True)
class Demo:
    """One demo run: the folder it ran in and what it printed."""

    cwd: Path
    code: int
    out: str
    err: str


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    cwd = tmp_path_factory.mktemp("readme")
    argv = [*_readme_command("demo"), "--site", str(ROOT / "fixtures" / "site" / "edition1")]
    done = subprocess.run(
        argv, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=900, check=False
    )
    return Demo(cwd, done.returncode, done.stdout, done.stderr)


def test_demo_names_its_traps_before_the_errors_they_cause(demo: Demo) -> None:
    assert demo.code == 0, demo.err[-2000:]
    lines = demo.err.splitlines()
    notice = lines.index(trap_notice())
    logged = [i for i, line in enumerate(lines) if " WARNING: " in line or " ERROR: " in line]
    assert logged and notice < min(logged)
    # Every page the crawl complains about is one of the traps the notice names.
    trap_paths = {path for path, _ in LOGGED_TRAPS}
    for i in logged:
        assert any(path in lines[i] for path in trap_paths), lines[i]
    assert "Traceback" not in demo.err


def test_trap_notice_names_what_the_demo_site_serves() -> None:
    routes = json.loads((ROOT / "fixtures/site/edition1/site.json").read_text("utf8"))["routes"]
    served = {path: routes[path] for path, _ in LOGGED_TRAPS}
    for path, what in LOGGED_TRAPS:
        route = served[path]
        status = re.search(r"\d{3}", what)
        if status:
            assert route["status"] == int(status[0]), path
        elif what == "PDF":
            assert route["type"] == "application/pdf", path
        if "challenge" in what:
            assert route["headers"]["cf-mitigated"] == "challenge", path
        assert f"{path} ({what})" in trap_notice()
    assert "\n" not in trap_notice()


def test_demo_marks_its_cut_sample_body(demo: Demo) -> None:
    match = re.search(
        r"^\(articleBody cut at (\d+) of (\d+) characters; whole in (\S+)\)$", demo.out, re.M
    )
    assert match, demo.out[-1500:]
    shown, total, path = int(match[1]), int(match[2]), match[3]
    first = json.loads((demo.cwd / path).read_text("utf8").splitlines()[0])
    assert total == len(first["articleBody"]) > shown == 400
    sample = json.loads(demo.out[demo.out.index("{") : match.start()])
    assert sample["articleBody"] == first["articleBody"][:shown] + "…"
    assert sample["url"] == first["url"]


def test_report_right_after_the_demo(demo: Demo) -> None:
    assert demo.code == 0
    done = subprocess.run(
        _readme_command("report"),
        cwd=demo.cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "output/demo/runs.jsonl" in done.stderr
    page = (demo.cwd / "report.html").read_text("utf8")
    assert page.lower().startswith("<!doctype html>")
    assert "dawn" in page


def test_report_without_any_run_log_says_so_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [*CLI, "report", "--out", "report.html"],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("newscrawl: no run log")
    assert not (tmp_path / "report.html").exists()


def test_report_reads_the_run_log_written_last(tmp_path: Path) -> None:
    assert find_runlog(tmp_path / "output") is None
    main, demo_log = tmp_path / "output" / "runs.jsonl", tmp_path / "output/demo/runs.jsonl"
    for log in (main, demo_log):
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("{}\n")
    os.utime(main, ns=(2_000_000_000_000_000_000, 2_000_000_000_000_000_000))
    os.utime(demo_log, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    assert find_runlog(tmp_path / "output") == main
    os.utime(demo_log, ns=(3_000_000_000_000_000_000, 3_000_000_000_000_000_000))
    assert find_runlog(tmp_path / "output") == demo_log


SNIPPETS = _blocks(_section(SNIPPETS_SECTION))


def test_readme_shows_pandas_duckdb_and_jq() -> None:
    langs = [lang for lang, _ in SNIPPETS]
    assert {"python", "sql", "sh"} <= set(langs)
    assert any("pandas" in code for _, code in SNIPPETS)
    assert any(code.lstrip().startswith("jq ") for lang, code in SNIPPETS if lang == "sh")


@pytest.mark.parametrize(
    ("lang", "code"), SNIPPETS, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(SNIPPETS)]
)
def test_readme_snippet_works_after_the_demo(demo: Demo, lang: str, code: str) -> None:
    assert demo.code == 0
    if lang == "python":
        argv = [sys.executable, "-W", "error", "-c", code]
    elif lang == "sql":
        run_sql = "import sys, duckdb; print(duckdb.sql(sys.argv[1]).fetchall())"
        argv = [sys.executable, "-W", "error", "-c", run_sql, code]
    elif lang == "sh":
        assert shutil.which("jq"), "jq is missing: bash scripts/test.sh installs it"
        argv = ["bash", "-euo", "pipefail", "-c", code]
    else:
        pytest.fail(f"a {lang} block in {SNIPPETS_SECTION!r}: teach this test to run it")
    done = subprocess.run(
        argv, cwd=demo.cwd, env=_env(), capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.strip() and done.stdout.strip() != "[]"


def test_every_demo_output_path_the_readme_names_exists(demo: Demo) -> None:
    assert demo.code == 0
    named = set(re.findall(r"output/demo/[^\s`'\"),]+", README))
    assert len(named) >= 3
    for path in named:
        pattern = re.sub(r"<[^>]+>", "*", path)
        assert list(demo.cwd.glob(pattern)), f"README names {path}, the demo writes no such file"


# --- the test command ---------------------------------------------------------------------


def _system_packages() -> list[str]:
    script = (ROOT / "scripts" / "system-packages.sh").read_text("utf8")
    body = re.search(r"^PACKAGES=\((.*?)^\)", script, flags=re.S | re.M)
    assert body
    return [
        line.split("#")[0].strip() for line in body[1].splitlines() if line.split("#")[0].strip()
    ]


def test_readme_test_command_is_what_ci_runs() -> None:
    blocks = [code.strip() for lang, code in _blocks(_section("## Set up and run"))]
    assert "bash scripts/test.sh" in blocks
    assert 'TEST_CMD="bash scripts/test.sh"' in (ROOT / ".ci" / "run").read_text("utf8")
    script = (ROOT / "scripts" / "test.sh").read_text("utf8")
    assert "system-packages.sh" in script
    assert "-m pip install --quiet -e '.[test]'" in script and '-m pytest "$@"' in script


def test_readme_names_every_system_package_and_the_tests_find_their_programs() -> None:
    packages = _system_packages()
    assert {"chromium", "prometheus", "jq"} <= set(packages)
    setup = _section("## Set up and run")
    for package in packages:
        assert f"`{package}`" in setup, f"README does not say that {package} is installed"
    for program in ("/usr/bin/chromium", "/usr/bin/prometheus"):
        assert Path(program).exists(), f"{program} missing: bash scripts/test.sh installs it"


def test_system_packages_script_needs_no_apt_when_all_are_installed(tmp_path: Path) -> None:
    """Run for real; apt-get and sudo shadowed by commands that fail if they are called."""
    shims = tmp_path / "bin"
    shims.mkdir()
    for tool in ("apt-get", "sudo"):
        (shims / tool).write_text(f"#!/bin/sh\necho 'called {tool}' >&2\nexit 97\n")
        (shims / tool).chmod(0o755)
    env = {**os.environ, "PATH": f"{shims}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "system-packages.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("system packages: present")
    assert "called" not in done.stderr
