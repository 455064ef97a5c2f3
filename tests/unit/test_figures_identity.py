"""Figure keys: same unit, resolved place and subject class; across languages."""

from __future__ import annotations

from wirewatch.figures.extract import find_figures
from wirewatch.figures.identity import figure_key, place_key
from wirewatch.model import Article, PlaceMention, RawArticle


def keys(text: str, lang: str = "en", places: list[PlaceMention] | None = None) -> list[str]:
    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-03-25T10:00:00Z",
                     content_type="text/plain", body=text)
    article = Article(raw=raw, text=text, language=lang, places=places or [])
    article.figures = find_figures(text, lang, article.places)
    return [figure_key(article, f) for f in article.figures]


def test_same_toll_different_wording_shares_a_key() -> None:
    a = keys("Over 32,000 Palestinians have been killed in Gaza.")
    b = keys("The Gaza death toll passes 32,000.")
    assert a == b == ["people_killed|cPS|people"]


def test_killed_in_gaza_and_in_israel_differ() -> None:
    gaza = keys("Over 32,000 people were killed in Gaza.")
    israel = keys("Some 1,200 people were killed in Israel.")
    assert gaza != israel


def test_one_quake_in_three_languages() -> None:
    en = keys("The earthquake killed more than 2,000 people in Morocco.")
    fr = keys("Le séisme a fait plus de 2 000 morts au Maroc.", "fr")
    ar = keys("أسفر الزلزال عن مقتل أكثر من 2000 شخص في المغرب.", "ar")
    assert en == fr == ar == ["people_killed|cMA|people"]


def test_subject_classes() -> None:
    assert keys("At least 13,000 children were killed in Gaza.") == [
        "people_killed|cPS|children"]
    assert keys("Hamas holds the remains of around 30 hostages.")[0].endswith("|bodies")


def test_article_places_win_when_they_match() -> None:
    mention = PlaceMention(name="Springfield", country_code="US", geonames_id=4409896,
                           score=0.9)
    assert place_key("Springfield", [mention]) == "g4409896"
    assert place_key(None, [mention]) == "-"
    assert place_key("Nowhereville", []) == "nnowhereville"


def test_unplaced_figure_takes_the_place_of_the_lead() -> None:
    text = ("Earthquake in Nepal: toll rises\n\nThe quake struck overnight. At least 157 people "
            "were killed, officials said.")
    assert keys(text) == ["people_killed|cNP|people"]


def test_unplaced_figures_of_unrelated_stories_do_not_meet() -> None:
    a = keys("Officials said 30 people were killed.")
    raw = RawArticle(id="b", url="u", outlet="o", published_at="2024-03-25T10:00:00Z",
                     content_type="text/plain", body="Officials said 40 people were killed.")
    other = Article(raw=raw, text=raw.body, language="en")
    other.figures = find_figures(other.text, "en")
    assert a == ["people_killed|sa|people"]
    assert figure_key(other, other.figures[0]) == "people_killed|sb|people"


def test_a_distance_is_compared_within_its_story_only() -> None:
    [key] = keys("The epicentre was 72 km from Marrakech.")
    assert key.startswith("distance_km|") and key.endswith("|-@a")


def test_generic_place_words_are_skipped() -> None:
    assert keys("At least 51 people died in the province of Valencia.") == keys(
        "Al menos 51 personas murieron en la provincia de Valencia.", "es")
    assert keys("At least 120 people were killed in western Afghanistan.")[0].split("|")[1] == \
        "cAF"
    assert keys("Troops arrested 25 Palestinians in the West Bank.") == [
        "people_detained|cPS|people"]


def test_a_day_count_is_not_the_running_total() -> None:
    total = keys("The death toll in Gaza has risen to 32,414, the health ministry said.")
    day = keys("In the past 24 hours, 71 people were killed in Gaza, the ministry said.")
    assert total == ["people_killed|cPS|people"]
    assert day == ["people_killed|cPS|people:day"]


def test_seed_tolls_key_to_gaza_and_israel() -> None:
    text = ("US and Israel tensions rise over Gaza\n\nIsrael’s offensive has killed over 32,000 "
            "Palestinians, according to local health officials. It was launched in response to "
            "Hamas’ 7 October attack on Israel, which killed some 1,200 people.")
    assert keys(text) == ["people_killed|cPS|people", "people_killed|cIL|people"]


def areas(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    from wirewatch.figures.identity import figure_area

    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-03-25T10:00:00Z",
                     content_type="text/plain", body=text)
    article = Article(raw=raw, text=text, language=lang)
    article.figures = find_figures(text, lang, article.places)
    return [(figure_key(article, f), figure_area(article, f)) for f in article.figures]


def test_city_region_and_country_reports_share_the_country_key_with_their_area() -> None:
    assert areas("At least 30 people were killed in Venezuela.") == [
        ("people_killed|cVE|people", None)]
    assert areas("At least 16 people were killed in the state of Bolívar.") == [
        ("people_killed|cVE|people", "rVE-F")]
    assert areas("A heatwave killed at least 14 people in the eastern Indian state of Bihar.") == [
        ("people_killed|cIN|people", "rIN-BR")]
    assert areas("Au moins 20 personnes ont été tuées à Rafah.", "fr") == [
        ("people_killed|cPS|people", "g281102")]


def test_a_subcount_keys_apart_from_its_total() -> None:
    total, part = keys("The blast killed 21 people in Hwaseong, including 17 workers.")
    assert part == total + ":part"


def test_bodies_recovered_key_with_the_toll() -> None:
    assert keys("Rescuers recovered 20 bodies in Lagos.")[0].endswith("|people")


def test_arabic_names_of_large_cities_resolve() -> None:
    assert keys("قتل 12 شخصا في سيول يوم الاثنين.", "ar")[0].startswith("people_killed|cKR|")


def test_a_figure_place_in_a_country_the_article_never_names_gives_way() -> None:
    """"الضفة" (a river bank) is not the West Bank in a story about Ukraine."""
    ukraine = [PlaceMention(name="Ukraine", country_code="UA", geonames_id=690791, score=0.7)]
    found = keys("وقالت السلطات إن 4 أشخاص قتلوا على الضفة الغربية للنهر.", "ar", ukraine)
    assert found[0].startswith("people_killed|cUA|")


def test_counted_things_share_a_class_across_languages() -> None:
    assert keys("The fire destroyed 1,200 shelters in the camp.")[0].endswith("|shelters")
    assert keys("El incendio destruyó 1.200 refugios en el campamento.", "es")[0].endswith(
        "|shelters")
