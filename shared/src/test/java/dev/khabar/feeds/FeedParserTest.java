package dev.khabar.feeds;

import dev.khabar.aws.JsonMappers;
import dev.khabar.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedParserTest {
    private final FeedParser parser = new FeedParser(JsonMappers.create());

    private List<FeedItem> parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadAnArabicRss2Feed() {
        List<FeedItem> items = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>صحيفة اليوم - محليات</title><link>https://www.alyaum.com/</link>
                <item><title>أمطار غزيرة على الأحساء</title><link>https://www.alyaum.com/articles/6082211</link>
                  <guid isPermaLink="false">alyaum-6082211</guid><pubDate>Tue, 21 Jul 2015 08:30:00 +0300</pubDate>
                  <description><![CDATA[<p>شهدت محافظة الأحساء أمطارا غزيرة</p>]]></description></item>
                <item><title>افتتاح معرض الكتاب</title><link>https://www.alyaum.com/articles/6082212</link></item>
                </channel></rss>""");
        assertEquals(2, items.size());
        assertEquals("alyaum-6082211", items.get(0).key());
        assertEquals("https://www.alyaum.com/articles/6082211", items.get(0).url());
        assertEquals("أمطار غزيرة على الأحساء", items.get(0).title());
        assertEquals("Tue, 21 Jul 2015 08:30:00 +0300", items.get(0).published());
        assertEquals("https://www.alyaum.com/articles/6082212", items.get(1).key(), "without a guid the link identifies the item");
    }

    @Test
    void shouldReadAnAtomFeedTakingTheAlternateLink() {
        List<FeedItem> items = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>World news</title>
                <entry><title>Ceasefire holds in Gaza</title><id>tag:news.example.org,2026:1001</id>
                  <link rel="edit" href="https://news.example.org/edit/1001"/>
                  <link rel="alternate" type="text/html" href="https://news.example.org/world/ceasefire-holds"/>
                  <published>2026-03-02T10:00:00Z</published><updated>2026-03-02T12:00:00Z</updated>
                  <summary>The truce entered its third day.</summary></entry>
                </feed>""");
        assertEquals(1, items.size());
        assertEquals("https://news.example.org/world/ceasefire-holds", items.get(0).url());
        assertEquals("2026-03-02T10:00:00Z", items.get(0).published());
        assertEquals("tag:news.example.org,2026:1001", items.get(0).key());
    }

    @Test
    void shouldReadAJsonFeed() {
        List<FeedItem> items = parse("""
                {"version":"https://jsonfeed.org/version/1.1","title":"Ankara Review","items":[
                 {"id":"ar-77","url":"https://ankara.example/review/77","title":"Parliament passes budget","date_published":"2026-01-14T09:00:00+03:00"},
                 {"id":"ar-78","external_url":"https://ankara.example/review/78","title":"Snow closes schools"}]}""");
        assertEquals(2, items.size());
        assertEquals("https://ankara.example/review/78", items.get(1).url());
        assertEquals("2026-01-14T09:00:00+03:00", items.get(0).published());
    }

    @Test
    void shouldRefuseExternalEntitiesWithoutReadingThem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>"""));
        assertEquals("feed_has_dtd", e.code());
    }

    @Test
    void shouldRefuseABillionLaughsFeedQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("<?xml version=\"1.0\"?>" + dtd
                + "<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>"));
        assertEquals("feed_has_dtd", e.code());
    }

    @Test
    void shouldRefuseSomethingThatIsNotAFeed() {
        assertEquals("invalid_feed", assertThrows(InvalidInputException.class, () -> parse("<html><body>hi</body></html>")).code());
        assertEquals("invalid_feed", assertThrows(InvalidInputException.class, () -> parse("<rss><channel>")).code());
        assertEquals("invalid_feed", assertThrows(InvalidInputException.class, () -> parse("{\"items\":[]}")).code());
    }
}
