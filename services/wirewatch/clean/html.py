"""Main text out of HTML (stage ``extract_main_text``). Placeholder until issue 4 tunes it."""

from __future__ import annotations

import trafilatura

from wirewatch.model import Article


def extract_main_text(article: Article) -> Article:
    raw = article.raw
    if raw.content_type == "text/html":
        text = trafilatura.extract(raw.body, include_comments=False, favor_precision=False) or ""
        article.text = text
        if not article.title:
            meta = trafilatura.extract_metadata(raw.body)
            article.title = (raw.title or (meta.title if meta else None) or "").strip()
    else:
        article.text = raw.body
    if raw.title and not article.title:
        article.title = raw.title.strip()
    return article
