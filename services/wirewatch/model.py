"""The types of wirewatch's contracts, as plain dataclasses.

The JSON Schemas in ``contracts/`` are the source of truth; ``tests/unit/test_contracts.py``
round-trips every example message through these types and validates what they emit.

``Article`` is the working record that flows through the pipeline stages: the raw message
plus every field that a stage fills. ``Article.to_enriched()`` is what goes on
``articles.enriched.v1``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

FigureValue = float | list[float]  # a number, or a range [lo, hi]
Qualifier = Literal["exact", "about", "over", "under", "at_least", "up_to"]
ChangeKind = Literal["rise", "fall", "disagreement"]


class ContractError(ValueError):
    """A message does not match its topic's contract (missing field, wrong type)."""


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``cls`` in ``data``: unknown fields are ignored (``.v1`` grows additively)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _require_str(data: dict[str, Any], name: str, *, optional: bool = False) -> str | None:
    value = data.get(name)
    if value is None:
        if optional:
            return None
        raise ContractError(f"missing field {name!r}")
    if not isinstance(value, str):
        raise ContractError(f"field {name!r} must be a string, got {type(value).__name__}")
    return value


@dataclass(slots=True)
class RawArticle:
    """A message on ``articles.raw.v1`` (key = ``id``)."""

    id: str
    url: str
    outlet: str
    published_at: str
    content_type: str
    body: str
    title: str | None = None
    language: str | None = None
    fetched_at: str | None = None

    CONTENT_TYPES = ("text/html", "text/plain")

    @classmethod
    def from_dict(cls, data: Any) -> RawArticle:
        if not isinstance(data, dict):
            raise ContractError(f"a raw article must be a JSON object, got {type(data).__name__}")
        values = {name: _require_str(data, name) for name in
                  ("id", "url", "outlet", "published_at", "content_type", "body")}
        if not values["id"]:
            raise ContractError("field 'id' must not be empty")
        if values["content_type"] not in cls.CONTENT_TYPES:
            raise ContractError(f"content_type must be one of {cls.CONTENT_TYPES}, "
                                f"got {values['content_type']!r}")
        for name in ("title", "language", "fetched_at"):
            values[name] = _require_str(data, name, optional=True)
        return cls(**values)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(slots=True)
class TopicLabel:
    code: str  # e.g. "medtop:16000000"
    label: str
    score: float


@dataclass(slots=True)
class PlaceMention:
    name: str
    country_code: str | None
    geonames_id: int | None
    score: float


@dataclass(slots=True)
class NamedEntity:
    name: str


@dataclass(slots=True)
class VoteTally:
    in_favour: int
    against: int
    abstaining: int | None = None


@dataclass(slots=True)
class FigureObservation:
    """One reported figure in an article's clean text: ``text[start:end] == span``."""

    span: str
    start: int
    end: int
    value: FigureValue
    qualifier: Qualifier
    unit: str
    subject: str | None = None
    place: str | None = None
    source: str | None = None
    tally: VoteTally | None = None
    currency: str | None = None
    # a sub-count ("21 killed, including 17 workers"): the ``start`` of the figure it is part of
    part_of: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FigureObservation:
        tally = data.get("tally")
        values = _known(cls, data)
        values["tally"] = VoteTally(**_known(VoteTally, tally)) if tally else None
        return cls(**values)


@dataclass(slots=True)
class FigureReport:
    """One side of a change: what one article said about a figure."""

    value: FigureValue
    qualifier: Qualifier
    article_id: str
    outlet: str
    published_at: str
    span: str


@dataclass(slots=True)
class FigureObservationEvent:
    """A message on ``figures.observations.v1`` (key = ``figure_key``)."""

    id: str  # deterministic: article id + offsets
    figure_key: str
    article_id: str
    outlet: str
    published_at: str
    observation: FigureObservation
    area: str | None = None  # the place within the key's country (``g<id>``), if narrower

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FigureObservationEvent:
        values = _known(cls, data)
        values["observation"] = FigureObservation.from_dict(data["observation"])
        return cls(**values)

    def report(self) -> FigureReport:
        o = self.observation
        return FigureReport(value=o.value, qualifier=o.qualifier, article_id=self.article_id,
                            outlet=self.outlet, published_at=self.published_at, span=o.span)


@dataclass(slots=True)
class FigureChange:
    """A message on ``figures.changes.v1`` (key = ``figure_key``)."""

    id: str
    figure_key: str
    kind: ChangeKind
    previous: FigureReport
    current: FigureReport
    delta: float
    delta_pct: float | None
    detected_at: str
    unit: str | None = None
    subject: str | None = None
    place: str | None = None
    source: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FigureChange:
        values = _known(cls, data)
        values["previous"] = FigureReport(**_known(FigureReport, data["previous"]))
        values["current"] = FigureReport(**_known(FigureReport, data["current"]))
        return cls(**values)


@dataclass(slots=True)
class Article:
    """The working record of the pipeline: a raw article and what the stages found."""

    raw: RawArticle
    text: str = ""
    title: str = ""
    language: str = "und"
    duplicate_of: str | None = None
    story_id: str | None = None
    fingerprint: list[int] = field(default_factory=list)  # MinHash signature of `text`
    topics: list[TopicLabel] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    people: list[NamedEntity] = field(default_factory=list)
    organizations: list[NamedEntity] = field(default_factory=list)
    figures: list[FigureObservation] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.raw.id

    def to_enriched(self, *, processed_at: str, pipeline_version: str) -> dict[str, Any]:
        """The message for ``articles.enriched.v1``."""
        return {
            "id": self.raw.id,
            "url": self.raw.url,
            "outlet": self.raw.outlet,
            "published_at": self.raw.published_at,
            "title": self.title,
            "text": self.text,
            "language": self.language,
            "duplicate_of": self.duplicate_of,
            "story_id": self.story_id,
            "topics": [asdict(t) for t in self.topics],
            "places": [asdict(p) for p in self.places],
            "people": [asdict(p) for p in self.people],
            "organizations": [asdict(o) for o in self.organizations],
            "figures": [figure_to_dict(f) for f in self.figures],
            "processed_at": processed_at,
            "pipeline_version": pipeline_version,
        }


def figure_to_dict(figure: FigureObservation) -> dict[str, Any]:
    """A figure as JSON-ready data, optional fields left out when empty."""
    data = asdict(figure)
    for name in ("tally", "currency"):
        if data[name] is None:
            del data[name]
    return data


@dataclass(slots=True)
class DeadLetter:
    """A message on ``articles.dlq.v1``: the original bytes and why they failed."""

    reason: str  # one of dlq.REASONS
    stage: str
    error: str
    topic: str
    partition: int
    offset: int
    failed_at: str
    key: str | None
    value: str | None
    encoding: Literal["utf-8", "base64"] = "utf-8"
    key_encoding: Literal["utf-8", "base64"] = "utf-8"
    article_id: str | None = None
