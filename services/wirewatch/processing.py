"""One raw message through the pipeline: the step that the stream and ``wirewatch enrich`` share.

``ArticleProcessor.process`` is pure apart from the clock: bytes in, an ``Article`` plus its
figure observations (keyed by figure key) out, or ``Rejected`` with a reason code and a stage.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from wirewatch.figures.identity import figure_area, figure_key
from wirewatch.intake import Rejected, decode_raw_article
from wirewatch.model import Article, FigureObservationEvent
from wirewatch.pipeline import Pipeline, StageBudgetExceeded, StageError


@dataclass(slots=True)
class Processed:
    article: Article
    timings: dict[str, float] = field(default_factory=dict)
    observations: list[FigureObservationEvent] = field(default_factory=list)


def observation_id(article_id: str, start: int, end: int, unit: str) -> str:
    """Deterministic: the same article processed twice yields the same observation ids."""
    digest = hashlib.blake2b(f"{article_id}\x1f{start}\x1f{end}\x1f{unit}".encode(),
                             digest_size=10).hexdigest()
    return f"obs-{digest}"


def observations_of(article: Article) -> list[FigureObservationEvent]:
    raw = article.raw
    return [
        FigureObservationEvent(
            id=observation_id(raw.id, f.start, f.end, f.unit), figure_key=figure_key(article, f),
            article_id=raw.id, outlet=raw.outlet, published_at=raw.published_at, observation=f,
            area=figure_area(article, f))
        for f in article.figures
    ]


class ArticleProcessor:
    def __init__(self, pipeline: Pipeline, *, max_message_bytes: int, max_body_chars: int) -> None:
        self.pipeline = pipeline
        self.max_message_bytes = max_message_bytes
        self.max_body_chars = max_body_chars

    def decode(self, value: bytes | None) -> Article:
        raw = decode_raw_article(value, max_message_bytes=self.max_message_bytes,
                                 max_body_chars=self.max_body_chars)
        return Article(raw=raw)

    def run(self, article: Article) -> Processed:
        try:
            result = self.pipeline.run(article)
        except StageBudgetExceeded as exc:
            raise Rejected("stage_timeout", exc.stage, str(exc)) from exc
        except StageError as exc:
            raise Rejected("stage_error", exc.stage, str(exc)) from exc
        return Processed(result.article, result.timings, observations_of(result.article))

    def run_each(self, articles: list[Article]) -> list[Processed | Rejected]:
        """``run`` over a batch, each article's outcome in its place (one call, one thread hop)."""
        outcomes: list[Processed | Rejected] = []
        for article in articles:
            try:
                outcomes.append(self.run(article))
            except Rejected as rejected:
                outcomes.append(rejected)
        return outcomes

    def process(self, value: bytes | None) -> Processed:
        return self.run(self.decode(value))
