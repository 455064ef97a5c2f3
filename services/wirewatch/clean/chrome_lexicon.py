"""A multilingual lexicon of site-chrome phrases, written for wirewatch.

Two kinds of phrase, because they act differently on the body:

* ``END`` phrases head the sections that follow an article (related stories, comments, share
  bars, newsletter boxes, footers). A line that is one of them is a strong negative: the body
  does not run through it.
* ``NOISE`` phrases are chrome that sits *inside* the body (advertisement labels, "read also"
  teasers, bylines, timestamps, share buttons, menus). A line that is one is dropped but does not
  cut the body in two.

A phrase matches a whole line, or the start of a short line (see ``chrome.ChromeLexicon``).
Phrases written ``=phrase`` match only a whole line ("Home" is chrome, "Home Office said" is
not). Lines are compared after ``normalise_phrase``: lower case, Arabic diacritics and alef
variants folded, punctuation and digits dropped.
"""

from __future__ import annotations

import re
import unicodedata

END: dict[str, tuple[str, ...]] = {
    "en": (
        "related", "related articles", "related stories", "related posts", "related news",
        "related content", "related topics", "related coverage", "related links", "related reading",
        "more stories", "more news", "more from", "more on this story", "more on this topic",
        "more in", "more articles", "more like this", "more to explore", "you may also like",
        "you might also like", "you may be interested in", "you might be interested in",
        "recommended", "recommended for you", "recommended stories", "recommended reading",
        "most popular", "most read", "most viewed", "most shared", "=popular", "=trending",
        "trending now", "top stories", "=latest news", "latest stories", "editors picks",
        "editor s picks", "=comments", "=comment", "leave a comment", "leave a reply",
        "post a comment", "=post comment", "add a comment", "add comment", "join the conversation",
        "join the discussion", "show comments", "view comments", "load comments", "comments are closed",
        "your email address will not be published", "required fields are marked", "cancel reply",
        "share this article", "share this story", "share this post", "share this page",
        "share this", "share on facebook", "share on twitter", "follow us", "follow us on",
        "sign up for our newsletter", "subscribe to our newsletter", "get our newsletter",
        "sign up to our newsletter", "=newsletter", "about the author", "=about us", "=contact us",
        "=privacy policy", "=terms of use", "=terms of service", "=terms and conditions",
        "=sitemap", "=site map", "back to top", "go to top", "advertise with us", "=careers",
        "connect with us", "in other news", "read next", "=up next", "what to read next",
        "=don t miss", "sponsored content", "promoted stories", "around the web", "from the web",
        "partner content", "=reply", "=tags", "=topics", "=filed under", "filed under", "=see also",
        "other stories", "elsewhere on", "also on",
    ),
    "fr": (
        "articles similaires", "articles liés", "sur le même sujet", "dans la même rubrique",
        "=commentaires", "laisser un commentaire", "laissez un commentaire", "ajouter un commentaire",
        "votre adresse e mail ne sera pas publiée", "votre adresse email ne sera pas publiée",
        "partager cet article", "=partager", "=partagez", "suivez nous", "inscrivez vous à notre newsletter",
        "abonnez vous à notre newsletter", "les plus lus", "les plus populaires", "=à la une",
        "vous aimerez aussi", "vous pourriez aussi aimer", "vous aimerez aussi", "=mentions légales",
        "=politique de confidentialité", "=conditions générales", "retour en haut", "haut de page",
        "nos dernières actualités", "à découvrir aussi", "=mots clés", "=tags",
    ),
    "es": (
        "artículos relacionados", "noticias relacionadas", "=relacionado", "=relacionados",
        "también te puede interesar", "te puede interesar", "te recomendamos", "lo más leído",
        "=más leídas", "más noticias", "=comentarios", "deja un comentario", "deja una respuesta",
        "tu dirección de correo electrónico no será publicada", "los campos obligatorios están marcados",
        "=compartir", "compartir en", "=comparte", "síguenos", "síguenos en", "suscríbete a nuestro boletín",
        "=boletín", "=aviso legal", "=política de privacidad", "=política de cookies",
        "=términos y condiciones", "volver arriba", "ir arriba", "=etiquetas", "=temas",
        "más sobre", "otras noticias", "=lo último",
    ),
    "de": (
        "ähnliche artikel", "verwandte artikel", "weitere artikel", "mehr zum thema",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren", "auch interessant",
        "=meistgelesen", "meistgelesene artikel", "am meisten gelesen", "=kommentare",
        "kommentar schreiben", "=kommentieren", "schreiben sie einen kommentar",
        "hinterlasse einen kommentar", "deine e mail adresse wird nicht veröffentlicht",
        "ihre e mail adresse wird nicht veröffentlicht", "erforderliche felder sind mit markiert",
        "=teilen", "artikel teilen", "folgen sie uns", "=newsletter", "newsletter abonnieren",
        "=impressum", "=datenschutz", "=datenschutzerklärung", "=agb", "=nutzungsbedingungen",
        "=nach oben", "zurück nach oben", "=schlagworte", "=themen", "mehr aus", "weitere nachrichten",
    ),
    "ru": (
        "похожие статьи", "похожие новости", "связанные статьи", "другие новости", "новости по теме",
        "=по теме", "еще по теме", "ещё по теме", "=популярное", "самое читаемое", "самое популярное",
        "=комментарии", "=комментарий", "оставить комментарий", "оставьте комментарий",
        "добавить комментарий", "ваш адрес email не будет опубликован",
        "обязательные поля помечены", "=поделиться", "поделитесь", "подписывайтесь",
        "подпишитесь", "подписаться на рассылку", "=рассылка", "=политика конфиденциальности",
        "=пользовательское соглашение", "=наверх", "=теги", "=метки", "читайте нас в",
        "лента новостей", "=главное",
    ),
    "ar": (
        "مقالات ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "=ذات صلة",
        "قد يعجبك أيضا", "قد يهمك أيضا", "=قد يهمك", "الأكثر قراءة", "الأكثر مشاهدة",
        "الأكثر شعبية", "=آخر الأخبار", "اترك تعليقا", "أضف تعليق", "أضف تعليقا", "=التعليقات",
        "=تعليقات", "لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية مشار إليها",
        "=شارك", "شارك المقال", "شارك هذا المقال", "=مشاركة", "=تابعنا", "تابعنا على",
        "=تابعونا", "اشترك في النشرة", "=النشرة الإخبارية", "=سياسة الخصوصية",
        "=شروط الاستخدام", "=اتصل بنا", "=من نحن", "زر الذهاب إلى الأعلى",
        "العودة إلى الأعلى", "=للأعلى", "=الوسوم", "=كلمات مفتاحية", "اظهر المزيد",
        "أظهر المزيد", "عرض المزيد", "=المزيد", "المزيد من",
    ),
    "zh": (
        "相关文章", "相關文章", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀",
        "推荐阅读", "推薦閱讀", "热门文章", "熱門文章", "热门新闻", "熱門新聞", "最新文章", "猜你喜欢",
        "猜你喜歡", "你可能还喜欢", "你可能也喜歡", "=评论", "=評論", "发表评论", "發表評論",
        "网友评论", "網友評論", "=留言", "=分享", "分享到", "分享至", "关注我们", "關注我們",
        "=订阅", "=訂閱", "=隐私政策", "=隱私政策", "=免责声明", "=免責聲明", "=联系我们",
        "=聯繫我們", "=关于我们", "=關於我們", "返回顶部", "回到顶部", "返回頂部", "=标签",
        "=標籤", "更多新闻", "更多新聞",
    ),
    "it": (
        "articoli correlati", "notizie correlate", "potrebbe interessarti", "ti potrebbe interessare",
        "i più letti", "=commenti", "lascia un commento", "il tuo indirizzo email non sarà pubblicato",
        "=condividi", "seguici su", "=privacy policy", "torna su", "=tag",
    ),
    "pt": (
        "artigos relacionados", "notícias relacionadas", "=relacionadas", "você pode gostar",
        "mais lidas", "=comentários", "deixe um comentário", "deixe uma resposta",
        "o seu endereço de email não será publicado", "=compartilhe", "=compartilhar", "siga nos",
        "=política de privacidade", "voltar ao topo", "=tags",
    ),
}

