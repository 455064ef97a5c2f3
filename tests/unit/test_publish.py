"""Reading articles for `wirewatch publish` (no broker needed)."""

from __future__ import annotations

from pathlib import Path

import orjson

from wirewatch.publish import read_articles

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbor Gazette</title><language>en-gb</language>
<item><title>Port traffic up</title><link>https://example.org/port</link>
<guid>port-1</guid><pubDate>Tue, 26 Mar 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Container traffic rose for a third month.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/empty</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Le Courrier</title>
<entry><title>Crue</title><id>urn:crue-1</id><link href="https://example.org/crue"/>
<updated>2024-03-26T10:00:00Z</updated>
<content type="html">&lt;p&gt;La rivi&#232;re a d&#233;bord&#233;.&lt;/p&gt;</content></entry></feed>"""


def test_text_html_json_jsonl_and_directories(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Plain text article.")
    (tmp_path / "b.html").write_text("<html><body><p>HTML article.</p></body></html>")
    good = {"id": "j1", "url": "u", "outlet": "o", "published_at": "2024-01-01T00:00:00Z",
            "content_type": "text/plain", "body": "b"}
    (tmp_path / "c.json").write_bytes(orjson.dumps([good, {**good, "id": "j2"}]))
    (tmp_path / "d.jsonl").write_bytes(orjson.dumps({**good, "id": "j3"}) + b"\n\n" +
                                       orjson.dumps({"id": "bad"}) + b"\n")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    result = read_articles([tmp_path])
    ids = {a.id for a in result.articles}
    assert {"j1", "j2", "j3"} <= ids and len(result.articles) == 5
    kinds = {a.content_type for a in result.articles}
    assert kinds == {"text/plain", "text/html"}
    assert len(result.rejected) == 1 and "d.jsonl:3" in result.rejected[0][0]
    again = read_articles([tmp_path / "a.txt"])
    assert again.articles[0].id == [a for a in result.articles if a.body.startswith("Plain")][0].id


def test_rss_and_atom_feeds(tmp_path: Path):
    (tmp_path / "feed.rss").write_bytes(RSS)
    (tmp_path / "feed.atom").write_bytes(ATOM)
    result = read_articles([tmp_path / "feed.rss", tmp_path / "feed.atom"])
    by_id = {a.id: a for a in result.articles}
    port = by_id["port-1"]
    assert port.outlet == "Harbor Gazette" and port.title == "Port traffic up"
    assert port.published_at == "2024-03-26T09:00:00Z" and port.language == "en"
    assert port.content_type == "text/html" and "third month" in port.body
    crue = by_id["urn:crue-1"]
    assert crue.content_type == "text/html" and "débordé" in crue.body
    assert "https://example.org/empty" not in by_id


def test_unreadable_files_are_rejected_not_fatal(tmp_path: Path):
    (tmp_path / "broken.json").write_text("{nope")
    result = read_articles([tmp_path / "broken.json", tmp_path / "missing.txt"])
    assert not result.articles and len(result.rejected) == 2
