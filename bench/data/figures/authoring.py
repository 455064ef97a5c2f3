"""Shared by the authoring scripts of the labelled figure sets (development and hold-outs).

Each script declares its articles with ``art`` and its expected change events with ``chg``, then
``write``s ``articles.jsonl`` and ``changes.jsonl`` next to itself.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

K, I, M, D, DET, H, E = ("people_killed", "people_injured", "people_missing", "people_displaced",
                         "people_detained", "hostages", "people_evacuated")


class LabelledSet:
    def __init__(self) -> None:
        self.articles: list[dict] = []
        self.changes: list[dict] = []

    def art(self, aid, story, outlet, at, lang, text, figures) -> None:
        self.articles.append({"id": aid, "story": story, "outlet": outlet, "published_at": at,
                              "language": lang, "text": text,
                              "figures": [list(f) for f in figures]})

    def chg(self, story, prev, cur, unit, kind) -> None:
        self.changes.append({"story": story, "previous": prev, "current": cur, "unit": unit,
                             "kind": kind})

    def write(self, folder: Path, *, details: bool = False) -> None:
        """Write both files; every labelled span must occur in its article's text."""
        for a in self.articles:
            for f in a["figures"]:
                assert a["text"].count(f[0]) >= 1, (a["id"], f[0])
        for name, rows in (("articles.jsonl", self.articles), ("changes.jsonl", self.changes)):
            with (folder / name).open("w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(len(self.articles), "articles", sum(len(a["figures"]) for a in self.articles),
              "figures", len(self.changes), "changes")
        if details:
            print(Counter(a["language"] for a in self.articles))
            print(Counter(a["language"] for a in self.articles for f in a["figures"]))
            print(len({c["story"] for c in self.changes}), "stories with changes")
