"""IPTC Media Topics (stage ``classify_topics``). Placeholder: no topics yet."""

from __future__ import annotations

from wirewatch.model import Article


class TopicClassifier:
    @classmethod
    def load(cls) -> "TopicClassifier":
        return cls()

    def __call__(self, article: Article) -> Article:
        return article
