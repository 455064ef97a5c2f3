"""Chrome removal from page text: the seed, one page per language, the lexicon, outlet memory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.harness import require_shared
from wirewatch.clean.chrome import BoilerplateStripper, ChromeLexicon
from wirewatch.model import Article, RawArticle



def _seed_path() -> Path:
    """``shared/samples/seed-article.txt``, beside ``$WIREWATCH_SHARED_DATA`` (``shared/data``)."""
    data = Path(os.environ.get("WIREWATCH_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data"))
    shared = data.parent if data.name == "data" else data
    return shared / "samples" / "seed-article.txt"


SEED_PATH = _seed_path()


@pytest.fixture(scope="module")
def stripper() -> BoilerplateStripper:
    return BoilerplateStripper(learn_outlets=False)


def page(header: list[str], title: str, paragraphs: list[str], footer: list[str]) -> str:
    return "\n\n".join([*header, title, *paragraphs, *footer])


def parts(text: str) -> tuple[str, list[str]]:
    """(title, paragraphs) of a page built by ``page``: the first line after the nav."""
    blocks = text.split("\n\n")
    title_at = next(i for i, b in enumerate(blocks) if i >= 3 and len(b) > 8)
    return blocks[title_at], blocks[title_at + 1:title_at + 4]


# Written for these tests: the seed's shape (glued nav header, headline, body, a footer in
# another language) on a story of our own.
GLUED_HEADER_PAGE = page(
    ["Business NewsBusiness press", "Markets"],
    "Port strike halts grain exports for a third day",
    ["Dock workers at the country's largest port extended their strike on Wednesday, leaving dozens "
     "of grain ships waiting at anchor and traders scrambling for alternatives.",
     "The union said talks with the port authority had broken down over pay and shift lengths, and "
     "that the walkout would continue until a new offer was tabled.",
     "Exporters estimate the stoppage has already delayed shipments of about 400,000 tonnes of wheat "
     "and maize, according to an industry association."],
    ["اظهر المزيد", "مقالات ذات صلة", "اترك تعليقاً",
     "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "زر الذهاب إلى الأعلى"],
)


def test_glued_nav_and_foreign_footer_are_removed(stripper: BoilerplateStripper) -> None:
    result = stripper.strip(GLUED_HEADER_PAGE)
    assert result.title == "Port strike halts grain exports for a third day"
    assert result.text.startswith("Dock workers at the country's largest port")
    assert result.text.endswith("according to an industry association.")
    assert result.text.count("\n\n") == 2
    assert "press" not in result.text and "ا" not in result.text


def test_seed_article_comes_out_as_its_article(stripper: BoilerplateStripper) -> None:
    seed = require_shared(SEED_PATH).read_text(encoding="utf-8")
    result = stripper.strip(seed)
    assert result.title == "US and Israel tensions rise over Gaza"
    assert result.text.startswith("Netanyahu has cancelled a high-level visit")
    assert "World NewsWorld press" not in result.text
    assert not any("\u0600" <= ch <= "\u06ff" for ch in result.text)
    paragraphs = [p.strip() for p in seed.split("\n\n") if len(p.split()) > 12]
    assert len(paragraphs) == 12
    for paragraph in paragraphs:
        assert paragraph in result.text


def test_seed_through_the_stage_sets_title_and_keeps_html_untouched() -> None:
    require_shared(SEED_PATH)
    stage = BoilerplateStripper()
    raw = RawArticle(id="seed", url="https://example.org/a", outlet="example", published_at="2024-03-26T00:00:00Z",
                     content_type="text/plain", body=SEED_PATH.read_text(encoding="utf-8"))
    article = stage(Article(raw=raw, text=raw.body))
    assert article.title == "US and Israel tensions rise over Gaza"
    html = Article(raw=RawArticle(**{**raw.to_dict(), "content_type": "text/html"}), text="Related\nBody.")
    assert stage(html).text == "Related\nBody."


PAGES = {
    "en": page(
        ["Home", "World", "Politics", "Sign in"],
        "City council approves new flood defences",
        ["The city council voted on Tuesday to approve a new system of flood defences along the river, "
         "after two winters of damaging floods in the old town.",
         "The project will cost about 45 million euros and should be finished by the end of next year, "
         "the mayor told reporters after the vote.",
         "Residents who lost homes in the floods said they welcomed the decision but wanted the work to "
         "start before the next rainy season."],
        ["Advertisement", "Related articles", "Council elections set for May", "Share this article",
         "Leave a comment", "Your email address will not be published. Required fields are marked *",
         "© 2024 Example News. All rights reserved."]),
    "fr": page(
        ["Accueil", "International", "Se connecter"],
        "Le conseil municipal approuve de nouvelles digues",
        ["Le conseil municipal a voté mardi la construction d'un nouveau système de digues le long du "
         "fleuve, après deux hivers d'inondations dans la vieille ville.",
         "Le projet coûtera environ 45 millions d'euros et devrait être achevé à la fin de l'année "
         "prochaine, a indiqué le maire aux journalistes après le vote.",
         "Les habitants qui ont perdu leur logement ont salué la décision, mais ils souhaitent que les "
         "travaux commencent avant la prochaine saison des pluies."],
        ["Publicité", "Articles similaires", "Les élections municipales fixées en mai",
         "Partager cet article", "Laisser un commentaire",
         "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
         "© 2024 Exemple. Tous droits réservés."]),
    "es": page(
        ["Inicio", "Internacional", "Iniciar sesión"],
        "El ayuntamiento aprueba nuevas defensas contra inundaciones",
        ["El ayuntamiento aprobó el martes un nuevo sistema de defensas contra las inundaciones a lo "
         "largo del río, tras dos inviernos de graves daños en el casco antiguo.",
         "El proyecto costará unos 45 millones de euros y debería terminarse a finales del año que "
         "viene, dijo el alcalde a los periodistas después de la votación.",
         "Los vecinos que perdieron su casa en las inundaciones celebraron la decisión, pero pidieron "
         "que las obras empiecen antes de la próxima temporada de lluvias."],
        ["Publicidad", "Noticias relacionadas", "Las elecciones municipales serán en mayo",
         "Compartir en Facebook", "Deja un comentario",
         "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
         "© 2024 Ejemplo. Todos los derechos reservados."]),
    "de": page(
        ["Startseite", "Politik", "Anmelden"],
        "Stadtrat beschließt neuen Hochwasserschutz",
        ["Der Stadtrat hat am Dienstag ein neues System zum Schutz vor Hochwasser entlang des Flusses "
         "beschlossen, nachdem zwei Winter lang die Altstadt überflutet worden war.",
         "Das Projekt wird rund 45 Millionen Euro kosten und soll bis Ende des nächsten Jahres fertig "
         "sein, sagte der Bürgermeister nach der Abstimmung.",
         "Anwohner, die bei den Überschwemmungen ihre Wohnung verloren hatten, begrüßten die "
         "Entscheidung, wollen aber, dass die Arbeiten vor der nächsten Regenzeit beginnen."],
        ["Anzeige", "Mehr zum Thema", "Kommunalwahl im Mai", "Artikel teilen", "Kommentar schreiben",
         "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
         "Impressum", "Datenschutz"]),
    "ru": page(
        ["Главная", "Политика", "Войти"],
        "Городской совет одобрил строительство дамбы",
        ["Городской совет во вторник одобрил строительство новой системы защиты от наводнений вдоль "
         "реки после двух зим, когда вода затапливала старый город.",
         "Проект обойдётся примерно в 45 миллионов евро и должен быть завершён к концу следующего "
         "года, сообщил мэр журналистам после голосования.",
         "Жители, потерявшие жильё во время наводнений, приветствовали это решение, но хотят, чтобы "
         "работы начались до следующего сезона дождей."],
        ["Реклама", "Читайте также", "Выборы в городской совет пройдут в мае", "Поделиться",
         "Оставить комментарий", "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
         "© 2024 Пример. Все права защищены."]),
    "ar": page(
        ["الرئيسية", "سياسة", "تسجيل الدخول"],
        "المجلس البلدي يوافق على سدود جديدة",
        ["وافق المجلس البلدي يوم الثلاثاء على إنشاء نظام جديد للحماية من الفيضانات على طول النهر، بعد "
         "شتاءين من الفيضانات التي ألحقت أضرارا بالمدينة القديمة.",
         "وستبلغ تكلفة المشروع نحو 45 مليون يورو، ومن المتوقع أن ينتهي العمل فيه بنهاية العام المقبل، "
         "كما قال رئيس البلدية للصحفيين بعد التصويت.",
         "ورحب السكان الذين فقدوا منازلهم في الفيضانات بالقرار، لكنهم طالبوا ببدء الأشغال قبل موسم "
         "الأمطار المقبل."],
        ["إعلان", "اقرأ أيضاً", "مقالات ذات صلة", "الانتخابات البلدية في مايو", "شارك", "اترك تعليقاً",
         "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
         "جميع الحقوق محفوظة © 2024", "زر الذهاب إلى الأعلى"]),
    "zh": page(
        ["首页", "新闻", "登录"],
        "市议会批准新的防洪工程",
        ["市议会周二投票批准沿河修建新的防洪系统，此前老城区已经连续两个冬天遭受洪水侵袭，许多商店和住宅严重受损。",
         "市长在投票后对记者表示，该项目将耗资约四千五百万欧元，预计在明年年底之前完工，施工期间部分道路将临时封闭。",
         "在洪水中失去住所的居民对这一决定表示欢迎，但他们希望工程能够在下一个雨季到来之前尽快开工。"],
        ["广告", "相关文章", "市议会选举将于五月举行", "分享到", "发表评论", "版权所有 © 2024 示例新闻",
         "返回顶部"]),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_chrome_removed_in_each_language(stripper: BoilerplateStripper, language: str) -> None:
    text = PAGES[language]
    title, paragraphs = parts(text)
    result = stripper.strip(text)
    assert result.title == title
    assert result.text == "\n\n".join(paragraphs)


def test_a_short_arabic_article_is_kept_whole(stripper: BoilerplateStripper) -> None:
    text = "\n".join(["الرئيسية", "انفجار في ميناء المدينة",
                      "أعلنت السلطات أن انفجارا وقع صباح اليوم في الميناء.",
                      "ولم تسجل إصابات حتى الآن.", "اترك تعليقاً"])
    result = stripper.strip(text)
    assert "أعلنت السلطات أن انفجارا وقع صباح اليوم في الميناء." in result.text
    assert "ولم تسجل إصابات حتى الآن." in result.text
    assert "اترك" not in result.text


@pytest.mark.parametrize("line, kind", [
    ("Related articles", "end"), ("Leave a Reply", "end"), ("Read more: Council elections in May", "noise"),
    ("Advertisement", "noise"), ("Home", "noise"), ("Home Office rejects asylum claims", None),
    ("Articles similaires", "end"), ("À lire aussi", "noise"), ("Noticias relacionadas", "end"),
    ("Lee también: el alcalde dimite", "noise"), ("Mehr zum Thema", "end"), ("Anzeige", "noise"),
    ("Читайте также", "noise"), ("Комментарии", "end"), ("مقالات ذات صلة", "end"),
    ("اقرأ أيضاً", "noise"), ("اترك تعليقاً", "end"), ("相关文章", "end"), ("责任编辑：王明", "noise"),
    ("We use cookies to improve your experience on our site.", "noise"),
    ("Milan on September 12, 2018 at 4:47 pm said:", "end"), ("2 days ago at 07:50 am", "end"),
])
def test_lexicon(line: str, kind: str | None) -> None:
    assert ChromeLexicon().kind(line) == kind


def test_outlet_memory_learns_repeated_lines_and_counts_redelivery_once() -> None:
    stage = BoilerplateStripper()
    promo = "Listen to our podcast!"
    body = "The minister resigned on Friday after a week of pressure from his own party, aides said."
    more = "His deputy will lead the department until a successor is named next month, officials said."

    def run(article_id: str) -> str:
        text = f"{body}\n{promo}\n{more} {article_id}."
        return stage.strip(text, outlet="example.org", article_id=article_id).text

    for _ in range(6):
        assert promo in run("same")  # redelivery of one article teaches nothing
    for n in range(5):
        text = run(f"a{n}")
    assert promo not in text and body in text  # the repeated lede is body: never learned


def test_normalise_phrase_equals_the_substitute_and_split_form() -> None:
    import random
    import re
    import unicodedata

    from wirewatch.clean.chrome_lexicon import _ALEF, _TATWEEL_AND_MARKS, normalise_phrase

    non_word = re.compile(r"[\W\d_]+")

    def reference(text: str) -> str:
        if not text.isascii():
            text = _TATWEEL_AND_MARKS.sub("", unicodedata.normalize("NFKC", text).lower()).translate(_ALEF)
        else:
            text = text.lower()
        return " ".join(non_word.sub(" ", text).split())

    rng = random.Random(2)
    alphabet = list("aZ9_ -.\t\n\u00a0\u2003\u1680\x1c\x85éİßﬁ①²أـًى中") + ["Read more", "اقرأ أيضا"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalise_phrase(text) == reference(text), text
