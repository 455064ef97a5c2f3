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


def test_badness_prefilter_is_on_and_agrees_with_ftfy() -> None:
    import random

    from ftfy.badness import is_bad

    from wirewatch.clean.text import _BADNESS_HINT_CHARS, _BADNESS_HINTS, looks_bad

    assert _BADNESS_HINTS is not None  # every branch of ftfy's regex needs a hint character
    rng = random.Random(11)
    rare = list(_BADNESS_HINT_CHARS) + list("éèàôüöÖŒœ°²³ÃÂØÙâóä€šπ±∂†≠®™´≤≥¥µвЂВГРСўΒΓΞΟβā’—–…αωЁя")
    common = list("abcxyzABCXYZ .,?!\n")
    texts = ["", "plain", "Ã©tÃ© Ã  Paris", "â€œquotedâ€\x9d", "Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©", "вЂњ", "schÃ¶n",
             "ГўВЂВќa", "Â a", "x Â “", "“quoted” « cité » – ok"]
    for _ in range(20_000):
        share = rng.choice([0.02, 0.05, 0.15])
        texts.append("".join(rng.choice(rare) if rng.random() < share else rng.choice(common)
                             for _ in range(rng.randint(0, 60))))
    assert sum(map(is_bad, texts)) > 1000
    for text in texts:
        assert looks_bad(text) == is_bad(text), text


def test_cheap_fixes_still_apply() -> None:
    from wirewatch.clean.text import _cheap_fixes

    assert _cheap_fixes("ﬁnal ＬＯＵＤ　ＮＯＩＳＥＳ ｶ") == "final LOUD NOISES カ"
    assert _cheap_fixes("déjà vu") == "déjà vu"