NOISE: dict[str, tuple[str, ...]] = {
    "en": (
        "=advertisement", "=advertising", "=ad", "=ads", "skip advertisement", "story continues below",
        "article continues below", "continue reading", "read more", "read more at", "also read",
        "read also", "=see more", "click here", "click to expand", "image source", "image caption",
        "photo credit", "=photo", "=image", "=getty images", "=watch", "watch video", "=video",
        "=listen", "listen to this article", "=print", "=email", "=e mail", "=facebook", "=twitter",
        "=whatsapp", "=linkedin", "=pinterest", "=reddit", "=telegram", "copy link", "=copied",
        "=menu", "=home", "=search", "=log in", "=login", "=sign in", "=sign up", "=register",
        "=subscribe", "subscribe now", "=close", "skip to content", "skip to main content",
        "toggle navigation", "open menu", "=loading", "accept cookies", "=ok", "=got it",
        "=updated", "updated on", "updated at", "=published", "published on", "first published", "last updated",
        "posted on", "=posted", "posted in", "=share", "=tweet", "=next", "=previous",
        "next article", "previous article", "next post", "previous post", "=report",
        "=like", "=follow", "=more", "=view more", "=show more", "=load more", "=view all",
        "=see all", "=sponsored", "=featured", "=breaking", "=breaking news", "=live", "you are at",
        "=you are here", "photo by", "photograph by", "image by", "image credit", "illustration by",
        "=full screen", "=enlarge", "=expand", "download the app", "=top", "=main menu",
        "reading time", "min read", "=minute read", "=story highlights", "=highlights",
        "=advertisement continue reading below", "=share via", "=jump to",
    ),
    "fr": (
        "=publicité", "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "lire plus",
        "=voir aussi", "en savoir plus", "=accueil", "=rechercher", "=se connecter", "=connexion",
        "=s abonner", "=abonnez vous", "=menu", "=mis à jour", "mis à jour le", "publié le",
        "=fermer", "=suivant", "=précédent", "=lire", "=écouter", "=imprimer", "=envoyer",
    ),
    "es": (
        "=publicidad", "=anuncio", "leer más", "lee también", "lea también", "=ver más",
        "seguir leyendo", "sigue leyendo", "=inicio", "=buscar", "=iniciar sesión", "=menú",
        "=actualizado", "actualizado el", "=publicado", "publicado el", "=cerrar", "=siguiente",
        "=anterior", "=suscríbete", "=imprimir", "=escuchar", "=portada",
    ),
    "de": (
        "=anzeige", "=werbung", "=weiterlesen", "mehr lesen", "lesen sie auch", "auch lesenswert",
        "lesen sie mehr", "=startseite", "=suche", "=anmelden", "=einloggen", "=abonnieren",
        "=menü", "=aktualisiert", "aktualisiert am", "=veröffentlicht", "veröffentlicht am",
        "=schließen", "=weiter", "=zurück", "=drucken", "=vorlesen", "=mehr", "=artikel anhören",
    ),
    "ru": (
        "=реклама", "читайте также", "читать также", "смотрите также", "=читать далее",
        "=подробнее", "читать полностью", "=главная", "=поиск", "=войти", "=вход",
        "=регистрация", "=меню", "=обновлено", "=опубликовано", "=автор", "=источник",
        "=фото", "фото:", "=видео", "=закрыть", "=далее", "=назад", "=печать",
    ),
    "ar": (
        "=إعلان", "=اعلان", "=إعلانات", "اقرأ أيضا", "إقرأ أيضا", "اقرأ ايضا", "اقرأ المزيد",
        "=الرئيسية", "=بحث", "=تسجيل الدخول", "=القائمة", "=تحديث", "نشر في", "=المصدر",
        "=أغلق", "=إغلاق", "=التالي", "=السابق", "=طباعة", "=الصفحة الرئيسية", "اقرأ أيضًا",
    ),
    "zh": (
        "=广告", "=廣告", "阅读全文", "閱讀全文", "阅读更多", "閱讀更多", "查看更多", "=更多",
        "=首页", "=首頁", "=搜索", "=搜尋", "=登录", "=登錄", "=登入", "=注册", "=註冊", "=菜单",
        "=選單", "责任编辑", "責任編輯", "来源", "來源", "=编辑", "=編輯", "原标题", "原標題",
        "=上一篇", "=下一篇", "=打印", "=列印", "=返回",
    ),
    "it": ("=pubblicità", "leggi anche", "leggi di più", "continua a leggere", "=home page"),
    "pt": ("=publicidade", "leia também", "leia mais", "=saiba mais", "continue lendo", "=início"),
}

