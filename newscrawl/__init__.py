"""newscrawl: a news crawl pipeline built on Scrapy."""

__version__ = "0.1.0"
