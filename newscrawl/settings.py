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
# A decompressed body past DOWNLOAD_MAXSIZE (a gzip bomb) is refused by Scrapy's
# HttpCompressionMiddleware and counted as newscrawl/errors/decompression.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# Scrapy's 180 s is for slow bulk downloads. A news page is a few hundred KB that a
# working server sends within seconds; with 3 retries and backoff a URL that hangs cost
# ~12 minutes at 180 s, and costs ~2 at 30 s, still far above any healthy page.
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 3
# Retries wait (exponential backoff with jitter, Retry-After honoured): see middlewares.py.
DOWNLOADER_MIDDLEWARES = {
    # Scrapy 2.19's robots.txt middleware lets concurrent first requests through and
    # logs a traceback when robots.txt cannot be fetched; ours does neither (see
    # newscrawl.middlewares.RobotsTxtMiddleware).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawl.middlewares.RobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawl.middlewares.BackoffRetryMiddleware": 550,
    # Between the retry middleware and the downloader: a host that refuses connections
    # before it ever answered fails the run at once instead of being retried.
    "newscrawl.middlewares.UnreachableHostMiddleware": 560,
    # Redirect loops and over-long chains fail as errors of their own, not quietly; a
    # challenge page's meta refresh is not followed (the spider counts the challenge).
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newscrawl.middlewares.MetaRefreshMiddleware": 580,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newscrawl.middlewares.RedirectMiddleware": 600,
    # Cluster mode only: the host's budget shared by every worker, taken last before the
    # request goes out (an HTTP cache hit at 900 takes none) and given back first.
    "newscrawl.cluster.politeness.ClusterPolitenessMiddleware": 950,
}
NEWSCRAWL_RETRY_BACKOFF_BASE = 1.0
NEWSCRAWL_RETRY_BACKOFF_MAX = 60.0
HTTPCACHE_ENABLED = False  # opt in for development: -s HTTPCACHE_ENABLED=1

# Dedupe first: the same sidebar is on nearly every page, and a repeated teaser need not
# be normalised and validated again only to be dropped.
ITEM_PIPELINES = {
    "newscrawl.pipelines.SidebarDedupePipeline": 50,
    "newscrawl.pipelines.DatePipeline": 100,
    "newscrawl.pipelines.PlaceholderImagePipeline": 150,
    "newscrawl.pipelines.SplitGuardPipeline": 200,
    "newscrawl.pipelines.FingerprintPipeline": 300,
    "newscrawl.pipelines.ValidationPipeline": 400,
    "newscrawl.incremental.IncrementalPipeline": 500,
}
# Scrapy 2.19 starts two remote-control servers in every crawl: the telnet console (a
# port in 6023-6073 with a password in the log) and the RemoteControl HTTP endpoint (a
# random port, its auth token written to ~/.local/state/scrapy/job_files, left there
# when the process is killed). The crawler uses neither; its live view is Prometheus.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    # Feeds that would lose the exports (scrapyd's items_dir, batches without a batch name
    # in the URI) refuse the crawl before it locks, opens its state or fetches anything.
    "newscrawl.feedguard.FeedsGuard": 480,
    # Under JOBDIR: drop a frontier left by a run that never committed (a SIGKILL), before
    # the scheduler reads it (see newscrawl.jobdir).
    "newscrawl.jobdir.JobDirGuard": 490,
    # A live progress line when stderr is a terminal (off otherwise); closed before the
    # other extensions' end-of-run reports are logged.
    "newscrawl.crawlprogress.CrawlProgress": 490,
    "newscrawl.incremental.StateExtension": 500,
    # The run report puts its figures into the stats before Spidermon's monitors read
    # them (signal handlers run in the order extensions were built: lower first).
    "newscrawl.monitoring.report.RunReport": 510,
    "spidermon.contrib.scrapy.extensions.Spidermon": 520,
    "newscrawl.monitoring.metrics.PrometheusMetrics": 530,
}
# Prometheus (newscrawl.monitoring.metrics): a live endpoint on 127.0.0.1 when a port is set; the
# same metrics in node-exporter textfile format at the end of every run ("" = off).
NEWSCRAWL_METRICS_PORT = 0
NEWSCRAWL_METRICS_HOST = "127.0.0.1"
NEWSCRAWL_METRICS_LINGER = 0
NEWSCRAWL_METRICS_TEXTFILE = "{output_dir}/{site}/newscrawl.prom"
NEWSCRAWL_PROGRESS = True  # False: no progress line even on a terminal
NEWSCRAWL_PROGRESS_INTERVAL = 0.5
COMMANDS_MODULE = "newscrawl.commands"

