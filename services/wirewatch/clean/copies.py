"""Copies and near-copies of one wire story. Placeholder: exact copies only."""

from __future__ import annotations

import hashlib

from wirewatch.model import Article
from wirewatch.state import Store


def fingerprint_text(article: Article) -> Article:
    digest = hashlib.blake2b(article.text.encode(), digest_size=8).digest()
    article.fingerprint = [int.from_bytes(digest, "big")]
    return article


class CopyIndex:
    """Links an article to the earliest copy seen; state in ``store``."""

    def __init__(self, store: Store, *, window_days: float = 7.0) -> None:
        self.store = store
        self.window_days = window_days

    def link(self, article: Article) -> Article:
        key = str(article.fingerprint[0]) if article.fingerprint else None
        if key is None or not article.text:
            return article
        first = self.store.get(key)
        if first is None:
            self.store[key] = {"id": article.id, "published_at": article.raw.published_at}
        elif first["id"] != article.id:
            article.duplicate_of = first["id"]
        article.story_id = article.duplicate_of or article.id
        return article
