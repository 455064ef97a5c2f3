"""Figure extraction: the seed check, exclusions, qualifiers, units, and en/fr/es/de/ar."""

from __future__ import annotations

import pytest

from wirewatch.figures.extract import UNITS, extract_figures, find_figures
from wirewatch.model import Article, FigureObservation, RawArticle

# Sentences of ../shared/samples/seed-article.txt (embedded so the test always runs).
SEED = """US and Israel tensions rise over Gaza

Netanyahu cancelled the visit in protest over Monday’s UN Security Council decision calling for an immediate ceasefire. The US abstained, deciding not to use its veto power, and the resolution passed 14-0.

Israel says it cannot defeat Hamas without going into Rafah, where it says the group has four battalions composed of thousands of fighters.

Israel’s offensive has killed over 32,000 Palestinians, according to local health officials, and driven a third of Gaza’s population to the brink of starvation. It was launched in response to Hamas’ 7 October attack on Israel, which killed some 1,200 people.

Hamas-led militants also took around 250 people hostage. They are still holding around 100 hostages, and the remains of around 30 others, after most of the rest were freed during a cease-fire last year in exchange for the release of Palestinian prisoners.

اظهر المزيد

مقالات ذات صلة

لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *
"""


def figures(text: str, lang: str = "en") -> list[FigureObservation]:
    found = find_figures(text, lang)
    for f in found:
        assert text[f.start:f.end] == f.span
        assert f.unit in UNITS
    return found


def one(text: str, lang: str = "en") -> FigureObservation:
    found = figures(text, lang)
    assert len(found) == 1, found
    return found[0]


def test_seed_check() -> None:
    found = {(f.value, f.unit): f for f in figures(SEED)}
    killed = found[(32000.0, "people_killed")]
    assert killed.qualifier == "over" and killed.subject == "Palestinians"
    assert killed.source == "local health officials"
    assert found[(1200.0, "people_killed")].qualifier == "about"
    assert found[(250.0, "hostages")].qualifier == "about"
    assert found[(100.0, "hostages")].subject == "hostages"
    remains = found[(30.0, "hostages")]
    assert remains.qualifier == "about" and "remains" in (remains.subject or "")
    third = found[(0.3333, "fraction")]
    assert third.subject == "Gaza’s population" and third.place == "Gaza"
    vote = found[(14.0, "votes")]
    assert vote.span == "14-0" and vote.tally is not None
    assert (vote.tally.in_favour, vote.tally.against) == (14, 0)
    assert len(found) == 7  # nothing from "7 October", "four battalions" or the Arabic footer


def test_stage_fills_article() -> None:
    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-03-25T10:00:00Z",
                     content_type="text/plain", body=SEED)
    article = extract_figures(Article(raw=raw, text=SEED, language="en"))
    assert len(article.figures) == 7


@pytest.mark.parametrize("text", [
    "The attack on 7 October shocked the country.",
    "It happened on October 7, 2023 at 14:05 GMT.",
    "Posted 25/03/2024, updated 2024-03-26.",
    "John Smith, 45, said the war in 2023 was hard.",
    "The 45-year-old man was detained for 3 days.",
    "Call +1 202 555 0100 for details, or see page 3 and section 12.",
    "UN Security Council Resolution 2728 was a first; it was the 3rd vote in 10 years.",
    "He flew an F-16 over the 1st district during COVID-19.",
    "Am 7. Oktober griff die Hamas an.",
    "وقع الهجوم في 7 أكتوبر 2023.",
    "Le 7 octobre 2023, à 6 h 30.",
    "four battalions composed of thousands of fighters",
    "Dozens were killed and hundreds wounded.",
])
def test_not_figures(text: str) -> None:
    assert figures(text, "de" if "Oktober" in text else "ar" if "أكتوبر" in text
                   else "fr" if "octobre" in text else "en") == []


