"""Language identification: scripts that share an alphabet, titles, mixed pages, und."""

from __future__ import annotations

import pytest

from wirewatch.clean.language import LanguageIdentifier
from wirewatch.model import Article, RawArticle


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


SAMPLES = {
    "en": "The government said on Monday that it would raise fuel prices next month to cut the deficit.",
    "ar": "قالت الحكومة يوم الاثنين إنها سترفع أسعار الوقود الشهر المقبل لخفض العجز في الميزانية.",
    "fa": "دولت روز دوشنبه اعلام کرد که ماه آینده قیمت سوخت را برای کاهش کسری بودجه افزایش می‌دهد.",
    "ur": "حکومت نے پیر کے روز کہا کہ وہ بجٹ خسارہ کم کرنے کے لیے اگلے ماہ ایندھن کی قیمتیں بڑھائے گی۔",
    "he": "הממשלה הודיעה ביום שני כי תעלה את מחירי הדלק בחודש הבא כדי לצמצם את הגירעון.",
    "zh": "政府周一表示，将在下个月提高燃油价格，以减少财政赤字。",
    "ja": "政府は月曜日、財政赤字を削減するため来月燃料価格を引き上げると発表した。",
    "ko": "정부는 월요일 재정 적자를 줄이기 위해 다음 달 연료 가격을 인상하겠다고 밝혔다.",
    "ru": "Правительство в понедельник заявило, что в следующем месяце повысит цены на топливо.",
    "uk": "Уряд у понеділок заявив, що наступного місяця підвищить ціни на пальне, щоб скоротити дефіцит.",
    "bg": "Правителството обяви в понеделник, че ще повиши цените на горивата от следващия месец.",
    "fr": "Le gouvernement a annoncé lundi qu'il augmenterait les prix du carburant le mois prochain.",
    "es": "El gobierno anunció el lunes que subirá los precios del combustible el próximo mes.",
    "de": "Die Regierung kündigte am Montag an, die Kraftstoffpreise im nächsten Monat zu erhöhen.",
    "hi": "सरकार ने सोमवार को कहा कि वह घाटे को कम करने के लिए अगले महीने ईंधन की कीमतें बढ़ाएगी।",
    "tr": "Hükümet pazartesi günü bütçe açığını azaltmak için gelecek ay yakıt fiyatlarını artıracağını açıkladı.",
    "sw": "Serikali ilisema Jumatatu kwamba itapandisha bei za mafuta mwezi ujao ili kupunguza nakisi.",
    "ha": "Gwamnati ta ce a ranar Litinin za ta kara farashin man fetur a wata mai zuwa domin rage gibin kasafin kudi.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_sentence_in_each_language(identifier: LanguageIdentifier, code: str) -> None:
    assert identifier.guess(SAMPLES[code]).code == code


@pytest.mark.parametrize("title, code", [
    ("Fuel prices to rise next month", "en"), ("ارتفاع أسعار الوقود الشهر المقبل", "ar"),
    ("Les prix du carburant vont augmenter", "fr"), ("Цены на топливо вырастут", "ru"),
    ("燃油价格下月上涨", "zh"),
])
def test_titles(identifier: LanguageIdentifier, title: str, code: str) -> None:
    assert identifier.guess(title).code == code


def test_english_page_with_an_arabic_footer_is_english(identifier: LanguageIdentifier) -> None:
    text = SAMPLES["en"] * 4 + "\nاترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني."
    assert identifier.guess(text).code == "en"


@pytest.mark.parametrize("text", ["", "   ", "12 345 6,789", "—— ** ——", "!!!"])
def test_nothing_to_read_is_und(identifier: LanguageIdentifier, text: str) -> None:
    assert identifier.guess(text).code == "und"


def test_stage_uses_the_text_then_the_producers_hint(identifier: LanguageIdentifier) -> None:
    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-01-01T00:00:00Z",
                     content_type="text/plain", body="", language="de-AT")
    assert identifier(Article(raw=raw, text=SAMPLES["fr"])).language == "fr"
    assert identifier(Article(raw=raw, text="12 345")).language == "de"
    assert identifier(Article(raw=raw, text="", title=SAMPLES["es"])).language == "es"
