"""Test harness: the real broker, real worker processes, plain aiokafka clients. No mocks."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, NoReturn

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from wirewatch import broker as broker_lib
from wirewatch.settings import Settings
from wirewatch.stream.admin import ensure_topics, topic_layout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class EmbeddedBroker:
    port: int
    state_dir: Path

    @property
    def url(self) -> str:
        return f"kafka://127.0.0.1:{self.port}"

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def settings(self, **overrides: Any) -> Settings:
        values = dict(broker_url=self.url, broker_port=self.port, state_dir=str(self.state_dir))
        values.update(overrides)
        return Settings(**values)

    def start(self) -> None:
        broker_lib.start(self.settings())

    def stop(self) -> None:
        broker_lib.stop(self.settings())

    def pid(self) -> int | None:
        return broker_lib.running_pid(self.settings())


def missing_outside_ci(message: str) -> NoReturn:
    """Something a test needs is absent: on a user's machine the test skips; in CI (where
    ``make test`` installs everything and ../shared is present) it fails, so a broken setup
    never hides behind a skip."""
    import pytest

    if os.environ.get("CI"):
        pytest.fail(f"{message} (in CI this is a failure, not a skip)")
    pytest.skip(message)


def require_shared(path: Path) -> Path:
    """Shared data is absent from a user's clone: skip there, but never in CI."""
    if not path.exists():
        missing_outside_ci(f"{path} not found (needs ../shared next to the repository)")
    return path


@dataclass
class WorkerProcess:
    """``wirewatch worker`` as a child process, in its own process group."""

    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen | None = None
    starts: int = 0

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "wirewatch.cli", "worker"],
                                     stdout=log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env=self.env,
                                     start_new_session=True)
        self.starts += 1

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self, timeout_s: float = 15.0) -> None:
        if not self.proc or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.kill()

    def alive(self) -> bool:
        return bool(self.proc and self.proc.poll() is None)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def worker_env(settings: Settings, *, metrics_port: int | None = None,
               web_port: int | None = None, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "WIREWATCH_BROKER_URL": settings.broker_url,
        "WIREWATCH_BROKER_PORT": str(settings.broker_port),
        "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix,
        "WIREWATCH_APP_ID": settings.app_id,
        "WIREWATCH_STATE_DIR": settings.state_dir,
        "WIREWATCH_PARTITIONS": str(settings.partitions),
        "WIREWATCH_METRICS_PORT": str(metrics_port or free_port()),
        "WIREWATCH_WEB_PORT": str(web_port or free_port()),
        "WIREWATCH_SESSION_TIMEOUT_S": "3",
        "WIREWATCH_HEARTBEAT_INTERVAL_S": "0.5",
        "WIREWATCH_LOG_LEVEL": "INFO",
    })
    env.update(extra)
    return env


def settings_for_test(broker: EmbeddedBroker, prefix: str, **overrides: Any) -> Settings:
    return broker.settings(topic_prefix=prefix, app_id=f"{prefix}app", **overrides)


async def create_topics(settings: Settings) -> None:
    await ensure_topics(settings, topic_layout(settings))


async def produce(bootstrap: str, topic: str, messages: Iterable[tuple[bytes | None, bytes | None]],
                  ) -> int:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5,
                                max_request_size=30_000_000)
    await producer.start()
    count = 0
    try:
        futures = [await producer.send(topic, key=k, value=v) for k, v in messages]
        for fut in futures:
            await fut
            count += 1
    finally:
        await producer.stop()
    return count


async def produce_json(bootstrap: str, topic: str, records: Iterable[dict[str, Any]]) -> int:
    return await produce(bootstrap, topic,
                         ((r["id"].encode(), orjson.dumps(r)) for r in records))


@dataclass
class Collected:
    records: list[Any] = field(default_factory=list)

    def values(self) -> list[Any]:
        return [orjson.loads(r.value) for r in self.records]


async def consume_until(bootstrap: str, topic: str, *, done: Any, timeout_s: float,
                        collected: Collected | None = None) -> Collected:
    """Read ``topic`` from the beginning until ``done(values)`` is true or the time is up."""
    collected = collected or Collected()
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=None,
                                auto_offset_reset="earliest", enable_auto_commit=False,
                                metadata_max_age_ms=1000, fetch_max_bytes=50_000_000,
                                max_partition_fetch_bytes=30_000_000)
    await consumer.start()
    deadline = time.monotonic() + timeout_s
    values: list[Any] = []
    try:
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                collected.records.extend(records)
                values.extend(orjson.loads(r.value) for r in records)
            if done(values):
                break
    finally:
        await consumer.stop()
    return collected


def wait_for(predicate: Any, timeout_s: float, interval_s: float = 0.5) -> Any:
    """Poll ``predicate`` until it returns something truthy (returned) or time runs out (None)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval_s)
    return None


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def raw_article(article_id: str, body: str, *, content_type: str = "text/plain",
                published_at: str = "2024-03-26T09:00:00Z", outlet: str = "test-outlet",
                **extra: Any) -> dict[str, Any]:
    record = {"id": article_id, "url": f"https://example.org/{article_id}", "outlet": outlet,
              "published_at": published_at, "content_type": content_type, "body": body}
    record.update(extra)
    return record