@pytest.mark.parametrize(("text", "qualifier"), [
    ("More than 300 people were killed.", "over"),
    ("Over 300 people were killed.", "over"),
    ("At least 300 people were killed.", "at_least"),
    ("Nearly 300 people were killed.", "under"),
    ("Fewer than 300 people were killed.", "under"),
    ("Around 300 people were killed.", "about"),
    ("Some 300 people were killed.", "about"),
    ("Up to 300 people were killed.", "up_to"),
    ("300 people were killed.", "exact"),
    ("300 or more people were killed.", "at_least"),
])
def test_english_qualifiers(text: str, qualifier: str) -> None:
    f = one(text)
    assert (f.value, f.unit, f.qualifier) == (300.0, "people_killed", qualifier)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The quake killed 1,200 people.", 1200.0, "people_killed"),
    ("1,200 people were injured in the blast.", 1200.0, "people_injured"),
    ("Some 40 people are still missing.", 40.0, "people_missing"),
    ("The fighting has displaced 1.7 million people.", 1_700_000.0, "people_displaced"),
    ("Police arrested 57 protesters.", 57.0, "people_detained"),
    ("Gunmen abducted 30 students.", 30.0, "hostages"),
    ("Rescuers evacuated 5,000 residents.", 5000.0, "people_evacuated"),
    ("The death toll rose to 2,300.", 2300.0, "people_killed"),
    ("Thirty-two people died.", 32.0, "people_killed"),
    ("The fund holds $1.2bn.", 1.2e9, "money"),
    ("Inflation reached 5.2% in May.", 5.2, "percent"),
    ("The convoy stopped 30 km from the border.", 30.0, "distance_km"),
    ("Fires burned 100 square kilometres.", 100.0, "area_km2"),
    ("The strikes destroyed 4,000 homes.", 4000.0, "count"),
])
def test_english_units(text: str, value: float, unit: str) -> None:
    f = one(text)
    assert (f.value, f.unit) == (pytest.approx(value), unit)


def test_money_currency_and_range() -> None:
    assert one("Donors pledged €500 million.").currency == "EUR"
    r = one("Between 10 and 15 people were missing.")
    assert r.value == [10.0, 15.0] and r.span == "Between 10 and 15"


def test_place_and_source() -> None:
    f = one("At least 12 people were killed in Rafah, the Pentagon said.")
    assert f.place == "Rafah" and f.source == "the Pentagon"
    g = one("The Gaza death toll passes 32,000.")
    assert (g.place, g.qualifier, g.unit) == ("Gaza", "over", "people_killed")


def test_verb_cue_needs_the_number_as_object() -> None:
    assert [f.unit for f in figures("Israeli jets killed 12 people in 3 strikes.")] == [
        "people_killed", "count"]
    assert figures("Three strikes that killed civilians hit 2 hospitals.")[0].unit == "count"


def test_vote_tallies() -> None:
    f = one("The resolution was adopted by 13 votes to 0 with 2 abstentions.")
    assert f.tally is not None and (f.tally.in_favour, f.tally.against,
                                    f.tally.abstaining) == (13, 0, 2)
    g = one("The council voted 12-1-2 to pass the resolution.")
    assert g.tally is not None and g.tally.abstaining == 2


