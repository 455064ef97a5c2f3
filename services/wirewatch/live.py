"""``wirewatch run``: embedded broker + one worker + the sample feed + a live terminal view.

Ctrl-C (or ``--duration``) stops the view, the worker and, if this command started it, the
broker: no process is left behind.
"""

from __future__ import annotations

import asyncio
import collections
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer
from rich.console import Console, Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from wirewatch import broker
from wirewatch.kafka_clients import client_options
from wirewatch.settings import Settings
from wirewatch.stream import topics


@dataclass
class LiveState:
    enriched: collections.deque = field(default_factory=lambda: collections.deque(maxlen=12))
    changes: collections.deque = field(default_factory=lambda: collections.deque(maxlen=8))
    counts: collections.Counter = field(default_factory=collections.Counter)
    arrivals: collections.deque = field(default_factory=lambda: collections.deque(maxlen=2000))
    started: float = field(default_factory=time.monotonic)
    status: str = "starting"

    def rate(self, window_s: float = 10.0) -> float:
        now = time.monotonic()
        recent = [t for t in self.arrivals if now - t <= window_s]
        return len(recent) / min(window_s, max(now - self.started, 1e-3))


def render(state: LiveState) -> Group:
    articles = Table(title="enriched articles", expand=True, show_lines=False)
    articles.add_column("lang", min_width=4, no_wrap=True)
    articles.add_column("outlet", max_width=16, no_wrap=True)
    articles.add_column("title", ratio=3, no_wrap=True)
    articles.add_column("topics", ratio=1, no_wrap=True)
    articles.add_column("places", ratio=1, no_wrap=True)
    articles.add_column("fig", min_width=3, justify="right")
    for a in reversed(state.enriched):
        title = " ".join((a.get("title") or a.get("text", "")[:120]).split())
        if a.get("duplicate_of"):
            title = f"[copy of {a['duplicate_of']}] {title}"
        articles.add_row(a.get("language", ""), a.get("outlet", ""), title,
                         ", ".join(t["label"] for t in a.get("topics", [])[:2]),
                         ", ".join(p["name"] for p in a.get("places", [])[:3]),
                         str(len(a.get("figures", []))))
    changes = Table(title="figure changes", expand=True)
    for column in ("kind", "figure", "previous", "current", "delta", "by"):
        changes.add_column(column, no_wrap=True, max_width=36)
    for c in reversed(state.changes):
        p, n = c["previous"], c["current"]
        pct = f" ({c['delta_pct']:+.1f}%)" if c.get("delta_pct") is not None else ""
        changes.add_row(c["kind"], c["figure_key"], f"{p['value']} {p['outlet']}",
                        f"{n['value']} {n['outlet']}", f"{c['delta']}{pct}", n["outlet"])
    line = Text(f"{state.status} | enriched {state.counts['enriched']} "
                f"({state.rate():.1f}/s) | changes {state.counts['changes']} | "
                f"DLQ {state.counts['dlq']} | Ctrl-C to stop", style="bold")
    return Group(line, articles, changes)


async def watch(settings: Settings, state: LiveState, stop: asyncio.Event) -> None:
    names = {settings.topic(topics.ENRICHED): "enriched", settings.topic(topics.CHANGES): "changes",
             settings.topic(topics.DLQ): "dlq"}
    consumer = AIOKafkaConsumer(*names, bootstrap_servers=settings.bootstrap_servers,
                                group_id=None, auto_offset_reset="earliest",
                                metadata_max_age_ms=2000, **client_options(settings))
    await consumer.start()
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=300)
            for tp, records in batch.items():
                kind = names[tp.topic]
                for record in records:
                    state.counts[kind] += 1
                    if kind == "enriched":
                        state.enriched.append(orjson.loads(record.value))
                        state.arrivals.append(time.monotonic())
                    elif kind == "changes":
                        state.changes.append(orjson.loads(record.value))
    finally:
        await consumer.stop()


def start_worker_process(settings: Settings, log_path: Path) -> subprocess.Popen:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        return subprocess.Popen([sys.executable, "-m", "wirewatch.cli", "worker"], stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, env=dict(os.environ))


def stop_process_group(proc: subprocess.Popen, timeout_s: float = 10.0) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def run_everything(settings: Settings, *, publish_samples: bool = True,
                   duration: float | None = None) -> int:
    console = Console()
    started_broker = False
    if not broker.is_reachable(settings, timeout_s=1.0):
        console.print(f"starting the embedded broker on 127.0.0.1:{settings.broker_port} ...")
        try:
            broker.start(settings)
        except broker.BrokerError as exc:
            console.print(f"[red]error:[/] {exc}")
            return 1
        started_broker = True
    log_path = Path(settings.state_dir) / "worker.log"
    console.print(f"starting a worker (log: {log_path}, metrics: "
                  f"http://{settings.metrics_host}:{settings.metrics_port}/metrics) ...")
    worker = start_worker_process(settings, log_path)
    try:
        return asyncio.run(_live(settings, console, worker, publish_samples, duration))
    except KeyboardInterrupt:
        return 0
    finally:
        console.print("stopping the worker ...")
        stop_process_group(worker)
        if started_broker:
            console.print("stopping the embedded broker ...")
            broker.stop(settings)


async def _live(settings: Settings, console: Console, worker: subprocess.Popen,
                publish_samples: bool, duration: float | None) -> int:
    from wirewatch.publish import produce, read_articles
    from wirewatch.samples import sample_feed_path
    from wirewatch.stream.admin import ensure_topics

    state = LiveState()
    await ensure_topics(settings)
    if publish_samples:
        articles = read_articles([sample_feed_path()]).articles
        await produce(articles, bootstrap=settings.bootstrap_servers,
                      topic=settings.topic(topics.RAW),
                      client_options=client_options(settings))
        state.status = f"published {len(articles)} sample articles; worker joining the group"
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    watcher = asyncio.create_task(watch(settings, state, stop))
    deadline = None if duration is None else time.monotonic() + duration
    with Live(render(state), console=console, refresh_per_second=4) as live:
        while not stop.is_set():
            if worker.poll() is not None:
                state.status = f"worker exited with code {worker.returncode}; see its log"
                stop.set()
            elif state.counts["enriched"]:
                state.status = "running"
            live.update(render(state))
            if deadline is not None and time.monotonic() >= deadline:
                stop.set()
            await asyncio.sleep(0.25)
        live.update(render(state))
    await watcher
    console.print(f"enriched {state.counts['enriched']}, changes {state.counts['changes']}, "
                  f"DLQ {state.counts['dlq']}")
    return 0 if worker.returncode in (None, 0) else 1
