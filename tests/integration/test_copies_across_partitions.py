"""Copies of one wire story land on different partitions and workers, and are linked anyway."""

from __future__ import annotations

import pytest

from tests.harness import (WorkerProcess, consume_until, create_topics, produce_json, raw_article,
                           run, settings_for_test, wait_for, worker_env)
from wirewatch.stream import topics

pytestmark = pytest.mark.integration

WIRE = [
    "Dockworkers at the port of Valparaíso walked off the job on Tuesday after talks over a "
    "new wage agreement collapsed late on Monday, union leaders said.",
    "The strike halted loading at four container terminals, and shipping agents said at least "
    "a dozen vessels were waiting offshore by the afternoon.",
    "The port authority called the stoppage illegal and asked the labour ministry to mediate, "
    "while exporters of fruit and copper warned of losses if it lasted into next week.",
    "Union representatives said workers wanted pay rises in line with inflation and a review "
    "of night-shift safety rules after an accident in September.",
    "Talks are due to resume on Thursday in Santiago, according to a ministry statement.",
]
OTHER = [
    "A regional orchestra opened its winter season on Friday with a programme of Sibelius and "
    "a new work by a young composer from Tampere, drawing a full house.",
    "Critics praised the strings, and the composer thanked the players for weeks of rehearsal "
    "in a hall that was renovated last year with money from the city.",
    "The season continues with a choral evening in December and a children's concert in "
    "January, the orchestra's director said.",
]


def near_copy(paragraphs: list[str], variant: int) -> str:
    """A republished wire story: another headline, a trimmed paragraph, other chrome."""
    kept = [p for i, p in enumerate(paragraphs) if i != (variant % len(paragraphs))] \
        if variant % 2 else list(paragraphs)
    chrome = ["Share this article", "Related articles", f"© Outlet {variant}"]
    return "\n\n".join([f"Port strike update {variant}"] + kept + chrome)


def test_near_copies_are_linked_by_two_workers_on_six_partitions(broker, topic_prefix, tmp_path):
    settings = settings_for_test(broker, topic_prefix, partitions=6)
    run(create_topics(settings))
    original = raw_article("wire-0", "\n\n".join(WIRE), published_at="2026-11-24T08:00:00Z",
                           outlet="wire")
    copies = [raw_article(f"copy-{i}", near_copy(WIRE, i), published_at="2026-11-24T09:00:00Z",
                          outlet=f"outlet-{i}") for i in range(1, 11)]
    distinct = raw_article("other-0", "\n\n".join(OTHER), published_at="2026-11-24T09:30:00Z")
    workers = [WorkerProcess(worker_env(settings), tmp_path / f"w{n}.log") for n in (0, 1)]
    for worker in workers:
        worker.start()
    raw_topic = settings.topic(topics.RAW) + ":"
    try:
        # both workers in the group first: on a loaded machine the second one joins late
        wait_for(lambda: all(worker.log_text().count(raw_topic) for worker in workers),
                 timeout_s=120)
        run(produce_json(broker.bootstrap, settings.topic(topics.RAW), [original]))
        enriched_topic = settings.topic(topics.ENRICHED)
        run(consume_until(broker.bootstrap, enriched_topic,
                          done=lambda vs: any(v["id"] == "wire-0" for v in vs), timeout_s=120))
        run(produce_json(broker.bootstrap, settings.topic(topics.RAW), copies + [distinct]))
        ids = {c["id"] for c in copies} | {"other-0"}
        values = run(consume_until(broker.bootstrap, enriched_topic,
                                   done=lambda vs: ids <= {v["id"] for v in vs},
                                   timeout_s=120)).values()
        raw_partitions = [worker.log_text().count(raw_topic) for worker in workers]
    finally:
        for worker in workers:
            worker.stop()
    by_id = {v["id"]: v for v in values}
    assert ids <= set(by_id)
    assert all(raw_partitions), "both workers should own raw partitions"
    for copy in copies:
        assert by_id[copy["id"]]["duplicate_of"] == "wire-0", (copy["id"], by_id[copy["id"]])
    assert by_id["other-0"]["duplicate_of"] is None
    assert by_id["wire-0"]["duplicate_of"] is None
