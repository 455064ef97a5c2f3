"""Main-text extraction on the article-extraction benchmark: HTML, and the page-text variant.

Every system gets the same decoded page. Speeds are pages per second of this process's CPU time
(``time.process_time``: the machine is shared, so wall time measures the neighbours), each
system run ``rounds`` times in alternation and its best round kept.
"""

from __future__ import annotations

import html as html_escape
import time
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

import orjson

from bench.cleaning import BenchmarkPage, Score, flatten_html, score

Extractor = Callable[[str, str], str]  # (page, outlet) -> main text


@dataclass(frozen=True, slots=True)
class Row:
    system: str
    score: Score
    pages_per_s: float


def measure(systems: dict[str, Extractor], inputs: list[tuple[str, str]], golds: list[str],
            rounds: int = 2) -> list[Row]:
    """``inputs`` are (page, outlet) pairs; ``outlet`` is the page's host."""
    best: dict[str, float] = {}
    outputs: dict[str, list[str]] = {}
    for _ in range(rounds):
        for name, extract in systems.items():
            started = time.process_time()
            outputs[name] = [extract(page, outlet) for page, outlet in inputs]
            elapsed = time.process_time() - started
            best[name] = min(best.get(name, elapsed), elapsed)
    return [Row(name, score(zip(golds, outputs[name])), len(inputs) / best[name]) for name in systems]


def wirewatch_cleaning(content_type: str) -> Extractor:
    """The cleaning stages of the pipeline, in pipeline order, on one raw page."""
    from wirewatch.clean.chrome import BoilerplateStripper
    from wirewatch.clean.html import extract_main_text
    from wirewatch.clean.text import repair_text
    from wirewatch.model import Article, RawArticle

    stripper = BoilerplateStripper()
    counter = iter(range(10**9))

    def run(body: str, outlet: str) -> str:
        raw = RawArticle(id=f"p{next(counter)}", url="https://example.org/", outlet=outlet,
                         published_at="2024-01-01T00:00:00Z", content_type=content_type, body=body)
        article = repair_text(stripper(extract_main_text(Article(raw=raw))))
        return article.text

    return run


def wirewatch_enrich() -> Extractor | None:
    """The whole ``wirewatch enrich`` path (decode, every stage, copy linking) on an HTML page."""
    try:
        from wirewatch.offline import OfflineEnricher
        from wirewatch.pipeline import build_pipeline
        from wirewatch.settings import Settings

        pipeline = build_pipeline()
        pipeline.warm_up()  # as `wirewatch enrich` and a worker do before the first article
        pipeline.freeze_loaded_state()
        enricher = OfflineEnricher(pipeline, Settings())
    except Exception as exc:  # noqa: BLE001 - other stages may not be ready; say so, go on
        print(f"  (wirewatch enrich not measured: {type(exc).__name__}: {exc})")
        return None
    counter = iter(range(10**9))

    def run(body: str, outlet: str) -> str:
        line = orjson.dumps({"id": f"e{next(counter)}", "url": "https://example.org/", "outlet": outlet,
                           "published_at": "2024-01-01T00:00:00Z", "content_type": "text/html",
                           "body": body})
        outcome = enricher.enrich(line)
        return outcome.enriched["text"] if outcome.enriched else ""

    return run


def html_systems() -> dict[str, Extractor]:
    import trafilatura

    systems: dict[str, Extractor] = {
        "trafilatura 2.3.1 defaults": lambda page, _: trafilatura.extract(page) or "",
        "wirewatch cleaning stages": wirewatch_cleaning("text/html"),
    }
    enrich = wirewatch_enrich()
    if enrich is not None:
        systems["wirewatch enrich (whole pipeline)"] = enrich
    return systems


def justext_on_lines(text: str) -> str:
    """jusText with the survey's tuned thresholds, each line wrapped in a <p> (English stoplist)."""
    import justext

    doc = "<html><body>" + "".join(f"<p>{html_escape.escape(line)}</p>" for line in text.split("\n")) + "</body></html>"
    paragraphs = justext.justext(doc, justext.get_stoplist("English"), length_high=120,
                                 stopwords_low=0.15, stopwords_high=0.2)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def pagetext_systems() -> dict[str, Extractor]:
    import trafilatura

    return {
        "no removal (flattened page)": lambda text, _: text,
        "trafilatura on text": lambda text, _: trafilatura.extract(text) or "",
        "jusText tuned, one <p> a line": lambda text, _: justext_on_lines(text),
        "wirewatch cleaning stages": wirewatch_cleaning("text/plain"),
    }


def _host(url: str) -> str:
    return urlsplit(url).hostname or "unknown"


def run_html(pages: list[BenchmarkPage]) -> list[Row]:
    return measure(html_systems(), [(p.html, _host(p.url)) for p in pages], [p.gold for p in pages])


def run_pagetext(pages: list[BenchmarkPage]) -> list[Row]:
    flattened = [(flatten_html(p.html), _host(p.url)) for p in pages]
    return measure(pagetext_systems(), flattened, [p.gold for p in pages], rounds=1)
