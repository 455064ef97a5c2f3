"""The benchmark's corpus: project-written page-text articles and, when present, real HTML pages.

Text articles are generated deterministically from the templates and word lists below (written
for this benchmark, no external text): about 3 KB each, in English, French, Spanish, German and
Arabic, flattened the way a scraper leaves a page (site chrome before and after the story), with
reported figures ("at least 41 people were killed"), places, people and organisations, so that
every stage does real work. Articles follow a fixed set of running stories whose figures move
from one article to the next (figure changes), and one article in twenty is an exact wire copy
of an earlier one under another outlet and id (copy linking). Around the reported paragraphs,
filler sentences drawn word by word from per-language lists (the story kind's vocabulary, mostly)
keep unrelated articles from sharing many word 3-shingles: without them every article of a
language looked like a near-copy of every other, and the copy index and figure history saw a
degenerate worst case (measured: worker CPU per article doubling from 800 to 3,000 articles).

``published_at`` advances by ``STEP_SECONDS`` per article, so a long run spans weeks of event
time and the copy and figure windows evict old state as they would in production.

HTML pages are the 181 pages of ``../shared/data/article-extraction-benchmark/html`` (read at
benchmark time, never copied into the repository); ``html_articles`` cycles through them under
distinct ids.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "fr", "es", "de", "ar")
TARGET_CHARS = 3000
STEP_SECONDS = 30
EPOCH = datetime(2026, 1, 5, 6, 0, tzinfo=timezone.utc)
COPY_EVERY = 20  # one article in COPY_EVERY is a wire copy of an earlier one
STORIES = 48


def shared_data_dir() -> Path:
    """``$WIREWATCH_SHARED_DATA`` or ``../shared/data`` next to the repository."""
    env = os.environ.get("WIREWATCH_SHARED_DATA")
    if env:
        path = Path(env)
        return path / "data" if (path / "data").is_dir() else path
    return (REPO / ".." / "shared" / "data").resolve()


# -- word lists ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Place:
    city: dict[str, str]
    country: dict[str, str]


def _place(en: str, fr: str, es: str, de: str, ar: str,
           cen: str, cfr: str, ces: str, cde: str, car: str) -> Place:
    return Place(dict(en=en, fr=fr, es=es, de=de, ar=ar),
                 dict(en=cen, fr=cfr, es=ces, de=cde, ar=car))


PLACES = (
    _place("Rafah", "Rafah", "Rafah", "Rafah", "رفح", "Gaza", "Gaza", "Gaza", "Gaza", "غزة"),
    _place("Kharkiv", "Kharkiv", "Járkov", "Charkiw", "خاركيف",
           "Ukraine", "Ukraine", "Ucrania", "Ukraine", "أوكرانيا"),
    _place("Khartoum", "Khartoum", "Jartum", "Khartum", "الخرطوم",
           "Sudan", "Soudan", "Sudán", "Sudan", "السودان"),
    _place("Valencia", "Valence", "Valencia", "Valencia", "فالنسيا",
           "Spain", "Espagne", "España", "Spanien", "إسبانيا"),
    _place("Marseille", "Marseille", "Marsella", "Marseille", "مرسيليا",
           "France", "France", "Francia", "Frankreich", "فرنسا"),
    _place("Hamburg", "Hambourg", "Hamburgo", "Hamburg", "هامبورغ",
           "Germany", "Allemagne", "Alemania", "Deutschland", "ألمانيا"),
    _place("Beirut", "Beyrouth", "Beirut", "Beirut", "بيروت",
           "Lebanon", "Liban", "Líbano", "Libanon", "لبنان"),
    _place("Dhaka", "Dacca", "Daca", "Dhaka", "دكا",
           "Bangladesh", "Bangladesh", "Bangladés", "Bangladesch", "بنغلاديش"),
    _place("Lagos", "Lagos", "Lagos", "Lagos", "لاغوس",
           "Nigeria", "Nigeria", "Nigeria", "Nigeria", "نيجيريا"),
    _place("Kyiv", "Kiev", "Kiev", "Kiew", "كييف",
           "Ukraine", "Ukraine", "Ucrania", "Ukraine", "أوكرانيا"),
    _place("Aleppo", "Alep", "Alepo", "Aleppo", "حلب",
           "Syria", "Syrie", "Siria", "Syrien", "سوريا"),
    _place("Lyon", "Lyon", "Lyon", "Lyon", "ليون",
           "France", "France", "Francia", "Frankreich", "فرنسا"),
    _place("Seville", "Séville", "Sevilla", "Sevilla", "إشبيلية",
           "Spain", "Espagne", "España", "Spanien", "إسبانيا"),
    _place("Cairo", "Le Caire", "El Cairo", "Kairo", "القاهرة",
           "Egypt", "Égypte", "Egipto", "Ägypten", "مصر"),
    _place("Munich", "Munich", "Múnich", "München", "ميونخ",
           "Germany", "Allemagne", "Alemania", "Deutschland", "ألمانيا"),
    _place("Manila", "Manille", "Manila", "Manila", "مانيلا",
           "Philippines", "Philippines", "Filipinas", "Philippinen", "الفلبين"),
)

PEOPLE = ("Maria Lopez", "Ahmed Haddad", "Jonas Becker", "Claire Martin", "Yusuf Karim",
          "Elena Petrova", "David Mensah", "Sofia Rossi", "Omar Khalil", "Anna Schmidt",
          "Lucas Moreau", "Fatima Zahra", "Tomas Novak", "Ines Garcia", "Karl Weber")
PEOPLE_AR = ("أحمد حداد", "فاطمة الزهراء", "يوسف كريم", "عمر خليل", "مريم سعيد", "خالد منصور")

ORGS = {
    "en": ("the United Nations", "the Red Cross", "the World Health Organization",
           "the European Commission", "the Interior Ministry", "Reuters", "the World Bank"),
    "fr": ("les Nations unies", "la Croix-Rouge", "l'Organisation mondiale de la santé",
           "la Commission européenne", "le ministère de l'Intérieur", "l'AFP", "la Banque mondiale"),
    "es": ("las Naciones Unidas", "la Cruz Roja", "la Organización Mundial de la Salud",
           "la Comisión Europea", "el Ministerio del Interior", "la agencia EFE", "el Banco Mundial"),
    "de": ("die Vereinten Nationen", "das Rote Kreuz", "die Weltgesundheitsorganisation",
           "die Europäische Kommission", "das Innenministerium", "die dpa", "die Weltbank"),
    "ar": ("الأمم المتحدة", "الصليب الأحمر", "منظمة الصحة العالمية", "المفوضية الأوروبية",
           "وزارة الداخلية", "البنك الدولي"),
}

OUTLETS = ("harbor-gazette", "le-courrier-du-port", "diario-del-valle", "nordkurier-online",
           "al-manara-news", "daily-ledger", "wire-services", "city-tribune")

# Site chrome: what a flattened page carries around the story (menus, share bars, footers).
CHROME_HEAD = {
    "en": ("Home | World | Business | Sport | Opinion", "World NewsWorld press", "Share",
           "Sign in | Subscribe", "Advertisement"),
    "fr": ("Accueil | Monde | Économie | Sport | Opinions", "ActualitéInternational",
           "Partager", "Se connecter | S'abonner", "Publicité"),
    "es": ("Portada | Internacional | Economía | Deportes | Opinión", "PortadaInternacional",
           "Compartir", "Iniciar sesión | Suscríbete", "Publicidad"),
    "de": ("Startseite | Politik | Wirtschaft | Sport | Meinung", "NachrichtenAusland",
           "Teilen", "Anmelden | Abonnieren", "Anzeige"),
    "ar": ("الرئيسية | العالم | اقتصاد | رياضة | رأي", "أخبارالعالم", "شارك",
           "تسجيل الدخول | اشترك", "إعلان"),
}
CHROME_TAIL = {
    "en": ("Read more", "Most popular", "© 2026 All rights reserved | Privacy | Cookies",
           "Sign up for our newsletter", "Related: More from World"),
    "fr": ("Lire aussi", "Les plus lus", "© 2026 Tous droits réservés | Confidentialité",
           "Inscrivez-vous à notre newsletter", "Sur le même sujet"),
    "es": ("Leer más", "Lo más visto", "© 2026 Todos los derechos reservados | Privacidad",
           "Suscríbete a nuestro boletín", "Noticias relacionadas"),
    "de": ("Mehr zum Thema", "Meistgelesen", "© 2026 Alle Rechte vorbehalten | Datenschutz",
           "Newsletter abonnieren", "Weitere Artikel"),
    "ar": ("اقرأ أيضا", "الأكثر قراءة", "© 2026 جميع الحقوق محفوظة | الخصوصية",
           "اشترك في النشرة الإخبارية", "مواضيع ذات صلة"),
}

# Story kinds: title template, lead template with a figure, follow-up paragraphs.
# Slots: {city} {country} {n} {m} {person} {org} {day} {pct}
TITLES = {
    "en": {"conflict": "Strikes on {city} kill at least {n} as fighting spreads in {country}",
           "flood": "Floods in {city}: {n} dead and {m} displaced after record rain",
           "economy": "{country} inflation eases to {pct}% as energy prices fall",
           "health": "Outbreak near {city}: {n} cases confirmed, health officials say",
           "sport": "{city} win 3-1 to extend lead at the top of the league"},
    "fr": {"conflict": "Frappes sur {city} : au moins {n} morts, les combats s'étendent",
           "flood": "Inondations à {city} : {n} morts et {m} déplacés après des pluies record",
           "economy": "{country} : l'inflation ralentit à {pct} % avec la baisse de l'énergie",
           "health": "Épidémie près de {city} : {n} cas confirmés selon les autorités sanitaires",
           "sport": "{city} s'impose 3-1 et conforte sa place de leader"},
    "es": {"conflict": "Ataques en {city} dejan al menos {n} muertos mientras se extienden los combates",
           "flood": "Inundaciones en {city}: {n} muertos y {m} desplazados tras lluvias récord",
           "economy": "La inflación en {country} baja al {pct} % por el abaratamiento de la energía",
           "health": "Brote cerca de {city}: {n} casos confirmados, según Sanidad",
           "sport": "{city} gana 3-1 y amplía su ventaja en la liga"},
    "de": {"conflict": "Angriffe auf {city}: mindestens {n} Tote, Kämpfe weiten sich aus",
           "flood": "Hochwasser in {city}: {n} Tote und {m} Vertriebene nach Rekordregen",
           "economy": "Inflation in {country} sinkt auf {pct} Prozent dank günstigerer Energie",
           "health": "Ausbruch bei {city}: {n} bestätigte Fälle, sagen Gesundheitsbehörden",
           "sport": "{city} gewinnt 3:1 und baut Tabellenführung aus"},
    "ar": {"conflict": "مقتل {n} شخصا على الأقل في غارات على {city} مع اتساع القتال",
           "flood": "فيضانات في {city}: {n} قتيلا و{m} نازحا بعد أمطار قياسية",
           "economy": "التضخم في {country} يتراجع إلى {pct} في المئة مع انخفاض أسعار الطاقة",
           "health": "تفشي مرض قرب {city}: تأكيد {n} إصابة بحسب السلطات الصحية",
           "sport": "{city} يفوز 3-1 ويعزز صدارته للدوري"},
}
LEADS = {
    "en": {"conflict": "At least {n} people were killed and {m} wounded in overnight strikes on {city}, "
                       "officials in {country} said on {day}, according to {org}.",
           "flood": "The death toll from flooding in {city} rose to {n} on {day}, and more than {m} "
                    "people have been displaced, {org} said.",
           "economy": "Consumer prices in {country} rose {pct}% in the year to October, down from the "
                      "previous month, according to figures published on {day} by {org}.",
           "health": "Health officials confirmed {n} cases of the disease around {city} on {day}, and "
                     "{m} patients remain in hospital, {org} said.",
           "sport": "{city} beat their rivals 3-1 on {day} in front of {m} fans, with {person} "
                    "scoring twice in the second half."},
    "fr": {"conflict": "Au moins {n} personnes ont été tuées et {m} blessées dans des frappes nocturnes "
                       "sur {city}, ont indiqué les autorités de {country} {day}, selon {org}.",
           "flood": "Le bilan des inondations à {city} s'est alourdi à {n} morts {day}, et plus de {m} "
                    "personnes ont été déplacées, selon {org}.",
           "economy": "Les prix à la consommation en {country} ont augmenté de {pct} % sur un an en "
                      "octobre, selon les chiffres publiés {day} par {org}.",
           "health": "Les autorités sanitaires ont confirmé {n} cas autour de {city} {day}, et {m} "
                     "patients restent hospitalisés, selon {org}.",
           "sport": "{city} a battu son rival 3-1 {day} devant {m} spectateurs, avec un doublé de "
                    "{person} en seconde période."},
    "es": {"conflict": "Al menos {n} personas murieron y {m} resultaron heridas en los ataques nocturnos "
                       "contra {city}, informaron las autoridades de {country} el {day}, según {org}.",
           "flood": "El balance de las inundaciones en {city} subió a {n} muertos el {day}, y más de {m} "
                    "personas han sido desplazadas, según {org}.",
           "economy": "Los precios al consumo en {country} subieron un {pct} % interanual en octubre, "
                      "según los datos publicados el {day} por {org}.",
           "health": "Las autoridades sanitarias confirmaron {n} casos en torno a {city} el {day}, y {m} "
                     "pacientes siguen hospitalizados, según {org}.",
           "sport": "{city} venció 3-1 a su rival el {day} ante {m} aficionados, con dos goles de "
                    "{person} en la segunda parte."},
    "de": {"conflict": "Bei nächtlichen Angriffen auf {city} sind mindestens {n} Menschen getötet und {m} "
                       "verletzt worden, teilten die Behörden in {country} am {day} mit, so {org}.",
           "flood": "Die Zahl der Toten nach dem Hochwasser in {city} ist am {day} auf {n} gestiegen, "
                    "mehr als {m} Menschen wurden vertrieben, teilte {org} mit.",
           "economy": "Die Verbraucherpreise in {country} stiegen im Oktober um {pct} Prozent zum Vorjahr, "
                      "wie {org} am {day} mitteilte.",
           "health": "Die Gesundheitsbehörden bestätigten am {day} {n} Fälle rund um {city}, {m} Patienten "
                     "werden weiter im Krankenhaus behandelt, so {org}.",
           "sport": "{city} hat am {day} vor {m} Zuschauern 3:1 gewonnen, {person} traf in der zweiten "
                    "Halbzeit zweimal."},
    "ar": {"conflict": "قتل {n} شخصا على الأقل وأصيب {m} آخرون في غارات ليلية على {city}، بحسب ما أعلنته "
                       "السلطات في {country} يوم {day}، وفقا لـ{org}.",
           "flood": "ارتفعت حصيلة الفيضانات في {city} إلى {n} قتيلا يوم {day}، ونزح أكثر من {m} شخص، "
                    "بحسب {org}.",
           "economy": "ارتفعت أسعار المستهلكين في {country} بنسبة {pct} في المئة على أساس سنوي في أكتوبر، "
                      "وفقا لأرقام نشرتها {org} يوم {day}.",
           "health": "أكدت السلطات الصحية {n} إصابة في محيط {city} يوم {day}، ولا يزال {m} مريضا في "
                     "المستشفى، بحسب {org}.",
           "sport": "فاز فريق {city} على منافسه 3-1 يوم {day} أمام {m} متفرج، وسجل {person} هدفين في "
                    "الشوط الثاني."},
}
BODY = {
    "en": ("{person}, a spokesperson for {org}, said teams were working around the clock in {city} "
           "and that the situation remained difficult in several districts.",
           "Residents described long queues for water and fuel, and schools in the area have been "
           "closed since {day}. Local officials in {country} asked for more support.",
           "\u201cWe need access, and we need it now,\u201d {person} told reporters, adding that {m} "
           "families had registered for help in the past week.",
           "The government of {country} said it would hold an emergency meeting, while {org} "
           "warned that the numbers could still change as information arrives.",
           "Analysts said the figures published on {day} were the highest since records began, "
           "and that about {pct}% of households in {city} had been affected.",
           "Earlier reports had put the number at {k}, but officials revised it after new "
           "information came in from hospitals and rescue crews.",
           "The mayor of {city} thanked volunteers and said repairs to roads and bridges would "
           "take months. Insurance claims are expected to exceed {money} million euros."),
    "fr": ("{person}, porte-parole de {org}, a déclaré que les équipes travaillaient jour et nuit à "
           "{city} et que la situation restait difficile dans plusieurs quartiers.",
           "Les habitants décrivent de longues files d'attente pour l'eau et le carburant, et les "
           "écoles sont fermées depuis {day}. Les élus de {country} demandent davantage d'aide.",
           "\u00ab Nous avons besoin d'accès, maintenant \u00bb, a dit {person} à la presse, ajoutant "
           "que {m} familles s'étaient inscrites pour recevoir de l'aide la semaine dernière.",
           "Le gouvernement de {country} a annoncé une réunion d'urgence, tandis que {org} a "
           "prévenu que les chiffres pourraient encore évoluer.",
           "Selon les analystes, les chiffres publiés {day} sont les plus élevés jamais enregistrés, "
           "et environ {pct} % des foyers de {city} ont été touchés.",
           "Un précédent bilan faisait état de {k} victimes, mais les autorités l'ont révisé après "
           "de nouvelles informations des hôpitaux et des secours.",
           "Le maire de {city} a remercié les bénévoles et indiqué que la réparation des routes "
           "prendrait des mois. Les sinistres dépasseraient {money} millions d'euros."),
    "es": ("{person}, portavoz de {org}, dijo que los equipos trabajaban día y noche en {city} y que "
           "la situación seguía siendo difícil en varios barrios.",
           "Los vecinos describen largas colas para conseguir agua y combustible, y los colegios "
           "están cerrados desde el {day}. Las autoridades de {country} piden más apoyo.",
           "\u201cNecesitamos acceso, y lo necesitamos ya\u201d, dijo {person} a los periodistas, y "
           "añadió que {m} familias se habían inscrito para recibir ayuda la semana pasada.",
           "El Gobierno de {country} anunció una reunión de urgencia, mientras {org} advirtió de "
           "que las cifras aún podrían cambiar.",
           "Según los analistas, las cifras publicadas el {day} son las más altas desde que hay "
           "registros, y cerca del {pct} % de los hogares de {city} se han visto afectados.",
           "Un balance anterior situaba la cifra en {k} víctimas, pero las autoridades la revisaron "
           "con nueva información de hospitales y equipos de rescate.",
           "El alcalde de {city} agradeció la labor de los voluntarios y dijo que reparar carreteras "
           "y puentes llevará meses. Los daños superarían los {money} millones de euros."),
    "de": ("{person}, Sprecherin von {org}, sagte, die Teams arbeiteten in {city} rund um die Uhr, "
           "die Lage in mehreren Stadtteilen bleibe schwierig.",
           "Anwohner berichten von langen Schlangen für Wasser und Treibstoff, die Schulen sind seit "
           "{day} geschlossen. Behörden in {country} baten um mehr Unterstützung.",
           "\u201eWir brauchen Zugang, und zwar sofort\u201c, sagte {person} vor Journalisten. In der "
           "vergangenen Woche hätten sich {m} Familien für Hilfe registriert.",
           "Die Regierung von {country} kündigte eine Krisensitzung an, während {org} warnte, dass "
           "sich die Zahlen noch ändern könnten.",
           "Nach Angaben von Analysten sind die am {day} veröffentlichten Zahlen die höchsten seit "
           "Beginn der Aufzeichnungen, rund {pct} Prozent der Haushalte in {city} seien betroffen.",
           "Frühere Berichte hatten die Zahl mit {k} angegeben, die Behörden korrigierten sie nach "
           "neuen Informationen aus Krankenhäusern und von Rettungskräften.",
           "Der Bürgermeister von {city} dankte den Freiwilligen; die Reparatur von Straßen und "
           "Brücken werde Monate dauern. Die Schäden dürften {money} Millionen Euro übersteigen."),
    "ar": ("قال {person}، المتحدث باسم {org}، إن الفرق تعمل على مدار الساعة في {city} وإن الوضع لا "
           "يزال صعبا في عدة أحياء.",
           "وصف السكان طوابير طويلة للحصول على الماء والوقود، والمدارس مغلقة منذ يوم {day}. وطالب "
           "مسؤولون في {country} بمزيد من الدعم.",
           "وقال {person} للصحفيين: \u00abنحتاج إلى الوصول الآن\u00bb، مضيفا أن {m} عائلة سجلت "
           "للحصول على المساعدة في الأسبوع الماضي.",
           "وأعلنت حكومة {country} عقد اجتماع طارئ، فيما حذرت {org} من أن الأرقام قد تتغير مع ورود "
           "معلومات جديدة.",
           "وقال محللون إن الأرقام المنشورة يوم {day} هي الأعلى منذ بدء التسجيل، وإن نحو {pct} في "
           "المئة من الأسر في {city} تضررت.",
           "وكانت تقارير سابقة قد قدرت العدد بـ{k}، لكن المسؤولين عدلوه بعد معلومات جديدة من "
           "المستشفيات وفرق الإنقاذ.",
           "وشكر رئيس بلدية {city} المتطوعين وقال إن إصلاح الطرق والجسور سيستغرق أشهرا، ومن المتوقع "
           "أن تتجاوز الأضرار {money} مليون يورو."),
}
DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
KINDS = ("conflict", "flood", "economy", "health", "sport")

# Filler sentences: one word or short phrase per slot, drawn independently, so that two articles
# share few word 3-shingles (unrelated stories must not look like copies to the copy index),
# while every word is a real word of the language (language identification, topics).
# Noun lists follow the five story kinds, in KINDS order.
NOUNS = {
    "en": (("troops", "shelling", "the ceasefire", "civilians", "the army", "rockets",
            "the border", "negotiators"),
           ("the river", "rescuers", "the dam", "rainfall", "the levees", "farmland", "boats",
            "shelters"),
           ("prices", "the central bank", "wages", "exports", "the budget", "investors",
            "energy bills", "retailers"),
           ("hospitals", "nurses", "the vaccine", "clinics", "patients", "the virus", "testing",
            "doctors"),
           ("the striker", "the coach", "fans", "the stadium", "the referee", "the squad",
            "the title race", "the goalkeeper")),
    "fr": (("les soldats", "les bombardements", "le cessez-le-feu", "les civils", "l'armée",
            "les roquettes", "la frontière", "les négociateurs"),
           ("la rivière", "les sauveteurs", "le barrage", "les pluies", "les digues",
            "les champs", "les bateaux", "les abris"),
           ("les prix", "la banque centrale", "les salaires", "les exportations", "le budget",
            "les investisseurs", "les factures", "les commerçants"),
           ("les hôpitaux", "les infirmières", "le vaccin", "les cliniques", "les patients",
            "le virus", "les tests", "les médecins"),
           ("l'attaquant", "l'entraîneur", "les supporters", "le stade", "l'arbitre", "l'équipe",
            "le championnat", "le gardien")),
    "es": (("las tropas", "los bombardeos", "el alto el fuego", "los civiles", "el ejército",
            "los cohetes", "la frontera", "los negociadores"),
           ("el río", "los rescatistas", "la presa", "las lluvias", "los diques", "los cultivos",
            "las barcas", "los albergues"),
           ("los precios", "el banco central", "los salarios", "las exportaciones",
            "el presupuesto", "los inversores", "las facturas", "los comercios"),
           ("los hospitales", "las enfermeras", "la vacuna", "las clínicas", "los pacientes",
            "el virus", "las pruebas", "los médicos"),
           ("el delantero", "el entrenador", "la afición", "el estadio", "el árbitro",
            "la plantilla", "la liga", "el portero")),
    "de": (("die Truppen", "der Beschuss", "die Waffenruhe", "die Zivilisten", "die Armee",
            "die Raketen", "die Grenze", "die Unterhändler"),
           ("der Fluss", "die Retter", "der Damm", "der Regen", "die Deiche", "die Felder",
            "die Boote", "die Notunterkünfte"),
           ("die Preise", "die Zentralbank", "die Löhne", "die Exporte", "der Haushalt",
            "die Anleger", "die Energierechnungen", "die Händler"),
           ("die Kliniken", "die Pflegekräfte", "der Impfstoff", "die Praxen", "die Patienten",
            "das Virus", "die Tests", "die Ärzte"),
           ("der Stürmer", "der Trainer", "die Fans", "das Stadion", "der Schiedsrichter",
            "der Kader", "das Titelrennen", "der Torwart")),
    "ar": (("القوات", "القصف", "وقف إطلاق النار", "المدنيين", "الجيش", "الصواريخ", "الحدود",
            "المفاوضين"),
           ("النهر", "المنقذين", "السد", "الأمطار", "السدود الترابية", "الأراضي الزراعية",
            "القوارب", "الملاجئ"),
           ("الأسعار", "البنك المركزي", "الأجور", "الصادرات", "الميزانية", "المستثمرين",
            "فواتير الطاقة", "التجار"),
           ("المستشفيات", "الممرضات", "اللقاح", "العيادات", "المرضى", "الفيروس", "الفحوصات",
            "الأطباء"),
           ("المهاجم", "المدرب", "الجماهير", "الملعب", "الحكم", "التشكيلة", "سباق اللقب",
            "الحارس")),
}
VERBS = {
    "en": ("criticised", "reviewed", "delayed", "supported", "questioned", "expanded",
           "reported on", "affected", "blocked", "welcomed", "prepared", "announced"),
    "fr": ("a critiqué", "a examiné", "a retardé", "a soutenu", "a remis en cause", "a élargi",
           "a signalé", "a touché", "a bloqué", "a salué", "a préparé", "a annoncé"),
    "es": ("criticó", "revisó", "retrasó", "apoyó", "cuestionó", "amplió", "informó sobre",
           "afectó a", "bloqueó", "celebró", "preparó", "anunció"),
    "de": ("kritisierte", "prüfte", "verzögerte", "unterstützte", "hinterfragte", "erweiterte",
           "meldete", "betraf", "blockierte", "begrüßte", "plante", "verkündete"),
    "ar": ("انتقد", "راجع", "أخر", "دعم", "شكك في", "وسع", "أبلغ عن", "أثر على", "منع", "رحب ب",
           "أعد", "أعلن"),
}
ADVERBS = {
    "en": ("quickly", "widely", "without delay", "again", "locally", "strongly", "briefly",
           "already", "clearly", "officially"),
    "fr": ("rapidement", "largement", "sans délai", "encore", "localement", "fortement",
           "brièvement", "déjà", "nettement", "officiellement"),
    "es": ("rápidamente", "ampliamente", "sin demora", "todavía", "localmente", "con fuerza",
           "brevemente", "ya", "claramente", "oficialmente"),
    "de": ("schnell", "weitgehend", "sofort", "weiterhin", "vor Ort", "deutlich", "kurz",
           "bereits", "klar", "offiziell"),
    "ar": ("بسرعة", "على نطاق واسع", "دون تأخير", "مجددا", "محليا", "بقوة", "لفترة قصيرة",
           "بالفعل", "بوضوح", "رسميا"),
}
LINKS = {
    "en": ("while", "after", "because", "although", "as", "before"),
    "fr": ("pendant que", "après que", "parce que", "alors que", "tandis que", "avant que"),
    "es": ("mientras", "después de que", "porque", "aunque", "cuando", "antes de que"),
    "de": ("während", "nachdem", "weil", "obwohl", "als", "bevor"),
    "ar": ("بينما", "بعد أن", "لأن", "رغم أن", "عندما", "قبل أن"),
}
IN = {"en": "in", "fr": "à", "es": "en", "de": "in", "ar": "في"}


# -- text articles ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Story:
    """A running story: one place, one kind, a figure that moves from article to article."""

    kind: str
    place: Place
    base: int


def story_of(number: int) -> Story:
    rng = random.Random(f"story-{number}")
    return Story(kind=KINDS[number % len(KINDS)], place=PLACES[rng.randrange(len(PLACES))],
                 base=rng.randrange(5, 400))


def published_at(index: int, step_seconds: float = STEP_SECONDS) -> str:
    moment = EPOCH + timedelta(seconds=index * step_seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _slots(rng: random.Random, story: Story, language: str, index: int) -> dict[str, Any]:
    people = PEOPLE_AR if language == "ar" else PEOPLE
    n = story.base + index // 97 + rng.randrange(0, 4)  # the figure drifts up, with noise
    return {
        "city": story.place.city[language], "country": story.place.country[language],
        "n": n, "m": rng.randrange(20, 9000), "k": max(1, n - rng.randrange(1, 12)),
        "pct": f"{rng.randrange(1, 9)}.{rng.randrange(10)}", "person": rng.choice(people),
        "org": rng.choice(ORGS[language]), "day": rng.choice(DAYS[language]),
        "money": rng.randrange(12, 900),
    }


def _story_text(rng: random.Random, language: str, kind: str, slots: dict[str, Any]) -> list[str]:
    """Title, lead and three reported paragraphs with figures, then filler to about 3 KB."""
    paragraphs = [TITLES[language][kind].format(**slots), LEADS[language][kind].format(**slots)]
    paragraphs += [t.format(**slots) for t in rng.sample(BODY[language], 3)]
    size = sum(len(p) + 2 for p in paragraphs)
    while size < TARGET_CHARS - 300:
        paragraph = " ".join(_filler_sentence(rng, language, kind) for _ in range(3))
        paragraphs.insert(rng.randrange(2, len(paragraphs) + 1), paragraph)
        size += len(paragraph) + 2
    return paragraphs


def _filler_sentence(rng: random.Random, language: str, kind: str) -> str:
    def noun() -> str:
        own = rng.random() < 0.75  # mostly the story's own vocabulary
        return rng.choice(NOUNS[language][KINDS.index(kind) if own else rng.randrange(5)])

    verbs, city = VERBS[language], rng.choice(PLACES).city[language]
    if language == "ar":  # verb first
        words = [rng.choice(verbs), noun(), noun(), rng.choice(ADVERBS[language]),
                 rng.choice(LINKS[language]), rng.choice(verbs), noun(), IN[language], city]
    else:
        words = [noun(), rng.choice(verbs), noun(), rng.choice(ADVERBS[language]),
                 rng.choice(LINKS[language]), noun(), rng.choice(verbs), noun(), IN[language],
                 city]
    sentence = " ".join(words)
    return sentence[0].upper() + sentence[1:] + "."


def _page_text(rng: random.Random, language: str, paragraphs: list[str]) -> str:
    head = rng.sample(CHROME_HEAD[language], 3)
    tail = rng.sample(CHROME_TAIL[language], 3)
    lines = head[:2] + paragraphs[:2] + [head[2]] + paragraphs[2:] + tail
    return "\n\n".join(lines)


def text_article(index: int, *, seed: int = 0, run: str = "bench",
                 step_seconds: float = STEP_SECONDS) -> dict[str, Any]:
    """Raw article number ``index`` (a dict for ``articles.raw.v1``); same inputs, same output."""
    is_copy = index % COPY_EVERY == 7 and index >= 3 * COPY_EVERY
    source = index - 3 * COPY_EVERY - 1 if is_copy else index  # the source is no copy itself
    rng = random.Random(f"{seed}-{source}")
    language = LANGUAGES[source % len(LANGUAGES)]
    story = story_of(rng.randrange(STORIES))
    kind = story.kind
    slots = _slots(rng, story, language, source)
    body = _page_text(rng, language, _story_text(rng, language, kind, slots))
    outlet = OUTLETS[index % len(OUTLETS)]
    article_id = f"{run}-{seed}-{index}"
    return {"id": article_id, "url": f"https://{outlet}.example/{kind}/{index}", "outlet": outlet,
            "published_at": published_at(index, step_seconds), "content_type": "text/plain",
            "title": TITLES[language][kind].format(**slots), "body": body}


def text_articles(count: int, *, start: int = 0, seed: int = 0, run: str = "bench",
                  step_seconds: float = STEP_SECONDS) -> Iterator[dict[str, Any]]:
    for index in range(start, start + count):
        yield text_article(index, seed=seed, run=run, step_seconds=step_seconds)


# -- HTML pages ---------------------------------------------------------------------------

def html_pages(data_dir: Path | None = None) -> list[tuple[str, str, str]]:
    """(page id, url, html) of the extraction benchmark's pages; empty when the data is absent."""
    base = (data_dir or shared_data_dir()) / "article-extraction-benchmark"
    html_dir = base / "html"
    if not html_dir.is_dir():
        return []
    urls: dict[str, str] = {}
    truth = base / "ground-truth.json"
    if truth.exists():
        urls = {k: v.get("url") or "" for k, v in json.loads(truth.read_text()).items()}
    pages = []
    for path in sorted(html_dir.glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        pages.append((page_id, urls.get(page_id) or f"https://example.org/{page_id}", html))
    return pages


def html_articles(count: int, pages: list[tuple[str, str, str]], *, start: int = 0,
                  run: str = "bench") -> Iterator[dict[str, Any]]:
    """``count`` raw HTML articles cycling through ``pages``, each under a distinct id.

    A page seen again is an exact copy (copy linking marks it ``duplicate_of``); every stage
    still runs on it, so the cost per article is the same.
    """
    for index in range(start, start + count):
        page_id, url, html = pages[index % len(pages)]
        yield {"id": f"{run}-html-{index}", "url": url, "outlet": f"page-{page_id[:8]}",
               "published_at": published_at(index), "content_type": "text/html", "body": html}
