package dev.khabar.ingest;

import dev.khabar.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UrlCanonicalizerTest {
    private final UrlCanonicalizer urls = new UrlCanonicalizer();

    @Test
    void shouldFoldTrackingParametersFragmentsCaseAndTrailingSlashes() {
        String canonical = "https://maariv.co.il/news/world/article-1329664";
        assertEquals(canonical, urls.canonicalize("https://www.maariv.co.il/news/world/article-1329664"));
        assertEquals(canonical, urls.canonicalize("HTTP://WWW.Maariv.co.il/news/world/article-1329664/?utm_source=tw&utm_medium=social#comments"));
        assertEquals(canonical, urls.canonicalize("https://www.maariv.co.il:443/news//world/article-1329664?fbclid=abc"));
    }

    @Test
    void shouldFoldAmpVariantsOntoTheArticle() {
        String canonical = "https://aljazeera.net/news/2026/6/7/story";
        assertEquals(canonical, urls.canonicalize("https://www.aljazeera.net/amp/news/2026/6/7/story".replace("/amp/news", "/news") + "/amp"));
        assertEquals(canonical, urls.canonicalize("https://amp.aljazeera.net/news/2026/6/7/story"));
        assertEquals(canonical, urls.canonicalize("https://www.aljazeera.net/news/2026/6/7/story?amp=1"));
    }

    @Test
    void shouldKeepMeaningfulParametersInAStableOrder() {
        assertEquals("https://example.com/article?id=42&page=2",
                urls.canonicalize("https://example.com/article?page=2&utm_campaign=x&id=42"));
    }

    @Test
    void shouldKeepNonDefaultPortsAndPathCase() {
        assertEquals("https://example.com:8443/News/Item", urls.canonicalize("https://example.com:8443/News/Item"));
    }

    @Test
    void shouldReturnNullForNoUrlAndRejectNonHttpSchemes() {
        assertNull(urls.canonicalize(null));
        assertNull(urls.canonicalize("  "));
        assertEquals("invalid_url", assertThrows(InvalidInputException.class, () -> urls.canonicalize("file:///etc/passwd")).code());
        assertEquals("invalid_url", assertThrows(InvalidInputException.class, () -> urls.canonicalize("javascript:alert(1)")).code());
        assertEquals("invalid_url", assertThrows(InvalidInputException.class, () -> urls.canonicalize("http://exa mple.com/")).code());
        assertEquals("invalid_url", assertThrows(InvalidInputException.class, () -> urls.canonicalize("https://x.com/" + "a".repeat(3000))).code());
    }
}
