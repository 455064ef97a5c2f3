"""Run the sample feed through ``wirewatch enrich``'s path and score it against its expectations.

    .venv/bin/python bench/eval_samples.py           # the scorecard
    .venv/bin/python bench/eval_samples.py --misses  # and what was missed, per check

The feed is ``services/wirewatch/samples/feed.jsonl`` (35 project-written articles) and the
expectations ``samples/expectations.json``. Checks:
- schema: every enriched message and change event validates against ``contracts/``;
- language: the enriched ``language`` equals the expected one;
- copies: the wire copies get ``duplicate_of`` = the original;
- series figures: the article has a figure of the series' unit (or of one of its
  ``also_units``) with the expected value (and, second line, the expected qualifier);
- expected changes: an event of the expected kind and unit from the previous to the current
  article (other events are counted, not scored: the feed holds traps on purpose);
- votes: a figure with the expected tally; scores: no ``votes`` figure in a sports score;
- money: a ``money`` figure with the value and the ISO 4217 currency.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "services"))

from jsonschema import Draft202012Validator  # noqa: E402

from wirewatch.offline import OfflineEnricher  # noqa: E402
from wirewatch.pipeline import build_pipeline  # noqa: E402
from wirewatch.samples import load_sample_expectations, sample_feed_path  # noqa: E402
from wirewatch.settings import Settings  # noqa: E402

CONTRACTS = REPO / "contracts"


def validator(topic: str) -> Draft202012Validator:
    schema = json.loads((CONTRACTS / f"{topic}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def run_feed() -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]], list[str]]:
    """Enriched messages by id, change events, and rejections, in feed order."""
    enricher = OfflineEnricher(build_pipeline(), Settings())
    enriched: dict[str, dict[str, Any]] = {}
    changes: list[dict[str, Any]] = []
    rejected: list[str] = []
    for line in sample_feed_path().read_bytes().splitlines():
        outcome = enricher.enrich(line)
        if outcome.rejected is not None:
            rejected.append(f"{outcome.rejected.reason} at {outcome.rejected.stage}")
            continue
        assert outcome.enriched is not None
        message = json.loads(json.dumps(outcome.enriched))
        enriched[message["id"]] = message
        changes += [json.loads(json.dumps(asdict(c))) for c in outcome.changes]
    return enriched, changes, rejected


def figures_of(enriched: dict[str, dict[str, Any]], article_id: str) -> list[dict[str, Any]]:
    return enriched.get(article_id, {}).get("figures", [])


def units_of(series: dict[str, Any]) -> set[str]:
    """The series' unit and the near-synonyms it accepts (evacuated ~ displaced)."""
    return {series["unit"], *series.get("also_units", [])}


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def has_figure(figures: list[dict[str, Any]], units: set[str], value: float,
               qualifier: str | None = None, currency: str | None = None) -> bool:
    return any(f["unit"] in units and not isinstance(f["value"], list)
               and close(f["value"], value)
               and (qualifier is None or f["qualifier"] == qualifier)
               and (currency is None or f.get("currency") == currency) for f in figures)


def has_tally(figures: list[dict[str, Any]], in_favour: int, against: int) -> bool:
    tallies = [f.get("tally") or {} for f in figures]
    return any(t.get("in_favour") == in_favour and t.get("against") == against for t in tallies)


def has_change(changes: list[dict[str, Any]], kind: str, units: set[str], previous: str,
               current: str) -> bool:
    return any(d["kind"] == kind and d["unit"] in units
               and d["previous"]["article_id"] == previous
               and d["current"]["article_id"] == current for d in changes)


def score(enriched: dict[str, dict[str, Any]], changes: list[dict[str, Any]],
          expected: dict[str, Any]) -> list[tuple[str, list[bool], list[str]]]:
    """(check, outcomes, labels of the missed items) per check."""
    rows: list[tuple[str, list[bool], list[str]]] = []

    def add(name: str, items: list[tuple[bool, str]]) -> None:
        rows.append((name, [ok for ok, _ in items], [label for ok, label in items if not ok]))

    def figs(article_id: str) -> list[dict[str, Any]]:
        return figures_of(enriched, article_id)

    valid_enriched = validator("articles.enriched.v1").is_valid
    valid_change = validator("figures.changes.v1").is_valid
    add("schema-valid enriched", [(valid_enriched(m), i) for i, m in enriched.items()])
    add("schema-valid changes", [(valid_change(c), c["id"]) for c in changes])
    add("language", [(enriched.get(i, {}).get("language") == lang, f"{i} {lang}")
                     for i, lang in expected["languages"].items()])
    add("copies linked", [(enriched.get(i, {}).get("duplicate_of") == c["duplicate_of"], i)
                          for i, c in expected["copies"].items()])
    reports = [(s, r) for s in expected["figure_series"] for r in s["reports"]]
    add("series figures", [(has_figure(figs(r["id"]), units_of(s), r["value"]),
                            f"{r['id']} {s['unit']} {r['text']!r}") for s, r in reports])
    add("  with qualifier", [(has_figure(figs(r["id"]), units_of(s), r["value"], r["qualifier"]),
                              f"{r['id']} {r['qualifier']} {r['text']!r}") for s, r in reports])
    add("expected changes", [
        (has_change(changes, c["kind"], units_of(s), c["previous"], c["current"]),
         f"{c['kind']} {c['previous']}->{c['current']} {s['unit']}")
        for s in expected["figure_series"] for c in s.get("expected_changes", [])])
    add("vote tallies", [(has_tally(figs(v["id"]), v["in_favour"], v["against"]),
                          f"{v['id']} {v['text']!r}") for v in expected["votes"]])
    add("scores not votes", [(not any(f["unit"] == "votes" for f in figs(v["id"])),
                              f"{v['id']} {v['text']!r}") for v in expected["not_votes"]])
    add("money with currency", [
        (has_figure(figs(m["id"]), {"money"}, m["value"], currency=m["currency"]),
         f"{m['id']} {m['currency']} {m['text']!r}") for m in expected["money"]])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list what each check missed")
    args = parser.parse_args(argv)
    enriched, changes, rejected = run_feed()
    rows = score(enriched, changes, load_sample_expectations())
    print(f"sample feed: {len(enriched)} enriched, {len(rejected)} rejected, "
          f"{len(changes)} change events")
    print(f"{'check':24s} {'ok':>4s} {'of':>4s}")
    for name, outcomes, missed in rows:
        print(f"{name:24s} {sum(outcomes):4d} {len(outcomes):4d}")
        if args.misses:
            for label in missed:
                print(f"    missed: {label}")
    if args.misses:
        for reason in rejected:
            print(f"rejected: {reason}")
        print("change events:")
        for c in changes:
            before, after = c["previous"], c["current"]
            print(f"    {c['kind']:12s} {c['figure_key']:36s} {before['article_id']} "
                  f"{before['value']} -> {after['article_id']} {after['value']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