# --- other languages --------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "value", "qualifier", "unit"), [
    ("fr", "Plus de 32 000 Palestiniens ont été tués à Gaza.", 32000, "over", "people_killed"),
    ("fr", "Le séisme a fait une trentaine de morts.", 30, "about", "people_killed"),
    ("fr", "Environ 250 personnes ont été prises en otage.", 250, "about", "hostages"),
    ("fr", "Au moins 1 200 blessés ont été recensés.", 1200, "at_least", "people_injured"),
    ("fr", "Le budget atteint 1,2 milliard d'euros.", 1.2e9, "exact", "money"),
    ("fr", "Près de 3,5 % de la population a fui.", 3.5, "under", "percent"),
    ("es", "Más de 32.000 palestinos han muerto en Gaza.", 32000, "over", "people_killed"),
    ("es", "Al menos 1.200 personas murieron.", 1200, "at_least", "people_killed"),
    ("es", "Unas 250 personas fueron secuestradas.", 250, "about", "hostages"),
    ("es", "El terremoto dejó 1,5 millones de desplazados.", 1.5e6, "exact", "people_displaced"),
    ("es", "Treinta y dos personas resultaron heridas.", 32, "exact", "people_injured"),
    ("de", "Mehr als 32.000 Palästinenser wurden im Gazastreifen getötet.", 32000, "over",
     "people_killed"),
    ("de", "Mindestens zweiunddreißig Menschen kamen ums Leben.", 32, "at_least",
     "people_killed"),
    ("de", "Rund 1,2 Millionen Menschen wurden vertrieben.", 1.2e6, "about", "people_displaced"),
    ("de", "Bis zu 250 Geiseln werden festgehalten.", 250, "up_to", "hostages"),
    ("ar", "قتل أكثر من ٣٢٠٠٠ فلسطيني في غزة.", 32000, "over", "people_killed"),
    ("ar", "أسفر الزلزال عن مقتل ثلاثين شخصا.", 30, "exact", "people_killed"),
    ("ar", "أصيب حوالي ۲۰۰ شخص.", 200, "about", "people_injured"),
    ("ar", "تم إجلاء نحو 5 آلاف شخص.", 5000, "about", "people_evacuated"),
    ("ar", "لا يزال ما لا يقل عن 100 رهينة محتجزين.", 100, "at_least", "hostages"),
])
def test_other_languages(lang: str, text: str, value: float, qualifier: str, unit: str) -> None:
    f = one(text, lang)
    assert (f.value, f.qualifier, f.unit) == (pytest.approx(value), qualifier, unit)


def test_arabic_place_and_source() -> None:
    f = one("قالت وزارة الصحة إن أكثر من 32 ألف فلسطيني استشهدوا في غزة.", "ar")
    assert (f.value, f.place, f.source) == (32000.0, "غزة", "وزارة الصحة")


def test_french_source_and_place() -> None:
    f = one("Selon le ministère de la Santé, plus de 32 000 Palestiniens ont été tués à Gaza.",
            "fr")
    assert (f.place, f.source) == ("Gaza", "le ministère de la Santé")


def test_hostile_input_is_bounded() -> None:
    text = ("1," * 5000) + " killed " + ("a" * 20000) + " 9" * 3000
    figures(text)  # must return quickly, whatever it finds


def test_hostile_repetitions_stay_linear() -> None:
    import time

    for unit in ("1-2 vote ", "$1m ", "killed 3 people in 4 towns, ", "1 000 000 ", "٣٢ ألف "):
        text = unit * (20_000 // len(unit))
        started = time.process_time()
        figures(text, "ar" if "ألف" in unit else "en")
        assert time.process_time() - started < 1.0, unit  # about 0.1 s here


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ar", "und"])
def test_random_text_keeps_offsets(lang: str) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("0123456789 ,.-%$€:/'\n") + ["killed ", "over ", "plus de ",
                               "ألف ", "أكثر من ", "Menschen ", "morts ", "muertos ", "million ",
                               "in Gaza ", "vote ", "a third of ", "٣", "۲"])

    @settings(max_examples=40, deadline=None)
    @given(st.lists(alphabet, max_size=80).map("".join))
    def check(text: str) -> None:
        figures(text, lang)

    check()


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("fr", "Plus de 300 personnes ont été tuées.", "over"),
    ("fr", "Au moins 300 personnes ont été tuées.", "at_least"),
    ("fr", "Près de 300 personnes ont été tuées.", "under"),
    ("fr", "Environ 300 personnes ont été tuées.", "about"),
    ("fr", "Jusqu'à 300 personnes ont été tuées.", "up_to"),
    ("fr", "300 personnes ont été tuées.", "exact"),
    ("es", "Más de 300 personas murieron.", "over"),
    ("es", "Al menos 300 personas murieron.", "at_least"),
    ("es", "Casi 300 personas murieron.", "under"),
    ("es", "Alrededor de 300 personas murieron.", "about"),
    ("es", "Hasta 300 personas murieron.", "up_to"),
    ("de", "Mehr als 300 Menschen wurden getötet.", "over"),
    ("de", "Mindestens 300 Menschen wurden getötet.", "at_least"),
    ("de", "Fast 300 Menschen wurden getötet.", "under"),
    ("de", "Rund 300 Menschen wurden getötet.", "about"),
    ("de", "Bis zu 300 Menschen wurden getötet.", "up_to"),
    ("ar", "قتل أكثر من 300 شخص.", "over"),
    ("ar", "قتل ما لا يقل عن 300 شخص.", "at_least"),
    ("ar", "قتل أقل من 300 شخص.", "under"),
    ("ar", "قتل حوالي 300 شخص.", "about"),
    ("ar", "قتل 300 شخص على الأقل.", "at_least"),
])
def test_qualifiers_in_other_languages(lang: str, text: str, qualifier: str) -> None:
    f = one(text, lang)
    assert (f.value, f.unit, f.qualifier) == (300.0, "people_killed", qualifier)


