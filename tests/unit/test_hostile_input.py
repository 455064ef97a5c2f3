"""Hostile input through ``ArticleProcessor`` directly: 10,000 bad messages, no broker.

Each message must be dead-lettered with the right reason code or processed correctly, and no
message may hold the pipeline much longer than the per-stage budget: the pipeline only checks
the budget after a stage returns, so a stage that hangs stalls its partition. A hard cap (a
SIGALRM, which also interrupts a backtracking regex) turns a hang into a test failure instead
of a stuck test run.
"""

from __future__ import annotations

import signal
import socket
import time
from collections import Counter, defaultdict

import pytest

from bench.hostile import OK, HostileMessage, external_reference_documents, generate, good_article
from wirewatch.intake import REASONS, Rejected
from wirewatch.pipeline import build_pipeline
from wirewatch.processing import ArticleProcessor
from wirewatch.settings import Settings

BUDGET_MS = Settings().stage_budget_ms
HARD_CAP_S = BUDGET_MS / 1000 + 1.0
HUNG = "hung"

#: Inputs known to run far past the budget (issue material; remove an entry once fixed).
#: ``clean/chrome.py`` ``_DATE_ONLY`` nests ``[\W\d_]*`` inside ``(...|[\W\d_])*``: on a line of
#: digits and punctuation that ends in a letter it backtracks exponentially (8,000 characters
#: of "1.1." + "x" take 23 s). trafilatura spends ~9 s on 100,000 sibling <p> tags.
KNOWN_SLOW: dict[str, str] = {}  # chrome's date-line regex backtracked here: fixed, now word by word
#: The unit test runs HTML bombs and regex bait at this fraction of their full size (the full
#: sizes run in ``python -m bench.hostile`` and, a subset, in the e2e test).
UNIT_SCALE = 0.03


class _HardCap(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _HardCap()


@pytest.fixture(scope="module")
def processor() -> ArticleProcessor:
    settings = Settings()
    return ArticleProcessor(build_pipeline(budget_ms=BUDGET_MS),
                            max_message_bytes=settings.max_message_bytes,
                            max_body_chars=settings.max_body_chars)


def capped_outcome(processor: ArticleProcessor, message: HostileMessage) -> tuple[str, float]:
    """(outcome, seconds): a reason code, ``ok``, or ``hung`` past the hard cap."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, HARD_CAP_S)
    started = time.perf_counter()
    try:
        processor.process(message.value)
        outcome = OK
    except Rejected as rejected:
        outcome = rejected.reason
        if isinstance(rejected.__cause__, Exception) and "_HardCap" in rejected.error:
            outcome = HUNG
    except _HardCap:
        outcome = HUNG
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return outcome, time.perf_counter() - started


def test_generator_is_seeded_and_covers_every_kind() -> None:
    first = [(m.kind, m.value) for m in generate(500, seed=3, huge=False)]
    again = [(m.kind, m.value) for m in generate(500, seed=3, huge=False)]
    assert first == again
    kinds = {m.kind for m in generate(10_000, seed=7)}
    for kind in ("invalid_utf8", "truncated_json", "huge_20mb", "deep_json", "wrong_types",
                 "missing_fields", "binary", "zero_bytes", "html_deep_nesting",
                 "html_entity_expansion", "html_huge_attribute", "regex_digit_run"):
        assert any(k.startswith(kind) for k in kinds), kind
    for message in generate(2_000, seed=7):
        assert message.expected <= set(REASONS) | {OK}, message.kind


def test_ten_thousand_hostile_messages_are_dead_lettered_or_processed(processor) -> None:
    outcomes: dict[str, Counter] = defaultdict(Counter)
    slowest: dict[str, float] = defaultdict(float)
    wrong: list[str] = []
    count = 0
    for message in generate(10_000, seed=7, scale=UNIT_SCALE, skip_kinds=frozenset(KNOWN_SLOW)):
        count += 1
        outcome, seconds = capped_outcome(processor, message)
        outcomes[message.kind][outcome] += 1
        slowest[message.kind] = max(slowest[message.kind], seconds)
        if outcome not in message.expected or seconds > HARD_CAP_S:
            wrong.append(f"{message.kind}: {outcome} in {seconds:.2f} s, expected "
                         f"{sorted(message.expected)}")
    print(f"\n{count} hostile messages; per kind: outcomes (slowest)")
    for kind in sorted(outcomes):
        print(f"  {kind:32} {dict(outcomes[kind])} ({slowest[kind] * 1000:.0f} ms)")
    dead = Counter()
    for counts in outcomes.values():
        dead.update({k: v for k, v in counts.items() if k != OK})
    print(f"  dead-letter reasons: {dict(dead)}")
    assert count == 10_000
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("kind", ["regex_dotted_digits", "regex_mixed_scripts"])
def test_regex_bait_stays_within_the_budget(processor, kind: str) -> None:
    """These once backtracked exponentially in chrome removal."""
    from bench.hostile import heavy_messages

    message = next(m for m in heavy_messages(0, huge=False, scale=UNIT_SCALE) if m.kind == kind)
    outcome, seconds = capped_outcome(processor, message)
    assert outcome in message.expected and seconds <= HARD_CAP_S, f"{outcome} in {seconds:.1f} s"


def test_external_entities_xinclude_and_remote_dtds_fetch_nothing(processor, monkeypatch) -> None:
    """HTML/XML with external entities, remote DTDs, XInclude: processed, no network, no files."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("network access attempted during HTML parsing")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    import orjson

    for kind, html in external_reference_documents():
        value = orjson.dumps(good_article(f"x-{kind}", html, content_type="text/html"))
        processed = processor.process(value)
        text = processed.article.text + processed.article.title
        assert "root:" not in text, f"{kind}: a local file was read into the text"
        assert "Flood waters rose" in text, f"{kind}: the real paragraph was lost: {text[:200]!r}"
    assert not attempts, f"network access attempted: {attempts}"


def test_a_good_article_still_works_after_the_hostile_ones(processor) -> None:
    import orjson

    body = ("Flood waters rose in the lower town on Monday, officials said.\n\nEmergency crews "
            "evacuated residents from three streets near the river, and the regional council "
            "opened two shelters in school gymnasiums for the night.\n\nForecasters expect the "
            "water to recede by Wednesday as the rain moves east.")
    processed = processor.process(orjson.dumps(good_article("after-hostile", body)))
    assert "Flood waters rose" in processed.article.text
