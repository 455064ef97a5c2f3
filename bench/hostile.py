"""Hostile input for ``articles.raw.v1``: a seeded generator of bad messages, and a table of outcomes.

Every message says which outcomes are acceptable: a DLQ reason code from
``wirewatch.intake.REASONS`` or ``"ok"`` (processed correctly). The tests import
:func:`generate` (``tests/unit/test_hostile_input.py`` runs 10,000 through ``ArticleProcessor``;
``tests/e2e/test_hostile_stream.py`` sends a few hundred, 20 MB ones included, through a real
worker). Seeded: the same seed gives the same messages.

    .venv/bin/python -m bench.hostile [--count 10000] [--seed 7] [--no-huge]

prints, per kind, the count, the outcomes, and the slowest message through the pipeline.
"""

from __future__ import annotations

import argparse
import random
import string
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator

import orjson

OK = "ok"
DECODE_FAILURES = frozenset({"invalid_utf8", "invalid_json", "schema_violation"})
#: a stage may legitimately give up on a pathological article, never crash the worker
PIPELINE_OUTCOMES = frozenset({OK, "stage_timeout"})
HTML_OUTCOMES = frozenset({OK, "stage_timeout", "stage_error"})
REQUIRED = ("id", "url", "outlet", "published_at", "content_type", "body")
HUGE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class HostileMessage:
    """One message for the raw topic and the outcomes that count as handled correctly."""

    kind: str
    key: bytes | None
    value: bytes | None
    expected: frozenset[str]
    heavy: bool = False  # costs real pipeline time (HTML bombs, regex bait, big bodies)


def good_article(article_id: str, body: str | None = None, **extra: Any) -> dict[str, Any]:
    record = {"id": article_id, "url": f"https://example.org/{article_id}",
              "outlet": "hostile-test", "published_at": "2024-03-26T09:00:00Z",
              "content_type": "text/plain",
              "body": body or "Flood waters rose in the lower town on Monday, officials said. "
                              "Three shelters were opened for the night."}
    record.update(extra)
    return record


def _msg(kind: str, article_id: str, value: bytes | None, expected: frozenset[str] | set[str],
         heavy: bool = False) -> HostileMessage:
    return HostileMessage(kind, article_id.encode(), value, frozenset(expected), heavy)


# -- cheap kinds: rejected while decoding, or tiny articles ---------------------------------

def truncated_json(rng: random.Random, i: int) -> HostileMessage:
    whole = orjson.dumps(good_article(f"h-{i}"))
    return _msg("truncated_json", f"h-{i}", whole[:rng.randrange(0, len(whole) - 1)],
                {"invalid_json"})


def garbage_text(rng: random.Random, i: int) -> HostileMessage:
    text = "x" + "".join(rng.choices(string.printable, k=rng.randrange(0, 400)))
    return _msg("garbage_text", f"h-{i}", text.encode(), {"invalid_json"})


INVALID_UTF8 = [b"\xff", b"\xfe\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\x80", b"\xe2\x82",
                b"\xf8\x88\x80\x80\x80", b"\xf4\x90\x80\x80"]


def invalid_utf8(rng: random.Random, i: int) -> HostileMessage:
    whole = orjson.dumps(good_article(f"h-{i}"))
    at = rng.randrange(1, len(whole) - 1)
    return _msg("invalid_utf8", f"h-{i}", whole[:at] + rng.choice(INVALID_UTF8) + whole[at:],
                {"invalid_utf8"})


def binary(rng: random.Random, i: int) -> HostileMessage:
    return _msg("binary", f"h-{i}", rng.randbytes(rng.randrange(1, 2000)), DECODE_FAILURES)


def zero_bytes(rng: random.Random, i: int) -> HostileMessage:
    return _msg("zero_bytes", f"h-{i}", b"\x00" * rng.randrange(1, 5000), {"invalid_json"})


def nul_in_fields(rng: random.Random, i: int) -> HostileMessage:
    body = "Officials said\x00 the bridge\x00\x00 reopened on Monday.\x00" * rng.randrange(1, 20)
    return _msg("nul_in_fields", f"h-{i}",
                orjson.dumps(good_article(f"h-{i}", body, title="A\x00title")), {OK})


WRONG_VALUES: list[Any] = [None, 0, 1.5, True, [], ["a"], {}, {"a": "b"}, 10**30]


def wrong_types(rng: random.Random, i: int) -> HostileMessage:
    record = good_article(f"h-{i}")
    for field in rng.sample(REQUIRED, rng.randrange(1, 3)):
        record[field] = rng.choice(WRONG_VALUES)
    if rng.random() < 0.3:
        record[rng.choice(("title", "language", "fetched_at"))] = rng.choice(WRONG_VALUES[1:])
    return _msg("wrong_types", f"h-{i}", _dumps_any(record), {"schema_violation"})