# Whole-line patterns in any language, searched in the normalised line (cookie banners,
# copyright lines and sign-up prompts are often long sentences).
PATTERNS: tuple[str, ...] = (
    r"\bcookies?\b.*\b(use|uses|using|accept|policy|consent|browsing|experience)\b",
    r"\b(use|uses|using|accept|policy)\b.*\bcookies?\b",
    r"\ball rights reserved\b", r"^copyright\b", r"\btous droits réservés\b",
    r"\btodos los derechos reservados\b", r"\balle rechte vorbehalten\b",
    r"\bвсе права защищены\b", r"جميع الحقوق محفوظة", r"版权所有", r"版權所有",
    r"\bsign up for (our|the)\b.*\bnewsletter\b", r"\bsubscribe to (our|the)\b",
    r"\bwill not be published\b", r"\bjavascript\b.*\b(enable|disabled|browser)\b",
    r"\bby using (our|this) (site|website)\b", r"\bthis (site|website) uses\b",
    r"\bclick here to\b", r"\bfollow us on\b", r"\bpersonal non commercial use\b",
    r"^thanks? (you )?for (signing up|subscribing)\b", r"\berror (has occurred|processing your)\b",
    r"^(order reprints|print article|this article has been sent to)\b",
    r"^(please )?try again later\b",
)

