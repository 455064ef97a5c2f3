"""wirewatch: stream enrichment of news articles (clean, classify, reported figures)."""

__version__ = "0.1.0"
