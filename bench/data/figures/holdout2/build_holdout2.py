"""Authoring script of the second hold-out set (written after the second round of fixes, scored
once blind; `python build_holdout2.py` here regenerates articles.jsonl and changes.jsonl)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from authoring import LabelledSet  # noqa: E402

LABELLED = LabelledSet()
art, chg = LABELLED.art, LABELLED.chg


K, I, M = "people_killed", "people_injured", "people_missing"

art("g1a", "g1", "wire-en", "2025-03-28T12:00:00Z", "en",
    "A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 144 people and "
    "injuring 732, the ruling junta said. In neighbouring Thailand, at least 10 people died when a "
    "building under construction collapsed in Bangkok.",
    [("at least 144", 144, K, "at_least"), ("732", 732, I, "exact"), ("at least 10", 10, K, "at_least")])
art("g1b", "g1", "journal-fr", "2025-03-29T09:00:00Z", "fr",
    "Le bilan du séisme en Birmanie s'élève désormais à 1 644 morts et 3 408 blessés, selon la "
    "junte au pouvoir.",
    [("1 644", 1644, K, "exact"), ("3 408", 3408, I, "exact")])
art("g1c", "g1", "news-ar", "2025-03-30T09:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا الزلزال في ميانمار إلى 2056 قتيلا وأكثر من 3900 جريح.",
    [("2056", 2056, K, "exact"), ("أكثر من 3900", 3900, I, "over")])
art("g1d", "g1", "diario-es", "2025-04-01T09:00:00Z", "es",
    "La junta militar de Myanmar elevó a 2.719 la cifra de muertos por el terremoto, mientras que "
    "441 personas siguen desaparecidas.",
    [("2.719", 2719, K, "exact"), ("441", 441, M, "exact")])
for p, c in (("g1a", "g1b"), ("g1b", "g1c"), ("g1c", "g1d")):
    chg("g1", p, c, K, "rise")
for p, c in (("g1a", "g1b"), ("g1b", "g1c")):
    chg("g1", p, c, I, "rise")

art("g2a", "g2", "zeitung-de", "2024-09-15T12:00:00Z", "de",
    "Das Hochwasser in Polen hat mindestens vier Menschenleben gefordert. In Rumänien kamen sechs "
    "Menschen ums Leben, in Tschechien werden sieben Menschen vermisst.",
    [("mindestens vier", 4, K, "at_least"), ("sechs", 6, K, "exact"), ("sieben", 7, M, "exact")])
art("g2b", "g2", "wire-en", "2024-09-16T12:00:00Z", "en",
    "Storm Boris has killed at least 16 people across Central Europe, including seven in Poland "
    "and six in Romania, officials said.",
    [("at least 16", 16, K, "at_least"), ("seven", 7, K, "exact"), ("six", 6, K, "exact")])
art("g2c", "g2", "journal-fr", "2024-09-18T12:00:00Z", "fr",
    "Les inondations ont fait au moins 24 morts en Europe centrale, dont neuf en Pologne et sept "
    "en Roumanie.",
    [("au moins 24", 24, K, "at_least"), ("neuf", 9, K, "exact"), ("sept", 7, K, "exact")])
chg("g2", "g2a", "g2b", K, "rise")  # Poland 4 -> 7
chg("g2", "g2b", "g2c", K, "rise")  # Poland 7 -> 9, Romania 6 -> 7, Central Europe 16 -> 24

art("g3a", "g3", "wire-en", "2024-05-01T10:00:00Z", "en",
    "At least 97 journalists and media workers have been killed in the Gaza war, the Committee to "
    "Protect Journalists said.",
    [("At least 97", 97, K, "at_least")])
art("g3b", "g3", "news-ar", "2024-05-08T10:00:00Z", "ar",
    "قالت لجنة حماية الصحفيين إن 100 صحفي على الأقل قتلوا منذ بدء الحرب على غزة.",
    [("100", 100, K, "at_least")])
chg("g3", "g3a", "g3b", K, "rise")

art("g4a", "g4", "diario-es", "2021-09-29T10:00:00Z", "es",
    "Al menos 116 presos murieron en el motín de la Penitenciaría del Litoral, en Guayaquil, "
    "informó el Gobierno. Otros 80 resultaron heridos.",
    [("Al menos 116", 116, K, "at_least"), ("Otros 80", 80, I, "exact")])
art("g4b", "g4", "wire-en", "2021-09-30T10:00:00Z", "en",
    "The death toll from the prison riot in Guayaquil, Ecuador, rose to 118, officials said.",
    [("118", 118, K, "exact")])
# g4a "at least 116" then g4b "118": no change (118 is at least 116), like "over 32,000" then
# "32,070"; the first blind run had this labelled as a rise, a labelling error against the rules.

art("g5a", "g5", "journal-fr", "2024-08-12T10:00:00Z", "fr",
    "Les Jeux de Paris ont coûté environ 8,8 milliards d'euros, selon le comité d'organisation. La "
    "billetterie a rapporté 1,4 milliard d'euros pour 9,5 millions de billets vendus.",
    [("environ 8,8 milliards d'euros", 8.8e9, "money", "about"),
     ("1,4 milliard d'euros", 1.4e9, "money", "exact"), ("9,5 millions", 9.5e6, "count", "exact")])
art("g5b", "g5", "zeitung-de", "2024-08-12T12:00:00Z", "de",
    "Die Olympischen Spiele in Paris kosteten rund 8,8 Milliarden Euro. Mehr als 10.500 "
    "Athletinnen und Athleten nahmen teil.",
    [("rund 8,8 Milliarden Euro", 8.8e9, "money", "about"), ("Mehr als 10.500", 10500, "count", "over")])
art("g5c", "g5", "wire-en", "2024-08-12T14:00:00Z", "en",
    "The United States topped the medal table with 126 medals, including 40 golds, while China "
    "won 91.",
    [("126", 126, "count", "exact"), ("40", 40, "count", "exact")])

art("g6a", "g6", "wire-en", "2023-06-14T12:00:00Z", "en",
    "At least 78 migrants drowned when their boat capsized off Greece, and 104 people were "
    "rescued, the coastguard said.",
    [("At least 78", 78, K, "at_least"), ("104", 104, "count", "exact")])
art("g6b", "g6", "journal-fr", "2023-06-15T12:00:00Z", "fr",
    "Le naufrage au large de la Grèce a fait au moins 79 morts, et des centaines de personnes "
    "seraient portées disparues.",
    [("au moins 79", 79, K, "at_least")])
art("g6c", "g6", "diario-es", "2023-06-16T12:00:00Z", "es",
    "Según la ONU, hasta 500 personas podrían estar desaparecidas tras el naufragio frente a "
    "Grecia.",
    [("hasta 500", 500, M, "up_to")])

art("g7a", "g7", "zeitung-de", "2022-06-03T18:00:00Z", "de",
    "Bei dem Zugunglück in Garmisch-Partenkirchen sind vier Menschen gestorben, mehr als 40 wurden "
    "verletzt.",
    [("vier", 4, K, "exact"), ("mehr als 40", 40, I, "over")])
art("g7b", "g7", "wire-en", "2022-06-04T10:00:00Z", "en",
    "The death toll from Friday's train derailment in Garmisch-Partenkirchen rose to five, police "
    "said, with 16 people seriously injured.",
    [("five", 5, K, "exact"), ("16", 16, I, "exact")])
chg("g7", "g7a", "g7b", K, "rise")

art("g8a", "g8", "news-ar", "2024-09-23T18:00:00Z", "ar",
    "أعلنت وزارة الصحة اللبنانية أن الغارات الإسرائيلية على جنوب لبنان أسفرت عن استشهاد 492 "
    "شخصا بينهم 35 طفلا وإصابة 1645 آخرين.",
    [("492", 492, K, "exact"), ("35", 35, K, "exact"), ("1645", 1645, I, "exact")])
art("g8b", "g8", "journal-fr", "2024-09-24T10:00:00Z", "fr",
    "Au Liban, le bilan des frappes israéliennes de lundi s'élève à 558 morts, dont 50 enfants, "
    "selon le ministère de la Santé.",
    [("558", 558, K, "exact"), ("50", 50, K, "exact")])
chg("g8", "g8a", "g8b", K, "rise")  # all, and children 35 -> 50

LABELLED.write(HERE)
