"""Evaluate place finding: ``python bench/eval_places.py``.

On the project's labelled articles (bench/data/classify/articles.jsonl: 40 stories in en, fr, es,
de and ar, each with the countries where the story happens and any other country it names):
- country recall: the share of articles whose story countries are all among the predicted
  places' country codes (target >= 95% in every language);
- false places: predicted places whose country is neither a story country nor another country
  the article names (a person or a common word taken for a place, or a homonym resolved to the
  wrong country), as a share of predicted places (target < 5%);
and the CPU cost per 3 KB article.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from topic_data import labelled_set  # noqa: E402
from wirewatch.classify.places import PlaceFinder  # noqa: E402


def main() -> None:
    finder = PlaceFinder.load()
    rows = labelled_set()
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    predicted: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, falses = [], []
    for row in rows:
        places = finder.find(row["title"], row["text"], row["lang"])
        codes = {p.country_code for p in places}
        gold = set(row["countries"])
        allowed = gold | set(row["other_countries"])
        stats = found[row["lang"]]
        stats[0] += gold <= codes
        stats[1] += 1
        if not gold <= codes:
            misses.append(f"{row['id']}: wanted {sorted(gold)}, got {sorted(c or '-' for c in codes)}")
        wrong = [p for p in places if p.country_code not in allowed]
        predicted[row["lang"]][0] += len(wrong)
        predicted[row["lang"]][1] += len(places)
        falses.extend(f"{row['id']}: {p.name} ({p.country_code})" for p in wrong)
    print(f"{'lang':5} {'country recall':>15} {'false places':>14} {'places':>7}")
    for lang in sorted(found):
        ok, n = found[lang]
        bad, total = predicted[lang]
        print(f"{lang:5} {ok / n:15.3f} {bad / max(total, 1):14.3f} {total:7d}")
    ok = sum(v[0] for v in found.values())
    n = sum(v[1] for v in found.values())
    bad = sum(v[0] for v in predicted.values())
    total = sum(v[1] for v in predicted.values())
    print(f"{'all':5} {ok / n:15.3f} {bad / max(total, 1):14.3f} {total:7d}")
    if misses:
        print("\nmissed story countries:\n  " + "\n  ".join(misses))
    if falses:
        print("\nfalse places:\n  " + "\n  ".join(falses))
    seed = Path(__file__).resolve().parents[1] / "services" / "wirewatch" / "samples" / "articles"
    texts = [p.read_text(encoding="utf-8", errors="replace")[:3000] for p in sorted(seed.glob("*.txt"))]
    texts += [r["text"] * 8 for r in rows[:5]]
    n = 0
    started = time.process_time()
    while time.process_time() - started < 2.0:
        for text in texts:
            finder.find("", text[:3000], "en")
            n += 1
    print(f"\nspeed: {1000 * (time.process_time() - started) / n:.3f} ms CPU per 3 KB article")


if __name__ == "__main__":
    main()
