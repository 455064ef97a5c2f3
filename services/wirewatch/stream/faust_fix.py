"""Stop faust-streaming 0.15.3 from losing input messages at a rebalance.

Call :func:`install` once, before the Faust app is created.  It patches
``faust.transport.consumer`` in place (small wrappers, five parts), and it
refuses loudly (:class:`FaustFixError`) when the installed faust-streaming is
not the version it was written for or when the source of any function it
patches or relies on has changed.  The full write-up (mechanism, evidence,
upstream references, the measured figures) is in
``docs/faust-rebalance-loss.md``; the short version follows.

The bugs (read in faust-streaming 0.15.3)
----------------------------------------
With at-least-once processing, 2+ workers and a table, killing a worker and
restarting it loses a handful of input messages: they never reach the agent,
yet their offsets get committed (1-4), or the consumer moves past them (5-6).

1. ``Recovery._resume_streams`` and ``Recovery.on_recovery_completed``
   (``faust/tables/recovery.py``) call ``consumer.resume_partitions()`` before
   ``await consumer.perform_seek()``, and a fetch issued before the seek can
   still be in flight or half-drained when the seek resets the read offsets
   to the committed ones.  Records of that stale batch keep flowing into
   ``Consumer._drain_messages``.
2. The first stale record is far ahead of the freshly reset read offset, so
   ``_drain_messages`` takes it for a hole in the log (compaction or a
   transaction marker) and calls ``_add_gap(tp, read_offset + 1, offset)``:
   offsets that were fetched but never processed are now "gap".
3. ``Consumer._new_offset`` merges the gap into the acked offsets as if the
   messages had been processed, and the next commit moves past them.  When
   the log is re-read from the committed position those records are behind
   the read offset and are dropped ("DROPPED MESSAGE ROFF").
4. ``_new_offset``'s head check ``min(acked) - committed_offset > 1`` is off
   by one: the committed offset is the *next* offset to process, so an acked
   list starting at ``committed + 1`` has a one-message hole at its head and
   must not be committed.  The code commits past it (isolated single lost
   offsets).  PR #313 proposed ``> 0``; ``> 1`` is what was merged.

5. ``Consumer._wait_next_records`` hands the *live* ``_active_partitions``
   set to the consumer thread.  When recovery pauses the last active
   partition while the fetch waits, the set is empty, and aiokafka's
   ``fetched_records(partitions)`` treats an empty set as "every partition":
   it returns records of paused input partitions and moves its position past
   them; ``Consumer.getmany`` then discards them (``tp not in
   active_partitions``).  robinhood/faust PR #69 (2018) fixed exactly this
   with a lock; the code regressed since.
6. Faust discards fetched records in several places at a rebalance (paused
   partition, flow stopped, generation changed) and relies on
   ``perform_seek`` to move back to the committed offset.  A partition with
   no committed offset yet (a worker killed before its first commit, or a new
   group on an existing topic) is not moved back: every discarded record is
   skipped for good.  Measured (bench/faust_loss.py): unpatched runs where a
   worker died before its first commit lost 387, 906 and 7,202 messages;
   the 3-part workaround (guard, no_gap, head_check) still lost 719-2,172 in
   8 of 11 such runs.

Upstream: faust-streaming/faust#216 and PR #217 (the same resume-before-seek
race, fixed only for apps without tables), faust-streaming/faust#312 and
PR #313 (head-of-acked gap), faust-streaming/faust#606 (gaps still
mis-committed), robinhood/faust#559 (gap produced by a read offset reset at
rebalance, commit stuck / skipped), robinhood/faust PR #69 (the live
active-partition set and aiokafka's empty-set-means-all).

The fix (five parts; all are installed by default, subsets are for the benchmark)
--------------------------------------------------------------------------------
``guard``  (stale-batch guard, for 1-3) ``perform_seek`` counts seeks (at
    start and end); ``_getmany`` remembers the count when a fetch starts;
    ``getmany`` stops yielding a batch as soon as a seek started or ended
    after its fetch started, and seeks to the committed offsets again (the
    record in flight during the seek has overwritten the read offset the
    seek set).  Reading restarts from the committed offset: duplicates,
    never loss.
``no_gap``  (for 2-3) ``_add_gap`` does nothing.  Real gaps only occur in
    compacted or transactional input topics, which wirewatch does not
    consume; a gap offset that is never seen now blocks the commit of its
    partition instead of being skipped.
``head_check``  (for 4) ``_new_offset`` commits nothing while the lowest
    acked (or gap) offset is above the committed offset.
``fetch_snapshot``  (for 5) ``_getmany`` fetches for a frozen copy of the
    active set, never an empty one.
``rewind_uncommitted``  (for 6) ``seek_to_committed`` seeks input
    partitions without a committed offset to the beginning when
    ``consumer_auto_offset_reset`` is ``"earliest"`` (faust's default).

Trade-offs: if a hole appears anyway, that partition's commits stall until
the next rebalance re-reads from the committed offset (duplicates and lag,
never loss); a partition nobody committed yet is re-read from its start at
each rebalance until its first commit (duplicates).  Do not use this module
with compacted or transactional input topics.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import logging
from dataclasses import dataclass
from importlib import metadata
from typing import Any, AsyncIterator, Callable, Iterable, Mapping, Optional, Tuple

LOG = logging.getLogger(__name__)

FAUST_DISTRIBUTION = "faust-streaming"
FAUST_VERSION = "0.15.3"

PART_GUARD = "guard"
PART_NO_GAP = "no_gap"
PART_HEAD_CHECK = "head_check"
PART_FETCH_SNAPSHOT = "fetch_snapshot"
PART_REWIND = "rewind_uncommitted"
ALL_PARTS: frozenset[str] = frozenset(
    {PART_GUARD, PART_NO_GAP, PART_HEAD_CHECK, PART_FETCH_SNAPSHOT, PART_REWIND})

#: sha256 of ``inspect.getsource`` of every function this module patches
#: (see ``_PATCHES``) or whose behaviour the fix depends on (the drain loop,
#: the aiokafka fetch that receives the active set, and the two recovery
#: functions that resume before seeking).
#: A different hash means faust changed there: re-read the new code, re-run
#: ``bench/faust_loss.py`` with and without the fix, then update the hash
#: (or delete this module if upstream fixed the bug).
EXPECTED_SOURCE_SHA256: Mapping[str, str] = {
    "faust.transport.consumer:Consumer.getmany":
        "4b168d84882a70d6e3e2f9804430a63b92f8fd117d3187cbb4aeb54305bda34e",
    "faust.transport.consumer:Consumer.perform_seek":
        "0e8c130ff4b0afd82c0be9c5fd831316e10febc62c94032833911096e156d7c6",
    "faust.transport.consumer:Consumer._add_gap":
        "4df2573ded7c1c2cde04dc6bde6d4480cb5875ef565256e56966b585ae39b1c1",
    "faust.transport.consumer:Consumer._new_offset":
        "1d2c7ea89a7ad4f1a216c1d51936e569162cd66bd56f889e13fd29c910b58eb0",
    "faust.transport.consumer:Consumer._drain_messages":
        "44a2500309e83c630493f6828af50166ec8d96a0b3e4fb2bab735f704ae93417",
    "faust.transport.consumer:ThreadDelegateConsumer.seek_to_committed":
        "f1d483b861b0328b4f0be90a4abc3f95063d52573c87db4a87b6016105f2b7de",
    "faust.transport.drivers.aiokafka:AIOKafkaConsumerThread._fetch_records":
        "39a2c6c79fc1455a199629912b533458a720c64983bc957420a42feef6593baa",
    "faust.transport.consumer:ThreadDelegateConsumer._getmany":
        "f9d47aa9010b5ff2b874ba65f927871f3612718d8a9db00b58601554a35236c4",
    "faust.tables.recovery:Recovery._resume_streams":
        "d986a6710c1aca98f08c4c723fb3eadc5bf24576ad4eb9da3dd3eecedda2f24e",
    "faust.tables.recovery:Recovery.on_recovery_completed":
        "6ef567acf072e46da3fccbccc6d662371f634f622c3d510972d5df81f70ae3ac",
}

#: Marker attribute set on the patched class (no module-level mutable state).
_INSTALLED_ATTR = "_wirewatch_faust_fix_parts"
#: Per-consumer counters, stored on the consumer instance.
_SEEKS_ATTR = "_wirewatch_seek_count"
_FETCH_SEEKS_ATTR = "_wirewatch_seek_count_at_fetch"


class FaustFixError(RuntimeError):
    """The installed faust-streaming is not the one this fix was written for."""


# --------------------------------------------------------------------------
# version and source guard


def _resolve(qualified: str) -> Callable[..., Any]:
    """Return the function named ``module:Class.attr`` (unwrapped if patched)."""
    module_name, _, attr_path = qualified.partition(":")
    module = __import__(module_name, fromlist=["_"])
    owner_name, _, attr = attr_path.partition(".")
    owner = getattr(module, owner_name)
    function = owner.__dict__[attr]
    return inspect.unwrap(function)


def source_sha256(function: Callable[..., Any]) -> str:
    """sha256 hex digest of the function's source text."""
    return hashlib.sha256(inspect.getsource(function).encode("utf-8")).hexdigest()


