package dev.khabar.ingest;

import dev.khabar.aws.JsonMappers;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.model.ArticleInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(JsonMappers.create());

    @Test
    void shouldTakeTitleUrlAndDateFromJsonLdAndTheTextWithoutBoilerplate() {
        String html = """
                <!doctype html><html lang="ar-SA"><head>
                <title>وزير الخارجية يلتقي نظيره الأمريكي | صحيفة الرياض</title>
                <link rel="canonical" href="https://www.alriyadh.com/1063321">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"الرياض"},
                  {"@type":"NewsArticle","headline":"وزير الخارجية يلتقي نظيره الأمريكي في واشنطن","datePublished":"2015-07-21T09:15:00+03:00",
                   "publisher":{"@type":"Organization","name":"صحيفة الرياض"}}]}</script>
                </head><body>
                <header><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a> <a href="/economy">اقتصاد وأسواق المال والأعمال</a></nav></header>
                <div class="content"><article>
                  <h1>وزير الخارجية يلتقي نظيره الأمريكي في واشنطن</h1>
                  <p>التقى وزير الخارجية الأمير سعود الفيصل اليوم في واشنطن بنظيره الأمريكي جون كيري لبحث العلاقات الثنائية.</p>
                  <p>وتناول اللقاء تطورات الأوضاع في المنطقة والجهود المبذولة لتحقيق الأمن والاستقرار فيها.</p>
                  <div class="share"><p>شارك هذا الخبر على تويتر وفيسبوك وواتساب الآن</p></div>
                </article></div>
                <aside><p>الأكثر قراءة: أسعار الذهب تواصل الارتفاع في الأسواق المحلية</p></aside>
                <footer><p>جميع الحقوق محفوظة لمؤسسة اليمامة الصحفية ٢٠١٥</p></footer>
                <script>var ads = "تابعونا";</script>
                </body></html>""";
        ArticleInput a = extractor.extract(html, "https://www.alriyadh.com/1063321?utm_source=twitter");
        assertEquals("وزير الخارجية يلتقي نظيره الأمريكي في واشنطن", a.title());
        assertEquals("https://www.alriyadh.com/1063321", a.url());
        assertEquals("2015-07-21T09:15:00+03:00", a.published());
        assertEquals("ar", a.language());
        assertEquals("صحيفة الرياض", a.source());
        assertTrue(a.body().startsWith("التقى وزير الخارجية"));
        assertTrue(a.body().contains("تطورات الأوضاع"));
        assertFalse(a.body().contains("شارك"), "share widgets are boilerplate");
        assertFalse(a.body().contains("الأكثر قراءة"), "asides are boilerplate");
        assertFalse(a.body().contains("جميع الحقوق"), "footers are boilerplate");
    }

    @Test
    void shouldFallBackToMetaTagsAndTheDensestBlockWithoutArticleMarkup() {
        String html = """
                <html><head><meta property="og:title" content="Flooding closes roads in Izmir">
                <meta property="og:url" content="https://news.example.org/tr/izmir-floods">
                <meta property="article:published_time" content="2026-02-11T07:40:00Z">
                <meta property="og:site_name" content="Example News"></head>
                <body><div id="menu"><p>Home</p><p>World</p></div>
                <div id="story"><p>Heavy rain flooded streets across Izmir on Tuesday night, closing several main roads.</p>
                <p>The city's governor said schools would stay shut on Wednesday while crews cleared the debris.</p></div>
                <div id="side"><p>Subscribe to our newsletter for the latest headlines.</p></div></body></html>""";
        ArticleInput a = extractor.extract(html, null);
        assertEquals("Flooding closes roads in Izmir", a.title());
        assertEquals("https://news.example.org/tr/izmir-floods", a.url());
        assertEquals("2026-02-11T07:40:00Z", a.published());
        assertTrue(a.body().startsWith("Heavy rain flooded"));
        assertFalse(a.body().contains("newsletter"));
    }

    @Test
    void shouldRejectAPageWithNoText() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> extractor.extract("<html><head><title>Login</title></head><body><form><input name=u></form></body></html>", null));
        assertEquals("no_article_text", e.code());
    }
}