def _dumps_any(record: dict[str, Any]) -> bytes:
    """orjson refuses integers beyond 64 bits: write those as JSON by hand."""
    try:
        return orjson.dumps(record)
    except orjson.JSONEncodeError:
        import json

        return json.dumps(record).encode()


def missing_fields(rng: random.Random, i: int) -> HostileMessage:
    record = good_article(f"h-{i}")
    for field in rng.sample(REQUIRED, rng.randrange(1, len(REQUIRED) + 1)):
        del record[field]
    return _msg("missing_fields", f"h-{i}", orjson.dumps(record), {"schema_violation"})


def bad_values(rng: random.Random, i: int) -> HostileMessage:
    record = good_article(f"h-{i}")
    field, value = rng.choice([("id", ""), ("content_type", "image/png"),
                               ("content_type", "TEXT/HTML"), ("content_type", "")])
    record[field] = value
    return _msg("bad_values", f"h-{i}", orjson.dumps(record), {"schema_violation"})


def not_an_object(rng: random.Random, i: int) -> HostileMessage:
    value = rng.choice([b"[]", b"[1,2,3]", b"42", b"-0.5", b'"a string"', b"true", b"null",
                        orjson.dumps([good_article(f"h-{i}")])])
    return _msg("not_an_object", f"h-{i}", value, {"schema_violation"})


def empty_or_null(rng: random.Random, i: int) -> HostileMessage:
    if rng.random() < 0.5:
        return _msg("null_value", f"h-{i}", None, {"schema_violation"})
    return _msg("empty_value", f"h-{i}", rng.choice([b"", b" ", b"\n\t "]), {"invalid_json"})


def json_oddities(rng: random.Random, i: int) -> HostileMessage:
    base = orjson.dumps(good_article(f"h-{i}"))[:-1]
    value = rng.choice([b'NaN', b'{"id": NaN}', b"[1e999]", b'"\\ud800"',
                        base + b', "body": "\\ud800"}', base + b",}",
                        b"{'id': 'single-quoted'}", base + b"} trailing"])
    return _msg("json_oddities", f"h-{i}", value, {"invalid_json"})


def deep_json(rng: random.Random, i: int) -> HostileMessage:
    depth = rng.choice([1025, 5000, 100_000])
    shape = rng.choice([(b"[", b"]"), (b'{"a":', b"}")])
    return _msg("deep_json", f"h-{i}", shape[0] * depth + b"1" + shape[1] * depth,
                {"invalid_json"})


def deep_but_legal_extra(rng: random.Random, i: int) -> HostileMessage:
    """Nesting under the parser's limit, in a field the contract tolerates: processed."""
    depth = rng.randrange(10, 1000)
    base = orjson.dumps(good_article(f"h-{i}"))[:-1]
    return _msg("deep_legal_extra", f"h-{i}",
                base + b', "meta": ' + b"[" * depth + b"]" * depth + b"}", {OK})


def unicode_junk(rng: random.Random, i: int) -> HostileMessage:
    pieces = ["\u202e", "\u200b", "\ufeff", "e\u0301\u0301\u0301\u0301", "\U0001f4a5", "\u0663",
              "Z\u0351\u0352\u0353\u0354\u0355\u0356", "\ufffd", "\u00a0", "\u2028", "ǅ", "ß"]
    body = "Officials said " + "".join(rng.choices(pieces, k=rng.randrange(1, 3000))) + "."
    return _msg("unicode_junk", f"h-{i}", orjson.dumps(good_article(f"h-{i}", body)),
                PIPELINE_OUTCOMES)


def oversized_body(rng: random.Random, i: int) -> HostileMessage:
    """Under the message limit in bytes, over the body limit in characters."""
    return _msg("oversized_body", f"h-{i}", _oversized_body_bytes(), {"oversized"})


@lru_cache(maxsize=1)
def _oversized_body_bytes() -> bytes:
    return orjson.dumps(good_article("h-big-body", "word " * 400_001))


# -- heavy kinds: real pipeline work on pathological content --------------------------------

def huge_message(i: int) -> HostileMessage:
    """A 20 MB message (the broker enforces no size limit): ``oversized`` before decoding."""
    return _msg("huge_20mb", f"h-{i}", _huge_bytes(), {"oversized"}, heavy=True)


