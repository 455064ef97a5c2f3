"""The enrichment pipeline: the stage order, in one place.

Each stage is a plain callable ``(Article) -> Article`` with a name. ``Pipeline.run`` times every
stage and names the one that failed, so the stream can dead-letter with the right ``stage`` and
the benchmark can print per-stage cost. Nothing here knows about Kafka or Faust.

The stateful steps (linking copies of a wire story, figure history and change events) are not
stages: they are small classes over a key-value store (``clean.copies.CopyIndex``,
``figures.changes.FigureHistory``) that the stream runs over Faust tables and ``wirewatch
enrich`` runs over dicts.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from typing import Callable

from wirewatch import __version__
from wirewatch.model import Article, RawArticle

StageFn = Callable[[Article], Article]

_WARM_UP_TEXT = ("Officials said on Monday that more than 1,200 people were evacuated from "
                 "villages near the river in northern Italy after two days of heavy rain.")
WARM_UP_BODIES = (
    ("text/html", f"<html><head><title>Floods</title></head><body><nav>Home</nav><article>"
                  f"<h1>Floods</h1><p>{_WARM_UP_TEXT}</p><p>{_WARM_UP_TEXT}</p></article>"
                  f"<footer>Contact</footer></body></html>"),
    ("text/plain", f"Floods\n\n{_WARM_UP_TEXT}\n\nShare this article"),
)


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: StageFn


class StageError(Exception):
    """A stage raised: carries the stage's name and the original exception."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"stage {stage!r} failed: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause


class StageBudgetExceeded(Exception):
    """A stage took longer than the per-article budget (see ``WIREWATCH_STAGE_BUDGET_MS``)."""

    def __init__(self, stage: str, elapsed_ms: float, budget_ms: float) -> None:
        super().__init__(f"stage {stage!r} took {elapsed_ms:.0f} ms, budget {budget_ms:.0f} ms")
        self.stage = stage
        self.elapsed_ms = elapsed_ms


@dataclass(slots=True)
class PipelineResult:
    article: Article
    timings: dict[str, float] = field(default_factory=dict)  # stage name -> seconds


class Pipeline:
    """Stages in order; ``run`` applies them one after the other."""

    version = __version__

    def __init__(self, stages: list[Stage], *, budget_ms: float | None = None) -> None:
        self.stages = stages
        self.budget_ms = budget_ms

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def warm_up(self) -> None:
        """Run one small HTML and one text article through every stage, budget off.

        First calls pay for lazy imports and caches (trafilatura's first page costs seconds);
        a worker warms up before it consumes so that no real article is charged for it.
        """
        from wirewatch.clean import html
        from wirewatch.figures.places import gazetteer

        html.prepare()
        gazetteer()  # the figure stage's place names, loaded on the first place otherwise
        budget, self.budget_ms = self.budget_ms, None
        try:
            for content_type, body in WARM_UP_BODIES:
                raw = RawArticle("warm-up", "https://example.org/warm-up", "wirewatch",
                                 "2024-01-01T00:00:00Z", content_type, body)
                self.run(Article(raw=raw))
        finally:
            self.budget_ms = budget

    @staticmethod
    def freeze_loaded_state() -> None:
        """Move everything loaded so far out of the garbage collector's sight (``gc.freeze``).

        After warm-up a process holds about 1.5 million long-lived objects (gazetteers, the
        lexicons, models). A full collection walks all of them: 434 ms measured here, a pause
        that showed as the p99 of end-to-end latency. Frozen objects are never scanned again;
        they are never freed either, which is what they are for.
        """
        gc.collect()
        gc.freeze()

    def run(self, article: Article) -> PipelineResult:
        timings: dict[str, float] = {}
        for stage in self.stages:
            started = time.perf_counter()
            try:
                article = stage.run(article)
            except Exception as exc:  # noqa: BLE001 - every failure is dead-lettered by name
                raise StageError(stage.name, exc) from exc
            elapsed = time.perf_counter() - started
            timings[stage.name] = elapsed
            if self.budget_ms is not None and elapsed * 1000 > self.budget_ms:
                raise StageBudgetExceeded(stage.name, elapsed * 1000, self.budget_ms)
        return PipelineResult(article, timings)


def build_pipeline(*, enabled: bool = True, budget_ms: float | None = None) -> Pipeline:
    """The production pipeline. Models load once, here; stages share nothing else.

    ``enabled=False`` gives an empty pipeline (transport cost only, for the benchmark).
    """
    if not enabled:
        return Pipeline([], budget_ms=budget_ms)
    from wirewatch.classify.entities import EntityFinder
    from wirewatch.classify.places import PlaceFinder
    from wirewatch.classify.topics import TopicClassifier
    from wirewatch.clean.chrome import BoilerplateStripper
    from wirewatch.clean.copies import fingerprint_text
    from wirewatch.clean.html import extract_main_text
    from wirewatch.clean.language import LanguageIdentifier
    from wirewatch.clean.text import repair_text
    from wirewatch.figures.extract import extract_figures

    stages = [
        Stage("extract_main_text", extract_main_text),
        Stage("strip_boilerplate", BoilerplateStripper()),
        Stage("repair_text", repair_text),
        Stage("identify_language", LanguageIdentifier()),
        Stage("fingerprint_text", fingerprint_text),
        Stage("classify_topics", TopicClassifier.load()),
        Stage("find_places", PlaceFinder.load()),
        Stage("find_entities", EntityFinder.load()),
        Stage("extract_figures", extract_figures),
    ]
    return Pipeline(stages, budget_ms=budget_ms)
