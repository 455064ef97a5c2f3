"""Authoring script of the seventh hold-out set (written blind after the seventh round of fixes;
`python build_holdout7.py` here regenerates articles.jsonl and changes.jsonl).

Project-written news items loosely following the shape of public reporting (the Aktau plane
crash, a coal-mine flood in Shanxi, the Kartalkaya hotel fire in Bolu, the early-July 2025 heat
wave in southern Europe, the Christmas 2023 attacks on villages in Nigeria's Plateau state, a
boat capsizing on Lake Mai-Ndombe, the Shahid Rajaee port explosion near Bandar Abbas, mpox in
the DR Congo in 2024, the Bundestag vote on the debt-brake package, a French teachers' strike,
the kidnapping of missionaries in Haiti in 2021, the Embakasi gas explosion in Nairobi, the
Jasper wildfire, Sudanese refugees arriving in Chad); the numbers are not a record of fact, and
the last story is made-up briefs.

Change events are labelled on the timeline of `published_at` (the order in which the evaluation
replays the set), not on the order of the file: the late-arriving articles w3d and w6e come
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

# w1 A passenger plane crashes near Aktau, Kazakhstan ----------------------------------------------
art("w1a", "w1", "wire-en", "2024-12-25T08:30:00Z", "en",
    "A passenger plane carrying 67 people crashed near the city of Aktau in western Kazakhstan on "
    "Wednesday, killing at least 35, the emergencies ministry said. 32 survivors, including two "
    "children, were taken to hospital. The Embraer 190 was flying from Baku to "
    "Grozny when it turned back across the Caspian Sea.",
    [("67", 67, "count", "exact"), ("at least 35", 35, K, "at_least"),
     ("32", 32, I, "exact"), ("two", 2, I, "exact")])
art("w1b", "w1", "journal-fr", "2024-12-25T09:05:00Z", "fr",
    "Kazakhstan : 38 morts dans l'accident d'un avion d'Azerbaijan Airlines près d'Aktaou. Les "
    "29 survivants ont été hospitalisés, dont 11 dans un état grave, a indiqué le ministère de la "
    "Santé kazakh. L'appareil s'est écrasé à environ 3 km de l'aéroport.",
    [("38", 38, K, "exact"), ("29", 29, I, "exact"), ("11", 11, I, "exact"),
     ("environ 3 km", 3, "distance_km", "about")])
art("w1c", "w1", "news-ar", "2024-12-25T16:00:00Z", "ar",
    "قالت السلطات الكازاخستانية إن 38 شخصا لقوا حتفهم في تحطم طائرة ركاب تابعة للخطوط الجوية "
    "الأذربيجانية قرب مدينة أكتاو، فيما نجا 29 آخرون نقلوا جميعا إلى المستشفيات. وأعلنت باكو "
    "الحداد الوطني يوم الخميس.",
    [("38", 38, K, "exact"), ("29", 29, I, "exact")])
art("w1d", "w1", "zeitung-de", "2024-12-26T10:00:00Z", "de",
    "Nach dem Flugzeugabsturz in Kasachstan ist ein Überlebender im Krankenhaus gestorben. Die "
    "Zahl der Toten stieg damit auf 39, teilte das Gesundheitsministerium in Astana mit. Die "
    "Ursache des Absturzes ist weiter unklar.",
    [("39", 39, K, "exact")])
chg("w1", "w1a", "w1b", I, "disagreement")  # 32 vs 29, 35 minutes apart; 38 is at least 35
chg("w1", "w1c", "w1d", K, "rise")

# w2 A flooded coal mine in Shanxi ----------------------------------------------------------------
art("w2a", "w2", "wire-en", "2025-03-10T04:00:00Z", "en",
    "Twenty-two miners were missing after water flooded a coal mine in Xiaoyi, in China's northern "
    "Shanxi province, late on Sunday, state media reported. Rescuers brought 225 miners to the "
    "surface during the night, the Xinhua news agency said.",
    [("Twenty-two", 22, M, "exact"), ("225", 225, "count", "exact")])
art("w2b", "w2", "diario-es", "2025-03-10T11:00:00Z", "es",
    "Murieron 3 mineros y otros 19 siguen desaparecidos tras la inundación de una mina de carbón "
    "en la provincia china de Shanxi, según la televisión estatal CCTV. El accidente ocurrió "
    "hacia las 22.00 del domingo.",
    [("3", 3, K, "exact"), ("19", 19, M, "exact")])
art("w2c", "w2", "zeitung-de", "2025-03-11T08:00:00Z", "de",
    "Grubenunglück in China: Die Zahl der Toten ist auf 11 gestiegen, acht Bergleute werden noch "
    "vermisst. Die Rettungsmannschaften pumpen seit zwei Tagen Wasser aus den Stollen.",
    [("11", 11, K, "exact"), ("acht", 8, M, "exact")])
art("w2d", "w2", "wire-en", "2025-03-12T09:00:00Z", "en",
    "Rescuers in Shanxi recovered the last bodies from the flooded mine on Wednesday, bringing the "
    "death toll to 19, and police detained 6 people, including the mine's owner, the provincial "
    "government said.",
    [("19", 19, K, "exact"), ("6", 6, DET, "exact")])
chg("w2", "w2a", "w2b", M, "fall")
chg("w2", "w2b", "w2c", K, "rise")
chg("w2", "w2b", "w2c", M, "fall")
chg("w2", "w2c", "w2d", K, "rise")

# w3 Fire at a ski-resort hotel in Kartalkaya, Bolu (w3d arrives late) ----------------------------
art("w3a", "w3", "wire-en", "2025-01-21T08:00:00Z", "en",
    "A fire tore through a hotel at the Kartalkaya ski resort in Turkey's northwestern Bolu "
    "province early on Tuesday, killing 10 people and injuring 32, Interior Minister Ali Yerlikaya "
    "said. Two of the victims died after jumping from the building in panic. The fire broke out "
    "at around 3:30 a.m. in the restaurant.",
    [("10", 10, K, "exact"), ("32", 32, I, "exact"), ("Two", 2, K, "exact")])
art("w3b", "w3", "zeitung-de", "2025-01-21T12:00:00Z", "de",
    "Bei dem Brand in einem Hotel im türkischen Skigebiet Kartalkaya sind nach Angaben des "
    "Innenministers 76 Menschen ums Leben gekommen, 51 wurden verletzt. In dem Hotel waren zum "
    "Zeitpunkt des Feuers 238 Gäste registriert.",
    [("76", 76, K, "exact"), ("51", 51, I, "exact"), ("238", 238, "count", "exact")])
art("w3c", "w3", "news-ar", "2025-01-22T09:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا حريق الفندق في منتجع كارتالكايا للتزلج بولاية بولو التركية إلى 78 قتيلا، "
    "بينهم 34 طفلا، بحسب وزارة الداخلية. وأوقفت السلطات 9 أشخاص، بينهم مالك الفندق.",
    [("78", 78, K, "exact"), ("34", 34, K, "exact"), ("9", 9, DET, "exact")])
art("w3d", "w3", "journal-fr", "2025-01-21T10:30:00Z", "fr",  # late: published before w3b
    "Turquie : l'incendie d'un hôtel de la station de ski de Kartalkaya a fait 66 morts et 51 "
    "blessés, selon le ministre de l'Intérieur. Des clients ont tenté de fuir en nouant des draps.",
    [("66", 66, K, "exact"), ("51", 51, I, "exact")])
art("w3e", "w3", "wire-en", "2025-01-22T15:00:00Z", "en",
    "The number of people detained over the Kartalkaya hotel fire, which killed 78 people, rose to "
    "11 on Wednesday, the justice minister said. Funerals were held in Bolu and Istanbul.",
    [("78", 78, K, "exact"), ("11", 11, DET, "exact")])
chg("w3", "w3a", "w3d", K, "rise")
chg("w3", "w3a", "w3d", I, "rise")
chg("w3", "w3d", "w3b", K, "rise")  # injured 51 in both: no change
chg("w3", "w3b", "w3c", K, "rise")  # the 34 children are first reported here
chg("w3", "w3c", "w3e", DET, "rise")

# w4 Heat wave in southern Europe: Spain, Catalonia, France, Portugal -----------------------------
art("w4a", "w4", "diario-es", "2025-07-02T09:00:00Z", "es",
    "Son ya 8 los fallecidos por la ola de calor en España, 3 de ellos en Cataluña, según el "
    "Ministerio de Sanidad. Entre las víctimas figura una barrendera de 51 años en Barcelona. El "
    "termómetro alcanzó los 46 grados en El Granado (Huelva).",
    [("8", 8, K, "exact"), ("3", 3, K, "exact")])
art("w4b", "w4", "wire-en", "2025-07-02T09:40:00Z", "en",
    "A heat wave gripping southern Europe has killed 10 people in Spain, the health ministry said "
    "on Wednesday, and two in France, where more than 1,300 schools were closed. In Italy, "
    "authorities in 18 cities issued red alerts as temperatures climbed past 40C.",
    [("10", 10, K, "exact"), ("two", 2, K, "exact"),
     ("more than 1,300", 1300, "count", "over"), ("18", 18, "count", "exact")])
art("w4c", "w4", "journal-fr", "2025-07-03T08:00:00Z", "fr",
    "Canicule : quatre personnes sont mortes en France depuis le début de l'épisode, a annoncé la "
    "ministre de la Transition écologique. Au total, 1 896 écoles étaient fermées mardi, et 16 "
    "départements restent en vigilance rouge jusqu'à jeudi.",
    [("quatre", 4, K, "exact"), ("1 896", 1896, "count", "exact"), ("16", 16, "count", "exact")])
art("w4d", "w4", "zeitung-de", "2025-07-03T12:00:00Z", "de",
    "Hitzewelle in Südeuropa: In Spanien sind nach Behördenangaben inzwischen 13 Menschen an den "
    "Folgen der Hitze gestorben, in Portugal zwei. In Deutschland werden am Donnerstag bis zu 39 "
    "Grad erwartet.",
    [("13", 13, K, "exact"), ("zwei", 2, K, "exact")])
art("w4e", "w4", "news-ar", "2025-07-04T10:00:00Z", "ar",
    "ارتفع عدد ضحايا موجة الحر في إسبانيا إلى 15 قتيلا، وفق وزارة الصحة الإسبانية، فيما توفي 3 "
    "أشخاص في البرتغال. وأغلقت السلطات اليونانية موقع الأكروبوليس في أثينا بعد الظهر.",
    [("15", 15, K, "exact"), ("3", 3, K, "exact")])
chg("w4", "w4a", "w4b", K, "disagreement")  # Spain 8 vs 10, 40 minutes apart
chg("w4", "w4b", "w4c", K, "rise")  # France 2 -> 4; 1 896 schools is more than 1,300
chg("w4", "w4b", "w4d", K, "rise")  # Spain 10 -> 13; Catalonia's 3 is another place
chg("w4", "w4d", "w4e", K, "rise")  # Spain 13 -> 15 and Portugal 2 -> 3

# w5 Attacks on villages in Plateau state, Nigeria: the state and Bokkos ---------------------------
art("w5a", "w5", "wire-en", "2023-12-26T07:00:00Z", "en",
    "Gunmen attacked at least 17 villages in central Nigeria's Plateau state on Saturday and "
    "Sunday, killing at least 113 people, a local government official said. Most of the victims "
    "were in Bokkos, where 104 bodies had been recovered by Monday, the council chairman said. "
    "More than 300 people were injured.",
    [("at least 17", 17, "count", "at_least"), ("at least 113", 113, K, "at_least"),
     ("104", 104, K, "exact"), ("More than 300", 300, I, "over")])
art("w5b", "w5", "journal-fr", "2023-12-26T12:00:00Z", "fr",
    "Nigeria : le bilan des attaques contre des villages de l'État du Plateau s'alourdit à 160 "
    "morts, selon les autorités locales. Dans la seule zone de Bokkos, 148 personnes ont été "
    "tuées, a précisé le président du conseil local.",
    [("160", 160, K, "exact"), ("148", 148, K, "exact")])
art("w5c", "w5", "news-ar", "2023-12-27T09:00:00Z", "ar",
    "ارتفعت حصيلة الهجمات المسلحة على قرى ولاية بلاتو وسط نيجيريا إلى 195 قتيلا، بحسب مسؤولين "
    "محليين، ونزح أكثر من 10 آلاف شخص من منازلهم خلال عطلة عيد الميلاد.",
    [("195", 195, K, "exact"), ("أكثر من 10 آلاف", 10000, D, "over")])
art("w5d", "w5", "diario-es", "2023-12-27T09:30:00Z", "es",
    "Murieron al menos 200 personas en los ataques de hombres armados contra aldeas del estado "
    "nigeriano de Plateau, según Amnistía Internacional, que cifra en más de 15.000 los "
    "desplazados.",
    [("al menos 200", 200, K, "at_least"), ("más de 15.000", 15000, D, "over")])
chg("w5", "w5a", "w5b", K, "rise")  # Bokkos 104 -> 148; the state's 160 is at least 113
chg("w5", "w5b", "w5c", K, "rise")  # Plateau 160 -> 195
chg("w5", "w5c", "w5d", K, "disagreement")  # 195 vs at least 200, 30 minutes apart

# w6 A boat capsizes on Lake Mai-Ndombe, DR Congo (w6e arrives late) ------------------------------
art("w6a", "w6", "journal-fr", "2025-04-16T10:00:00Z", "fr",
    "RDC : au moins 50 morts et plus de 100 disparus dans le naufrage d'une baleinière sur le lac "
    "Mai-Ndombe. L'embarcation, qui transportait près de 400 passagers selon la police fluviale, "
    "a chaviré vers 21 h au large d'Inongo.",
    [("au moins 50", 50, K, "at_least"), ("plus de 100", 100, M, "over"),
     ("près de 400", 400, "count", "under")])
art("w6b", "w6", "wire-en", "2025-04-16T10:45:00Z", "en",
    "The governor of Congo's Mai-Ndombe province put the death toll from the capsizing of an "
    "overloaded boat on the lake at 38 on Wednesday, and said more than 100 passengers were still "
    "missing. Most of those on board could not swim.",
    [("38", 38, K, "exact"), ("more than 100", 100, M, "over")])
art("w6c", "w6", "diario-es", "2025-04-17T08:00:00Z", "es",
    "Ascienden a 78 los muertos en el naufragio de una embarcación en el lago Mai-Ndombe, en el "
    "oeste de la República Democrática del Congo, y unas 80 personas siguen desaparecidas, informó "
    "el gobierno provincial.",
    [("78", 78, K, "exact"), ("unas 80", 80, M, "about")])
art("w6d", "w6", "news-ar", "2025-04-18T09:00:00Z", "ar",
    "ارتفعت حصيلة غرق قارب في بحيرة ماي-ندومبي غربي الكونغو الديمقراطية إلى 86 قتيلا، وفق "
    "السلطات المحلية التي أكدت أن عمليات البحث عن المفقودين مستمرة.",
    [("86", 86, K, "exact")])
art("w6e", "w6", "local-fr", "2025-04-17T06:00:00Z", "fr",  # late: published before w6c
    "Inongo - Les corps de 61 victimes du naufrage ont été repêchés depuis mercredi, selon la "
    "Croix-Rouge locale, qui a enregistré 94 rescapés.",
    [("61", 61, K, "exact"), ("94", 94, "count", "exact")])
chg("w6", "w6a", "w6b", K, "disagreement")  # 38 vs at least 50, 45 minutes apart
chg("w6", "w6b", "w6e", K, "rise")
chg("w6", "w6e", "w6c", K, "rise")  # 94 survivors and nearly 400 passengers: other counts
chg("w6", "w6b", "w6c", M, "fall")  # more than 100, then about 80
chg("w6", "w6c", "w6d", K, "rise")

# w7 Explosion at the Shahid Rajaee port near Bandar Abbas ----------------------------------------
art("w7a", "w7", "wire-en", "2025-04-26T12:00:00Z", "en",
    "A huge explosion ripped through Shahid Rajaee, Iran's biggest container port near the "
    "southern city of Bandar Abbas, on Saturday, killing at least four people and injuring 516, "
    "state television said. The blast shattered windows several kilometres away.",
    [("at least four", 4, K, "at_least"), ("516", 516, I, "exact")])
art("w7b", "w7", "news-ar", "2025-04-26T12:40:00Z", "ar",
    "ارتفعت حصيلة الانفجار الذي هز ميناء الشهيد رجائي قرب مدينة بندر عباس جنوبي إيران إلى 8 قتلى "
    "و750 مصابا، حسب الهلال الأحمر الإيراني.",
    [("8", 8, K, "exact"), ("750", 750, I, "exact")])
art("w7c", "w7", "zeitung-de", "2025-04-27T08:00:00Z", "de",
    "Nach der Explosion im iranischen Hafen Schahid Radschai ist die Zahl der Toten auf 40 "
    "gestiegen. Mehr als 1.000 Menschen wurden verletzt, teilten die Behörden der Provinz "
    "Hormosgan mit. Das Feuer war am Sonntag noch nicht gelöscht.",
    [("40", 40, K, "exact"), ("Mehr als 1.000", 1000, I, "over")])
art("w7d", "w7", "journal-fr", "2025-04-28T09:00:00Z", "fr",
    "Iran : le bilan de l'explosion du port de Chahid Rajaï s'alourdit à 57 morts et 1 242 "
    "blessés, dont 197 encore hospitalisés, selon le ministère de la Santé.",
    [("57", 57, K, "exact"), ("1 242", 1242, I, "exact"), ("197", 197, I, "exact")])
art("w7e", "w7", "wire-en", "2025-04-29T10:00:00Z", "en",
    "The death toll from the port explosion near Bandar Abbas rose to 70, the governor of "
    "Hormozgan province said on Tuesday. Hospitals in the city were still treating 136 of the "
    "injured.",
    [("70", 70, K, "exact"), ("136", 136, I, "exact")])
chg("w7", "w7a", "w7b", I, "disagreement")  # 516 vs 750, 40 minutes apart; 8 is at least 4
chg("w7", "w7b", "w7c", K, "rise")
chg("w7", "w7b", "w7c", I, "rise")
chg("w7", "w7c", "w7d", K, "rise")  # 1 242 is more than 1,000
chg("w7", "w7d", "w7e", K, "rise")
chg("w7", "w7d", "w7e", I, "fall")  # still in hospital: 197, then 136

# w8 Mpox in the DR Congo: the country, South Kivu, and Burundi -----------------------------------
art("w8a", "w8", "wire-en", "2024-08-15T09:00:00Z", "en",
    "Mpox has killed 548 people in Democratic Republic of Congo this year, out of more than 15,600 "
    "cases, the health ministry said on Thursday. South Kivu province, where a new strain was "
    "first detected, has recorded 27 deaths. About 70% of cases are in children under 15.",
    [("548", 548, K, "exact"), ("more than 15,600", 15600, "count", "over"),
     ("27", 27, K, "exact"), ("About 70%", 70, "percent", "about")])
art("w8b", "w8", "journal-fr", "2024-08-16T10:00:00Z", "fr",
    "RDC : l'épidémie de mpox a fait 570 morts depuis janvier, sur 16 700 cas, selon le ministre "
    "de la Santé, Roger Kamba. Le Sud-Kivu compte à lui seul 29 décès.",
    [("570", 570, K, "exact"), ("16 700", 16700, "count", "exact"), ("29", 29, K, "exact")])
art("w8c", "w8", "diario-es", "2024-08-20T09:00:00Z", "es",
    "Fallecieron 582 personas por mpox en la República Democrática del Congo en lo que va de año, "
    "sobre un total de 17.000 casos, según la OMS. En el vecino Burundi se han confirmado 171 "
    "casos, sin muertes.",
    [("582", 582, K, "exact"), ("17.000", 17000, "count", "exact"),
     ("171", 171, "count", "exact")])
art("w8d", "w8", "zeitung-de", "2024-08-20T09:20:00Z", "de",
    "Mpox breitet sich in Zentralafrika aus: Im Kongo sind seit Januar 575 Menschen an der "
    "Krankheit gestorben, im Nachbarland Burundi wurden 170 Fälle bestätigt. Die WHO hat eine "
    "internationale Gesundheitsnotlage ausgerufen.",
    [("575", 575, K, "exact"), ("170", 170, "count", "exact")])
chg("w8", "w8a", "w8b", K, "rise")  # country 548 -> 570, South Kivu 27 -> 29; cases overlap
chg("w8", "w8b", "w8c", K, "rise")
chg("w8", "w8b", "w8c", "count", "rise")  # cases 16 700 -> 17 000
chg("w8", "w8c", "w8d", K, "disagreement")  # 582 vs 575, 20 minutes apart
chg("w8", "w8c", "w8d", "count", "disagreement")  # Burundi 171 vs 170

# w9 The Bundestag and the Bundesrat vote the debt-brake package: no change
art("w9a", "w9", "zeitung-de", "2025-03-18T15:00:00Z", "de",
    "Der Bundestag hat das Milliardenpaket für Verteidigung und Infrastruktur mit 513 Stimmen "
    "beschlossen, die nötige Zweidrittelmehrheit wurde damit klar erreicht. Das Sondervermögen für "
    "die Infrastruktur umfasst 500 Milliarden Euro, davon 100 Milliarden Euro für den "
    "Klimaschutz.",
    [("513", 513, "votes", "exact"), ("500 Milliarden Euro", 500e9, "money", "exact"),
     ("100 Milliarden Euro", 100e9, "money", "exact")])
art("w9b", "w9", "wire-en", "2025-03-18T15:20:00Z", "en",
    "Germany's parliament approved a plan to loosen the debt brake by 513 votes to 207 on Tuesday, "
    "clearing the way for a 500 billion euro infrastructure fund and higher defence spending.",
    [("513 votes to 207", 513, "votes", "exact"),
     ("500 billion euro", 500e9, "money", "exact")])
art("w9c", "w9", "journal-fr", "2025-03-18T16:00:00Z", "fr",
    "Allemagne : le Bundestag a adopté par 513 voix contre 207 la réforme du frein à l'endettement "
    "voulue par Friedrich Merz, qui ouvre la voie à un fonds de 500 milliards d'euros pour les "
    "infrastructures.",
    [("513 voix contre 207", 513, "votes", "exact"),
     ("500 milliards d'euros", 500e9, "money", "exact")])
art("w9d", "w9", "news-ar", "2025-03-21T12:00:00Z", "ar",
    "وافق مجلس الولايات الألماني (بوندسرات) يوم الجمعة على حزمة الإنفاق الدفاعي والبنية التحتية "
    "بأغلبية 53 صوتا من أصل 69، بعد ثلاثة أيام من إقرارها في البرلمان.",
    [("53", 53, "votes", "exact")])
# the Bundesrat's 53 votes are not the Bundestag's 513: no change

# w10 A teachers' strike in France: the ministry, the union, an academy ---------------------------
art("w10a", "w10", "journal-fr", "2025-02-04T11:00:00Z", "fr",
    "Grève dans l'éducation : selon le ministère, 24,6 % des enseignants du primaire étaient en "
    "grève mardi matin, et 21,1 % dans le secondaire. Les syndicats protestent contre la "
    "suppression de 4 000 postes prévue par le budget.",
    [("24,6 %", 24.6, "percent", "exact"), ("21,1 %", 21.1, "percent", "exact"),
     ("4 000", 4000, "count", "exact")])
art("w10b", "w10", "wire-en", "2025-02-04T11:30:00Z", "en",
    "Around 40% of France's primary school teachers walked out on Tuesday, according to the main "
    "primary teachers' union, SNUipp-FSU, in protest at plans to cut teaching jobs. The union "
    "said up to 1,500 schools could stay shut for the day.",
    [("Around 40%", 40, "percent", "about"), ("up to 1,500", 1500, "count", "up_to")])
art("w10c", "w10", "local-fr", "2025-02-04T16:00:00Z", "fr",
    "Dans l'académie de Lille, le taux de grévistes a atteint 31 % dans les écoles maternelles et "
    "élémentaires, selon le rectorat. Une centaine d'écoles sont restées fermées dans le Nord.",
    [("31 %", 31, "percent", "exact")])
art("w10d", "w10", "news-ar", "2025-02-04T18:00:00Z", "ar",
    "أعلنت وزارة التربية الفرنسية في حصيلة نهائية أن نسبة المعلمين المضربين بلغت 26.3 في المئة في "
    "المدارس الابتدائية و22 في المئة في المرحلة الثانوية.",
    [("26.3 في المئة", 26.3, "percent", "exact"), ("22 في المئة", 22, "percent", "exact")])
chg("w10", "w10a", "w10b", "percent", "disagreement")  # primary 24.6 vs around 40, 30 minutes
chg("w10", "w10b", "w10d", "percent", "fall")  # primary: around 40, then 26.3 (Lille is apart)
chg("w10", "w10a", "w10d", "percent", "rise")  # secondary 21.1 -> 22

# w11 Missionaries kidnapped for ransom in Haiti -------------------------------------------------
art("w11a", "w11", "wire-en", "2021-10-18T09:00:00Z", "en",
    "A gang kidnapped 17 members of a U.S.-based missionary group, including five children, east "
    "of Port-au-Prince on Saturday, Haitian police said. The youngest hostage is 8 months old.",
    [("17", 17, H, "exact"), ("five", 5, H, "exact")])
art("w11b", "w11", "journal-fr", "2021-10-20T10:00:00Z", "fr",
    "Les ravisseurs des 17 missionnaires enlevés samedi en Haïti réclament une rançon de 17 "
    "millions de dollars, soit un million de dollars par otage, a indiqué le ministre de la "
    "Justice. Le gang 400 Mawozo contrôle la zone de Croix-des-Bouquets.",
    [("17", 17, H, "exact"), ("17 millions de dollars", 17e6, "money", "exact"),
     ("un million de dollars", 1e6, "money", "exact")])
art("w11c", "w11", "diario-es", "2021-11-16T09:00:00Z", "es",
    "La banda 400 Mawozo liberó a una pareja de misioneros secuestrados en Haití, pero otros 15 "
    "siguen en su poder, informó el grupo Christian Aid Ministries.",
    [("15", 15, H, "exact")])
art("w11d", "w11", "wire-en", "2021-12-06T15:00:00Z", "en",
    "More of the missionaries held in Haiti were freed on Sunday, leaving 12 members of the group "
    "in captivity, the Ohio-based charity said.",
    [("12", 12, H, "exact")])
art("w11e", "w11", "news-ar", "2021-12-17T09:00:00Z", "ar",
    "أعلنت منظمة كريستيان إيد منستريز الإفراج عن آخر 12 رهينة من المبشرين المختطفين في هايتي منذ "
    "شهرين، مؤكدة أنهم في صحة جيدة.",
    [("12", 12, H, "exact")])
chg("w11", "w11b", "w11c", H, "fall")
chg("w11", "w11c", "w11d", H, "fall")
# w11d -> w11e: the last 12 hostages freed, the same number: no change

# w12 Gas explosion in Embakasi, Nairobi ---------------------------------------------------------
art("w12a", "w12", "wire-en", "2024-02-02T07:00:00Z", "en",
    "A gas explosion in Nairobi's Embakasi neighbourhood late on Thursday killed three people and "
    "injured more than 280, a government spokesman said. A lorry loaded with cooking gas "
    "cylinders exploded at around 11:30 p.m., setting homes and businesses on fire.",
    [("three", 3, K, "exact"), ("more than 280", 280, I, "over")])
art("w12b", "w12", "zeitung-de", "2024-02-02T07:30:00Z", "de",
    "Bei einer Gasexplosion in der kenianischen Hauptstadt Nairobi sind zwei Menschen getötet und "
    "222 verletzt worden, berichtet die Regierung. Ein mit Gasflaschen beladener Lastwagen war "
    "explodiert.",
    [("zwei", 2, K, "exact"), ("222", 222, I, "exact")])
art("w12c", "w12", "news-ar", "2024-02-03T10:00:00Z", "ar",
    "ارتفعت حصيلة انفجار الغاز في حي إمباكاسي بالعاصمة الكينية نيروبي إلى 6 قتلى، وأكثر من 300 "
    "مصاب، وفق الحكومة الكينية.",
    [("6", 6, K, "exact"), ("أكثر من 300", 300, I, "over")])
art("w12d", "w12", "diario-es", "2024-02-05T09:00:00Z", "es",
    "Son ya 10 los muertos por la explosión de gas en Nairobi, y la policía detuvo a tres "
    "empleados de la autoridad reguladora de la energía por haber autorizado el depósito.",
    [("10", 10, K, "exact"), ("tres", 3, DET, "exact")])
chg("w12", "w12a", "w12b", K, "disagreement")  # 3 vs 2, 30 minutes apart
chg("w12", "w12a", "w12b", I, "disagreement")  # more than 280 vs 222
chg("w12", "w12b", "w12c", K, "rise")
chg("w12", "w12b", "w12c", I, "rise")
chg("w12", "w12c", "w12d", K, "rise")

# w13 The Jasper wildfire: the park and the town, and Alberta as a whole --------------------------
art("w13a", "w13", "wire-en", "2024-07-23T08:00:00Z", "en",
    "About 25,000 people, including 20,000 visitors, were ordered to leave Canada's Jasper "
    "National Park as a wildfire raced toward the town of Jasper, Parks Canada said. The fire "
    "covered about 11,000 hectares on Monday night.",
    [("About 25,000", 25000, E, "about"), ("20,000", 20000, E, "exact"),
     ("about 11,000 hectares", 110, "area_km2", "about")])
art("w13b", "w13", "journal-fr", "2024-07-25T09:00:00Z", "fr",
    "Le feu de Jasper couvre désormais 32 000 hectares. Il a détruit 358 bâtiments, soit environ "
    "30 % des structures de la ville, selon la municipalité.",
    [("32 000 hectares", 320, "area_km2", "exact"), ("358", 358, "count", "exact"),
     ("environ 30 %", 30, "percent", "about")])
art("w13c", "w13", "zeitung-de", "2024-07-26T10:00:00Z", "de",
    "Waldbrand in Kanada: In Jasper sind rund 360 Gebäude zerstört worden. Das Feuer hat sich auf "
    "36.000 Hektar ausgeweitet, teilte die Parkverwaltung mit.",
    [("rund 360", 360, "count", "about"), ("36.000 Hektar", 360, "area_km2", "exact")])
art("w13d", "w13", "local-en", "2024-07-26T10:30:00Z", "en",
    "Across Alberta, 176 wildfires were burning on Friday, and fires have burned nearly 250,000 "
    "hectares of the province this season, officials said. A 24-year-old firefighter from "
    "Calgary was killed by a falling tree near Jasper on Friday.",
    [("176", 176, "count", "exact"), ("nearly 250,000 hectares", 2500, "area_km2", "under")])
chg("w13", "w13a", "w13b", "area_km2", "rise")
chg("w13", "w13b", "w13c", "area_km2", "rise")  # 360 buildings is around 358
# Alberta's 250,000 hectares is another place than the Jasper fire

# w14 Sudanese refugees arriving in Chad ---------------------------------------------------------
art("w14a", "w14", "wire-en", "2023-06-20T09:00:00Z", "en",
    "About 100,000 people have fled Sudan's war into Chad since April, the UN refugee agency "
    "said, and some 6,000 arrived in the border town of Adré over the weekend alone.",
    [("About 100,000", 100000, D, "about"), ("some 6,000", 6000, D, "about")])
art("w14b", "w14", "journal-fr", "2023-06-27T10:00:00Z", "fr",
    "Tchad : 155 000 réfugiés soudanais sont arrivés dans l'est du pays depuis avril, selon le "
    "HCR, dont 90 % de femmes et d'enfants. Les camps autour d'Adré sont saturés.",
    [("155 000", 155000, D, "exact"), ("90 %", 90, "percent", "exact")])
art("w14c", "w14", "news-ar", "2023-07-04T09:00:00Z", "ar",
    "قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن 191 ألف لاجئ سوداني عبروا الحدود إلى "
    "تشاد منذ منتصف أبريل، فيما لجأ حوالي 117 ألفا إلى جنوب السودان.",
    [("191 ألف", 191000, D, "exact"), ("حوالي 117 ألفا", 117000, D, "about")])
art("w14d", "w14", "diario-es", "2023-07-04T09:30:00Z", "es",
    "Casi 170.000 sudaneses han cruzado a Chad desde el inicio de la guerra en abril, según "
    "ACNUR, que pide 1.000 millones de dólares para atenderlos.",
    [("Casi 170.000", 170000, D, "under"),
     ("1.000 millones de dólares", 1e9, "money", "exact")])
chg("w14", "w14a", "w14b", D, "rise")  # Adré's 6,000 is a part, not the country
chg("w14", "w14b", "w14c", D, "rise")  # South Sudan is another place
chg("w14", "w14c", "w14d", D, "disagreement")  # 191,000 vs nearly 170,000, 30 minutes apart

# w15 Briefs: mostly things that are not figures --------------------------------------------------
art("w15a", "w15", "local-en", "2025-05-06T09:00:00Z", "en",
    "Briefs - Route 9 will close between exits 14 and 16 from 10 p.m. on Friday for repaving. The "
    "school board voted 6-3 to approve a $2.4 million budget for the new gym, which will open in "
    "2027. Board chair Ruth Daley, 61, said dozens of parents had written in.",
    [("6-3", 6, "votes", "exact"), ("$2.4 million", 2.4e6, "money", "exact")])
art("w15b", "w15", "zeitung-de", "2025-06-12T07:00:00Z", "de",
    "Kurz gemeldet - Ein Erdbeben der Stärke 3,2 hat am Mittwoch um 22.14 Uhr die Region um "
    "Albstadt erschüttert; Schäden wurden nicht gemeldet. Der Gemeinderat stimmte mit 21 zu 4 "
    "Stimmen für das neue Hallenbad, das 2028 eröffnen soll. Bei der Bürgerbefragung hatten sich "
    "58 Prozent dafür ausgesprochen.",
    [("21", 21, "votes", "exact"), ("58 Prozent", 58, "percent", "exact")])
art("w15c", "w15", "diario-es", "2025-09-03T08:00:00Z", "es",
    "Breves - El Parlamento de Cantabria aprobó los presupuestos de 2026 con 18 votos a favor y "
    "17 en contra. Las cuentas suman 3.950 millones de euros, un 4,1 % más que este año. La sesión "
    "duró casi cinco horas.",
    [("18", 18, "votes", "exact"), ("3.950 millones de euros", 3.95e9, "money", "exact"),
     ("4,1 %", 4.1, "percent", "exact")])
art("w15d", "w15", "news-ar", "2025-08-10T06:00:00Z", "ar",
    "سجلت درجات الحرارة 48 درجة مئوية في مدينة البصرة يوم السبت، وأعلنت السلطات تقليص ساعات العمل "
    "الرسمي إلى الساعة 12 ظهرا. ويبلغ عمر محطة الكهرباء الرئيسية في المدينة أكثر من 40 عاما.",
    [])
art("w15e", "w15", "journal-fr", "2025-03-14T08:00:00Z", "fr",
    "En bref - Le conseil municipal de Rennes a adopté mercredi soir le budget 2025 par 43 voix "
    "contre 12, avec un investissement de 180 millions d'euros. Le maire, 58 ans, a salué un "
    "texte « prudent ». Des dizaines d'habitants ont suivi la séance.",
    [("43 voix contre 12", 43, "votes", "exact"),
     ("180 millions d'euros", 180e6, "money", "exact")])

if __name__ == "__main__":
    LABELLED.write(HERE, details=True)
