"""Evaluate figure extraction and change detection on the labelled set (bench/data/figures/).

    .venv/bin/python bench/eval_figures.py              # pure stage: text + language as given
    .venv/bin/python bench/eval_figures.py --pipeline   # the whole pipeline (wirewatch enrich path)
    .venv/bin/python bench/eval_figures.py --speed      # ms per 3 KB article, one core
    .venv/bin/python bench/eval_figures.py --export-raw FILE   # articles.raw.v1 lines for
                                                                 # `wirewatch enrich --changes`
    .venv/bin/python bench/eval_figures.py --score-changes FILE  # score a changes JSONL file

Definitions (the same for a labelled set held elsewhere):
- extraction: a predicted figure matches a labelled one when the value (ranges as [lo, hi];
  relative tolerance 1e-3) and the unit are equal and the spans overlap; one-to-one, greedy in
  text order. Precision/recall over all figures, and per language.
- change events: a predicted event matches a labelled one when (previous article, current
  article, unit, kind) are equal; predicted events are deduplicated on that tuple.

The articles are processed in published-time order through one ``FigureHistory``, as
``wirewatch enrich --changes`` would on an ordered input.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "services"))

from wirewatch.figures.changes import FigureHistory  # noqa: E402
from wirewatch.figures.extract import extract_figures  # noqa: E402
from wirewatch.model import Article, FigureChange, RawArticle  # noqa: E402
from wirewatch.processing import observations_of  # noqa: E402

DATA = REPO / "bench" / "data" / "figures"
SHARED = Path(os.environ.get("WIREWATCH_SHARED_DATA", REPO.parent / "shared" / "data"))


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def raw_of(item: dict[str, Any]) -> RawArticle:
    return RawArticle(id=item["id"], url=f"https://example.invalid/{item['id']}",
                      outlet=item["outlet"], published_at=item["published_at"],
                      content_type="text/plain", body=item["text"],
                      language=item["language"])


# extraction ----------------------------------------------------------------------------------
def gold_spans(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Labelled figures with offsets: the first occurrence of each span not already taken."""
    out, taken = [], set()
    for span, value, unit, qualifier in item["figures"]:
        pattern = (r"(?<!\d)" if span[:1].isdigit() else "") + re.escape(span) + \
            (r"(?!\d)" if span[-1:].isdigit() else "")
        for m in re.finditer(pattern, item["text"]):
            if m.start() not in taken:
                taken.add(m.start())
                out.append({"start": m.start(), "end": m.end(), "value": value, "unit": unit,
                            "qualifier": qualifier})
                break
        else:  # the cleaning stages dropped it (pipeline mode): a figure that cannot be found
            out.append({"start": -1, "end": -1, "value": value, "unit": unit,
                        "qualifier": qualifier})
    return out


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and all(
            same_value(x, y) for x, y in zip(a, b))
    return abs(float(a) - float(b)) <= 1e-3 * max(1.0, abs(float(b)))


def match_figures(predicted: list[Any], gold: list[dict[str, Any]]) -> tuple[int, int, int, int]:
    """(true positives, predicted, gold, qualifier agreements among matches)."""
    used: set[int] = set()
    tp = qual = 0
    for p in predicted:
        for n, g in enumerate(gold):
            if n in used:
                continue
            if p.unit == g["unit"] and same_value(p.value, g["value"]) and \
                    p.start < g["end"] and g["start"] < p.end:
                used.add(n)
                tp += 1
                qual += p.qualifier == g["qualifier"]
                break
    return tp, len(predicted), len(gold), qual


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# running -----------------------------------------------------------------------------------
def run_pure(items: list[dict[str, Any]]) -> tuple[dict[str, Article], list[FigureChange]]:
    history = FigureHistory({})
    articles: dict[str, Article] = {}
    changes: list[FigureChange] = []
    for item in sorted(items, key=lambda i: (i["published_at"], i["id"])):
        article = Article(raw=raw_of(item), text=item["text"], language=item["language"])
        article = extract_figures(article)
        articles[item["id"]] = article
        for event in observations_of(article):
            changes.extend(history.observe(event, detected_at="eval"))
    return articles, changes


