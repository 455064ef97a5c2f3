"""The benchmark: one command, one embedded broker, every figure measured in the same run.

    python -m bench.run [--quick] [--durable] [--soak N]      (make bench / make bench-quick)

Measures, in order (see bench/README.md for the method and how to read the table):
  1. ceiling      plain aiokafka consume->produce loop, no processing (articles/s)
  2. transport    a wirewatch worker with every stage off (WIREWATCH_STAGES_ENABLED=false)
  3. offline      OfflineEnricher (what ``wirewatch enrich`` runs) on one core, no broker
  4. stream       full pipeline: text with 1 and 2 workers, HTML pages with 1 worker
  5. latency      end-to-end p50/p95/p99 at 50% of the measured 1-worker text capacity
  6. stages       per-stage mean and p99 ms per article (offline timings)
  7. memory       peak RSS per worker (sampled) and RSS after a soak of many articles
Writes bench/results/latest.json (untracked) and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "services")]

import orjson  # noqa: E402
import psutil  # noqa: E402
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: E402

from bench import corpus  # noqa: E402
from wirewatch import broker as broker_lib  # noqa: E402
from wirewatch.settings import Settings  # noqa: E402
from wirewatch.stream import topics  # noqa: E402
from wirewatch.stream.admin import ensure_topics, topic_layout  # noqa: E402

RESULTS = REPO / "bench" / "results"
Message = tuple[bytes, bytes]


@dataclass(frozen=True)
class Counts:
    """How many articles each measurement uses."""

    ceiling: int
    transport: int
    offline: int
    text: int
    text_2w: int
    html: int
    latency_s: float
    soak: int
    soak_minutes: float = 4.0
    soak_step_seconds: float = 300.0  # event time between soak articles: windows pass sooner
    soak_broker_max_gb: float = 6.0  # the in-memory broker keeps everything: stop before this


QUICK = Counts(ceiling=5000, transport=1000, offline=200, text=400, text_2w=600, html=80,
               latency_s=8.0, soak=0)
FULL = Counts(ceiling=20000, transport=5000, offline=1500, text=1500, text_2w=1500, html=300,
              latency_s=30.0, soak=100_000)
TARGETS = {"stream_efficiency": 0.9, "text_aps_1w": 100.0, "html_aps_1w": 50.0,
           "scaling_2w": 1.7, "latency_p99_ms": 250.0, "rss_peak_mb": 1024.0}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


# -- processes ----------------------------------------------------------------------------

@dataclass
class Worker:
    """``wirewatch worker`` in its own process group, logging to a file."""

    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log_path.open("ab") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "wirewatch.cli", "worker"],
                                         stdout=out, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, env=self.env,
                                         start_new_session=True)

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def terminate(self) -> None:
        """SIGTERM to the worker's process group (it was started in a session of its own)."""
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def stop(self, timeout_s: float = 10.0) -> None:
        """SIGTERM, then SIGKILL to the group after ``timeout_s``."""
        if not self.proc or self.proc.poll() is not None:
            return
        self.terminate()
        try:
            self.proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()

    def log_lines(self) -> list[dict[str, Any]]:
        lines = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                try:
                    lines.append(json.loads(line))
                except ValueError:
                    continue
        return lines

    def raw_partitions(self, raw_topic: str) -> set[int] | None:
        """The raw-topic partitions of the worker's last assignment (None before any)."""
        last = None
        for entry in self.log_lines():
            if entry.get("event") == "partitions assigned":
                last = entry.get("partitions") or []
        if last is None:
            return None
        return {int(p.rsplit(":", 1)[1]) for p in last if p.rsplit(":", 1)[0] == raw_topic}


class ProcessSampler:
    """Samples RSS of some pids every ``interval_s`` in a thread; CPU seconds used in between."""

    def __init__(self, pids: Iterable[int], interval_s: float = 0.25) -> None:
        self.procs = {pid: psutil.Process(pid) for pid in pids}
        self.peak: dict[int, int] = {pid: 0 for pid in self.procs}
        self.last: dict[int, int] = {pid: 0 for pid in self.procs}
        self.cpu_start = {pid: _cpu(p) for pid, p in self.procs.items()}
        self.cpu_s: dict[int, float] = {pid: 0.0 for pid in self.procs}
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval_s)

    def sample(self) -> None:
        for pid, proc in self.procs.items():
            try:
                rss = proc.memory_info().rss
                self.cpu_s[pid] = _cpu(proc) - self.cpu_start[pid]
            except psutil.Error:
                continue
            self.last[pid] = rss
            self.peak[pid] = max(self.peak[pid], rss)

    def __enter__(self) -> ProcessSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.sample()
        self._stop.set()
        self._thread.join()


