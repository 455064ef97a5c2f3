"""Word lists for figure extraction, per language (en, fr, es, de, ar). Immutable tables only.

Tokens are matched lower-cased; Arabic tokens are matched after ``numbers.strip_arabic`` and with
clitic prefixes removed (``numbers.arabic_forms``). Stems (``*_STEMS``) match a token's start.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

LANGUAGES = ("en", "fr", "es", "de", "ar")

# Unit cues: stems that say what a number counts. Order inside a language does not matter;
# the cue nearest to the number wins. ``death toll`` style nouns are listed as stems too.
_UNIT_STEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "people_killed": ("killed", "kill", "dead", "death", "died", "die", "dying", "fatalit",
                          "toll", "perished", "slain", "murdered", "massacred", "lives",
                          "drown", "succumbed"),
        "people_injured": ("injur", "wounded", "wounding", "hurt", "hospitalised",
                           "hospitalized", "treated in hospital", "treated in hospitals",
                           "being treated in hospital", "being treated in hospitals",
                           "taken to hospital", "taken to hospitals", "taken to a hospital"),
        "people_missing": ("missing", "unaccounted"),
        "people_displaced": ("displac", "refugee", "homeless", "fled", "flee", "lost their homes",
                             "forced from their homes", "left their homes", "from their homes",
                             "from their home"),
        "people_detained": ("arrest", "detain", "detention", "jailed", "imprisoned", "prisoner"),
        "hostages": ("hostage", "captive", "abduct", "kidnap", "captivity"),
        "people_evacuated": ("evacuat", "evacuee", "ordered to leave", "told to leave"),
    },
    "fr": {
        "people_killed": ("tué", "tue", "tués", "mort", "décès", "décéd", "péri", "victime",
                          "bilan", "meurtr", "noyé", "succombé"),
        "people_injured": ("bless", "hospitalisé"),
        "people_missing": ("disparu",),
        "people_displaced": ("déplacé", "réfugié", "sans-abri", "fui", "quitter leur domicile",
                             "quitter leurs domiciles", "quitter leurs maisons",
                             "quitter leur foyer", "quitter leurs foyers"),
        "people_detained": ("arrêté", "arrêtés", "arrestation", "interpell", "détenu",
                            "prisonnier", "incarcér"),
        "hostages": ("otage", "enlev", "kidnapp", "captivité"),
        "people_evacuated": ("évacu",),
    },
    "es": {
        "people_killed": ("muert", "murieron", "murió", "fallec", "asesin", "víctimas mortales",
                          "mataron", "balance", "ahogad", "ahogaron", "muere", "fallecid",
                          "sucumbi"),
        "people_injured": ("herid", "lesionad", "hospitalizad"),
        "people_missing": ("desaparecid",),
        "people_displaced": ("desplazad", "refugiad", "huido", "huyeron", "perdido sus hogares",
                             "abandonar sus hogares", "abandonar sus casas"),
        "people_detained": ("detenid", "arrestad", "detencion", "detención", "prisioner",
                            "encarcelad", "detuvo", "detuvieron", "arrestó", "arrestaron"),
        "hostages": ("rehén", "rehen", "secuestrad", "cautiverio"),
        "people_evacuated": ("evacuad", "evacuación"),
    },
    "de": {
        "people_killed": ("tote", "toten", "getötet", "getoetet", "ums leben", "starben",
                          "gestorben", "todesopfer", "tod", "ermordet", "umgekommen",
                          "menschenleben", "ertrunken", "ertranken", "erlagen", "erlag"),
        "people_injured": ("verletz", "verwundet", "im krankenhaus behandelt",
                           "in krankenhäusern behandelt", "in kliniken behandelt"),
        "people_missing": ("vermisst",),
        "people_displaced": ("vertrieben", "geflüchtet", "geflohen", "flüchtling", "obdachlos",
                             "flucht", "ihre häuser verlassen", "ihre wohnungen verlassen",
                             "ihre heimat verlassen"),
        "people_detained": ("festgenommen", "festnahme", "verhaftet", "inhaftiert", "gefangen"),
        "hostages": ("geisel", "entführt", "verschleppt"),
        "people_evacuated": ("evakuiert", "evakuierung", "in sicherheit gebracht"),
    },
    "ar": {
        "people_killed": ("قتيل", "قتلي", "قتلوا", "مقتل", "قتل", "شهيد", "شهدا", "استشهاد",
                          "استشهد", "وفاه", "وفاة", "وفيات", "لقوا حتفهم", "حصيله", "حصيلة",
                          "ضحايا", "ضحيه", "ضحية", "توفي", "حتفهم", "غرق",
                          "بحياه", "بحياة"),  # أودى بحياة: "claimed the lives of"
        "people_injured": ("جريح", "جرحي", "اصابه", "اصابة", "اصابات", "مصاب", "اصيب"),
        "people_missing": ("مفقود",),
        "people_displaced": ("نازح", "نزوح", "لاجي", "لاجئ", "مشرد", "تشريد", "نزحوا", "نزح",
                             "لجا", "لجوء"),
        "people_detained": ("معتقل", "اعتقال", "اعتقل", "اسير", "اسري", "موقوف", "احتجاز",
                            "توقيف", "اوقفت"),
        "hostages": ("رهينه", "رهينة", "رهائن", "محتجز", "مختطف", "خطف", "اختطف", "اختطاف"),
        "people_evacuated": ("اجلاء", "اخلاء", "اجلي", "اجلت", "اجلوا", "اخلت"),
    },
}
# Languages that write compounds ending in the counted noun ("Hitzetoten", "Verkehrstote",
# "Schwerverletzte"): per unit, a regex for that ending after a word of 3+ letters.
COMPOUND_HEADS: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "de": MappingProxyType({"people_killed": r"tot(?:e|en)",
                            "people_injured": r"verletzt(?:e|en)",
                            "people_missing": r"vermisst(?:e|en)"}),
})
UNIT_STEMS: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {lang: MappingProxyType(units) for lang, units in _UNIT_STEMS.items()})

# Words that are not cues although a cue stem matches them.
NOT_CUES = frozenset({
    "deadline", "deadlines", "deadlock", "deadly", "killer", "killers", "diet",
    "mortar", "mortars", "mortier", "mortiers", "mortel", "mortelle", "bilans",
    "balances", "toda", "todo", "today", "deaths-", "livestock", "morte-saison",
})

# Active transitive forms: after a number they make it the agent ("3 strikes killed 5").
TRANSITIVE_CUES = frozenset({"killed", "kill", "kills", "killing", "tué", "tue", "tuent", "tuant",
                             "mataron", "mató", "matan", "töteten", "tötete", "töten",
                             "injured", "wounded", "injuring", "wounding", "blessé", "hirieron",
                             "verletzten", "arrested", "detained", "displaced", "evacuated",
                             "abducted", "kidnapped", "قتلت", "قتل", "اصابت"})
# Running-total nouns: a cue worth finding across one comma ("the toll ..., Ecuador, rose to").
TOLL_WORDS = frozenset({"toll", "bilan", "balance", "cifra", "zahl", "حصيله", "حصيلة"})

# Qualifiers written before the number: token tuples, longest first when matched.
_QUALIFIERS_BEFORE: dict[str, dict[tuple[str, ...], str]] = {
    "en": {
        ("more", "than"): "over", ("over",): "over", ("above",): "over", ("exceeding",): "over",
        ("passes",): "over", ("passed",): "over", ("surpassed",): "over", ("surpasses",): "over",
        ("topped",): "over", ("tops",): "over", ("exceeded",): "over", ("exceeds",): "over",
        ("upwards", "of"): "over", ("in", "excess", "of"): "over",
        ("at", "least"): "at_least", ("no", "fewer", "than"): "at_least",
        ("no", "less", "than"): "at_least", ("a", "minimum", "of"): "at_least",
        ("nearly",): "under", ("almost",): "under", ("close", "to"): "under",
        ("just", "under"): "under", ("fewer", "than"): "under", ("less", "than"): "under",
        ("under",): "under", ("below",): "under", ("some",): "about", ("about",): "about",
        ("around",): "about", ("roughly",): "about", ("approximately",): "about",
        ("an", "estimated"): "about", ("estimated",): "about", ("approx",): "about",
        ("circa",): "about", ("up", "to"): "up_to", ("as", "many", "as"): "up_to",
        ("as", "much", "as"): "up_to",
    },
    "fr": {
        ("plus", "de"): "over", ("plus", "d"): "over", ("dépasse",): "over",
        ("dépassé",): "over", ("au", "moins"): "at_least", ("pas", "moins", "de"): "at_least",
        ("près", "de"): "under", ("presque",): "under", ("quasiment",): "under",
        ("moins", "de"): "under", ("environ",): "about", ("quelque",): "about",
        ("quelques",): "about", ("autour", "de"): "about", ("approximativement",): "about",
        ("jusqu", "à"): "up_to", ("jusqu", "a"): "up_to",
    },
    "es": {
        ("más", "de"): "over", ("mas", "de"): "over", ("supera",): "over",
        ("superó",): "over", ("supera", "los"): "over", ("supera", "las"): "over",
        ("al", "menos"): "at_least", ("por", "lo", "menos"): "at_least",
        ("casi",): "under", ("cerca", "de"): "under", ("menos", "de"): "under",
        ("alrededor", "de"): "about", ("unos",): "about", ("unas",): "about",
        ("aproximadamente",): "about", ("en", "torno", "a"): "about", ("hasta",): "up_to",
        ("más", "de", "los"): "over",
    },
    "de": {
        ("mehr", "als"): "over", ("über",): "over", ("gut",): "over", ("übersteigt",): "over",
        ("mindestens",): "at_least", ("wenigstens",): "at_least", ("fast",): "under",
        ("knapp",): "under", ("beinahe",): "under", ("nahezu",): "under",
        ("weniger", "als"): "under", ("unter",): "under", ("rund",): "about",
        ("etwa",): "about", ("ungefähr",): "about", ("circa",): "about", ("ca",): "about",
        ("schätzungsweise",): "about", ("annähernd",): "under", ("bis", "zu"): "up_to",
    },
    "ar": {
        ("اكثر", "من"): "over", ("ما", "يزيد", "عن"): "over", ("ما", "يزيد", "علي"): "over",
        ("يزيد", "عن"): "over", ("يفوق",): "over", ("تجاوز",): "over", ("تجاوزت",): "over",
        ("تخطي",): "over", ("تخطت",): "over", ("ما", "لا", "يقل", "عن"): "at_least",
        ("لا", "يقل", "عن"): "at_least", ("حوالي",): "about", ("نحو",): "about",
        ("زهاء",): "about", ("قرابه",): "about", ("قرابة",): "about",
        ("ما", "يقارب",): "about", ("ما", "يناهز"): "about", ("يناهز",): "about",
        ("قرابه",): "about", ("تقريبا",): "about", ("اقل", "من"): "under",
        ("ما", "يصل", "الي"): "up_to", ("يصل", "الي"): "up_to",
        ("ما", "يصل", "إلى"): "up_to", ("حتي",): "up_to",
    },
}
QUALIFIERS_BEFORE: Mapping[str, Mapping[tuple[str, ...], str]] = MappingProxyType(
    {lang: MappingProxyType(q) for lang, q in _QUALIFIERS_BEFORE.items()})
QUALIFIER_MAX_TOKENS = 4

# Qualifiers written after the number ("32,000 or more", "30 على الأقل", "100 environ").
QUALIFIERS_AFTER: Mapping[tuple[str, ...], str] = MappingProxyType({
    ("or", "more"): "at_least", ("plus",): "over", ("at", "least"): "at_least",
    ("au", "moins"): "at_least", ("environ",): "about", ("al", "menos"): "at_least",
    ("على", "الاقل"): "at_least", ("علي", "الاقل"): "at_least", ("تقريبا",): "about",
    ("o", "más"): "at_least", ("ou", "plus"): "at_least", ("oder", "mehr"): "at_least",
})

# Nouns for people: a number followed by one of these counts people.
PERSON_NOUNS = frozenset({
    # en
    "people", "persons", "person", "civilians", "civilian", "children", "child", "women",
    "men", "residents", "soldiers", "troops", "fighters", "militants", "journalists",
    "workers", "staff", "employees", "migrants", "refugees", "others", "individuals",
    "patients", "students", "babies", "infants", "minors", "members", "passengers",
    "officers", "police", "policemen", "villagers", "protesters", "demonstrators",
    "citizens", "nationals", "inmates", "prisoners", "detainees", "hostages", "victims",
    "bodies", "dead", "wounded", "injured", "casualties", "deaths", "fatalities", "adults",
    "girls", "boys", "teenagers", "family", "families", "doctors", "nurses", "medics",
    "paramedics", "rescuers", "firefighters", "tourists", "pilgrims", "miners", "crew",
    "pupils", "schoolchildren", "schoolgirls", "schoolboys", "labourers", "laborers",
    "climbers", "hikers", "survivors", "inmates", "convicts", "worshippers", "pilgrims", "fishermen",
    "sailors", "divers", "guests", "spectators", "fans", "voters",
    # fr
    "personnes", "civils", "enfants", "femmes", "hommes", "habitants", "soldats",
    "militaires", "combattants", "journalistes", "autres", "morts", "blessés", "otages",
    "victimes", "corps", "détenus", "prisonniers", "migrants", "réfugiés", "déplacés",
    "policiers", "manifestants", "gazaouis", "élèves", "écoliers", "étudiants", "ouvriers",
    "travailleurs", "patients", "mineurs", "passagers", "dépouilles", "randonneurs",
    "alpinistes", "survivants", "employés", "détenues", "fidèles", "pèlerins", "pêcheurs", "supporters",
    # es
    "personas", "civiles", "niños", "niñas", "mujeres", "hombres", "habitantes", "soldados",
    "combatientes", "periodistas", "otros", "otras", "muertos", "heridos", "rehenes",
    "víctimas", "cuerpos", "detenidos", "prisioneros", "migrantes", "refugiados",
    "desplazados", "menores", "policías", "manifestantes", "palestinos", "israelíes",
    "alumnos", "estudiantes", "trabajadores", "obreros", "pacientes", "mineros", "pasajeros",
    "cadáveres", "restos", "supervivientes", "empleados", "reclusas", "reclusos", "presos", "presas", "internos", "internas",
    "montañistas", "alpinistas", "excursionistas", "fieles", "peregrinos", "pescadores",
    # de
    "menschen", "personen", "zivilisten", "kinder", "frauen", "männer", "einwohner",
    "bewohner", "soldaten", "kämpfer", "journalisten", "weitere", "tote", "toten",
    "verletzte", "verletzten", "geiseln", "opfer", "leichen", "häftlinge", "gefangene",
    "migranten", "flüchtlinge", "palästinenser", "israelis", "ukrainer", "russen",
    "schüler", "schülerinnen", "arbeiter", "beschäftigte", "patienten", "bergleute",
    "studenten", "passagiere", "leichname", "bergsteiger", "wanderer", "insassen",
    "pilger", "gläubige", "fischer", "überlebende", "angestellte", "mitarbeiter",
    # ar (after strip_arabic and prefix removal)
    "شخص", "شخصا", "اشخاص", "مدني", "مدنيا", "مدنيين", "طفل", "طفلا", "اطفال", "امراه",
    "امراة", "نساء", "رجل", "رجال", "جندي", "جنديا", "جنود", "مقاتل", "مقاتلا", "مقاتلين",
    "صحفي", "صحفيا", "صحفيين", "اخرين", "اخري", "اخرون", "فلسطيني", "فلسطينيا",
    "فلسطينيين", "اسرائيلي", "اسرائيليا", "اسرائيليين", "مواطن", "مواطنا", "مواطنين",
    "جثه", "جثة", "جثث", "رفات", "شهيدا", "قتيلا", "جريحا", "مصابا", "ساكن", "سكان",
    "عامل", "عاملا", "عمال", "طالب", "طالبا", "طلاب", "تلميذ", "تلميذا", "تلاميذ", "مريض",
    "مرضي",
})

# A singular person noun after "one" ("One worker was killed", "una persona murió"): the
# numeral is a figure when a casualty cue follows.
PERSON_NOUNS_SINGULAR = frozenset({
    "person", "man", "woman", "child", "boy", "girl", "worker", "soldier", "civilian",
    "officer", "policeman", "journalist", "resident", "passenger", "student", "pupil",
    "firefighter", "miner", "migrant", "tourist", "personne", "femme", "enfant", "homme",
    "ouvrier", "soldat", "policier", "persona", "mujer", "niño", "niña", "hombre", "soldado",
    "trabajador", "policía", "mensch", "person", "frau", "kind", "mann", "soldat", "arbeiter",
    "polizist",
})

# Nouns for the dead ("20 bodies were recovered", "27 bodies washed up"): without another
# cue, a number of them counts the killed.
BODY_NOUNS = frozenset({"bodies", "corpses", "corps", "dépouilles", "cadavres", "cuerpos",
                        "cadáveres", "leichen", "leichname", "جثث", "جثه", "جثة", "رفات"})

# Patients: "18 patients have been hospitalised" (an outbreak) counts patients, not injured.
PATIENT_NOUNS = frozenset({"patients", "patient", "pacientes", "paciente", "patienten",
                           "مرضي", "مريض"})
# Words of a hospital stay, which alone do not make patients injured.
HOSPITAL_STEMS = ("hospital", "treated", "hospitalis", "hospitaliz", "krankenhaus")

# Cases of a disease: "198 حالة", "124 casos" count cases even after "الإصابات" (infections).
CASE_NOUNS = frozenset({"case", "cases", "cas", "caso", "casos", "fälle", "fällen", "حالة",
                        "حالات", "حاله"})

# A sub-count of the figure before it: before the number ("including 12 children", "dont 17",
# "darunter 18", "بينهم 5") or after it ("100 of them", "zwei von ihnen").
SUBCOUNT_BEFORE: frozenset[tuple[str, ...]] = frozenset({
    ("including",), ("includes",), ("incl",), ("among", "them"), ("among", "whom"),
    ("of", "whom"), ("dont",), ("parmi", "eux"), ("parmi", "elles"), ("parmi", "lesquels"),
    ("entre", "ellos"), ("entre", "ellas"), ("incluidos",), ("incluidas",), ("incluyendo",),
    ("de", "ellos"), ("de", "los", "cuales"), ("darunter",), ("unter", "ihnen"), ("davon",),
    ("بينهم",), ("من", "بينهم"), ("منهم",),
})
SUBCOUNT_AFTER: frozenset[tuple[str, ...]] = frozenset({
    ("of", "them"), ("von", "ihnen"), ("d", "entre"), ("de", "ellos"), ("de", "ellas"),
    ("منهم",),
})
# Auxiliaries: after "nine people" they start a clause of its own ("nine people were pulled
# out alive"), so the number does not take the unit of the figure before the conjunction.
AUXILIARIES = frozenset({"were", "was", "are", "is", "have", "has", "had", "ont", "sont",
                         "étaient", "han", "fueron", "son", "eran", "wurden", "sind", "haben",
                         "waren", "konnten", "could", "can"})
# Members of an assembly: "331 deputies backed the motion" counts votes in a vote sentence.
LEGISLATOR_NOUNS = frozenset({"deputies", "lawmakers", "legislators", "mps", "senators",
                              "députés", "sénateurs", "parlementaires", "diputados",
                              "legisladores", "senadores", "abgeordnete", "parlamentarier",
                              "نائبا", "نواب", "عضوا"})
# Outbreak words: in their sentence, people in hospital are patients, not injured.
OUTBREAK_WORDS = ("outbreak", "dengue", "cholera", "measles", "epidemic", "virus", "fever",
                  "épidémie", "choléra", "rougeole", "brote", "epidemia", "sarampión",
                  "cólera", "ausbruch", "epidemie", "masern", "cholera", "fieber", "وباء",
                  "تفشي", "الحصبة", "الكوليرا", "حمى الضنك")
# Words for a release: "freed 137 pupils held since ..." counts people who are no longer hostages.
FREED_WORDS = frozenset({"freed", "released", "rescued", "libérés", "libérées", "libéré",
                         "liberados", "liberadas", "liberó", "liberaron", "freigelassen",
                         "befreit", "الافراج", "افرج", "اطلق", "تحرير"})
# Heads of "the number of dead" phrases, which name a running total like "toll".
TOLL_HEADS = frozenset({"number", "nombre", "número", "numero", "zahl", "عدد"})

# Singular casualty nouns after "one"/"un"/"ein": "un mort", "one dead", "ein Toter".
PERSON_NOUNS_ONE = frozenset({"dead", "mort", "blessé", "muerto", "herido", "toter", "toten",
                              "verletzter", "disparu", "desaparecido", "otage", "rehén",
                              "قتيل", "جريح"})

# Capitalised nouns ending like this are demonyms ("Palestinians", "Israelis", "Sudanese").
DEMONYM_SUFFIXES = ("ians", "ans", "is", "ese", "iens", "iennes", "ais", "ois", "inos", "anos",
                    "eños", "íes")

# "others" refers back to the unit of the previous figure in the sentence.
OTHERS = frozenset({"others", "autres", "otros", "otras", "weitere", "اخرين", "اخرون", "اخري"})

# Subject classes for people units: a word in the subject or next to it picks the class.
SUBJECT_CLASSES: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(("children", "child", "kids", "minors", "babies", "infants", "enfants",
                     "niños", "niñas", "menores", "kinder", "اطفال", "طفل", "طفلا"), "children"),
    **dict.fromkeys(("women", "femmes", "mujeres", "frauen", "نساء", "امراه", "امراة"),
                    "women"),
    **dict.fromkeys(("soldiers", "troops", "fighters", "militants", "servicemen", "soldats",
                     "militaires", "combattants", "soldados", "militares", "combatientes",
                     "soldaten", "kämpfer", "جندي", "جنديا", "جنود", "مقاتل", "مقاتلا",
                     "مقاتلين", "عسكري", "عسكريين"), "combatants"),
    **dict.fromkeys(("journalists", "reporters", "journalistes", "periodistas",
                     "journalisten", "صحفي", "صحفيا", "صحفيين"), "journalists"),
    **dict.fromkeys(("remains", "bodies", "corps", "dépouilles", "cuerpos", "restos",
                     "leichen", "leichname", "جثث", "جثه", "جثة", "رفات"), "bodies"),
})

# Counted things in several languages: one class, so "100 trucks" and "157 شاحنة" share a key.
COUNT_CLASSES: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(("truck", "trucks", "lorries", "camion", "camions", "camión", "camiones",
                     "lastwagen", "lkw", "شاحنة", "شاحنه", "شاحنات"), "trucks"),
    **dict.fromkeys(("home", "homes", "house", "houses", "maison", "maisons", "logement",
                     "logements", "vivienda", "viviendas", "casa", "casas", "haus", "häuser",
                     "wohnungen", "منزل", "منازل", "منزلا", "بيت", "بيوت"), "homes"),
    **dict.fromkeys(("building", "buildings", "bâtiment", "bâtiments", "immeuble", "immeubles",
                     "edificio", "edificios", "gebäude", "مبنى", "مباني", "مبان"), "buildings"),
    **dict.fromkeys(("household", "households", "foyer", "foyers", "hogar", "hogares",
                     "haushalt", "haushalte", "اسرة", "اسر"), "households"),
    **dict.fromkeys(("school", "schools", "école", "écoles", "escuela", "escuelas", "schule",
                     "schulen", "مدرسة", "مدارس"), "schools"),
    **dict.fromkeys(("hospital", "hospitals", "hôpital", "hôpitaux", "hospitales",
                     "krankenhaus", "krankenhäuser", "kliniken", "مستشفى", "مستشفيات"),
                    "hospitals"),
    **dict.fromkeys(("case", "cases", "cas", "caso", "casos", "fall", "fälle", "حالة", "حالات"),
                    "cases"),
    **dict.fromkeys(("tent", "tents", "tente", "tentes", "tienda", "tiendas", "zelt", "zelte",
                     "خيمة", "خيام"), "tents"),
    **dict.fromkeys(("shelter", "shelters", "abri", "abris", "refugio", "refugios",
                     "unterkunft", "unterkünfte", "notunterkünfte", "مأوى", "ماوى", "ملجا",
                     "ملاجئ"), "shelters"),
    **dict.fromkeys(("village", "villages", "aldea", "aldeas", "pueblo", "pueblos", "dorf",
                     "dörfer", "قرية", "قري", "قرى"), "villages"),
    **dict.fromkeys(("flight", "flights", "vol", "vols", "vuelo", "vuelos", "flug", "flüge",
                     "رحلة", "رحلات"), "flights"),
    **dict.fromkeys(("vehicle", "vehicles", "car", "cars", "véhicule", "véhicules", "voiture",
                     "voitures", "vehículo", "vehículos", "coche", "coches", "fahrzeug",
                     "fahrzeuge", "autos", "سيارة", "سيارات", "مركبة", "مركبات"), "vehicles"),
    **dict.fromkeys(("boat", "boats", "bateau", "bateaux", "embarcation", "embarcations",
                     "barco", "barcos", "embarcación", "embarcaciones", "boot", "boote",
                     "قارب", "قوارب"), "boats"),
})

# Months and weekdays: a number next to one is a date.
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
    "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
    "octubre", "noviembre", "diciembre", "januar", "jänner", "februar", "märz", "juni",
    "juli", "oktober", "dezember", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو",
    "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار",
    "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
})

# Nouns of time: a number before one is a duration or an age, not a figure.
TIME_UNITS = frozenset({
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "minute", "minutes", "min", "mins", "second", "seconds", "decade", "decades",
    "century", "centuries", "am", "pm", "a.m", "p.m", "gmt", "utc", "h", "hrs", "o'clock",
    "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure",
    "heures", "siècle", "siècles", "año", "años", "mes", "meses", "semana", "semanas",
    "día", "días", "hora", "horas", "siglo", "siglos", "jahr", "jahre", "jahren", "monat",
    "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen", "stunde", "stunden",
    "minuten", "uhr", "jahrhundert", "عام", "عاما", "اعوام", "سنه", "سنة", "سنوات", "شهر",
    "شهرا", "اشهر", "اسبوع", "اسابيع", "يوم", "يوما", "ايام", "ساعه", "ساعة", "ساعات",
    "دقيقه", "دقيقة", "دقائق", "ظهرا", "صباحا", "مساء", "مساءا", "ليلا",
})

# Words before a number that make it a label, not a figure ("Resolution 2728", "page 3").
LABEL_WORDS = frozenset({
    "page", "pages", "section", "article", "chapter", "resolution", "no", "number", "vol",
    "volume", "flight", "route", "highway", "road", "room", "tel", "phone", "fax", "p", "pp",
    "art", "paragraph", "rule", "item", "episode", "season", "part", "phase", "level",
    "category", "grade", "platform", "gate", "terminal", "line", "bus", "channel", "version",
    "paragraphe", "chapitre", "résolution", "numéro", "vol", "artículo", "resolución",
    "número", "capítulo", "página", "seite", "kapitel", "abschnitt", "artikel", "nummer",
    "nr", "absatz", "قرار", "القرار", "رقم", "الماده", "المادة", "الفقره", "الفقرة",
    "ص", "صفحه", "صفحة", "المرحله", "number", "top", "world", "windows", "iphone",
    "covid", "mig", "boeing", "airbus", "interstate", "hole", "lap", "round",
    "game", "match", "stage", "leg", "week", "day", "year", "aged", "age", "âgé", "âgée",
    "edad", "alter", "عمر", "العمر", "since", "depuis", "desde", "seit", "منذ", "الساعة",
    "الساعه", "ساعة",
})

# Prepositions right before a number (after its qualifier) that make a verb cue not apply
# ("killed in 3 strikes").
BLOCKING_PREPOSITIONS = frozenset({
    "in", "on", "during", "after", "before", "within", "from", "across", "with", "by",
    "dans", "pendant", "après", "avant", "lors", "durante", "después", "antes", "tras",
    "con", "bei", "nach", "seit", "vor", "während", "mit", "bei", "في", "خلال", "بعد", "قبل",
    "منذ", "عبر", "en",
})

# Function words allowed between a number and a verb cue after it ("30 people were killed").
FUNCTION_WORDS = frozenset({
    "were", "was", "have", "has", "had", "been", "are", "is", "being", "reportedly",
    "also", "still", "now", "already", "who", "were", "got", "be", "believed", "confirmed",
    "feared", "more", "other", "additional", "further", "civilian", "innocent", "people",
    "ont", "été", "sont", "a", "ayant", "étaient", "furent", "fueron", "han", "sido", "son",
    "habían", "resultaron", "quedaron", "wurden", "sind", "waren", "worden", "seien",
    "kamen", "haben", "es", "la", "le", "les", "de", "des", "du", "d", "los", "las", "del",
    "der", "die", "das", "den", "dem", "weitere", "mehr", "plus", "más", "y", "et", "and",
    "el", "lo", "the", "des", "aux", "au",
    "منهم", "قد", "تم", "من", "و", "على", "علي", "الاقل", "حالات", "número", "cifra",
    "number", "nombre", "zahl", "total", "toll", "now", "ya", "déjà", "bereits", "still",
    "toujours", "todavía", "aún", "noch", "remain", "remains", "remained", "siguen", "sigue",
    "permanecen", "continúan", "restent", "reste", "demeurent", "bleiben", "gelten", "galten",
    "stay", "are", "is",
})
# Further words allowed between a counted noun and the state it is in, after FUNCTION_WORDS:
# "12 Bergleute gelten noch als vermisst", "40 listed as missing", "100 عامل في عداد المفقودين".
STATE_LINKS = frozenset({
    "reported", "listed", "as", "portés", "porté", "seguían", "seguirían", "gilt", "als",
    "weiterhin", "werden", "في", "عداد", "found", "retrouvés", "retrouvées", "encontrados",
    "encontradas", "hallados", "aufgefunden", "toujours",
})

# Counted nouns that never make a "count" figure on their own.
NOT_COUNTED = frozenset({
    "times", "fois", "veces", "mal", "of", "to", "and", "or", "the", "a", "in", "on", "per",
    "de", "et", "à", "y", "a", "o", "und", "oder", "bis", "zu", "von", "الى", "إلى", "و",
    "من", "في", "bis", "points", "point", "goals", "goal", "runs", "wickets", "seats",
    "pm", "am", "ème", "er", "e", "th", "st", "nd", "rd", "abstentions", "abstention",
    "degrees", "degree", "degrés", "grados", "grad", "celsius", "fahrenheit", "درجه", "درجة",
    "درجات", "others", "autres", "otros", "otras", "weitere", "abstenciones", "enthaltungen",
})

ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "er", "e", "ème", "eme", "re", "º", "ª",
                              "o", "a", "te", "ten", "ter", "tes"})

PERCENT_WORDS = frozenset({"percent", "per", "pct", "pourcent", "pour", "por", "prozent",
                           "بالمئه", "بالمئة", "بالمائه", "بالمائة", "المئه", "المئة",
                           "المائة", "المائه", "في"})
# "per cent", "pour cent", "por ciento", "في المئة": the word after the first one
PERCENT_SECOND = frozenset({"cent", "ciento", "المئه", "المئة", "المائه", "المائة"})

CURRENCY_SYMBOLS: Mapping[str, str] = MappingProxyType({
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₪": "ILS", "₹": "INR",
    "₽": "RUB", "₴": "UAH",
})
CURRENCY_WORDS: Mapping[str, str] = MappingProxyType({
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "ils": "ILS", "chf": "CHF", "jpy": "JPY",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "shekels": "ILS", "dólares": "USD", "dolares": "USD", "dólar": "USD", "libras": "GBP",
    "francs": "CHF", "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH",
    "dirhams": "MAD", "riyals": "SAR", "pesos": "MXN", "دولار": "USD", "دولارا": "USD",
    "دولارات": "USD", "يورو": "EUR", "جنيه": "EGP", "ريال": "SAR", "درهم": "MAD",
    "شيكل": "ILS", "rupees": "INR", "rupee": "INR", "roupies": "INR", "rupias": "INR",
    "rupien": "INR", "روبية": "INR", "yuan": "CNY", "renminbi": "CNY", "naira": "NGN",
    "shillings": "KES", "rand": "ZAR", "taka": "BDT", "lira": "TRY", "liras": "TRY",
    "hryvnia": "UAH",
})

DISTANCE_UNITS: Mapping[str, float] = MappingProxyType({
    "km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
    "kilomètres": 1.0, "kilómetros": 1.0, "kilometern": 1.0, "miles": 1.609344,
    "mile": 1.609344, "كيلومتر": 1.0, "كيلومترا": 1.0, "كلم": 1.0, "كم": 1.0,
})
AREA_UNITS: Mapping[str, float] = MappingProxyType({
    "km2": 1.0, "km²": 1.0, "sq": 1.0, "square": 1.0, "hectares": 0.01, "hectare": 0.01,
    "ha": 0.01, "acres": 0.00404686, "hektar": 0.01, "hectáreas": 0.01, "هكتار": 0.01,
})

VOTE_CONTEXT = ("vote", "voted", "passed", "adopted", "approved", "rejected", "resolution",
                "motion", "confidence", "censure", "stimmten", "votaron", "حجب الثقة",
                "ballot", "council", "abstain", "abstention", "adopté", "voté", "résolution",
                "aprob", "votación", "votos", "resolución", "angenommen", "abgestimmt",
                "stimmen", "resolution", "صوت", "قرار", "تبني", "اعتمد", "باغلبيه", "باغلبية")

FRACTIONS: Mapping[str, float] = MappingProxyType({
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "moitié": 0.5, "tiers": 1 / 3, "quart": 0.25,
    "cinquième": 0.2, "mitad": 0.5, "tercio": 1 / 3, "tercios": 1 / 3, "cuarto": 0.25,
    "quinto": 0.2, "hälfte": 0.5, "drittel": 1 / 3, "viertel": 0.25, "fünftel": 0.2,
    "نصف": 0.5, "ثلث": 1 / 3, "ثلثي": 2 / 3, "ربع": 0.25, "خمس": 0.2,
})
FRACTION_NUMERATORS: Mapping[str, float] = MappingProxyType({
    "a": 1, "one": 1, "two": 2, "three": 3, "un": 1, "une": 1, "deux": 2, "trois": 3,
    "una": 1, "dos": 2, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "die": 1, "la": 1,
})
OF_WORDS = frozenset({"of", "de", "du", "des", "d", "del", "der", "des", "aller", "von"})
