"""Checks that fail a broken crawl, run by Spidermon when the spider closes.

Each check reads the crawl's stats (and the site's history, which
:class:`newscrawl.monitoring.report.RunReport` puts there first) against thresholds from settings,
overridable per site through ``NEWSCRAWL_MONITOR_SITES = {"dawn": {"SETTING": value}}``.
A failed check is recorded in the stats (``newscrawl/monitors/failed``,
``newscrawl/monitors/failed_checks``), logged, written to the run log, turned into a
non-zero exit status by ``scrapy crawl`` (``newscrawl.commands.crawl``) and sent through
whatever Spidermon actions ``NEWSCRAWL_MONITOR_ACTIONS`` names (e-mail, Slack, …).

Thresholds: ``NEWSCRAWL_MONITOR_MIN_COVERAGE`` (field → minimum share of exported
articles), ``NEWSCRAWL_MONITOR_MAX_ERROR_RATE`` (errors / requests),
``NEWSCRAWL_MONITOR_MAX_BLOCKED_RATE`` (blocked / responses),
``NEWSCRAWL_MONITOR_MIN_VOLUME_RATIO`` (articles seen / median of earlier runs),
``NEWSCRAWL_MONITOR_MAX_DATE_FAILURE_RATE`` (rejected / parsed + rejected dates),
``NEWSCRAWL_MONITOR_MAX_EXTRACTION_ERROR_RATE`` (pages the extractor raised on / pages
read as articles, non-articles or listings),
``NEWSCRAWL_MONITOR_MIN_COVERAGE_SAMPLE`` (fewer exported articles: coverage not judged).
"""

from __future__ import annotations

import json
import warnings
from typing import Any

from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.utils.misc import load_object
from spidermon import Monitor, MonitorSuite, monitors
from spidermon.core.actions import Action

from newscrawl.monitoring.report import articles_seen

# A failed check is a finding, not a crash: Spidermon formats it as unittest does, and
# unittest leaves out the frames of modules that set this name, so the log shows the
# check's message without a Python traceback of this module.
__unittest = True

# Spidermon 1.27 reports through Spider.log(), deprecated since Scrapy 2.13: its message,
# not ours, and nothing a user can act on.
warnings.filterwarnings(
    "ignore", message=r"Spider\.log\(\) is deprecated", category=ScrapyDeprecationWarning
)


def setting(monitor: Monitor, name: str, default: Any) -> Any:
    """A threshold: the site's override, else the project setting, else *default*."""
    crawler = monitor.data.crawler
    site = getattr(monitor.data.spider, "site", None) or monitor.data.spider.name
    overrides = crawler.settings.getdict("NEWSCRAWL_MONITOR_SITES").get(site, {})
    if name in overrides:
        return overrides[name]
    value = crawler.settings.get(name)
    if isinstance(default, dict) and isinstance(value, str):
        value = json.loads(value)  # a dict given on the command line (-s NAME='{...}')
    return default if value is None else value


def _sum(stats: dict[str, Any], prefix: str) -> int:
    return sum(int(v) for k, v in stats.items() if k.startswith(prefix))