# Monitoring: checks that fail a broken run (newscrawl.monitoring.monitors), thresholds per site
# overridable in NEWSCRAWL_MONITOR_SITES = {"dawn": {"NEWSCRAWL_MONITOR_...": value}}.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["newscrawl.monitoring.monitors.CrawlMonitors"]
NEWSCRAWL_MONITOR_ACTIONS: list[str] = []  # e.g. Spidermon's SendSmtpEmail, SendSlackMessage
NEWSCRAWL_MONITOR_MIN_COVERAGE = {"headline": 0.9, "datePublished": 0.8, "articleBody": 0.8}
NEWSCRAWL_MONITOR_MIN_COVERAGE_SAMPLE = 5
NEWSCRAWL_MONITOR_MAX_ERROR_RATE = 0.1
NEWSCRAWL_MONITOR_MAX_BLOCKED_RATE = 0.1
NEWSCRAWL_MONITOR_MIN_VOLUME_RATIO = 0.25
NEWSCRAWL_MONITOR_MAX_DATE_FAILURE_RATE = 0.05
NEWSCRAWL_MONITOR_MAX_EXTRACTION_ERROR_RATE = 0.01  # pages the extractor raised on
NEWSCRAWL_MONITOR_SITES: dict[str, dict[str, object]] = {}
NEWSCRAWL_RUNLOG = ""
NEWSCRAWL_MIN_BODY_WORDS = 50
# An image that is the main image of this many articles of one site in a run is the
# site's placeholder: mainImage null from then on (PlaceholderImagePipeline; 0: off).
NEWSCRAWL_PLACEHOLDER_IMAGE_ARTICLES = 4

# Incremental runs: state per site in a SQLite file beside the exports (see
# newscrawl.incremental), or in PostgreSQL when NEWSCRAWL_STATE is a postgresql:// URL
# (NEWSCRAWL_STATE_PATH: its older name); known articles younger than this are re-checked
# each run.
NEWSCRAWL_STATE_ENABLED = True
NEWSCRAWL_STATE = ""
NEWSCRAWL_STATE_BACKEND = "newscrawl.state.SqliteStore"
NEWSCRAWL_STATE_PATH = ""
NEWSCRAWL_RECHECK_DAYS = 3
# A second crawl of a site into the same output exits at once, or waits this many seconds
# for the running one (newscrawl.runlock); a store locked by another process is waited
# for this long before the crawl is refused.
NEWSCRAWL_LOCK_WAIT = 0
NEWSCRAWL_STATE_BUSY_TIMEOUT = 5
# Discovery: listing pages followed per listing, and whether article pages' sidebar
# teasers and related links are followed.
NEWSCRAWL_MAX_LISTING_PAGES = 10
NEWSCRAWL_FOLLOW_TEASERS = True
DEFAULT_DROPITEM_LOG_LEVEL = "INFO"

# Exports: one JSONL file per record type, UTF-8 unescaped, renamed into place when done.
ADDONS = {
    "newscrawl.feeds.FeedsAddon": 100,
    # Cluster mode: DOWNLOAD_DELAY and AutoThrottle are the cluster's, not each process's.
    "newscrawl.cluster.politeness.ClusterPolitenessAddon": 110,
    "newscrawl.cluster.worker.ClusterAddon": 200,
}
# Distributed crawls (newscrawl.cluster): set by `newscrawl cluster` / `newscrawl worker`
# for the workers it runs; a worker's heartbeat lease in seconds.
NEWSCRAWL_CLUSTER_RUN = ""
NEWSCRAWL_CLUSTER_WORKER = ""
NEWSCRAWL_CLUSTER_LEASE = 15.0
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

# Distributed crawls (newscrawl.cluster). A Redis URL puts this process in a cluster; its
# hosts are then paced for the whole cluster (newscrawl.cluster.politeness): one request
# per DOWNLOAD_DELAY (or NEWSCRAWL_CLUSTER_RATE per second) and CONCURRENT_REQUESTS_PER_DOMAIN
# in flight per host across all workers. A dead worker's slots come back after the lease
# TTL; Redis away longer than NEWSCRAWL_CLUSTER_REDIS_TIMEOUT fails the crawl.
NEWSCRAWL_CLUSTER_REDIS = ""
NEWSCRAWL_CLUSTER_RATE = 0.0
NEWSCRAWL_CLUSTER_LEASE_TTL = 15.0
NEWSCRAWL_CLUSTER_REDIS_TIMEOUT = 10.0
NEWSCRAWL_CLUSTER_POLL = 0.05

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
