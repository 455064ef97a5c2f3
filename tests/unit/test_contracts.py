"""The contracts in ``contracts/``: schemas, examples, the Python types and the AsyncAPI document.

- every schema is valid draft 2020-12, and every example validates against its topic's schema;
- every example round-trips through its Python type in ``wirewatch.model``;
- what the code emits (``Article.to_enriched``, ``asdict`` of events, ``dead_letter``) validates;
- the schemas agree with the code's enums and with ``RawArticle.from_dict`` on what is invalid;
- the AsyncAPI document parses, names every public topic and references every schema file;
- every line of the sample feed validates against the raw schema.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import typing
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from wirewatch.intake import REASONS
from wirewatch.model import (
    Article,
    ChangeKind,
    ContractError,
    DeadLetter,
    FigureChange,
    FigureObservation,
    FigureObservationEvent,
    FigureReport,
    NamedEntity,
    PlaceMention,
    Qualifier,
    RawArticle,
    TopicLabel,
    VoteTally,
)
from wirewatch.samples import load_sample_feed
from wirewatch.settings import Settings
from wirewatch.stream import topics
from wirewatch.stream.dlq import dead_letter

CONTRACTS = Path(__file__).resolve().parents[2] / "contracts"
EXAMPLES = CONTRACTS / "examples"
TOPICS = (topics.RAW, topics.ENRICHED, topics.OBSERVATIONS, topics.CHANGES, topics.DLQ)

# jsonschema checks "date-time" and "uri" only with optional packages; check them here instead.
FORMATS = FormatChecker()
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@FORMATS.checks("date-time")
def _is_rfc3339(value: object) -> bool:
    return not isinstance(value, str) or bool(RFC3339.match(value))


@FORMATS.checks("uri")
def _is_absolute_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc or parts.path)


@functools.cache
def schema_of(topic: str) -> dict[str, Any]:
    return json.loads((CONTRACTS / f"{topic}.schema.json").read_text(encoding="utf-8"))


@functools.cache
def validator(topic: str) -> Draft202012Validator:
    return Draft202012Validator(schema_of(topic), format_checker=FORMATS)


def errors(topic: str, message: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator(topic).iter_errors(message)]


def examples_of(topic: str) -> list[Path]:
    return sorted((EXAMPLES / topic).glob("*.json"))


ALL_EXAMPLES = [pytest.param(topic, path, id=f"{topic}/{path.stem}")
                for topic in TOPICS for path in examples_of(topic)]


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def without_none(data: Any) -> Any:
    """``data`` with None-valued keys dropped at every depth (None vs absent: same meaning)."""
    if isinstance(data, dict):
        return {k: without_none(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [without_none(v) for v in data]
    return data


# -- schemas and examples ------------------------------------------------------------------

@pytest.mark.parametrize("topic", TOPICS)
def test_schema_is_valid_draft_2020_12(topic: str) -> None:
    schema = schema_of(topic)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_has_examples(topic: str) -> None:
    assert len(examples_of(topic)) >= 2


@pytest.mark.parametrize("topic,path", ALL_EXAMPLES)
def test_example_validates(topic: str, path: Path) -> None:
    assert errors(topic, load(path)) == []


@pytest.mark.parametrize("topic,path", ALL_EXAMPLES)
def test_schema_tolerates_additive_changes(topic: str, path: Path) -> None:
    message = load(path)
    message["added_in_a_later_v1_release"] = {"anything": [1, "two"]}
    assert errors(topic, message) == []


@pytest.mark.parametrize("path", examples_of(topics.ENRICHED), ids=lambda p: p.stem)
def test_enriched_figure_offsets_point_at_their_span(path: Path) -> None:
    message = load(path)
    for figure in message["figures"]:
        assert message["text"][figure["start"]:figure["end"]] == figure["span"]


# -- round trips through the Python types --------------------------------------------------

def article_from_enriched(message: dict[str, Any]) -> Article:
    """The working record that ``to_enriched`` would turn back into ``message``."""
    raw = RawArticle(id=message["id"], url=message["url"], outlet=message["outlet"],
                     published_at=message["published_at"], content_type="text/plain",
                     body=message["text"])
    return Article(
        raw=raw, text=message["text"], title=message["title"], language=message["language"],
        duplicate_of=message["duplicate_of"], story_id=message["story_id"],
        topics=[TopicLabel(**t) for t in message["topics"]],
        places=[PlaceMention(**p) for p in message["places"]],
        people=[NamedEntity(**p) for p in message["people"]],
        organizations=[NamedEntity(**o) for o in message["organizations"]],
        figures=[FigureObservation.from_dict(f) for f in message["figures"]],
    )


def round_trip(topic: str, message: dict[str, Any]) -> dict[str, Any]:
    if topic == topics.RAW:
        return RawArticle.from_dict(message).to_dict()
    if topic == topics.ENRICHED:
        return article_from_enriched(message).to_enriched(
            processed_at=message["processed_at"], pipeline_version=message["pipeline_version"])
    if topic == topics.OBSERVATIONS:
        return asdict(FigureObservationEvent.from_dict(message))
    if topic == topics.CHANGES:
        return asdict(FigureChange.from_dict(message))
    if topic == topics.DLQ:
        return asdict(DeadLetter(**message))
    raise AssertionError(topic)


@pytest.mark.parametrize("topic,path", ALL_EXAMPLES)
def test_example_round_trips_through_the_python_type(topic: str, path: Path) -> None:
    message = load(path)
    assert without_none(round_trip(topic, message)) == without_none(message)


@pytest.mark.parametrize("topic,path", ALL_EXAMPLES)
def test_round_tripped_example_still_validates(topic: str, path: Path) -> None:
    assert errors(topic, round_trip(topic, load(path))) == []


# -- what the code emits -------------------------------------------------------------------

def hand_built_article() -> Article:
    text = ("The quake killed at least 120 people, officials said. The council passed the "
            "plan 9-3. Aid of $2.5 million and 3,000 to 5,000 tents was pledged.")

    def at(span: str) -> tuple[int, int]:
        start = text.index(span)
        return start, start + len(span)

    raw = RawArticle(id="hand-1", url="https://example.org/a/1", outlet="example",
                     published_at="2026-11-16T06:40:00+01:00", content_type="text/html",
                     body=f"<html><body><article><p>{text}</p></article></body></html>",
                     title=None, language="en", fetched_at=None)
    return Article(
        raw=raw, text=text, title="Quake kills at least 120", language="en",
        topics=[TopicLabel("medtop:03000000", "disaster, accident and emergency incident", 0.9)],
        places=[PlaceMention("Al Hoceïma", "MA", 2558545, 0.8),
                PlaceMention("Nowhere Creek", None, None, 0.2)],
        people=[NamedEntity("Priya Natarajan")],
        organizations=[NamedEntity("interior ministry")],
        figures=[
            FigureObservation("at least 120 people", *at("at least 120 people"), value=120,
                              qualifier="at_least", unit="killed", subject="quake",
                              source="officials"),
            FigureObservation("passed the plan 9-3", *at("passed the plan 9-3"), value=9,
                              qualifier="exact", unit="votes",
                              tally=VoteTally(in_favour=9, against=3)),
            FigureObservation("$2.5 million", *at("$2.5 million"), value=2_500_000.0,
                              qualifier="exact", unit="currency", currency="USD"),
            FigureObservation("3,000 to 5,000 tents", *at("3,000 to 5,000 tents"),
                              value=[3000.0, 5000.0], qualifier="exact", unit="tents"),
        ],
    )


def test_to_enriched_output_validates() -> None:
    message = hand_built_article().to_enriched(processed_at="2026-11-16T06:40:01.250000Z",
                                               pipeline_version="0.1.0")
    assert errors(topics.ENRICHED, json.loads(json.dumps(message))) == []


def test_empty_article_to_enriched_validates() -> None:
    raw = RawArticle(id="e", url="https://example.org/e", outlet="x",
                     published_at="2026-11-16T06:40:00Z", content_type="text/plain", body="")
    message = Article(raw=raw).to_enriched(processed_at="2026-11-16T06:40:01Z",
                                           pipeline_version="0.1.0")
    assert errors(topics.ENRICHED, message) == []


def test_observation_event_asdict_validates() -> None:
    article = hand_built_article()
    for figure in article.figures:
        event = FigureObservationEvent(id=f"{article.id}:{figure.start}-{figure.end}",
                                       figure_key=f"{figure.unit}|", article_id=article.id,
                                       outlet=article.raw.outlet,
                                       published_at=article.raw.published_at, observation=figure)
        assert errors(topics.OBSERVATIONS, json.loads(json.dumps(asdict(event)))) == []


def test_figure_change_asdict_validates() -> None:
    previous = FigureReport(value=120, qualifier="at_least", article_id="a", outlet="x",
                            published_at="2026-11-16T06:40:00Z", span="at least 120")
    current = FigureReport(value=[300.0, 350.0], qualifier="about", article_id="b", outlet="y",
                           published_at="2026-11-16T14:10:00Z", span="300 to 350")
    change = FigureChange(id="c0ffee", figure_key="killed|morocco", kind="rise",
                          previous=previous, current=current, delta=205.0, delta_pct=170.83,
                          detected_at="2026-11-16T14:10:01Z", unit="killed", subject=None,
                          place="Morocco", source=None)
    assert errors(topics.CHANGES, json.loads(json.dumps(asdict(change)))) == []


@pytest.mark.parametrize("key,value", [
    (b"sample-1", b'{"id": "sample-1", "body": 3}'),
    (b"\xff\xfe", b"\xc3\x28 not utf-8"),
    (None, None),
])
def test_dead_letter_output_validates(key: bytes | None, value: bytes | None) -> None:
    message = dead_letter(key=key, value=value, reason="schema_violation", stage="validate",
                          error="x" * 5000, topic=topics.RAW, partition=2, offset=7,
                          failed_at="2026-11-25T10:00:00Z", article_id=None)
    assert errors(topics.DLQ, json.loads(json.dumps(message))) == []


finite = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)
maybe_text = st.none() | st.text(max_size=20)


@st.composite
def figures(draw: st.DrawFn, text: str) -> FigureObservation:
    start = draw(st.integers(0, max(0, len(text) - 1)))
    end = draw(st.integers(start + 1, len(text))) if text else 0
    value = draw(finite | st.lists(finite, min_size=2, max_size=2).map(sorted))
    tally = draw(st.none() | st.builds(VoteTally, st.integers(0, 999), st.integers(0, 999),
                                       st.none() | st.integers(0, 999)))
    return FigureObservation(
        span=text[start:end] or "0", start=start, end=max(end, start), value=value,
        qualifier=draw(st.sampled_from(typing.get_args(Qualifier))),
        unit=draw(st.sampled_from(["people_killed", "votes", "money", "count"])),
        subject=draw(maybe_text), place=draw(maybe_text), source=draw(maybe_text),
        tally=tally, currency=draw(st.none() | st.sampled_from(["USD", "EUR", "MAD"])))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(min_size=1, max_size=200))
    raw = RawArticle(id=draw(st.text(min_size=1, max_size=10)), url="https://example.org/x",
                     outlet=draw(st.text(max_size=10)), published_at="2026-11-16T06:40:00Z",
                     content_type=draw(st.sampled_from(RawArticle.CONTENT_TYPES)), body=text)
    return Article(
        raw=raw, text=text, title=draw(st.text(max_size=30)),
        language=draw(st.sampled_from(["en", "fr", "ar", "und"])),
        duplicate_of=draw(st.none() | st.text(min_size=1, max_size=10)),
        story_id=draw(st.none() | st.text(min_size=1, max_size=10)),
        topics=draw(st.lists(st.builds(TopicLabel, st.text(max_size=16), st.text(max_size=16),
                                       st.floats(0, 1)), max_size=3)),
        places=draw(st.lists(st.builds(
            PlaceMention, st.text(max_size=16),
            st.none() | st.from_regex(r"\A[A-Z]{2}\Z"),
            st.none() | st.integers(1, 12_000_000), st.floats(0, 1)), max_size=3)),
        people=draw(st.lists(st.builds(NamedEntity, st.text(min_size=1, max_size=16)), max_size=3)),
        organizations=draw(st.lists(st.builds(NamedEntity, st.text(min_size=1, max_size=16)),
                                    max_size=3)),
        figures=draw(st.lists(figures(text), max_size=4)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_any_well_typed_article_emits_a_valid_enriched_message(article: Article) -> None:
    message = article.to_enriched(processed_at="2026-11-16T06:40:01Z", pipeline_version="0.1.0")
    assert errors(topics.ENRICHED, json.loads(json.dumps(message))) == []


def test_extracted_figures_their_observations_and_changes_validate() -> None:
    """The real emit path: extract_figures -> to_enriched, observations_of, FigureHistory."""
    from wirewatch.figures.changes import FigureHistory
    from wirewatch.figures.extract import extract_figures
    from wirewatch.processing import observations_of

    reports = [
        ("r-1", "harbor-gazette", "2026-11-16T06:40:00Z",
         "The earthquake killed at least 120 people in Morocco, the interior ministry said. "
         "The council passed the plan 9-3. Aid of $2.5 million was pledged."),
        ("r-2", "le-courrier-du-lac", "2026-11-16T14:10:00Z",
         "The earthquake killed more than 300 people in Morocco, the interior ministry said."),
        ("r-3", "al-wadi-news", "2026-11-16T14:20:00Z",
         "The earthquake killed 150 people in Morocco, officials said."),
    ]
    history = FigureHistory({})
    changes: list[FigureChange] = []
    for article_id, outlet, published_at, text in reports:
        raw = RawArticle(id=article_id, url=f"https://example.org/{article_id}", outlet=outlet,
                         published_at=published_at, content_type="text/plain", body=text)
        article = extract_figures(Article(raw=raw, text=text, title="", language="en"))
        assert article.figures
        enriched = article.to_enriched(processed_at="2026-11-16T15:00:00Z",
                                       pipeline_version="0.1.0")
        assert errors(topics.ENRICHED, json.loads(json.dumps(enriched))) == []
        for event in observations_of(article):
            assert errors(topics.OBSERVATIONS, json.loads(json.dumps(asdict(event)))) == []
            changes += history.observe(event, detected_at="2026-11-16T15:00:00Z")
    assert changes
    for change in changes:
        assert errors(topics.CHANGES, json.loads(json.dumps(asdict(change)))) == []


def test_example_units_are_from_the_extractor_vocabulary() -> None:
    from wirewatch.figures.extract import UNITS

    figures = [f for p in examples_of(topics.ENRICHED) for f in load(p)["figures"]]
    figures += [load(p)["observation"] for p in examples_of(topics.OBSERVATIONS)]
    units = {f["unit"] for f in figures}
    units |= {load(p).get("unit") for p in examples_of(topics.CHANGES)} - {None}
    assert units <= set(UNITS), units - set(UNITS)
    for unit in UNITS:
        assert unit in schema_of(topics.ENRICHED)["$defs"]["figure"]["properties"]["unit"][
            "description"], f"unit {unit!r} is not documented in the schema"


# -- schemas agree with the code -----------------------------------------------------------

def test_qualifier_enum_matches_the_model() -> None:
    for topic in (topics.ENRICHED, topics.OBSERVATIONS, topics.CHANGES):
        assert schema_of(topic)["$defs"]["qualifier"]["enum"] == list(typing.get_args(Qualifier))


def test_change_kind_enum_matches_the_model() -> None:
    enum = schema_of(topics.CHANGES)["properties"]["kind"]["enum"]
    assert enum == list(typing.get_args(ChangeKind))


def test_dlq_reason_enum_matches_intake() -> None:
    assert set(schema_of(topics.DLQ)["properties"]["reason"]["enum"]) == set(REASONS)


def test_content_type_enum_matches_the_model() -> None:
    enum = schema_of(topics.RAW)["properties"]["content_type"]["enum"]
    assert tuple(enum) == RawArticle.CONTENT_TYPES


def test_figure_definitions_are_the_same_everywhere() -> None:
    enriched = schema_of(topics.ENRICHED)["$defs"]
    observations = schema_of(topics.OBSERVATIONS)["$defs"]
    changes = schema_of(topics.CHANGES)["$defs"]
    for name in ("figure", "figureValue", "qualifier", "voteTally"):
        assert enriched[name] == observations[name], name
    for name in ("figureValue", "qualifier"):
        assert changes[name] == enriched[name], name


GOOD_RAW = load(EXAMPLES / topics.RAW / "required-only.json")
BAD_RAW = [
    pytest.param({k: v for k, v in GOOD_RAW.items() if k != "body"}, id="no-body"),
    pytest.param({k: v for k, v in GOOD_RAW.items() if k != "id"}, id="no-id"),
    pytest.param({**GOOD_RAW, "id": ""}, id="empty-id"),
    pytest.param({**GOOD_RAW, "id": 7}, id="int-id"),
    pytest.param({**GOOD_RAW, "body": 3}, id="int-body"),
    pytest.param({**GOOD_RAW, "content_type": "application/pdf"}, id="content-type"),
    pytest.param({**GOOD_RAW, "title": ["x"]}, id="list-title"),
    pytest.param({**GOOD_RAW, "outlet": None}, id="null-outlet"),
]


@pytest.mark.parametrize("message", BAD_RAW)
def test_raw_schema_and_from_dict_reject_the_same_messages(message: dict[str, Any]) -> None:
    assert errors(topics.RAW, message)
    with pytest.raises(ContractError):
        RawArticle.from_dict(message)


def _enriched_example() -> dict[str, Any]:
    return load(EXAMPLES / topics.ENRICHED / "earthquake-update.json")


def _broken(mutate: Any) -> dict[str, Any]:
    message = copy.deepcopy(_enriched_example())
    mutate(message)
    return message


@pytest.mark.parametrize("message", [
    pytest.param(_broken(lambda m: m.pop("figures")), id="no-figures"),
    pytest.param(_broken(lambda m: m.update(language="english")), id="language-name"),
    pytest.param(_broken(lambda m: m.update(published_at="16/11/2026")), id="not-rfc3339"),
    pytest.param(_broken(lambda m: m["figures"][0].update(qualifier="approx")), id="qualifier"),
    pytest.param(_broken(lambda m: m["figures"][0].update(value="1,037")), id="value-text"),
    pytest.param(_broken(lambda m: m["figures"][0].update(value=[1, 2, 3])), id="value-3"),
    pytest.param(_broken(lambda m: m["figures"][0].pop("unit")), id="no-unit"),
    pytest.param(_broken(lambda m: m["places"][0].update(geonames_id="2542007")), id="geo-str"),
    pytest.param(_broken(lambda m: m["topics"][0].update(score=7)), id="score"),
])
def test_enriched_schema_is_strict_on_required_fields_and_types(message: dict[str, Any]) -> None:
    assert errors(topics.ENRICHED, message)


@pytest.mark.parametrize("topic,path", ALL_EXAMPLES)
def test_every_required_field_is_required(topic: str, path: Path) -> None:
    message = load(path)
    for name in schema_of(topic)["required"]:
        assert errors(topic, {k: v for k, v in message.items() if k != name}), name


@pytest.mark.parametrize("topic", [topics.OBSERVATIONS, topics.CHANGES])
def test_python_types_tolerate_additive_changes(topic: str) -> None:
    message = load(examples_of(topic)[0])
    message["added_in_a_later_v1_release"] = 1
    round_trip(topic, message)


# -- AsyncAPI ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def asyncapi() -> dict[str, Any]:
    return yaml.safe_load((CONTRACTS / "asyncapi.yaml").read_text(encoding="utf-8"))


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def _resolve_local(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def test_asyncapi_is_version_3(asyncapi: dict[str, Any]) -> None:
    assert asyncapi["asyncapi"].startswith("3.")
    assert asyncapi["info"]["title"] == "wirewatch"


def test_asyncapi_references_every_schema_file(asyncapi: dict[str, Any]) -> None:
    file_refs = {ref for ref in _refs(asyncapi) if not ref.startswith("#")}
    for ref in file_refs:
        assert (CONTRACTS / ref).resolve().is_file(), ref
    referenced = {(CONTRACTS / ref).resolve() for ref in file_refs}
    assert referenced == {p.resolve() for p in CONTRACTS.glob("*.schema.json")}


def test_asyncapi_local_refs_resolve(asyncapi: dict[str, Any]) -> None:
    for ref in _refs(asyncapi):
        if ref.startswith("#"):
            assert _resolve_local(asyncapi, ref) is not None, ref


def test_asyncapi_has_a_channel_per_public_topic(asyncapi: dict[str, Any]) -> None:
    channels = asyncapi["channels"].values()
    assert sorted(c["address"] for c in channels) == sorted(topics.PUBLIC)
    for channel in channels:
        kafka = channel["bindings"]["kafka"]
        assert kafka["topic"] == channel["address"]
        assert kafka["partitions"] == Settings().partitions
        assert kafka["topicConfiguration"]["retention.ms"] > 0


def test_asyncapi_messages_document_keys_and_payload_schemas(asyncapi: dict[str, Any]) -> None:
    for channel in asyncapi["channels"].values():
        for ref in channel["messages"].values():
            message = _resolve_local(asyncapi, ref["$ref"])
            assert message["bindings"]["kafka"]["key"]["description"]
            payload_ref = message["payload"]["schema"]["$ref"]
            assert payload_ref == f"./{channel['address']}.schema.json"


def test_asyncapi_enriched_carries_the_pipeline_version_header(asyncapi: dict[str, Any]) -> None:
    headers = asyncapi["components"]["messages"]["enrichedArticle"]["headers"]
    assert "wirewatch-pipeline-version" in headers["properties"]


# -- the sample feed -----------------------------------------------------------------------

def test_every_sample_feed_line_validates_against_the_raw_schema() -> None:
    check = validator(topics.RAW)
    for article in load_sample_feed():
        assert list(check.iter_errors(article)) == [], article["id"]