def _cpu(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return times.user + times.system


# -- Kafka helpers ------------------------------------------------------------------------

async def produce(bootstrap: str, topic: str, messages: Iterable[Message]) -> int:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5,
                                max_batch_size=1_000_000, max_request_size=30_000_000)
    await producer.start()
    try:
        futures = [await producer.send(topic, key=k, value=v) for k, v in messages]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return len(futures)


def consumer_for(bootstrap: str, *topic_names: str) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(*topic_names, bootstrap_servers=bootstrap, group_id=None,
                            auto_offset_reset="earliest", enable_auto_commit=False,
                            metadata_max_age_ms=1000, fetch_max_wait_ms=20,
                            fetch_max_bytes=100_000_000, max_partition_fetch_bytes=50_000_000)


@dataclass
class Arrivals:
    """First arrival of each distinct id on a topic: broker timestamp and local clock."""

    record_ms: dict[str, int] = field(default_factory=dict)
    local_s: dict[str, float] = field(default_factory=dict)

    def rate(self) -> float:
        """Articles/s from the first enriched message to the last, by broker timestamps."""
        stamps = sorted(self.record_ms.values())
        if len(stamps) < 2:
            return 0.0
        span_s = (stamps[-1] - stamps[0]) / 1000
        if span_s <= 0:
            local = sorted(self.local_s.values())
            span_s = local[-1] - local[0]
        return (len(stamps) - 1) / span_s if span_s > 0 else 0.0


async def collect(bootstrap: str, topic: str, expected: int, timeout_s: float,
                  arrivals: Arrivals | None = None, stop: asyncio.Event | None = None,
                  ) -> Arrivals:
    """Read ``topic`` until ``expected`` distinct ids arrived, ``stop`` is set or time is up."""
    arrivals = arrivals or Arrivals()
    consumer = consumer_for(bootstrap, topic)
    await consumer.start()
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline and len(arrivals.record_ms) < expected:
            if stop is not None and stop.is_set():
                break
            batch = await consumer.getmany(timeout_ms=200, max_records=5000)
            now = time.time()
            for records in batch.values():
                for record in records:
                    article_id = orjson.loads(record.value)["id"]
                    if article_id not in arrivals.record_ms:
                        arrivals.record_ms[article_id] = record.timestamp
                        arrivals.local_s[article_id] = now
    finally:
        await consumer.stop()
    return arrivals


# -- the run ------------------------------------------------------------------------------

