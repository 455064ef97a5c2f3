"""Terminal side of ``wirewatch enrich``: JSON lines in (files or stdin), JSON lines out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterator

import orjson

from wirewatch.logs import configure_logging
from wirewatch.offline import OfflineEnricher, change_to_dict
from wirewatch.pipeline import build_pipeline
from wirewatch.settings import Settings


def _lines(files: list[Path]) -> Iterator[bytes]:
    if not files:
        yield from sys.stdin.buffer
        return
    for path in files:
        with path.open("rb") as handle:
            yield from handle


def enrich_files(files: list[Path], settings: Settings, *, changes_path: Path | None = None,
                 out: BinaryIO | None = None) -> int:
    configure_logging(settings.log_level)
    for path in files:
        if not path.is_file():
            print(f"error: {path}: no such file", file=sys.stderr)
            return 2
    out = out or sys.stdout.buffer
    pipeline = build_pipeline(budget_ms=None)
    pipeline.warm_up()  # what the first article would load anyway
    pipeline.freeze_loaded_state()  # no full-GC pauses over the models on a long file
    enricher = OfflineEnricher(pipeline, settings)
    changes = changes_path.open("wb") if changes_path else None
    done = rejected = 0
    try:
        for number, outcome in enumerate(enricher.enrich_all(_lines(files)), 1):
            if outcome.rejected:
                rejected += 1
                print(f"line {number}: rejected ({outcome.rejected.reason} at "
                      f"{outcome.rejected.stage}): {outcome.rejected.error[:200]}", file=sys.stderr)
                continue
            out.write(orjson.dumps(outcome.enriched) + b"\n")
            done += 1
            if changes:
                for change in outcome.changes:
                    changes.write(orjson.dumps(change_to_dict(change)) + b"\n")
            if done % 1000 == 0:
                print(f"enriched {done} articles...", file=sys.stderr)
        out.flush()
    finally:
        if changes:
            changes.close()
    print(f"enriched {done}, rejected {rejected}", file=sys.stderr)
    return 0 if rejected == 0 else 1
