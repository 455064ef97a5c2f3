"""Terminal side of ``wirewatch publish``: progress bar and summary."""

from __future__ import annotations

import asyncio

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from wirewatch.publish import ReadResult, produce
from wirewatch.kafka_clients import client_options
from wirewatch.settings import Settings
from wirewatch.stream import topics
from wirewatch.stream.admin import ensure_topics


def publish_with_progress(result: ReadResult, settings: Settings) -> int:
    console = Console(stderr=True)
    topic = settings.topic(topics.RAW)
    for where, why in result.rejected[:20]:
        console.print(f"[yellow]rejected[/] {where}: {why}")
    if len(result.rejected) > 20:
        console.print(f"[yellow]... and {len(result.rejected) - 20} more rejected[/]")
    sent = 0
    if result.articles:
        asyncio.run(ensure_topics(settings))
        with Progress(TextColumn("publishing to " + topic), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=console,
                      disable=len(result.articles) < 50) as progress:
            task = progress.add_task("publish", total=len(result.articles))
            sent = asyncio.run(produce(result.articles, bootstrap=settings.bootstrap_servers,
                                       topic=topic, max_message_bytes=settings.max_message_bytes,
                                       on_sent=lambda: progress.advance(task),
                                       client_options=client_options(settings)))
    console.print(f"published {sent}, rejected {len(result.rejected)} -> {topic}")
    return 0 if not result.rejected else 1
