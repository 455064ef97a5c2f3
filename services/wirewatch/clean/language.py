"""Language identification (stage ``identify_language``). Placeholder."""

from __future__ import annotations

from wirewatch.model import Article


class LanguageIdentifier:
    def __call__(self, article: Article) -> Article:
        article.language = article.raw.language or "und"
        return article
