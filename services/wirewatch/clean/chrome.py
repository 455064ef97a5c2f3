"""Site chrome removal from page text (stage ``strip_boilerplate``). Placeholder."""

from __future__ import annotations

from wirewatch.model import Article


class BoilerplateStripper:
    def __call__(self, article: Article) -> Article:
        return article
