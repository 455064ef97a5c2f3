"""`wirewatch enrich`: the pipeline offline, in input order, with copy linking in memory."""

from __future__ import annotations

import io
import subprocess
import sys

import orjson

from wirewatch.enrich_cli import enrich_files
from wirewatch.settings import Settings

TEXT = ("The regional council approved the new budget on Thursday after a long debate.\n\n"
        "Councillors said the plan funds two schools, a bridge repair and more buses.\n\n"
        "The opposition criticised the tax rise that pays for it.")


def raw(article_id: str, body: str = TEXT, **extra) -> bytes:
    record = {"id": article_id, "url": f"https://example.org/{article_id}", "outlet": "ex",
              "published_at": "2024-03-26T09:00:00Z", "content_type": "text/plain", "body": body}
    record.update(extra)
    return orjson.dumps(record)


def test_enrich_keeps_input_order_links_copies_and_reports_rejects(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join([raw("first"), b"{broken", raw("copy"), raw("other",
                                   "A different story about football results and a cup final "
                                   "that ended in extra time with a late goal.")]) + b"\n")
    out = io.BytesIO()
    code = enrich_files([source], Settings(), changes_path=tmp_path / "changes.jsonl", out=out)
    rows = [orjson.loads(line) for line in out.getvalue().splitlines()]
    assert code == 1  # one line was rejected
    assert [r["id"] for r in rows] == ["first", "copy", "other"]
    assert rows[1]["duplicate_of"] == "first" and rows[0]["duplicate_of"] is None
    assert rows[2]["duplicate_of"] is None
    assert "line 2: rejected (invalid_json" in capsys.readouterr().err
    assert (tmp_path / "changes.jsonl").exists()
    for row in rows:
        for field in ("topics", "places", "people", "organizations", "figures"):
            assert isinstance(row[field], list)


def test_enrich_cleans_the_seed_article(seed_text):
    line = raw("seed", seed_text)
    done = subprocess.run([sys.executable, "-m", "wirewatch.cli", "enrich"], input=line,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    enriched = orjson.loads(done.stdout.splitlines()[0])
    text = enriched["text"]
    assert enriched["language"] == "en"
    assert "Netanyahu has cancelled a high-level visit" in text
    assert "the resolution passed 14-0" in text
    assert "driven a third of Gaza’s population" in text or "a third of Gaza's population" in text
    for chrome in ("World NewsWorld", "اظهر المزيد", "مقالات ذات صلة", "اترك تعليقاً",
                   "لن يتم نشر", "زر الذهاب إلى الأعلى"):
        assert chrome not in text, chrome
