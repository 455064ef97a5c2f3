"""Unit tests of wirewatch.stream.faust_fix: each wrapper's offset logic on small fakes, and
the tripwire that fails when a faust-streaming upgrade changes the patched code.

The fakes stand in for Faust's consumer state only here, to pin each wrapper's arithmetic; the
fix itself is proven on the real broker with real Faust workers by tests/e2e/test_faults.py
(20,000 articles, 10 SIGKILLs, 0 lost) and measured by bench/faust_loss.py."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any, AsyncIterator, List, Optional, Tuple

import pytest
from intervaltree import IntervalTree

from wirewatch.stream import faust_fix


# ---------------------------------------------------------------- fakes


class FakeConsumer:
    """Just the state the wrappers touch, plus a seek that can be counted."""

    def __init__(self) -> None:
        self.seeks_done = 0
        self._acked: defaultdict[str, List[int]] = defaultdict(list)
        self._acked_index: defaultdict[str, set[int]] = defaultdict(set)
        self._gap: defaultdict[str, IntervalTree] = defaultdict(IntervalTree)
        self._committed_offset: defaultdict[str, Optional[int]] = defaultdict(
            lambda: None
        )


async def _raw_perform_seek(self: FakeConsumer) -> None:
    self.seeks_done += 1


counted_seek = faust_fix.counting_perform_seek(_raw_perform_seek)


class SeekingConsumer(FakeConsumer):
    perform_seek = counted_seek


def _batch_source(records: List[Tuple[str, int]], seek_before_index: Optional[int] = None,
                  seek_during_fetch: bool = False):
    """An original ``getmany``: 'fetches' (snapshot), then yields records,
    running a seek just before record ``seek_before_index`` is handed out."""

    async def _getmany_impl(self: Any, active: Any, timeout: float) -> List[Tuple[str, int]]:
        return records

    fetch = faust_fix.snapshotting_getmany_impl(_getmany_impl)

    async def getmany(self: Any, timeout: float) -> AsyncIterator[Tuple[str, int]]:
        batch = await fetch(self, None, timeout)
        if seek_during_fetch:
            await self.perform_seek()
        for index, record in enumerate(batch):
            if index == seek_before_index:
                await self.perform_seek()
            yield record

    return getmany


def _drain(consumer: Any, getmany: Any) -> List[Tuple[str, int]]:
    async def run() -> List[Tuple[str, int]]:
        return [record async for record in getmany(consumer, 1.0)]

    return asyncio.run(run())


BATCH = [("t-0", 10), ("t-0", 11), ("t-0", 12)]


# ---------------------------------------------------------------- (a) guard


def test_counting_perform_seek_moves_count_at_start_and_end() -> None:
    consumer = SeekingConsumer()
    asyncio.run(consumer.perform_seek())
    assert consumer.seeks_done == 1
    assert faust_fix._seek_count(consumer) == 2


def test_guard_passes_a_fresh_batch_untouched() -> None:
    consumer = SeekingConsumer()
    guarded = faust_fix.stale_batch_guarded_getmany(_batch_source(BATCH))
    assert _drain(consumer, guarded) == BATCH
    assert consumer.seeks_done == 0


def test_guard_drops_rest_of_batch_after_a_seek_and_seeks_again() -> None:
    consumer = SeekingConsumer()
    guarded = faust_fix.stale_batch_guarded_getmany(_batch_source(BATCH, seek_before_index=1))
    # record 10 was handed out before the seek; 11 and 12 are stale.
    assert _drain(consumer, guarded) == BATCH[:1]
    assert consumer.seeks_done == 2  # the recovery's seek + the guard's seek


def test_guard_drops_whole_batch_fetched_before_a_seek() -> None:
    consumer = SeekingConsumer()
    guarded = faust_fix.stale_batch_guarded_getmany(
        _batch_source(BATCH, seek_during_fetch=True))
    assert _drain(consumer, guarded) == []
    assert consumer.seeks_done == 2


def test_guard_seeks_again_when_the_last_record_was_in_flight_during_a_seek() -> None:
    consumer = SeekingConsumer()
    guarded = faust_fix.stale_batch_guarded_getmany(_batch_source(BATCH))

    async def run() -> List[Tuple[str, int]]:
        out = []
        async for record in guarded(consumer, 1.0):
            out.append(record)
            if record == BATCH[-1]:
                await consumer.perform_seek()  # while the drain loop handles it
        return out

    assert asyncio.run(run()) == BATCH
    assert consumer.seeks_done == 2


def test_guard_does_not_seek_again_for_an_empty_batch() -> None:
    consumer = SeekingConsumer()
    # faust's own getmany seeks and yields nothing when the flow is stopped
    guarded = faust_fix.stale_batch_guarded_getmany(_batch_source([], seek_during_fetch=True))
    assert _drain(consumer, guarded) == []
    assert consumer.seeks_done == 1


def test_guard_survives_a_failing_seek() -> None:
    class FailingSeekConsumer(FakeConsumer):
        async def perform_seek(self) -> None:
            raise RuntimeError("partition not assigned")

    asyncio.run(faust_fix._seek_again(FailingSeekConsumer()))  # logged, not raised


# ---------------------------------------------------------------- (b) _add_gap


def test_add_gap_is_a_no_op() -> None:
    consumer = FakeConsumer()
    consumer._committed_offset["t-0"] = 5
    add_gap = faust_fix.no_op_add_gap(_original("_add_gap"))
    asyncio.run(add_gap(consumer, "t-0", 6, 20))
    assert not consumer._gap["t-0"]


def test_original_add_gap_marks_unseen_offsets() -> None:
    # documents what (b) removes: the unseen offsets 6..20 become "gap"
    consumer = FakeConsumer()
    consumer._committed_offset["t-0"] = 5
    asyncio.run(_original("_add_gap")(consumer, "t-0", 6, 20))
    assert consumer._gap["t-0"].span() == 15


# ---------------------------------------------------------------- (c) head check


def _new_offset(consumer: FakeConsumer, tp: str, patched: bool) -> Optional[int]:
    original = _original("_new_offset")
    function = faust_fix.head_checked_new_offset(original) if patched else original
    return function(consumer, tp)


def _consumer_with(committed: Optional[int], acked: List[int],
                   gap: Optional[Tuple[int, int]] = None) -> FakeConsumer:
    consumer = FakeConsumer()
    consumer._committed_offset["t-0"] = committed
    consumer._acked["t-0"] = list(acked)
    consumer._acked_index["t-0"] = set(acked)
    if gap:
        consumer._gap["t-0"].addi(*gap)
    return consumer


def test_original_new_offset_commits_past_a_one_offset_head_hole() -> None:
    # the off-by-one: committed 31 (= next to process), 31 never acked
    assert _new_offset(_consumer_with(31, [32, 33]), "t-0", patched=False) == 34


def test_head_check_holds_commit_while_committed_offset_unacked() -> None:
    consumer = _consumer_with(31, [32, 33])
    assert _new_offset(consumer, "t-0", patched=True) is None
    assert consumer._acked["t-0"] == [32, 33]  # nothing consumed: retried later


def test_head_check_commits_a_contiguous_run_from_committed() -> None:
    assert _new_offset(_consumer_with(31, [31, 32, 34]), "t-0", patched=True) == 33


def test_head_check_without_committed_offset_defers_to_faust() -> None:
    assert _new_offset(_consumer_with(None, [7, 8]), "t-0", patched=True) == 9


def test_head_check_counts_gap_intervals_as_pending() -> None:
    # a gap from 31 (inclusive) to 40 (exclusive) covers the head: faust merges it
    consumer = _consumer_with(31, [40, 41], gap=(31, 40))
    assert _new_offset(consumer, "t-0", patched=True) == 42


def test_head_check_with_no_acks_returns_none() -> None:
    assert _new_offset(_consumer_with(31, []), "t-0", patched=True) is None


def test_lowest_pending_offset() -> None:
    gap = IntervalTree()
    gap.addi(3, 6)
    assert faust_fix.lowest_pending_offset([8, 9], gap) == 3
    assert faust_fix.lowest_pending_offset([2, 9], gap) == 2
    assert faust_fix.lowest_pending_offset([], gap) is None
    assert faust_fix.lowest_pending_offset([8], IntervalTree()) == 8


# ---------------------------------------------------------------- guards & install


def _original(name: str) -> Any:
    from faust.transport.consumer import Consumer

    import inspect

    return inspect.unwrap(Consumer.__dict__[name])


def test_installed_faust_is_the_one_the_fix_was_written_for() -> None:
    """Tripwire: fails after a faust-streaming upgrade that touches the
    patched functions.  Re-read them, re-run bench/faust_loss.py with and
    without the fix, then update EXPECTED_SOURCE_SHA256 (or drop the fix)."""
    faust_fix.check_faust()
    assert faust_fix.current_source_hashes() == dict(faust_fix.EXPECTED_SOURCE_SHA256)


def test_refuses_other_faust_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faust_fix.metadata, "version", lambda name: "0.16.0")
    with pytest.raises(faust_fix.FaustFixError, match="0.15.3, found 0.16.0"):
        faust_fix.check_faust()


def test_refuses_changed_source(monkeypatch: pytest.MonkeyPatch) -> None:
    pins = dict(faust_fix.EXPECTED_SOURCE_SHA256)
    pins["faust.transport.consumer:Consumer._new_offset"] = "0" * 64
    monkeypatch.setattr(faust_fix, "EXPECTED_SOURCE_SHA256", pins)
    with pytest.raises(faust_fix.FaustFixError, match="Consumer._new_offset"):
        faust_fix.check_faust()
    with pytest.raises(faust_fix.FaustFixError):
        faust_fix.install()


@pytest.fixture
def restore_faust(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a test install the fix; undo it afterwards."""
    for patch in faust_fix._PATCHES:
        owner = faust_fix._owner_class(patch.owner)
        monkeypatch.setattr(owner, patch.attr, owner.__dict__[patch.attr])
    from faust.transport.consumer import Consumer

    monkeypatch.setattr(Consumer, faust_fix._INSTALLED_ATTR, None, raising=False)


