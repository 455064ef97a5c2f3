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


def score(enriched: dict[str, dict[str, Any]], changes: list[dict[str, Any]],
          expected: dict[str, Any]) -> list[tuple[str, list[bool], list[str]]]:
    """(check, outcomes, labels of the missed items) per check."""
    rows: list[tuple[str, list[bool], list[str]]] = []

    def add(name: str, items: list[tuple[bool, str]]) -> None:
        rows.append((name, [ok for ok, _ in items], [label for ok, label in items if not ok]))

    enriched_check, change_check = validator("articles.enriched.v1"), validator("figures.changes.v1")
    add("schema-valid enriched", [(enriched_check.is_valid(m), i) for i, m in enriched.items()])
    add("schema-valid changes", [(change_check.is_valid(c), c["id"]) for c in changes])
    add("language", [(enriched.get(i, {}).get("language") == lang, f"{i} {lang}")
                     for i, lang in expected["languages"].items()])
    add("copies linked", [(enriched.get(i, {}).get("duplicate_of") == c["duplicate_of"], i)
                          for i, c in expected["copies"].items()])
    reports = [(s, r) for s in expected["figure_series"] for r in s["reports"]]
    add("series figures", [(any(f["unit"] in units_of(s) and close(f["value"], r["value"])
                                for f in figures_of(enriched, r["id"]) if not isinstance(f["value"], list)),
                            f"{r['id']} {s['unit']} {r['text']!r}") for s, r in reports])
    add("  with qualifier", [(any(f["unit"] in units_of(s) and not isinstance(f["value"], list)
                                  and close(f["value"], r["value"]) and f["qualifier"] == r["qualifier"]
                                  for f in figures_of(enriched, r["id"])),
                              f"{r['id']} {r['qualifier']} {r['text']!r}") for s, r in reports])
    expected_changes = [(s, c) for s in expected["figure_series"] for c in s.get("expected_changes", [])]
    add("expected changes", [(any(d["kind"] == c["kind"] and d["unit"] in units_of(s)
                                  and d["previous"]["article_id"] == c["previous"]
                                  and d["current"]["article_id"] == c["current"] for d in changes),
                              f"{c['kind']} {c['previous']}->{c['current']} {s['unit']}")
                             for s, c in expected_changes])
    add("vote tallies", [(any((f.get("tally") or {}).get("in_favour") == v["in_favour"]
                              and (f.get("tally") or {}).get("against") == v["against"]
                              for f in figures_of(enriched, v["id"])), f"{v['id']} {v['text']!r}")
                         for v in expected["votes"]])
    add("scores not votes", [(not any(f["unit"] == "votes" for f in figures_of(enriched, v["id"])),
                              f"{v['id']} {v['text']!r}") for v in expected["not_votes"]])
    add("money with currency", [(any(f["unit"] == "money" and not isinstance(f["value"], list)
                                     and close(f["value"], m["value"]) and f.get("currency") == m["currency"]
                                     for f in figures_of(enriched, m["id"])),
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
            print(f"    {c['kind']:12s} {c['figure_key']:36s} {c['previous']['article_id']} "
                  f"{c['previous']['value']} -> {c['current']['article_id']} {c['current']['value']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
