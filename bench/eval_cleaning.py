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


SECTIONS = {"language": section_language}


def main(argv: list[str]) -> None:
    chosen = argv or list(SECTIONS)
    for name in chosen:
        SECTIONS[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