def run_pipeline(items: list[dict[str, Any]]) -> tuple[dict[str, Article], list[FigureChange]]:
    from wirewatch.offline import OfflineEnricher
    from wirewatch.pipeline import build_pipeline
    from wirewatch.settings import Settings

    enricher = OfflineEnricher(build_pipeline(), Settings.from_env())
    articles: dict[str, Article] = {}
    changes: list[FigureChange] = []
    for item in sorted(items, key=lambda i: (i["published_at"], i["id"])):
        line = json.dumps(raw_of(item).to_dict(), ensure_ascii=False).encode()
        outcome = enricher.enrich(line)
        if outcome.enriched is None:
            print(f"  rejected {item['id']}: {outcome.rejected}", file=sys.stderr)
            continue
        article = Article(raw=raw_of(item), text=outcome.enriched["text"],
                          language=outcome.enriched["language"])
        from wirewatch.model import FigureObservation
        article.figures = [FigureObservation.from_dict(f) for f in outcome.enriched["figures"]]
        articles[item["id"]] = article
        changes.extend(outcome.changes)
    return articles, changes


def score_extraction(items: list[dict[str, Any]], articles: dict[str, Article],
                     verbose: bool) -> None:
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for item in items:
        article = articles.get(item["id"])
        predicted = article.figures if article else []
        text = article.text if article else item["text"]
        gold = gold_spans({**item, "text": text}) if article else gold_spans(item)
        counts = match_figures(predicted, gold)
        for key in (item["language"], "all"):
            for n, c in enumerate(counts):
                per_lang[key][n] += c
        if verbose and (counts[0] != counts[1] or counts[0] != counts[2]):
            print(f"  {item['id']} [{item['language']}] tp={counts[0]} pred={counts[1]} "
                  f"gold={counts[2]}")
            for f in predicted:
                print(f"      pred {f.span!r} {f.value} {f.unit} {f.qualifier}")
            for g in gold:
                print(f"      gold {text[g['start']:g['end']]!r} {g['value']} {g['unit']}")
    print("\nFigure extraction (match = same value and unit, spans overlap)")
    print(f"  {'language':<10}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"
          f"{'qual.acc':>10}")
    order = ["all", "en", "fr", "es", "de", "ar"]
    nonen = [0, 0, 0, 0]
    for lang in order + sorted(set(per_lang) - set(order)):
        if lang not in per_lang:
            continue
        tp, npred, ngold, qual = per_lang[lang]
        if lang not in ("all", "en"):
            nonen = [a + b for a, b in zip(nonen, per_lang[lang])]
        p, r, f = prf(tp, npred, ngold)
        print(f"  {lang:<10}{ngold:>6}{npred:>6}{tp:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
              f"{(qual / tp if tp else 0):>10.3f}")
    p, r, f = prf(nonen[0], nonen[1], nonen[2])
    print(f"  {'non-en':<10}{nonen[2]:>6}{nonen[1]:>6}{nonen[0]:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
          f"{(nonen[3] / nonen[0] if nonen[0] else 0):>10.3f}")


def change_tuples(changes: Iterable[FigureChange | dict[str, Any]]) -> set[tuple[str, ...]]:
    out = set()
    for c in changes:
        d = c if isinstance(c, dict) else {"previous": {"article_id": c.previous.article_id},
                                           "current": {"article_id": c.current.article_id},
                                           "unit": c.unit, "kind": c.kind,
                                           "figure_key": c.figure_key}
        unit = d.get("unit") or d["figure_key"].split("|")[0]
        out.add((d["previous"]["article_id"], d["current"]["article_id"], unit, d["kind"]))
    return out