def current_source_hashes() -> dict[str, str]:
    """Hashes of the guarded functions as installed (for updating the pins)."""
    return {name: source_sha256(_resolve(name)) for name in EXPECTED_SOURCE_SHA256}


def check_faust() -> None:
    """Raise :class:`FaustFixError` unless faust is the version this fix targets."""
    installed = metadata.version(FAUST_DISTRIBUTION)
    if installed != FAUST_VERSION:
        raise FaustFixError(
            f"wirewatch.stream.faust_fix was written for {FAUST_DISTRIBUTION}"
            f"=={FAUST_VERSION}, found {installed}: re-check the rebalance loss"
            " (bench/faust_loss.py --unpatched) and update or drop the fix"
        )
    changed = [
        name
        for name, digest in current_source_hashes().items()
        if digest != EXPECTED_SOURCE_SHA256[name]
    ]
    if changed:
        raise FaustFixError(
            "faust source changed under wirewatch.stream.faust_fix: "
            + ", ".join(changed)
            + "; re-read them, re-run bench/faust_loss.py, then update"
            " EXPECTED_SOURCE_SHA256"
        )


# --------------------------------------------------------------------------
# the wrappers (pure functions of their inputs, unit-tested on fakes)


def _seek_count(consumer: Any) -> int:
    return int(getattr(consumer, _SEEKS_ATTR, 0))


