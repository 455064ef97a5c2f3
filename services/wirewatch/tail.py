"""``wirewatch tail TOPIC``: subscribe and print messages readably (or as raw JSON lines)."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer

from wirewatch.kafka_clients import client_options
from wirewatch.settings import Settings


def describe(topic: str, data: Any) -> str:
    """One readable line for a message of a known topic."""
    if not isinstance(data, dict):
        return repr(data)
    if "enriched" in topic:
        topics_ = ",".join(t["label"] for t in data.get("topics", [])[:2]) or "-"
        places = ",".join(p["name"] for p in data.get("places", [])[:3]) or "-"
        dup = f" copy-of={data['duplicate_of']}" if data.get("duplicate_of") else ""
        return (f"[{data.get('language')}] {data.get('id')} {data.get('outlet')}: "
                f"{(data.get('title') or data.get('text', '')[:60]).strip()!r} topics={topics_} "
                f"places={places} figures={len(data.get('figures', []))}{dup}")
    if "changes" in topic:
        p, c = data.get("previous", {}), data.get("current", {})
        pct = data.get("delta_pct")
        return (f"{data.get('kind', '').upper()} {data.get('figure_key')}: {p.get('value')} "
                f"({p.get('outlet')}) -> {c.get('value')} ({c.get('outlet')}) "
                f"delta={data.get('delta')}" + (f" ({pct:+.1f}%)" if pct is not None else ""))
    if "dlq" in topic:
        return (f"DLQ {data.get('reason')} at {data.get('stage')}: {data.get('error', '')[:120]} "
                f"(from {data.get('topic')}[{data.get('partition')}]@{data.get('offset')})")
    return orjson.dumps(data).decode()[:300]


async def tail(settings: Settings, topic: str, *, as_json: bool, limit: int | None,
               idle_timeout: float | None) -> int:
    name = topic if topic.startswith(settings.topic_prefix) else settings.topic(topic)
    consumer = AIOKafkaConsumer(name, bootstrap_servers=settings.bootstrap_servers,
                                group_id=None, auto_offset_reset="earliest",
                                enable_auto_commit=False, **client_options(settings))
    await consumer.start()
    count, idle = 0, 0.0
    try:
        while limit is None or count < limit:
            batch = await consumer.getmany(timeout_ms=1000)
            if not batch:
                idle += 1.0
                if idle_timeout is not None and idle >= idle_timeout:
                    break
                continue
            idle = 0.0
            for record in (r for records in batch.values() for r in records):
                if limit is not None and count >= limit:
                    break
                count += 1
                _print(name, record.value, as_json)
    except asyncio.CancelledError:
        pass
    finally:
        await consumer.stop()
    return 0


def _print(topic: str, value: bytes | None, as_json: bool) -> None:
    if value is None:
        print("(null)")
        return
    if as_json:
        sys.stdout.write(value.decode("utf-8", "replace") + "\n")
        sys.stdout.flush()
        return
    try:
        print(describe(topic, orjson.loads(value)), flush=True)
    except orjson.JSONDecodeError:
        print(value[:200], flush=True)
