"""Measure the number libraries considered for figure extraction, on the labelled sets.

Not a project dependency: run it in a separate environment that has the libraries,
    python -m venv /tmp/figlibs && /tmp/figlibs/bin/pip install quantulum3 text2num number-parser
    /tmp/figlibs/bin/python bench/compare_number_libraries.py

For each library: recall of the labelled figures' values (a value found anywhere in the
article counts, units ignored: the most generous reading), how many numbers it reports per
labelled figure (dates, years and times included: what a unit/qualifier layer would still
have to filter), and CPU time per 3 KB of text.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent / "data" / "figures"
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def load() -> list[dict]:
    items = []
    for path in (HERE / "articles.jsonl", HERE / "holdout" / "articles.jsonl"):
        items += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return items


def values_quantulum(text: str, lang: str) -> list[float]:
    from quantulum3 import parser
    code = {"en": "en_US", "es": "es"}.get(lang)
    if code is None:
        return []
    try:
        return [float(q.value) for q in parser.parse(text, lang=code)]
    except Exception:  # noqa: BLE001 - a library failure counts as nothing found
        return []


def _digits_after(converted: str) -> list[float]:
    out = []
    for m in DIGITS.finditer(converted):
        s = m.group().replace(",", "")
        try:
            out.append(float(s))
        except ValueError:
            pass
    return out


def values_text2num(text: str, lang: str) -> list[float]:
    from text_to_num import alpha2digit
    if lang not in ("en", "fr", "es", "de", "pt", "it", "nl"):
        return []
    return _digits_after(alpha2digit(text, lang))


def values_number_parser(text: str, lang: str) -> list[float]:
    from number_parser import parse
    try:
        return _digits_after(parse(text, language=lang))
    except Exception:  # noqa: BLE001
        return []


def values_wirewatch(text: str, lang: str) -> list[float]:
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
    from wirewatch.figures.extract import find_figures
    out = []
    for f in find_figures(text, lang):
        out += f.value if isinstance(f.value, list) else [f.value]
    return out


def measure(name: str, fn: Callable[[str, str], list[float]], items: list[dict]) -> None:
    try:
        fn("warm up 12", "en")
    except ImportError as exc:
        print(f"  {name:<16} not installed ({exc})")
        return
    found = total = reported = 0
    by_lang: dict[str, list[int]] = {}
    t0 = time.process_time()
    for item in items:
        values = fn(item["text"], item["language"])
        reported += len(values)
        for _, value, _, _ in item["figures"]:
            vals = value if isinstance(value, list) else [value]
            hit = all(any(abs(v - x) <= 1e-3 * max(1, abs(v)) for x in values) for v in vals)
            found += hit
            total += 1
            stats = by_lang.setdefault(item["language"], [0, 0])
            stats[0] += hit
            stats[1] += 1
    elapsed = time.process_time() - t0
    kb = sum(len(i["text"].encode()) for i in items) / 1000
    langs = " ".join(f"{lang}:{h / n:.2f}" for lang, (h, n) in sorted(by_lang.items()))
    print(f"  {name:<16} value recall {found / total:.3f} ({langs}); "
          f"{reported / total:.2f} numbers reported per labelled figure; "
          f"{elapsed * 1000 / kb * 3:.2f} ms per 3 KB")


def main() -> None:
    items = load()
    print(f"{len(items)} articles, {sum(len(i['figures']) for i in items)} labelled figures")
    for name, fn in (("quantulum3", values_quantulum), ("text2num", values_text2num),
                     ("number-parser", values_number_parser), ("wirewatch", values_wirewatch)):
        measure(name, fn, items)


if __name__ == "__main__":
    main()
