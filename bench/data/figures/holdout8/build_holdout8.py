"""Authoring script of the eighth hold-out set (written blind after the eighth round of fixes;
`python build_holdout8.py` here regenerates articles.jsonl and changes.jsonl).

Project-written news items loosely following the shape of public reporting (the Kočani
nightclub fire, the KM Barcelona V ferry fire off North Sulawesi, the Meizhou highway collapse,
the Aqaba chlorine leak, the Tempi train collision, yellow fever in Colombia in 2025, the
Buffalo blizzard of December 2022, the Alau dam collapse and the Maiduguri floods, the air strike
on the Kabkabiya market, the Graz school shooting, the 2013 Guantanamo hunger strike, a drone
attack on the power grid of the Odesa region, the Potsdam mayoral election); the numbers are not
a record of fact, and the last story is made-up briefs.

Change events are labelled on the timeline of `published_at` (the order in which the evaluation
replays the set), not on the order of the file: the late-arriving articles y3d and y10e come
after articles published later than they were, and slot into the timeline where they were
published. A report is compared with the latest earlier report of the same figure (same
quantity, same place, same group of people) from another article within 30 days; one event line
per (previous, current, unit, kind), as in the earlier sets.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from authoring import DET, D, E, H, I, K, M, LabelledSet  # noqa: E402,F401

LABELLED = LabelledSet()
art, chg = LABELLED.art, LABELLED.chg

# y1 Fire at a nightclub in Kočani, North Macedonia ----------------------------------------------
art("y1a", "y1", "wire-en", "2025-03-16T07:00:00Z", "en",
    "A fire swept through a nightclub in the town of Kočani in eastern North Macedonia during a "
    "concert early on Sunday, killing 51 people and injuring more than 100, Interior Minister "
    "Pance Toshkovski said. About 1,500 people were inside the club when sparks from pyrotechnics "
    "set the ceiling alight at around 2:30 a.m. The youngest victim was 16.",
    [("51", 51, K, "exact"), ("more than 100", 100, I, "over"),
     ("About 1,500", 1500, "count", "about")])
art("y1b", "y1", "journal-fr", "2025-03-16T07:40:00Z", "fr",
    "Macédoine du Nord : au moins 59 morts dans l'incendie d'une discothèque à Kočani. Plus de "
    "150 personnes ont été blessées, selon le ministre de l'Intérieur. Le feu aurait été provoqué "
    "par des engins pyrotechniques vers 2 h 30, pendant le concert d'un groupe local.",
    [("au moins 59", 59, K, "at_least"), ("Plus de 150", 150, I, "over")])
art("y1c", "y1", "news-ar", "2025-03-16T15:00:00Z", "ar",
    "ارتفعت حصيلة حريق الملهى الليلي في بلدة كوتشاني شرقي مقدونيا الشمالية إلى 59 قتيلا و155 "
    "جريحا، بحسب وزارة الداخلية، وأوقفت الشرطة 15 شخصا في إطار التحقيق. وأعلنت الحكومة الحداد "
    "سبعة أيام.",
    [("59", 59, K, "exact"), ("155", 155, I, "exact"), ("15", 15, DET, "exact")])
art("y1d", "y1", "zeitung-de", "2025-03-17T09:00:00Z", "de",
    "Nach dem Brand in einer Diskothek in Kočani ist die Zahl der Toten auf 61 gestiegen. Mehr als "
    "70 Verletzte wurden in Krankenhäuser in Griechenland, Bulgarien, Serbien und der Türkei "
    "ausgeflogen. Die Polizei hat inzwischen 20 Menschen festgenommen, darunter den Besitzer des "
    "Clubs.",
    [("61", 61, K, "exact"), ("Mehr als 70", 70, I, "over"), ("20", 20, DET, "exact")])
chg("y1", "y1a", "y1b", K, "disagreement")  # 51 vs at least 59, 40 minutes; injured overlap
chg("y1", "y1c", "y1d", K, "rise")  # at least 59, then 59: no change; then 61
chg("y1", "y1c", "y1d", DET, "rise")  # the injured flown abroad are a part, not all the injured

# y2 A passenger ferry catches fire off North Sulawesi -------------------------------------------
art("y2a", "y2", "wire-en", "2025-07-20T08:00:00Z", "en",
    "Fire broke out on a passenger ferry off Indonesia's North Sulawesi province on Sunday, "
    "killing five people, the local search and rescue agency said. Rescuers and fishermen pulled "
    "284 people from the water near Talise island. The ferry, which can carry up to 600 "
    "passengers, had 280 passengers and 15 crew on its manifest.",
    [("five", 5, K, "exact"), ("284", 284, "count", "exact"),
     ("up to 600", 600, "count", "up_to"), ("280", 280, "count", "exact"),
     ("15", 15, "count", "exact")])
art("y2b", "y2", "news-ar", "2025-07-20T08:30:00Z", "ar",
    "لقي 3 أشخاص حتفهم في حريق اندلع على متن عبارة ركاب قبالة جزيرة سولاويسي الإندونيسية، وفق فرق "
    "الإنقاذ التي أنقذت أكثر من 560 شخصا من المياه.",
    [("3", 3, K, "exact"), ("أكثر من 560", 560, "count", "over")])
art("y2c", "y2", "journal-fr", "2025-07-21T07:00:00Z", "fr",
    "Indonésie : le bilan de l'incendie du ferry KM Barcelona V a été revu à la baisse, à trois "
    "morts, par l'agence de secours. Au total, 576 personnes ont été secourues, dont 14 enfants. "
    "Le navire a été remorqué jusqu'au port de Manado.",
    [("trois", 3, K, "exact"), ("576", 576, "count", "exact"), ("14", 14, "count", "exact")])
chg("y2", "y2a", "y2b", K, "disagreement")  # five vs 3, 30 minutes apart
chg("y2", "y2a", "y2b", "count", "disagreement")  # rescued: 284 vs more than 560
# y2c: three dead as in y2b, 576 rescued is more than 560: no change

# y3 A highway collapses after heavy rain near Meizhou, Guangdong (y3d arrives late) --------------
art("y3a", "y3", "wire-en", "2024-05-01T06:00:00Z", "en",
    "A section of highway collapsed after days of heavy rain in southern China's Guangdong "
    "province early on Wednesday, killing 19 people and injuring 30, state media said. Twenty "
    "vehicles plunged down the slope near the city of Meizhou when the road gave way at about 2 "
    "a.m. Nearly 500 rescuers were sent to the site.",
    [("19", 19, K, "exact"), ("30", 30, I, "exact"), ("Twenty", 20, "count", "exact"),
     ("Nearly 500", 500, "count", "under")])
art("y3b", "y3", "zeitung-de", "2024-05-01T12:00:00Z", "de",
    "Nach dem Einsturz eines Autobahnabschnitts in der südchinesischen Provinz Guangdong ist die "
    "Zahl der Toten auf 36 gestiegen. 30 Menschen wurden verletzt, 23 Fahrzeuge stürzten in die "
    "Tiefe, wie die Behörden der Stadt Meizhou mitteilten.",
    [("36", 36, K, "exact"), ("30", 30, I, "exact"), ("23", 23, "count", "exact")])
art("y3c", "y3", "diario-es", "2024-05-02T08:00:00Z", "es",
    "Murieron 48 personas en el hundimiento de un tramo de autopista en la provincia china de "
    "Cantón, según las autoridades de Meizhou, que dieron por concluidas las labores de búsqueda. "
    "Otras 30 resultaron heridas.",
    [("48", 48, K, "exact"), ("30", 30, I, "exact")])
art("y3d", "y3", "news-ar", "2024-05-01T09:00:00Z", "ar",  # late: published before y3b
    "ارتفع عدد قتلى انهيار جزء من طريق سريع في إقليم قوانغدونغ جنوبي الصين إلى 24 قتيلا، فيما أصيب "
    "30 آخرون، حسب وسائل الإعلام الرسمية.",
    [("24", 24, K, "exact"), ("30", 30, I, "exact")])
chg("y3", "y3a", "y3d", K, "rise")
chg("y3", "y3d", "y3b", K, "rise")
chg("y3", "y3a", "y3b", "count", "rise")  # vehicles 20 -> 23 (y3d has no vehicles)
chg("y3", "y3b", "y3c", K, "rise")  # injured 30 throughout: no change

# y4 A chlorine leak at the port of Aqaba, Jordan ------------------------------------------------
art("y4a", "y4", "news-ar", "2022-06-27T14:00:00Z", "ar",
    "لقي 10 أشخاص حتفهم وأصيب 251 آخرون جراء تسرب غاز سام من صهريج سقط أثناء تحميله على سفينة في "
    "ميناء العقبة، وفق مديرية الأمن العام الأردنية.",
    [("10", 10, K, "exact"), ("251", 251, I, "exact")])
art("y4b", "y4", "wire-en", "2022-06-27T14:30:00Z", "en",
    "A tank of chlorine gas fell and ruptured while being loaded onto a ship in Jordan's Red Sea "
    "port of Aqaba on Monday, killing 12 people and injuring more than 250, the government said. "
    "Authorities closed a nearby beach and told residents to stay indoors.",
    [("12", 12, K, "exact"), ("more than 250", 250, I, "over")])
art("y4c", "y4", "journal-fr", "2022-06-28T08:00:00Z", "fr",
    "Jordanie : la fuite de chlore dans le port d'Aqaba a fait 13 morts et 260 blessés, dont 123 "
    "toujours hospitalisés, selon le ministère de la Santé. La zone portuaire reste fermée.",
    [("13", 13, K, "exact"), ("260", 260, I, "exact"), ("123", 123, I, "exact")])
art("y4d", "y4", "diario-es", "2022-06-29T09:00:00Z", "es",
    "El número de muertos por la fuga de cloro en el puerto jordano de Aqaba se mantiene en 13, y "
    "44 personas seguían hospitalizadas el miércoles, según el Ministerio de Salud.",
    [("13", 13, K, "exact"), ("44", 44, I, "exact")])
chg("y4", "y4a", "y4b", K, "disagreement")  # 10 vs 12, 30 minutes; 251 is more than 250
chg("y4", "y4b", "y4c", K, "rise")  # 260 injured is more than 250: no change
chg("y4", "y4c", "y4d", I, "fall")  # still in hospital: 123, then 44

# y5 Train collision near Tempi, Greece ----------------------------------------------------------
art("y5a", "y5", "wire-en", "2023-03-01T06:00:00Z", "en",
    "A passenger train carrying about 350 people collided head-on with a freight train near the "
    "town of Tempi in central Greece late on Tuesday, killing at least 32 people and injuring 85, "
    "the fire service said. Many of the passengers were students returning from carnival "
    "celebrations.",
    [("about 350", 350, "count", "about"), ("at least 32", 32, K, "at_least"),
     ("85", 85, I, "exact")])
art("y5b", "y5", "zeitung-de", "2023-03-01T06:45:00Z", "de",
    "Bei einem Zugunglück in Mittelgriechenland sind nach Angaben der Feuerwehr 29 Menschen ums "
    "Leben gekommen, mehr als 80 wurden verletzt. Ein Personenzug war kurz vor Mitternacht mit "
    "einem Güterzug zusammengestoßen.",
    [("29", 29, K, "exact"), ("mehr als 80", 80, I, "over")])
art("y5c", "y5", "journal-fr", "2023-03-01T18:00:00Z", "fr",
    "Grèce : le bilan de la collision ferroviaire de Tempi s'élève à 43 morts, selon les pompiers. "
    "Le chef de gare de Larissa, âgé de 59 ans, a été arrêté, et le ministre des Transports a "
    "démissionné.",
    [("43", 43, K, "exact")])
art("y5d", "y5", "news-ar", "2023-03-02T10:00:00Z", "ar",
    "ارتفعت حصيلة تصادم القطارين قرب مدينة لاريسا في وسط اليونان إلى 57 قتيلا، وأصيب أكثر من 80 "
    "آخرين، بحسب هيئة الإطفاء.",
    [("57", 57, K, "exact"), ("أكثر من 80", 80, I, "over")])
art("y5e", "y5", "diario-es", "2023-03-05T20:00:00Z", "es",
    "Unas 12.000 personas se manifestaron el domingo en Atenas para protestar por el accidente "
    "ferroviario de Tempi, según la policía. La cifra de muertos asciende a 57. Decenas de "
    "manifestantes se enfrentaron a los agentes frente al Parlamento.",
    [("Unas 12.000", 12000, "count", "about"), ("57", 57, K, "exact")])
chg("y5", "y5a", "y5b", K, "disagreement")  # 29 vs at least 32, 45 minutes apart
chg("y5", "y5b", "y5c", K, "rise")
chg("y5", "y5c", "y5d", K, "rise")  # injured: 85 and more than 80 overlap

# y6 Yellow fever in Colombia: the country and the department of Tolima ----------------------------
art("y6a", "y6", "diario-es", "2025-04-17T09:00:00Z", "es",
    "Colombia declaró la emergencia sanitaria por fiebre amarilla: en lo que va de año se han "
    "confirmado 74 casos y han muerto 34 personas, según el Ministerio de Salud. El Tolima "
    "acumula 56 casos.",
    [("74", 74, "count", "exact"), ("34", 34, K, "exact"), ("56", 56, "count", "exact")])
art("y6b", "y6", "wire-en", "2025-04-17T09:30:00Z", "en",
    "Colombia has declared a health emergency over a yellow fever outbreak that has killed 31 "
    "people this year, out of 75 confirmed cases, the health ministry said. Most of the cases are "
    "in the central department of Tolima, where the disease spread from forested areas.",
    [("31", 31, K, "exact"), ("75", 75, "count", "exact")])
art("y6c", "y6", "journal-fr", "2025-05-02T10:00:00Z", "fr",
    "Colombie : la fièvre jaune a fait 41 morts depuis janvier, sur 89 cas confirmés, selon "
    "l'Institut national de santé. Le Tolima compte à lui seul 65 cas et 26 décès. Les autorités "
    "ont vacciné plus de 390 000 personnes dans le département.",
    [("41", 41, K, "exact"), ("89", 89, "count", "exact"), ("65", 65, "count", "exact"),
     ("26", 26, K, "exact"), ("plus de 390 000", 390000, "count", "over")])
art("y6d", "y6", "zeitung-de", "2025-05-20T08:00:00Z", "de",
    "Gelbfieber in Kolumbien: Seit Jahresbeginn sind 46 Menschen an der Krankheit gestorben, mehr "
    "als 100 Fälle wurden bestätigt, teilte das Nationale Gesundheitsinstitut mit. Im Departamento "
    "Tolima starben 30 Menschen.",
    [("46", 46, K, "exact"), ("mehr als 100", 100, "count", "over"), ("30", 30, K, "exact")])
chg("y6", "y6a", "y6b", K, "disagreement")  # 34 vs 31, 30 minutes apart
chg("y6", "y6a", "y6b", "count", "disagreement")  # cases 74 vs 75
chg("y6", "y6b", "y6c", K, "rise")
chg("y6", "y6b", "y6c", "count", "rise")  # the country's cases
chg("y6", "y6a", "y6c", "count", "rise")  # Tolima's cases 56 -> 65
chg("y6", "y6c", "y6d", K, "rise")  # the country 41 -> 46 and Tolima 26 -> 30
chg("y6", "y6c", "y6d", "count", "rise")  # cases 89 -> more than 100

# y7 The blizzard in western New York: the United States, Erie County, the city of Buffalo ---------
art("y7a", "y7", "wire-en", "2022-12-26T15:00:00Z", "en",
    "The death toll from a blizzard that buried western New York rose to 27 in Erie County on "
    "Monday, county executive Mark Poloncarz said, with 14 of the deaths in the city of Buffalo. "
    "Across the United States, the storm has killed at least 50 people. Some victims were found "
    "in cars that had been trapped for more than two days.",
    [("27", 27, K, "exact"), ("14", 14, K, "exact"), ("at least 50", 50, K, "at_least")])
art("y7b", "y7", "local-en", "2022-12-27T14:00:00Z", "en",
    "Erie County's blizzard death toll has climbed to 31, officials said Tuesday. Of those, 21 "
    "died in Buffalo, where crews and volunteers have rescued about 1,000 people from cars and "
    "homes since Friday. Some 12,000 homes in the city remain without power.",
    [("31", 31, K, "exact"), ("21", 21, K, "exact"), ("about 1,000", 1000, "count", "about"),
     ("Some 12,000", 12000, "count", "about")])
art("y7c", "y7", "journal-fr", "2022-12-28T09:00:00Z", "fr",
    "Tempête hivernale aux États-Unis : le bilan s'élève à 34 morts dans le comté d'Érié, dans "
    "l'État de New York, et à plus de 60 dans l'ensemble du pays. Dans la ville de Buffalo, "
    "environ 4 000 foyers étaient toujours privés d'électricité mardi soir.",
    [("34", 34, K, "exact"), ("plus de 60", 60, K, "over"),
     ("environ 4 000", 4000, "count", "about")])
art("y7d", "y7", "zeitung-de", "2022-12-30T09:00:00Z", "de",
    "Schneesturm in den USA: Im Bezirk Erie im Bundesstaat New York ist die Zahl der Todesopfer "
    "auf 39 gestiegen, 31 davon in der Stadt Buffalo, teilte die Bezirksverwaltung mit. Die "
    "Fahrverbote wurden am Donnerstag aufgehoben.",
    [("39", 39, K, "exact"), ("31", 31, K, "exact")])
chg("y7", "y7a", "y7b", K, "rise")  # Erie 27 -> 31 and Buffalo 14 -> 21
chg("y7", "y7b", "y7c", K, "rise")  # Erie 31 -> 34; the country: more than 60 is at least 50
chg("y7", "y7b", "y7c", "count", "fall")  # Buffalo homes without power: some 12,000 -> 4,000
chg("y7", "y7c", "y7d", K, "rise")  # Erie 34 -> 39
chg("y7", "y7b", "y7d", K, "rise")  # Buffalo 21 -> 31 (y7c has no Buffalo toll)

# y8 The Alau dam collapses: floods in Maiduguri and Borno state --------------------------------
art("y8a", "y8", "wire-en", "2024-09-10T12:00:00Z", "en",
    "Floodwaters from a collapsed dam swept through the northeastern Nigerian city of Maiduguri "
    "on Tuesday, killing at least 30 people and forcing more than 400,000 from their homes, the "
    "Borno state government said. The Alau dam gave way after weeks of heavy rain. Around 40% of "
    "the city was under water, the governor said.",
    [("at least 30", 30, K, "at_least"), ("more than 400,000", 400000, D, "over"),
     ("Around 40%", 40, "percent", "about")])
art("y8b", "y8", "journal-fr", "2024-09-11T09:00:00Z", "fr",
    "Nigeria : au moins 37 morts dans les inondations de Maiduguri, après la rupture du barrage "
    "d'Alau. Selon l'agence nationale de gestion des urgences, 414 000 personnes ont été "
    "déplacées dans la ville, et 281 prisonniers se sont évadés de la prison centrale.",
    [("au moins 37", 37, K, "at_least"), ("414 000", 414000, D, "exact"),
     ("281", 281, "count", "exact")])
art("y8c", "y8", "news-ar", "2024-09-12T10:00:00Z", "ar",
    "ارتفعت حصيلة فيضانات مدينة مايدوغوري في ولاية بورنو شمال شرقي نيجيريا إلى 37 قتيلا، بحسب "
    "السلطات، ونزح حوالي 600 ألف شخص في أنحاء الولاية منذ انهيار السد.",
    [("37", 37, K, "exact"), ("حوالي 600 ألف", 600000, D, "about")])
art("y8d", "y8", "diario-es", "2024-09-14T09:00:00Z", "es",
    "Más de 600.000 personas han tenido que abandonar sus hogares en el estado nigeriano de Borno "
    "por las inundaciones, según Naciones Unidas. En Maiduguri fallecieron 40 personas, informó "
    "la agencia de emergencias.",
    [("Más de 600.000", 600000, D, "over"), ("40", 40, K, "exact")])
chg("y8", "y8c", "y8d", K, "rise")  # at least 30, at least 37, 37 overlap; then 40
# the state's displaced (y8c, y8d) are not the city's (y8a, y8b); both pairs overlap

# y9 An air strike on the market of Kabkabiya, North Darfur ---------------------------------------
art("y9a", "y9", "news-ar", "2024-12-10T08:00:00Z", "ar",
    "قتل أكثر من 100 شخص وأصيب العشرات في غارة جوية استهدفت سوقا شعبية في بلدة كبكابية بولاية شمال "
    "دارفور، بحسب مصادر طبية محلية.",
    [("أكثر من 100", 100, K, "over")])
art("y9b", "y9", "wire-en", "2024-12-10T08:40:00Z", "en",
    "An air strike on a crowded market in Kabkabiya, a town in Sudan's North Darfur state, killed "
    "65 people, including 12 children, on Monday, a local health official said, blaming the army. "
    "Dozens more were injured.",
    [("65", 65, K, "exact"), ("12", 12, K, "exact")])
art("y9c", "y9", "journal-fr", "2024-12-11T10:00:00Z", "fr",
    "Soudan : le bilan de la frappe aérienne sur le marché de Kabkabiya s'élève à 175 morts et "
    "plus de 200 blessés, selon un groupe de médecins soudanais, qui accuse l'armée.",
    [("175", 175, K, "exact"), ("plus de 200", 200, I, "over")])
art("y9d", "y9", "diario-es", "2024-12-11T11:00:00Z", "es",
    "Murieron más de 100 personas en un bombardeo contra un mercado de Kabkabiya, en Darfur del "
    "Norte, según la ONU, que pidió una investigación. En todo el estado, 1.200 civiles han muerto "
    "en los combates desde mayo.",
    [("más de 100", 100, K, "over"), ("1.200", 1200, K, "exact")])
chg("y9", "y9a", "y9b", K, "disagreement")  # more than 100 vs 65, 40 minutes apart
chg("y9", "y9b", "y9c", K, "rise")
# y9d: more than 100 overlaps 175 (no change); North Darfur's 1.200 is the state, not the town

# y10 Shooting at a secondary school in Graz (y10e arrives late) -----------------------------------
art("y10a", "y10", "zeitung-de", "2025-06-10T10:30:00Z", "de",
    "Bei einem Amoklauf an einem Gymnasium in Graz sind am Dienstagvormittag mehrere Menschen "
    "getötet worden. Nach Angaben der Polizei gibt es mindestens acht Tote, darunter den "
    "mutmaßlichen Täter, einen 21-jährigen ehemaligen Schüler. Die Schüsse fielen gegen 10 Uhr.",
    [("mindestens acht", 8, K, "at_least")])
art("y10b", "y10", "wire-en", "2025-06-10T11:00:00Z", "en",
    "Ten people were killed, including the gunman, and 12 injured in a shooting at a secondary "
    "school in the Austrian city of Graz on Tuesday, Austrian media reported, citing police.",
    [("Ten", 10, K, "exact"), ("12", 12, I, "exact")])
art("y10c", "y10", "journal-fr", "2025-06-10T14:00:00Z", "fr",
    "Autriche : une fusillade dans un lycée de Graz a fait 11 morts, dont le tireur, et 11 "
    "blessés, selon la police. Parmi les morts figurent six élèves âgés de 14 à 17 ans.",
    [("11", 11, K, "exact"), ("11", 11, I, "exact"), ("six", 6, K, "exact")])
art("y10d", "y10", "news-ar", "2025-06-11T08:00:00Z", "ar",
    "ارتفع عدد ضحايا إطلاق النار في مدرسة ثانوية بمدينة غراتس النمساوية إلى 12 قتيلا بينهم المسلح، "
    "بعد وفاة امرأة متأثرة بجروحها في المستشفى، وفق الشرطة، فيما أصيب 10 آخرون.",
    [("12", 12, K, "exact"), ("10", 10, I, "exact")])
art("y10e", "y10", "diario-es", "2025-06-10T10:40:00Z", "es",  # late: published before y10b
    "Austria: murieron 8 personas, entre ellas el agresor, en un tiroteo en un instituto de la "
    "ciudad de Graz, según la policía.",
    [("8", 8, K, "exact")])
chg("y10", "y10e", "y10b", K, "disagreement")  # 8 vs ten, 20 minutes; 8 is at least eight
chg("y10", "y10b", "y10c", K, "rise")
chg("y10", "y10b", "y10c", I, "fall")
chg("y10", "y10c", "y10d", K, "rise")
chg("y10", "y10c", "y10d", I, "fall")

# y11 A hunger strike at Guantanamo Bay ----------------------------------------------------------
art("y11a", "y11", "wire-en", "2013-04-24T15:00:00Z", "en",
    "The U.S. military counted eighty-four hunger strikers at the Guantanamo Bay prison on "
    "Wednesday, the highest number since the protest began in February. A spokesman said 16 "
    "strikers were being fed through nasal tubes.",
    [("eighty-four", 84, "count", "exact"), ("16", 16, "count", "exact")])
art("y11b", "y11", "journal-fr", "2013-04-24T15:30:00Z", "fr",
    "Guantanamo : selon les avocats des détenus, plus de 130 grévistes de la faim sont recensés "
    "dans le camp, où le mouvement a été entamé il y a onze semaines pour protester contre la "
    "détention sans procès.",
    [("plus de 130", 130, "count", "over")])
art("y11c", "y11", "news-ar", "2013-05-01T10:00:00Z", "ar",
    "قال الجيش الأمريكي إن 100 مضرب عن الطعام يوجدون في معتقل غوانتانامو، ويخضع 21 مضربا للتغذية "
    "القسرية عبر أنابيب.",
    [("100", 100, "count", "exact"), ("21", 21, "count", "exact")])
art("y11d", "y11", "diario-es", "2013-05-06T09:00:00Z", "es",
    "Hay ya 100 huelguistas de hambre en Guantánamo, según el Pentágono, y 23 reclusos "
    "reciben alimentación por sonda.",
    [("100", 100, "count", "exact"), ("23", 23, "count", "exact")])
art("y11e", "y11", "zeitung-de", "2013-05-13T09:00:00Z", "de",
    "Guantánamo: Nach Angaben des US-Militärs gibt es inzwischen 102 Hungerstreikende, 30 "
    "Gefangene werden inzwischen zwangsernährt. Präsident Obama hatte angekündigt, das Lager "
    "schließen zu wollen.",
    [("102", 102, "count", "exact"), ("30", 30, "count", "exact")])
chg("y11", "y11a", "y11b", "count", "disagreement")  # strikers 84 vs more than 130
chg("y11", "y11b", "y11c", "count", "fall")  # strikers: the latest report is the lawyers' 130+
chg("y11", "y11a", "y11c", "count", "rise")  # tube-fed 16 -> 21
chg("y11", "y11c", "y11d", "count", "rise")  # tube-fed 21 -> 23; strikers 100 again
chg("y11", "y11d", "y11e", "count", "rise")  # strikers 100 -> 102, tube-fed 23 -> 30

# y12 A drone attack on the power grid of the Odesa region -----------------------------------------
art("y12a", "y12", "wire-en", "2025-01-31T07:00:00Z", "en",
    "A Russian drone attack damaged energy facilities in Ukraine's southern Odesa region "
    "overnight, leaving about 250,000 households without power, the regional governor said. Two "
    "people were injured in the city of Odesa. Air defences shot down 42 drones across the "
    "country, the air force said.",
    [("about 250,000", 250000, "count", "about"), ("Two", 2, I, "exact"),
     ("42", 42, "count", "exact")])
art("y12b", "y12", "zeitung-de", "2025-01-31T12:00:00Z", "de",
    "Nach einem russischen Drohnenangriff auf das Stromnetz im Gebiet Odessa sind noch rund "
    "160.000 Haushalte ohne Strom, teilte der Energieversorger mit. In der Stadt Odessa wurden "
    "drei Menschen verletzt.",
    [("rund 160.000", 160000, "count", "about"), ("drei", 3, I, "exact")])
art("y12c", "y12", "news-ar", "2025-01-31T12:30:00Z", "ar",
    "قالت السلطات الأوكرانية إن أكثر من 200 ألف منزل في منطقة أوديسا ما زالت بلا كهرباء بعد هجوم "
    "بالطائرات المسيرة، وأصيب 3 أشخاص في مدينة أوديسا.",
    [("أكثر من 200 ألف", 200000, "count", "over"), ("3", 3, I, "exact")])
art("y12d", "y12", "journal-fr", "2025-02-01T08:00:00Z", "fr",
    "Ukraine : l'électricité a été rétablie pour 90 % des foyers de la région d'Odessa, selon le "
    "gouverneur. Dans la région voisine de Mykolaïv, 12 000 abonnés restent privés de courant.",
    [("90 %", 90, "percent", "exact"), ("12 000", 12000, "count", "exact")])
chg("y12", "y12a", "y12b", "count", "fall")  # households without power
chg("y12", "y12a", "y12b", I, "rise")
chg("y12", "y12b", "y12c", "count", "disagreement")  # about 160,000 vs more than 200,000
# Mykolaiv's 12 000 is another place

# y13 The Potsdam mayoral election: partial count, preliminary result, runoff ----------------------
art("y13a", "y13", "zeitung-de", "2025-09-21T18:30:00Z", "de",
    "Oberbürgermeisterwahl in Potsdam: Nach Auszählung von 80 Prozent der Wahlbezirke liegt die "
    "parteilose Kandidatin Noosha Aubel mit 33,5 Prozent vorn. Die Wahlbeteiligung lag nach "
    "Angaben der Stadt bei 56 Prozent.",
    [("80 Prozent", 80, "percent", "exact"), ("33,5 Prozent", 33.5, "percent", "exact"),
     ("56 Prozent", 56, "percent", "exact")])
art("y13b", "y13", "local-de", "2025-09-21T21:00:00Z", "de",
    "Vorläufiges Endergebnis nach Auszählung aller 129 Wahlbezirke: Noosha Aubel erhielt 28.412 "
    "Stimmen, das sind 32,3 Prozent, die Wahlbeteiligung lag bei 53,7 Prozent. Die "
    "Stichwahl findet am 12. Oktober statt.",
    [("129", 129, "count", "exact"), ("28.412", 28412, "votes", "exact"),
     ("32,3 Prozent", 32.3, "percent", "exact"), ("53,7 Prozent", 53.7, "percent", "exact")])
art("y13c", "y13", "wire-en", "2025-10-12T18:00:00Z", "en",
    "Independent candidate Noosha Aubel won the runoff for mayor of Potsdam on Sunday with 63.6% "
    "of the vote, the city's election office said. Turnout was 43.2%, down from the first round "
    "three weeks ago.",
    [("63.6%", 63.6, "percent", "exact"), ("43.2%", 43.2, "percent", "exact")])
chg("y13", "y13a", "y13b", "percent", "fall")  # Aubel 33.5 -> 32.3, turnout 56 -> 53.7
# the runoff is another vote than the first round: no change

# y14 Briefs: mostly things that are not figures -------------------------------------------------
art("y14a", "y14", "diario-es", "2025-10-03T08:00:00Z", "es",
    "Breves - El pleno del Ayuntamiento de Zaragoza aprobó el jueves la nueva ordenanza de "
    "terrazas por 16 votos a favor y 15 en contra. Un terremoto de magnitud 3,4 se sintió a las "
    "04.12 en el Pirineo oscense, sin daños. La participación en la consulta vecinal de Torrero "
    "fue del 38 %.",
    [("16", 16, "votes", "exact"), ("38 %", 38, "percent", "exact")])
art("y14b", "y14", "news-ar", "2025-11-05T07:00:00Z", "ar",
    "صادق المجلس البلدي لمدينة صفاقس بأغلبية 22 صوتا مقابل 8 على ميزانية عام 2026 البالغة 95 مليون "
    "دينار، بحضور عشرات من السكان. وأتلفت عاصفة برد يوم الأحد نحو 300 هكتار من بساتين الزيتون في "
    "المنطقة. ونال مشروع الحديقة الحضرية تأييد 64 في المئة من المشاركين في الاستشارة "
    "المحلية.",
    [("22 صوتا مقابل 8", 22, "votes", "exact"), ("95 مليون دينار", 95e6, "money", "exact"),
     ("نحو 300 هكتار", 3, "area_km2", "about"),
     ("64 في المئة", 64, "percent", "exact")])
art("y14c", "y14", "local-en", "2025-06-02T09:00:00Z", "en",
    "Briefs - A hailstorm on Saturday afternoon damaged the roofs of more than 400 homes in "
    "Millbrook, the fire chief said; hailstones the size of golf balls fell for about 15 minutes. "
    "Turnout in the school levy vote was 31%, and the levy passed 2,140 votes to 1,988. The fire "
    "chief, 47, has served since 2012.",
    [("more than 400", 400, "count", "over"), ("31%", 31, "percent", "exact"),
     ("2,140 votes to 1,988", 2140, "votes", "exact")])
art("y14d", "y14", "journal-fr", "2025-09-10T08:00:00Z", "fr",
    "En bref - Le conseil départemental du Gers a voté mardi, par 21 voix contre 6, une aide de "
    "2,5 millions d'euros aux viticulteurs touchés par la grêle du 24 juillet, qui a ravagé "
    "près de 1 200 hectares de vignes. Le président du département, 66 ans, a promis un second "
    "volet.",
    [("21 voix contre 6", 21, "votes", "exact"), ("2,5 millions d'euros", 2.5e6, "money", "exact"),
     ("près de 1 200 hectares", 12, "area_km2", "under")])

if __name__ == "__main__":
    LABELLED.write(HERE, details=True)