def score_changes(gold_changes: list[dict[str, Any]], predicted: set[tuple[str, ...]],
                  items: list[dict[str, Any]], verbose: bool) -> None:
    lang_of = {i["id"]: i["language"] for i in items}
    gold = {(c["previous"], c["current"], c["unit"], c["kind"]) for c in gold_changes}
    tp = len(gold & predicted)
    p, r, f = prf(tp, len(predicted), len(gold))
    print("\nChange events (match = same previous article, current article, unit, kind)")
    print(f"  {'set':<10}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
    print(f"  {'all':<10}{len(gold):>6}{len(predicted):>6}{tp:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    involves = {t for t in gold | predicted
                if lang_of.get(t[0]) != "en" or lang_of.get(t[1]) != "en"}
    g2, p2 = gold & involves, predicted & involves
    p, r, f = prf(len(g2 & p2), len(p2), len(g2))
    print(f"  {'non-en':<10}{len(g2):>6}{len(p2):>6}{len(g2 & p2):>6}{p:>8.3f}{r:>8.3f}"
          f"{f:>8.3f}   (a side not in English)")
    if verbose:
        for t in sorted(gold - predicted):
            print(f"    missed   {t}")
        for t in sorted(predicted - gold):
            print(f"    spurious {t}")


# speed ---------------------------------------------------------------------------------------
def speed(items: list[dict[str, Any]]) -> None:
    texts = [(i["text"], i["language"]) for i in items]
    bench = SHARED / "article-extraction-benchmark" / "ground-truth.json"
    if bench.exists():
        gold = json.loads(bench.read_text(encoding="utf-8"))
        texts += [(v["articleBody"], "en") for v in gold.values() if v.get("articleBody")]
        source = f"{len(items)} labelled articles + {len(gold)} real article bodies ({bench})"
    else:
        source = f"{len(items)} labelled articles (shared data absent: {bench})"
    from wirewatch.figures.extract import find_figures
    from wirewatch.figures.places import gazetteer
    gazetteer()
    for text, lang in texts[:20]:
        find_figures(text, lang)
    total_bytes = sum(len(t.encode()) for t, _ in texts)
    best_cpu = best_wall = float("inf")
    for _ in range(5):
        c0, w0 = time.process_time(), time.perf_counter()
        for text, lang in texts:
            find_figures(text, lang)
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    per3k = 3000 / total_bytes * 1000
    print(f"\nSpeed of the extract_figures stage on {source}")
    print(f"  {len(texts)} texts, {total_bytes / 1000:.0f} KB; best of 5 runs, one core")
    print(f"  CPU time : {best_cpu * per3k:.3f} ms per 3 KB  (target <= 1 ms)")
    print(f"  wall time: {best_wall * per3k:.3f} ms per 3 KB  (machine shared; CPU time is "
          f"the fair figure)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--pipeline", action="store_true", help="run the whole pipeline")
    ap.add_argument("--speed", action="store_true", help="measure ms per 3 KB")
    ap.add_argument("--export-raw", type=Path, help="write articles.raw.v1 JSONL and stop")
    ap.add_argument("--score-changes", type=Path, help="score a changes JSONL file and stop")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    articles_path, changes_path = args.data / "articles.jsonl", args.data / "changes.jsonl"
    if not articles_path.exists():
        print(f"skipped: no labelled set at {articles_path}")
        return 0
    items = load(articles_path)
    gold_changes = load(changes_path)
    if args.export_raw:
        with args.export_raw.open("w", encoding="utf-8") as fh:
            for item in sorted(items, key=lambda i: (i["published_at"], i["id"])):
                fh.write(json.dumps(raw_of(item).to_dict(), ensure_ascii=False) + "\n")
        print(f"wrote {len(items)} raw articles to {args.export_raw}")
        return 0
    if args.score_changes:
        score_changes(gold_changes, change_tuples(load(args.score_changes)), items, args.verbose)
        return 0
    langs = sorted({i["language"] for i in items})
    stories = {c["story"] for c in gold_changes}
    print(f"Labelled set {args.data}: {len(items)} articles, "
          f"{sum(len(i['figures']) for i in items)} figures, {len(langs)} languages "
          f"({', '.join(langs)}), {len(gold_changes)} change events in {len(stories)} stories")
    run = run_pipeline if args.pipeline else run_pure
    mode = ("whole pipeline (wirewatch enrich path)" if args.pipeline
            else "extract_figures stage on the given text and language")
    print(f"mode: {mode}")
    articles, changes = run(items)
    score_extraction(items, articles, args.verbose)
    score_changes(gold_changes, change_tuples(changes), items, args.verbose)
    if args.speed:
        speed(items)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
