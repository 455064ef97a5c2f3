"""Unicode repair: mojibake (cp1252, cp1251, cp1256), quotes kept, invisible characters, spaces."""

from __future__ import annotations

import pytest

from wirewatch.clean.text import clean_text, repair_text
from wirewatch.model import Article, RawArticle

ARABIC = "قالت الحكومة يوم الاثنين إنها سترفع أسعار الوقود"
RUSSIAN = "Правительство заявило о повышении цен"
FRENCH = "Le gouvernement a annoncé une hausse"


@pytest.mark.parametrize("original, codec", [(ARABIC, "cp1256"), (RUSSIAN, "cp1251"), (FRENCH, "cp1252")])
def test_utf8_misread_as_a_windows_code_page_is_repaired(original: str, codec: str) -> None:
    misread = original.encode("utf-8").decode(codec, errors="replace")
    assert misread != original
    assert clean_text(misread) == original


def test_real_arabic_with_many_ta_and_za_is_left_alone() -> None:
    text = "ظل الطفل ينتظر في الظلام طويلا"
    assert clean_text(text) == text


def test_curly_quotes_and_apostrophes_are_kept() -> None:
    text = "“There are ways,” Ryder said. Israel’s offensive"
    assert clean_text(text) == text


def test_invisible_characters_go_zwnj_stays() -> None:
    assert clean_text("a\u200bb\ufeffc\u00add\x07e") == "abcde"
    persian = "می\u200cخواهم"
    assert clean_text(persian) == persian


def test_spaces_and_paragraphs_are_normalised() -> None:
    text = "  First\u00a0line  with   spaces \r\n\r\n\r\n\r\nSecond\u2009paragraph\t\n"
    assert clean_text(text) == "First line with spaces\n\nSecond paragraph"


def test_nfc_entities_and_full_width() -> None:
    assert clean_text("Cafe\u0301 &amp; bar") == "Café & bar"
    assert clean_text("価格は１２３円") == "価格は123円"


def test_stage_repairs_text_and_title() -> None:
    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-01-01T00:00:00Z",
                     content_type="text/plain", body="")
    article = repair_text(Article(raw=raw, text="annoncÃ©  \n\n\n\nok", title=" Title\n with\u00a0break "))
    assert (article.text, article.title) == ("annoncé\n\nok", "Title with break")
