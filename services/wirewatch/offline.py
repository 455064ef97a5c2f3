"""``wirewatch enrich``: the stream's pipeline with no broker, state in memory for the run.

Same steps in the same order as the stream: decode, pipeline, copy linking (``CopyIndex``),
figure history (``FigureHistory``). On the same ordered input it gives the same enriched
articles and change events, apart from ``processed_at``/``detected_at``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator

from wirewatch import __version__
from wirewatch.clean.copies import CopyIndex
from wirewatch.figures.changes import FigureHistory
from wirewatch.intake import Rejected
from wirewatch.model import FigureChange
from wirewatch.pipeline import Pipeline
from wirewatch.processing import ArticleProcessor
from wirewatch.settings import Settings
from wirewatch.stream.app import utc_now


@dataclass(slots=True)
class EnrichOutcome:
    enriched: dict[str, Any] | None = None
    changes: list[FigureChange] = field(default_factory=list)
    rejected: Rejected | None = None
    timings: dict[str, float] = field(default_factory=dict)


SWEEP_EVERY = 5_000  # articles between two sweeps of the figure history


class OfflineEnricher:
    def __init__(self, pipeline: Pipeline, settings: Settings) -> None:
        self.processor = ArticleProcessor(pipeline, max_message_bytes=settings.max_message_bytes,
                                          max_body_chars=settings.max_body_chars)
        self.copy_index = CopyIndex({}, window_days=settings.copy_window_days)
        self.figure_history = FigureHistory({}, window_days=settings.figure_window_days)
        self._until_sweep = SWEEP_EVERY

    def enrich(self, line: bytes) -> EnrichOutcome:
        try:
            processed = self.processor.process(line)
        except Rejected as rejected:
            return EnrichOutcome(rejected=rejected)
        article = self.copy_index.link(processed.article)
        enriched = article.to_enriched(processed_at=utc_now(), pipeline_version=__version__)
        changes: list[FigureChange] = []
        for observation in processed.observations:
            changes.extend(self.figure_history.observe(observation, detected_at=utc_now()))
            self.figure_history.confirm(observation)
        self._until_sweep -= 1
        if self._until_sweep <= 0:  # a long file: keys of stories long past go
            self.figure_history.sweep()
            self._until_sweep = SWEEP_EVERY
        return EnrichOutcome(enriched, changes, None, processed.timings)

    def enrich_all(self, lines: Iterable[bytes]) -> Iterator[EnrichOutcome]:
        for line in lines:
            if line.strip():
                yield self.enrich(line.strip())


def change_to_dict(change: FigureChange) -> dict[str, Any]:
    return asdict(change)
