"""Authoring script of the labelled set: `python build_set.py` here regenerates articles.jsonl and
changes.jsonl (project-written; see README.md)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from authoring import LabelledSet  # noqa: E402

LABELLED = LabelledSet()
art, chg = LABELLED.art, LABELLED.chg


K, I, M, D, DET, H, E = ("people_killed", "people_injured", "people_missing", "people_displaced",
                         "people_detained", "hostages", "people_evacuated")

# S1 Turkey earthquake, February 2023 --------------------------------------------------------
art("s1a", "s1", "wire-en", "2023-02-06T08:00:00Z", "en",
    "Powerful earthquake strikes Turkey and Syria\n\n"
    "A magnitude 7.8 earthquake struck southern Turkey before dawn on Monday, February 6. "
    "More than 1,500 people were killed in Turkey, according to the disaster agency AFAD, and at "
    "least 2,400 were injured. In Syria, at least 810 people died, the health ministry said. "
    "Rescuers were searching the rubble of 2,800 collapsed buildings. For information call "
    "+90 312 555 0100.",
    [("More than 1,500", 1500, K, "over"), ("least 2,400", 2400, I, "at_least"),
     ("at least 810", 810, K, "at_least"), ("2,800", 2800, "count", "exact")])
art("s1b", "s1", "journal-fr", "2023-02-06T18:00:00Z", "fr",
    "Séisme : le bilan s'alourdit\n\n"
    "Le bilan du séisme en Turquie dépasse 3 400 morts, selon l'AFAD. En Syrie, au moins 1 444 "
    "personnes ont péri. Plus de 20 000 blessés ont été recensés en Turquie. Le séisme de "
    "magnitude 7,8 a frappé à 4 h 17 heure locale.",
    [("dépasse 3 400", 3400, K, "over"), ("au moins 1 444", 1444, K, "at_least"),
     ("Plus de 20 000", 20000, I, "over")])
art("s1c", "s1", "news-ar", "2023-02-07T12:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا الزلزال في تركيا إلى 5894 قتيلا، بحسب إدارة الكوارث. "
    "وأصيب أكثر من 34 ألف شخص. وفي سوريا، بلغ عدد القتلى 1932 شخصا.",
    [("5894", 5894, K, "exact"), ("أكثر من 34 ألف", 34000, I, "over"), ("1932", 1932, K, "exact")])
art("s1d", "s1", "zeitung-de", "2023-02-08T09:00:00Z", "de",
    "Die Zahl der Toten in der Türkei ist auf mehr als 12.000 gestiegen. In Syrien kamen nach "
    "Angaben der Regierung mindestens 2.900 Menschen ums Leben. Am 6. Februar um 4.17 Uhr hatte "
    "die Erde gebebt.",
    [("mehr als 12.000", 12000, K, "over"), ("mindestens 2.900", 2900, K, "at_least")])
art("s1e", "s1", "diario-es", "2023-02-10T10:00:00Z", "es",
    "El número de muertos por el terremoto en Turquía supera los 18.000, informó el Gobierno. "
    "En Siria se contabilizan al menos 3.300 fallecidos. Unas 80.000 personas resultaron heridas "
    "en Turquía.",
    [("supera los 18.000", 18000, K, "over"), ("al menos 3.300", 3300, K, "at_least"),
     ("Unas 80.000", 80000, I, "about")])
for p, c in (("s1a", "s1b"), ("s1b", "s1c"), ("s1c", "s1d"), ("s1d", "s1e")):
    chg("s1", p, c, K, "rise")  # Turkey
for p, c in (("s1a", "s1b"), ("s1b", "s1c"), ("s1c", "s1d"), ("s1d", "s1e")):
    chg("s1", p, c, K, "rise")  # Syria (same unit, other key)
for p, c in (("s1a", "s1b"), ("s1b", "s1c"), ("s1c", "s1e")):
    chg("s1", p, c, I, "rise")

# S2 Morocco earthquake, September 2023 ------------------------------------------------------
art("s2a", "s2", "journal-fr", "2023-09-09T06:00:00Z", "fr",
    "Un séisme de magnitude 6,8 a fait au moins 296 morts au Maroc dans la nuit de vendredi à "
    "samedi, selon le ministère de l'Intérieur. 153 blessés ont été hospitalisés. L'épicentre se "
    "situait à 72 km au sud-ouest de Marrakech.",
    [("au moins 296", 296, K, "at_least"), ("153", 153, I, "exact"),
     ("72 km", 72, "distance_km", "exact")])
art("s2b", "s2", "wire-en", "2023-09-09T14:00:00Z", "en",
    "Morocco earthquake death toll rises to 820\n\n"
    "The death toll from the earthquake in Morocco rose to 820 on Saturday, the interior ministry "
    "said, with 672 people injured. The quake hit at 11:11 p.m. local time at a depth of 18.5 km.",
    [("rises to 820", 820, K, "exact"), ("rose to 820", 820, K, "exact"),
     ("672", 672, I, "exact"), ("18.5 km", 18.5, "distance_km", "exact")])
art("s2c", "s2", "news-ar", "2023-09-10T09:00:00Z", "ar",
    "ارتفع عدد ضحايا الزلزال في المغرب إلى 2012 قتيلا و2059 جريحا، وفق وزارة الداخلية.",
    [("2012", 2012, K, "exact"), ("2059", 2059, I, "exact")])
art("s2d", "s2", "diario-es", "2023-09-11T12:00:00Z", "es",
    "El balance de víctimas mortales del terremoto de Marruecos asciende a 2.862, según el "
    "Ministerio del Interior. Hay además 2.562 heridos. El terremoto, de magnitud 6,8, se produjo "
    "el viernes 8 de septiembre.",
    [("2.862", 2862, K, "exact"), ("2.562", 2562, I, "exact")])
for p, c in (("s2a", "s2b"), ("s2b", "s2c"), ("s2c", "s2d")):
    chg("s2", p, c, K, "rise")
    chg("s2", p, c, I, "rise")

# S3 Derna floods, September 2023 ------------------------------------------------------------
art("s3a", "s3", "wire-en", "2023-09-12T10:00:00Z", "en",
    "More than 2,000 people are feared dead in Derna after two dams burst, officials said. Some "
    "10,000 people are missing in the city, the Red Cross said on Tuesday.",
    [("More than 2,000", 2000, K, "over"), ("Some 10,000", 10000, M, "about")])
art("s3b", "s3", "news-ar", "2023-09-13T08:00:00Z", "ar",
    "أكدت السلطات في درنة مقتل أكثر من 5300 شخص جراء الفيضانات. وقال الهلال الأحمر إن "
    "المياه جرفت أحياء كاملة.",
    [("أكثر من 5300", 5300, K, "over")])
art("s3c", "s3", "journal-fr", "2023-09-14T16:00:00Z", "fr",
    "Le bilan des inondations à Derna s'élève à 11 300 morts, selon le Croissant-Rouge libyen, "
    "et 10 100 personnes sont toujours portées disparues. Plus de 30 000 habitants ont été "
    "déplacés.",
    [("11 300", 11300, K, "exact"), ("10 100", 10100, M, "exact"),
     ("Plus de 30 000", 30000, D, "over")])
art("s3d", "s3", "zeitung-de", "2023-09-17T10:00:00Z", "de",
    "Die Vereinten Nationen korrigierten die Zahl der Todesopfer in Derna auf 3.958 nach unten. "
    "Mehr als 9.000 Menschen werden weiterhin vermisst. Die Flut hatte am 10. September zwei "
    "Dämme zerstört.",
    [("3.958", 3958, K, "exact"), ("Mehr als 9.000", 9000, M, "over")])
chg("s3", "s3a", "s3b", K, "rise")
chg("s3", "s3b", "s3c", K, "rise")
chg("s3", "s3c", "s3d", K, "fall")
chg("s3", "s3c", "s3d", M, "fall")

# S4 Gaza toll, March 2024 -------------------------------------------------------------------
art("s4a", "s4", "wire-en", "2024-03-24T09:00:00Z", "en",
    "Over 32,000 Palestinians have been killed in Gaza since October 7, the Gaza health ministry "
    "said on Sunday. More than 74,000 have been wounded.",
    [("Over 32,000", 32000, K, "over"), ("More than 74,000", 74000, I, "over")])
art("s4b", "s4", "news-ar", "2024-03-24T10:00:00Z", "ar",
    "أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 32226 شهيدا و74518 مصابا منذ السابع "
    "من أكتوبر.",
    [("32226", 32226, K, "exact"), ("74518", 74518, I, "exact")])
art("s4c", "s4", "diario-es", "2024-03-25T11:00:00Z", "es",
    "El Ministerio de Sanidad de Gaza elevó este lunes a 32.333 el número de muertos en la Franja "
    "desde el 7 de octubre. Además, 74.694 personas han resultado heridas.",
    [("32.333", 32333, K, "exact"), ("74.694", 74694, I, "exact")])
art("s4d", "s4", "zeitung-de", "2024-03-25T11:30:00Z", "de",
    "Nach Angaben der Hamas-Behörden wurden im Gazastreifen bislang 32.490 Menschen getötet.",
    [("32.490", 32490, K, "exact")])
art("s4e", "s4", "wire-en", "2024-03-26T10:00:00Z", "en",
    "The death toll in Gaza has risen to 32,414, the health ministry said on Tuesday.",
    [("32,414", 32414, K, "exact")])
chg("s4", "s4b", "s4c", K, "rise")
chg("s4", "s4c", "s4d", K, "disagreement")
chg("s4", "s4d", "s4e", K, "fall")
chg("s4", "s4b", "s4c", I, "rise")

# S5 Hostages held in Gaza, October-December 2023 ---------------------------------------------
art("s5a", "s5", "wire-en", "2023-10-20T10:00:00Z", "en",
    "Israel says 203 hostages are being held in Gaza, up from an earlier estimate of 199.",
    [("203", 203, H, "exact"), ("199", 199, H, "exact")])
art("s5b", "s5", "journal-fr", "2023-10-24T10:00:00Z", "fr",
    "L'armée israélienne estime que 222 otages sont détenus à Gaza. Quatre ont été libérés "
    "depuis le 20 octobre.",
    [("222", 222, H, "exact")])
art("s5c", "s5", "zeitung-de", "2023-11-01T10:00:00Z", "de",
    "Nach israelischen Angaben befinden sich rund 240 Geiseln im Gazastreifen.",
    [("rund 240", 240, H, "about")])
art("s5d", "s5", "wire-en", "2023-11-02T10:00:00Z", "en",
    "Hamas is holding around 240 hostages in Gaza, Israeli officials said on Thursday.",
    [("around 240", 240, H, "about")])
art("s5e", "s5", "diario-es", "2023-11-20T10:00:00Z", "es",
    "Unas 240 personas permanecen secuestradas en Gaza, según el Gobierno israelí.",
    [("Unas 240", 240, H, "about")])
art("s5f", "s5", "wire-en", "2023-12-02T10:00:00Z", "en",
    "After a week-long truce, 137 hostages remain in Gaza, the Israeli government said. Of the "
    "105 people released, 81 were Israelis.",
    [("137", 137, H, "exact"), ("105", 105, "count", "exact")])
chg("s5", "s5a", "s5b", H, "rise")
chg("s5", "s5b", "s5c", H, "rise")
chg("s5", "s5e", "s5f", H, "fall")

# S6 Valencia floods, October-November 2024 ----------------------------------------------------
art("s6a", "s6", "diario-es", "2024-10-30T08:00:00Z", "es",
    "Al menos 51 personas han muerto en la provincia de Valencia por la DANA, según el Centro de "
    "Coordinación de Emergencias. En Chiva se registraron 491 litros por metro cuadrado.",
    [("Al menos 51", 51, K, "at_least"), ("491", 491, "count", "exact")])
art("s6b", "s6", "wire-en", "2024-10-30T20:00:00Z", "en",
    "The death toll from flash floods in Valencia rose to 95 on Wednesday, Spanish officials "
    "said, with dozens still missing.",
    [("95", 95, K, "exact")])
art("s6c", "s6", "journal-fr", "2024-10-31T12:00:00Z", "fr",
    "Les inondations ont fait au moins 158 morts dans la région de Valence, dont 155 dans la "
    "province de Valence elle-même.",
    [("au moins 158", 158, K, "at_least"), ("155", 155, K, "exact")])
art("s6d", "s6", "zeitung-de", "2024-11-01T09:00:00Z", "de",
    "Die Zahl der Todesopfer der Unwetter in der Region Valencia ist auf 205 gestiegen. Allein "
    "in der Provinz Valencia starben 202 Menschen.",
    [("205", 205, K, "exact"), ("202", 202, K, "exact")])
art("s6e", "s6", "wire-en", "2024-11-04T10:00:00Z", "en",
    "The death toll from the floods in Valencia climbed to 217, with 89 people still missing, "
    "the government said.",
    [("217", 217, K, "exact"), ("89", 89, M, "exact")])
for p, c in (("s6a", "s6b"), ("s6b", "s6c"), ("s6c", "s6d"), ("s6d", "s6e")):
    chg("s6", p, c, K, "rise")

# S7 Sudan displacement -----------------------------------------------------------------------
art("s7a", "s7", "wire-en", "2023-08-15T10:00:00Z", "en",
    "More than 4 million people have been displaced by fighting in Sudan since April 15, the UN "
    "migration agency said.",
    [("More than 4 million", 4e6, D, "over")])
art("s7b", "s7", "journal-fr", "2023-10-20T10:00:00Z", "fr",
    "Plus de 5,6 millions de personnes ont été déplacées au Soudan depuis le début de la guerre, "
    "selon l'OIM.",
    [("Plus de 5,6 millions", 5.6e6, D, "over")])
art("s7c", "s7", "news-ar", "2023-11-10T10:00:00Z", "ar",
    "قالت الأمم المتحدة إن عدد النازحين في السودان تجاوز 7 ملايين شخص.",
    [("تجاوز 7 ملايين", 7e6, D, "over")])
art("s7d", "s7", "wire-en", "2023-12-01T10:00:00Z", "en",
    "Nearly 10 million people are now displaced inside Sudan, according to the International "
    "Organization for Migration.",
    [("Nearly 10 million", 1e7, D, "under")])
art("s7e", "s7", "diario-es", "2023-12-01T12:00:00Z", "es",
    "Más de 9 millones de personas han sido desplazadas en Sudán, según la ONU.",
    [("Más de 9 millones", 9e6, D, "over")])
for p, c in (("s7b", "s7c"), ("s7c", "s7d")):  # s7a is more than 30 days before s7b
    chg("s7", p, c, D, "rise")

# S8 Maui wildfires, August 2023 ------------------------------------------------------------
art("s8a", "s8", "wire-en", "2023-08-10T10:00:00Z", "en",
    "At least 36 people have died in wildfires in Lahaina, Maui County officials said.",
    [("At least 36", 36, K, "at_least")])
art("s8b", "s8", "diario-es", "2023-08-11T10:00:00Z", "es",
    "El número de muertos por los incendios en Lahaina asciende a 55, informó el gobernador de "
    "Hawái.",
    [("55", 55, K, "exact")])
art("s8c", "s8", "zeitung-de", "2023-08-13T10:00:00Z", "de",
    "Die Zahl der Toten nach den Bränden in Lahaina ist auf 93 gestiegen.",
    [("93", 93, K, "exact")])
art("s8d", "s8", "wire-en", "2023-08-15T10:00:00Z", "en",
    "Officials in Lahaina said about 1,000 people remain unaccounted for, and the death toll "
    "stands at 99.",
    [("about 1,000", 1000, M, "about"), ("99", 99, K, "exact")])
art("s8e", "s8", "wire-en", "2023-08-24T10:00:00Z", "en",
    "The number of people missing in Lahaina has been revised down to 385, the FBI said.",
    [("385", 385, M, "exact")])
for p, c in (("s8a", "s8b"), ("s8b", "s8c"), ("s8c", "s8d")):
    chg("s8", p, c, K, "rise")
chg("s8", "s8d", "s8e", M, "fall")

# S9 Kharkiv strike, May 2024 ----------------------------------------------------------------
art("s9a", "s9", "wire-en", "2024-05-25T15:00:00Z", "en",
    "A Russian strike on a hardware store in Kharkiv killed at least 6 people and injured 40, "
    "regional governor Oleh Syniehubov said.",
    [("at least 6", 6, K, "at_least"), ("40", 40, I, "exact")])
art("s9b", "s9", "zeitung-de", "2024-05-25T19:00:00Z", "de",
    "Bei dem russischen Angriff auf einen Baumarkt in Charkiw sind nach Angaben des Gouverneurs "
    "mindestens elf Menschen getötet worden. 40 Menschen wurden verletzt.",
    [("mindestens elf", 11, K, "at_least"), ("40", 40, I, "exact")])
art("s9c", "s9", "journal-fr", "2024-05-26T08:00:00Z", "fr",
    "Le bilan de la frappe russe sur Kharkiv est passé à 12 morts et 43 blessés, selon les "
    "autorités locales.",
    [("12", 12, K, "exact"), ("43", 43, I, "exact")])
art("s9d", "s9", "wire-en", "2024-05-26T08:30:00Z", "en",
    "Ukraine's emergency service said 16 people were killed in the Kharkiv attack.",
    [("16", 16, K, "exact")])
chg("s9", "s9a", "s9b", K, "rise")
chg("s9", "s9c", "s9d", K, "disagreement")
chg("s9", "s9b", "s9c", I, "rise")

# S10 Nepal earthquake, November 2023 ----------------------------------------------------------
art("s10a", "s10", "wire-en", "2023-11-04T06:00:00Z", "en",
    "A 5.6-magnitude earthquake killed at least 128 people in western Nepal overnight, officials "
    "said. More than 140 were injured.",
    [("at least 128", 128, K, "at_least"), ("More than 140", 140, I, "over")])
art("s10b", "s10", "journal-fr", "2023-11-04T12:00:00Z", "fr",
    "Le séisme qui a frappé l'ouest du Népal a fait au moins 157 morts, selon la police.",
    [("au moins 157", 157, K, "at_least")])
art("s10c", "s10", "news-ar", "2023-11-04T18:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا الزلزال في نيبال إلى 157 قتيلا وأكثر من 160 جريحا.",
    [("157", 157, K, "exact"), ("أكثر من 160", 160, I, "over")])
chg("s10", "s10a", "s10b", K, "rise")
chg("s10", "s10a", "s10c", I, "rise")

# S11 Votes ---------------------------------------------------------------------------------
art("s11a", "s11", "wire-en", "2024-03-25T16:00:00Z", "en",
    "The UN Security Council adopted the resolution by 14 votes to 0, with the United States "
    "abstaining. In December, the General Assembly voted 153-10 with 23 abstentions on a "
    "ceasefire demand.",
    [("14 votes to 0", 14, "votes", "exact"), ("153-10", 153, "votes", "exact")])
art("s11b", "s11", "diario-es", "2024-03-25T17:00:00Z", "es",
    "La resolución 2728 fue aprobada con 14 votos a favor y la abstención de Estados Unidos.",
    [("14", 14, "votes", "exact")])
art("s11c", "s11", "journal-fr", "2024-03-25T17:30:00Z", "fr",
    "La résolution a été adoptée par 14 voix pour et une abstention, celle des États-Unis.",
    [("14", 14, "votes", "exact")])

# S12 Goma, January-February 2025 --------------------------------------------------------------
art("s12a", "s12", "journal-fr", "2025-01-28T10:00:00Z", "fr",
    "Plus de 400 000 personnes ont été déplacées autour de Goma depuis le début de l'année, "
    "selon l'ONU.",
    [("Plus de 400 000", 400000, D, "over")])
art("s12b", "s12", "wire-en", "2025-01-30T10:00:00Z", "en",
    "At least 700 people have been killed in fighting in Goma, the UN said, and some 2,800 were "
    "wounded.",
    [("At least 700", 700, K, "at_least"), ("some 2,800", 2800, I, "about")])
art("s12c", "s12", "diario-es", "2025-02-01T10:00:00Z", "es",
    "Los combates en Goma han dejado al menos 900 muertos, según la ONU.",
    [("al menos 900", 900, K, "at_least")])
art("s12d", "s12", "wire-en", "2025-02-03T10:00:00Z", "en",
    "The death toll from the fighting in Goma has risen to nearly 3,000, the UN said.",
    [("nearly 3,000", 3000, K, "under")])
art("s12e", "s12", "journal-fr", "2025-02-03T10:40:00Z", "fr",
    "Selon le gouvernement congolais, au moins 2 000 personnes ont été tuées à Goma.",
    [("au moins 2 000", 2000, K, "at_least")])
chg("s12", "s12b", "s12c", K, "rise")
chg("s12", "s12c", "s12d", K, "rise")
chg("s12", "s12d", "s12e", K, "disagreement")  # ~3,000 (UN) vs at least 2,000, 40 min apart

# S13 Economy (units other than people) ---------------------------------------------------------
art("s13a", "s13", "wire-en", "2024-04-02T10:00:00Z", "en",
    "The World Bank approved $1.5 billion in aid for Ukraine on Tuesday. Inflation in the euro "
    "zone eased to 2.4% in March from 2.6% in February, Eurostat said. Unemployment stood at "
    "6.5 percent. The bank has 189 member countries and about 10,000 employees.",
    [("$1.5 billion", 1.5e9, "money", "exact"), ("2.4%", 2.4, "percent", "exact"),
     ("2.6%", 2.6, "percent", "exact"), ("6.5 percent", 6.5, "percent", "exact"),
     ("189", 189, "count", "exact"), ("about 10,000", 10000, "count", "about")])
art("s13b", "s13", "zeitung-de", "2024-04-30T10:00:00Z", "de",
    "Die Inflation in Deutschland sank im April auf 2,2 Prozent. Die Bundesregierung stellt 500 "
    "Millionen Euro für den Wiederaufbau bereit. Rund 2,8 Millionen Menschen sind arbeitslos.",
    [("2,2 Prozent", 2.2, "percent", "exact"), ("500 Millionen Euro", 5e8, "money", "exact"),
     ("Rund 2,8 Millionen", 2.8e6, "count", "about")])
art("s13c", "s13", "journal-fr", "2024-05-15T10:00:00Z", "fr",
    "Le taux de chômage en France est resté stable à 7,3 % au premier trimestre. Le gouvernement "
    "a débloqué 2 milliards d'euros pour les agriculteurs. Environ 30 000 exploitations sont "
    "concernées.",
    [("7,3 %", 7.3, "percent", "exact"), ("2 milliards d'euros", 2e9, "money", "exact"),
     ("Environ 30 000", 30000, "count", "about")])
art("s13d", "s13", "diario-es", "2024-04-30T10:00:00Z", "es",
    "La economía española creció un 0,8 % en el primer trimestre. El Gobierno aprobó ayudas por "
    "10.600 millones de euros. El paro bajó hasta los 2,7 millones de personas.",
    [("0,8 %", 0.8, "percent", "exact"), ("10.600 millones de euros", 1.06e10, "money", "exact"),
     ("2,7 millones", 2.7e6, "count", "exact")])
art("s13e", "s13", "news-ar", "2024-03-10T10:00:00Z", "ar",
    "ارتفع معدل التضخم في مصر إلى 35.7 في المئة في فبراير. وأعلن صندوق النقد الدولي عن قرض "
    "بقيمة 8 مليارات دولار.",
    [("35.7 في المئة", 35.7, "percent", "exact"), ("8 مليارات دولار", 8e9, "money", "exact")])

# S14 Distractors: sport, obituaries, dates, phone numbers ------------------------------------
art("s14a", "s14", "wire-en", "2024-04-21T22:00:00Z", "en",
    "Real Madrid beat Barcelona 3-2 on Sunday, April 21, in front of 78,000 fans at the "
    "Bernabeu. Vinicius, 23, scored twice in the 2nd half. Kick-off was at 9 p.m.",
    [("78,000", 78000, "count", "exact")])
art("s14b", "s14", "wire-en", "2024-03-05T10:00:00Z", "en",
    "Jane Doe, 87, died on March 3, 2024 at her home at 12 Elm Street. She was born in 1937 and "
    "worked for 40 years at the hospital. Call 555-0123 for details. Page 2 of 3.",
    [])
art("s14c", "s14", "journal-fr", "2024-05-06T10:00:00Z", "fr",
    "Le match de Ligue 1 s'est terminé sur le score de 2-0. Né le 5 mai 1990, l'attaquant de 34 "
    "ans a signé un contrat de 3 ans. Rendez-vous au 01 23 45 67 89.",
    [])
art("s14d", "s14", "zeitung-de", "2024-05-11T18:00:00Z", "de",
    "Der 1. FC Köln gewann am Samstag mit 2:1. Das Spiel begann um 15.30 Uhr vor 50.000 "
    "Zuschauern.",
    [("50.000", 50000, "count", "exact")])
art("s14e", "s14", "diario-es", "2024-05-12T22:00:00Z", "es",
    "El Real Madrid ganó 2-1 el domingo 12 de mayo de 2024. Sus 3 goles llegaron en el minuto "
    "90.",
    [("3", 3, "count", "exact")])
art("s14f", "s14", "news-ar", "2024-03-15T22:00:00Z", "ar",
    "فاز الأهلي على الزمالك 2-1 يوم الجمعة 15 مارس 2024. وحضر المباراة 60 ألف مشجع.",
    [("60 ألف", 60000, "count", "exact")])

# S15 A conflict roundup with several units ---------------------------------------------------
art("s15a", "s15", "wire-en", "2024-02-20T18:00:00Z", "en",
    "Israeli strikes killed 42 people across Gaza on Tuesday, including 15 children, medics "
    "said. In the West Bank, troops arrested 25 Palestinians overnight. The UN said 1.7 million "
    "people, or about 75% of Gaza's population, have been displaced. Aid trucks entering Gaza "
    "fell to 98 a day, down from 500 before the war.",
    [("42", 42, K, "exact"), ("15", 15, K, "exact"), ("25", 25, DET, "exact"),
     ("1.7 million", 1.7e6, D, "exact"), ("about 75%", 75, "percent", "about"),
     ("98", 98, "count", "exact"), ("500", 500, "count", "exact")])
art("s15b", "s15", "news-ar", "2024-02-21T09:00:00Z", "ar",
    "قالت وزارة الصحة إن 107 فلسطينيين استشهدوا وأصيب 145 آخرون في قطاع غزة خلال 24 ساعة. "
    "واعتقلت القوات الإسرائيلية 30 فلسطينيا في الضفة الغربية.",
    [("107", 107, K, "exact"), ("145", 145, I, "exact"), ("30", 30, DET, "exact")])
art("s15c", "s15", "zeitung-de", "2024-02-21T12:00:00Z", "de",
    "Im Gazastreifen wurden nach Angaben der Gesundheitsbehörde binnen 24 Stunden 103 Menschen "
    "getötet. Im Westjordanland nahm die Armee 28 Palästinenser fest. Rund 1,7 Millionen Menschen "
    "sind auf der Flucht.",
    [("103", 103, K, "exact"), ("28", 28, DET, "exact"), ("Rund 1,7 Millionen", 1.7e6, D, "about")])
art("s15d", "s15", "diario-es", "2024-02-21T13:00:00Z", "es",
    "Al menos 1,7 millones de personas se han visto desplazadas en Gaza, el 75 % de la "
    "población, según la ONU. Unos 2.000 camiones de ayuda esperan en Egipto.",
    [("Al menos 1,7 millones", 1.7e6, D, "at_least"), ("75 %", 75, "percent", "exact"),
     ("Unos 2.000", 2000, "count", "about")])
art("s15e", "s15", "journal-fr", "2024-02-21T14:00:00Z", "fr",
    "En Cisjordanie, 2 policiers ont été blessés et 12 Palestiniens interpellés lors d'un raid à "
    "Jénine, qui compte environ 50 000 habitants.",
    [("2", 2, I, "exact"), ("12", 12, DET, "exact"), ("environ 50 000", 50000, "count", "about")])
chg("s15", "s15a", "s15b", K, "rise")
chg("s15", "s15b", "s15c", K, "fall")
chg("s15", "s15a", "s15b", DET, "rise")
chg("s15", "s15b", "s15c", DET, "fall")

# S16 Herat earthquake, October 2023 --------------------------------------------------------
art("s16a", "s16", "wire-en", "2023-10-07T18:00:00Z", "en",
    "A magnitude 6.3 earthquake killed at least 120 people in western Afghanistan on Saturday, "
    "and more than 1,000 were injured, officials said. Six villages near Herat were destroyed.",
    [("at least 120", 120, K, "at_least"), ("more than 1,000", 1000, I, "over")])
art("s16b", "s16", "news-ar", "2023-10-08T08:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا الزلزال في أفغانستان إلى أكثر من 2000 قتيل وأكثر من 9 آلاف جريح، "
    "بحسب حركة طالبان.",
    [("أكثر من 2000", 2000, K, "over"), ("أكثر من 9 آلاف", 9000, I, "over")])
art("s16c", "s16", "journal-fr", "2023-10-08T12:00:00Z", "fr",
    "Les talibans ont annoncé que le séisme avait fait 2 053 morts et 9 240 blessés en "
    "Afghanistan. Environ 1 320 maisons ont été détruites.",
    [("2 053", 2053, K, "exact"), ("9 240", 9240, I, "exact"),
     ("Environ 1 320", 1320, "count", "about")])
art("s16d", "s16", "zeitung-de", "2023-10-08T12:30:00Z", "de",
    "Die Vereinten Nationen sprachen von 1.023 Toten und 1.663 Verletzten in Afghanistan.",
    [("1.023", 1023, K, "exact"), ("1.663", 1663, I, "exact")])
art("s16e", "s16", "wire-en", "2023-10-12T10:00:00Z", "en",
    "The Taliban revised the death toll from Saturday's earthquake in Afghanistan down to 1,482, "
    "with 2,100 injured.",
    [("1,482", 1482, K, "exact"), ("2,100", 2100, I, "exact")])
chg("s16", "s16a", "s16b", K, "rise")
chg("s16", "s16c", "s16d", K, "disagreement")
chg("s16", "s16d", "s16e", K, "rise")
chg("s16", "s16a", "s16b", I, "rise")
chg("s16", "s16c", "s16d", I, "disagreement")
chg("s16", "s16d", "s16e", I, "rise")

# S17 Hurricane Helene, September-October 2024 ---------------------------------------------------
art("s17a", "s17", "wire-en", "2024-09-28T12:00:00Z", "en",
    "Hurricane Helene has killed at least 44 people in the United States, and more than 3 million "
    "homes and businesses were without power, officials said.",
    [("at least 44", 44, K, "at_least"), ("more than 3 million", 3e6, "count", "over")])
art("s17b", "s17", "diario-es", "2024-09-29T12:00:00Z", "es",
    "El huracán Helene ha dejado al menos 91 muertos en Estados Unidos y unos 600 desaparecidos.",
    [("al menos 91", 91, K, "at_least"), ("unos 600", 600, M, "about")])
art("s17c", "s17", "wire-en", "2024-10-01T12:00:00Z", "en",
    "The death toll from Hurricane Helene in the United States rose to 162 on Tuesday, with about "
    "600 people still unaccounted for in North Carolina.",
    [("162", 162, K, "exact"), ("about 600", 600, M, "about")])
art("s17d", "s17", "journal-fr", "2024-10-03T12:00:00Z", "fr",
    "Le bilan de l'ouragan Helene aux États-Unis s'élève désormais à plus de 200 morts. Plus de "
    "1,2 million de foyers restent privés d'électricité.",
    [("plus de 200", 200, K, "over"), ("Plus de 1,2 million", 1.2e6, "count", "over")])
for p, c in (("s17a", "s17b"), ("s17b", "s17c"), ("s17c", "s17d")):
    chg("s17", p, c, K, "rise")

# S18 Evacuations from the Kharkiv region, May 2024 ----------------------------------------------
art("s18a", "s18", "wire-en", "2024-05-12T10:00:00Z", "en",
    "More than 4,000 people have been evacuated from the Kharkiv region since Friday, the "
    "governor said.",
    [("More than 4,000", 4000, E, "over")])
art("s18b", "s18", "zeitung-de", "2024-05-13T10:00:00Z", "de",
    "Aus der Region Charkiw wurden inzwischen fast 6.000 Menschen evakuiert.",
    [("fast 6.000", 6000, E, "under")])
art("s18c", "s18", "journal-fr", "2024-05-14T10:00:00Z", "fr",
    "Près de 8 000 personnes ont été évacuées de la région de Kharkiv, selon les autorités.",
    [("Près de 8 000", 8000, E, "under")])
chg("s18", "s18a", "s18b", E, "rise")
chg("s18", "s18b", "s18c", E, "rise")

LABELLED.write(HERE, details=True)
