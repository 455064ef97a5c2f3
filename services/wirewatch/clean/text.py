"""Unicode repair and normalisation (stage ``repair_text``). Placeholder."""

from __future__ import annotations

import unicodedata

import ftfy

from wirewatch.model import Article


def repair_text(article: Article) -> Article:
    article.text = unicodedata.normalize("NFC", ftfy.fix_text(article.text, uncurl_quotes=False))
    article.title = unicodedata.normalize("NFC", ftfy.fix_text(article.title, uncurl_quotes=False))
    return article
