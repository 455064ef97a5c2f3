"""The cleaning stage's evaluation: prints tables, never asserts.

    .venv/bin/python bench/eval_cleaning.py [html] [pagetext] [language] [copies] [stages]

Data is read from ../shared/data (or $WIREWATCH_SHARED_DATA); a section whose data is absent is
skipped with a message.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "services")]


def section_language() -> None:
    from bench.cleaning.language_eval import evaluate, load_sets, systems

    try:
        sets = load_sets()
    except FileNotFoundError as exc:
        print(f"[language] skipped: {exc}")
        return
    print("\n## Language identification (SIB-200, 38 languages)")
    print(f"{'system':28} {'view':10} {'n':>5} {'accuracy':>9} {'und':>6} {'ms/text':>8}  worst errors")
    for name, guess in systems().items():
        for view, texts in sets.items():
            row = evaluate(name, guess, texts)
            print(f"{name:28} {view:10} {row['n']:5d} {row['accuracy']:9.4f} {row['und_rate']:6.3f} "
                  f"{row['ms_per_text']:8.3f}  {row['errors']}")


def _benchmark_pages():  # type: ignore[no-untyped-def]
    from bench.cleaning import benchmark_dir, load_benchmark

    if benchmark_dir() is None:
        return None
    return load_benchmark()


def _print_rows(rows, reference: str) -> None:  # type: ignore[no-untyped-def]
    base = next((r.pages_per_s for r in rows if r.system == reference), None)
    print(f"{'system':36} {'precision':>9} {'recall':>7} {'F1':>7} {'pages/s':>8} {'x ref':>6}")
    for r in rows:
        ratio = f"{r.pages_per_s / base:6.2f}" if base else ""
        print(f"{r.system:36} {r.score.precision:9.4f} {r.score.recall:7.4f} {r.score.f1:7.4f} "
              f"{r.pages_per_s:8.1f} {ratio}")


def section_html() -> None:
    from bench.cleaning.extraction_eval import run_html

    pages = _benchmark_pages()
    if pages is None:
        print("[html] skipped: ../shared/data/article-extraction-benchmark not found")
        return
    print(f"\n## Main text from HTML (article-extraction benchmark, {len(pages)} pages)")
    _print_rows(run_html(pages), "trafilatura 2.3.1 defaults")


def section_pagetext() -> None:
    from bench.cleaning.extraction_eval import run_pagetext

    pages = _benchmark_pages()
    if pages is None:
        print("[pagetext] skipped: ../shared/data/article-extraction-benchmark not found")
        return
    print(f"\n## Main text from page text (the benchmark flattened, one line per block, {len(pages)} pages)")
    _print_rows(run_pagetext(pages), "")


def section_copies() -> None:
    from bench.cleaning.copies_eval import build_set, evaluate

    try:
        items = build_set(seed=2024)  # settings were chosen on seeds 7 and 11
    except FileNotFoundError as exc:
        print(f"[copies] skipped: {exc}")
        return
    result = evaluate(items)
    print("\n## Copies and near-copies (MasakhaNEWS eng/fra/hau/swa, generated edits, seed 2024)")
    print(f"{'articles':>8} {'near-copies':>11} {'distinct':>8} {'links':>6} {'correct':>7} "
          f"{'precision':>9} {'recall':>7} {'ms fingerprint':>14} {'ms link':>8}")
    print(f"{result.articles:8d} {result.near_copies:11d} {result.articles - result.near_copies:8d} "
          f"{result.links:6d} {result.correct:7d} {result.precision:9.4f} {result.recall:7.4f} "
          f"{result.ms_fingerprint:14.3f} {result.ms_link:8.3f}")


def section_stages() -> None:
    from bench.cleaning.stages_eval import run_stages

    pages = _benchmark_pages()
    if pages is None:
        print("[stages] skipped: ../shared/data/article-extraction-benchmark not found")
        return
    print("\n## Cost per article of each stage (CPU ms, mean over the benchmark's pages)")
    for content_type, timings in run_stages(pages).items():
        total = sum(timings.values())
        cells = "  ".join(f"{name} {ms:.2f}" for name, ms in timings.items())
        print(f"{content_type:10} total {total:6.2f} ms ({1000 / total if total else 0:5.0f}/s)  {cells}")


SECTIONS = {"html": section_html, "pagetext": section_pagetext, "language": section_language,
            "copies": section_copies, "stages": section_stages}


def main(argv: list[str]) -> None:
    chosen = argv or list(SECTIONS)
    for name in chosen:
        SECTIONS[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
