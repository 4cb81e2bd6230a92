"""Scrapy settings of the newscrawl project (``scrapy.cfg`` points here)."""

from __future__ import annotations

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

# Identify ourselves; sites reach the operator through NEWSCRAWL_CONTACT (a URL or an
# e-mail address), which the add-on puts into USER_AGENT unless USER_AGENT is set.
NEWSCRAWL_CONTACT = "https://github.com/newscrawl/newscrawl"
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_TIMES = 3
# Retries wait (exponential backoff with jitter, Retry-After honoured): see middlewares.py.
DOWNLOADER_MIDDLEWARES = {
    # Scrapy 2.19's robots.txt middleware lets concurrent first requests through; ours
    # does not (see newscrawl.middlewares.RobotsTxtMiddleware).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawl.middlewares.RobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawl.middlewares.BackoffRetryMiddleware": 550,
}
NEWSCRAWL_RETRY_BACKOFF_BASE = 1.0
NEWSCRAWL_RETRY_BACKOFF_MAX = 60.0
HTTPCACHE_ENABLED = False  # opt in for development: -s HTTPCACHE_ENABLED=1

# Dedupe first: the same sidebar is on nearly every page, and a repeated teaser need not
# be normalised and validated again only to be dropped.
ITEM_PIPELINES = {
    "newscrawl.pipelines.SidebarDedupePipeline": 50,
    "newscrawl.pipelines.DatePipeline": 100,
    "newscrawl.pipelines.SplitGuardPipeline": 200,
    "newscrawl.pipelines.FingerprintPipeline": 300,
    "newscrawl.pipelines.ValidationPipeline": 400,
    "newscrawl.incremental.IncrementalPipeline": 500,
}
EXTENSIONS = {
    # Under JOBDIR: drop a frontier left by a run that never committed (a SIGKILL), before
    # the scheduler reads it (see newscrawl.jobdir).
    "newscrawl.jobdir.JobDirGuard": 490,
    "newscrawl.incremental.StateExtension": 500,
    # The run report puts its figures into the stats before Spidermon's monitors read
    # them (signal handlers run in the order extensions were built: lower first).
    "newscrawl.report.RunReport": 510,
    "spidermon.contrib.scrapy.extensions.Spidermon": 520,
    "newscrawl.metrics.PrometheusMetrics": 530,
}
# Prometheus (newscrawl.metrics): a live endpoint on 127.0.0.1 when a port is set; the
# same metrics in node-exporter textfile format at the end of every run ("" = off).
NEWSCRAWL_METRICS_PORT = 0
NEWSCRAWL_METRICS_HOST = "127.0.0.1"
NEWSCRAWL_METRICS_LINGER = 0
NEWSCRAWL_METRICS_TEXTFILE = "{output_dir}/{site}/newscrawl.prom"
COMMANDS_MODULE = "newscrawl.commands"

# Monitoring: checks that fail a broken run (newscrawl.monitors), thresholds per site
# overridable in NEWSCRAWL_MONITOR_SITES = {"dawn": {"NEWSCRAWL_MONITOR_...": value}}.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["newscrawl.monitors.CrawlMonitors"]
NEWSCRAWL_MONITOR_ACTIONS: list[str] = []  # e.g. Spidermon's SendSmtpEmail, SendSlackMessage
NEWSCRAWL_MONITOR_MIN_COVERAGE = {"headline": 0.9, "datePublished": 0.8, "articleBody": 0.8}
NEWSCRAWL_MONITOR_MIN_COVERAGE_SAMPLE = 5
NEWSCRAWL_MONITOR_MAX_ERROR_RATE = 0.1
NEWSCRAWL_MONITOR_MAX_BLOCKED_RATE = 0.1
NEWSCRAWL_MONITOR_MIN_VOLUME_RATIO = 0.25
NEWSCRAWL_MONITOR_MAX_DATE_FAILURE_RATE = 0.05
NEWSCRAWL_MONITOR_SITES: dict[str, dict[str, object]] = {}
NEWSCRAWL_RUNLOG = ""
NEWSCRAWL_MIN_BODY_WORDS = 50

# Incremental runs: state per site in a SQLite file beside the exports (see
# newscrawl.incremental); known articles younger than this are re-checked each run.
NEWSCRAWL_STATE_ENABLED = True
NEWSCRAWL_STATE_BACKEND = "newscrawl.state.SqliteStore"
NEWSCRAWL_STATE_PATH = ""
NEWSCRAWL_RECHECK_DAYS = 3
# Discovery: listing pages followed per listing, and whether article pages' sidebar
# teasers and related links are followed.
NEWSCRAWL_MAX_LISTING_PAGES = 10
NEWSCRAWL_FOLLOW_TEASERS = True
DEFAULT_DROPITEM_LOG_LEVEL = "INFO"

# Exports: one JSONL file per record type, UTF-8 unescaped, renamed into place when done.
ADDONS = {"newscrawl.feeds.FeedsAddon": 100}
NEWSCRAWL_OUTPUT_DIR = "output"
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {"jsonlines": "newscrawl.exporters.JsonLinesExporter"}
FEED_URI_PARAMS = "newscrawl.feeds.uri_params"
FEED_STORAGES = {
    "": "newscrawl.feeds.AtomicFileFeedStorage",
    "file": "newscrawl.feeds.AtomicFileFeedStorage",
}

NEWSCRAWL_DATE_MIN_YEAR = 1990
NEWSCRAWL_DATE_FUTURE_TOLERANCE = 86400
NEWSCRAWL_DEFAULT_TIMEZONE = "UTC"

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
