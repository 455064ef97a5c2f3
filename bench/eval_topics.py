"""Evaluate the shipped topic model: ``python bench/eval_topics.py [--set a|b|c|all]``.

Prints precision, recall and F1 per IPTC top-level topic, macro and micro, on
(a) the held-out split of the training data (by source and in total),
(b) MasakhaNEWS test, eng and fra (7 labels mapped to IPTC; evaluation only),
(c) the project's own labelled multilingual articles (bench/data/classify/articles.jsonl),
    per language too,
and the cost per article. Single-label gold ((a), (b)) is scored on the top prediction;
multi-label gold ((c)) on the predicted set. Skips (a)/(b) with a message when ../shared/data
is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from topic_data import (CODES, TOP_LEVEL, labelled_set, masakhanews, shared_data,  # noqa: E402
                        training_examples)
from wirewatch.classify.topics import TopicClassifier  # noqa: E402

SHORT = {c: TOP_LEVEL[c].split(",")[0].split(" and ")[0][:14] for c in CODES}


def scores(gold: list[set[str]], predicted: list[set[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Per topic (precision, recall, F1, support), plus 'macro' and 'micro'."""
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    for g, p in zip(gold, predicted):
        for code in p & g:
            tp[code] += 1
        for code in p - g:
            fp[code] += 1
        for code in g - p:
            fn[code] += 1
    present = [c for c in CODES if tp[c] + fn[c] > 0]
    table = {}
    for c in present:
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rec = tp[c] / (tp[c] + fn[c])
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[c] = (prec, rec, f1, tp[c] + fn[c])
    n = len(present) or 1
    table["macro"] = tuple(sum(table[c][i] for c in present) / n for i in range(3)) + (
        sum(table[c][3] for c in present),)
    t, f_p, f_n = sum(tp[c] for c in present), sum(fp[c] for c in present), sum(fn[c] for c in present)
    mp = t / (t + f_p) if t + f_p else 0.0
    mr = t / (t + f_n) if t + f_n else 0.0
    table["micro"] = (mp, mr, 2 * mp * mr / (mp + mr) if mp + mr else 0.0, t + f_n)
    return table


def print_table(title: str, table: dict[str, tuple[float, float, float, int]]) -> None:
    print(f"\n{title}")
    print(f"  {'topic':16} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}")
    for key, (p, r, f, n) in table.items():
        name = SHORT.get(key, key)
        print(f"  {name:16} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")


def top1(model: TopicClassifier, texts: list[str]) -> list[set[str]]:
    return [{model.predict(t)[0].code} for t in texts]


def evaluate_held_out(model: TopicClassifier) -> None:
    rows = [e for e in training_examples() if e.held_out]
    by_source: dict[str, list] = defaultdict(list)
    for e in rows:
        by_source[e.source].append(e)
    predicted = top1(model, [e.text for e in rows])
    print_table(f"(a) held-out split of the training data, all sources ({len(rows)} rows)",
                scores([set(e.codes[:1]) for e in rows], predicted))
    for source, items in sorted(by_source.items()):
        table = scores([set(e.codes[:1]) for e in items], top1(model, [e.text for e in items]))
        p, r, f, n = table["macro"]
        print(f"  (a) {source:20} macro-F1 {f:.3f}  micro-F1 {table['micro'][2]:.3f}  n={len(items)}")
    for lang in ("en", "fr", "es", "de", "ar", "ja"):
        items = [e for e in rows if e.lang == lang]
        if items:
            table = scores([set(e.codes[:1]) for e in items], top1(model, [e.text for e in items]))
            print(f"  (a) lang {lang:3} macro-F1 {table['macro'][2]:.3f}  micro-F1 "
                  f"{table['micro'][2]:.3f}  n={len(items)}")


