"""Build ``feed.jsonl`` from the per-article sources in ``articles/``.

Each source file is a small header of ``name: value`` lines (the raw article's fields other
than ``body``), a line ``---``, then the body exactly as a producer would send it: the full
HTML page for ``text/html``, the flattened page text (chrome included) for ``text/plain``.

    python -m wirewatch.samples.build_feed           # rewrite feed.jsonl
    python -m wirewatch.samples.build_feed --check   # exit 1 if feed.jsonl is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wirewatch.samples import sample_feed_path, sample_sources_dir

# Field order of a line in the feed (the articles.raw.v1 contract).
FIELD_ORDER = ("id", "url", "outlet", "published_at", "content_type", "title", "language",
               "fetched_at", "body")
HEADER_FIELDS = frozenset(FIELD_ORDER) - {"body"}
SEPARATOR = "---"


class SourceError(ValueError):
    """A source file is malformed (no separator, unknown or repeated header field)."""


def parse_source(text: str, *, name: str = "<source>") -> dict[str, Any]:
    """One source file's text -> a raw article dict."""
    header, sep, body = text.partition(f"\n{SEPARATOR}\n")
    if not sep:
        raise SourceError(f"{name}: no '{SEPARATOR}' line between header and body")
    article: dict[str, Any] = {}
    for line in header.splitlines():
        field_name, colon, value = line.partition(":")
        field_name = field_name.strip()
        if not colon or field_name not in HEADER_FIELDS:
            raise SourceError(f"{name}: bad header line {line!r}")
        if field_name in article:
            raise SourceError(f"{name}: field {field_name!r} given twice")
        article[field_name] = value.strip()
    article["body"] = body.rstrip("\n") + "\n"
    return {k: article[k] for k in FIELD_ORDER if k in article}


def load_sources(folder: Path | None = None) -> list[dict[str, Any]]:
    """Every source in ``folder``, sorted by ``published_at`` then ``id``."""
    folder = folder or sample_sources_dir()
    articles = [parse_source(path.read_text(encoding="utf-8"), name=path.name)
                for path in sorted(folder.iterdir()) if path.suffix in (".txt", ".html")]
    return sorted(articles, key=lambda a: (a["published_at"], a["id"]))


def render_feed(articles: list[dict[str, Any]]) -> str:
    """The JSONL text: one compact JSON object per line, UTF-8 kept readable."""
    return "".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for a in articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if feed.jsonl differs from the sources")
    args = parser.parse_args(argv)
    feed = render_feed(load_sources())
    path = sample_feed_path()
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != feed:
            print(f"{path} is stale: run python -m wirewatch.samples.build_feed", file=sys.stderr)
            return 1
        return 0
    path.write_text(feed, encoding="utf-8")
    print(f"wrote {path} ({feed.count(chr(10))} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
