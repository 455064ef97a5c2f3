"""``wirewatch publish``: files, JSON lines and RSS/Atom feeds -> ``articles.raw.v1``.

Reading (``read_articles``) is separate from producing, so it is tested without a broker.
Every record is checked against the raw contract before it is sent; the ones that fail are
counted as rejected with their reason, never sent.
"""

from __future__ import annotations

import calendar
import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import orjson

from wirewatch.model import ContractError, RawArticle

TEXT_SUFFIXES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


@dataclass(slots=True)
class ReadResult:
    articles: list[RawArticle] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (where, why)


def _rfc3339(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds").replace(
        "+00:00", "Z")


def _stable_id(prefix: str, content: str) -> str:
    return f"{prefix}-{hashlib.blake2b(content.encode(), digest_size=10).hexdigest()}"


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    known = set(TEXT_SUFFIXES) | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and
                              p.suffix.lower() in known)
        else:
            yield path


def read_articles(paths: Iterable[Path]) -> ReadResult:
    result = ReadResult()
    for path in iter_files(paths):
        try:
            records = list(_records_of(path))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            result.rejected.append((str(path), f"{type(exc).__name__}: {exc}"))
            continue
        for where, record in records:
            try:
                result.articles.append(RawArticle.from_dict(record))
            except ContractError as exc:
                result.rejected.append((where, str(exc)))
    return result


def _records_of(path: Path) -> Iterator[tuple[str, Any]]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield str(path), _file_record(path, TEXT_SUFFIXES[suffix])
    elif suffix in JSONL_SUFFIXES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"{path}:{number}", _loads(line)
    elif suffix in JSON_SUFFIXES:
        data = _loads(path.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else [data]
        for number, item in enumerate(items):
            yield f"{path}[{number}]", item
    elif suffix in FEED_SUFFIXES:
        yield from ((str(path), r) for r in feed_records(path.read_bytes()))
    else:
        raise ValueError(f"unsupported file type {suffix!r} (use .txt .html .json .jsonl "
                         f".ndjson .rss .atom .xml)")


def _loads(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON: {exc}") from None


def _file_record(path: Path, content_type: str) -> dict[str, Any]:
    body = path.read_text(encoding="utf-8")
    return {"id": _stable_id("file", f"{path.name}\x1f{body}"), "url": path.resolve().as_uri(),
            "outlet": path.parent.name or "local", "published_at": _rfc3339(path.stat().st_mtime),
            "content_type": content_type, "body": body,
            "fetched_at": _rfc3339(time.time())}


def feed_records(data: bytes) -> list[dict[str, Any]]:
    """Articles of an RSS or Atom feed (entries without any text are skipped)."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise ValueError(f"not a readable RSS/Atom feed: {feed.get('bozo_exception')}")
    outlet = feed.feed.get("title") or "feed"
    records = []
    for entry in feed.entries:
        body, content_type = _entry_body(entry)
        link = entry.get("link") or ""
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = _rfc3339(calendar.timegm(stamp)) if stamp else _rfc3339(time.time())
        records.append({
            "id": entry.get("id") or link or _stable_id("feed", body),
            "url": link, "outlet": outlet, "published_at": published,
            "content_type": content_type, "body": body, "title": entry.get("title"),
            "language": (feed.feed.get("language") or "")[:2] or None,
            "fetched_at": _rfc3339(time.time()),
        })
    return [{k: v for k, v in r.items() if v is not None} for r in records if r["body"]]


def _entry_body(entry: Any) -> tuple[str, str]:
    for content in entry.get("content") or []:
        if content.get("value"):
            kind = "text/html" if "html" in content.get("type", "") else "text/plain"
            return content["value"], kind
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    return summary, "text/html" if "html" in detail.get("type", "text/html") else "text/plain"


async def produce(articles: list[RawArticle], *, bootstrap: str, topic: str,
                  on_sent: Any = None, max_message_bytes: int = 5_000_000,
                  client_options: dict[str, Any] | None = None) -> int:
    """Send each article keyed by its id; return how many the broker acknowledged."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5,
                                max_request_size=max_message_bytes + 1024,
                                request_timeout_ms=15000, **(client_options or {}))
    await producer.start()
    sent = 0
    try:
        pending = []
        for article in articles:
            value = orjson.dumps(article.to_dict())
            pending.append(await producer.send(topic, key=article.id.encode(), value=value))
            if len(pending) >= 500:
                sent += await _drain(pending, on_sent)
        sent += await _drain(pending, on_sent)
    finally:
        await producer.stop()
    return sent


async def _drain(pending: list, on_sent: Any) -> int:
    count = 0
    for fut in pending:
        await fut
        count += 1
        if on_sent:
            on_sent()
    pending.clear()
    return count