# Whole-line patterns that open a comment thread (searched in the raw line, not normalised).
END_PATTERNS: tuple[str, ...] = (
    r"\b(on|at)\b.{3,40}\b\d{4}\b.{0,20}\b(said|says|wrote|a écrit|escribió|schrieb|написал)\s*:?\s*$",
    r"^\d+\s+(comments?|responses?|replies|commentaires?|comentarios?|kommentare?|комментари\w*)\s*$",
    r"^(about\s+)?\d+\s+(minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b.{0,25}$",
    r"^(il y a|hace|vor)\s+\d+\s+\w+$", r"^\d+\s+(минут\w*|час\w*|дн\w*|недел\w*)\s+назад$",
    r"^(comments|commentaires|comentarios|kommentare|комментарии|التعليقات)\s*\(\d+\)\s*$",
)

# A line is searched for ``PATTERNS`` only if it holds one of these (a cheap first pass).
PATTERN_KEYWORDS = (
    r"cookie|rights reserved|réservés|reservados|vorbehalten|защищены|محفوظة|版权|版權|copyright|"
    r"newsletter|subscribe|published|javascript|site|click here|follow us|non commercial|thank|"
    r"error|reprints|print article|has been sent|try again"
)

_TATWEEL_AND_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})
_NON_WORD = re.compile(r"[\W\d_]+")
# The runs of letters ``_NON_WORD`` separates: joining them with one space is what substituting
# a space for each non-letter run and re-splitting gave (no letter is whitespace to str.split).
_LETTERS = re.compile(r"[^\W\d_]+")


def normalise_phrase(text: str) -> str:
    """Lower case, Arabic marks and alef variants folded, non-letters to single spaces."""
    if text.isascii():  # the same result without the Unicode passes: most lines in most feeds
        return " ".join(_LETTERS.findall(text.lower()))
    text = unicodedata.normalize("NFKC", text).lower()
    text = _TATWEEL_AND_MARKS.sub("", text).translate(_ALEF)
    return " ".join(_LETTERS.findall(text))
