"""The project-written sample feed: raw articles for ``articles.raw.v1``.

``feed.jsonl`` holds one raw article per line (the ``articles.raw.v1`` contract), in
``published_at`` order. It is generated from the page sources in ``articles/`` by
``python -m wirewatch.samples.build_feed``; edit the sources, never the JSONL by hand.
Every article was written for this project (see ``README.md``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def sample_feed_path() -> Path:
    """Where the shipped sample feed lives (package data, next to this module)."""
    return _HERE / "feed.jsonl"


def sample_sources_dir() -> Path:
    """The folder of per-article sources that ``feed.jsonl`` is built from."""
    return _HERE / "articles"


def sample_expectations_path() -> Path:
    """What a correct run over the feed should find (languages, copies, figures, votes)."""
    return _HERE / "expectations.json"


def load_sample_expectations() -> dict[str, Any]:
    """``expectations.json`` as a dict; see its ``about`` field and ``README.md``."""
    return json.loads(sample_expectations_path().read_text(encoding="utf-8"))


def load_sample_feed() -> list[dict[str, Any]]:
    """Every raw article of the sample feed, as dicts, in feed (``published_at``) order."""
    with sample_feed_path().open(encoding="utf-8") as feed:
        return [json.loads(line) for line in feed if line.strip()]