def test_install_is_idempotent_and_refuses_other_parts(restore_faust: None) -> None:
    from faust.transport.consumer import Consumer, ThreadDelegateConsumer

    if faust_fix.installed_parts() is None:
        faust_fix.install()
    patched = Consumer.__dict__["getmany"]
    faust_fix.install()
    assert Consumer.__dict__["getmany"] is patched  # not wrapped twice
    assert faust_fix.installed_parts() == faust_fix.ALL_PARTS
    assert Consumer.__dict__["_add_gap"].__wrapped__ is _original("_add_gap")
    assert ThreadDelegateConsumer.__dict__["_getmany"].__wrapped__ is not None
    faust_fix.check_faust()  # still passes: hashes read through __wrapped__
    with pytest.raises(faust_fix.FaustFixError, match="already installed"):
        faust_fix.install([faust_fix.PART_GUARD])


def test_install_rejects_unknown_parts() -> None:
    with pytest.raises(ValueError, match="bogus"):
        faust_fix.install(["bogus"])


# ---------------------------------------------------------------- (d) fetch snapshot


def test_fetch_snapshot_freezes_the_active_set() -> None:
    seen: List[Any] = []

    async def fetch(self: Any, active: Any, timeout: float) -> dict:
        live.clear()  # recovery pauses the last active partition meanwhile
        seen.append(active)
        return {}

    live = {"changelog-0"}
    wrapped = faust_fix.snapshot_active_partitions(fetch)
    asyncio.run(wrapped(object(), live, 1.0))
    assert seen == [frozenset({"changelog-0"})]  # still a filter, not "all"


