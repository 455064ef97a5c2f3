"""Places: gazetteer matching, folding, disambiguation, people-vs-places, per language."""

from __future__ import annotations

import pytest

from wirewatch.classify.places import PlaceFinder
from wirewatch.classify.textfold import TextFolder, strip_marks
from wirewatch.model import Article, RawArticle

SEED = (
    "US and Israel tensions rise over Gaza\n\n"
    "Netanyahu has cancelled a high-level visit to the US to protest a UN Security Council "
    "decision calling for an immediate ceasefire which Washington allowed to pass. "
    "US Defense Secretary Lloyd Austin will meet with Israel's minister of defence on Tuesday "
    "and discuss ways to defeat Hamas other than conducting a ground invasion of the southern "
    "Gaza city of Rafah, the Pentagon said. Austin's planned morning meeting with Israeli "
    "Defense Minister Yoav Gallant is still on."
)


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder.load()


def places(finder: PlaceFinder, text: str, language: str = "en") -> dict[str, tuple]:
    return {p.name: (p.country_code, p.geonames_id) for p in finder.find("", text, language)}


def codes(finder: PlaceFinder, text: str, language: str = "en") -> set[str | None]:
    return {p.country_code for p in finder.find("", text, language)}


def test_fold_keeps_length_and_drops_diacritics() -> None:
    folder = TextFolder()
    for text in ("Rafaḩ", "Zürich Straße", "غزّة", "İstanbul", "Côte d’Ivoire"):
        clean = strip_marks(text)
        assert len(folder.fold(clean)) == len(clean)
    assert folder.key("Rafaḩ") == folder.key("Rafah") == "rafah"
    assert folder.key("غزّة") == folder.key("غزة")


def test_seed_sentences(finder: PlaceFinder) -> None:
    found = places(finder, SEED)
    assert found["Israel"] == ("IL", 294640)
    assert found["United States"] == ("US", 6252001)
    assert found["Washington"] == ("US", 4140963)
    assert found["Rafah"] == ("PS", 281102)
    assert found["Gaza Strip"][0] == "PS"
    assert "Austin" not in found  # the defence secretary, not the city


def test_gaza_is_the_strip_in_ps(finder: PlaceFinder) -> None:
    found = finder.find("", "Aid trucks entered Gaza on Sunday.", "en")
    assert found[0].name == "Gaza Strip" and found[0].country_code == "PS"


@pytest.mark.parametrize("language,text", [
    ("ar", "وزير الدفاع الأمريكي لويد أوستن يلتقي نظيره الإسرائيلي في واشنطن لبحث الهجوم على رفح في قطاع غزة"),
    ("fr", "Le secrétaire américain à la Défense Lloyd Austin rencontre son homologue israélien à "
           "Washington au sujet de Rafah, dans la bande de Gaza."),
    ("es", "El secretario de Defensa estadounidense, Lloyd Austin, se reunirá con su homólogo "
           "israelí en Washington para hablar de Rafah, en la Franja de Gaza."),
    ("de", "US-Verteidigungsminister Lloyd Austin trifft seinen israelischen Amtskollegen in "
           "Washington, um über Rafah im Gazastreifen zu sprechen."),
])
def test_seed_story_in_other_languages(finder: PlaceFinder, language: str, text: str) -> None:
    found = places(finder, text, language)
    assert {"US", "IL", "PS"} <= {code for code, _ in found.values()}
    assert found["Rafah"] == ("PS", 281102)
    assert found["Washington"] == ("US", 4140963)
    assert "Austin" not in found


def test_script_and_diacritic_insensitive(finder: PlaceFinder) -> None:
    for text, language in (("Strikes hit Rafaḩ overnight.", "en"), ("Strikes hit Rafah overnight.", "en"),
                           ("قصف على رفح الليلة", "ar"), ("Frappes sur Rafah cette nuit.", "fr")):
        assert places(finder, text, language)["Rafah"] == ("PS", 281102), text


def test_georgia_by_context(finder: PlaceFinder) -> None:
    assert places(finder, "Georgia's governor signed the bill in Atlanta.")["Georgia"][0] == "US"
    assert places(finder, "Protests filled Tbilisi as Georgia's parliament voted.")["Georgia"][0] == "GE"


def test_people_named_like_places(finder: PlaceFinder) -> None:
    assert "Jordan" not in places(finder, "Michael Jordan said the team would win. Jordan laughed.")
    assert "Madrid" not in places(finder, "Real Madrid beat Barcelona 2-1.")
    assert codes(finder, "King Abdullah of Jordan met officials in Amman.") == {"JO"}


def test_arabic_clitics_and_adjectives(finder: PlaceFinder) -> None:
    assert {"IQ", "EG"} <= codes(finder, "قال مسؤول عراقي إن الوفد وصل بالقاهرة", "ar")
    assert "LB" in codes(finder, "والجيش اللبناني انتشر في الجنوب", "ar")


def test_city_implies_country_and_german_genitive(finder: PlaceFinder) -> None:
    assert "MA" in codes(finder, "Ein Erdbeben hat Marrakesch erschüttert.", "de")
    assert "IL" in codes(finder, "Die Regierung Israels widersprach.", "de")


def test_lowercase_common_words_are_not_places(finder: PlaceFinder) -> None:
    assert places(finder, "the nice mobile reading of the bath was split in march") == {}


def test_stage_fills_article(finder: PlaceFinder) -> None:
    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-03-26T00:00:00Z",
                     content_type="text/plain", body="")
    article = Article(raw=raw, text="Floods hit Morocco.", title="Floods", language="en")
    article = finder(article)
    assert article.places[0].country_code == "MA"
    assert 0 < article.places[0].score <= 1
