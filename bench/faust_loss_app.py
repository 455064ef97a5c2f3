"""A tiny Faust pass-through worker for bench/faust_loss.py (not part of wirewatch).

Every input record (raw key, raw value) is counted in a table keyed by the key
and forwarded unchanged to the output topic.  Settings as measured in
/work/shared/PLATFORM.md for the embedded broker (Tansu).

Run one worker::

    python bench/faust_loss_app.py --broker 127.0.0.1:PORT --web-port 16001 \
        --data-dir /tmp/w1 --fix all        # or --fix none, or --fix guard,no_gap
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from wirewatch.stream import faust_fix  # noqa: E402

APP_ID = "faust-loss-bench"
IN_TOPIC = "faust-loss-in"
OUT_TOPIC = "faust-loss-out"
PARTITIONS = 6


def parse_fix(text: str) -> frozenset[str]:
    """'all' | 'none' | comma list of faust_fix parts | 'all-PART[,PART]' (all but those)."""
    if text == "all":
        return faust_fix.ALL_PARTS
    if text == "none":
        return frozenset()
    if text.startswith("all-"):
        return faust_fix.ALL_PARTS - parse_fix(text[len("all-"):])
    parts = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = parts - faust_fix.ALL_PARTS
    if unknown:
        raise SystemExit(f"unknown faust_fix parts {sorted(unknown)}; "
                         f"known: {sorted(faust_fix.ALL_PARTS)}")
    return parts


def build_app(broker: str, web_port: int, data_dir: str, with_table: bool,
              commit_interval: float = 2.8, stream_wait_empty: bool = True) -> Any:
    import faust

    app = faust.App(
        APP_ID,
        broker=f"kafka://{broker}",
        store="memory://",
        datadir=data_dir,
        web_host="127.0.0.1",
        web_bind="127.0.0.1",
        web_port=web_port,
        broker_session_timeout=6,
        broker_heartbeat_interval=1,
        producer_max_batch_size=1,
        topic_replication_factor=1,
        topic_partitions=PARTITIONS,
        processing_guarantee="at_least_once",
        broker_commit_interval=commit_interval,
        stream_wait_empty=stream_wait_empty,
    )
    source = app.topic(IN_TOPIC, key_type=bytes, value_type=bytes, partitions=PARTITIONS)
    sink = app.topic(OUT_TOPIC, key_type=bytes, value_type=bytes, partitions=PARTITIONS)
    counts = app.Table("counts", default=int, partitions=PARTITIONS) if with_table else None

    @app.agent(source)
    async def passthrough(stream: Any) -> None:
        async for event in stream.events():
            if counts is not None:
                counts[event.key.decode()] += 1
            await sink.send(key=event.key, value=event.value)

    if os.environ.get("FAUST_LOSS_DIAG"):
        @app.timer(2.0)
        async def diagnose() -> None:
            """Log the consumer's view of the input partitions (debugging stalls)."""
            consumer = app.consumer
            inner = consumer._thread._consumer
            mine = sorted(tp.partition for tp in consumer.assignment() if tp.topic == IN_TOPIC)
            positions = {}
            for tp in consumer.assignment():
                if tp.topic == IN_TOPIC:
                    try:
                        _st = inner._subscription.subscription.assignment.state_value(tp); positions[tp.partition] = (_st._position, str(_st._status), _st._reset_strategy)
                    except Exception as exc:  # noqa: BLE001 - diagnostics only
                        positions[tp.partition] = repr(exc)
            active = consumer._active_partitions or set()
            print("DIAG", {
                "assigned": mine,
                "active": sorted(tp.partition for tp in active if tp.topic == IN_TOPIC),
                "paused": sorted(tp.partition for tp in consumer._paused_partitions
                                 if tp.topic == IN_TOPIC),
                "flow": consumer.flow_active,
                "read": {tp.partition: o for tp, o in consumer._read_offset.items()
                         if tp.topic == IN_TOPIC},
                "committed": {tp.partition: o for tp, o in consumer._committed_offset.items()
                              if tp.topic == IN_TOPIC},
                "acked_min": {tp.partition: (min(a) if a else None, len(a))
                              for tp, a in consumer._acked.items() if tp.topic == IN_TOPIC},
                "positions": positions,
                "highwater": {tp.partition: inner.highwater(tp) for tp in consumer.assignment() if tp.topic == IN_TOPIC},
                "aiokafka_paused": sorted(tp.partition for tp in inner.paused()
                                          if tp.topic == IN_TOPIC),
            }, flush=True)

    return app


def trace_fetches() -> None:
    """Debugging aid: log every fetch of input records and the consumer state then."""
    from faust.transport.consumer import ThreadDelegateConsumer

    original = ThreadDelegateConsumer._getmany

    async def _getmany(self: Any, active_partitions: Any, timeout: float) -> Any:
        gen = self.app.consumer_generation_id
        records = await original(self, active_partitions, timeout)
        spans = {tp.partition: (batch[0].offset, batch[-1].offset)
                 for tp, batch in records.items() if tp.topic == IN_TOPIC and batch}
        if spans:
            active = sorted(tp.partition for tp in (active_partitions or ())
                            if tp.topic == IN_TOPIC)
            print("FETCH", spans, "active-now", active, "flow", self.flow_active,
                  "gen", gen, "->", self.app.consumer_generation_id, flush=True)
        return records

    ThreadDelegateConsumer._getmany = _getmany


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--broker", required=True, help="host:port")
    parser.add_argument("--web-port", type=int, required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--fix", default="all", help="all | none | comma list of "
                        + ",".join(sorted(faust_fix.ALL_PARTS)))
    parser.add_argument("--no-table", action="store_true")
    parser.add_argument("--commit-interval", type=float, default=2.8,
                        help="broker_commit_interval (faust default 2.8 s)")
    parser.add_argument("--no-wait-empty", action="store_true",
                        help="stream_wait_empty=False (as wirewatch.stream.app sets it)")
    parser.add_argument("--loglevel", default="info")
    args = parser.parse_args()
    parts = parse_fix(args.fix)
    if parts:
        faust_fix.install(parts)
    if os.environ.get("FAUST_LOSS_DIAG"):
        trace_fetches()  # after install: the source-hash check must see faust's own code
    app = build_app(args.broker, args.web_port, args.data_dir, not args.no_table,
                    args.commit_interval, not args.no_wait_empty)
    from faust import Worker

    sys.argv = sys.argv[:1]  # the worker must not re-parse our options
    Worker(app, loglevel=args.loglevel, quiet=True).execute_from_commandline()


if __name__ == "__main__":
    main()
