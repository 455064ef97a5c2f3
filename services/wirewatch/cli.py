"""The ``wirewatch`` command: verbs only; the work lives in the modules they call."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from wirewatch import __version__
from wirewatch.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    settings = Settings.from_env()
    try:
        return int(args.handler(args, settings) or 0)
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirewatch", description="Stream enrichment of news articles. Settings come from "
        "WIREWATCH_* environment variables (see `wirewatch config`).")
    parser.add_argument("--version", action="version", version=f"wirewatch {__version__}")
    verbs = parser.add_subparsers(title="verbs", metavar="VERB")

    run = verbs.add_parser("run", help="embedded broker + worker + sample feed + live view")
    run.add_argument("--no-samples", action="store_true", help="do not publish the sample feed")
    run.add_argument("--duration", type=float, default=None,
                     help="stop by itself after this many seconds (default: until Ctrl-C)")
    run.set_defaults(handler=_cmd_run)

    broker = verbs.add_parser("broker", help="the embedded broker (Tansu)")
    broker.add_argument("action", choices=["start", "stop", "status"])
    broker.add_argument("--durable", action="store_true",
                        help="start: keep topics and offsets on disk (Tansu on S3 served by "
                             "SeaweedFS) instead of in memory")
    broker.add_argument("--data-dir", type=Path, default=None,
                        help="start --durable: where SeaweedFS keeps the data (default: "
                             "WIREWATCH_STATE_DIR/data-PORT)")
    broker.set_defaults(handler=_cmd_broker)

    worker = verbs.add_parser("worker", help="one Faust worker process")
    worker.set_defaults(handler=_cmd_worker)

    publish = verbs.add_parser("publish", help="publish articles to articles.raw.v1")
    publish.add_argument("paths", nargs="*", type=Path,
                         help=".txt .html .json .jsonl .ndjson files, directories, RSS/Atom feeds")
    publish.add_argument("--samples", action="store_true", help="publish the shipped sample feed")
    publish.set_defaults(handler=_cmd_publish)

    tail = verbs.add_parser("tail", help="print the messages of a topic")
    tail.add_argument("topic", help="e.g. articles.enriched.v1 (the topic prefix is added)")
    tail.add_argument("--json", action="store_true", help="raw JSON lines")
    tail.add_argument("--max", type=int, default=None, help="stop after N messages")
    tail.add_argument("--idle-timeout", type=float, default=None,
                      help="stop after this many seconds without a message")
    tail.set_defaults(handler=_cmd_tail)

    enrich = verbs.add_parser("enrich", help="the pipeline offline: JSON lines in, JSON lines out")
    enrich.add_argument("files", nargs="*", type=Path, help="raw articles as JSON lines "
                        "(default: standard input)")
    enrich.add_argument("--changes", type=Path, default=None,
                        help="write figure-change events as JSON lines to this file")
    enrich.set_defaults(handler=_cmd_enrich)

    config = verbs.add_parser("config", help="print the settings in force")
    config.set_defaults(handler=_cmd_config)
    return parser


def _cmd_broker(args: argparse.Namespace, settings: Settings) -> int:
    from wirewatch import broker

    try:
        if args.action == "start":
            if args.data_dir and not args.durable:
                print("error: --data-dir needs --durable", file=sys.stderr)
                return 2
            pid = broker.start(settings, durable=args.durable, data_dir=args.data_dir)
            paths = broker.BrokerPaths.for_settings(settings)
            storage = "memory (lost at stop)"
            if args.durable:
                from wirewatch.broker_durable import default_data_dir

                storage = f"durable, data in {(args.data_dir or default_data_dir(settings))}"
            print(f"broker running: pid {pid}, kafka://127.0.0.1:{settings.broker_port}, "
                  f"{storage}, log {paths.log_file}")
        elif args.action == "stop":
            print("broker stopped" if broker.stop(settings) else "no broker was running")
        else:
            pid = broker.running_pid(settings)
            reachable = broker.is_reachable(settings, timeout_s=2.0)
            print(f"managed broker: {'pid ' + str(pid) if pid else 'not running'}; "
                  f"{settings.bootstrap_servers}: {'reachable' if reachable else 'unreachable'}")
            return 0 if reachable else 1
    except broker.BrokerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from wirewatch.stream.worker import run_worker

    return run_worker(settings)


def _require_broker(settings: Settings) -> None:
    from wirewatch.broker import is_reachable

    if not is_reachable(settings, timeout_s=5.0):
        raise SystemExit(f"error: no Kafka broker reachable at {settings.bootstrap_servers}. "
                         f"Start the embedded one with `wirewatch broker start`, or set "
                         f"WIREWATCH_BROKER_URL.")


def _cmd_publish(args: argparse.Namespace, settings: Settings) -> int:
    from wirewatch.publish import read_articles
    from wirewatch.publish_cli import publish_with_progress

    if not args.paths and not args.samples:
        print("error: give files or directories to publish, or --samples", file=sys.stderr)
        return 2
    result = read_articles(args.paths)
    if args.samples:
        from wirewatch.samples import sample_feed_path

        sampled = read_articles([sample_feed_path()])
        result.articles[:0] = sampled.articles
        result.rejected.extend(sampled.rejected)
    _require_broker(settings)
    return publish_with_progress(result, settings)


def _cmd_tail(args: argparse.Namespace, settings: Settings) -> int:
    from wirewatch.tail import tail

    _require_broker(settings)
    return asyncio.run(tail(settings, args.topic, as_json=args.json, limit=args.max,
                            idle_timeout=args.idle_timeout))


def _cmd_enrich(args: argparse.Namespace, settings: Settings) -> int:
    from wirewatch.enrich_cli import enrich_files

    return enrich_files(args.files, settings, changes_path=args.changes)


def _cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from wirewatch.live import run_everything

    return run_everything(settings, publish_samples=not args.no_samples, duration=args.duration)


def _cmd_config(args: argparse.Namespace, settings: Settings) -> int:
    for name, value in settings.as_table():
        print(f"{name}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