def test_numerals_in_words_and_digit_systems() -> None:
    assert one("قتل ثلاثون شخصا.", "ar").value == 30
    assert one("قتل ۳۰۰ شخص.", "ar").value == 300  # Persian digits
    assert one("Quatre-vingt-dix personnes ont été tuées.", "fr").value == 90
    assert one("Dreihundertfünfzig Menschen wurden verletzt.", "de").value == 350
    assert one("Doscientas cincuenta personas resultaron heridas.", "es").value == 250
    assert one("Thirty-two thousand people were displaced.").value == 32000
    assert one("Mehr als 32 000 Menschen wurden getötet.", "de").value == 32000


@pytest.mark.parametrize("text,lang,unit", [
    ("Bei dem Unglück gab es 12 Verkehrstote.", "de", "people_killed"),
    ("Es gab 29 Hitzetote in Bihar.", "de", "people_killed"),
    ("Mindestens 40 Schwerverletzte wurden gezählt.", "de", "people_injured"),
    ("About 180 people were hospitalised after the crush.", "en", "people_injured"),
    ("About 180 people were being treated in hospitals.", "en", "people_injured"),
    ("Más de 50 personas fueron hospitalizadas.", "es", "people_injured"),
    ("أودت الكوليرا بحياة 115 شخصا على الأقل.", "ar", "people_killed"),
])
def test_compounds_hospital_and_claimed_lives(text: str, lang: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text, lang, [])] == [unit]


@pytest.mark.parametrize("text,lang", [
    ("Zwölf Bergleute gelten noch als vermisst.", "de"),
    ("Some 40 miners remain missing.", "en"),
    ("Unos 30 mineros siguen desaparecidos.", "es"),
])
def test_a_state_after_a_linking_verb_names_the_unit(text: str, lang: str) -> None:
    assert [f.unit for f in find_figures(text, lang, [])] == ["people_missing"]


def test_arabic_degrees_are_not_counts_and_duals_are_two() -> None:
    assert find_figures("وسجلت درجات الحرارة ٤٩ درجة مئوية في المدينة.", "ar", []) == []
    [money] = find_figures("أعلن الاتحاد الأوروبي تقديم أكثر من ملياري يورو.", "ar", [])
    assert (money.value, money.unit, money.qualifier) == (2e9, "money", "over")


def test_a_group_that_then_died_counts_as_killed() -> None:
    [f] = find_figures("À la prison, 14 détenus sont morts de la maladie.", "fr", [])
    assert f.unit == "people_killed"
    [g] = find_figures("Police arrested 40 protesters.", "en", [])
    assert g.unit == "people_detained"


# -- round 5: sub-counts, bodies, patients and cases, tallies with a connector, speeds ------

@pytest.mark.parametrize(("lang", "text", "total", "part", "unit"), [
    ("en", "The fire killed 31 people, including 9 firefighters.", 31, 9, "people_killed"),
    ("fr", "L'explosion a fait 14 morts, dont 5 ouvriers turcs.", 14, 5, "people_killed"),
    ("es", "El choque dejó 40 heridos, entre ellos 6 niños.", 40, 6, "people_injured"),
    ("de", "Bei dem Unglück starben 19 Menschen, darunter 4 Bergleute aus Polen.", 19, 4,
     "people_killed"),
    ("de", "312 Menschen wurden verletzt, mehr als 40 von ihnen schwer.", 312, 40,
     "people_injured"),
])
def test_subcounts_take_the_unit_of_their_total_and_point_at_it(
        lang: str, text: str, total: float, part: float, unit: str) -> None:
    first, second = figures(text, lang)
    assert (first.value, first.unit, first.part_of) == (total, unit, None)
    assert (second.value, second.unit, second.part_of) == (part, unit, first.start)


