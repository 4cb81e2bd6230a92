"""Pure extraction: Scrapy-free functions over HTML and text."""