@monitors.name("Crawl checks")
class CrawlChecks(Monitor):  # type: ignore[misc]
    @monitors.name("no articles")
    def test_articles_found(self) -> None:
        stats = self.data.stats
        seen = articles_seen(stats)
        broken = int(stats.get("newscrawl/pages/not_article", 0))
        self.assertGreater(seen, 0, f"no article page handled ({broken} pages had no story)")

    @monitors.name("field coverage")
    def test_field_coverage(self) -> None:
        stats = self.data.stats
        exported = int(stats.get("newscrawl/exported/articles", 0))
        if exported < int(setting(self, "NEWSCRAWL_MONITOR_MIN_COVERAGE_SAMPLE", 5)):
            self.skipTest(f"only {exported} articles exported")
        minimum = dict(setting(self, "NEWSCRAWL_MONITOR_MIN_COVERAGE", {}))
        low = {
            field: float(stats.get(f"newscrawl/coverage/{field}", 0.0))
            for field, floor in minimum.items()
            if float(stats.get(f"newscrawl/coverage/{field}", 0.0)) < float(floor)
        }
        detail = ", ".join(
            f"{f} {share:.0%} < {float(minimum[f]):.0%}" for f, share in low.items()
        )
        self.assertFalse(low, f"coverage under threshold: {detail}")

    def assert_rate_at_most(self, part: int, whole: int, limit_setting: str,
                            default: float, what: str) -> None:  # fmt: skip
        """Fail when ``part / whole`` exceeds the threshold named *limit_setting*."""
        limit = float(setting(self, limit_setting, default))
        rate = part / whole if whole else 0.0
        self.assertLessEqual(rate, limit, f"{what} ({rate:.1%} > {limit:.1%})")

    @monitors.name("error rate")
    def test_error_rate(self) -> None:
        stats = self.data.stats
        errors, requests = (
            _sum(stats, "newscrawl/errors/"),
            int(stats.get("downloader/request_count", 0)),
        )
        self.assert_rate_at_most(errors, requests, "NEWSCRAWL_MONITOR_MAX_ERROR_RATE", 0.1,
                                 f"{errors} errors in {requests} requests")  # fmt: skip

    @monitors.name("blocked rate")
    def test_blocked_rate(self) -> None:
        stats = self.data.stats
        blocked, responses = (
            _sum(stats, "newscrawl/blocked/"),
            int(stats.get("response_received_count", 0)),
        )
        self.assert_rate_at_most(blocked, responses, "NEWSCRAWL_MONITOR_MAX_BLOCKED_RATE", 0.1,
                                 f"{blocked} blocked of {responses} responses")  # fmt: skip

    @monitors.name("article volume")
    def test_volume_against_history(self) -> None:
        stats = self.data.stats
        median = stats.get("newscrawl/history/median_articles_seen")
        if not median:
            self.skipTest("no earlier runs of this site")
        ratio = float(setting(self, "NEWSCRAWL_MONITOR_MIN_VOLUME_RATIO", 0.25))
        seen = articles_seen(stats)
        message = f"{seen} articles seen, under {ratio:.0%} of the median of earlier runs"
        self.assertGreaterEqual(seen, ratio * float(median), f"{message} ({median:g})")

    @monitors.name("date parse failures")
    def test_date_failures(self) -> None:
        stats = self.data.stats
        rejected = int(stats.get("newscrawl/dates/rejected", 0))
        total = rejected + int(stats.get("newscrawl/dates/parsed", 0))
        self.assert_rate_at_most(rejected, total, "NEWSCRAWL_MONITOR_MAX_DATE_FAILURE_RATE", 0.05,
                                 f"{rejected} of {total} dates would not parse")  # fmt: skip

    @monitors.name("extraction errors")
    def test_extraction_errors(self) -> None:
        stats = self.data.stats
        failed = int(stats.get("newscrawl/errors/extraction", 0))
        read = failed + sum(int(stats.get(f"newscrawl/{kind}", 0)) for kind in _PAGES_READ)
        message = f"extraction failed on {failed} of {read} pages"
        limit = "NEWSCRAWL_MONITOR_MAX_EXTRACTION_ERROR_RATE"
        self.assert_rate_at_most(failed, read, limit, 0.01, message)


#: Stats of the pages extraction ran on, whatever it found (the error check's whole).
_PAGES_READ = ("pages/article", "pages/not_article", "pages/listing", "blocked/challenge")


class RecordFailedChecks(Action):  # type: ignore[misc]
    """Put the failed checks into the crawl's stats, for the run log and the exit status."""

    def run_action(self) -> None:
        failed = [
            {"name": str(result.item.name).rsplit("/", 1)[-1], "message": _message(result)}
            for result in self.result.monitors_failed_results
        ]
        stats = self.data.crawler.stats
        stats.set_value("newscrawl/monitors/failed", len(failed))
        stats.set_value("newscrawl/monitors/failed_checks", failed)


def _message(result: Any) -> str:
    reason = getattr(result, "reason", None) or ""
    if reason:
        return str(reason).split(" : ", 1)[-1].strip()
    error = str(getattr(result, "error", "") or "").strip().splitlines()
    return error[-1] if error else "failed"


class CrawlMonitors(MonitorSuite):  # type: ignore[misc]
    """The checks of every newscrawl crawl; failure actions from settings."""

    monitors = [CrawlChecks]  # noqa: RUF012 - Spidermon's declarative API
    monitors_failed_actions = [RecordFailedChecks]  # noqa: RUF012

    def __init__(self, *args: Any, crawler: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, crawler=crawler, **kwargs)
        if crawler is not None:
            actions = crawler.settings.getlist("NEWSCRAWL_MONITOR_ACTIONS")
            self.add_monitors_failed_actions([load_object(a) for a in actions])