def test_a_subcount_in_a_place_of_its_own_is_that_place_s_figure() -> None:
    first, second = figures("Floods killed 25 people in Europe, including 11 in Romania.")
    assert second.unit == "people_killed" and second.part_of is None


def test_inserted_subcount_does_not_hide_the_verb() -> None:
    first, second = figures("Au moins 61 migrants, dont neuf enfants, sont morts en mer.", "fr")
    assert (first.value, first.unit) == (61, "people_killed")
    assert (second.value, second.unit, second.part_of) == (9, "people_killed", first.start)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Divers have recovered 14 bodies from the river.", 14),
    ("en", "At least 9 bodies washed ashore overnight.", 9),
    ("de", "Die Helfer bargen 12 Leichen aus den Trümmern.", 12),
])
def test_bodies_count_the_killed(lang: str, text: str, value: float) -> None:
    found = one(text, lang)
    assert (found.value, found.unit) == (value, "people_killed")


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Officials said 42 patients have been hospitalised since the outbreak began.", 42),
    ("es", "Más de 30 pacientes han sido hospitalizados por el brote.", 30),
    ("ar", "ارتفع عدد الإصابات بالكوليرا في المحافظة إلى 310 حالة.", 310),
])
def test_patients_and_cases_are_counts_not_injured(lang: str, text: str, value: float) -> None:
    found = one(text, lang)
    assert (found.value, found.unit) == (value, "count")


@pytest.mark.parametrize(("lang", "text", "yes", "no"), [
    ("de", "Der Stadtrat hat den Haushalt mit 41 zu 17 Stimmen beschlossen.", 41, 17),
    ("fr", "Le conseil a adopté le texte par 73 voix contre 28.", 73, 28),
    ("en", "The assembly voted 61 to 40 to approve the plan.", 61, 40),
])
def test_tallies_with_a_connector_word(lang: str, text: str, yes: int, no: int) -> None:
    found = one(text, lang)
    assert found.unit == "votes" and found.tally is not None
    assert (found.tally.in_favour, found.tally.against) == (yes, no)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The council debated a rise of 10 to 15 percent in fees."),
])
def test_a_range_in_a_vote_sentence_is_not_a_tally(lang: str, text: str) -> None:
    assert all(f.tally is None for f in figures(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The cyclone brought winds of up to 180 km/h."),
    ("en", "Gusts reached 95 mph on the coast."),
    ("fr", "Un séisme a été ressenti vers 4 h 20 dans la vallée."),
])
def test_speeds_and_clock_minutes_are_not_figures(lang: str, text: str) -> None:
    assert figures(text, lang) == []


def test_a_percentage_after_a_date_is_a_figure() -> None:
    found = one("Am 12. Mai stimmten 57,3 Prozent der Wähler dagegen.", "de")
    assert (found.value, found.unit) == (57.3, "percent")


@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    ("en", "One soldier was killed and two were wounded.", 1, "people_killed"),
    ("en", "The death toll from the collapse of the old market hall in the centre of the "
           "northern town of Kano has risen to 11, officials said.", 11, "people_killed"),
    ("de", "Die Zahl der Toten nach dem Sturm „Ciarán“ ist auf 16 gestiegen.", 16,
     "people_killed"),
    ("en", "About 2,400 people are still listed as missing.", 2400, "people_missing"),
    ("ar", "خطف مسلحون 40 طالبا من مدرسة في الولاية.", 40, "hostages"),
])
def test_round_five_units(lang: str, text: str, value: float, unit: str) -> None:
    found = figures(text, lang)
    assert (found[0].value, found[0].unit) == (value, unit)


def test_a_clause_of_its_own_after_and_does_not_inherit_the_unit() -> None:
    killed, rescued = figures("At least 4 people were killed and 12 people were rescued alive.")
    assert (killed.value, killed.unit) == (4, "people_killed")
    assert (rescued.value, rescued.unit) == (12, "count")