def counting_perform_seek(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``Consumer.perform_seek`` to count seeks on the consumer.

    The count moves both when the seek starts and when it ends: the seek takes
    a broker round trip per partition, and a fetch started meanwhile (after
    ``resume_partitions``) still reads from the old position.
    """

    @functools.wraps(original)
    async def perform_seek(self: Any) -> None:
        setattr(self, _SEEKS_ATTR, _seek_count(self) + 1)
        try:
            await original(self)
        finally:
            setattr(self, _SEEKS_ATTR, _seek_count(self) + 1)

    return perform_seek


def snapshotting_getmany_impl(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``_getmany`` (the actual fetch) to remember the seek count it started at."""

    @functools.wraps(original)
    async def _getmany(self: Any, active_partitions: Any, timeout: float) -> Any:
        setattr(self, _FETCH_SEEKS_ATTR, _seek_count(self))
        return await original(self, active_partitions, timeout)

    return _getmany


def stale_batch_guarded_getmany(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``Consumer.getmany`` to drop what is left of a batch fetched before a seek."""

    @functools.wraps(original)
    async def getmany(self: Any, timeout: float) -> AsyncIterator[Tuple[Any, Any]]:
        records = original(self, timeout)
        got_records = False
        try:
            async for tp, message in records:
                got_records = True
                if _batch_is_stale(self):
                    break
                yield tp, message
        finally:
            await records.aclose()
        if got_records and _batch_is_stale(self):
            await _seek_again(self)

    return getmany


def _batch_is_stale(consumer: Any) -> bool:
    fetched_at = getattr(consumer, _FETCH_SEEKS_ATTR, None)
    return fetched_at is not None and fetched_at != _seek_count(consumer)


async def _seek_again(consumer: Any) -> None:
    """Seek back to the committed offsets after a stale batch was (partly) read."""
    LOG.info("faust_fix: batch fetched before a seek dropped; seeking to committed")
    try:
        await consumer.perform_seek()
    except Exception as exc:  # same tolerance as faust's own getmany re-seek
        LOG.warning("faust_fix: seek after stale batch failed: %r", exc)


def no_op_add_gap(original: Callable[..., Any]) -> Callable[..., Any]:
    """Replace ``Consumer._add_gap``: never mark unseen offsets as processed."""

    @functools.wraps(original)
    async def _add_gap(self: Any, tp: Any, offset_from: int, offset_to: int) -> None:
        return None

    return _add_gap


def head_checked_new_offset(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``Consumer._new_offset``: commit nothing while the committed offset is unacked."""

    @functools.wraps(original)
    def _new_offset(self: Any, tp: Any) -> Optional[int]:
        committed = self._committed_offset.get(tp)
        lowest = lowest_pending_offset(self._acked.get(tp), self._gap.get(tp))
        if committed is not None and lowest is not None and lowest > committed:
            return None
        return original(self, tp)

    return _new_offset


def lowest_pending_offset(acked: Optional[Iterable[int]], gap: Any) -> Optional[int]:
    """Lowest offset ``_new_offset`` would treat as done: min of acked and of
    the gap intervals it would merge (those starting at or below max acked)."""
    acked_list = list(acked or ())
    if not acked_list:
        return None
    lowest = min(acked_list)
    if gap:
        starts = [interval.begin for interval in gap.overlap(0, max(acked_list))]
        if starts:
            lowest = min(lowest, min(starts))
    return lowest


def snapshot_active_partitions(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``_getmany`` to fetch for a frozen copy of the active partitions.

    Faust hands its live ``_active_partitions`` set to the consumer thread,
    and aiokafka's ``fetched_records(partitions)`` treats an *empty* set as
    "all partitions".  When recovery pauses the last active partition while
    a fetch waits, aiokafka returns records of paused stream partitions,
    advances its position past them, and faust's ``getmany`` discards them
    (``tp not in active_partitions``).  A copy taken when the fetch starts is
    never empty (faust only fetches with a non-empty set).
    """

    @functools.wraps(original)
    async def _getmany(self: Any, active_partitions: Any, timeout: float) -> Any:
        if active_partitions is not None:
            active_partitions = frozenset(active_partitions)
        return await original(self, active_partitions, timeout)

    return _getmany


def rewinding_seek_to_committed(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``seek_to_committed``: rewind input partitions that have no commit.

    Faust discards fetched records at rebalance (paused partition, flow
    stopped, generation changed) and relies on ``perform_seek`` to move the
    consumer back to the committed offset; a partition nobody committed yet
    is not moved back, so the discarded records are skipped for good.  With
    ``consumer_auto_offset_reset="earliest"`` (faust's default) seek such
    partitions to the beginning, as a fresh consumer would start.
    """

    @functools.wraps(original)
    async def seek_to_committed(self: Any) -> Mapping[Any, int]:
        committed = await original(self)
        if self.app.conf.consumer_auto_offset_reset == "earliest":
            uncommitted = uncommitted_input_partitions(
                committed, self.app.topics.acks_enabled_for, self._is_changelog_tp)
            if uncommitted:
                await self._thread.seek_to_beginning(*uncommitted)
        return committed

    return seek_to_committed


def uncommitted_input_partitions(
    committed: Mapping[Any, Optional[int]],
    acks_enabled_for: Callable[[str], bool],
    is_changelog: Callable[[Any], bool],
) -> list[Any]:
    """Acked (agent input) partitions without a committed offset."""
    return sorted(
        (tp for tp, offset in committed.items()
         if (offset is None or offset < 0)
         and acks_enabled_for(tp.topic) and not is_changelog(tp)),
        key=lambda tp: (tp.topic, tp.partition),
    )


# --------------------------------------------------------------------------
# installation


@dataclass(frozen=True)
class _Patch:
    part: str
    owner: str  # "module:Class"
    attr: str
    make: Callable[[Callable[..., Any]], Callable[..., Any]]


_PATCHES: Tuple[_Patch, ...] = (
    _Patch(PART_GUARD, "faust.transport.consumer:Consumer", "perform_seek",
           counting_perform_seek),
    _Patch(PART_GUARD, "faust.transport.consumer:ThreadDelegateConsumer", "_getmany",
           snapshotting_getmany_impl),
    _Patch(PART_GUARD, "faust.transport.consumer:Consumer", "getmany",
           stale_batch_guarded_getmany),
    _Patch(PART_FETCH_SNAPSHOT, "faust.transport.consumer:ThreadDelegateConsumer",
           "_getmany", snapshot_active_partitions),
    _Patch(PART_REWIND, "faust.transport.consumer:ThreadDelegateConsumer",
           "seek_to_committed", rewinding_seek_to_committed),
    _Patch(PART_NO_GAP, "faust.transport.consumer:Consumer", "_add_gap",
           no_op_add_gap),
    _Patch(PART_HEAD_CHECK, "faust.transport.consumer:Consumer", "_new_offset",
           head_checked_new_offset),
)


def _owner_class(owner: str) -> type:
    module_name, _, class_name = owner.partition(":")
    module = __import__(module_name, fromlist=["_"])
    return getattr(module, class_name)


def install(parts: Iterable[str] = ALL_PARTS) -> None:
    """Patch faust's consumer; idempotent.  Call before creating the app.

    ``parts`` selects the pieces of the fix (default: all three), for the
    benchmark's experiments only; production code calls ``install()``.
    Raises :class:`FaustFixError` if faust is not the version/source this
    fix was written for, or if it was already installed with other parts.
    """
    wanted = frozenset(parts)
    unknown = wanted - ALL_PARTS
    if unknown:
        raise ValueError(f"unknown faust_fix parts: {sorted(unknown)}")
    check_faust()
    from faust.transport.consumer import Consumer

    already = getattr(Consumer, _INSTALLED_ATTR, None)
    if already is not None:
        if already != wanted:
            raise FaustFixError(
                f"faust_fix already installed with {sorted(already)}, not {sorted(wanted)}"
            )
        return
    for patch in _PATCHES:
        if patch.part in wanted:
            owner = _owner_class(patch.owner)
            setattr(owner, patch.attr, patch.make(owner.__dict__[patch.attr]))
    setattr(Consumer, _INSTALLED_ATTR, wanted)
    LOG.info("faust_fix installed: %s", ", ".join(sorted(wanted)) or "nothing")


def installed_parts() -> Optional[frozenset[str]]:
    """The parts installed in this process, or None if :func:`install` was not called."""
    from faust.transport.consumer import Consumer

    return getattr(Consumer, _INSTALLED_ATTR, None)