class Bench:
    def __init__(self, counts: Counts, workdir: Path) -> None:
        self.counts = counts
        self.workdir = workdir
        self.port = free_port()
        self.settings = Settings(broker_url=f"kafka://127.0.0.1:{self.port}",
                                 broker_port=self.port, state_dir=str(workdir / "state"))
        self.bootstrap = self.settings.bootstrap_servers
        self.results: dict[str, Any] = {}
        self.notes: list[str] = []
        self.workers: list[Worker] = []
        self.rss_peak: dict[str, float] = {}

    # broker and workers

    def start_broker(self) -> None:
        broker_lib.start(self.settings)
        log(f"embedded broker on {self.bootstrap}")

    def stop_all(self) -> None:
        try:
            self.stop_workers(list(self.workers))
        finally:
            broker_lib.stop(self.settings)

    def fresh(self, label: str) -> Settings:
        prefix = f"bench{uuid.uuid4().hex[:6]}-{label}."
        settings = Settings(**{**self._base(), "topic_prefix": prefix, "app_id": f"{prefix}app"})
        asyncio.run(ensure_topics(settings, topic_layout(settings)))
        return settings

    def _base(self) -> dict[str, Any]:
        return {"broker_url": self.settings.broker_url, "broker_port": self.port,
                "state_dir": self.settings.state_dir}

    def start_workers(self, settings: Settings, count: int, **extra: str) -> list[Worker]:
        started = []
        for number in range(count):
            env = dict(os.environ)
            env.update({
                "WIREWATCH_BROKER_URL": settings.broker_url,
                "WIREWATCH_BROKER_PORT": str(self.port),
                "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix,
                "WIREWATCH_APP_ID": settings.app_id,
                "WIREWATCH_STATE_DIR": settings.state_dir,
                "WIREWATCH_METRICS_PORT": str(free_port()),
                "WIREWATCH_WEB_PORT": str(free_port()),
                "WIREWATCH_SESSION_TIMEOUT_S": "3",
                "WIREWATCH_HEARTBEAT_INTERVAL_S": "0.5",
                "WIREWATCH_LOG_LEVEL": "INFO",
                "PYTHONPATH": os.pathsep.join([str(REPO / "services"),
                                               env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
            })
            env.update(extra)
            worker = Worker(env, self.workdir / f"{settings.topic_prefix}worker{number}.log")
            worker.start()
            started.append(worker)
        self.workers.extend(started)
        return started

    def stop_workers(self, workers: list[Worker]) -> None:
        for worker in workers:  # all at once: no rebalance onto the last one standing
            worker.terminate()
        for worker in workers:
            worker.stop()
            if worker in self.workers:
                self.workers.remove(worker)
            text = worker.log_path.read_text(errors="replace") if worker.log_path.exists() else ""
            if "Traceback" in text:
                self.notes.append(f"worker log {worker.log_path.name} has a traceback")

    def wait_for_group(self, settings: Settings, workers: list[Worker],
                       timeout_s: float = 90.0) -> float:
        """Wait until the raw topic's partitions are split over every worker; seconds taken."""
        raw = settings.topic(topics.RAW)
        started = time.monotonic()
        stable_since = None
        previous = None
        while time.monotonic() - started < timeout_s:
            for worker in workers:
                if worker.proc and worker.proc.poll() is not None:
                    raise RuntimeError(f"worker exited early: see {worker.log_path.name}")
            assignment = [worker.raw_partitions(raw) for worker in workers]
            complete = (all(a for a in assignment)
                        and set().union(*assignment) == set(range(settings.partitions))
                        and sum(len(a) for a in assignment) == settings.partitions)
            if complete and assignment == previous:
                stable_since = stable_since or time.monotonic()
                if time.monotonic() - stable_since >= 1.0:
                    return time.monotonic() - started
            else:
                stable_since = None
            previous = assignment
            time.sleep(0.2)
        raise RuntimeError(f"workers did not join within {timeout_s:.0f} s: "
                           f"see {[str(w.log_path) for w in workers]}")

    def run_step(self, step: Any) -> None:
        """One measurement; a failure is reported as a note and the run goes on."""
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - keep the other measurements
            name = step.__name__
            self.notes.append(f"{name} failed: {type(exc).__name__}: {exc}")
            log(f"{name} FAILED: {type(exc).__name__}: {exc}")
            self.keep_logs()

    def keep_logs(self) -> None:
        """Copy the worker logs out of the temporary directory for a post-mortem."""
        target = RESULTS / "logs"
        target.mkdir(parents=True, exist_ok=True)
        for path in self.workdir.glob("*.log"):
            shutil.copy(path, target / path.name)
        self.notes.append(f"worker logs kept in {target}")

    # measurements

    def measure_ceiling(self) -> None:
        """A plain aiokafka loop: consume every record, produce it unchanged, await the acks."""
        n = self.counts.ceiling
        messages = self.serialise(corpus.text_articles(n, run="ceiling"))
        settings = self.fresh("ceiling")
        source, sink = settings.topic(topics.RAW), settings.topic(topics.ENRICHED)
        asyncio.run(produce(self.bootstrap, source, messages))
        cpu = time.process_time()
        rate = asyncio.run(self._relay(source, sink, n))
        self.results["ceiling_aps"] = rate
        self.results["ceiling_cpu_ms_per_article"] = (time.process_time() - cpu) * 1000 / n
        log(f"ceiling: {rate:,.0f} articles/s over {n} "
            f"({self.results['ceiling_cpu_ms_per_article']:.3f} ms CPU per article)")

    async def _relay(self, source: str, sink: str, n: int) -> float:
        consumer = consumer_for(self.bootstrap, source)
        producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=1,
                                    max_batch_size=1_000_000, max_request_size=30_000_000)
        await consumer.start()
        await producer.start()
        done, first = 0, None
        try:
            while done < n:
                batch = await consumer.getmany(timeout_ms=1000, max_records=2000)
                if first is None and batch:
                    first = time.perf_counter()
                futures = [await producer.send(sink, key=r.key, value=r.value)
                           for records in batch.values() for r in records]
                await asyncio.gather(*futures)
                done += len(futures)
            return (n - 1) / (time.perf_counter() - first) if first else 0.0
        finally:
            await producer.stop()
            await consumer.stop()

    def serialise(self, records: Iterable[dict[str, Any]]) -> list[Message]:
        return [(r["id"].encode(), orjson.dumps(r)) for r in records]

    def measure_stream(self, label: str, messages: list[Message], workers: int,
                       **extra: str) -> dict[str, Any]:
        """Workers join first; then the articles are produced at once; distinct ids timed."""
        settings = self.fresh(label)
        started = self.start_workers(settings, workers, **extra)
        try:
            join_s = self.wait_for_group(settings, started)
            broker_pid = broker_lib.running_pid(self.settings)
            with ProcessSampler([w.pid for w in started] + [broker_pid]) as rss:
                asyncio.run(produce(self.bootstrap, settings.topic(topics.RAW), messages))
                arrivals = asyncio.run(collect(self.bootstrap, settings.topic(topics.ENRICHED),
                                               len(messages), timeout_s=60 + len(messages) / 5))
        finally:
            self.stop_workers(started)
        got = len(arrivals.record_ms)
        rate = arrivals.rate()
        peak_mb = max(rss.peak[w.pid] for w in started) / 2**20
        last_mb = max(rss.last[w.pid] for w in started) / 2**20
        self.rss_peak[label] = peak_mb
        worker_cpu_ms = sum(rss.cpu_s[w.pid] for w in started) * 1000 / max(got, 1)
        broker_cpu_ms = rss.cpu_s[broker_pid] * 1000 / max(got, 1)
        if got < len(messages):
            self.notes.append(f"{label}: only {got}/{len(messages)} enriched before the timeout")
        log(f"{label}: {rate:,.1f} articles/s ({workers} worker(s), {got}/{len(messages)} ids, "
            f"join {join_s:.1f} s, peak RSS {peak_mb:.0f} MB, worker CPU "
            f"{worker_cpu_ms:.2f} ms/article, broker CPU {broker_cpu_ms:.2f} ms/article)")
        row = {"aps": rate, "enriched": got, "sent": len(messages), "join_s": join_s,
               "rss_peak_mb": peak_mb, "rss_last_mb": last_mb,
               "worker_cpu_ms_per_article": worker_cpu_ms,
               "broker_cpu_ms_per_article": broker_cpu_ms, "load_avg_1m": os.getloadavg()[0]}
        self.results.setdefault("runs", {})[label] = row
        return row

    def measure_transport(self) -> None:
        messages = self.serialise(corpus.text_articles(self.counts.transport, run="transport"))
        row = self.measure_stream("transport", messages, 1, WIREWATCH_STAGES_ENABLED="false")
        self.results["transport_aps"] = row["aps"]
        ceiling = self.results.get("ceiling_aps") or 0
        self.results["transport_ratio"] = row["aps"] / ceiling if ceiling else None

    def measure_offline(self) -> None:
        from wirewatch.offline import OfflineEnricher
        from wirewatch.pipeline import build_pipeline

        lines = [v for _, v in self.serialise(corpus.text_articles(self.counts.offline,
                                                                   run="offline"))]
        pipeline = build_pipeline()
        pipeline.warm_up()  # as a worker does before it consumes
        pipeline.freeze_loaded_state()
        enricher = OfflineEnricher(pipeline, Settings())
        for line in lines[:20]:  # warm-up: lazy imports, caches
            enricher.enrich(line)
        timings: dict[str, list[float]] = {}
        rejected = 0
        started = time.process_time()
        wall = time.perf_counter()
        for line in lines:
            outcome = enricher.enrich(line)
            rejected += outcome.rejected is not None
            for name, seconds in outcome.timings.items():
                timings.setdefault(name, []).append(seconds * 1000)
        cpu_s, wall_s = time.process_time() - started, time.perf_counter() - wall
        self.results["offline_text_aps"] = len(lines) / cpu_s
        self.results["offline_cpu_ms_per_article"] = cpu_s * 1000 / len(lines)
        self.results["offline_text_aps_wall"] = len(lines) / wall_s
        self.results["stages"] = {name: {"mean_ms": statistics.fmean(ms),
                                         "p99_ms": percentile(ms, 99)}
                                  for name, ms in timings.items()}
        if rejected:
            self.notes.append(f"offline: {rejected} of {len(lines)} text articles rejected")
        log(f"offline: {len(lines) / cpu_s:,.1f} articles/s per CPU second "
            f"({len(lines) / wall_s:,.1f}/s wall clock)")
        self.measure_offline_html(enricher)

    def measure_offline_html(self, enricher: Any) -> None:
        pages = corpus.html_pages()
        if not pages:
            return
        lines = [v for _, v in self.serialise(corpus.html_articles(min(len(pages), 120), pages,
                                                                   run="offline"))]
        started = time.process_time()
        for line in lines:
            enricher.enrich(line)
        self.results["offline_html_aps"] = len(lines) / (time.process_time() - started)
        log(f"offline html: {self.results['offline_html_aps']:,.1f} pages/s per CPU second")

    def measure_full(self) -> None:
        text = self.serialise(corpus.text_articles(self.counts.text, run="text1w"))
        one = self.measure_stream("text_1w", text, 1)
        self.results["text_aps_1w"] = one["aps"]
        offline = self.results.get("offline_text_aps") or 0
        self.results["stream_efficiency"] = one["aps"] / offline if offline else None
        offline_ms = self.results.get("offline_cpu_ms_per_article")
        if offline_ms and one["worker_cpu_ms_per_article"]:
            # share of the worker's CPU that goes to the pipeline: independent of machine load
            self.results["stream_efficiency_cpu"] = offline_ms / one["worker_cpu_ms_per_article"]
        text2 = self.serialise(corpus.text_articles(self.counts.text_2w, run="text2w"))
        two = self.measure_stream("text_2w", text2, 2)
        self.results["text_aps_2w"] = two["aps"]
        self.results["text_aps_2w_per_worker"] = two["aps"] / 2
        self.results["scaling_2w"] = two["aps"] / one["aps"] if one["aps"] else None
        pages = corpus.html_pages()
        if not pages:
            self.results["html_aps_1w"] = None
            self.notes.append("html: skipped, ../shared/data/article-extraction-benchmark absent")
            return
        html = self.serialise(corpus.html_articles(self.counts.html, pages, run="html1w"))
        self.results["html_aps_1w"] = self.measure_stream("html_1w", html, 1)["aps"]

    def measure_latency(self) -> None:
        capacity = self.results.get("text_aps_1w") or 0
        if capacity <= 0:
            self.notes.append("latency: skipped, no full-pipeline capacity measured")
            return
        rate = capacity / 2
        n = max(20, int(rate * self.counts.latency_s))
        messages = self.serialise(corpus.text_articles(n, run="latency"))
        settings = self.fresh("latency")
        started = self.start_workers(settings, 1)
        try:
            self.wait_for_group(settings, started)
            with ProcessSampler(w.pid for w in started) as rss:
                sent, arrivals = asyncio.run(self._paced(settings, messages, rate))
        finally:
            self.stop_workers(started)
        self.rss_peak["latency"] = max(rss.peak.values()) / 2**20
        broker_ms = [arrivals.record_ms[i] - sent[i][1] for i in sent if i in arrivals.record_ms]
        local_ms = [(arrivals.local_s[i] - sent[i][0]) * 1000 for i in sent
                    if i in arrivals.local_s]
        if len(broker_ms) < len(sent):
            self.notes.append(f"latency: {len(sent) - len(broker_ms)} of {len(sent)} not enriched")
        for q in (50, 95, 99):
            self.results[f"latency_p{q}_ms"] = percentile(broker_ms, q)
            self.results[f"latency_arrival_p{q}_ms"] = percentile(local_ms, q)
        self.results["latency_rate_aps"] = rate
        self.results["latency_articles"] = len(sent)
        # worst latency per second of the run: a periodic pause shows as a pattern here
        first = min((t for _, t in sent.values()), default=0)
        worst: dict[int, float] = {}
        for i in sent:
            if i in arrivals.record_ms:
                second = int((sent[i][1] - first) // 1000)
                worst[second] = max(worst.get(second, 0.0), arrivals.record_ms[i] - sent[i][1])
        self.results["latency_worst_by_second_ms"] = [worst.get(k) for k in range(max(worst, default=-1) + 1)]
        log(f"latency at {rate:.0f}/s over {len(sent)}: p50 {self.results['latency_p50_ms']:.0f} "
            f"p95 {self.results['latency_p95_ms']:.0f} p99 {self.results['latency_p99_ms']:.0f} "
            f"ms (broker timestamps)")

    async def _paced(self, settings: Settings, messages: list[Message], rate: float,
                     ) -> tuple[dict[str, tuple[float, int]], Arrivals]:
        """Produce at ``rate``/s on a fixed schedule while collecting the enriched output."""
        producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=0,
                                    max_request_size=30_000_000)
        await producer.start()
        arrivals = Arrivals()
        stop = asyncio.Event()
        reader = asyncio.create_task(collect(self.bootstrap, settings.topic(topics.ENRICHED),
                                             len(messages), 120 + len(messages) / rate,
                                             arrivals, stop))
        await asyncio.sleep(1.0)  # the reader is subscribed before the first send
        sent: dict[str, tuple[float, int]] = {}
        pending = []
        origin = time.monotonic()
        try:
            for number, (key, value) in enumerate(messages):
                delay = origin + number / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                local = time.time()
                future = await producer.send(settings.topic(topics.RAW), key=key, value=value)
                pending.append((key.decode(), local, future))
            for article_id, local, future in pending:
                metadata = await future
                sent[article_id] = (local, metadata.timestamp)
            deadline = time.monotonic() + 60
            while len(arrivals.record_ms) < len(sent) and time.monotonic() < deadline:
                await asyncio.sleep(0.2)
        finally:
            stop.set()
            await reader
            await producer.stop()
        return sent, arrivals

    def measure_soak(self) -> None:
        """RSS of one worker after many articles (the copy and figure windows bound growth).

        Articles are produced in chunks, each once the previous one is enriched, until
        ``counts.soak`` articles or ``counts.soak_minutes`` have passed, whichever is first.
        """
        n = self.counts.soak
        if n <= 0:
            row = self.results.get("runs", {}).get("text_1w") or {}
            self.results["rss_after_100k_mb"] = row.get("rss_last_mb")
            self.results["rss_after_articles"] = row.get("enriched")
            self.notes.append(f"--quick: RSS 'after 100k' is the text_1w worker's after "
                              f"{row.get('enriched')} articles, not 100,000")
            return
        settings = self.fresh("soak")
        started = self.start_workers(settings, 1)
        try:
            self.wait_for_group(settings, started)
            with ProcessSampler(w.pid for w in started) as rss:
                curve = asyncio.run(self._soak(settings, n, rss, started[0].pid))
        finally:
            self.stop_workers(started)
        self.rss_peak["soak"] = max(rss.peak.values()) / 2**20
        done, last_mb = curve[-1] if curve else (0, None)
        self.results["rss_after_articles"] = done
        self.results["rss_after_soak_mb"] = last_mb
        self.results["rss_after_100k_mb"] = last_mb if done >= 100_000 else None
        self.results["rss_curve"] = curve
        if done < 100_000 and len(curve) >= 3:
            (n0, m0), (n1, m1) = curve[len(curve) // 2], curve[-1]
            slope = (m1 - m0) / (n1 - n0) if n1 > n0 else 0.0
            self.results["rss_growth_mb_per_10k"] = slope * 10_000
            self.results["rss_after_100k_mb_extrapolated"] = m1 + slope * (100_000 - n1)
            window = int(self.settings.copy_window_days * 86_400 / self.counts.soak_step_seconds)
            self.notes.append(f"soak: {done:,} articles in the time budget, not 100,000; "
                              f"RSS {last_mb:.0f} MB, growth over the second half "
                              f"{slope * 10_000:.1f} MB per 10k articles; linear extrapolation "
                              f"to 100k {self.results['rss_after_100k_mb_extrapolated']:.0f} MB "
                              f"is an upper bound: the copy window holds {window:,} articles of "
                              f"the soak ({self.counts.soak_step_seconds:.0f} s apart), the figure window 4.3x "
                              f"that")

    async def _soak(self, settings: Settings, n: int, rss: ProcessSampler, pid: int,
                    ) -> list[tuple[int, float]]:
        chunk = 2000
        budget_s = self.counts.soak_minutes * 60
        raw, enriched = settings.topic(topics.RAW), settings.topic(topics.ENRICHED)
        consumer = consumer_for(self.bootstrap, enriched)
        await consumer.start()
        seen: set[str] = set()
        curve: list[tuple[int, float]] = []
        began = time.monotonic()
        try:
            for start in range(0, n, chunk):
                if time.monotonic() - began > budget_s:
                    break
                count = min(chunk, n - start)
                await produce(self.bootstrap, raw, self.serialise(corpus.text_articles(
                    count, start=start, run="soak",
                    step_seconds=self.counts.soak_step_seconds)))
                deadline = time.monotonic() + 120 + count / 5
                while len(seen) < start + count and time.monotonic() < deadline:
                    batch = await consumer.getmany(timeout_ms=500, max_records=5000)
                    for records in batch.values():
                        seen.update(orjson.loads(r.value)["id"] for r in records)
                rss.sample()
                curve.append((len(seen), rss.last[pid] / 2**20))
                broker_pid = broker_lib.running_pid(self.settings)
                broker_gb = psutil.Process(broker_pid).memory_info().rss / 2**30
                if broker_gb > self.counts.soak_broker_max_gb:
                    self.notes.append(f"soak: stopped at {len(seen):,} articles, the in-memory "
                                      f"broker's RSS passed {self.counts.soak_broker_max_gb} GB")
                    break
                log(f"soak: {len(seen):,} enriched, worker RSS {curve[-1][1]:.0f} MB, "
                    f"broker RSS {broker_gb:.1f} GB, {time.monotonic() - began:.0f} s")
        finally:
            await consumer.stop()
        return curve

    def measure_durable(self) -> None:
        help_text = subprocess.run([sys.executable, "-m", "wirewatch.cli", "broker", "start",
                                    "--help"], capture_output=True, text=True,
                                   env={**os.environ, "PYTHONPATH": str(REPO / "services")}).stdout
        if "--durable" not in help_text:
            self.results["durable_aps"] = None
            self.notes.append("durable: skipped, `wirewatch broker start --durable` does not "
                              "exist yet")
            return
        port = free_port()
        env = {**os.environ, "WIREWATCH_BROKER_PORT": str(port),
               "WIREWATCH_BROKER_URL": f"kafka://127.0.0.1:{port}",
               "WIREWATCH_STATE_DIR": str(self.workdir / "durable-state"),
               "PYTHONPATH": str(REPO / "services")}
        cli = [sys.executable, "-m", "wirewatch.cli", "broker"]
        subprocess.run(cli + ["start", "--durable"], env=env, check=True)
        saved = (self.settings, self.port, self.bootstrap)
        try:
            self.port = port
            self.settings = Settings(broker_url=env["WIREWATCH_BROKER_URL"], broker_port=port,
                                     state_dir=env["WIREWATCH_STATE_DIR"])
            self.bootstrap = self.settings.bootstrap_servers
            text = self.serialise(corpus.text_articles(self.counts.text, run="durable"))
            self.results["durable_aps"] = self.measure_stream("durable_text_1w", text, 1)["aps"]
        finally:
            self.settings, self.port, self.bootstrap = saved
            subprocess.run(cli + ["stop"], env=env, check=False)


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


# -- report -------------------------------------------------------------------------------

def verdicts(results: dict[str, Any]) -> dict[str, bool | None]:
    def at_least(key: str, target: float) -> bool | None:
        value = results.get(key)
        return None if value is None else value >= target

    def below(key: str, target: float) -> bool | None:
        value = results.get(key)
        return None if value is None else value < target

    return {"stream_efficiency": at_least("stream_efficiency", TARGETS["stream_efficiency"]),
            "text_aps_1w": at_least("text_aps_1w", TARGETS["text_aps_1w"]),
            "html_aps_1w": at_least("html_aps_1w", TARGETS["html_aps_1w"]),
            "scaling_2w": at_least("scaling_2w", TARGETS["scaling_2w"]),
            "latency_p99_ms": below("latency_p99_ms", TARGETS["latency_p99_ms"]),
            "rss_peak_mb": below("rss_peak_mb", TARGETS["rss_peak_mb"])}


ROWS = (
    ("ceiling_aps", "1. ceiling: plain aiokafka consume->produce", "articles/s", ""),
    ("transport_aps", "2. worker, stages off (transport)", "articles/s", ""),
    ("transport_ratio", "   transport / ceiling", "ratio", ""),
    ("offline_text_aps", "3. offline pipeline, text, one core", "articles/s", ""),
    ("offline_html_aps", "   offline pipeline, HTML, one core", "pages/s", ""),
    ("text_aps_1w", "4. stream, text, 1 worker", "articles/s", ">= 100"),
    ("text_aps_2w", "   stream, text, 2 workers (total)", "articles/s", ""),
    ("scaling_2w", "   2 workers / 1 worker", "ratio", ">= 1.7"),
    ("html_aps_1w", "   stream, HTML, 1 worker", "pages/s", ">= 50"),
    ("stream_efficiency", "   stream efficiency (text 1w / offline)", "ratio", ">= 0.9"),
    ("stream_efficiency_cpu", "   same, in CPU: offline ms / worker ms", "ratio", ""),
    ("latency_p50_ms", "5. end-to-end latency p50 at 50% load", "ms", ""),
    ("latency_p95_ms", "   end-to-end latency p95", "ms", ""),
    ("latency_p99_ms", "   end-to-end latency p99", "ms", "< 250"),
    ("rss_peak_mb", "7. peak RSS of any worker", "MB", "< 1024"),
    ("rss_after_100k_mb", "   RSS after 100,000 articles", "MB", ""),
    ("rss_after_soak_mb", "   RSS after the soak (rss_after_articles)", "MB", ""),
    ("rss_after_articles", "   articles in the soak", "articles", ""),
    ("durable_aps", "   stream, text, 1 worker, durable broker", "articles/s", ""),
)


def render(results: dict[str, Any]) -> str:
    ok = results.get("targets", {})
    lines = [f"{'measure':46} {'value':>12} {'unit':11} {'target':8} met"]
    for key, title, unit, target in ROWS:
        value = results.get(key)
        shown = "n/a" if value is None else (f"{value:,.2f}" if unit == "ratio"
                                              else f"{value:,.1f}")
        met = {True: "yes", False: "NO", None: ""}[ok.get(key)]
        lines.append(f"{title:46} {shown:>12} {unit:11} {target:8} {met}")
    runs = results.get("runs") or {}
    if runs:
        lines.append("")
        lines.append(f"{'stream run':22} {'articles/s':>10} {'worker CPU':>11} {'broker CPU':>11} "
                     f"{'peak RSS':>9} {'load 1m':>8}")
        lines.append(f"{'':22} {'':>10} {'ms/article':>11} {'ms/article':>11} {'MB':>9}")
        for label, row in runs.items():
            lines.append(f"{label:22} {row['aps']:10.1f} {row['worker_cpu_ms_per_article']:11.2f} "
                         f"{row['broker_cpu_ms_per_article']:11.2f} {row['rss_peak_mb']:9.0f} "
                         f"{row['load_avg_1m']:8.1f}")
    stages = results.get("stages") or {}
    if stages:
        lines.append("")
        lines.append(f"6. {'stage (offline, text)':43} {'mean ms':>12} {'p99 ms':>11}")
        for name, row in stages.items():
            lines.append(f"   {name:43} {row['mean_ms']:12.3f} {row['p99_ms']:11.3f}")
        total = sum(row["mean_ms"] for row in stages.values())
        lines.append(f"   {'all stages':43} {total:12.3f}")
    for note in results.get("notes", []):
        lines.append(f"note: {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small counts (about 2 minutes)")
    parser.add_argument("--durable", action="store_true",
                        help="also measure 1 worker on `wirewatch broker start --durable`")
    parser.add_argument("--soak", type=int, default=None,
                        help="articles for the RSS soak (default 100000, 0 in --quick)")
    parser.add_argument("--soak-minutes", type=float, default=None,
                        help="time budget of the soak (default 4)")
    parser.add_argument("--soak-step-seconds", type=float, default=None,
                        help="event time between soak articles (default 300: the 7-day copy "
                             "window holds 2,016 of them)")
    parser.add_argument("--soak-broker-max-gb", type=float, default=None,
                        help="stop the soak when the in-memory broker's RSS passes this "
                             "(default 6)")
    parser.add_argument("--only", default="",
                        help="comma-separated subset of: ceiling, transport, offline, full, "
                             "latency, soak, durable (latency needs full)")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    counts = QUICK if args.quick else FULL
    if args.soak is not None:
        counts = Counts(**{**counts.__dict__, "soak": args.soak})
    if args.soak_step_seconds is not None:
        counts = Counts(**{**counts.__dict__, "soak_step_seconds": args.soak_step_seconds})
    if args.soak_minutes is not None:
        counts = Counts(**{**counts.__dict__, "soak_minutes": args.soak_minutes})
    if args.soak_broker_max_gb is not None:
        counts = Counts(**{**counts.__dict__, "soak_broker_max_gb": args.soak_broker_max_gb})
    began = time.monotonic()
    # SIGTERM too runs the finally below: no worker or broker is left behind
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with tempfile.TemporaryDirectory(prefix="wirewatch-bench-") as tmp:
        bench = Bench(counts, Path(tmp))
        results = bench.results
        results.update(mode="quick" if args.quick else "full", counts=counts.__dict__,
                       started_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                       host={"cpus": os.cpu_count(), "load_avg_1m_at_start": os.getloadavg()[0],
                             "python": platform.python_version()})
        steps = [bench.measure_ceiling, bench.measure_transport, bench.measure_offline,
                 bench.measure_full, bench.measure_latency, bench.measure_soak]
        if args.durable:
            steps.append(bench.measure_durable)
        else:
            results["durable_aps"] = None
            bench.notes.append("durable: not measured (pass --durable)")
        if args.only:
            wanted = set(args.only.split(","))
            steps = [s for s in steps if s.__name__.removeprefix("measure_") in wanted]
            bench.notes.append(f"--only {args.only}: the other measurements were not run")
        try:
            bench.start_broker()
            for step in steps:
                bench.run_step(step)
        finally:
            bench.stop_all()
        results["rss_peak_mb"] = max(bench.rss_peak.values()) if bench.rss_peak else None
        results["rss_peak_by_run_mb"] = bench.rss_peak
        results["notes"] = bench.notes
        results["targets"] = verdicts(results)
        results["host"]["load_avg_1m_at_end"] = os.getloadavg()[0]
        results["duration_s"] = time.monotonic() - began
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print()
    print(render(results))
    print(f"\nwritten to {args.output} in {results['duration_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
