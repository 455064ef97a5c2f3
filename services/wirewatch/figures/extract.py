"""Reported figures (stage ``extract_figures``). Placeholder: none yet."""

from __future__ import annotations

from wirewatch.model import Article


def extract_figures(article: Article) -> Article:
    return article
