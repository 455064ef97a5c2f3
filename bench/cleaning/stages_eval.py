"""CPU cost per article of each stage of the pipeline, on HTML pages and on their page text.

Runs the production pipeline (``build_pipeline``) and copy linking through ``Pipeline.run``'s
own per-stage timings, over the benchmark pages as ``text/html`` and flattened as ``text/plain``.
Stages other than cleaning are included when they load, so the total is the article's cost.
"""

from __future__ import annotations

import time
from collections import defaultdict

from bench.cleaning import BenchmarkPage, flatten_html


def run_stages(pages: list[BenchmarkPage]) -> dict[str, dict[str, float]]:
    from wirewatch.clean.copies import CopyIndex
    from wirewatch.model import Article, RawArticle
    from wirewatch.pipeline import build_pipeline

    try:
        pipeline = build_pipeline()
    except Exception as exc:  # noqa: BLE001 - other stages may not load: time the cleaning ones
        print(f"  (full pipeline not loaded: {type(exc).__name__}: {exc}; cleaning stages only)")
        pipeline = _cleaning_pipeline()
    results: dict[str, dict[str, float]] = {}
    for content_type in ("text/html", "text/plain"):
        totals: dict[str, float] = defaultdict(float)
        index = CopyIndex({})
        for n, page in enumerate(pages):
            body = page.html if content_type == "text/html" else flatten_html(page.html)
            raw = RawArticle(id=f"{content_type}-{n}", url=page.url or "https://example.org/", outlet="benchmark",
                             published_at="2024-01-01T00:00:00Z", content_type=content_type, body=body)
            started = time.process_time()
            result = pipeline.run(Article(raw=raw))
            elapsed = time.process_time() - started
            wall = sum(result.timings.values()) or elapsed
            for name, seconds in result.timings.items():
                totals[name] += seconds * elapsed / wall  # wall-clock shares, scaled to CPU time
            started = time.process_time()
            index.link(result.article)
            totals["link_copies"] += time.process_time() - started
        results[content_type] = {name: 1000 * s / len(pages) for name, s in totals.items()}
    return results


def _cleaning_pipeline():  # type: ignore[no-untyped-def]
    from wirewatch.clean.chrome import BoilerplateStripper
    from wirewatch.clean.copies import fingerprint_text
    from wirewatch.clean.html import extract_main_text
    from wirewatch.clean.language import LanguageIdentifier
    from wirewatch.clean.text import repair_text
    from wirewatch.pipeline import Pipeline, Stage

    return Pipeline([Stage("extract_main_text", extract_main_text), Stage("strip_boilerplate", BoilerplateStripper()),
                     Stage("repair_text", repair_text), Stage("identify_language", LanguageIdentifier()),
                     Stage("fingerprint_text", fingerprint_text)])