def print_misses(items: list, predicted: list[set[str]]) -> None:
    """Confusion summary: where each gold topic's misses went (counts only, no texts)."""
    misses: dict[str, Counter[str]] = defaultdict(Counter)
    for e, p in zip(items, predicted):
        if not p & set(e.codes):
            misses[e.codes[0]].update(p)
    gold = {c for e in items for c in e.codes}
    outside = sum(n for m in misses.values() for c, n in m.items() if c not in gold)
    print(f"  misses went to (top-1 outside the set's topics: {outside} of {len(items)}):")
    for code, counts in misses.items():
        print(f"    {SHORT[code]:16} " + ", ".join(f"{SHORT[c]} {n}" for c, n in counts.most_common(5)))


def evaluate_masakhanews(model: TopicClassifier) -> None:
    rows = masakhanews()
    for langs in (("eng", "fra"), ("eng",), ("fra",), ("hau",), ("swa",)):
        items = [e for e in rows if e.lang in langs]
        predicted = top1(model, [e.text for e in items])
        table = scores([set(e.codes) for e in items], predicted)
        if langs == ("eng", "fra"):
            print_table(f"(b) MasakhaNEWS test, eng+fra ({len(items)} articles, top-1)", table)
            print_misses(items, predicted)
        else:
            print(f"  (b) {'+'.join(langs):8} macro-F1 {table['macro'][2]:.3f}  micro-F1 "
                  f"{table['micro'][2]:.3f}  n={len(items)}")


def evaluate_labelled(model: TopicClassifier) -> None:
    rows = labelled_set()
    gold = [set(r["topics"]) for r in rows]
    predicted = [{p.code for p in model.predict(f"{r['title']}\n{r['title']}\n{r['text']}") if p.code in CODES}
                 for r in rows]
    print_table(f"(c) project-labelled multilingual articles ({len(rows)}, predicted set)",
                scores(gold, predicted))
    first = [{model.predict(f"{r['title']}\n{r['title']}\n{r['text']}")[0].code} for r in rows]
    hit = sum(bool(f & g) for f, g in zip(first, gold)) / len(rows)
    print(f"  (c) top-1 in gold: {hit:.3f}")
    langs = sorted({r["lang"] for r in rows})
    tables = {}
    for lang in langs:
        idx = [i for i, r in enumerate(rows) if r["lang"] == lang]
        tables[lang] = scores([gold[i] for i in idx], [predicted[i] for i in idx])
        print(f"  (c) lang {lang:3} macro-F1 {tables[lang]['macro'][2]:.3f}  micro-F1 "
              f"{tables[lang]['micro'][2]:.3f}  n={len(idx)}")
    print(f"\n(c) F1 per topic and language\n  {'topic':16} " + " ".join(f"{l:>6}" for l in langs))
    for code in CODES + ["macro", "micro"]:
        cells = [f"{tables[l][code][2]:6.3f}" if code in tables[l] else "     -" for l in langs]
        print(f"  {SHORT.get(code, code):16} " + " ".join(cells))


def evaluate_speed(model: TopicClassifier) -> None:
    seed = (Path(__file__).resolve().parents[1] / "services" / "wirewatch" / "samples" / "articles")
    texts = [p.read_text(encoding="utf-8", errors="replace")[:3000] for p in sorted(seed.glob("*.txt"))]
    texts = texts or ["word " * 600]
    n = 0
    started = time.process_time()
    while time.process_time() - started < 2.0:
        for t in texts:
            model.predict(t)
            n += 1
    print(f"\nspeed: {1000 * (time.process_time() - started) / n:.3f} ms CPU per 3 KB article ({n} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=("a", "b", "c", "all"), default="all")
    args = parser.parse_args()
    model = TopicClassifier.load()
    have_shared = (shared_data() / "topics").is_dir()
    if args.set in ("a", "all"):
        if have_shared:
            evaluate_held_out(model)
        else:
            print(f"(a) skipped: {shared_data() / 'topics'} is absent")
    if args.set in ("b", "all"):
        if have_shared:
            evaluate_masakhanews(model)
        else:
            print(f"(b) skipped: {shared_data() / 'topics'} is absent")
    if args.set in ("c", "all"):
        evaluate_labelled(model)
    evaluate_speed(model)


if __name__ == "__main__":
    main()