@lru_cache(maxsize=1)
def _huge_bytes() -> bytes:
    body = "All work and no play. " * (HUGE_BYTES // 22 + 1)
    return orjson.dumps(good_article("h-huge", body))


def _html(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Hostile</title></head><body>{body}</body></html>"


PARAGRAPH = ("<p>Flood waters rose in the lower town on Monday, officials said, and emergency "
             "crews evacuated residents from three streets near the river.</p><p>The regional "
             "council opened two shelters in school gymnasiums for the night, and forecasters "
             "expect the water to recede by Wednesday as the rain moves east.</p>")


def _n(count: int, scale: float) -> int:
    return max(1, int(count * scale))


def html_bombs(scale: float = 1.0) -> list[tuple[str, str]]:
    """(kind, HTML) pairs: nesting, attributes, entity expansion, tag floods, broken markup.

    ``scale`` shrinks every repetition count (the unit test runs them at a few percent)."""
    times = lambda count: _n(count, scale)  # noqa: E731
    laughs = "".join(f'<!ENTITY l{n} "{"&l%d;" % (n - 1) * 10}">' for n in range(1, 10))
    return [
        ("html_deep_nesting", _html("<div>" * times(5000) + PARAGRAPH + "</div>" * times(5000))),
        ("html_deep_nesting", _html("<span><b>" * times(20000) + PARAGRAPH)),
        ("html_deep_unclosed", _html("<table><tr><td>" * times(3000) + PARAGRAPH)),
        ("html_huge_attribute", _html(f'<p title="{"a" * times(1_000_000)}">x</p>' + PARAGRAPH)),
        ("html_many_attributes", _html("<p " + " ".join(f"a{n}=\"{n}\"" for n in
                                                           range(times(50_000))) + ">x</p>" + PARAGRAPH)),
        ("html_entity_expansion", f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY l0 "lol">'
                                  f'{laughs}]><html><body><p>&l9;</p>{PARAGRAPH}</body></html>'),
        ("html_numeric_entities", _html("<p>" + "&#x1F4A5;&amp;&lt;&#0;&#xD800;" * times(50_000)
                                        + "</p>" + PARAGRAPH)),
        ("html_tag_flood", _html("<p>a</p>" * times(100_000) + PARAGRAPH)),
        ("html_unterminated_comment", _html(PARAGRAPH + "<!--" + "x" * times(500_000))),
        ("html_huge_script", _html("<script>" + "var a=1;" * times(100_000) + "</script>" + PARAGRAPH)),
        ("html_cdata_and_pi", _html("<![CDATA[" * times(10_000) + "<?php " * times(10_000) + PARAGRAPH)),
        ("html_binary_body", "<html>\x00\x01\x02\ufffd" * times(10_000)),
        ("html_only_tags", "<" * times(200_000)),
    ]


def external_reference_documents() -> list[tuple[str, str]]:
    """Bodies that would make a careless parser read files or fetch URLs."""
    return [
        ("html_external_entity",
         '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">'
         '<!ENTITY file SYSTEM "file:///etc/passwd">]>'
         f"<html><body><p>&xxe; &file;</p>{PARAGRAPH}</body></html>"),
        ("html_remote_dtd",
         '<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd">'
         f"<html><body>{PARAGRAPH}</body></html>"),
        ("html_parameter_entity",
         '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY % remote SYSTEM '
         f'"http://127.0.0.1:9/p.dtd"> %remote;]><html><body>{PARAGRAPH}</body></html>'),
        ("html_xinclude",
         '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
         '<xi:include href="http://127.0.0.1:9/inc.xml" parse="text"/>'
         f'<xi:include href="file:///etc/passwd" parse="text"/>{PARAGRAPH}</body></html>'),
        ("html_remote_resources",
         '<html><head><link rel="stylesheet" href="http://127.0.0.1:9/s.css">'
         '<base href="http://127.0.0.1:9/"><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">'
         '</head><body><img src="http://127.0.0.1:9/i.png"><iframe src="http://127.0.0.1:9/f">'
         f"</iframe>{PARAGRAPH}</body></html>"),
    ]


def regex_bait(scale: float = 1.0) -> list[tuple[str, str]]:
    """(kind, text): inputs that drive backtracking number/figure patterns to their worst case."""
    times = lambda count: _n(count, scale)  # noqa: E731
    return [
        ("regex_digit_run", "1" * times(200_000)),
        ("regex_separated_digits", "1," * times(100_000)),
        ("regex_spaced_thousands", "1 000 " * times(60_000)),
        ("regex_dotted_digits", "1.1." * times(60_000) + "x"),
        ("regex_repeated_qualifier", "at least " * times(40_000) + "people were killed"),
        ("regex_repeated_verb", "killed " * times(50_000) + "120"),
        ("regex_number_words", "twenty-one hundred thousand million " * times(10_000)),
        ("regex_mixed_scripts", "١٢٣٤٥٦٧٨٩٠" * times(20_000) + " قتيلا"),
        ("regex_no_spaces", ("killedover32,000Palestinians" * times(10_000))),
        ("regex_long_line_no_punctuation", "word " * times(300_000)),
        ("regex_percent_signs", "%" * times(100_000) + "1" + "%" * times(100_000)),
        ("regex_many_lines", "\n".join(f"{n} killed" for n in range(times(50_000)))),
    ]


def heavy_messages(start: int, *, huge: bool, scale: float = 1.0) -> list[HostileMessage]:
    out: list[HostileMessage] = []
    i = start
    bombs = html_bombs(scale)
    bomb_kinds = {kind for kind, _ in bombs}
    for kind, html in bombs + external_reference_documents():
        expected = HTML_OUTCOMES if kind in bomb_kinds else PIPELINE_OUTCOMES
        value = orjson.dumps(good_article(f"h-{i}", html, content_type="text/html"))
        out.append(_msg(kind, f"h-{i}", value, expected, heavy=True))
        i += 1
    for kind, text in regex_bait(scale):
        value = orjson.dumps(good_article(f"h-{i}", text))
        out.append(_msg(kind, f"h-{i}", value, PIPELINE_OUTCOMES, heavy=True))
        i += 1
    if huge:
        for _ in range(3):
            out.append(huge_message(i))
            i += 1
    return out


CHEAP_KINDS: list[Callable[[random.Random, int], HostileMessage]] = [
    truncated_json, garbage_text, invalid_utf8, binary, zero_bytes, nul_in_fields, wrong_types,
    missing_fields, bad_values, not_an_object, empty_or_null, json_oddities, deep_json,
    deep_but_legal_extra, unicode_junk,
]


def generate(count: int = 10_000, *, seed: int = 7, huge: bool = True, scale: float = 1.0,
             oversized_bodies: int = 3, skip_kinds: frozenset[str] = frozenset(),
             ) -> Iterator[HostileMessage]:
    """``count`` hostile messages: every heavy variant once (at ``scale``), the rest drawn
    from the cheap kinds. ``skip_kinds`` leaves heavy kinds out (known hangs)."""
    rng = random.Random(seed)
    every_heavy = heavy_messages(0, huge=huge, scale=scale)
    heavy = [m for m in every_heavy if m.kind not in skip_kinds]
    yield from heavy[:count]
    made, number = len(heavy), len(every_heavy)  # ids stay unique when kinds are skipped
    for _ in range(min(oversized_bodies, max(0, count - made))):
        yield oversized_body(rng, number)
        made, number = made + 1, number + 1
    while made < count:
        yield rng.choice(CHEAP_KINDS)(rng, number)
        made, number = made + 1, number + 1


def outcome_of(processor: Any, message: HostileMessage) -> str:
    """``"ok"`` or the reason code the stream would dead-letter ``message`` with."""
    from wirewatch.intake import Rejected

    try:
        processor.process(message.value)
    except Rejected as rejected:
        return rejected.reason
    return OK


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-huge", action="store_true", help="leave out the 20 MB messages")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="size of the HTML bombs and regex bait (1 = full size)")
    args = parser.parse_args()
    from wirewatch.pipeline import build_pipeline
    from wirewatch.processing import ArticleProcessor
    from wirewatch.settings import Settings

    settings = Settings.from_env()
    processor = ArticleProcessor(build_pipeline(budget_ms=settings.stage_budget_ms),
                                 max_message_bytes=settings.max_message_bytes,
                                 max_body_chars=settings.max_body_chars)
    outcomes: dict[str, Counter] = defaultdict(Counter)
    slowest: dict[str, float] = defaultdict(float)
    wrong = 0
    for message in generate(args.count, seed=args.seed, huge=not args.no_huge,
                            scale=args.scale):
        started = time.perf_counter()
        outcome = outcome_of(processor, message)
        slowest[message.kind] = max(slowest[message.kind], time.perf_counter() - started)
        outcomes[message.kind][outcome] += 1
        wrong += outcome not in message.expected
    print(f"{'kind':32} {'n':>6} {'slowest ms':>11}  outcomes")
    for kind in sorted(outcomes):
        counts = outcomes[kind]
        print(f"{kind:32} {sum(counts.values()):6d} {slowest[kind] * 1000:11.1f}  "
              + ", ".join(f"{k}={v}" for k, v in counts.most_common()))
    print(f"messages with an unexpected outcome: {wrong}")


if __name__ == "__main__":
    main()