# -- round 6 ------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    ("en", "Fourteen hikers were found dead near the summit.", 14, "people_killed"),
    ("en", "At least 31 people, most of them pilgrims, were killed in the crush.", 31,
     "people_killed"),
    ("es", "Murieron 23 presos en el incendio de la cárcel.", 23, "people_killed"),
    ("es", "Asciende a 52 el número de reclusos fallecidos en el motín.", 52, "people_killed"),
    ("de", "Drei der Verletzten erlagen im Krankenhaus ihren Verletzungen.", 3,
     "people_killed"),
    ("de", "Mehr als 80 Menschen werden noch in Krankenhäusern behandelt.", 80,
     "people_injured"),
    ("fr", "Au moins 14 randonneurs sont toujours portés disparus.", 14, "people_missing"),
    ("ar", "قالت فرق الإنقاذ إن 17 متسلقا لقوا حتفهم جراء ثوران البركان.", 17,
     "people_killed"),
    ("ar", "وأعلنت الشرطة توقيف 6 أشخاص بعد انهيار الجسر.", 6, "people_detained"),
    ("ar", "وفي المنطقة أُجلي أكثر من 1500 شخص من المدينة.", 1500, "people_evacuated"),
    ("en", "The government offered compensation of 200,000 rupees to each family.", 200000,
     "money"),
])
def test_round_six_units(lang: str, text: str, value: float, unit: str) -> None:
    found = figures(text, lang)
    assert (found[0].value, found[0].unit) == (value, unit)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "The no-confidence motion passed with 289 lawmakers backing it.", 289),
    ("de", "Im Bundestag stimmten 312 Abgeordnete für den Antrag.", 312),
    ("ar", "صوت 301 نائبا لصالح مذكرة حجب الثقة.", 301),
])
def test_assembly_members_in_a_vote_sentence_are_votes(lang: str, text: str,
                                                        value: float) -> None:
    found = figures(text, lang)
    assert (found[0].value, found[0].unit) == (value, "votes")


def test_people_in_hospital_during_an_outbreak_are_counted_not_injured() -> None:
    text = ("The dengue outbreak has killed 310 people this year. More than 41,000 people "
            "have been hospitalised since January, the health ministry said.")
    found = {f.value: f.unit for f in figures(text)}
    assert found[310] == "people_killed" and found[41000] == "count"


def test_a_number_of_phrase_before_a_comma_names_the_running_total() -> None:
    text = ("Die Zahl der Menschen, die wegen der Flut ihre Heimat verlassen mussten, ist nach "
            "UN-Angaben auf rund 2,1 Millionen gestiegen.")
    found = figures(text, "de")
    assert (found[0].value, found[0].unit) == (2_100_000, "people_displaced")


# -- round 7 ------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    ("en", "41 survivors, including three children, were taken to hospital.", 41,
     "people_injured"),
    ("en", "About 8,000 residents, including 900 tourists, were ordered to leave the valley.",
     8000, "people_evacuated"),
    ("en", "The kidnappers still hold 9 members of the group in captivity.", 9, "hostages"),
    ("es", "La policía detuvo a cuatro empleados de la empresa.", 4, "people_detained"),
    ("de", "Das Feuer hat sich auf 12.000 Hektar ausgeweitet.", 120, "area_km2"),
    ("ar", "ونزح أكثر من 8 آلاف شخص من منازلهم.", 8000, "people_displaced"),
])
def test_round_seven_units(lang: str, text: str, value: float, unit: str) -> None:
    found = figures(text, lang)
    assert (found[0].value, found[0].unit) == (value, unit)


def test_a_bare_number_after_a_place_repeats_the_unit_before_it() -> None:
    killed, portugal = figures("In Spanien starben 13 Menschen an der Hitze, in Portugal zwei.",
                               "de")
    assert (portugal.value, portugal.unit, portugal.place) == (2, "people_killed", "Portugal")


def test_freed_hostages_are_no_longer_hostages() -> None:
    found = one("Gunmen freed the 42 pupils abducted last month, officials said.")
    assert found.unit == "count"


def test_an_arabic_clock_time_is_not_a_figure() -> None:
    assert figures("وأعلنت السلطات تقليص ساعات العمل إلى الساعة 12 ظهرا.", "ar") == []
