"""Worker processes in one consumer group: scale-out, and a SIGKILL that loses nothing."""

from __future__ import annotations

import re

import pytest

from tests.harness import (WorkerProcess, consume_until, create_topics, produce_json, raw_article,
                           run, settings_for_test, wait_for, worker_env)
from wirewatch.stream import topics

pytestmark = pytest.mark.e2e

PARAGRAPHS = [
    "The harbour authority said on Tuesday that container traffic rose for a third month.",
    "Dock workers' unions welcomed the figures but warned about overtime and staffing.",
    "Shipping lines have added routes to the port since the new terminal opened in spring.",
    "Local officials expect the expansion to create jobs in logistics and warehousing.",
]


def corpus(n: int) -> list[dict]:
    return [raw_article(f"a-{i:05d}", "\n\n".join(PARAGRAPHS) + f"\n\nBulletin {i}, desk {i % 7}.",
                        published_at=f"2024-03-26T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:"
                                     f"{i % 60:02d}Z")
            for i in range(n)]


def assigned_raw_partitions(log: str, raw_topic: str) -> set[int]:
    found: set[int] = set()
    for match in re.finditer(re.escape(raw_topic) + r":(\d+)", log):
        found.add(int(match.group(1)))
    return found


def test_two_workers_share_partitions_and_a_killed_worker_loses_nothing(broker, topic_prefix,
                                                                       tmp_path):
    settings = settings_for_test(broker, topic_prefix, partitions=6)
    run(create_topics(settings))
    articles = corpus(1500)
    run(produce_json(broker.bootstrap, settings.topic(topics.RAW), articles))
    workers = [WorkerProcess(worker_env(settings), tmp_path / f"worker-{n}.log") for n in (0, 1)]
    for worker in workers:
        worker.start()
    try:
        enriched_topic = settings.topic(topics.ENRICHED)
        raw_topic = settings.topic(topics.RAW)
        # both in the group before the kill (on a loaded machine the second joins late)
        wait_for(lambda: all(assigned_raw_partitions(w.log_text(), raw_topic) for w in workers),
                 timeout_s=120)
        progress = run(consume_until(broker.bootstrap, enriched_topic,
                                     done=lambda vs: len(vs) >= 300, timeout_s=120))
        assert len(progress.records) >= 300, workers[0].log_text()[-2000:]
        shares = [assigned_raw_partitions(w.log_text(), raw_topic) for w in workers]
        assert all(shares), f"both workers should own raw partitions: {shares}"

        workers[0].kill()  # SIGKILL mid-stream
        workers[0].start()
        ids = {a["id"] for a in articles}
        out = run(consume_until(broker.bootstrap, enriched_topic,
                                done=lambda vs: ids <= {v["id"] for v in vs}, timeout_s=240))
        seen = [v["id"] for v in out.values()]
        dlq = run(consume_until(broker.bootstrap, settings.topic(topics.DLQ),
                                done=lambda vs: True, timeout_s=2)).values()
        missing = ids - set(seen) - {d.get("article_id") for d in dlq}
        duplicates = len(seen) - len(set(seen))
        print(f"\nkill test: {len(ids)} in, {len(set(seen))} enriched, {len(missing)} lost, "
              f"{duplicates} duplicates (at-least-once), {len(dlq)} dead-lettered")
        assert not missing, f"lost {len(missing)}: {sorted(missing)[:10]}"
    finally:
        for worker in workers:
            worker.stop()
    for worker in workers:
        assert "Traceback" not in worker.log_text(), worker.log_text()[-3000:]