def test_fetch_snapshot_keeps_none_for_client_only() -> None:
    seen: List[Any] = []

    async def fetch(self: Any, active: Any, timeout: float) -> dict:
        seen.append(active)
        return {}

    asyncio.run(faust_fix.snapshot_active_partitions(fetch)(object(), None, 1.0))
    assert seen == [None]


# ---------------------------------------------------------------- (e) rewind


class TP(tuple):
    """Minimal TopicPartition stand-in."""

    def __new__(cls, topic: str, partition: int) -> "TP":
        return super().__new__(cls, (topic, partition))

    topic = property(lambda self: self[0])
    partition = property(lambda self: self[1])


def test_uncommitted_input_partitions_picks_acked_topics_without_commit() -> None:
    committed = {TP("in", 0): 12, TP("in", 1): None, TP("in", 2): -1,
                 TP("app-counts-changelog", 1): None, TP("app-__assignor-__leader", 0): None}
    picked = faust_fix.uncommitted_input_partitions(
        committed, acks_enabled_for=lambda topic: topic == "in",
        is_changelog=lambda tp: tp.topic.endswith("-changelog"))
    assert picked == [TP("in", 1), TP("in", 2)]


def _rewind_consumer(reset: str) -> Any:
    class Thread:
        def __init__(self) -> None:
            self.rewound: List[Any] = []

        async def seek_to_beginning(self, *tps: Any) -> None:
            self.rewound.extend(tps)

    class Conf:
        consumer_auto_offset_reset = reset

    class Topics:
        @staticmethod
        def acks_enabled_for(topic: str) -> bool:
            return topic == "in"

    class App:
        conf = Conf()
        topics = Topics()

    class Consumer:
        app = App()
        _thread = Thread()

        @staticmethod
        def _is_changelog_tp(tp: Any) -> bool:
            return False

    return Consumer()


async def _committed(self: Any) -> dict:
    return {TP("in", 0): 5, TP("in", 1): None}


def test_rewind_seeks_uncommitted_input_partitions_to_beginning() -> None:
    consumer = _rewind_consumer("earliest")
    result = asyncio.run(faust_fix.rewinding_seek_to_committed(_committed)(consumer))
    assert result == {TP("in", 0): 5, TP("in", 1): None}  # unchanged for perform_seek
    assert consumer._thread.rewound == [TP("in", 1)]


def test_rewind_respects_auto_offset_reset_latest() -> None:
    consumer = _rewind_consumer("latest")
    asyncio.run(faust_fix.rewinding_seek_to_committed(_committed)(consumer))
    assert consumer._thread.rewound == []
